package main

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExport(t *testing.T) {
	url := demoStore(t)
	seeds := []string{"--seed", "Volodymyr Zelenskyy", "--seed", "Russia", "--depth", "2"}
	for _, tc := range []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"json", func(t *testing.T, out string) {
			var v struct {
				Elements struct {
					Nodes []struct {
						Data map[string]any `json:"data"`
					} `json:"nodes"`
					Edges []struct {
						Data map[string]any `json:"data"`
					} `json:"edges"`
				} `json:"elements"`
			}
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if len(v.Elements.Nodes) < 2 || len(v.Elements.Edges) == 0 {
				t.Errorf("Cytoscape elements: %d nodes, %d edges", len(v.Elements.Nodes), len(v.Elements.Edges))
			}
		}},
		{"graphml", func(t *testing.T, out string) {
			dec := xml.NewDecoder(strings.NewReader(out))
			var nodes, edges int
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("not XML: %v", err)
				}
				if se, ok := tok.(xml.StartElement); ok {
					switch se.Name.Local {
					case "node":
						nodes++
					case "edge":
						edges++
					}
				}
			}
			if nodes < 2 || edges == 0 {
				t.Errorf("GraphML: %d nodes, %d edges", nodes, edges)
			}
		}},
		{"dot", func(t *testing.T, out string) {
			if !strings.Contains(out, "digraph") || !strings.Contains(out, "->") || !strings.HasSuffix(strings.TrimSpace(out), "}") {
				t.Errorf("not a Graphviz digraph:\n%s", clip(out))
			}
		}},
		{"nquads", func(t *testing.T, out string) {
			sc := bufio.NewScanner(strings.NewReader(out))
			sc.Buffer(nil, 1<<20)
			n := 0
			for sc.Scan() {
				line := strings.TrimSpace(sc.Text())
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				n++
				if !strings.HasSuffix(line, " .") || len(strings.Fields(line)) < 4 {
					t.Fatalf("not an N-Quads line: %q", line)
				}
			}
			if n == 0 {
				t.Error("no quads")
			}
		}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			r := agRun(t, append([]string{"export", "--store", url, "--format", tc.format}, seeds...)...)
			if r.code != 0 {
				t.Fatalf("%v", r)
			}
			tc.check(t, r.stdout)
		})
	}

	t.Run("to a file", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "g.dot")
		r := agRun(t, append([]string{"export", "--store", url, "--format", "dot", "-o", out}, seeds...)...)
		b, err := os.ReadFile(out)
		if r.code != 0 || err != nil || !strings.Contains(string(b), "digraph") || r.stdout != "" {
			t.Errorf("export -o: %v %v", err, r)
		}
	})
	t.Run("unknown seed", func(t *testing.T) {
		r := agRun(t, "export", "--store", url, "--seed", "Nobody In Particular")
		if r.code != 1 || !strings.Contains(r.stderr, "Nobody In Particular") {
			t.Errorf("want exit 1 naming the seed, got\n%v", r)
		}
	})
}
