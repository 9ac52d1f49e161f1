package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/ontology"
)

// LoadArticle stores one article's extraction all or nothing. Loading the
// same extraction again changes nothing (LoadResult.Unchanged); a changed
// extraction under the same article id replaces the old one, touching only
// the quads that differ. Invalid input fails with ErrInvalid before the
// store is touched.
func (s *Store) LoadArticle(ctx context.Context, ex ontology.Extraction) (LoadResult, error) {
	id := ex.Article.ID
	if err := validate(ex); err != nil {
		return LoadResult{}, fmt.Errorf("graph: load article %q: %w", id, err)
	}
	hash, err := contentHash(ex)
	if err != nil {
		return LoadResult{}, fmt.Errorf("graph: load article %q: %w", id, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return LoadResult{}, fmt.Errorf("graph: load article %q: %w", id, err)
	}
	old := s.view.articles[id]
	if old != nil && old.hash == hash {
		return LoadResult{Unchanged: true, Entities: old.meta.Entities, Triples: old.meta.Triples}, nil
	}
	ents, pairs := pairEntities(ex)
	s.view.resolve(ents)
	fresh := buildQuads(ex, ents, pairs, hash)
	var stale []quad.Quad
	if old != nil {
		if stale, err = s.readRecord(ctx, id); err != nil {
			return LoadResult{}, fmt.Errorf("graph: replace article %q: %w", id, err)
		}
	}
	if err := s.apply(ctx, stale, fresh); err != nil {
		return LoadResult{}, fmt.Errorf("graph: load article %q: %w", id, err)
	}
	touched := s.view.remove(id)
	d := interpret(id, fresh)
	maps.Copy(touched, s.view.add(d))
	s.view.invalidate(touched)
	return LoadResult{Replaced: old != nil, Entities: d.art.meta.Entities, Triples: d.art.meta.Triples}, nil
}

// DeleteArticle removes an article and everything only it supported;
// actors and relations other articles name stay. ErrNotFound if absent.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.view.articles[id] == nil {
		return fmt.Errorf("graph: delete article %q: %w", id, ErrNotFound)
	}
	stale, err := s.readRecord(ctx, id)
	if err != nil {
		return fmt.Errorf("graph: delete article %q: %w", id, err)
	}
	if err := s.apply(ctx, stale, nil); err != nil {
		return fmt.Errorf("graph: delete article %q: %w", id, err)
	}
	s.view.invalidate(s.view.remove(id))
	return nil
}

// apply turns the article's stale quads into its fresh ones: quads in
// both are left alone, the rest removed, then added.
//
// Two batches, not one, because of a Cayley key-value bug (2024-07 master):
// in a batch that both adds and deletes, a node whose reference count goes
// down overall (the article node of a shrinking article, say) is missing
// from the nodes resolved for the additions, so the added quads are stored
// with that direction empty. Removing first keeps the failure mode clean:
// if the additions fail, the removed quads are put back; a crash between
// the batches leaves the article absent, never half old and half new, and
// loading it again repairs it.
func (s *Store) apply(ctx context.Context, stale, fresh []quad.Quad) error {
	del, add := diff(stale, fresh)
	if len(del) > 0 {
		if err := s.qs.ApplyDeltas(deltas(del, cgraph.Delete), cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
			return fmt.Errorf("remove %d quads: %w", len(del), err)
		}
	}
	if len(add) == 0 {
		return nil
	}
	err := s.qs.ApplyDeltas(deltas(add, cgraph.Add), cgraph.IgnoreOpts{IgnoreDup: true})
	if err == nil {
		return nil
	}
	err = fmt.Errorf("add %d quads: %w", len(add), err)
	if len(del) > 0 {
		if rerr := s.qs.ApplyDeltas(deltas(del, cgraph.Add), cgraph.IgnoreOpts{IgnoreDup: true}); rerr != nil {
			// The store lost the old version: make the view say so.
			return errors.Join(err, fmt.Errorf("restore %d quads: %w", len(del), rerr), s.rebuildLocked(ctx))
		}
	}
	return err
}

// diff splits stale and fresh into the quads to remove and to add.
func diff(stale, fresh []quad.Quad) (del, add []quad.Quad) {
	inFresh := make(map[string]bool, len(fresh))
	for _, q := range fresh {
		inFresh[quadKey(q)] = true
	}
	inStale := make(map[string]bool, len(stale))
	for _, q := range stale {
		k := quadKey(q)
		inStale[k] = true
		if !inFresh[k] {
			del = append(del, q)
		}
	}
	for _, q := range fresh {
		if !inStale[quadKey(q)] {
			add = append(add, q)
		}
	}
	return del, add
}

func deltas(qs []quad.Quad, action cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: action}
	}
	return out
}

func contentHash(ex ontology.Extraction) (string, error) {
	b, err := json.Marshal(ex)
	if err != nil {
		return "", fmt.Errorf("hash extraction: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// validate rejects what cannot be stored, naming the first problem.
func validate(ex ontology.Extraction) error {
	id := ex.Article.ID
	if strings.TrimSpace(id) == "" {
		return fmt.Errorf("empty article id: %w", ErrInvalid)
	}
	for i, e := range ex.Entities {
		if strings.TrimSpace(e.Name) == "" {
			return fmt.Errorf("entity %d: empty name: %w", i, ErrInvalid)
		}
		if !e.Type.Valid() {
			return fmt.Errorf("entity %d (%q): invalid type %q: %w", i, e.Name, e.Type, ErrInvalid)
		}
		if e.Mentions < 0 {
			return fmt.Errorf("entity %d (%q): negative mentions: %w", i, e.Name, ErrInvalid)
		}
	}
	for i, t := range ex.Triples {
		bad := func(format string, args ...any) error {
			return fmt.Errorf("triple %d: "+format+": %w", append(append([]any{i}, args...), ErrInvalid)...)
		}
		switch {
		case t.Article != "" && t.Article != id:
			return bad("belongs to article %q", t.Article)
		case !t.Predicate.Valid():
			return bad("unknown predicate %q", t.Predicate)
		case strings.TrimSpace(t.Subject) == "":
			return bad("empty subject")
		case !t.SubjectType.Valid():
			return bad("invalid subject type %q", t.SubjectType)
		case strings.TrimSpace(t.Object) == "":
			return bad("empty object")
		case t.Predicate == ontology.Role && t.ObjectType != ontology.Literal && t.ObjectType != "":
			return bad("role object type %q, want Literal", t.ObjectType)
		case t.Predicate != ontology.Role && !t.ObjectType.Valid():
			return bad("invalid object type %q", t.ObjectType)
		case math.IsNaN(t.Confidence) || t.Confidence < 0 || t.Confidence > 1:
			return bad("confidence %v outside [0,1]", t.Confidence)
		case t.Sentence < 0:
			return bad("negative sentence index %d", t.Sentence)
		}
	}
	return nil
}
