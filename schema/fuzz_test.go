package schema

import (
	"context"
	"testing"
)

// FuzzExec feeds arbitrary documents and variables to Do: it must never
// panic, and must always answer data or errors, every error with a code.
func FuzzExec(f *testing.F) {
	for _, seed := range []string{
		`{ stats { articles } }`,
		`{ actor(name:"Russia") { name roles { title } relations(first: 2) { edges { cursor node { predicate object { name } } } } } }`,
		`query($n: Int) { actors(first: $n, search: "r") { nodes { name } } }`,
		`{ path(from:"Andriy Yermak", to:"Dmitry Medvedev") { length } }`,
		`{ subgraph(seeds:["Turkey"]) { export(format: DOT) } }`,
		`mutation { deleteArticle(id:"seed-sumy") }`,
		`fragment A on Query { ...A } { ...A }`,
		`{ a: actors { totalCount } a: stats { articles } }`,
		"{ \xff }",
		`{`,
	} {
		f.Add(seed, `3`)
	}
	s, err := New(Config{Store: openStore(f, "memory", fixture()...), Extractor: seedExtractor{}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, query, n string) {
		vars := map[string]any{"n": n}
		res := s.Do(context.Background(), query, vars, "")
		if res == nil {
			t.Fatal("nil result")
		}
		if res.Data == nil && len(res.Errors) == 0 {
			t.Fatalf("neither data nor errors for %q", query)
		}
		for _, e := range res.Errors {
			if code, _ := e.Extensions["code"].(string); code == "" {
				t.Fatalf("error without code for %q: %v", query, e)
			}
		}
	})
}
