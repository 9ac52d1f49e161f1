package main

import (
	"encoding/json"
	"fmt"
)

const statsDoc = `
Stats prints what the store holds: articles, entities (actors), relations
(distinct subject-predicate-object facts) and triples (facts counted once
per article that states them). --json prints the same as a JSON object.`

func (s *state) stats(args []string) error {
	c := s.newCommand("stats", "stats [--store URL] [--json]", statsDoc)
	storeURL := c.storeFlag()
	asJSON := c.Bool("json", false, "print a JSON object")
	if err := c.parse(args); err != nil {
		return err
	}
	if c.NArg() > 0 {
		return usagef("unexpected arguments %q", c.Args())
	}
	st, err := s.openStore(*storeURL, false, httpHint)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.Stats(s.ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(s.stdout).Encode(map[string]int{
			"articles": n.Articles, "entities": n.Entities, "relations": n.Relations, "triples": n.Triples,
		})
	}
	_, err = fmt.Fprintf(s.stdout, "articles\t%d\nentities\t%d\nrelations\t%d\ntriples\t\t%d\n",
		n.Articles, n.Entities, n.Relations, n.Triples)
	return err
}
