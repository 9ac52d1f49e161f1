package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/ontology"
)

// backends is the conformance table: every store test runs against each
// real Cayley backend.
var backends = []struct {
	name string
	url  func(t testing.TB) string
}{
	{"memory", func(testing.TB) string { return "memory:" }},
	{"bolt", func(t testing.TB) string { return "bolt:" + filepath.Join(t.TempDir(), "sub", "g.db") }},
}

// eachStore runs fn on a fresh store of every backend, in parallel, and
// checks afterwards that the view rebuilt from the quads equals the one
// kept up to date incrementally.
func eachStore(t *testing.T, fn func(t *testing.T, s *Store)) {
	t.Helper()
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			s := openStore(t, b.url(t))
			fn(t, s)
			checkRebuild(t, s)
		})
	}
}

func openStore(t testing.TB, url string) *Store {
	t.Helper()
	s, err := Open(context.Background(), url)
	if err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// snapshot renders everything a store answers, for comparisons.
func snapshot(t testing.TB, s *Store) string {
	t.Helper()
	ctx := context.Background()
	actors, _, err := s.SearchActors(ctx, ActorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(actors, func(a, b Actor) int { return cmpStr(a.ID, b.ID) })
	rels, _, err := s.Relations(ctx, RelationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	arts, _, err := s.Articles(ctx, ArticleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(ctx)
	b, _ := json.MarshalIndent(map[string]any{"actors": actors, "relations": rels, "articles": arts, "stats": st}, "", " ")
	return string(b)
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func checkRebuild(t *testing.T, s *Store) {
	t.Helper()
	// The records (which rebuild reads) list exactly the quads stored.
	var fromRecords []string
	for id := range s.view.articles {
		qs, err := s.readRecord(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			fromRecords = append(fromRecords, quadKey(q)+"\x00"+encodeValue(q.Label))
		}
	}
	slices.Sort(fromRecords)
	if stored := quadKeys(t, s); !slices.Equal(fromRecords, stored) {
		t.Errorf("article records list %d quads, the store holds %d", len(fromRecords), len(stored))
	}
	before := snapshot(t, s)
	if err := s.rebuild(context.Background()); err != nil {
		t.Fatalf("rebuild: %v", err)
	}
	if after := snapshot(t, s); after != before {
		t.Errorf("view rebuilt from the quads differs from the incremental one:\nincremental %s\nrebuilt %s", before, after)
	}
}

// quadKeys lists every quad in the store, sorted, for exact comparisons.
func quadKeys(t testing.TB, s *Store) []string {
	t.Helper()
	var out []string
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(context.Background()) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, quadKey(q)+"\x00"+encodeValue(q.Label))
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// fx builds an extraction in a few lines.
type fx struct{ ex ontology.Extraction }

func article(id, date string) *fx {
	f := &fx{ex: ontology.Extraction{Article: ontology.Article{ID: id, Title: "Title of " + id, URL: "https://example.org/" + id, Source: "test", Text: "text of " + id}}}
	if date != "" {
		d, err := time.Parse(time.DateOnly, date)
		if err != nil {
			panic(err)
		}
		f.ex.Article.Published = d
	}
	return f
}

func (f *fx) ent(name string, t ontology.EntityType, aliases ...string) *fx {
	f.ex.Entities = append(f.ex.Entities, ontology.Entity{Name: name, Type: t, Aliases: aliases, Mentions: 1})
	return f
}

func (f *fx) rel(s string, st ontology.EntityType, p ontology.Predicate, o string, ot ontology.EntityType, conf float64) *fx {
	n := len(f.ex.Triples)
	f.ex.Triples = append(f.ex.Triples, ontology.Triple{
		Article: f.ex.Article.ID, Subject: s, SubjectType: st, Predicate: p, Object: o, ObjectType: ot,
		Confidence: conf, Sentence: n, Evidence: fmt.Sprintf("%s %s %s (%d).", s, p, o, n),
	})
	return f
}

func mustLoad(t testing.TB, s *Store, f *fx) LoadResult {
	t.Helper()
	res, err := s.LoadArticle(context.Background(), f.ex)
	if err != nil {
		t.Fatalf("load %s: %v", f.ex.Article.ID, err)
	}
	return res
}

func mustResolve(t testing.TB, s *Store, name string) Actor {
	t.Helper()
	a, err := s.Resolve(context.Background(), name)
	if err != nil {
		t.Fatalf("resolve %q: %v", name, err)
	}
	return a
}

const (
	per = ontology.Person
	org = ontology.Organization
	cty = ontology.Country
	plc = ontology.Place
	lit = ontology.Literal
)

// sumy is a small article in the seed's spirit.
func sumy() *fx {
	return article("seed-sumy", "2025-06-02").
		ent("Dmitry Medvedev", per, "Medvedev").
		ent("Security Council of Russia", org, "Russia's Security Council").
		ent("Russia", cty, "Moscow", "the Kremlin").
		ent("Sumy", plc).
		ent("Ukraine", cty, "Kyiv").
		ent("Volodymyr Zelenskyy", per, "Zelenskyy", "Zelensky").
		rel("Russia", cty, ontology.Attacked, "Sumy", plc, 0.9).
		rel("Sumy", plc, ontology.LocatedIn, "Ukraine", cty, 0.95).
		rel("Dmitry Medvedev", per, ontology.Role, "Deputy Chairman", lit, 0.8).
		rel("Dmitry Medvedev", per, ontology.OfficialOf, "Security Council of Russia", org, 0.8).
		rel("Volodymyr Zelenskyy", per, ontology.LeaderOf, "Ukraine", cty, 0.9).
		rel("Ukraine", cty, ontology.Attacked, "Russia", cty, 0.7)
}
