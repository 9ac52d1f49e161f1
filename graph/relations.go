package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Relations lists the relations f selects, most supported first (article
// count, then confidence, then id); total counts them all. Subject, Object
// and Actor are actor ids (a name is accepted too); an unknown one selects
// nothing. Symmetric predicates match from either end.
func (s *Store) Relations(ctx context.Context, f RelationFilter) ([]Relation, int, error) {
	if err := checkFilter(f); err != nil {
		return nil, 0, fmt.Errorf("graph: relations: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	all, err := s.view.relations(ctx, f)
	if err != nil {
		return nil, 0, fmt.Errorf("graph: relations: %w", err)
	}
	page, err := pageOf(all, f.After, f.Limit, func(r Relation) string { return r.ID })
	if err != nil {
		return nil, 0, fmt.Errorf("graph: relations: %w", err)
	}
	return page, len(all), nil
}

// RelationsOf returns, for each actor id, the relations touching it that f
// selects (f.Direction applies; f.Actor and f.After are ignored; f.Limit
// caps each actor's list). One call per dataloader batch.
func (s *Store) RelationsOf(ctx context.Context, actorIDs []string, f RelationFilter) (map[string][]Relation, error) {
	if err := checkFilter(f); err != nil {
		return nil, fmt.Errorf("graph: relations of actors: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string][]Relation, len(actorIDs))
	for _, id := range actorIDs {
		g := f
		g.Actor, g.After = id, ""
		rels, err := s.view.relations(ctx, g)
		if err != nil {
			return nil, fmt.Errorf("graph: relations of actors: %w", err)
		}
		if f.Limit > 0 && len(rels) > f.Limit {
			rels = rels[:f.Limit]
		}
		out[id] = rels
	}
	return out, nil
}

func checkFilter(f RelationFilter) error {
	for _, p := range f.Predicates {
		if !p.Valid() {
			return fmt.Errorf("unknown predicate %q: %w", p, ErrInvalid)
		}
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return fmt.Errorf("minimum confidence %v outside [0,1]: %w", f.MinConfidence, ErrInvalid)
	}
	if f.Limit < 0 {
		return fmt.Errorf("negative limit %d: %w", f.Limit, ErrInvalid)
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		return fmt.Errorf("until %v before since %v: %w", f.Until, f.Since, ErrInvalid)
	}
	return nil
}

// relations answers f (ignoring Limit and After), sorted.
func (v *view) relations(ctx context.Context, f RelationFilter) ([]Relation, error) {
	for _, name := range []*string{&f.Subject, &f.Object, &f.Actor} {
		if *name == "" {
			continue
		}
		a := v.lookup(*name)
		if a == nil {
			return nil, nil
		}
		*name = a.id
	}
	// Start from the smallest set the filter pins down.
	var cands map[string]bool
	for _, id := range []string{f.Actor, f.Subject, f.Object} {
		if id != "" {
			if m := v.adj[id]; cands == nil || len(m) < len(cands) {
				cands = m
			}
		}
	}
	if f.Actor == "" && f.Subject == "" && f.Object == "" {
		cands = make(map[string]bool, len(v.rels))
		for id := range v.rels {
			cands[id] = true
		}
	}
	preds := map[ontology.Predicate]bool{}
	for _, p := range f.Predicates {
		preds[p] = true
	}
	ef := evFilter{since: f.Since, until: f.Until, minConf: f.MinConfidence}
	var out []Relation
	n := 0
	for rid := range cands {
		if n++; n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		r := v.rels[rid]
		if r == nil || len(preds) > 0 && !preds[r.pred] || !r.selected(f) {
			continue
		}
		if f.Article != "" && !r.citedBy(f.Article) {
			continue
		}
		rel, ok := v.relation(r, ef)
		if !ok || len(f.CAMEO) > 0 && !slices.ContainsFunc(f.CAMEO, func(c string) bool {
			return c != "" && strings.HasPrefix(rel.CAMEO, c)
		}) {
			continue
		}
		out = append(out, rel)
	}
	sortRelations(out)
	return out, nil
}

func sortRelations(rels []Relation) {
	slices.SortFunc(rels, func(a, b Relation) int {
		return cmp.Or(cmp.Compare(b.ArticleCount(), a.ArticleCount()), cmp.Compare(b.Confidence, a.Confidence), strings.Compare(a.ID, b.ID))
	})
}

// selected checks the subject, object and actor/direction parts of f.
func (r *relRec) selected(f RelationFilter) bool {
	sym := r.pred.Symmetric() && !r.literal
	is := func(subj, obj string) bool { // the relation read as subj -> obj
		return (subj == "" || r.subj == subj) && (obj == "" || !r.literal && r.obj == obj)
	}
	isRev := func(subj, obj string) bool {
		return sym && (subj == "" || r.obj == subj) && (obj == "" || r.subj == obj)
	}
	if f.Subject != "" || f.Object != "" {
		if !is(f.Subject, f.Object) && !isRev(f.Subject, f.Object) {
			return false
		}
	}
	if f.Actor == "" {
		return true
	}
	out := is(f.Actor, "") || isRev(f.Actor, "")
	in := is("", f.Actor) || isRev("", f.Actor)
	switch f.Direction {
	case Outgoing:
		return out
	case Incoming:
		return in
	}
	return out || in
}

func (r *relRec) citedBy(article string) bool {
	for _, e := range r.ev {
		if e.article == article {
			return true
		}
	}
	return false
}
