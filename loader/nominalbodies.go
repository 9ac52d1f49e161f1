package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Bodies written in lower case: "the Malaysian navy", "the presidential
// guard". News names a state's forces and offices this way as often as by
// their proper names, and they act ("the navy intercepted the boat"), so
// they are organizations of the article even though no capital marks them.

// demonymBodies after a demonym name one of the country's bodies.
var demonymBodies = [][]string{
	{"navy"}, {"army"}, {"military"}, {"air", "force"}, {"coast", "guard"}, {"national", "guard"},
	{"presidential", "guard"}, {"republican", "guard"}, {"armed", "forces"}, {"parliament"},
}

// stateBodies name a state's body on their own after "the".
var stateBodies = [][]string{
	{"presidential", "guard"}, {"republican", "guard"}, {"national", "guard"},
	{"electoral", "council"}, {"electoral", "commission"}, {"election", "commission"},
	{"constitutional", "court"},
}

// nominalBodies makes an Organization of each lower-case body after a
// demonym or "the", named by the phrase as written ("Malaysian navy"),
// unless the article already names it in full ("National Electoral
// Council" has "electoral council" as its short form).
func (x *docState) nominalBodies() {
	for si, ms := range x.ments {
		ws := x.words[si]
		for _, m := range ms {
			if m.kind != mkDemonym || m.country == "" {
				continue
			}
			if n := bodyPhrase(ws, m.end, demonymBodies); n > 0 {
				x.addNominalBody(joinWords(ws[m.start : m.end+n]))
			}
		}
		for k := 0; k+1 < len(ws); k++ {
			if ws[k].lower != "the" {
				continue
			}
			if n := bodyPhrase(ws, k+1, stateBodies); n > 0 {
				x.addNominalBody(joinWords(ws[k+1 : k+1+n]))
			}
		}
	}
}

// bodyPhrase returns the length of the lower-case body phrase of bodies
// at word k, or 0; the phrase must end the noun group ("the army chief"
// names an office, not the army).
func bodyPhrase(ws []word, k int, bodies [][]string) int {
next:
	for _, b := range bodies {
		if k+len(b) > len(ws) {
			continue
		}
		for i, w := range b {
			if ws[k+i].cap || ws[k+i].lower != w {
				continue next
			}
		}
		if e := k + len(b); e < len(ws) && ws[e].alpha && !ws[e].cap && (strings.HasPrefix(ws[e].tag, "NN") || ws[e].tag == "") && !closedClass[ws[e].lower] {
			continue
		}
		return len(b)
	}
	return 0
}

// addNominalBody adds the body unless a name of the article already
// covers it.
func (x *docState) addNominalBody(name string) {
	if _, ok := x.tab.lookup(name); ok {
		return
	}
	n := ontology.Normalize(name)
	for _, e := range x.tab.ents {
		if e.typ != ontology.Organization || e.hidden {
			continue
		}
		for a := range e.normals {
			if strings.HasSuffix(a, n) || strings.HasSuffix(n, a) && len(a) > 4 {
				return // "National Electoral Council" for "electoral council"
			}
		}
	}
	x.tab.add(name, ontology.Organization)
}
