package loader

import "github.com/actorgraph/actorgraph/ontology"

// ledVerbs are the participles of "<Org>, led by X" and "the X-led <Org>".
var ledVerbs = wordSet(`led headed commanded chaired`)

// ledBy reads leadership told from the organization's side: "the Rapid
// Support Forces, led by Mohamed Hamdan Dagalo," and "the Houthi movement,
// headed by X": the person leads the organization named just before.
func (x *docState) ledBy(si, mi int) {
	ws := x.words[si]
	m := &x.ments[si][mi]
	if m.ent < 0 || m.kind != mkName || x.tab.ents[m.ent].typ != ontology.Organization {
		return
	}
	k := m.end
	if k < len(ws) && ws[k].text == "," {
		k++
	}
	if k+2 >= len(ws) || !ledVerbs[ws[k].lower] || ws[k+1].lower != "by" {
		return
	}
	q := k + 2
	om := x.mentionAt(si, q)
	if om < 0 || x.ments[si][om].kind != mkName || x.ments[si][om].ent < 0 || x.tab.ents[x.ments[si][om].ent].typ != ontology.Person {
		return
	}
	// "led by X and Y": co-leaders; "led by X's deputy": not X
	if e := x.ments[si][om].end; e < len(ws) && isPossessive(ws[e].text) {
		return
	}
	x.addFact(fact{s: x.ments[si][om].ent, o: m.ent, p: ontology.LeaderOf, conf: confAppositive - 0.05, sent: si})
}
