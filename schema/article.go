package schema

import (
	"bytes"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/graphql-go/graphql"
)

func onArticle(f func(graph.Article) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.Article)), nil }
}

func (b *builder) articleType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Article",
		Description: "A news article loaded into the graph.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":          {Type: graphql.NewNonNull(graphql.ID), Description: "Identifier (the file name without extension, or the id given when loaded).", Resolve: onArticle(func(a graph.Article) any { return a.ID })},
				"title":       {Type: graphql.String, Description: "Title; null when the article has none.", Resolve: onArticle(func(a graph.Article) any { return nullIfEmpty(a.Title) })},
				"url":         {Type: graphql.String, Description: "Where it was published; null when unknown.", Resolve: onArticle(func(a graph.Article) any { return nullIfEmpty(a.URL) })},
				"published":   {Type: graphql.String, Description: "Publication date (RFC 3339); null when unknown.", Resolve: onArticle(func(a graph.Article) any { return dateValue(a.Published) })},
				"source":      {Type: graphql.String, Description: "Where the article came from (site, feed or file); null when unknown.", Resolve: onArticle(func(a graph.Article) any { return nullIfEmpty(a.Source) })},
				"text":        {Type: graphql.NewNonNull(graphql.String), Description: "Full text as loaded.", Resolve: onArticle(func(a graph.Article) any { return a.Text })},
				"entityCount": {Type: graphql.NewNonNull(graphql.Int), Description: "Number of entities the article contributed.", Resolve: onArticle(func(a graph.Article) any { return a.Entities })},
				"tripleCount": {Type: graphql.NewNonNull(graphql.Int), Description: "Number of triples the article contributed.", Resolve: onArticle(func(a graph.Article) any { return a.Triples })},
				"relations": {Type: graphql.NewNonNull(b.relationConn), Description: "Relations this article supports (evidence from other articles included).", Args: pageArgsConfig(),
					Resolve: func(p graphql.ResolveParams) (any, error) {
						first, after, err := b.s.pageArgs(p.Args)
						if err != nil {
							return nil, fail(p.Context, err)
						}
						a := p.Source.(graph.Article)
						rels, total, err := b.s.cfg.Store.Relations(p.Context, graph.RelationFilter{Article: a.ID, Limit: first + 1, After: after})
						if err != nil {
							return nil, fail(p.Context, classify("schema: relations of article "+a.ID, err))
						}
						return storePage(rels, relationKey, first, after, total), nil
					}},
				"actors": {Type: graphql.NewNonNull(b.actorConn), Description: "Actors in the article's relations, in order of first appearance.", Args: pageArgsConfig(),
					Resolve: b.resolveArticleActors},
			}
		}),
	})
}

func (b *builder) resolveArticleActors(p graphql.ResolveParams) (any, error) {
	first, after, err := b.s.pageArgs(p.Args)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	a := p.Source.(graph.Article)
	rels, _, err := b.s.cfg.Store.Relations(p.Context, graph.RelationFilter{Article: a.ID})
	if err != nil {
		return nil, fail(p.Context, classify("schema: actors of article "+a.ID, err))
	}
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, r := range rels {
		add(r.Subject)
		if !r.Literal {
			add(r.Object)
		}
	}
	page, err := paginate(ids, func(id string) string { return id }, first, after)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	pageIDs := make([]string, len(page.nodes))
	for i, n := range page.nodes {
		pageIDs[i] = n.(string)
	}
	actors, err := b.s.cfg.Store.ActorsByID(p.Context, pageIDs)
	if err != nil {
		return nil, fail(p.Context, classify("schema: actors of article "+a.ID, err))
	}
	out := &connection{hasNext: page.hasNext, hasPrev: page.hasPrev, total: page.total}
	for i, id := range pageIDs {
		if act, ok := actors[id]; ok {
			out.nodes = append(out.nodes, act)
			out.cursors = append(out.cursors, page.cursors[i])
		}
	}
	return out, nil
}

// step is one edge of a path with its ends in walking order.
type step struct {
	graph.Step
	from, to string
}

func (b *builder) pathTypes() (*graphql.Object, *graphql.Object) {
	stepType := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Step",
		Description: "One relation along a path, with the direction it was walked.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"relation": {Type: graphql.NewNonNull(b.relation), Description: "The relation, in its stored direction.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(step).Relation, nil }},
				"reverse":  {Type: graphql.NewNonNull(graphql.Boolean), Description: "True when the path walks the relation from its object to its subject.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(step).Reverse, nil }},
				"from":     {Type: graphql.NewNonNull(b.actor), Description: "The actor this step leaves.", Resolve: func(p graphql.ResolveParams) (any, error) { return b.actorThunk(p.Context, p.Source.(step).from), nil }},
				"to":       {Type: graphql.NewNonNull(b.actor), Description: "The actor this step reaches.", Resolve: func(p graphql.ResolveParams) (any, error) { return b.actorThunk(p.Context, p.Source.(step).to), nil }},
			}
		}),
	})
	pathType := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Path",
		Description: "A chain of actors joined by relations, from the path query's `from` to its `to`.",
		Fields: graphql.Fields{
			"length": {Type: graphql.NewNonNull(graphql.Int), Description: "Number of relations (hops).", Resolve: func(p graphql.ResolveParams) (any, error) { return len(p.Source.(graph.Path).Steps), nil }},
			"actors": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(b.actor))), Description: "The actors in order, both ends included.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Path).Actors, nil }},
			"steps": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(stepType))), Description: "The relations in order.",
				Resolve: func(p graphql.ResolveParams) (any, error) {
					path := p.Source.(graph.Path)
					out := make([]step, len(path.Steps))
					for i, s := range path.Steps {
						out[i] = step{Step: s}
						if i < len(path.Actors) {
							out[i].from = path.Actors[i].ID
						}
						if i+1 < len(path.Actors) {
							out[i].to = path.Actors[i+1].ID
						}
					}
					return out, nil
				}},
		},
	})
	return pathType, stepType
}

func (b *builder) subgraphType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Subgraph",
		Description: "Actors around seed actors and the relations among them (role titles are not nodes).",
		Fields: graphql.Fields{
			"nodes": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(b.actor))), Description: "The actors.", Resolve: func(p graphql.ResolveParams) (any, error) { return nonNilActors(p.Source.(graph.Subgraph).Actors), nil }},
			"edges": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(b.relation))), Description: "The relations among them.", Resolve: func(p graphql.ResolveParams) (any, error) {
				return nonNilRelations(p.Source.(graph.Subgraph).Relations), nil
			}},
			"truncated": {Type: graphql.NewNonNull(graphql.Boolean), Description: "True when the node limit cut actors off.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Subgraph).Truncated, nil }},
			"export": {Type: graphql.NewNonNull(graphql.String), Description: "The subgraph as a file: Cytoscape.js JSON, GraphML (Gephi), DOT or N-Quads.",
				Args: graphql.FieldConfigArgument{"format": {Type: graphql.NewNonNull(b.format), Description: "File format."}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					format, _ := p.Args["format"].(string)
					var buf bytes.Buffer
					if err := graph.WriteSubgraph(&buf, p.Source.(graph.Subgraph), format); err != nil {
						return nil, fail(p.Context, classify("schema: export "+format, err))
					}
					return buf.String(), nil
				}},
		},
	})
}

func nonNilActors(a []graph.Actor) []graph.Actor {
	if a == nil {
		return []graph.Actor{}
	}
	return a
}

func nonNilRelations(r []graph.Relation) []graph.Relation {
	if r == nil {
		return []graph.Relation{}
	}
	return r
}

func (b *builder) statsType() *graphql.Object {
	field := func(desc string, f func(graph.Stats) int) *graphql.Field {
		return &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: desc,
			Resolve: func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.Stats)), nil }}
	}
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Stats",
		Description: "What the store holds.",
		Fields: graphql.Fields{
			"articles":  field("Articles loaded.", func(s graph.Stats) int { return s.Articles }),
			"entities":  field("Actors (entities), each counted once across articles.", func(s graph.Stats) int { return s.Entities }),
			"triples":   field("Triples as extracted, counted per article (evidence).", func(s graph.Stats) int { return s.Triples }),
			"relations": field("Distinct subject-predicate-object relations.", func(s graph.Stats) int { return s.Relations }),
		},
	})
}
