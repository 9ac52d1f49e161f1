package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func mustParser(t testing.TB) *Parser {
	t.Helper()
	p, err := DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Floors a little under the scores measured when the model was trained, on
// the held-out testdata documents with tags from the shipped tagger.
const (
	uasFloor = 0.78
	lasFloor = 0.73
)

func TestParserHeldOutAccuracy(t *testing.T) {
	t.Parallel()
	uas, las := AttachmentScores(mustParser(t), mustTagger(t), readTestdata(t))
	t.Logf("held-out UAS %.2f%% LAS %.2f%% (predicted tags)", 100*uas, 100*las)
	if uas < uasFloor || las < lasFloor {
		t.Errorf("held-out UAS %.4f LAS %.4f below floors %.2f %.2f", uas, las, uasFloor, lasFloor)
	}
}

func TestParseNews(t *testing.T) {
	t.Parallel()
	p, tg := mustParser(t), mustTagger(t)
	// Each case lists arcs that must be present: "dependent label head"
	// with words named by their position (1-based).
	tests := []struct {
		sentence string
		arcs     []string
	}{
		{"Russia attacked Sumy on Tuesday .", []string{"1 nsubj 2", "2 root 0", "3 obj 2"}},
		{"Sumy was struck by Russian missiles .", []string{"1 nsubj:pass 3", "2 aux:pass 3", "3 root 0", "6 obl:agent 3"}},
		{"The president criticized the decision .", []string{"2 nsubj 3", "5 obj 3"}},
		{"The army had shelled the city .", []string{"2 nsubj 4", "6 obj 4"}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			words := strings.Fields(tt.sentence)
			heads, labels := p.Parse(words, tg.Tag(words))
			got := map[string]bool{}
			for i := range words {
				got[fmt.Sprintf("%d %s %d", i+1, labels[i], heads[i])] = true
			}
			for _, a := range tt.arcs {
				if !got[a] {
					t.Errorf("missing arc %q; heads %v labels %v", a, heads, labels)
				}
			}
		})
	}
}

func TestParseIsTree(t *testing.T) {
	t.Parallel()
	p, tg := mustParser(t), mustTagger(t)
	for _, s := range []string{"", "Hello", ". . .", "a b c d e f g h i j k l m n o p q r s t u v w x y z",
		"“ Weapons , ” he said , “ will not help . ”"} {
		words := strings.Fields(s)
		for _, tags := range [][]string{tg.Tag(words), nil} {
			heads, labels := p.Parse(words, tags)
			if len(heads) != len(words) || len(labels) != len(words) {
				t.Fatalf("%q: %d heads for %d words", s, len(heads), len(words))
			}
			roots := 0
			for i, h := range heads {
				if h == 0 {
					roots++
				}
				// Following heads from any word must reach the root.
				for j, steps := i+1, 0; j != 0; j, steps = heads[j-1], steps+1 {
					if steps > len(words) || j < 0 || j > len(words) {
						t.Fatalf("%q: heads %v are not a tree", s, heads)
					}
				}
			}
			if len(words) > 0 && roots != 1 {
				t.Errorf("%q: %d roots in %v", s, roots, heads)
			}
		}
	}
}

func TestParserRoundTrip(t *testing.T) {
	t.Parallel()
	p, tg := mustParser(t), mustTagger(t)
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := ReadParser(&buf)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("The minister said Moscow would respond to the attack on Sumy .")
	tags := tg.Tag(words)
	h1, l1 := p.Parse(words, tags)
	h2, l2 := again.Parse(words, tags)
	if fmt.Sprint(h1, l1) != fmt.Sprint(h2, l2) {
		t.Errorf("after round trip %v %v, before %v %v", h2, l2, h1, l1)
	}
	if _, err := ReadParser(bytes.NewReader(nil)); err == nil {
		t.Error("ReadParser accepted empty input")
	}
}

func TestParseIntoAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are meaningless under -race")
	}
	p, tg := mustParser(t), mustTagger(t)
	words := strings.Fields("Russia attacked Sumy on Tuesday , officials said .")
	tags := tg.Tag(words)
	heads, labels := make([]int, len(words)), make([]string, len(words))
	p.ParseInto(words, tags, heads, labels)
	if n := testing.AllocsPerRun(100, func() { p.ParseInto(words, tags, heads, labels) }); n > 0 {
		t.Errorf("ParseInto allocates %.1f times per call", n)
	}
}

func BenchmarkParse(b *testing.B) {
	p, tg := mustParser(b), mustTagger(b)
	sents := readTestdata(b)
	tags := make([][]string, len(sents))
	n := 0
	for i, s := range sents {
		tags[i] = tg.Tag(s.Words)
		n += s.Len()
	}
	heads, labels := make([]int, 512), make([]string, 512)
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for i, s := range sents {
			p.ParseInto(s.Words, tags[i], heads, labels)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/used.Seconds(), "tokens/cpu-s")
	}
}

func ExampleParser_Parse() {
	tg, err := DefaultTagger()
	if err != nil {
		panic(err)
	}
	p, err := DefaultParser()
	if err != nil {
		panic(err)
	}
	words := []string{"Russian", "forces", "shelled", "the", "city", "."}
	heads, labels := p.Parse(words, tg.Tag(words))
	for i, w := range words {
		fmt.Println(w, labels[i], heads[i])
	}
	// Output:
	// Russian amod 2
	// forces nsubj 3
	// shelled root 0
	// the det 5
	// city obj 3
	// . punct 3
}
