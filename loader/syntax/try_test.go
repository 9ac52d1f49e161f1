package syntax

import (
	"fmt"
	"strings"
	"testing"
)

func TestTry(t *testing.T) {
	tg := mustTagger(t)
	p := mustParser(t)
	for _, s := range []string{"Russia attacked Sumy on Tuesday .", "Sumy was struck by Russian missiles .", "Russian forces shelled the city .", "Russian troops attacked the city .", "Israel bombed Gaza on Monday .", "The Kremlin said Putin met Xi in Beijing .", "Ukraine accused Russia of war crimes .", "Officials said the army had shelled the city ."} {
		w := strings.Fields(s)
		tags := tg.Tag(w)
		h, l := p.Parse(w, tags)
		fmt.Println(s, tags, h, l)
	}
}
