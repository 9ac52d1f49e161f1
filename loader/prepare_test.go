package loader

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// textUpdate rewrites the text stages' golden files:
// go test ./loader -run TestSplitGolden -update
var textUpdate = flag.Bool("update", false, "rewrite golden files in testdata")

// TestSplitGolden compares the sentences and tokens of the test articles
// with testdata/text/*.sentences.golden.
func TestSplitGolden(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"seed-sumy", "GUM_news_afghan"} {
		t.Run(name, func(t *testing.T) {
			arts, err := ReadFile(context.Background(), filepath.Join("testdata/text", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			d, err := prepareText(arts[0])
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, s := range d.sentences {
				fmt.Fprintf(&b, "%d\t%s\n\t", s.index, s.text)
				for i, tk := range s.tokens {
					if i > 0 {
						b.WriteByte('|')
					}
					b.WriteString(tk.text)
				}
				b.WriteByte('\n')
			}
			golden := filepath.Join("testdata/text", name+".sentences.golden")
			if *textUpdate {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if b.String() != string(want) {
				t.Errorf("sentences differ from %s (run with -update after checking):\n%s", golden, textDiff(string(want), b.String()))
			}
		})
	}
}

// textDiff shows the first differing line.
func textDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d\nwant %q\n got %q", i+1, wl, gl)
		}
	}
	return ""
}

func TestPrepareText(t *testing.T) {
	t.Parallel()
	a := ontology.Article{ID: "x", Text: "ALSO READ | Other story\nBy Jane Doe\nRussia&#8217;s army struck Sumy. Kyiv replied.\n\nShare\nGen. Smith spoke."}
	d, err := prepareText(a)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Russia’s army struck Sumy.", "Kyiv replied.", "Gen. Smith spoke."}
	if len(d.sentences) != len(want) {
		t.Fatalf("%d sentences, want %d: %+v", len(d.sentences), len(want), d.sentences)
	}
	for i, s := range d.sentences {
		if s.text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s.text, want[i])
		}
		for _, tk := range s.tokens {
			if d.text[tk.start:tk.end] != tk.text || tk.tag != "" {
				t.Errorf("token %q bad", tk.text)
			}
		}
	}
	// Evidence maps back to the original text.
	s := d.sentences[1]
	if got := a.Text[d.origin[s.start]:d.origin[s.end]]; got != "Kyiv replied." {
		t.Errorf("sentence 1 in the original: %q", got)
	}
	s = d.sentences[0]
	if got := a.Text[d.origin[s.start]:d.origin[s.end]]; got != "Russia&#8217;s army struck Sumy." {
		t.Errorf("sentence 0 in the original: %q", got)
	}
	if _, err := prepareText(ontology.Article{ID: "e", Text: "Advertisement\nShare"}); err == nil {
		t.Error("article of boilerplate only gave no error")
	}
}

// BenchmarkPrepareText measures the text stages (clean, split, tokenize)
// over the repository's test articles; MB/s is of article text.
func BenchmarkPrepareText(b *testing.B) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	more, _ := filepath.Glob("testdata/text/*.txt")
	var arts []ontology.Article
	size := 0
	for _, f := range append(files, more...) {
		as, err := ReadFile(context.Background(), f)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range as {
			arts = append(arts, a)
			size += len(a.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := textCPUTime()
	for b.Loop() {
		for _, a := range arts {
			if _, err := prepareText(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	// MB per CPU second (GC included): the wall-clock MB/s above drops
	// when other processes share the cores.
	if cpu := textCPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
