package score

import (
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// baseGold is a small article annotation the cases below score against.
func baseGold() Gold {
	return Gold{
		Article: "a",
		Entities: []GoldEntity{
			{Name: "Russia", Type: ontology.Country, Aliases: []string{"Moscow", "the Kremlin"}},
			{Name: "Ukraine", Type: ontology.Country, Aliases: []string{"Kyiv"}},
			{Name: "Volodymyr Zelenskyy", Type: ontology.Person, Aliases: []string{"Zelensky", "Zelenskyy"}},
			{Name: "Sumy", Type: ontology.Place},
		},
		Triples: []GoldTriple{
			{S: "Russia", P: ontology.Attacked, O: "Sumy"},
			{S: "Volodymyr Zelenskyy", P: ontology.OfficialOf, O: "Ukraine"},
			{S: "Volodymyr Zelenskyy", P: ontology.Role, O: "president", OAlts: []string{"ukrainian president"}},
			{S: "Russia", P: ontology.MetWith, O: "Ukraine"},
			{S: "Russia", P: ontology.CooperatedWith, O: "Ukraine", Optional: true},
		},
	}
}

func ent(name string, typ ontology.EntityType, aliases ...string) ontology.Entity {
	return ontology.Entity{Name: name, Type: typ, Aliases: aliases}
}

func tr(s string, p ontology.Predicate, o string) ontology.Triple {
	return ontology.Triple{Article: "a", Subject: s, Predicate: p, Object: o}
}

// goodEntities are the gold entities as a perfect system would emit them.
var goodEntities = []ontology.Entity{
	ent("Russia", ontology.Country), ent("Ukraine", ontology.Country),
	ent("Volodymyr Zelenskyy", ontology.Person), ent("Sumy", ontology.Place),
}

func TestScoreEntities(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name           string
		sys            []ontology.Entity
		untyped, typed Counts
	}{
		{"perfect", goodEntities, Counts{TP: 4, Found: 4}, Counts{TP: 4, Found: 4}},
		{"alias of system matches gold name", []ontology.Entity{ent("Zelensky", ontology.Person, "Volodymyr Zelenskyy")},
			Counts{TP: 1, Found: 1, FN: 3}, Counts{TP: 1, Found: 1, FN: 3}},
		{"system name matches gold alias after normalisation", []ontology.Entity{ent("THE KREMLIN", ontology.Country)},
			Counts{TP: 1, Found: 1, FN: 3}, Counts{TP: 1, Found: 1, FN: 3}},
		{"same entity twice is one match and one FP", []ontology.Entity{ent("Russia", ontology.Country), ent("Moscow", ontology.Place)},
			Counts{TP: 1, FP: 1, Found: 1, FN: 3}, Counts{TP: 1, FP: 1, Found: 1, FN: 3}},
		{"wrong type counts untyped only", []ontology.Entity{ent("Sumy", ontology.Country)},
			Counts{TP: 1, Found: 1, FN: 3}, Counts{FP: 1, FN: 4}},
		{"typed matching picks the right-typed duplicate", []ontology.Entity{ent("Kyiv", ontology.Place), ent("Ukraine", ontology.Country)},
			Counts{TP: 1, FP: 1, Found: 1, FN: 3}, Counts{TP: 1, FP: 1, Found: 1, FN: 3}},
		{"unknown entity", []ontology.Entity{ent("Telegram", ontology.Organization)},
			Counts{FP: 1, FN: 4}, Counts{FP: 1, FN: 4}},
		{"literals are not entities", []ontology.Entity{ent("president", ontology.Literal)},
			Counts{FN: 4}, Counts{FN: 4}},
		{"one-to-one finds the maximum matching", []ontology.Entity{
			ent("Zelensky", ontology.Person, "Kyiv"), // could take Ukraine via its alias
			ent("Kyiv", ontology.Country)},
			Counts{TP: 2, Found: 2, FN: 2}, Counts{TP: 2, Found: 2, FN: 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(baseGold(), ontology.Extraction{Entities: tc.sys})
			if r.EntitiesUntyped != tc.untyped {
				t.Errorf("untyped = %+v, want %+v", r.EntitiesUntyped, tc.untyped)
			}
			if r.EntitiesTyped != tc.typed {
				t.Errorf("typed = %+v, want %+v", r.EntitiesTyped, tc.typed)
			}
		})
	}
}

func TestScoreTriples(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name         string
		sys          []ontology.Triple
		entities     []ontology.Entity // default goodEntities
		entitiesOnly bool
		want         Counts
		pred         map[ontology.Predicate]Counts // checked when set
	}{
		{"nothing found", nil, nil, false, Counts{FN: 4}, nil},
		{"exact match", []ontology.Triple{tr("Russia", ontology.Attacked, "Sumy")}, nil, false,
			Counts{TP: 1, Found: 1, FN: 3}, nil},
		{"via aliases", []ontology.Triple{tr("Moscow", ontology.Attacked, "sumy")}, nil, false,
			Counts{TP: 1, Found: 1, FN: 3}, nil},
		{"same fact twice counts once", []ontology.Triple{
			tr("Russia", ontology.Attacked, "Sumy"), tr("Moscow", ontology.Attacked, "Sumy"), tr("the Kremlin", ontology.Attacked, "Sumy")}, nil, false,
			Counts{TP: 1, Found: 1, FN: 3}, nil},
		{"wrong fact twice counts once", []ontology.Triple{
			tr("Russia", ontology.Attacked, "Ukraine"), tr("Moscow", ontology.Attacked, "Kyiv")}, nil, false,
			Counts{FP: 1, FN: 4}, nil},
		{"leader_of matches gold official_of", []ontology.Triple{tr("Zelensky", ontology.LeaderOf, "Ukraine")}, nil, false,
			Counts{TP: 1, Found: 1, FN: 3},
			map[ontology.Predicate]Counts{ontology.LeaderOf: {TP: 1}, ontology.OfficialOf: {Found: 1}}},
		{"official_of does not match gold leader_of the other way", []ontology.Triple{tr("Ukraine", ontology.OfficialOf, "Zelensky")}, nil, false,
			Counts{FP: 1, FN: 4}, nil},
		{"symmetric predicate either direction", []ontology.Triple{tr("Kyiv", ontology.MetWith, "Russia")}, nil, false,
			Counts{TP: 1, Found: 1, FN: 3}, nil},
		{"symmetric both directions is one fact", []ontology.Triple{tr("Ukraine", ontology.MetWith, "Russia"), tr("Russia", ontology.MetWith, "Ukraine")}, nil, false,
			Counts{TP: 1, Found: 1, FN: 3}, nil},
		{"asymmetric predicate needs its direction", []ontology.Triple{tr("Sumy", ontology.Attacked, "Russia")}, nil, false,
			Counts{FP: 1, FN: 4}, nil},
		{"role equal after normalisation", []ontology.Triple{tr("Zelenskyy", ontology.Role, "President")}, nil, false,
			Counts{TP: 1, Found: 1, FN: 3}, nil},
		{"role matches o_alts, variants are one fact", []ontology.Triple{
			tr("Zelenskyy", ontology.Role, "Ukrainian President"), tr("Zelenskyy", ontology.Role, "president")}, nil, false,
			Counts{TP: 1, Found: 1, FN: 3}, nil},
		{"wrong role", []ontology.Triple{tr("Zelenskyy", ontology.Role, "prime minister")}, nil, false,
			Counts{FP: 1, FN: 4}, nil},
		{"optional match left out of precision", []ontology.Triple{tr("Russia", ontology.CooperatedWith, "Ukraine")}, nil, false,
			Counts{FN: 4}, nil},
		{"unknown subject is a false positive", []ontology.Triple{tr("Telegram", ontology.Attacked, "Sumy")}, nil, false,
			Counts{FP: 1, FN: 4}, map[ontology.Predicate]Counts{ontology.Attacked: {FP: 1, FN: 1}}},
		{"unknown object is a false positive", []ontology.Triple{tr("Russia", ontology.Attacked, "Odesa")}, nil, false,
			Counts{FP: 1, FN: 4}, nil},
		{"predicates outside the ontology are not scored", []ontology.Triple{tr("Russia", "mentioned", "Sumy")}, nil, false,
			Counts{FN: 4}, nil},
		{"resolved through the system entity's aliases", []ontology.Triple{tr("Russian Federation", ontology.Attacked, "Sumy")},
			[]ontology.Entity{ent("Russian Federation", ontology.Country, "Russia")}, false,
			Counts{TP: 1, Found: 1, FN: 3}, nil},
		{"entities_only scores no triples", []ontology.Triple{tr("Russia", ontology.Attacked, "Ukraine")}, nil, true,
			Counts{}, nil},
		{"per predicate counts", []ontology.Triple{
			tr("Russia", ontology.Attacked, "Sumy"), tr("Russia", ontology.Attacked, "Ukraine"), tr("Russia", ontology.MetWith, "Ukraine")}, nil, false,
			Counts{TP: 2, FP: 1, Found: 2, FN: 2},
			map[ontology.Predicate]Counts{
				ontology.Attacked: {TP: 1, FP: 1, Found: 1}, ontology.MetWith: {TP: 1, Found: 1},
				ontology.OfficialOf: {FN: 1}, ontology.Role: {FN: 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := baseGold()
			g.EntitiesOnly = tc.entitiesOnly
			ents := tc.entities
			if ents == nil {
				ents = goodEntities
			}
			r := Score(g, ontology.Extraction{Entities: ents, Triples: tc.sys})
			if r.Triples != tc.want {
				t.Errorf("triples = %+v, want %+v", r.Triples, tc.want)
			}
			for p, want := range tc.pred {
				if got := r.Predicates[p]; got != want {
					t.Errorf("%s = %+v, want %+v", p, got, want)
				}
			}
		})
	}
}

func TestOptionalGoldNotRecall(t *testing.T) {
	t.Parallel()
	g := baseGold()
	r := Score(g, ontology.Extraction{})
	if r.Triples.FN != 4 { // 5 gold triples, 1 optional
		t.Fatalf("FN = %d, want 4", r.Triples.FN)
	}
	for _, e := range r.Errors {
		if e.Kind == TripleMiss && e.Predicate == ontology.CooperatedWith {
			t.Errorf("optional triple reported missed: %v", e)
		}
	}
}

func TestCountsAndAdd(t *testing.T) {
	t.Parallel()
	c := Counts{TP: 3, FP: 1, Found: 2, FN: 2}
	if c.Precision() != 0.75 || c.Recall() != 0.5 || c.F1() != 0.6 {
		t.Errorf("P/R/F1 = %v %v %v", c.Precision(), c.Recall(), c.F1())
	}
	if (Counts{}).F1() != 0 || (Counts{}).Precision() != 0 {
		t.Error("empty counts not zero")
	}
	a := Score(baseGold(), ontology.Extraction{Entities: goodEntities, Triples: []ontology.Triple{tr("Russia", ontology.Attacked, "Sumy")}})
	b := Score(baseGold(), ontology.Extraction{Triples: []ontology.Triple{tr("Russia", ontology.Attacked, "Ukraine")}})
	s := a.Add(b)
	if s.Articles != 2 || s.Triples != (Counts{TP: 1, FP: 1, Found: 1, FN: 7}) {
		t.Errorf("sum = %d articles, %+v", s.Articles, s.Triples)
	}
	if s.Predicates[ontology.Attacked] != (Counts{TP: 1, FP: 1, Found: 1, FN: 1}) {
		t.Errorf("attacked = %+v", s.Predicates[ontology.Attacked])
	}
	if len(s.Errors) != len(a.Errors)+len(b.Errors) {
		t.Errorf("errors not appended")
	}
	if a.Predicates[ontology.Attacked] != (Counts{TP: 1, Found: 1}) {
		t.Errorf("Add changed its receiver: %+v", a.Predicates[ontology.Attacked])
	}
}

func TestErrorsDescribe(t *testing.T) {
	t.Parallel()
	r := Score(baseGold(), ontology.Extraction{
		Entities: []ontology.Entity{ent("Russia", ontology.Country), ent("Moscow", ontology.Place), ent("Sumy", ontology.Country)},
		Triples:  []ontology.Triple{tr("Russia", ontology.Criticized, "Ukraine"), tr("Telegram", ontology.Attacked, "Sumy")},
	})
	want := map[ErrorKind]int{EntityFP: 1, EntityType: 1, EntityMiss: 2, TripleFP: 2, TripleMiss: 4}
	got := map[ErrorKind]int{}
	for _, e := range r.Errors {
		got[e.Kind]++
		if e.Description == "" || e.Article != "a" {
			t.Errorf("bad error %+v", e)
		}
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d errors, want %d (%v)", k, got[k], n, r.Errors)
		}
	}
}
