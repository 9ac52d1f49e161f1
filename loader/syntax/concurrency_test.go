package syntax

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// The shared default models must give the same answers from many
// goroutines at once (run with -race).
func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	p, tg := mustParser(t), mustTagger(t)
	sents := readTestdata(t)[:40]
	want := make([]string, len(sents))
	for i, s := range sents {
		tags := tg.Tag(s.Words)
		heads, labels := p.Parse(s.Words, tags)
		want[i] = fmt.Sprint(tags, heads, labels)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for i, s := range sents {
				tags := tg.Tag(s.Words)
				heads, labels := p.Parse(s.Words, tags)
				if got := fmt.Sprint(tags, heads, labels); got != want[i] {
					errs <- fmt.Sprintf("sentence %d: got %s, want %s", i, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func ExampleReadCoNLLU() {
	const doc = "# text = Sumy was struck.\n" +
		"1\tSumy\tSumy\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n" +
		"2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n" +
		"3\tstruck\tstrike\tVERB\tVBN\t_\t0\troot\t_\t_\n" +
		"4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
	sents, err := ReadCoNLLU(strings.NewReader(doc))
	if err != nil {
		panic(err)
	}
	s := sents[0]
	fmt.Println(s.Text)
	for i, w := range s.Words {
		fmt.Println(w, s.Tags[i], s.Heads[i], s.Labels[i])
	}
	// Output:
	// Sumy was struck.
	// Sumy NNP 3 nsubj:pass
	// was VBD 3 aux:pass
	// struck VBN 0 root
	// . . 3 punct
}

// FuzzTagParse feeds arbitrary words (article text is outside input) to
// the tagger and parser: they must not panic and must return a tag per
// word and a single-rooted tree.
func FuzzTagParse(f *testing.F) {
	f.Add("Russia attacked Sumy on Tuesday .")
	f.Add("“ \xff — 12,000 U.S.-led")
	f.Add("")
	p, err := DefaultParser()
	if err != nil {
		f.Fatal(err)
	}
	tg, err := DefaultTagger()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		words := strings.Split(in, " ")
		tags := tg.Tag(words)
		heads, labels := p.Parse(words, tags)
		if len(tags) != len(words) || len(heads) != len(words) || len(labels) != len(words) {
			t.Fatalf("lengths: %d words, %d tags, %d heads", len(words), len(tags), len(heads))
		}
		roots := 0
		for i, h := range heads {
			if h == 0 {
				roots++
			}
			for j, steps := i+1, 0; j != 0; j, steps = heads[j-1], steps+1 {
				if steps > len(words) || j < 0 || j > len(words) {
					t.Fatalf("heads %v are not a tree", heads)
				}
			}
		}
		if roots != 1 {
			t.Fatalf("%d roots in %v", roots, heads)
		}
	})
}
