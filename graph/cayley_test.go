package graph

import (
	"context"
	"testing"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/ontology"
)

// The layout works for Cayley's own queries (what a Gizmo user would
// write): direct edges between actor IRIs, one quad per article (so
// Unique), and evidence reachable from the relation node.
func TestCayleyTraversal(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		handBuilt(t, s)
		ctx := context.Background()
		values := func(p *path.Path) []quad.Value {
			var out []quad.Value
			err := p.Iterate(ctx).EachValue(s.qs, func(v quad.Value) error {
				out = append(out, v)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			return out
		}
		from := actorIRI("country/borduria")
		if got := values(path.StartPath(s.qs, from).Out(predIRI(ontology.Attacked))); len(got) != 2 {
			t.Errorf("without Unique: %v, want the edge once per article (2)", got)
		}
		got := values(path.StartPath(s.qs, from).Out(predIRI(ontology.Attacked)).Unique())
		if len(got) != 1 || got[0] != actorIRI("country/carpathia") {
			t.Errorf("Borduria attacked: %v, want Carpathia", got)
		}
		rid := relationID("country/borduria", ontology.Attacked, "country/carpathia", false)
		evs := values(path.StartPath(s.qs, relIRI(rid)).Out(pEvidence).Unique())
		if len(evs) != 2 {
			t.Errorf("evidence nodes: %v, want one per article (2)", evs)
		}
		arts := values(path.StartPath(s.qs, relIRI(rid)).Out(pEvidence).Out(pArticle).Unique())
		if len(arts) != 2 {
			t.Errorf("evidence articles: %v, want g1 and g2", arts)
		}
		// Two hops out of Avalon, either direction, as Paths walks.
		preds := []any{predIRI(ontology.MetWith), predIRI(ontology.Attacked)}
		two := values(path.StartPath(s.qs, actorIRI("country/avalon")).Both(preds...).Unique().Both(preds...).Unique())
		if len(two) != 2 { // back to Avalon, and Carpathia
			t.Errorf("two hops: %v", two)
		}
	})
}
