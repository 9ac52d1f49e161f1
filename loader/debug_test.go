package loader

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestDebugMentions(t *testing.T) {
	path := os.Getenv("ACTORGRAPH_MENTIONS")
	if path == "" {
		t.Skip()
	}
	ex, _ := New()
	arts, _ := ReadFile(context.Background(), path)
	d, _ := prepareText(arts[0])
	x := ex.newDocState(&d)
	x.findMentions()
	x.corefResolve()
	for si, ms := range x.ments {
		fmt.Printf("S%d:", si)
		for _, w := range x.words[si] {
			fmt.Printf(" %s/%s", w.text, w.tag)
		}
		fmt.Println()
		for _, m := range ms {
			en := ""
			if m.ent >= 0 {
				en = x.tab.ents[m.ent].name
			}
			fmt.Printf("   [%d,%d) k%d %s %q title=%q tc=%q -> %s\n", m.start, m.end, m.kind, m.typ, m.name, m.title, m.titleCountry, en)
		}
	}
}
