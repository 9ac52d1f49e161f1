package graph

// Traversals over the direct subject->object edges, walked in either
// direction. Role literals are never nodes.

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// MaxHops caps Paths and Subgraph depth: beyond it almost everything
// connects and the answer stops meaning anything.
const MaxHops = 8

// walker lists an actor's neighbours under a predicate and evidence filter,
// with the best relation joining each pair (memoised per call).
type walker struct {
	v     *view
	preds map[ontology.Predicate]bool
	ef    evFilter
	memo  map[string][]hop
}

// hop is a neighbour: the actor, the relations joining it (sorted) and
// the best of them under the walk's filters.
type hop struct {
	to   string
	rels []string
	rel  string
	conf float64
}

func newWalker(v *view, preds []ontology.Predicate, ef evFilter) (*walker, error) {
	w := &walker{v: v, ef: ef, memo: map[string][]hop{}}
	if len(preds) > 0 {
		w.preds = map[ontology.Predicate]bool{}
		for _, p := range preds {
			if !p.Valid() {
				return nil, fmt.Errorf("unknown predicate %q: %w", p, ErrInvalid)
			}
			w.preds[p] = true
		}
	}
	return w, nil
}

// hops returns id's neighbours under the walk's filters, sorted by id,
// each with the best (highest confidence) relation joining the pair.
// Without filters that is the view's cached list as is.
func (w *walker) hops(id string) []hop {
	all := w.v.hopsOf(id)
	if w.preds == nil && w.ef == (evFilter{}) {
		return all
	}
	if h, ok := w.memo[id]; ok {
		return h
	}
	out := make([]hop, 0, len(all))
	for _, n := range all {
		best := hop{to: n.to, rels: n.rels}
		for _, rid := range n.rels {
			r := w.v.rels[rid]
			if w.preds != nil && !w.preds[r.pred] {
				continue
			}
			conf, ok := r.conf, true
			if w.ef != (evFilter{}) {
				conf, ok = w.v.bestConfidence(r, w.ef)
			}
			if ok && (best.rel == "" || conf > best.conf) {
				best.rel, best.conf = rid, conf
			}
		}
		if best.rel != "" {
			out = append(out, best)
		}
	}
	w.memo[id] = out
	return out
}

// bestConfidence is the highest confidence of r's evidence that f keeps;
// ok is false when f keeps none.
func (v *view) bestConfidence(r *relRec, f evFilter) (float64, bool) {
	best, ok := 0.0, false
	for _, e := range r.ev {
		if f != (evFilter{}) {
			ev := Evidence{Confidence: e.conf}
			if a := v.articles[e.article]; a != nil {
				ev.Published = a.meta.Published
			}
			if !f.keep(ev) {
				continue
			}
		}
		best, ok = max(best, e.conf), true
	}
	return best, ok
}

// Neighbors returns the actors within depth hops of the actor id (id or
// name), nearest first, then by degree; the actor itself is left out.
func (s *Store) Neighbors(ctx context.Context, id string, depth int, preds []ontology.Predicate) ([]Actor, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a := s.view.lookup(id)
	if a == nil {
		return nil, fmt.Errorf("graph: neighbors of %q: %w", id, ErrNotFound)
	}
	w, err := newWalker(s.view, preds, evFilter{})
	if err != nil {
		return nil, fmt.Errorf("graph: neighbors of %q: %w", id, err)
	}
	layers, _, err := w.bfs(ctx, []string{a.id}, min(max(depth, 1), MaxHops), 0)
	if err != nil {
		return nil, fmt.Errorf("graph: neighbors of %q: %w", id, err)
	}
	var out []Actor
	for _, layer := range layers[1:] {
		out = append(out, s.view.sortedActors(layer)...)
	}
	return out, nil
}

// NeighborsOf returns the direct neighbours of each actor id (missing ids
// are left out of the map). One call per dataloader batch.
func (s *Store) NeighborsOf(ctx context.Context, ids []string, preds []ontology.Predicate) (map[string][]Actor, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	w, err := newWalker(s.view, preds, evFilter{})
	if err != nil {
		return nil, fmt.Errorf("graph: neighbors: %w", err)
	}
	out := make(map[string][]Actor, len(ids))
	for _, id := range ids {
		if s.view.actors[id] == nil {
			continue
		}
		var next []string
		for _, h := range w.hops(id) {
			next = append(next, h.to)
		}
		out[id] = s.view.sortedActors(next)
	}
	return out, ctx.Err()
}

// sortedActors orders ids by descending degree, then name.
func (v *view) sortedActors(ids []string) []Actor {
	out := make([]Actor, 0, len(ids))
	for _, id := range ids {
		if a := v.actors[id]; a != nil {
			out = append(out, v.actor(a))
		}
	}
	slices.SortFunc(out, byDegree)
	return out
}

// byDegree is the order of actor lists: most connected first, then by
// name, then id so that equal names still sort the same way every time.
func byDegree(a, b Actor) int {
	return cmp.Or(cmp.Compare(b.Degree, a.Degree), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
}

// bfs walks from seeds to depth, stopping once limit nodes (0: no limit)
// are reached; it returns the nodes layer by layer and whether the limit
// cut any off.
func (w *walker) bfs(ctx context.Context, seeds []string, depth, limit int) ([][]string, bool, error) {
	seen := map[string]bool{}
	var first []string
	for _, id := range seeds {
		if !seen[id] {
			seen[id] = true
			first = append(first, id)
		}
	}
	layers := [][]string{first}
	count, truncated := len(first), false
	for d := 0; d < depth && !truncated; d++ {
		var next []string
		for _, id := range layers[d] {
			if err := ctx.Err(); err != nil {
				return nil, false, err
			}
			for _, h := range w.hops(id) {
				if seen[h.to] {
					continue
				}
				if limit > 0 && count >= limit {
					truncated = true
					break
				}
				seen[h.to] = true
				next = append(next, h.to)
				count++
			}
		}
		if len(next) == 0 {
			break
		}
		layers = append(layers, next)
	}
	return layers, truncated, nil
}

// Subgraph returns the actors within q.Depth hops of the seeds (ids or
// names), at most q.Limit of them (0: no limit; Truncated says when it
// cut), and the relations among them that pass the filters.
func (s *Store) Subgraph(ctx context.Context, q SubgraphQuery) (Subgraph, error) {
	if q.Limit < 0 || q.Depth < 0 {
		return Subgraph{}, fmt.Errorf("graph: subgraph: negative depth or limit: %w", ErrInvalid)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var seeds []string
	for _, id := range q.Seeds {
		a := s.view.lookup(id)
		if a == nil {
			return Subgraph{}, fmt.Errorf("graph: subgraph: seed %q: %w", id, ErrNotFound)
		}
		// An actor named twice (by id and by name, say) is one seed, and
		// must not count twice against the limit.
		if !slices.Contains(seeds, a.id) {
			seeds = append(seeds, a.id)
		}
	}
	cutSeeds := q.Limit > 0 && len(seeds) > q.Limit
	if cutSeeds {
		seeds = seeds[:q.Limit]
	}
	w, err := newWalker(s.view, q.Predicates, evFilter{since: q.Since, until: q.Until, minConf: q.MinConfidence})
	if err != nil {
		return Subgraph{}, fmt.Errorf("graph: subgraph: %w", err)
	}
	layers, truncated, err := w.bfs(ctx, seeds, min(q.Depth, MaxHops), q.Limit)
	if err != nil {
		return Subgraph{}, fmt.Errorf("graph: subgraph: %w", err)
	}
	in := map[string]bool{}
	var g Subgraph
	for _, layer := range layers {
		for _, id := range layer {
			in[id] = true
		}
		g.Actors = append(g.Actors, s.view.sortedActors(layer)...)
	}
	g.Truncated = truncated || cutSeeds
	// Every qualifying relation among the chosen actors, not just the
	// best one per pair that the walk used.
	for id := range in {
		for _, h := range s.view.hopsOf(id) {
			if h.to < id || !in[h.to] { // each pair once, from its lesser end
				continue
			}
			for _, rid := range h.rels {
				r := s.view.rels[rid]
				if w.preds != nil && !w.preds[r.pred] {
					continue
				}
				if rel, ok := s.view.relation(r, w.ef); ok {
					g.Relations = append(g.Relations, rel)
				}
			}
		}
	}
	slices.SortFunc(g.Relations, func(a, b Relation) int { return strings.Compare(a.ID, b.ID) })
	return g, nil
}
