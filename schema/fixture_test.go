package schema

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
)

// The fixture is three hand-built extractions in the shape the loader
// emits for the seed article and two follow-ups, so that the schema tests
// do not move when extraction improves.

type ent = ontology.Entity

func triple(article string, sent int, s string, st ontology.EntityType, p ontology.Predicate, o string, ot ontology.EntityType, conf float64, evidence string) ontology.Triple {
	return ontology.Triple{Article: article, Subject: s, SubjectType: st, Predicate: p, Object: o, ObjectType: ot,
		CAMEO: p.CAMEO(), Confidence: conf, Sentence: sent, Evidence: evidence}
}

const (
	P = ontology.Person
	O = ontology.Organization
	C = ontology.Country
	L = ontology.Place
	T = ontology.Literal
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func fixture() []ontology.Extraction {
	s0 := "A Russian counter-attack targeted the Ukrainian city of Sumy, President Volodymyr Zelenskyy said."
	s1 := "Dmitry Medvedev, deputy chairman of Russia's Security Council, threatened Ukraine."
	s2 := "Andriy Yermak, chief of staff to Zelenskyy, said Ukraine struck Russia."
	sumy := ontology.Extraction{
		Article: ontology.Article{ID: "seed-sumy", Title: "Russian strike on Sumy", URL: "https://example.org/sumy", Source: "example", Published: date("2025-04-10"), Text: s0 + " " + s1 + " " + s2},
		Entities: []ent{
			{Name: "Russia", Type: C, Mentions: 3}, {Name: "Ukraine", Type: C, Mentions: 3}, {Name: "Sumy", Type: L, Mentions: 1},
			{Name: "Volodymyr Zelenskyy", Type: P, Aliases: []string{"Zelenskyy", "Zelensky", "Zelenskiy"}, Mentions: 2},
			{Name: "Dmitry Medvedev", Type: P, Aliases: []string{"Medvedev"}, Mentions: 1},
			{Name: "Security Council of Russia", Type: O, Aliases: []string{"Russia's Security Council"}, Mentions: 1},
			{Name: "Andriy Yermak", Type: P, Aliases: []string{"Yermak"}, Mentions: 1},
		},
		Triples: []ontology.Triple{
			triple("seed-sumy", 0, "Russia", C, ontology.Attacked, "Sumy", L, 0.9, s0),
			triple("seed-sumy", 0, "Sumy", L, ontology.LocatedIn, "Ukraine", C, 0.8, s0),
			triple("seed-sumy", 0, "Volodymyr Zelenskyy", P, ontology.LeaderOf, "Ukraine", C, 0.9, s0),
			triple("seed-sumy", 0, "Volodymyr Zelenskyy", P, ontology.Role, "president", T, 0.9, s0),
			triple("seed-sumy", 1, "Dmitry Medvedev", P, ontology.Role, "deputy chairman", T, 0.9, s1),
			triple("seed-sumy", 1, "Dmitry Medvedev", P, ontology.OfficialOf, "Security Council of Russia", O, 0.85, s1),
			triple("seed-sumy", 1, "Security Council of Russia", O, ontology.PartOf, "Russia", C, 0.8, s1),
			triple("seed-sumy", 1, "Dmitry Medvedev", P, ontology.Threatened, "Ukraine", C, 0.7, s1),
			triple("seed-sumy", 2, "Andriy Yermak", P, ontology.WorksFor, "Volodymyr Zelenskyy", P, 0.85, s2),
			triple("seed-sumy", 2, "Andriy Yermak", P, ontology.Role, "chief of staff", T, 0.85, s2),
			triple("seed-sumy", 2, "Ukraine", C, ontology.Attacked, "Russia", C, 0.6, s2),
		},
	}
	t0 := "Russian and Ukrainian delegations met in Istanbul, hosted by Turkish President Recep Tayyip Erdogan."
	t1 := "Zelensky met Erdogan in Ankara and criticized Russia for sending a low-level delegation."
	talks := ontology.Extraction{
		Article: ontology.Article{ID: "istanbul-talks", Title: "Talks in Istanbul", Published: date("2025-05-16"), Text: t0 + " " + t1},
		Entities: []ent{
			{Name: "Russia", Type: C, Mentions: 2}, {Name: "Ukraine", Type: C, Mentions: 1}, {Name: "Turkey", Type: C, Mentions: 1},
			{Name: "Istanbul", Type: L, Mentions: 1}, {Name: "Recep Tayyip Erdogan", Type: P, Aliases: []string{"Erdogan"}, Mentions: 2},
			{Name: "Volodymyr Zelenskyy", Type: P, Aliases: []string{"Zelensky"}, Mentions: 1},
		},
		Triples: []ontology.Triple{
			triple("istanbul-talks", 0, "Russia", C, ontology.MetWith, "Ukraine", C, 0.8, t0),
			triple("istanbul-talks", 0, "Istanbul", L, ontology.LocatedIn, "Turkey", C, 0.7, t0),
			triple("istanbul-talks", 0, "Recep Tayyip Erdogan", P, ontology.LeaderOf, "Turkey", C, 0.9, t0),
			triple("istanbul-talks", 0, "Recep Tayyip Erdogan", P, ontology.Role, "president", T, 0.9, t0),
			triple("istanbul-talks", 1, "Volodymyr Zelenskyy", P, ontology.MetWith, "Recep Tayyip Erdogan", P, 0.85, t1),
			triple("istanbul-talks", 1, "Volodymyr Zelenskyy", P, ontology.Criticized, "Russia", C, 0.75, t1),
		},
	}
	w0 := "Washington urged Moscow to accept a ceasefire, US President Donald Trump said."
	trump := ontology.Extraction{
		Article: ontology.Article{ID: "ceasefire-call", Title: "Trump urges ceasefire", Text: w0},
		Entities: []ent{
			{Name: "United States", Type: C, Aliases: []string{"US", "Washington"}, Mentions: 2}, {Name: "Russia", Type: C, Aliases: []string{"Moscow"}, Mentions: 1},
			{Name: "Donald Trump", Type: P, Aliases: []string{"Trump"}, Mentions: 1},
		},
		Triples: []ontology.Triple{
			triple("ceasefire-call", 0, "United States", C, ontology.AppealedTo, "Russia", C, 0.8, w0),
			triple("ceasefire-call", 0, "Donald Trump", P, ontology.LeaderOf, "United States", C, 0.9, w0),
			triple("ceasefire-call", 0, "Donald Trump", P, ontology.Role, "president", T, 0.9, w0),
		},
	}
	return []ontology.Extraction{sumy, talks, trump}
}

// crowd is one article naming n people, each an official of the
// Ministry and met_with the next one, for the batching test.
func crowd(n int) ontology.Extraction {
	ex := ontology.Extraction{Article: ontology.Article{ID: fmt.Sprintf("crowd-%d", n), Title: "Crowd", Published: date("2025-06-01"), Text: "crowd"}}
	ex.Entities = append(ex.Entities, ent{Name: "Ministry of Crowds", Type: O})
	for i := range n {
		name := fmt.Sprintf("Person Number%03d", i)
		ex.Entities = append(ex.Entities, ent{Name: name, Type: P})
		ex.Triples = append(ex.Triples,
			triple(ex.Article.ID, i, name, P, ontology.OfficialOf, "Ministry of Crowds", O, 0.8, "s"),
			triple(ex.Article.ID, i, name, P, ontology.Role, "official", T, 0.8, "s"))
		if i > 0 {
			triple := triple(ex.Article.ID, i, fmt.Sprintf("Person Number%03d", i-1), P, ontology.MetWith, name, P, 0.8, "s")
			ex.Triples = append(ex.Triples, triple)
		}
	}
	return ex
}

// openStore opens a memory or Bolt store loaded with exs.
func openStore(t testing.TB, kind string, exs ...ontology.Extraction) *graph.Store {
	t.Helper()
	ctx := context.Background()
	url := "memory:"
	if kind == "bolt" {
		url = "bolt:" + filepath.Join(t.TempDir(), "test.db")
	}
	st, err := graph.Open(ctx, url)
	if err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	t.Cleanup(func() { st.Close() })
	for _, ex := range exs {
		if _, err := st.LoadArticle(ctx, ex); err != nil {
			t.Fatalf("load %s: %v", ex.Article.ID, err)
		}
	}
	return st
}
