package graph

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

func TestLoadIdempotent(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		first := mustLoad(t, s, sumy())
		if first.Unchanged || first.Replaced || first.Entities != 6 || first.Triples != 6 {
			t.Errorf("first load = %+v, want 6 entities, 6 triples, new", first)
		}
		quads, snap := quadKeys(t, s), snapshot(t, s)
		again := mustLoad(t, s, sumy())
		if !again.Unchanged || again.Entities != 6 || again.Triples != 6 {
			t.Errorf("second load = %+v, want unchanged", again)
		}
		if got := quadKeys(t, s); !slices.Equal(got, quads) {
			t.Errorf("reload changed the quads: %d -> %d", len(quads), len(got))
		}
		if got := snapshot(t, s); got != snap {
			t.Error("reload changed what the store answers")
		}
		st, _ := s.Stats(context.Background())
		if st != (Stats{Articles: 1, Entities: 6, Triples: 6, Relations: 6}) {
			t.Errorf("stats = %+v", st)
		}
	})
}

func TestReplaceChangedArticle(t *testing.T) {
	other := article("other", "2025-06-03").ent("Russia", cty).ent("Ukraine", cty).
		rel("Russia", cty, ontology.Attacked, "Ukraine", cty, 0.9)
	v2 := article("seed-sumy", "2025-06-02").ent("Russia", cty).ent("Kharkiv", plc).
		rel("Russia", cty, ontology.Attacked, "Kharkiv", plc, 0.8)
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		mustLoad(t, s, sumy())
		mustLoad(t, s, other)
		res := mustLoad(t, s, v2)
		if !res.Replaced || res.Unchanged || res.Triples != 1 || res.Entities != 2 {
			t.Errorf("replace = %+v", res)
		}
		if _, err := s.Resolve(ctx, "Sumy"); !errors.Is(err, ErrNotFound) {
			t.Errorf("Sumy still there after replacement: %v", err)
		}
		if _, err := s.Resolve(ctx, "Dmitry Medvedev"); !errors.Is(err, ErrNotFound) {
			t.Errorf("Medvedev still there after replacement: %v", err)
		}
		mustResolve(t, s, "Kharkiv")
		rels, n, err := s.Relations(ctx, RelationFilter{Subject: "country/russia"})
		if err != nil || n != 2 {
			t.Fatalf("relations of Russia = %d, %v; want 2 (Kharkiv, Ukraine)", n, err)
		}
		for _, r := range rels {
			if r.Object == "country/ukraine" && (r.ArticleCount() != 1 || r.Evidence[0].Article != "other") {
				t.Errorf("Russia attacked Ukraine evidence = %+v, want only article other", r.Evidence)
			}
		}
		// The replaced store holds exactly the quads of a fresh load.
		fresh := openStore(t, "memory:")
		mustLoad(t, fresh, other)
		mustLoad(t, fresh, v2)
		if got, want := quadKeys(t, s), quadKeys(t, fresh); !slices.Equal(got, want) {
			t.Errorf("replaced store has %d quads, a fresh load %d", len(got), len(want))
		}
	})
}

func TestLoadAllOrNothing(t *testing.T) {
	bad := map[string]func(*fx){
		"empty id":          func(f *fx) { f.ex.Article.ID = " " },
		"unknown predicate": func(f *fx) { f.ex.Triples[3].Predicate = "invaded" },
		"invalid type":      func(f *fx) { f.ex.Entities[1].Type = "Company" },
		"empty entity":      func(f *fx) { f.ex.Entities[0].Name = "" },
		"confidence":        func(f *fx) { f.ex.Triples[0].Confidence = 1.5 },
		"other article":     func(f *fx) { f.ex.Triples[0].Article = "elsewhere" },
		"literal non-role":  func(f *fx) { f.ex.Triples[0].ObjectType = lit },
		"role to actor":     func(f *fx) { f.ex.Triples[2].ObjectType = org },
		"empty object":      func(f *fx) { f.ex.Triples[1].Object = "" },
	}
	eachStore(t, func(t *testing.T, s *Store) {
		mustLoad(t, s, article("other", "").ent("Russia", cty).rel("Russia", cty, ontology.Attacked, "Sumy", plc, 0.5))
		quads := quadKeys(t, s)
		for name, spoil := range bad {
			f := sumy()
			f.ex.Article.ID = "other" // would replace: must not
			spoil(f)
			if _, err := s.LoadArticle(context.Background(), f.ex); !errors.Is(err, ErrInvalid) {
				t.Errorf("%s: err = %v, want ErrInvalid", name, err)
			}
			if got := quadKeys(t, s); !slices.Equal(got, quads) {
				t.Errorf("%s: failed load changed the store", name)
			}
		}
	})
}

func TestDeleteArticle(t *testing.T) {
	other := article("other", "2025-06-03").ent("Russia", cty, "Moscow").ent("Ukraine", cty).
		rel("Russia", cty, ontology.Attacked, "Ukraine", cty, 0.9)
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		mustLoad(t, s, sumy())
		mustLoad(t, s, other)
		russia := mustResolve(t, s, "Russia")
		if russia.Articles != 2 {
			t.Errorf("Russia in %d articles, want 2", russia.Articles)
		}
		if err := s.DeleteArticle(ctx, "seed-sumy"); err != nil {
			t.Fatal(err)
		}
		russia = mustResolve(t, s, "Moscow")
		if russia.Articles != 1 || russia.ID != "country/russia" {
			t.Errorf("after delete Russia = %+v, want it kept with 1 article", russia)
		}
		if slices.Contains(russia.Aliases, "the Kremlin") {
			t.Errorf("alias only the deleted article gave is still there: %v", russia.Aliases)
		}
		if _, err := s.Actor(ctx, "person/dmitry-medvedev"); !errors.Is(err, ErrNotFound) {
			t.Errorf("actor only the deleted article named: %v", err)
		}
		if _, err := s.Article(ctx, "seed-sumy"); !errors.Is(err, ErrNotFound) {
			t.Errorf("deleted article: %v", err)
		}
		st, _ := s.Stats(ctx)
		if st != (Stats{Articles: 1, Entities: 2, Triples: 1, Relations: 1}) {
			t.Errorf("stats = %+v", st)
		}
		if err := s.DeleteArticle(ctx, "other"); err != nil {
			t.Fatal(err)
		}
		if q := quadKeys(t, s); len(q) != 0 {
			t.Errorf("%d quads left after deleting every article: %q", len(q), q[:min(len(q), 5)])
		}
		if err := s.DeleteArticle(ctx, "other"); !errors.Is(err, ErrNotFound) {
			t.Errorf("second delete: %v, want ErrNotFound", err)
		}
	})
}

func TestEntityResolution(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		mustLoad(t, s, sumy())
		mustLoad(t, s, article("a2", "2025-06-05").ent("Medvedev", per).ent("Ukraine", cty).
			rel("Medvedev", per, ontology.Threatened, "Ukraine", cty, 0.8))
		mustLoad(t, s, article("a3", "2025-06-06").ent("Sergei Medvedev", per, "Medvedev").ent("Volodymyr Zelensky", per, "Zelensky", "Zelenskiy").
			ent("Georgia", plc).ent("Georgia", cty).
			rel("Sergei Medvedev", per, ontology.Criticized, "Volodymyr Zelensky", per, 0.6).
			rel("Volodymyr Zelensky", per, ontology.Visited, "Georgia", plc, 0.6))
		for _, tc := range []struct{ name, want string }{
			{"Medvedev", "person/dmitry-medvedev"}, // the better connected one
			{"dmitry medvedev", "person/dmitry-medvedev"},
			{"Sergei Medvedev", "person/sergei-medvedev"},
			{"Zelenskiy", "person/volodymyr-zelenskyy"},
			{"Volodymyr Zelensky", "person/volodymyr-zelenskyy"},
			{"Kyiv", "country/ukraine"},
		} {
			if a := mustResolve(t, s, tc.name); a.ID != tc.want {
				t.Errorf("resolve %q = %s, want %s", tc.name, a.ID, tc.want)
			}
		}
		dm := mustResolve(t, s, "person/dmitry-medvedev")
		if dm.Articles != 2 || dm.Name != "Dmitry Medvedev" {
			t.Errorf("Dmitry Medvedev = %+v, want 2 articles", dm)
		}
		z := mustResolve(t, s, "Zelensky")
		if z.Articles != 2 || !slices.Contains(z.Aliases, "Zelenskiy") {
			t.Errorf("Zelenskyy = %+v, want merged over 2 articles with alias Zelenskiy", z)
		}
		geo, _, _ := s.SearchActors(ctx, ActorQuery{Search: "georgia"})
		if len(geo) != 2 {
			t.Errorf("Georgia the place and the country: %d actors, want 2", len(geo))
		}
		if _, err := s.ActorByName(ctx, "Nobody"); !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown name: %v", err)
		}
	})
}

func TestSymmetricOrientation(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		mustLoad(t, s, article("m1", "2025-01-01").ent("Ukraine", cty).ent("Russia", cty).
			rel("Ukraine", cty, ontology.MetWith, "Russia", cty, 0.7))
		mustLoad(t, s, article("m2", "2025-01-02").ent("Ukraine", cty).ent("Russia", cty).
			rel("Russia", cty, ontology.MetWith, "Ukraine", cty, 0.8))
		rels, n, err := s.Relations(ctx, RelationFilter{Subject: "country/ukraine", Predicates: []ontology.Predicate{ontology.MetWith}})
		if err != nil || n != 1 || rels[0].ArticleCount() != 2 {
			t.Fatalf("met_with from Ukraine = %d, %v; want one relation with 2 articles", n, err)
		}
		if _, n, _ := s.Relations(ctx, RelationFilter{Subject: "country/russia", Object: "country/ukraine"}); n != 1 {
			t.Errorf("met_with from Russia's end: %d relations, want 1", n)
		}
	})
}
