package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/schema"
)

const queryDoc = `
Query runs one GraphQL operation against the store and prints the JSON
result ({"data": ..., "errors": [...]}) on stdout. The exit status is 1 when
the result has errors. Mutations run too, with no token (whoever can run
this can write the store file): deleteArticle removes an article; to add
articles use 'actorgraph load', since loadArticle needs the extractor that
only serve sets up.

QUERY is the query text, @FILE to read it from a file, or - for stdin.
--var sets a variable: the value is parsed as JSON when it is valid JSON
(numbers, true, lists, objects, "quoted strings"), else taken as a string.

While 'actorgraph serve' runs on the same Bolt store, the store is locked:
send the query to the server over HTTP instead.

Examples:

	actorgraph query '{ stats { articles entities triples } }'
	actorgraph query '{ actor(name: "Dmitry Medvedev") { name type aliases } }'
	actorgraph query --var from="Andriy Yermak" --var to="Dmitry Medvedev" \
	  'query($from: String!, $to: String!) { path(from: $from, to: $to, maxHops: 4) { actors { name } } }'
	actorgraph query @queries/roles.graphql`

func (s *state) query(args []string) error {
	c := s.newCommand("query", "query [--store URL] [--var NAME=VALUE]... [--operation NAME] QUERY|@FILE|-", queryDoc)
	storeURL := c.storeFlag()
	vars := c.list("var", "set the variable `NAME=VALUE` (repeatable)")
	op := c.String("operation", "", "run the operation with this `name` when QUERY holds several")
	if err := c.parse(args); err != nil {
		return err
	}
	if c.NArg() != 1 {
		return usagef("want one QUERY argument (text, @FILE or -), got %d", c.NArg())
	}
	text, err := s.queryText(c.Arg(0))
	if err != nil {
		return err
	}
	variables, err := parseVars(vars.values)
	if err != nil {
		return err
	}

	st, err := s.openStore(*storeURL, false, httpHint)
	if err != nil {
		return err
	}
	defer st.Close()
	sch, err := schema.New(schema.Config{Store: st, Logger: s.log})
	if err != nil {
		return err
	}
	res := sch.Do(s.ctx, text, variables, *op)
	enc := json.NewEncoder(s.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		return err
	}
	if len(res.Errors) > 0 {
		return errReported
	}
	return nil
}

// queryText reads the query from the argument, a file (@path) or stdin (-).
func (s *state) queryText(arg string) (string, error) {
	var b []byte
	var err error
	switch {
	case arg == "-":
		b, err = io.ReadAll(s.stdin)
	case strings.HasPrefix(arg, "@"):
		b, err = os.ReadFile(arg[1:])
	default:
		return arg, nil
	}
	if err != nil {
		return "", fmt.Errorf("read query: %w", err)
	}
	return string(b), nil
}

// parseVars turns NAME=VALUE pairs into GraphQL variables.
func parseVars(pairs []string) (map[string]any, error) {
	vars := make(map[string]any, len(pairs))
	for _, p := range pairs {
		name, value, ok := strings.Cut(p, "=")
		if !ok || name == "" {
			return nil, usagef("--var %q: want NAME=VALUE", p)
		}
		var v any
		if err := json.Unmarshal([]byte(value), &v); err != nil {
			v = value
		}
		vars[name] = v
	}
	return vars, nil
}
