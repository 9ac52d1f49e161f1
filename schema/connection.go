package schema

import (
	"encoding/base64"
	"strings"

	"github.com/graphql-go/graphql"
)

// connection is a page of a Relay cursor connection.
type connection struct {
	nodes   []any
	cursors []string
	hasNext bool
	hasPrev bool
	total   int
}

// cursorPrefix versions the cursor format, so old cursors fail clearly.
const cursorPrefix = "v1:"

func encodeCursor(key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + key))
}

func decodeCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return "", newError(CodeBadUserInput, "schema: after: %q is not a cursor from this server", c)
	}
	return strings.TrimPrefix(string(b), cursorPrefix), nil
}

// pageArgs reads first and after, checking first against the limits.
func (s *Schema) pageArgs(args map[string]any) (first int, after string, err error) {
	first = s.cfg.DefaultPageSize
	if v, ok := args["first"].(int); ok {
		first = v
	}
	if first < 0 || first > s.cfg.MaxPageSize {
		return 0, "", newError(CodeBadUserInput, "schema: first must be between 0 and %d, got %d", s.cfg.MaxPageSize, first)
	}
	if c, ok := args["after"].(string); ok && c != "" {
		if after, err = decodeCursor(c); err != nil {
			return 0, "", err
		}
	}
	return first, after, nil
}

// paginate pages a list held in memory; key gives each item's cursor key.
func paginate[T any](items []T, key func(T) string, first int, after string) (*connection, error) {
	start := 0
	if after != "" {
		start = -1
		for i, it := range items {
			if key(it) == after {
				start = i + 1
				break
			}
		}
		if start < 0 {
			return nil, newError(CodeBadUserInput, "schema: after: the cursor's item is no longer in this list")
		}
	}
	end := min(start+first, len(items))
	c := &connection{hasPrev: start > 0, hasNext: end < len(items), total: len(items)}
	for _, it := range items[start:end] {
		c.nodes = append(c.nodes, it)
		c.cursors = append(c.cursors, encodeCursor(key(it)))
	}
	return c, nil
}

// storePage builds a connection from a store call asked for first+1 items
// after a cursor; total is the store's count of all matches.
func storePage[T any](items []T, key func(T) string, first int, after string, total int) *connection {
	c := &connection{hasPrev: after != "", total: total}
	if len(items) > first {
		items, c.hasNext = items[:first], true
	}
	for _, it := range items {
		c.nodes = append(c.nodes, it)
		c.cursors = append(c.cursors, encodeCursor(key(it)))
	}
	return c
}

func newPageInfoType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "PageInfo",
		Description: "Where a page sits in its list (Relay cursor connections).",
		Fields: graphql.Fields{
			"hasNextPage":     {Type: graphql.NewNonNull(graphql.Boolean), Description: "True when items follow this page; ask again with after: endCursor.", Resolve: pageInfo(func(c *connection) any { return c.hasNext })},
			"hasPreviousPage": {Type: graphql.NewNonNull(graphql.Boolean), Description: "True when this page was asked for after a cursor.", Resolve: pageInfo(func(c *connection) any { return c.hasPrev })},
			"startCursor":     {Type: graphql.String, Description: "Cursor of the first item of the page; null when the page is empty.", Resolve: pageInfo(func(c *connection) any { return edgeCursor(c, 0) })},
			"endCursor":       {Type: graphql.String, Description: "Cursor of the last item of the page; null when the page is empty.", Resolve: pageInfo(func(c *connection) any { return edgeCursor(c, len(c.cursors)-1) })},
		},
	})
}

func edgeCursor(c *connection, i int) any {
	if i < 0 || i >= len(c.cursors) {
		return nil
	}
	return c.cursors[i]
}

func pageInfo(f func(*connection) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		c, _ := p.Source.(*connection)
		if c == nil {
			return nil, nil
		}
		return f(c), nil
	}
}

type edge struct {
	node   any
	cursor string
}

// connectionType builds the Connection and Edge types of node.
func connectionType(node, pageInfoType *graphql.Object, what string) *graphql.Object {
	edgeType := graphql.NewObject(graphql.ObjectConfig{
		Name:        node.Name() + "Edge",
		Description: "One " + what + " in a page, with its cursor.",
		Fields: graphql.Fields{
			"node":   {Type: graphql.NewNonNull(node), Description: "The " + what + ".", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(edge).node, nil }},
			"cursor": {Type: graphql.NewNonNull(graphql.String), Description: "Opaque cursor: pass it as after to get the items that follow.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(edge).cursor, nil }},
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        node.Name() + "Connection",
		Description: "A page of " + what + "s (Relay cursor connection).",
		Fields: graphql.Fields{
			"edges": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(edgeType))), Description: "The page's " + what + "s with their cursors.",
				Resolve: func(p graphql.ResolveParams) (any, error) {
					c := p.Source.(*connection)
					out := make([]edge, len(c.nodes))
					for i := range c.nodes {
						out[i] = edge{node: c.nodes[i], cursor: c.cursors[i]}
					}
					return out, nil
				}},
			"nodes":      {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(node))), Description: "The page's " + what + "s, without cursors.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*connection).nodes, nil }},
			"pageInfo":   {Type: graphql.NewNonNull(pageInfoType), Description: "Where this page sits in the whole list.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source, nil }},
			"totalCount": {Type: graphql.NewNonNull(graphql.Int), Description: "Number of " + what + "s in the whole list, all pages together.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*connection).total, nil }},
		},
	})
}
