package loader

import "github.com/actorgraph/actorgraph/ontology"

// appearVerbs put their subject on a stage "alongside" someone.
var appearVerbs = wordSet(`spoke speaks speaking appeared appears appearing stood stands standing
sat sits sitting walked posed held holds holding briefed addressed`)

// alongside reads "Abdelatty spoke at a news conference alongside
// Palestinian Prime Minister Mohammad Mustafa": appearing together is
// meeting.
func (x *docState) alongside(r *relSent, i int) {
	ws := r.ws
	objs := x.mentionsFrom(r, i+1, 5, false, i)
	if len(objs) == 0 {
		return
	}
	for v := i - 1; v >= 0 && v >= i-16; v-- {
		if ws[v].text == ";" || ws[v].text == "," && v < i-1 {
			return
		}
		if appearVerbs[ws[v].lower] && !negated(ws, v) {
			subs := x.subjectsLeft(r, v, false)
			x.pairFacts(r.si, ontology.MetWith, "04", subs, objs, verbFrame{p: ontology.MetWith, noun: true})
			return
		}
	}
}
