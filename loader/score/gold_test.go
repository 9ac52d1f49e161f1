package score

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

func TestReadGold(t *testing.T) {
	t.Parallel()
	g, err := ReadGold("testdata/mini.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if g.Article != "mini" || len(g.Entities) != 3 || len(g.Triples) != 3 {
		t.Fatalf("read %+v", g)
	}
	if tr := g.Triples[1]; tr.P != ontology.Role || len(tr.OAlts) != 1 || !g.Triples[2].Optional {
		t.Errorf("triple fields lost: %+v", g.Triples)
	}
	if _, err := ReadGold("testdata/missing.gold.json"); err == nil {
		t.Error("missing file gave no error")
	}
}

func TestParseGoldRejects(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, in string }{
		{"empty", ``},
		{"not json", `{"article": "a",`},
		{"array", `[]`},
		{"trailing data", `{"article":"a"} {}`},
		{"no article", `{"entities":[]}`},
		{"bad type", `{"article":"a","entities":[{"name":"X","type":"Thing"}]}`},
		{"no name", `{"article":"a","entities":[{"name":" ","type":"Person"}]}`},
		{"bad predicate", `{"article":"a","entities":[{"name":"X","type":"Person"}],"triples":[{"s":"X","p":"likes","o":"X"}]}`},
		{"unknown subject", `{"article":"a","entities":[{"name":"X","type":"Person"}],"triples":[{"s":"Y","p":"met_with","o":"X"}]}`},
		{"unknown object", `{"article":"a","entities":[{"name":"X","type":"Person"}],"triples":[{"s":"X","p":"met_with","o":"Y"}]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ParseGold([]byte(tc.in)); !errors.Is(err, ErrGold) {
				t.Errorf("err = %v, want ErrGold", err)
			}
		})
	}
}

// TestCorpusGold checks that every gold file of the shared corpus reads,
// when the corpus is present next to the repository.
func TestCorpusGold(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../../shared/corpus/*/*.gold.json")
	if len(files) == 0 {
		t.Skip("shared corpus not present")
	}
	for _, f := range files {
		if _, err := ReadGold(f); err != nil {
			t.Error(err)
		}
	}
}

func FuzzParseGold(f *testing.F) {
	b, err := os.ReadFile("testdata/mini.gold.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"article":"a","entities_only":true,"triples":[{"s":"","p":"role"}]}`))
	f.Add([]byte(`{"article":"a","entities":[{"name":"X","type":"Person","aliases":null}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := ParseGold(b)
		if err != nil {
			if !errors.Is(err, ErrGold) {
				t.Fatalf("error not ErrGold: %v", err)
			}
			return
		}
		// A valid gold scores against itself without panicking.
		sys := ontology.Extraction{}
		for _, e := range g.Entities {
			sys.Entities = append(sys.Entities, ontology.Entity{Name: e.Name, Type: e.Type, Aliases: e.Aliases})
		}
		for _, tr := range g.Triples {
			sys.Triples = append(sys.Triples, ontology.Triple{Subject: tr.S, Predicate: tr.P, Object: tr.O})
		}
		r := Score(g, sys)
		if r.Triples.FN != 0 && !g.EntitiesOnly {
			// Every required gold triple is found by itself, unless two
			// entities share a normalised name; then it may resolve to either.
			t.Logf("self-score misses %d triples", r.Triples.FN)
		}
	})
}
