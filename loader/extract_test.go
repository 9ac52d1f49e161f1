package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

var (
	testExOnce sync.Once
	testEx     *Extractor
	testExErr  error
)

// testExtractor builds one Extractor for all tests (it is safe for
// concurrent use).
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testExOnce.Do(func() { testEx, testExErr = New() })
	if testExErr != nil {
		t.Fatal(testExErr)
	}
	return testEx
}

// extractText runs the extractor on a text.
func extractText(t testing.TB, id, text string) ontology.Extraction {
	t.Helper()
	out, err := testExtractor(t).Extract(context.Background(), ontology.Article{ID: id, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func hasTriple(out ontology.Extraction, s string, p ontology.Predicate, o string) bool {
	for _, tr := range out.Triples {
		if tr.Subject == s && tr.Predicate == p && tr.Object == o {
			return true
		}
		if p.Symmetric() && tr.Subject == o && tr.Predicate == p && tr.Object == s {
			return true
		}
	}
	return false
}

func dumpTriples(out ontology.Extraction) string {
	var b strings.Builder
	for _, tr := range out.Triples {
		b.WriteString("  " + tr.Subject + " " + string(tr.Predicate) + " " + tr.Object + "\n")
	}
	return b.String()
}

// TestSeed checks the facts issue 2 requires from the seed article.
func TestSeed(t *testing.T) {
	arts, err := ReadFile(context.Background(), filepath.Join("testdata", "extract", "seed-sumy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := testExtractor(t).Extract(context.Background(), arts[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct {
		s string
		p ontology.Predicate
		o string
	}{
		{"Russia", ontology.Attacked, "Sumy"},
		{"Sumy", ontology.LocatedIn, "Ukraine"},
		{"Dmitry Medvedev", ontology.Role, "deputy chairman"},
		{"Dmitry Medvedev", ontology.OfficialOf, "Security Council of Russia"},
		{"Volodymyr Zelenskyy", ontology.LeaderOf, "Ukraine"},
		{"Andriy Yermak", ontology.WorksFor, "Volodymyr Zelenskyy"},
		{"Ukraine", ontology.Attacked, "Russia"},
	} {
		if !hasTriple(out, want.s, want.p, want.o) {
			t.Errorf("missing %s %s %s; got:\n%s", want.s, want.p, want.o, dumpTriples(out))
		}
	}
	for _, tr := range out.Triples {
		if tr.Confidence < 0 || tr.Confidence > 1 {
			t.Errorf("confidence %v out of range: %+v", tr.Confidence, tr)
		}
		if tr.Evidence == "" || !strings.Contains(arts[0].Text, tr.Evidence) {
			t.Errorf("evidence %q not in the article", tr.Evidence)
		}
		if info, ok := tr.Predicate.Info(); ok && info.Interaction && tr.CAMEO == "" {
			t.Errorf("interaction without CAMEO code: %+v", tr)
		}
	}
}

// TestGolden compares the extraction of every article in testdata/extract
// with its .golden.jsonl file (go test -run TestGolden -update rewrites
// them).
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "extract", "*.txt"))
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			arts, err := ReadFile(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			for _, a := range arts {
				out, err := testExtractor(t).Extract(context.Background(), a)
				if err != nil {
					t.Fatal(err)
				}
				for _, tr := range out.Triples {
					enc.Encode(tr)
				}
			}
			golden := strings.TrimSuffix(p, ".txt") + ".golden.jsonl"
			if *textUpdate { // the package's -update flag (prepare_test.go)
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if !bytes.Equal(want, b.Bytes()) {
				t.Errorf("%s differs from the extraction; rerun with -update if the change is intended:\ngot:\n%s", golden, b.String())
			}
		})
	}
}

// TestExtractConcurrent runs one Extractor from many goroutines (run with
// -race).
func TestExtractConcurrent(t *testing.T) {
	text := "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing. Putin criticized NATO."
	want := extractText(t, "c", text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := extractText(t, "c", text)
			if len(got.Triples) != len(want.Triples) {
				t.Errorf("concurrent extraction differs: %d vs %d triples", len(got.Triples), len(want.Triples))
			}
		}()
	}
	wg.Wait()
}

func TestExtractCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := testExtractor(t).Extract(ctx, ontology.Article{ID: "x", Text: "Russia attacked Ukraine."}); err == nil {
		t.Error("no error for a canceled context")
	}
	if _, err := testExtractor(t).Extract(context.Background(), ontology.Article{ID: "x", Text: "  "}); err == nil {
		t.Error("no error for an empty article")
	}
}

// BenchmarkExtract measures extraction speed over the dev articles.
func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "extract", "dev", "*.txt"))
	var arts []ontology.Article
	size := 0
	for _, p := range paths {
		as, err := ReadFile(context.Background(), p)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range as {
			arts = append(arts, a)
			size += len(a.Text)
		}
	}
	ex := testExtractor(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if _, err := ex.Extract(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractNoTagger measures the rule stages alone.
func BenchmarkExtractNoTagger(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "extract", "dev", "*.txt"))
	var arts []ontology.Article
	size := 0
	for _, p := range paths {
		as, _ := ReadFile(context.Background(), p)
		for _, a := range as {
			arts = append(arts, a)
			size += len(a.Text)
		}
	}
	ex, err := New(WithoutTagger())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			ex.Extract(context.Background(), a)
		}
	}
}

// tripleCase is one made-up sentence and a triple that must (want) or must
// not (!want) be extracted from it.
type tripleCase struct {
	name, text string
	s          string
	p          ontology.Predicate
	o          string
	want       bool
}

// runTripleCases extracts each case's text as an article and checks its
// triple, printing what was found when the check fails.
func runTripleCases(t *testing.T, article string, cases []tripleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := extractText(t, article, c.text)
			if got := hasTriple(out, c.s, c.p, c.o); got != c.want {
				t.Errorf("%q: %s %s %s = %v, want %v; got:\n%s", c.text, c.s, c.p, c.o, got, c.want, dumpTriples(out))
			}
		})
	}
}
