package schema

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
)

func TestRolesPairing(t *testing.T) {
	ev := func(sentence int) []graph.Evidence { return []graph.Evidence{{Article: "a", Sentence: sentence}} }
	rel := func(id string, p ontology.Predicate, obj string, sentence int) graph.Relation {
		return graph.Relation{ID: id, Subject: "p", Predicate: p, Object: obj, Literal: p == ontology.Role, Evidence: ev(sentence)}
	}
	type pair struct{ title, org string }
	for _, tc := range []struct {
		name string
		rels []graph.Relation
		want []pair
	}{
		{"title and office in one sentence", []graph.Relation{rel("1", ontology.Role, "deputy chairman", 0), rel("2", ontology.OfficialOf, "council", 0)}, []pair{{"deputy chairman", "council"}}},
		{"two titles, two offices, one sentence", []graph.Relation{
			rel("1", ontology.Role, "president", 0), rel("2", ontology.Role, "chairman", 0),
			rel("3", ontology.LeaderOf, "comoros", 0), rel("4", ontology.LeaderOf, "african-union", 0),
		}, []pair{{"president", "comoros"}, {"chairman", "african-union"}}},
		{"the only office, other sentence", []graph.Relation{rel("1", ontology.Role, "minister", 0), rel("2", ontology.OfficialOf, "ministry", 3)}, []pair{{"minister", "ministry"}}},
		{"title without office", []graph.Relation{rel("1", ontology.Role, "chief of staff", 0)}, []pair{{"chief of staff", ""}}},
		{"office without title", []graph.Relation{rel("1", ontology.LeaderOf, "turkey", 0)}, []pair{{"leader", "turkey"}}},
		{"nothing", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []pair
			for _, r := range roles("p", tc.rels) {
				got = append(got, pair{r.title, r.orgID})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
