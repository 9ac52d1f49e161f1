package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/ontology"
)

// synthetic returns article i of a deterministic synthetic corpus: 8
// entities drawn from a pool of 650 actors (people, organizations,
// countries; skewed so a few are hubs) and 10 relations among them.
func synthetic(i int) ontology.Extraction {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	pick := func() (string, ontology.EntityType) {
		n := int(r.ExpFloat64() * 120) // skewed: low numbers are hubs
		switch {
		case n%13 == 0:
			return fmt.Sprintf("Country %d", n%50), ontology.Country
		case n%5 == 0:
			return fmt.Sprintf("Organization %d", n%100), ontology.Organization
		}
		return fmt.Sprintf("Person %d Surname%d", n%500, n%500), ontology.Person
	}
	f := article(fmt.Sprintf("syn-%06d", i), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%2000).Format(time.DateOnly))
	type ent struct {
		name string
		typ  ontology.EntityType
	}
	var ents []ent
	for range 8 {
		name, typ := pick()
		ents = append(ents, ent{name, typ})
		f.ent(name, typ)
	}
	preds := []ontology.Predicate{ontology.MetWith, ontology.Attacked, ontology.Criticized, ontology.Supported, ontology.Threatened, ontology.CooperatedWith}
	for range 10 {
		a, b := ents[r.IntN(len(ents))], ents[r.IntN(len(ents))]
		if a.name == b.name {
			f.rel(a.name, a.typ, ontology.Role, "minister", lit, 0.5+r.Float64()/2)
			continue
		}
		f.rel(a.name, a.typ, preds[r.IntN(len(preds))], b.name, b.typ, 0.5+r.Float64()/2)
	}
	return f.ex
}

const benchArticles = 2000

func benchStore(b *testing.B, url string, n int) *Store {
	b.Helper()
	s := openStore(b, url)
	ctx := context.Background()
	for i := range n {
		if _, err := s.LoadArticle(ctx, synthetic(i)); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// benchBackends runs fn on a store of benchArticles articles of each
// backend (writes differ by backend).
func benchBackends(b *testing.B, fn func(b *testing.B, s *Store)) {
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			fn(b, benchStore(b, be.url(b), benchArticles))
		})
	}
}

// benchRead runs fn on a memory store of benchArticles articles. Reads are
// answered from the in-process view whatever the backend, so one backend
// measures them (TestBoltReopen checks the view is the same).
func benchRead(b *testing.B, fn func(b *testing.B, s *Store)) {
	fn(b, benchStore(b, "memory:", benchArticles))
}

// BenchmarkLoadArticle loads new articles into a store already holding
// benchArticles of them.
func BenchmarkLoadArticle(b *testing.B) {
	benchBackends(b, func(b *testing.B, s *Store) {
		ctx := context.Background()
		i := benchArticles
		for b.Loop() {
			if _, err := s.LoadArticle(ctx, synthetic(i)); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkReplaceArticle loads a changed version of a stored article.
func BenchmarkReplaceArticle(b *testing.B) {
	benchBackends(b, func(b *testing.B, s *Store) {
		ctx := context.Background()
		i := 0
		for b.Loop() {
			ex := synthetic(i % benchArticles)
			ex.Article.Text += fmt.Sprint(i) // new content, same id
			if res, err := s.LoadArticle(ctx, ex); err != nil || !res.Replaced {
				b.Fatal(res, err)
			}
			i++
		}
	})
}

// BenchmarkRelationsOfActor lists the relations of the best connected
// actor, first page of 50.
func BenchmarkRelationsOfActor(b *testing.B) {
	benchRead(b, func(b *testing.B, s *Store) {
		ctx := context.Background()
		hub, _, _ := s.SearchActors(ctx, ActorQuery{Limit: 1})
		for b.Loop() {
			if _, _, err := s.Relations(ctx, RelationFilter{Actor: hub[0].ID, Limit: 50}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(hub[0].Degree), "relations")
	})
}

// BenchmarkPaths4Hops asks for the 3 shortest paths of up to 4 hops
// between two weakly connected people.
func BenchmarkPaths4Hops(b *testing.B) {
	benchRead(b, func(b *testing.B, s *Store) {
		ctx := context.Background()
		actors, _, _ := s.SearchActors(ctx, ActorQuery{Type: ontology.Person})
		from, to := actors[len(actors)/2].ID, actors[len(actors)-1].ID
		for b.Loop() {
			if _, err := s.Paths(ctx, from, to, 4, 3, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSubgraph takes the 2-hop neighbourhood of a hub, up to 200 nodes.
func BenchmarkSubgraph(b *testing.B) {
	benchRead(b, func(b *testing.B, s *Store) {
		ctx := context.Background()
		hub, _, _ := s.SearchActors(ctx, ActorQuery{Limit: 1})
		var g Subgraph
		for b.Loop() {
			var err error
			if g, err = s.Subgraph(ctx, SubgraphQuery{Seeds: []string{hub[0].ID}, Depth: 2, Limit: 200}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(g.Relations)), "relations")
	})
}

// BenchmarkOpenBolt reopens a Bolt store of benchArticles articles: the
// cost of rebuilding the view from the quads at start-up.
func BenchmarkOpenBolt(b *testing.B) {
	url := "bolt:" + filepath.Join(b.TempDir(), "g.db")
	s := benchStore(b, url, benchArticles)
	st, _ := s.Stats(context.Background())
	s.Close()
	for b.Loop() {
		s, err := Open(context.Background(), url)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	b.ReportMetric(float64(st.Triples), "triples")
}
