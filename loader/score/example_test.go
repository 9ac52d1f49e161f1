package score_test

import (
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/loader/score"
	"github.com/actorgraph/actorgraph/ontology"
)

func ExampleScore() {
	g, err := score.ReadGold("testdata/mini.gold.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	sys := ontology.Extraction{
		Entities: []ontology.Entity{
			{Name: "Russia", Type: ontology.Country},
			{Name: "Moscow", Type: ontology.Place}, // Russia again: a false positive
			{Name: "Sumy", Type: ontology.Place},
		},
		Triples: []ontology.Triple{
			{Subject: "Moscow", Predicate: ontology.Attacked, Object: "Sumy"},
			{Subject: "Russia", Predicate: ontology.Attacked, Object: "Sumy"}, // same fact
		},
	}
	r := score.Score(g, sys)
	if err := score.FormatTable(os.Stdout, "mini", r); err != nil {
		fmt.Println(err)
	}
	for _, e := range r.Errors {
		fmt.Println(e)
	}
	// Output:
	// mini (1 articles)
	//                         sys  gold  tp  found  fp  fn      P      R     F1
	//   entities untyped        3     3   2      2   1   1  0.667  0.667  0.667
	//   entities typed          3     3   2      2   1   1  0.667  0.667  0.667
	//   triples                 1     2   1      1   0   1  1.000  0.500  0.667
	//     role                  0     1   0      0   0   1  0.000  0.000  0.000
	//     attacked              1     1   1      1   0   0  1.000  1.000  1.000
	// mini	entity-fp	"Moscow" (Place) duplicates gold "Russia", already matched
	// mini	entity-miss	"Dmitry Medvedev" (Person) not found (aliases: Medvedev)
	// mini	triple-miss	Dmitry Medvedev role "deputy chairman" not found
}
