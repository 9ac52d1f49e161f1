package schema

import (
	"context"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
)

// countingStore counts calls per method on a real store.
type countingStore struct {
	Store
	mu    sync.Mutex
	calls map[string]int
}

func (c *countingStore) count(m string) {
	c.mu.Lock()
	c.calls[m]++
	c.mu.Unlock()
}

func (c *countingStore) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.calls {
		n += v
	}
	return n
}

func (c *countingStore) Actor(ctx context.Context, id string) (graph.Actor, error) {
	c.count("Actor")
	return c.Store.Actor(ctx, id)
}

func (c *countingStore) ActorsByID(ctx context.Context, ids []string) (map[string]graph.Actor, error) {
	c.count("ActorsByID")
	return c.Store.ActorsByID(ctx, ids)
}

func (c *countingStore) Resolve(ctx context.Context, n string) (graph.Actor, error) {
	c.count("Resolve")
	return c.Store.Resolve(ctx, n)
}

func (c *countingStore) SearchActors(ctx context.Context, q graph.ActorQuery) ([]graph.Actor, int, error) {
	c.count("SearchActors")
	return c.Store.SearchActors(ctx, q)
}

func (c *countingStore) Relations(ctx context.Context, f graph.RelationFilter) ([]graph.Relation, int, error) {
	c.count("Relations")
	return c.Store.Relations(ctx, f)
}

func (c *countingStore) RelationsOf(ctx context.Context, ids []string, f graph.RelationFilter) (map[string][]graph.Relation, error) {
	c.count("RelationsOf")
	return c.Store.RelationsOf(ctx, ids, f)
}

func (c *countingStore) NeighborsOf(ctx context.Context, ids []string, preds []ontology.Predicate) (map[string][]graph.Actor, error) {
	c.count("NeighborsOf")
	return c.Store.NeighborsOf(ctx, ids, preds)
}

func (c *countingStore) Article(ctx context.Context, id string) (graph.Article, error) {
	c.count("Article")
	return c.Store.Article(ctx, id)
}

func (c *countingStore) ArticlesOfActor(ctx context.Context, id string) ([]graph.Article, error) {
	c.count("ArticlesOfActor")
	return c.Store.ArticlesOfActor(ctx, id)
}

// TestNoNPlusOne asks for n actors with their relations (and the actors at
// the other end), neighbours and roles (with their organizations), and
// checks that the store calls do not grow with n.
func TestNoNPlusOne(t *testing.T) {
	const q = `query($n: Int) { actors(type: Person, first: $n) {
		totalCount
		nodes {
			name
			relations(first: 5) { totalCount nodes { predicate subject { name } object { name degree } } }
			neighbors(first: 5) { name type }
			roles { title organization { name } }
		}
	} }`
	calls := map[int]map[string]int{}
	for _, n := range []int{5, 50} {
		st := &countingStore{Store: openStore(t, "memory", crowd(n)), calls: map[string]int{}}
		s, err := New(Config{Store: st})
		if err != nil {
			t.Fatal(err)
		}
		res := s.Do(context.Background(), q, map[string]any{"n": n}, "")
		if len(res.Errors) > 0 {
			t.Fatalf("n=%d: %v", n, res.Errors)
		}
		nodes, _ := at(res.Data, "actors", "nodes").([]any)
		if len(nodes) != n {
			t.Fatalf("n=%d: got %d actors", n, len(nodes))
		}
		if at(nodes[n-1], "roles", 0, "organization", "name") != "Ministry of Crowds" || at(nodes[n-1], "relations", "totalCount") == 0.0 {
			t.Fatalf("n=%d: incomplete answer %v", n, nodes[n-1])
		}
		calls[n] = st.calls
		t.Logf("n=%d: %d store calls %v", n, st.total(), st.calls)
	}
	for m, c := range calls[50] {
		if c != calls[5][m] {
			t.Errorf("%s: %d calls for 5 actors, %d for 50", m, calls[5][m], c)
		}
	}
	if total := len(calls[50]); total == 0 {
		t.Error("no calls counted")
	}
}
