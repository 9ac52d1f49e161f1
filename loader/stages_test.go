package loader

import (
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// Table tests per stage, on short invented sentences: each case names the
// triples that must (want) and must not (not) come out of its text.

type tripleWant struct {
	s string
	p ontology.Predicate
	o string
}

type stageCase struct {
	name string
	text string
	want []tripleWant
	not  []tripleWant
}

func runStageCases(t *testing.T, cases []stageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out := extractText(t, tc.name, tc.text)
			for _, w := range tc.want {
				if !hasTriple(out, w.s, w.p, w.o) {
					t.Errorf("missing %s %s %s; got:\n%s", w.s, w.p, w.o, dumpTriples(out))
				}
			}
			for _, w := range tc.not {
				if hasTriple(out, w.s, w.p, w.o) {
					t.Errorf("unexpected %s %s %s", w.s, w.p, w.o)
				}
			}
		})
	}
}

func entityNamed(out ontology.Extraction, name string) (ontology.Entity, bool) {
	for _, e := range out.Entities {
		if e.Name == name {
			return e, true
		}
	}
	return ontology.Entity{}, false
}

func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]ontology.EntityType
		absent     []string
	}{
		{"title and demonym stripped", "Ukrainian President Volodymyr Zelenskyy spoke on Monday.",
			map[string]ontology.EntityType{"Volodymyr Zelenskyy": ontology.Person, "Ukraine": ontology.Country},
			[]string{"Ukrainian President Volodymyr Zelenskyy", "Ukrainian"}},
		{"country before title", "U.S. Trade Representative Jamieson Greer will travel to Geneva.",
			map[string]ontology.EntityType{"Jamieson Greer": ontology.Person, "United States": ontology.Country, "Geneva": ontology.Place},
			nil},
		{"organization head word", "The Israel Defense Forces said the Economic Community of West African States met.",
			map[string]ontology.EntityType{"Israel Defense Forces": ontology.Organization, "Economic Community of West African States": ontology.Organization},
			nil},
		{"body tied to a country", "Deputy chairman of Russia's Security Council Dmitry Medvedev spoke.",
			map[string]ontology.EntityType{"Security Council of Russia": ontology.Organization, "Dmitry Medvedev": ontology.Person},
			[]string{"Security Council Dmitry Medvedev"}},
		{"adjectives are no entities", "Western governments and Islamist insurgents disagreed.",
			nil, []string{"Western", "Islamist"}},
		{"document and event heads", "The Kharkiv Agreements were discussed at the Odesa Peace Talks.",
			map[string]ontology.EntityType{"Kharkiv Agreements": ontology.Document, "Odesa Peace Talks": ontology.Event},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkEntities(t, extractText(t, tc.name, tc.text), tc.want, tc.absent)
		})
	}
}

func TestCoref(t *testing.T) {
	out := extractText(t, "coref", "Andriy Yermak arrived in Washington on Monday. "+
		"Yermak said he would meet officials. Later Zelensky thanked him, and Volodymyr Zelenskyy spoke.")
	e, ok := entityNamed(out, "Andriy Yermak")
	if !ok {
		t.Fatalf("no Andriy Yermak: %+v", out.Entities)
	}
	if e.Mentions < 3 {
		t.Errorf("Andriy Yermak has %d mentions, want the surname and pronouns counted", e.Mentions)
	}
	if _, ok := entityNamed(out, "Yermak"); ok {
		t.Error("surname emitted as its own entity")
	}
	n := 0
	for _, e := range out.Entities {
		if e.Type == ontology.Person && (e.Name == "Zelensky" || e.Name == "Volodymyr Zelenskyy") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Zelensky/Zelenskyy not unified: %+v", out.Entities)
	}
}

func TestMetonymy(t *testing.T) {
	out := extractText(t, "metonymy", "Moscow accused Kyiv of shelling the city. Talks were held in Istanbul. The Kremlin said it would respond.")
	if !hasTriple(out, "Russia", ontology.Criticized, "Ukraine") {
		t.Errorf("Moscow accused Kyiv not read as Russia criticized Ukraine:\n%s", dumpTriples(out))
	}
	if e, ok := entityNamed(out, "Istanbul"); !ok || e.Type != ontology.Place {
		t.Errorf("Istanbul as location should stay a Place: %+v", out.Entities)
	}
	if _, ok := entityNamed(out, "Moscow"); ok {
		t.Error("Moscow acting emitted as a place")
	}
}

func TestRoles(t *testing.T) {
	runStageCases(t, []stageCase{
		{name: "title before name", text: "Ukrainian President Volodymyr Zelenskyy spoke.",
			want: []tripleWant{{"Volodymyr Zelenskyy", ontology.Role, "president"}, {"Volodymyr Zelenskyy", ontology.LeaderOf, "Ukraine"}}},
		{name: "appositive works_for", text: "Andriy Yermak, chief of staff to Ukrainian President Volodymyr Zelenskyy, arrived.",
			want: []tripleWant{{"Andriy Yermak", ontology.Role, "chief of staff"}, {"Andriy Yermak", ontology.WorksFor, "Volodymyr Zelenskyy"}}},
		{name: "appositive of org", text: "Omar Alieu Touray, president of the ECOWAS Commission, said the bloc was ready.",
			want: []tripleWant{{"Omar Alieu Touray", ontology.Role, "president"}}},
		{name: "deputy is no leader", text: "Deputy Prime Minister Yulia Svyrydenko of Ukraine spoke.",
			want: []tripleWant{{"Yulia Svyrydenko", ontology.Role, "deputy prime minister"}},
			not:  []tripleWant{{"Yulia Svyrydenko", ontology.LeaderOf, "Ukraine"}}},
		{name: "place in country", text: "Rockets hit the Ukrainian city of Sumy on Tuesday.",
			want: []tripleWant{{"Sumy", ontology.LocatedIn, "Ukraine"}}},
		{name: "party membership", text: "Michael Tien of the Civic Party and DAB's Ben Chan were elected.",
			want: []tripleWant{{"Michael Tien", ontology.MemberOf, "Civic Party"}}},
		{name: "sworn in as", text: "Nicolás Maduro was sworn in on Friday as Venezuela's president.",
			want: []tripleWant{{"Nicolás Maduro", ontology.LeaderOf, "Venezuela"}}},
	})
}

func TestRelations(t *testing.T) {
	runStageCases(t, []stageCase{
		{name: "active verb", text: "Russia attacked Ukraine on Monday.",
			want: []tripleWant{{"Russia", ontology.Attacked, "Ukraine"}}},
		{name: "passive with agent", text: "Sumy was struck by Russian missiles.",
			want: []tripleWant{{"Russia", ontology.Attacked, "Sumy"}}},
		{name: "nominalisation with demonym", text: "A Russian counter-attack targeted the Ukrainian city of Sumy.",
			want: []tripleWant{{"Russia", ontology.Attacked, "Sumy"}},
			not:  []tripleWant{{"Russia", ontology.Attacked, "Ukraine"}}},
		{name: "possessive nominalisation", text: "Israel's strikes on Lebanon continued.",
			want: []tripleWant{{"Israel", ontology.Attacked, "Lebanon"}}},
		{name: "talks between", text: "Talks between Egypt and Qatar resumed in Cairo.",
			want: []tripleWant{{"Egypt", ontology.MetWith, "Qatar"}}},
		{name: "reported speech", text: "Hamas accused Israel of blocking aid.",
			want: []tripleWant{{"Hamas", ontology.Criticized, "Israel"}}},
		{name: "sanctions on", text: "The European Union imposed sanctions on Venezuela.",
			want: []tripleWant{{"European Union", ontology.Sanctioned, "Venezuela"}}},
		{name: "threatened tariff", text: "Canada faces a threatened U.S. tariff on Swiss goods.",
			want: []tripleWant{{"United States", ontology.Threatened, "Switzerland"}}},
		{name: "visit", text: "Emmanuel Macron visited China last week.",
			want: []tripleWant{{"Emmanuel Macron", ontology.Visited, "China"}}},
		{name: "exchange of fire", text: "North and South Korea exchanged artillery fire on Thursday.",
			want: []tripleWant{{"North Korea", ontology.Attacked, "South Korea"}, {"South Korea", ontology.Attacked, "North Korea"},
				{"North Korea", ontology.InConflictWith, "South Korea"}}},
		{name: "relative clause object", text: "Malaysia has maintained a policy which the United Nations has criticised.",
			want: []tripleWant{{"United Nations", ontology.Criticized, "Malaysia"}}},
		{name: "joined", text: "Finland joined NATO in 2023.",
			want: []tripleWant{{"Finland", ontology.MemberOf, "North Atlantic Treaty Organization"}}},
	})
}

func TestNegation(t *testing.T) {
	runStageCases(t, []stageCase{
		{name: "did not attack", text: "Russia did not attack Ukraine on Monday.",
			not: []tripleWant{{"Russia", ontology.Attacked, "Ukraine"}}},
		{name: "never met", text: "Joe Biden never met Kim Jong-un.",
			not: []tripleWant{{"Joe Biden", ontology.MetWith, "Kim Jong-un"}}},
	})
}

func TestCoordination(t *testing.T) {
	runStageCases(t, []stageCase{
		{name: "coordinated subjects", text: "Andriy Yermak and Yulia Svyrydenko arrived in the US.",
			want: []tripleWant{{"Andriy Yermak", ontology.Visited, "United States"}, {"Yulia Svyrydenko", ontology.Visited, "United States"}}},
		{name: "subjects across an appositive", text: "Andriy Yermak, chief of staff to the president, and Yulia Svyrydenko arrived in the US.",
			want: []tripleWant{{"Andriy Yermak", ontology.Visited, "United States"}, {"Yulia Svyrydenko", ontology.Visited, "United States"}}},
		{name: "coordinated objects", text: "France condemned Russia and Belarus.",
			want: []tripleWant{{"France", ontology.Criticized, "Russia"}, {"France", ontology.Criticized, "Belarus"}}},
	})
}

// checkEntities requires each wanted entity with its type, and no entity
// named as absent.
func checkEntities(t *testing.T, out ontology.Extraction, want map[string]ontology.EntityType, absent []string) {
	t.Helper()
	for name, typ := range want {
		e, ok := entityNamed(out, name)
		if !ok {
			t.Errorf("no entity %q; got %+v", name, out.Entities)
			continue
		}
		if e.Type != typ {
			t.Errorf("%q typed %s, want %s", name, e.Type, typ)
		}
	}
	for _, name := range absent {
		if _, ok := entityNamed(out, name); ok {
			t.Errorf("unexpected entity %q", name)
		}
	}
}
