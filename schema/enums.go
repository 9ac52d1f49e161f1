package schema

import (
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
	"github.com/graphql-go/graphql"
)

func newEntityTypeEnum() *graphql.Enum {
	values := graphql.EnumValueConfigMap{}
	for _, t := range ontology.EntityTypes() {
		values[string(t)] = &graphql.EnumValueConfig{Value: t, Description: t.Description()}
	}
	return graphql.NewEnum(graphql.EnumConfig{Name: "EntityType", Values: values,
		Description: "The kind of actor, as the ontology defines it."})
}

func newPredicateEnum() *graphql.Enum {
	values := graphql.EnumValueConfigMap{}
	for _, p := range ontology.Predicates() {
		d := p.Description
		if p.Interaction {
			d += " (interaction, CAMEO " + p.CAMEO + " " + p.CAMEOName
			if p.Symmetric {
				d += ", symmetric"
			}
			d += ")"
		} else {
			d += " (static relation)"
		}
		values[string(p.Name)] = &graphql.EnumValueConfig{Value: p.Name, Description: d}
	}
	return graphql.NewEnum(graphql.EnumConfig{Name: "Predicate", Values: values,
		Description: "The kind of relation between two actors (or an actor and a title, for role)."})
}

func newDirectionEnum() *graphql.Enum {
	return graphql.NewEnum(graphql.EnumConfig{Name: "Direction", Description: "Which relations of an actor to list.",
		Values: graphql.EnumValueConfigMap{
			"OUTGOING": {Value: graph.Outgoing, Description: "Relations where the actor is the subject."},
			"INCOMING": {Value: graph.Incoming, Description: "Relations where the actor is the object."},
			"BOTH":     {Value: graph.Both, Description: "Relations in either direction."},
		}})
}

func newFormatEnum() *graphql.Enum {
	return graphql.NewEnum(graphql.EnumConfig{Name: "ExportFormat", Description: "File formats a subgraph can be exported to.",
		Values: graphql.EnumValueConfigMap{
			"JSON":    {Value: "json", Description: "Cytoscape.js elements JSON."},
			"GRAPHML": {Value: "graphml", Description: "GraphML, for Gephi, yEd and NetworkX."},
			"DOT":     {Value: "dot", Description: "Graphviz DOT."},
			"NQUADS":  {Value: "nquads", Description: "RDF N-Quads."},
		}})
}

// predicatesArg reads a [Predicate!] argument (and a single predicate
// argument, when the field has one).
func predicatesArg(args map[string]any, names ...string) []ontology.Predicate {
	var out []ontology.Predicate
	for _, name := range names {
		switch v := args[name].(type) {
		case ontology.Predicate:
			out = append(out, v)
		case []any:
			for _, x := range v {
				if p, ok := x.(ontology.Predicate); ok {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

func stringsArg(args map[string]any, name string) []string {
	var out []string
	if v, ok := args[name].([]any); ok {
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// timeArg reads a date argument: "2006-01-02" or RFC 3339. A bare date as
// an upper bound means the end of that day.
func timeArg(args map[string]any, name string, upper bool) (time.Time, error) {
	s, _ := args[name].(string)
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, newError(CodeBadUserInput, "schema: %s: %q is not a date (want 2006-01-02 or RFC 3339)", name, s)
	}
	if upper {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t, nil
}

// dateValue renders a time for output; null when unknown.
func dateValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

func floatArg(args map[string]any, name string) float64 {
	switch v := args[name].(type) {
	case float64:
		return v
	case int:
		return float64(v)
	}
	return 0
}

func intArg(args map[string]any, name string, def int) int {
	if v, ok := args[name].(int); ok {
		return v
	}
	return def
}
