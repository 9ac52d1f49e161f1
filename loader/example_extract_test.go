package loader_test

import (
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/ontology"
)

func ExampleExtractor_Extract() {
	ex, err := loader.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := ex.Extract(context.Background(), ontology.Article{
		ID:   "example",
		Text: "Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda in Warsaw on Monday.",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range out.Triples {
		if t.Predicate == ontology.MetWith || t.Predicate == ontology.LeaderOf {
			line := fmt.Sprintf("%s %s %s", t.Subject, t.Predicate, t.Object)
			if t.CAMEO != "" {
				line += " (CAMEO " + t.CAMEO + ")"
			}
			fmt.Println(line)
		}
	}
	// Output:
	// Volodymyr Zelenskyy leader_of Ukraine
	// Andrzej Duda leader_of Poland
	// Volodymyr Zelenskyy met_with Andrzej Duda (CAMEO 04)
}
