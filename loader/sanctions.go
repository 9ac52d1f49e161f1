package loader

import "github.com/actorgraph/actorgraph/ontology"

// Sanctions told without a sanction verb of the lexicon: "hit Russia
// with sanctions", "cut diplomatic ties with", "added X to its sanctions
// list", "tariffs imposed by X on Y" (CAMEO 16/17: reduce relations,
// coerce).

// sanctionWith reports whether the attack verb at i hits its object
// with sanctions ("hit Russia with sanctions", "was slapped with
// tariffs"): a coercion, not an assault.
func sanctionWith(ws []word, i int) bool {
	switch ws[i].lower {
	case "hit", "hits", "hitting", "target", "targeted", "targets", "targeting":
	default:
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+6; k++ {
		if ws[k].lower == "with" {
			for q := k + 1; q < len(ws) && q <= k+4; q++ {
				if fr, ok := nounTriggers[ws[q].lower]; ok && fr.p == ontology.Sanctioned {
					return true
				}
			}
			return false
		}
		if !ws[k].alpha && !isPossessive(ws[k].text) {
			return false
		}
	}
	return false
}

// isTargetNoun reports whether a noun names an attack or a sanction,
// whose own frame reads what follows it.
func isTargetNoun(l string) bool {
	fr, ok := nounTriggers[l]
	return ok && (fr.p == ontology.Attacked || fr.p == ontology.Sanctioned)
}

// blacklists are the lists an actor is added to as a sanction.
var blacklists = wordSet(`blacklist blacklists sanctions entity terror terrorist watchlist`)

// addedToList reads "the United States added Huawei to its trade
// blacklist", "added Hamas to the list of terrorist groups".
func (x *docState) addedToList(r *relSent, i int) {
	ws := r.ws
	if negated(ws, i) || hedged(ws, i) {
		return
	}
	objs := x.mentionsFrom(r, i+1, 2, false, i)
	if len(objs) == 0 {
		return
	}
	to := -1
	for k := i + 1; k < len(ws) && k <= i+8; k++ {
		if ws[k].lower == "to" {
			to = k
			break
		}
	}
	if to < 0 {
		return
	}
	for k := to + 1; k < len(ws) && k <= to+7; k++ {
		if blacklists[ws[k].lower] {
			subs := x.subjectsLeft(r, i, false)
			x.pairFacts(r.si, ontology.Sanctioned, "16", subs, objs, verbFrame{p: ontology.Sanctioned})
			return
		}
		if !ws[k].alpha && !isPossessive(ws[k].text) {
			return
		}
	}
}

// severVerbs end or lower relations: "cut ties with", "severed
// relations with", "broke off diplomatic ties with".
var severVerbs = wordSet(`cut cuts cutting sever severed severs severing broke break breaks
breaking downgraded downgrade downgrades downgrading suspended suspend suspends suspending froze
freeze freezes freezing`)

// severedTies reads "Ecuador cut diplomatic ties with Mexico": reducing
// relations is CAMEO 16, a sanction.
func (x *docState) severedTies(r *relSent, i int) {
	ws := r.ws
	for v := i - 1; v >= 0 && v >= i-4; v-- {
		if severVerbs[ws[v].lower] {
			x.verbIdiom(r, v, i+2, ontology.Sanctioned, "16")
			return
		}
		if !ws[v].alpha {
			return
		}
	}
}

// participleLight are light verbs that follow a sanction noun as its
// participle: "sanctions imposed on Iran".
var participleLight = wordSet(`imposed levied slapped placed announced`)

// ws2end returns the word after the actor mention (and its coordinated
// actors) that starts at k, or k when none starts there.
func ws2end(r *relSent, k int) int {
	for k < len(r.ws) {
		mi := r.startsAt[k]
		if mi < 0 && r.ws[k].lower == "the" && k+1 < len(r.ws) {
			mi = r.startsAt[k+1]
		}
		if mi < 0 {
			return k
		}
		k = r.ms[mi].end
		if k < len(r.ws) && (r.ws[k].lower == "and" || r.ws[k].text == ",") {
			k++
			continue
		}
		return k
	}
	return k
}
