package main

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseVars(t *testing.T) {
	for _, tc := range []struct {
		name  string
		pairs []string
		want  map[string]any
		bad   bool
	}{
		{"string", []string{"n=Andriy Yermak"}, map[string]any{"n": "Andriy Yermak"}, false},
		{"number", []string{"hops=4"}, map[string]any{"hops": 4.0}, false},
		{"json list", []string{`seeds=["Russia","Ukraine"]`}, map[string]any{"seeds": []any{"Russia", "Ukraine"}}, false},
		{"quoted number stays a string", []string{`id="42"`}, map[string]any{"id": "42"}, false},
		{"equals in value", []string{"q=a=b"}, map[string]any{"q": "a=b"}, false},
		{"empty value", []string{"q="}, map[string]any{"q": ""}, false},
		{"no equals", []string{"q"}, nil, true},
		{"no name", []string{"=x"}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseVars(tc.pairs)
			var ue usageError
			if tc.bad {
				if !errors.As(err, &ue) {
					t.Errorf("parseVars(%q) error %v, want a usage error", tc.pairs, err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("parseVars(%q) = %#v, %v; want %#v", tc.pairs, got, err, tc.want)
			}
		})
	}
}

func TestEnvName(t *testing.T) {
	for in, want := range map[string]string{
		"store": "ACTORGRAPH_STORE", "write-token": "ACTORGRAPH_WRITE_TOKEN",
		"cors-origin": "ACTORGRAPH_CORS_ORIGIN", "o": "",
	} {
		if got := envName(in); got != want {
			t.Errorf("envName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFlagsFromEnv checks the precedence (default < environment < command
// line), lists from the environment split on commas, and flags among and
// after the positional arguments.
func TestFlagsFromEnv(t *testing.T) {
	env := map[string]string{
		"ACTORGRAPH_STORE":       "memory:",
		"ACTORGRAPH_DEPTH":       "3",
		"ACTORGRAPH_CORS_ORIGIN": "http://a.example, http://b.example",
	}
	var out bytes.Buffer
	s := &state{ctx: context.Background(), stdout: &out, stderr: &out, getenv: func(k string) string { return env[k] }}
	for _, tc := range []struct {
		args    []string
		store   string
		depth   int
		origins []string
		pos     []string
	}{
		{nil, "memory:", 3, []string{"http://a.example", "http://b.example"}, nil},
		{[]string{"--store", "bolt:x.db", "--depth", "1", "--cors-origin", "http://c.example"}, "bolt:x.db", 1, []string{"http://c.example"}, nil},
		{[]string{"a", "--depth", "2", "b", "-", "--store=memory:", "--", "--c"}, "memory:", 2, []string{"http://a.example", "http://b.example"}, []string{"a", "b", "-", "--c"}},
	} {
		c := s.newCommand("test", "test", "")
		store := c.storeFlag()
		depth := c.Int("depth", 1, "")
		origins := c.list("cors-origin", "")
		if err := c.parse(tc.args); err != nil {
			t.Fatal(err)
		}
		if *store != tc.store || *depth != tc.depth || !reflect.DeepEqual(origins.values, tc.origins) || !reflect.DeepEqual(c.Args(), tc.pos) {
			t.Errorf("args %q: store %q depth %d origins %q args %q; want %q %d %q %q",
				tc.args, *store, *depth, origins.values, c.Args(), tc.store, tc.depth, tc.origins, tc.pos)
		}
	}
}

func FuzzParseVars(f *testing.F) {
	for _, s := range []string{"n=Andriy Yermak", "hops=4", `seeds=["a","b"]`, "=x", "q", `o={"a":{"b":[1,2]}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, pair string) {
		vars, err := parseVars([]string{pair})
		if err != nil {
			var ue usageError
			if !errors.As(err, &ue) {
				t.Fatalf("parseVars(%q): %v is not a usage error", pair, err)
			}
			return
		}
		name, _, _ := strings.Cut(pair, "=")
		if _, ok := vars[name]; !ok || len(vars) != 1 {
			t.Fatalf("parseVars(%q) = %v, want one variable %q", pair, vars, name)
		}
	})
}
