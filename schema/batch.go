package schema

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
)

// Why not a time-window loader: graphql-go v0.8.1 completes a query level
// by level (breadth first), calling every resolver of a level before it
// forces any of the thunks they return. A loader that collects keys while
// resolvers run and fetches them all when the first thunk is forced
// therefore batches a whole level exactly, with no waiting and no batch
// split by a timer on a slow machine. This is the dataloader pattern
// without dataloader's sleep window.

// loader batches lookups of one kind for one request.
type loader[V any] struct {
	fetch func(ctx context.Context, keys []string) (map[string]V, error)
	// mu protects the fields below (graphql-go resolves serially today,
	// but nothing in its contract promises it).
	mu      sync.Mutex
	pending []string
	queued  map[string]bool
	done    map[string]V
	err     map[string]error
}

func newLoader[V any](fetch func(context.Context, []string) (map[string]V, error)) *loader[V] {
	return &loader[V]{fetch: fetch, queued: map[string]bool{}, done: map[string]V{}, err: map[string]error{}}
}

// load queues key and returns a thunk that yields its value; the value is
// the zero V (and ok false) when the store has none.
func (l *loader[V]) load(ctx context.Context, key string) func() (V, bool, error) {
	l.mu.Lock()
	if _, ok := l.done[key]; !ok && l.err[key] == nil && !l.queued[key] {
		l.queued[key] = true
		l.pending = append(l.pending, key)
	}
	l.mu.Unlock()
	return func() (V, bool, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.queued[key] {
			l.flush(ctx)
		}
		if err := l.err[key]; err != nil {
			var zero V
			return zero, false, err
		}
		v, ok := l.done[key]
		return v, ok, nil
	}
}

// flush fetches every pending key in one store call; l.mu is held.
func (l *loader[V]) flush(ctx context.Context) {
	keys := l.pending
	l.pending = nil
	for _, k := range keys {
		delete(l.queued, k)
	}
	got, err := l.fetch(ctx, keys)
	for _, k := range keys {
		if err != nil {
			l.err[k] = err
			continue
		}
		if v, ok := got[k]; ok {
			l.done[k] = v
		}
	}
}

// loaders is the per-request set of loaders. Loaders of relations and
// neighbours are keyed by their filter, since one query may ask for
// relations of actors with different arguments at different places.
type loaders struct {
	store Store
	// mu protects the maps below.
	mu        sync.Mutex
	actors    *loader[graph.Actor]
	relations map[string]*loader[[]graph.Relation]
	neighbors map[string]*loader[[]graph.Actor]
}

func newLoaders(st Store) *loaders {
	ls := &loaders{store: st, relations: map[string]*loader[[]graph.Relation]{}, neighbors: map[string]*loader[[]graph.Actor]{}}
	ls.actors = newLoader(func(ctx context.Context, ids []string) (map[string]graph.Actor, error) {
		return st.ActorsByID(ctx, ids)
	})
	return ls
}

func (ls *loaders) actor(ctx context.Context, id string) func() (graph.Actor, bool, error) {
	return ls.actors.load(ctx, id)
}

func (ls *loaders) relationsOf(ctx context.Context, id string, f graph.RelationFilter) func() ([]graph.Relation, bool, error) {
	key := filterKey(f)
	ls.mu.Lock()
	l, ok := ls.relations[key]
	if !ok {
		l = newLoader(func(ctx context.Context, ids []string) (map[string][]graph.Relation, error) {
			return ls.store.RelationsOf(ctx, ids, f)
		})
		ls.relations[key] = l
	}
	ls.mu.Unlock()
	return l.load(ctx, id)
}

func (ls *loaders) neighborsOf(ctx context.Context, id string, preds []ontology.Predicate) func() ([]graph.Actor, bool, error) {
	key := predKey(preds)
	ls.mu.Lock()
	l, ok := ls.neighbors[key]
	if !ok {
		l = newLoader(func(ctx context.Context, ids []string) (map[string][]graph.Actor, error) {
			return ls.store.NeighborsOf(ctx, ids, preds)
		})
		ls.neighbors[key] = l
	}
	ls.mu.Unlock()
	return l.load(ctx, id)
}

func predKey(preds []ontology.Predicate) string {
	s := make([]string, len(preds))
	for i, p := range preds {
		s[i] = string(p)
	}
	sort.Strings(s)
	return strings.Join(s, ",")
}

// filterKey names the filter for the loader map: every field RelationsOf
// reads is in it (Actor and After it ignores), so two fields that share a
// loader get the same answer from the store.
func filterKey(f graph.RelationFilter) string {
	cameo := append([]string(nil), f.CAMEO...)
	sort.Strings(cameo)
	return strings.Join([]string{
		strconv.Itoa(int(f.Direction)), predKey(f.Predicates), strings.Join(cameo, ","),
		timeKey(f.Since), timeKey(f.Until), strconv.FormatFloat(f.MinConfidence, 'g', -1, 64), f.Article,
		strconv.Quote(f.Subject), strconv.Quote(f.Object), strconv.Itoa(f.Limit),
	}, "|")
}

func timeKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}
