package schema

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
)

// The benchmarks measure latency through the HTTP handler (JSON in and
// out, no network). By default they run on a synthetic store; set
// ACTORGRAPH_BENCH_STORE to a store URL (bolt:demo.db, loaded with
// `actorgraph load`) to measure that store instead, with
// ACTORGRAPH_BENCH_ACTOR, _FROM and _TO naming the actors to ask for.

// synthetic builds articles over nActors actors: each article names a few
// officials, their offices and interactions among them and their
// countries, like the demo corpus but larger.
func synthetic(nArticles, nActors int) []ontology.Extraction {
	r := rand.New(rand.NewPCG(1, 2))
	name := func(i int) (string, ontology.EntityType) {
		switch {
		case i < 20:
			return fmt.Sprintf("Country %02d", i), C
		case i < 60:
			return fmt.Sprintf("Ministry %02d", i), O
		}
		return fmt.Sprintf("Official %04d", i), P
	}
	preds := []ontology.Predicate{ontology.MetWith, ontology.Criticized, ontology.Attacked, ontology.Supported, ontology.AppealedTo}
	var out []ontology.Extraction
	for a := range nArticles {
		id := fmt.Sprintf("synthetic-%04d", a)
		ex := ontology.Extraction{Article: ontology.Article{ID: id, Title: id, Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, a), Text: id}}
		seen := map[string]bool{}
		add := func(i int) string {
			n, t := name(i)
			if !seen[n] {
				seen[n] = true
				ex.Entities = append(ex.Entities, ontology.Entity{Name: n, Type: t, Mentions: 1})
			}
			return n
		}
		for s := range 12 {
			p := 60 + r.IntN(nActors-60)
			pn := add(p)
			org := add(20 + (p % 40))
			country := add(p % 20)
			ex.Triples = append(ex.Triples,
				triple(id, s, pn, P, ontology.OfficialOf, org, O, 0.8, "s"),
				triple(id, s, org, O, ontology.PartOf, country, C, 0.8, "s"),
				triple(id, s, pn, P, ontology.Role, "minister", T, 0.8, "s"))
			q := 60 + r.IntN(nActors-60)
			qn := add(q)
			ex.Triples = append(ex.Triples, triple(id, s, pn, P, preds[r.IntN(len(preds))], qn, P, 0.7, "s"))
			if s%3 == 0 {
				ex.Triples = append(ex.Triples, triple(id, s, add(p%20), C, preds[r.IntN(len(preds))], add(q%20), C, 0.7, "s"))
			}
		}
		out = append(out, ex)
	}
	return out
}

type benchEnv struct {
	handler         http.Handler
	actor, from, to string
}

func setupBench(b *testing.B) benchEnv {
	b.Helper()
	var st *graph.Store
	env := benchEnv{actor: "Country 03", from: "Official 0100", to: "Official 0500"}
	if url := os.Getenv("ACTORGRAPH_BENCH_STORE"); url != "" {
		var err error
		if st, err = graph.Open(context.Background(), url); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { st.Close() })
		for _, v := range []struct {
			env string
			dst *string
		}{{"ACTORGRAPH_BENCH_ACTOR", &env.actor}, {"ACTORGRAPH_BENCH_FROM", &env.from}, {"ACTORGRAPH_BENCH_TO", &env.to}} {
			if s := os.Getenv(v.env); s != "" {
				*v.dst = s
			}
		}
	} else {
		st = openStore(b, "bolt", synthetic(150, 600)...)
	}
	s, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	env.handler = s.Handler()
	return env
}

// latency runs query b.N times and reports the p50 and p99 latencies.
func latency(b *testing.B, h http.Handler, query string) {
	b.Helper()
	body := fmt.Sprintf(`{"query":%q}`, query)
	run := func() (time.Duration, string) {
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, req)
		return time.Since(start), rec.Body.String()
	}
	if _, out := run(); strings.Contains(out, `"errors"`) || strings.Contains(out, `"path":[]`) || strings.Contains(out, `"actor":null`) {
		b.Fatalf("benchmark query fails: %.400s", out)
	}
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for b.Loop() {
		d, _ := run()
		times = append(times, d)
	}
	b.StopTimer()
	slices.Sort(times)
	pct := func(p float64) float64 {
		return float64(times[min(len(times)-1, int(p*float64(len(times))))].Microseconds())
	}
	b.ReportMetric(pct(0.50), "p50-µs")
	b.ReportMetric(pct(0.99), "p99-µs")
}

func BenchmarkActorWithRelations(b *testing.B) {
	env := setupBench(b)
	latency(b, env.handler, fmt.Sprintf(`{ actor(name: %q) { name type degree
		roles { title organization { name } }
		relations(first: 20) { totalCount nodes { predicate cameo confidence subject { name } object { name } objectLiteral
			evidence(first: 2) { nodes { sentence date articleId } } } } } }`, env.actor))
}

func BenchmarkPath4Hops(b *testing.B) {
	env := setupBench(b)
	latency(b, env.handler, fmt.Sprintf(`{ path(from: %q, to: %q, maxHops: 4, k: 3) { length
		steps { reverse from { name } to { name } relation { predicate } } } }`, env.from, env.to))
}
