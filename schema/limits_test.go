package schema

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
)

// touchStore counts store calls, to prove limits reject before any
// resolver runs; the store beneath is the real one.
type touchStore struct {
	Store
	calls atomic.Int64
}

func (s *touchStore) Stats(ctx context.Context) (graph.Stats, error) {
	s.calls.Add(1)
	return s.Store.Stats(ctx)
}

func (s *touchStore) SearchActors(ctx context.Context, q graph.ActorQuery) ([]graph.Actor, int, error) {
	s.calls.Add(1)
	return s.Store.SearchActors(ctx, q)
}

func (s *touchStore) Resolve(ctx context.Context, n string) (graph.Actor, error) {
	s.calls.Add(1)
	return s.Store.Resolve(ctx, n)
}

func TestLimits(t *testing.T) {
	st := &touchStore{Store: openStore(t, "memory", fixture()...)}
	srv := server(t, "", Config{Store: st, MaxDepth: 6, MaxCost: 2000, MaxFields: 200, MaxPageSize: 50})
	deep := "{ actor(name:\"Russia\") { neighbors(first:1) { neighbors(first:1) { neighbors(first:1) { neighbors(first:1) { neighbors(first:1) { name } } } } } } }"
	aliases := "{" + strings.Repeat("a%d: stats { articles } ", 1000) + "}"
	aliases = fmt.Sprintf(aliases, seq(1000)...)
	for _, tc := range []struct {
		name, query string
		vars        map[string]any
		code        string
	}{
		{"depth", deep, nil, CodeTooDeep},
		{"depth through fragments", `{ actor(name:"Russia") { ...A } } fragment A on Actor { neighbors(first:1) { neighbors(first:1) { neighbors(first:1) { neighbors(first:1) { neighbors(first:1) { name } } } } } }`, nil, CodeTooDeep},
		{"cost of nested lists", `{ actors(first: 50) { nodes { relations(first: 50) { nodes { id } } } } }`, nil, CodeTooComplex},
		{"cost with variables", `query($n: Int) { actors(first: $n) { nodes { relations(first: $n) { nodes { id } } } } }`, map[string]any{"n": 50}, CodeTooComplex},
		{"cost within limits with small variables", `query($n: Int) { actors(first: $n) { nodes { relations(first: $n) { nodes { id } } } } }`, map[string]any{"n": 5}, ""},
		{"cost with variables once the document is cached", `query($n: Int) { actors(first: $n) { nodes { relations(first: $n) { nodes { id } } } } }`, map[string]any{"n": 50}, CodeTooComplex},
		{"cost of path", `{ path(from:"Russia", to:"Turkey", k: 10, maxHops: 8) { actors { neighbors(first: 50) { name } } } }`, nil, CodeTooComplex},
		{"cost of subgraph", `{ subgraph(seeds:["Russia"], limit: 1000) { nodes { relations(first: 50) { nodes { id } } } } }`, nil, CodeTooComplex},
		{"aliases x1000", aliases, nil, CodeTooComplex},
		{"fragment fan-out", fanout(20), nil, CodeTooComplex},
		{"fragment cycle", `{ actor(name:"Russia") { ...A } } fragment A on Actor { neighbors { ...B } } fragment B on Actor { neighbors { ...A } }`, nil, CodeValidationFailed},
		{"fragment spreading itself at the root", `fragment A on Query { ...A } { ...A }`, nil, CodeValidationFailed},
		{"unused fragment cycle", `fragment A on Query { stats { articles } ...B } fragment B on Query { ...A } { stats { articles } }`, nil, CodeValidationFailed},
		{"many operations", strings.Repeat("query Q { stats { articles } } ", 1000), nil, CodeTooComplex},
		{"many variables", "query(" + strings.Repeat("$v: Int ", 1000) + ") { stats { articles } }", nil, CodeTooComplex},
		{"many directives", "{ stats" + strings.Repeat(" @skip(if: false)", 1000) + " { articles } }", nil, CodeTooComplex},
		{"many arguments", "{ actors(first: 1" + strings.Repeat(", first: 1", 1000) + ") { totalCount } }", nil, CodeTooComplex},
		{"many seeds", "{ subgraph(seeds: [" + strings.Repeat(`"Russia", `, 1000) + `"Ukraine"]) { truncated } }`, nil, CodeBadUserInput},
		{"huge int", `{ actors(first: 99999999999999999999) { totalCount } }`, nil, CodeTooComplex},
		{"absurd nesting", strings.Repeat("{a", 100000) + strings.Repeat("}", 100000), nil, CodeTooDeep},
		{"deep list literal", `{ actors(search: ` + strings.Repeat("[", 5000) + `"x"` + strings.Repeat("]", 5000) + `) { totalCount } }`, nil, CodeTooDeep},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := st.calls.Load()
			res := post(t, srv, tc.query, tc.vars)
			if res.code() != tc.code {
				t.Fatalf("code %q, want %q\n%.600s", res.code(), tc.code, res.raw)
			}
			if tc.code != "" && tc.code != CodeBadUserInput {
				if st.calls.Load() != before {
					t.Errorf("the store was called for a rejected query")
				}
				if res.Data != nil {
					t.Errorf("rejected query has data")
				}
			}
		})
	}
	// JSON decoding replaces invalid UTF-8; a GET parameter does not.
	res := do(t, mustReq("GET", srv.URL+"/graphql?query=%7B%20actor(name:%22%FF%FE%22)%20%7B%20name%20%7D%20%7D", mediaResponse))
	if res.code() != CodeParseFailed || res.status != 400 {
		t.Errorf("invalid UTF-8: %d %s", res.status, res.raw)
	}
	// The server keeps serving after all that.
	if res := post(t, srv, `{ stats { articles } }`, nil); res.code() != "" {
		t.Errorf("server broken after hostile queries: %s", res.raw)
	}
}

func mustReq(method, url, accept string) *http.Request {
	r, err := http.NewRequest(method, url, nil)
	if err != nil {
		panic(err)
	}
	r.Header.Set("Accept", accept)
	return r
}

func seq(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// fanout builds fragments that each spread the next one twice: 2^n fields
// once expanded.
func fanout(n int) string {
	var b strings.Builder
	b.WriteString("{ ...F0 }\n")
	for i := range n {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { stats { articles } }\n", n)
	return b.String()
}

// slowStore answers after the request's context ends, like a store
// stuck on a long scan.
type slowStore struct{ Store }

func (s slowStore) Stats(ctx context.Context) (graph.Stats, error) {
	<-ctx.Done()
	return graph.Stats{}, fmt.Errorf("graph: stats: %w", ctx.Err())
}

func (s slowStore) RelationsOf(ctx context.Context, ids []string, f graph.RelationFilter) (map[string][]graph.Relation, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("graph: relations: %w", ctx.Err())
}

func TestTimeout(t *testing.T) {
	st := slowStore{openStore(t, "memory", fixture()...)}
	srv := server(t, "", Config{Store: st, Timeout: 50 * time.Millisecond})
	start := time.Now()
	res := post(t, srv, `{ stats { articles } }`, nil)
	if res.code() != CodeTimeout {
		t.Fatalf("code %q: %s", res.code(), res.raw)
	}
	// Inside a thunk (batched relations) too.
	res = post(t, srv, `{ actor(name:"Russia") { relations { totalCount } } }`, nil)
	if res.code() != CodeTimeout {
		t.Fatalf("code %q: %s", res.code(), res.raw)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("timeouts took %v", d)
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	if _, err := New(Config{}); err == nil {
		t.Error("no store accepted")
	}
	st := openStore(t, "memory")
	if _, err := New(Config{Store: st, MaxDepth: -1}); err == nil || !strings.Contains(err.Error(), "MaxDepth") {
		t.Errorf("negative MaxDepth: %v", err)
	}
}

var _ = ontology.Role
