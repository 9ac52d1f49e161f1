package graph_test

import (
	"context"
	"fmt"
	"log"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
)

// Load one article's extraction into a memory store, then ask how two
// officials are connected.
func Example() {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	triple := func(s string, st ontology.EntityType, p ontology.Predicate, o string, ot ontology.EntityType) ontology.Triple {
		return ontology.Triple{Subject: s, SubjectType: st, Predicate: p, Object: o, ObjectType: ot, Confidence: 0.9, Evidence: s + " " + string(p) + " " + o}
	}
	ex := ontology.Extraction{
		Article: ontology.Article{ID: "seed-sumy", Title: "Sumy"},
		Entities: []ontology.Entity{
			{Name: "Andriy Yermak", Type: ontology.Person, Aliases: []string{"Yermak"}},
			{Name: "Volodymyr Zelenskyy", Type: ontology.Person, Aliases: []string{"Zelensky"}},
		},
		Triples: []ontology.Triple{
			triple("Andriy Yermak", ontology.Person, ontology.WorksFor, "Volodymyr Zelenskyy", ontology.Person),
			triple("Volodymyr Zelenskyy", ontology.Person, ontology.LeaderOf, "Ukraine", ontology.Country),
			triple("Russia", ontology.Country, ontology.Attacked, "Ukraine", ontology.Country),
			triple("Dmitry Medvedev", ontology.Person, ontology.OfficialOf, "Security Council of Russia", ontology.Organization),
			triple("Security Council of Russia", ontology.Organization, ontology.PartOf, "Russia", ontology.Country),
		},
	}
	if _, err := s.LoadArticle(ctx, ex); err != nil {
		log.Fatal(err)
	}
	paths, err := s.Paths(ctx, "Yermak", "Dmitry Medvedev", 6, 1, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range paths {
		fmt.Println(p.Actors[0].Name)
		for i, st := range p.Steps {
			arrow := "->"
			if st.Reverse {
				arrow = "<-"
			}
			fmt.Printf("  %s %s %s\n", arrow, st.Relation.Predicate, p.Actors[i+1].ID)
		}
	}
	// Output:
	// Andriy Yermak
	//   -> works_for person/volodymyr-zelenskyy
	//   -> leader_of country/ukraine
	//   <- attacked country/russia
	//   <- part_of organization/security-council-of-russia
	//   <- official_of person/dmitry-medvedev
}
