package graph

// k shortest simple paths by Yen's algorithm over unit-length edges, each
// shortest path found by breadth-first search. Ties are broken by actor
// ids so the answer does not depend on map order.

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Paths returns up to k (at least 1) shortest simple paths from one actor
// to another (ids or names) of at most maxHops edges (0: 4; capped at
// MaxHops), shortest first. Edges are walked in either direction
// (Step.Reverse says which); preds, when given, restrict the edges. No
// path is an empty result, not an error.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops, k int, preds []ontology.Predicate) ([]Path, error) {
	if maxHops < 0 || k < 0 {
		return nil, fmt.Errorf("graph: paths: negative maxHops or k: %w", ErrInvalid)
	}
	if maxHops == 0 {
		maxHops = 4
	}
	maxHops, k = min(maxHops, MaxHops), max(k, 1)
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, b := s.view.lookup(from), s.view.lookup(to)
	if a == nil || b == nil {
		missing := from
		if a != nil {
			missing = to
		}
		return nil, fmt.Errorf("graph: paths %q to %q: actor %q: %w", from, to, missing, ErrNotFound)
	}
	w, err := newWalker(s.view, preds, evFilter{})
	if err != nil {
		return nil, fmt.Errorf("graph: paths: %w", err)
	}
	routes, err := w.yen(ctx, a.id, b.id, maxHops, k)
	if err != nil {
		return nil, fmt.Errorf("graph: paths %q to %q: %w", from, to, err)
	}
	out := make([]Path, 0, len(routes))
	for _, r := range routes {
		out = append(out, w.path(r))
	}
	return out, nil
}

// path turns a route of actor ids into a Path.
func (w *walker) path(route []string) Path {
	p := Path{Actors: make([]Actor, len(route))}
	for i, id := range route {
		p.Actors[i] = w.v.actor(w.v.actors[id])
		if i == 0 {
			continue
		}
		prev := route[i-1]
		for _, h := range w.hops(prev) {
			if h.to == id {
				r := w.v.rels[h.rel]
				rel, _ := w.v.relation(r, w.ef)
				p.Steps = append(p.Steps, Step{Relation: rel, Reverse: r.subj != prev})
				break
			}
		}
	}
	return p
}

// shortest finds one shortest route from src to dst within maxHops that
// avoids the banned nodes and edges; nil if none.
func (w *walker) shortest(ctx context.Context, src, dst string, maxHops int, bannedNode, bannedEdge map[string]bool) ([]string, error) {
	if src == dst {
		return []string{src}, nil
	}
	parent := map[string]string{src: ""}
	frontier := []string{src}
	for d := 0; d < maxHops && len(frontier) > 0; d++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var next []string
		for _, u := range frontier {
			for _, h := range w.hops(u) {
				if _, ok := parent[h.to]; ok || bannedNode[h.to] || bannedEdge[edgeKey(u, h.to)] {
					continue
				}
				parent[h.to] = u
				if h.to == dst {
					var route []string
					for n := dst; n != ""; n = parent[n] {
						route = append(route, n)
					}
					slices.Reverse(route)
					return route, nil
				}
				next = append(next, h.to)
			}
		}
		frontier = next
	}
	return nil, nil
}

func edgeKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "\x00" + b
}

// yen returns up to k shortest simple routes.
func (w *walker) yen(ctx context.Context, src, dst string, maxHops, k int) ([][]string, error) {
	first, err := w.shortest(ctx, src, dst, maxHops, nil, nil)
	if err != nil || first == nil {
		return nil, err
	}
	found := [][]string{first}
	var cands [][]string
	have := map[string]bool{strings.Join(first, "\x00"): true}
	for len(found) < k {
		last := found[len(found)-1]
		for i := 0; i < len(last)-1; i++ {
			spur, root := last[i], last[:i+1]
			bannedEdge := map[string]bool{}
			for _, p := range found {
				if len(p) > i+1 && slices.Equal(p[:i+1], root) {
					bannedEdge[edgeKey(p[i], p[i+1])] = true
				}
			}
			bannedNode := map[string]bool{}
			for _, n := range root[:i] {
				bannedNode[n] = true
			}
			tail, err := w.shortest(ctx, spur, dst, maxHops-i, bannedNode, bannedEdge)
			if err != nil {
				return nil, err
			}
			if tail == nil {
				continue
			}
			route := append(slices.Clone(root[:i]), tail...)
			if key := strings.Join(route, "\x00"); !have[key] {
				have[key] = true
				cands = append(cands, route)
			}
		}
		if len(cands) == 0 {
			break
		}
		slices.SortFunc(cands, func(a, b []string) int {
			if len(a) != len(b) {
				return len(a) - len(b)
			}
			return slices.Compare(a, b)
		})
		found = append(found, cands[0])
		cands = cands[1:]
	}
	return found, nil
}
