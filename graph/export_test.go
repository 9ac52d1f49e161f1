package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"github.com/actorgraph/actorgraph/ontology"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func exportGraph(t *testing.T) Subgraph {
	t.Helper()
	s := openStore(t, "memory:")
	handBuilt(t, s)
	mustLoad(t, s, article("g3", "2025-04-01").ent(`The "Quoted" <Org> & Co`, org).ent("Avalon", cty).
		rel(`The "Quoted" <Org> & Co`, org, ontology.Criticized, "Avalon", cty, 0.75))
	g, err := s.Subgraph(context.Background(), SubgraphQuery{Seeds: []string{"Avalon", "Freedonia"}, Depth: 3})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestWriteSubgraphGolden(t *testing.T) {
	t.Parallel()
	g := exportGraph(t)
	for _, format := range ExportFormats {
		var buf bytes.Buffer
		if err := WriteSubgraph(&buf, g, format); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		golden := filepath.Join("testdata", "subgraph."+format)
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs from %s:\n%s", format, golden, buf.String())
		}
	}
	if err := WriteSubgraph(&bytes.Buffer{}, g, "svg"); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format: %v, want ErrFormat", err)
	}
}

func TestWriteSubgraphParses(t *testing.T) {
	t.Parallel()
	g := exportGraph(t)
	write := func(format string) []byte {
		var buf bytes.Buffer
		if err := WriteSubgraph(&buf, g, format); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}

	var gml gmlDoc
	if err := xml.Unmarshal(write("graphml"), &gml); err != nil {
		t.Fatalf("graphml does not parse: %v", err)
	}
	declared := map[string]string{}
	for _, k := range gml.Keys {
		declared[k.ID] = k.For
	}
	nodes := map[string]bool{}
	for _, n := range gml.Graph.Nodes {
		nodes[n.ID] = true
		for _, d := range n.Data {
			if declared[d.Key] != "node" {
				t.Errorf("node data key %q not declared for nodes", d.Key)
			}
		}
	}
	for _, e := range gml.Graph.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s joins unknown nodes %s, %s", e.ID, e.Source, e.Target)
		}
		for _, d := range e.Data {
			if declared[d.Key] != "edge" {
				t.Errorf("edge data key %q not declared for edges", d.Key)
			}
		}
	}
	if len(gml.Graph.Nodes) != len(g.Actors) || len(gml.Graph.Edges) != len(g.Relations) {
		t.Errorf("graphml has %d nodes, %d edges; want %d, %d", len(gml.Graph.Nodes), len(gml.Graph.Edges), len(g.Actors), len(g.Relations))
	}

	dot := string(write("dot"))
	for _, r := range g.Relations {
		if !strings.Contains(dot, dotQuote(r.Subject)+" -> "+dotQuote(r.Object)) {
			t.Errorf("dot lacks edge %s -> %s", r.Subject, r.Object)
		}
	}

	var cy struct {
		Elements struct {
			Nodes []cyNode `json:"nodes"`
			Edges []cyEdge `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(write("json"), &cy); err != nil {
		t.Fatal(err)
	}
	if len(cy.Elements.Nodes) != len(g.Actors) || len(cy.Elements.Edges) != len(g.Relations) {
		t.Errorf("cytoscape json has %d nodes, %d edges", len(cy.Elements.Nodes), len(cy.Elements.Edges))
	}

	r := nquads.NewReader(bytes.NewReader(write("nquads")), false)
	n := 0
	for {
		if _, err := r.ReadQuad(); err != nil {
			break
		}
		n++
	}
	if want := 2*len(g.Actors) + len(g.Relations); n != want {
		t.Errorf("nquads has %d quads, want %d", n, want)
	}
}
