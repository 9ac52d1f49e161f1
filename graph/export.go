package graph

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// ErrFormat: WriteSubgraph was asked for a format it does not know.
var ErrFormat = errors.New("graph: unknown export format")

// ExportFormats lists the formats WriteSubgraph writes.
var ExportFormats = []string{"json", "graphml", "dot", "nquads"}

// WriteSubgraph writes g to w as "json" (Cytoscape.js elements), "graphml"
// (for Gephi), "dot" (Graphviz) or "nquads" (the actors' name and type and
// the direct relation edges, in the store's own vocabulary). Relations to
// literals (roles) are not edges and are left out.
func WriteSubgraph(w io.Writer, g Subgraph, format string) error {
	var err error
	switch format {
	case "json":
		err = writeCytoscape(w, g)
	case "graphml":
		err = writeGraphML(w, g)
	case "dot":
		err = writeDOT(w, g)
	case "nquads":
		err = writeNQuads(w, g)
	default:
		return fmt.Errorf("%w %q (want one of %s)", ErrFormat, format, strings.Join(ExportFormats, ", "))
	}
	if err != nil {
		return fmt.Errorf("graph: write subgraph as %s: %w", format, err)
	}
	return nil
}

// edges are g's relations between actors.
func edges(g Subgraph) []Relation {
	var out []Relation
	for _, r := range g.Relations {
		if !r.Literal {
			out = append(out, r)
		}
	}
	return out
}

type cyNode struct {
	Data struct {
		ID    string `json:"id"`
		Label string `json:"label"`
		Type  string `json:"type"`
	} `json:"data"`
}

type cyEdge struct {
	Data struct {
		ID         string  `json:"id"`
		Source     string  `json:"source"`
		Target     string  `json:"target"`
		Label      string  `json:"label"`
		CAMEO      string  `json:"cameo,omitempty"`
		Confidence float64 `json:"confidence"`
		Articles   int     `json:"articles"`
	} `json:"data"`
}

func writeCytoscape(w io.Writer, g Subgraph) error {
	var doc struct {
		Elements struct {
			Nodes []cyNode `json:"nodes"`
			Edges []cyEdge `json:"edges"`
		} `json:"elements"`
	}
	doc.Elements.Nodes, doc.Elements.Edges = []cyNode{}, []cyEdge{}
	for _, a := range g.Actors {
		var n cyNode
		n.Data.ID, n.Data.Label, n.Data.Type = a.ID, a.Name, string(a.Type)
		doc.Elements.Nodes = append(doc.Elements.Nodes, n)
	}
	for _, r := range edges(g) {
		var e cyEdge
		d := &e.Data
		d.ID, d.Source, d.Target, d.Label = r.ID, r.Subject, r.Object, string(r.Predicate)
		d.CAMEO, d.Confidence, d.Articles = r.CAMEO, r.Confidence, r.ArticleCount()
		doc.Elements.Edges = append(doc.Elements.Edges, e)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// GraphML as Gephi reads it: every data key declared up front.
type gmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []gmlKey `xml:"key"`
	Graph   gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func writeGraphML(w io.Writer, g Subgraph) error {
	doc := gmlDoc{
		Keys: []gmlKey{
			{"label", "node", "label", "string"},
			{"type", "node", "type", "string"},
			{"predicate", "edge", "label", "string"},
			{"cameo", "edge", "cameo", "string"},
			{"confidence", "edge", "confidence", "double"},
			{"articles", "edge", "articles", "int"},
		},
		Graph: gmlGraph{ID: "actorgraph", EdgeDefault: "directed"},
	}
	for _, a := range g.Actors {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gmlNode{ID: a.ID, Data: []gmlData{{"label", a.Name}, {"type", string(a.Type)}}})
	}
	for _, r := range edges(g) {
		doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{ID: r.ID, Source: r.Subject, Target: r.Object, Data: []gmlData{
			{"predicate", string(r.Predicate)}, {"cameo", r.CAMEO},
			{"confidence", strconv.FormatFloat(r.Confidence, 'g', -1, 64)}, {"articles", strconv.Itoa(r.ArticleCount())},
		}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// dotQuote quotes s as a Graphviz ID.
func dotQuote(s string) string {
	s = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
	return `"` + s + `"`
}

func writeDOT(w io.Writer, g Subgraph) error {
	var b strings.Builder
	b.WriteString("digraph actorgraph {\n")
	for _, a := range g.Actors {
		fmt.Fprintf(&b, "  %s [label=%s, type=%s];\n", dotQuote(a.ID), dotQuote(a.Name), dotQuote(string(a.Type)))
	}
	for _, r := range edges(g) {
		extra := ""
		if r.Predicate.Symmetric() {
			extra = ", dir=none"
		}
		fmt.Fprintf(&b, "  %s -> %s [label=%s, cameo=%s, confidence=%s%s];\n", dotQuote(r.Subject), dotQuote(r.Object),
			dotQuote(string(r.Predicate)), dotQuote(r.CAMEO), strconv.FormatFloat(r.Confidence, 'g', -1, 64), extra)
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeNQuads(w io.Writer, g Subgraph) error {
	qw := nquads.NewWriter(w)
	for _, a := range g.Actors {
		node := actorIRI(a.ID)
		if err := qw.WriteQuad(quad.Quad{Subject: node, Predicate: pName, Object: quad.String(a.Name)}); err != nil {
			return err
		}
		if err := qw.WriteQuad(quad.Quad{Subject: node, Predicate: pType, Object: quad.String(string(a.Type))}); err != nil {
			return err
		}
	}
	for _, r := range edges(g) {
		if err := qw.WriteQuad(quad.Quad{Subject: actorIRI(r.Subject), Predicate: predIRI(r.Predicate), Object: actorIRI(r.Object)}); err != nil {
			return err
		}
	}
	return qw.Close()
}
