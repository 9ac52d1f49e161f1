package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Actor returns the actor with id; ErrNotFound if none.
func (s *Store) Actor(ctx context.Context, id string) (Actor, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a := s.view.actors[id]
	if a == nil {
		return Actor{}, fmt.Errorf("graph: actor %q: %w", id, ErrNotFound)
	}
	return s.view.actor(a), nil
}

// ActorsByID returns the actors among ids that exist, keyed by id (for
// dataloaders: one call per batch).
func (s *Store) ActorsByID(ctx context.Context, ids []string) (map[string]Actor, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string]Actor, len(ids))
	for _, id := range ids {
		if a := s.view.actors[id]; a != nil {
			out[id] = s.view.actor(a)
		}
	}
	return out, ctx.Err()
}

// ActorByName finds an actor by canonical name or alias, compared after
// ontology.Normalize. A canonical-name match wins over an alias match;
// among equals, the actor with the highest degree. ErrNotFound if none.
func (s *Store) ActorByName(ctx context.Context, name string) (Actor, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if a := s.view.byName(name); a != nil {
		return s.view.actor(a), nil
	}
	return Actor{}, fmt.Errorf("graph: actor named %q: %w", name, ErrNotFound)
}

func (v *view) byName(name string) *actorRec {
	k := ontology.Normalize(name)
	var best *actorRec
	bestCanon := false
	for aid := range v.keys[k] {
		a := v.actors[aid]
		if a == nil {
			continue
		}
		canon := ontology.Normalize(a.canonicalName()) == k
		if best == nil || better(canon, bestCanon, len(v.adj[aid]), len(v.adj[best.id]), aid, best.id) {
			best, bestCanon = a, canon
		}
	}
	return best
}

// Resolve finds an actor by id, then by name.
func (s *Store) Resolve(ctx context.Context, idOrName string) (Actor, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if a := s.view.lookup(idOrName); a != nil {
		return s.view.actor(a), nil
	}
	return Actor{}, fmt.Errorf("graph: actor %q: %w", idOrName, ErrNotFound)
}

func (v *view) lookup(idOrName string) *actorRec {
	if a := v.actors[idOrName]; a != nil {
		return a
	}
	return v.byName(idOrName)
}

// SearchActors lists actors whose name or alias starts with q.Search
// (case-insensitive, also at a word start: "medv" finds Dmitry Medvedev),
// or with Fuzzy is within a small edit distance of it. Order is by
// descending degree, then name, then id; total counts every match.
func (s *Store) SearchActors(ctx context.Context, q ActorQuery) ([]Actor, int, error) {
	if q.Type != "" && !q.Type.Valid() {
		return nil, 0, fmt.Errorf("graph: search actors: type %q: %w", q.Type, ErrInvalid)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	needle := ontology.Normalize(q.Search)
	var all []Actor
	for _, a := range s.view.actors {
		if q.Type != "" && a.typ != q.Type {
			continue
		}
		act := s.view.actor(a)
		if needle == "" || nameMatches(needle, act, q.Fuzzy) {
			all = append(all, act)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	slices.SortFunc(all, byDegree)
	page, err := pageOf(all, q.After, q.Limit, func(a Actor) string { return a.ID })
	if err != nil {
		return nil, 0, fmt.Errorf("graph: search actors: %w", err)
	}
	return page, len(all), nil
}

func nameMatches(needle string, a Actor, fuzzy bool) bool {
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		k := ontology.Normalize(n)
		words := strings.Fields(k)
		for i := range words {
			rest := strings.Join(words[i:], " ")
			if strings.HasPrefix(rest, needle) {
				return true
			}
			if fuzzy && fuzzyPrefix(needle, rest) {
				return true
			}
		}
	}
	return false
}

// fuzzyPrefix reports whether needle is within the edit budget of the
// start of s (one edit from 4 letters, two from 8).
func fuzzyPrefix(needle, s string) bool {
	n := []rune(needle)
	budget := 0
	switch {
	case len(n) >= 8:
		budget = 2
	case len(n) >= 4:
		budget = 1
	default:
		return false
	}
	r := []rune(s)
	// Compare against prefixes of s a little shorter or longer than needle.
	for l := len(n) - budget; l <= len(n)+budget; l++ {
		if l > 0 && l <= len(r) && editDistance(n, r[:l]) <= budget {
			return true
		}
	}
	return false
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// pageOf returns up to limit items after the one whose key is after
// (limit 0: all). An unknown cursor is an error, not a silent restart.
func pageOf[T any](items []T, after string, limit int, key func(T) string) ([]T, error) {
	if limit < 0 {
		return nil, fmt.Errorf("negative limit %d: %w", limit, ErrInvalid)
	}
	if after != "" {
		i := slices.IndexFunc(items, func(t T) bool { return key(t) == after })
		if i < 0 {
			return nil, fmt.Errorf("cursor %q not in the result: %w", after, ErrInvalid)
		}
		items = items[i+1:]
	}
	if limit > 0 && len(items) > limit {
		items = items[:limit]
	}
	return items, nil
}
