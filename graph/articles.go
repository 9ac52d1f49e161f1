package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// Article returns the stored article with id; ErrNotFound if none.
func (s *Store) Article(ctx context.Context, id string) (Article, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a := s.view.articles[id]
	if a == nil {
		return Article{}, fmt.Errorf("graph: article %q: %w", id, ErrNotFound)
	}
	return a.meta, nil
}

// Articles lists the articles q selects, newest first (undated last, then
// by id); the int counts them all.
func (s *Store) Articles(ctx context.Context, q ArticleQuery) ([]Article, int, error) {
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return nil, 0, fmt.Errorf("graph: articles: until before since: %w", ErrInvalid)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	needle := strings.ToLower(q.Search)
	var all []Article
	for _, a := range s.view.articles {
		m := a.meta
		if needle != "" && !strings.Contains(strings.ToLower(m.Title), needle) && !strings.Contains(strings.ToLower(m.ID), needle) {
			continue
		}
		if !(evFilter{since: q.Since, until: q.Until}).keep(Evidence{Published: m.Published}) {
			continue
		}
		all = append(all, m)
	}
	sortArticles(all)
	page, err := pageOf(all, q.After, q.Limit, func(a Article) string { return a.ID })
	if err != nil {
		return nil, 0, fmt.Errorf("graph: articles: %w", err)
	}
	return page, len(all), ctx.Err()
}

func sortArticles(arts []Article) {
	slices.SortFunc(arts, func(a, b Article) int {
		if a.Published.IsZero() != b.Published.IsZero() {
			if a.Published.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(b.Published.Compare(a.Published), strings.Compare(a.ID, b.ID))
	})
}

// ArticlesOfActor lists the articles naming the actor id (or name), newest
// first; ErrNotFound if there is no such actor.
func (s *Store) ArticlesOfActor(ctx context.Context, id string) ([]Article, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a := s.view.lookup(id)
	if a == nil {
		return nil, fmt.Errorf("graph: articles of %q: %w", id, ErrNotFound)
	}
	var out []Article
	for art := range a.mentions {
		if ar := s.view.articles[art]; ar != nil {
			out = append(out, ar.meta)
		}
	}
	sortArticles(out)
	return out, nil
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v := s.view
	return Stats{Articles: len(v.articles), Entities: len(v.actors), Triples: v.triples, Relations: len(v.rels)}, ctx.Err()
}
