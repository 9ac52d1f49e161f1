package graph

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/ontology"
)

// The hand-built graph (countries unless said otherwise):
//
//	Avalon -met_with- Borduria -attacked-> Carpathia -criticized-> Dorne
//	Avalon -supported-> Elbonia -sanctioned-> Dorne
//	Genovia -threatened-> Avalon            (article g2, March)
//	Borduria -attacked-> Carpathia again    (article g2)
//	Fred Free (person) role "president", leader_of Freedonia
func handBuilt(t testing.TB, s *Store) {
	t.Helper()
	mustLoad(t, s, article("g1", "2025-01-10").
		ent("Avalon", cty).ent("Borduria", cty).ent("Carpathia", cty).ent("Dorne", cty).ent("Elbonia", cty).
		ent("Freedonia", cty).ent("Fred Free", per, "Free").
		rel("Avalon", cty, ontology.MetWith, "Borduria", cty, 0.9).
		rel("Borduria", cty, ontology.Attacked, "Carpathia", cty, 0.8).
		rel("Carpathia", cty, ontology.Criticized, "Dorne", cty, 0.7).
		rel("Avalon", cty, ontology.Supported, "Elbonia", cty, 0.6).
		rel("Elbonia", cty, ontology.Sanctioned, "Dorne", cty, 0.5).
		rel("Fred Free", per, ontology.Role, "President", lit, 0.8).
		rel("Fred Free", per, ontology.LeaderOf, "Freedonia", cty, 0.9))
	mustLoad(t, s, article("g2", "2025-03-01").
		ent("Genovia", cty).ent("Avalon", cty).ent("Borduria", cty).ent("Carpathia", cty).
		rel("Genovia", cty, ontology.Threatened, "Avalon", cty, 0.4).
		rel("Borduria", cty, ontology.Attacked, "Carpathia", cty, 0.95))
}

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func ids(actors []Actor) []string {
	out := make([]string, len(actors))
	for i, a := range actors {
		out[i] = strings.TrimPrefix(a.ID, "country/")
	}
	return out
}

func TestPaths(t *testing.T) {
	noPeace := []ontology.Predicate{ontology.MetWith, ontology.Attacked, ontology.Criticized}
	cases := []struct {
		name     string
		from, to string
		hops, k  int
		preds    []ontology.Predicate
		want     [][]string
	}{
		{"shortest", "Avalon", "Dorne", 4, 1, nil, [][]string{{"avalon", "elbonia", "dorne"}}},
		{"k=3 finds both", "Avalon", "Dorne", 4, 3, nil, [][]string{{"avalon", "elbonia", "dorne"}, {"avalon", "borduria", "carpathia", "dorne"}}},
		{"predicates", "Avalon", "Dorne", 4, 2, noPeace, [][]string{{"avalon", "borduria", "carpathia", "dorne"}}},
		{"maxHops", "Avalon", "Dorne", 2, 2, noPeace, nil},
		{"maxHops exact", "Avalon", "Dorne", 2, 5, nil, [][]string{{"avalon", "elbonia", "dorne"}}},
		{"no path", "Avalon", "Freedonia", 8, 1, nil, nil},
		{"same actor", "Avalon", "country/avalon", 3, 1, nil, [][]string{{"avalon"}}},
		{"via incoming edge", "Genovia", "Elbonia", 4, 1, nil, [][]string{{"genovia", "avalon", "elbonia"}}},
	}
	eachStore(t, func(t *testing.T, s *Store) {
		handBuilt(t, s)
		ctx := context.Background()
		for _, tc := range cases {
			paths, err := s.Paths(ctx, tc.from, tc.to, tc.hops, tc.k, tc.preds)
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
				continue
			}
			var got [][]string
			for _, p := range paths {
				got = append(got, ids(p.Actors))
				if len(p.Steps) != len(p.Actors)-1 {
					t.Errorf("%s: %d steps for %d actors", tc.name, len(p.Steps), len(p.Actors))
				}
			}
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("%s: paths = %v, want %v", tc.name, got, tc.want)
			}
		}
		back, err := s.Paths(ctx, "Dorne", "Avalon", 4, 1, nil)
		if err != nil || len(back) != 1 {
			t.Fatalf("Dorne to Avalon: %v, %v", back, err)
		}
		for i, st := range back[0].Steps {
			if !st.Reverse || st.Relation.Literal {
				t.Errorf("step %d walked %+v, want reverse", i, st)
			}
		}
		if _, err := s.Paths(ctx, "Avalon", "Atlantis", 4, 1, nil); !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown end: %v, want ErrNotFound", err)
		}
		if _, err := s.Paths(ctx, "Avalon", "Dorne", 4, 1, []ontology.Predicate{"likes"}); !errors.Is(err, ErrInvalid) {
			t.Errorf("unknown predicate: %v, want ErrInvalid", err)
		}
	})
}

func TestSubgraphAndNeighbors(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		handBuilt(t, s)
		ctx := context.Background()
		for _, tc := range []struct {
			name      string
			q         SubgraphQuery
			actors    []string
			relations int
			truncated bool
		}{
			{"depth 1", SubgraphQuery{Seeds: []string{"Avalon"}, Depth: 1}, []string{"avalon", "borduria", "elbonia", "genovia"}, 3, false},
			{"limit", SubgraphQuery{Seeds: []string{"Avalon"}, Depth: 2, Limit: 3}, []string{"avalon", "borduria", "elbonia"}, 2, true},
			{"since", SubgraphQuery{Seeds: []string{"Avalon"}, Depth: 3, Since: day("2025-02-01")}, []string{"avalon", "genovia"}, 1, false},
			{"min confidence", SubgraphQuery{Seeds: []string{"Avalon"}, Depth: 3, MinConfidence: 0.85}, []string{"avalon", "borduria", "carpathia"}, 2, false},
			{"predicates", SubgraphQuery{Seeds: []string{"Dorne"}, Depth: 5, Predicates: []ontology.Predicate{ontology.Sanctioned, ontology.Supported}}, []string{"dorne", "elbonia", "avalon"}, 2, false},
			{"two seeds", SubgraphQuery{Seeds: []string{"Freedonia", "Genovia"}, Depth: 1}, []string{"freedonia", "genovia", "person/fred-free", "avalon"}, 2, false},
			{"one seed named twice", SubgraphQuery{Seeds: []string{"Avalon", "avalon"}, Depth: 0, Limit: 1}, []string{"avalon"}, 0, false},
		} {
			g, err := s.Subgraph(ctx, tc.q)
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
				continue
			}
			got := ids(g.Actors)
			if !sameSet(got, tc.actors) || len(g.Relations) != tc.relations || g.Truncated != tc.truncated {
				t.Errorf("%s: actors %v, %d relations, truncated %v; want %v, %d, %v", tc.name, got, len(g.Relations), g.Truncated, tc.actors, tc.relations, tc.truncated)
			}
			for _, r := range g.Relations {
				if r.Literal {
					t.Errorf("%s: role literal in subgraph: %+v", tc.name, r)
				}
			}
		}
		if _, err := s.Subgraph(ctx, SubgraphQuery{Seeds: []string{"Atlantis"}}); !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown seed: %v", err)
		}

		n1, _ := s.Neighbors(ctx, "Avalon", 1, nil)
		n2, _ := s.Neighbors(ctx, "country/avalon", 2, nil)
		if got := ids(n1); !sameSet(got, []string{"borduria", "elbonia", "genovia"}) {
			t.Errorf("neighbors depth 1 = %v", got)
		}
		if got := ids(n2); len(got) != 5 || !sameSet(got[3:], []string{"carpathia", "dorne"}) {
			t.Errorf("neighbors depth 2 = %v, want depth-1 ones then carpathia, dorne", got)
		}
		batch, err := s.NeighborsOf(ctx, []string{"country/avalon", "country/freedonia", "nope"}, nil)
		if err != nil || len(batch) != 2 || len(batch["country/avalon"]) != 3 || len(batch["country/freedonia"]) != 1 {
			t.Errorf("NeighborsOf = %v, %v", batch, err)
		}
	})
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func TestRelationsFilters(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		handBuilt(t, s)
		ctx := context.Background()
		for _, tc := range []struct {
			name string
			f    RelationFilter
			want int
		}{
			{"all", RelationFilter{}, 8},
			{"subject", RelationFilter{Subject: "country/avalon"}, 2},
			{"subject by name", RelationFilter{Subject: "Avalon"}, 2},
			{"object (symmetric too)", RelationFilter{Object: "country/avalon"}, 2},
			{"subject and object, reversed symmetric", RelationFilter{Subject: "country/borduria", Object: "country/avalon"}, 1},
			{"predicate", RelationFilter{Predicates: []ontology.Predicate{ontology.Attacked}}, 1},
			{"cameo", RelationFilter{CAMEO: []string{"19", "13"}}, 2},
			{"article", RelationFilter{Article: "g2"}, 2},
			{"since", RelationFilter{Since: day("2025-02-01")}, 2},
			{"until", RelationFilter{Until: day("2025-02-01")}, 7},
			{"min confidence", RelationFilter{MinConfidence: 0.75}, 4},
			{"outgoing", RelationFilter{Actor: "country/avalon", Direction: Outgoing}, 2},
			{"incoming", RelationFilter{Actor: "country/avalon", Direction: Incoming}, 2},
			{"both", RelationFilter{Actor: "country/avalon"}, 3},
			{"unknown actor", RelationFilter{Subject: "Atlantis"}, 0},
		} {
			rels, total, err := s.Relations(ctx, tc.f)
			if err != nil || total != tc.want || len(rels) != tc.want {
				t.Errorf("%s: %d relations (total %d), %v; want %d", tc.name, len(rels), total, err, tc.want)
			}
		}
		since, _, _ := s.Relations(ctx, RelationFilter{Predicates: []ontology.Predicate{ontology.Attacked}, Since: day("2025-02-01")})
		if len(since) != 1 || len(since[0].Evidence) != 1 || since[0].Confidence != 0.95 {
			t.Errorf("since drops older evidence: %+v", since)
		}
		all, _, _ := s.Relations(ctx, RelationFilter{})
		var paged []Relation
		for after := ""; ; {
			page, total, err := s.Relations(ctx, RelationFilter{Limit: 3, After: after})
			if err != nil || total != 8 {
				t.Fatalf("page after %q: total %d, %v", after, total, err)
			}
			if len(page) == 0 {
				break
			}
			paged = append(paged, page...)
			after = page[len(page)-1].ID
		}
		if !slices.EqualFunc(paged, all, func(a, b Relation) bool { return a.ID == b.ID }) {
			t.Errorf("pages joined differ from the whole list")
		}
		if all[0].ID != since[0].ID {
			t.Errorf("first relation %s, want the one with two articles", all[0].ID)
		}
		for _, f := range []RelationFilter{{After: "r-none"}, {Predicates: []ontology.Predicate{"likes"}}, {MinConfidence: 2}, {Limit: -1}} {
			if _, _, err := s.Relations(ctx, f); !errors.Is(err, ErrInvalid) {
				t.Errorf("filter %+v: %v, want ErrInvalid", f, err)
			}
		}
		batch, err := s.RelationsOf(ctx, []string{"country/avalon", "country/borduria", "nope"}, RelationFilter{})
		if err != nil || len(batch["country/avalon"]) != 3 || len(batch["country/borduria"]) != 2 || len(batch["nope"]) != 0 {
			t.Errorf("RelationsOf = %v, %v", batch, err)
		}
		roles, _, _ := s.Relations(ctx, RelationFilter{Subject: "Fred Free", Predicates: []ontology.Predicate{ontology.Role}})
		if len(roles) != 1 || !roles[0].Literal || roles[0].Object != "president" {
			t.Errorf("role = %+v, want literal president", roles)
		}
	})
}

func TestSearchAndArticles(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		handBuilt(t, s)
		ctx := context.Background()
		for _, tc := range []struct {
			name string
			q    ActorQuery
			want []string
		}{
			{"prefix", ActorQuery{Search: "BOR"}, []string{"borduria"}},
			{"word start", ActorQuery{Search: "free"}, []string{"person/fred-free", "freedonia"}},
			{"type", ActorQuery{Search: "fre", Type: per}, []string{"person/fred-free"}},
			{"typo needs fuzzy", ActorQuery{Search: "bordria"}, nil},
			{"fuzzy", ActorQuery{Search: "bordria", Fuzzy: true}, []string{"borduria"}},
			{"limit", ActorQuery{Limit: 2}, []string{"avalon", "borduria"}},
			{"after", ActorQuery{Limit: 1, After: "country/borduria"}, []string{"carpathia"}},
		} {
			got, _, err := s.SearchActors(ctx, tc.q)
			if err != nil || !slices.Equal(ids(got), tc.want) {
				t.Errorf("%s: %v, %v; want %v", tc.name, ids(got), err, tc.want)
			}
		}
		if _, total, _ := s.SearchActors(ctx, ActorQuery{Limit: 1}); total != 8 {
			t.Errorf("total = %d, want 8", total)
		}
		arts, n, err := s.Articles(ctx, ArticleQuery{})
		if err != nil || n != 2 || arts[0].ID != "g2" || arts[0].Triples != 2 || arts[0].Entities != 4 {
			t.Errorf("articles = %+v, %v", arts, err)
		}
		if arts, _, _ := s.Articles(ctx, ArticleQuery{Search: "OF G1"}); len(arts) != 1 || arts[0].ID != "g1" {
			t.Errorf("title search = %+v", arts)
		}
		if arts, _, _ := s.Articles(ctx, ArticleQuery{Until: day("2025-02-01")}); len(arts) != 1 || arts[0].ID != "g1" {
			t.Errorf("until = %+v", arts)
		}
		if arts, _, _ := s.Articles(ctx, ArticleQuery{Limit: 1, After: "g2"}); len(arts) != 1 || arts[0].ID != "g1" {
			t.Errorf("after = %+v", arts)
		}
		of, err := s.ArticlesOfActor(ctx, "Avalon")
		if err != nil || len(of) != 2 || of[0].ID != "g2" {
			t.Errorf("articles of Avalon = %+v, %v", of, err)
		}
		a := mustResolve(t, s, "Avalon")
		if a.Degree != 3 || a.Articles != 2 || !a.FirstSeen.Equal(day("2025-01-10")) || !a.LastSeen.Equal(day("2025-03-01")) {
			t.Errorf("Avalon = %+v", a)
		}
		got, err := s.ActorsByID(ctx, []string{"country/avalon", "nope"})
		if err != nil || len(got) != 1 || got["country/avalon"].Name != "Avalon" {
			t.Errorf("ActorsByID = %v, %v", got, err)
		}
	})
}
