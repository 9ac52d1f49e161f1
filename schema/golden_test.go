package schema

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/queries")

// TestGolden runs each testdata/queries/*.graphql on the fixture store and
// compares the JSON result with the .json file beside it.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/queries/*.graphql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden queries: %v", err)
	}
	s, err := New(Config{Store: openStore(t, "memory", fixture()...)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			q, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(s.Do(context.Background(), string(q), nil, ""), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".graphql") + ".json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("result differs from %s (run with -update after checking):\n%s", golden, got)
			}
		})
	}
}
