package schema_test

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
	"github.com/actorgraph/actorgraph/schema"
)

func Example() {
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:")
	if err != nil {
		panic(err)
	}
	defer st.Close()
	sentence := "Dmitry Medvedev, deputy chairman of Russia's Security Council, threatened Ukraine."
	_, err = st.LoadArticle(ctx, ontology.Extraction{
		Article: ontology.Article{ID: "a1", Published: time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC), Text: sentence},
		Entities: []ontology.Entity{
			{Name: "Dmitry Medvedev", Type: ontology.Person, Aliases: []string{"Medvedev"}},
			{Name: "Security Council of Russia", Type: ontology.Organization},
			{Name: "Ukraine", Type: ontology.Country},
		},
		Triples: []ontology.Triple{
			{Article: "a1", Subject: "Dmitry Medvedev", SubjectType: ontology.Person, Predicate: ontology.Role, Object: "deputy chairman", ObjectType: ontology.Literal, Confidence: 0.9, Evidence: sentence},
			{Article: "a1", Subject: "Dmitry Medvedev", SubjectType: ontology.Person, Predicate: ontology.OfficialOf, Object: "Security Council of Russia", ObjectType: ontology.Organization, Confidence: 0.9, Evidence: sentence},
		},
	})
	if err != nil {
		panic(err)
	}
	s, err := schema.New(schema.Config{Store: st})
	if err != nil {
		panic(err)
	}
	// s.Handler() serves the same schema over HTTP.
	res := s.Do(ctx, `{ actor(name: "medvedev") { name roles { title organization { name } } } }`, nil, "")
	out, _ := json.Marshal(res.Data)
	fmt.Println(string(out))
	// Output:
	// {"actor":{"name":"Dmitry Medvedev","roles":[{"organization":{"name":"Security Council of Russia"},"title":"deputy chairman"}]}}
}
