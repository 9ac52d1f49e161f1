package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Bounties and rewards put on a person are sanctions (ONTOLOGY: like
// warrants and indictments): "raised its reward for information leading
// to Maduro's arrest", "offered $15 million for Defence Minister Vladimir
// Padrino", "a bounty on his head".

// bountyVerbs put up a reward; their subject offers it.
var bountyVerbs = wordSet(`offered offer offers offering raised raise raises raising doubled
increased put puts placed posted announced`)

// isBountyWord reports whether the word at i names a reward or an amount
// of money offered.
func isBountyWord(ws []word, i int) bool {
	l := ws[i].lower
	switch l {
	case "reward", "rewards", "bounty", "bounties":
		return true
	case "million", "amount", "sum":
		// money only after a bounty verb: "offered the same amount for"
		// "offered the same amount for X and $15 million for Y"
		for k := i - 1; k >= 0 && k >= i-14; k-- {
			if bountyVerbs[ws[k].lower] {
				return true
			}
			if ws[k].text == ";" || relClauseStops[ws[k].lower] {
				break
			}
		}
	}
	return strings.HasPrefix(ws[i].text, "$") && i > 0 && bountyVerbs[ws[i-1].lower]
}

// bounty reads the reward at i: its target after "for" or "on", and who
// offers it.
func (x *docState) bounty(r *relSent, i int) {
	ws := r.ws
	if !isBountyWord(ws, i) {
		return
	}
	k := i + 1
	for k < len(ws) && k <= i+2 && isNumber(ws[k].text) {
		k++
	}
	if k >= len(ws) || (ws[k].lower != "for" && ws[k].lower != "on") {
		return
	}
	var objs []end
	for q := k + 1; q < len(ws) && q <= k+9; q++ {
		if ws[q].text == "," || ws[q].text == ";" {
			break
		}
		if mi := r.startsAt[q]; mi >= 0 {
			if ent, weak := x.actor(&r.ms[mi], false); ent >= 0 && x.tab.ents[ent].typ == ontology.Person {
				objs = []end{{ent: ent, dist: q - i, weak: weak}}
				break
			}
			q = r.ms[mi].end - 1
		}
	}
	if len(objs) == 0 {
		return
	}
	var subs []end
	for v := i - 1; v >= 0 && v >= i-14; v-- {
		if bountyVerbs[ws[v].lower] && !negated(ws, v) {
			subs = x.subjectsLeft(r, v, false)
			break
		}
	}
	x.pairFacts(r.si, ontology.Sanctioned, "17", subs, objs, verbFrame{p: ontology.Sanctioned, noun: true})
}
