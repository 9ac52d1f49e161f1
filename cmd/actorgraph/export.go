package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/graph"
)

const exportDoc = `
Export writes the subgraph around one or more seed actors: the seeds,
every actor within --depth relations of them (at most --limit actors) and
the relations among those actors, with their evidence.

Formats:
	json     Cytoscape.js elements ({"elements":{"nodes":[...],"edges":[...]}})
	graphml  GraphML, for Gephi, yEd or NetworkX
	dot      Graphviz (dot -Tsvg)
	nquads   N-Quads, one quad a line

Seeds are actor ids or names (canonical names and aliases both work).

Examples:

	actorgraph export --seed "Volodymyr Zelenskyy" --depth 2 --format graphml -o zelenskyy.graphml
	actorgraph export --seed Russia --seed Ukraine --format dot | dot -Tsvg > war.svg`

func (s *state) export(args []string) error {
	c := s.newCommand("export", "export [--store URL] --seed NAME... [--depth N] [--limit N] [--format F] [-o FILE]", exportDoc)
	storeURL := c.storeFlag()
	seeds := c.list("seed", "start from the actor with this `name` or id (repeatable)")
	depth := c.Int("depth", 1, "follow relations up to `N` hops from the seeds")
	limit := c.Int("limit", 200, "keep at most `N` actors")
	format := c.String("format", "json", "output `format`: json, graphml, dot or nquads")
	var out string
	c.StringVar(&out, "output", "", "write to `FILE` instead of stdout")
	c.StringVar(&out, "o", "", "short for --output")
	if err := c.parse(args); err != nil {
		return err
	}
	if c.NArg() > 0 {
		return usagef("unexpected arguments %q (seeds are given with --seed)", c.Args())
	}
	if len(seeds.values) == 0 {
		return usagef("no --seed given")
	}
	switch *format {
	case "json", "graphml", "dot", "nquads":
	default:
		return usagef("unknown --format %q: want json, graphml, dot or nquads", *format)
	}

	st, err := s.openStore(*storeURL, false, "Export through the server instead: { subgraph(seeds: [...]) { export(format: \"graphml\") } }, or stop the server first.")
	if err != nil {
		return err
	}
	defer st.Close()

	q := graph.SubgraphQuery{Depth: *depth, Limit: *limit}
	for _, name := range seeds.values {
		a, err := st.Resolve(s.ctx, name)
		if errors.Is(err, graph.ErrNotFound) {
			return fmt.Errorf("seed %q: no actor with that name or id in %s", name, *storeURL)
		}
		if err != nil {
			return fmt.Errorf("seed %q: %w", name, err)
		}
		q.Seeds = append(q.Seeds, a.ID)
	}
	g, err := st.Subgraph(s.ctx, q)
	if err != nil {
		return err
	}
	if g.Truncated {
		s.log.Warn("subgraph cut at --limit actors", "limit", *limit)
	}
	s.log.Info("exporting", "actors", len(g.Actors), "relations", len(g.Relations), "format", *format)

	if out == "" {
		return writeBuffered(s.stdout, g, *format)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	err = writeBuffered(f, g, *format)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// A cut-off export would open as a smaller graph, not as an error.
		os.Remove(out)
		return err
	}
	return nil
}

func writeBuffered(w io.Writer, g graph.Subgraph, format string) error {
	bw := bufio.NewWriter(w)
	if err := graph.WriteSubgraph(bw, g, format); err != nil {
		return err
	}
	return bw.Flush()
}
