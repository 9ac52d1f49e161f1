package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// hedgeModals make what the verb after them names a possibility, not an
// event ("could impose sanctions", "would meet Xi"). "will" is left out:
// news uses it for what is announced and about to happen.
var hedgeModals = wordSet(`would could might may should`)

// intentVerbs put the infinitive after them in the future: "plans to
// visit China", "is expected to meet", "wants to sanction".
var intentVerbs = wordSet(`plan plans planned planning intend intends intended intending hope
hopes hoped hoping expect expects expected aim aims aimed aiming seek seeks sought seeking want
wants wanted wanting wish wishes wished prepare prepares prepared preparing due scheduled set
considering considers considered mulling weighing likely unlikely able unable offered offer offers
proposed propose proposes refused refuses refuse declined decline declines failed fail fails`)

// denyVerbs deny the gerund after them ("denied backing the rebels").
var denyVerbs = wordSet(`deny denies denied denying rejected rejects reject dismissed`)

// hedged reports whether the verb at i is only possible, intended or
// denied rather than done: a modal, an intention ("plans to"), or a
// denial of a gerund ("denied striking").
func hedged(ws []word, i int) bool {
	if deniedGerund(ws, i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		l := ws[k].lower
		if hedgeModals[l] {
			// "said He would travel to Switzerland": reported speech
			// shifts "will" back to "would", an announcement still
			return l != "would" || !reportedBefore(ws, k)
		}
		if l == "to" && k > 0 && (intentVerbs[ws[k-1].lower] || k > 1 && ws[k-1].tag == "RB" && intentVerbs[ws[k-2].lower]) {
			return true
		}
		if ws[k].text == "," || ws[k].cap || !ws[k].alpha {
			return false
		}
	}
	return false
}

// hedgeFrame decides what a hedged verb at i still says: a sanction
// only possible is a threat (ONTOLOGY: tariffs only threatened are
// threatened), an attack keeps its own reading (futureOrVow), and any
// other interaction is no fact at all. ok is false when nothing is left.
func hedgeFrame(ws []word, i int, p ontology.Predicate, cameo string) (ontology.Predicate, string, bool) {
	if p == ontology.Attacked && (deniedGerund(ws, i) || intended(ws, i)) {
		return p, cameo, false // "denied attacking", "refused to strike"
	}
	switch p {
	case ontology.Attacked, ontology.Threatened, ontology.Demanded, ontology.AppealedTo,
		ontology.Rejected, ontology.LeaderOf, ontology.MemberOf:
		return p, cameo, true
	}
	if !hedged(ws, i) {
		return p, cameo, true
	}
	if p == ontology.Sanctioned && !(i > 0 && denyVerbs[ws[i-1].lower]) {
		return ontology.Threatened, "13", true
	}
	return p, cameo, false
}

// lightHedged reports whether the light verb lending a noun at i its
// subject is hedged ("could impose sanctions on", "plans to make a
// visit to"), and whether it is negated ("has not imposed sanctions"):
// the light verb is the nearest one within five words.
func lightHedged(ws []word, i int) (hedge, neg bool) {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if lightVerbs[ws[k].lower] {
			return hedged(ws, k), negated(ws, k)
		}
		if ws[k].text == "," || ws[k].text == ";" {
			return false, false
		}
	}
	return false, false
}

// sayVerbs report speech, shifting a "will" after them to "would".
var sayVerbs = wordSet(`said say says confirmed announced told added stated declared noted
explained insisted`)

// reportedBefore reports whether a verb of saying comes before word k.
func reportedBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if sayVerbs[ws[j].lower] {
			return true
		}
	}
	return false
}

// liftVerbs end a sanction: "lifted sanctions on", "eased tariffs on".
var liftVerbs = wordSet(`lift lifted lifts lifting ease eased eases easing remove removed removes
removing scrap scrapped scraps scrapping drop dropped drops dropping waive waived waives waiving
relax relaxed relaxes relaxing suspend suspended suspends suspending end ended ends ending
rescind rescinded repeal repealed`)

// liftedBefore reports whether a verb that ends sanctions governs the
// noun at i.
func liftedBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if liftVerbs[ws[k].lower] {
			return true
		}
		if !ws[k].alpha || ws[k].cap && k < i-1 {
			return false
		}
	}
	return false
}

// judgedNoun reports whether the noun at i is what a verb of judgement
// or speech takes as its object ("condemned the strike on Syria",
// "welcomed the deal with Iran"): the verb's subject judges the deed,
// it did not do it, so the sentence's subject is no agent of the noun.
func judgedNoun(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := ws[k].lower
		if tr, ok := verbTriggers[l]; ok {
			switch tr.frame.p {
			case ontology.Criticized, ontology.Supported, ontology.Rejected:
				return true // "ordered strikes on X" keeps its agent
			}
			return false
		}
		if sayVerbs[l] {
			return true
		}
		if !ws[k].alpha || ws[k].cap {
			return false
		}
	}
	return false
}

// deniedGerund reports whether the verb at i is a gerund denied by the
// word before it ("denied attacking").
func deniedGerund(ws []word, i int) bool {
	return i > 0 && denyVerbs[ws[i-1].lower] && strings.HasSuffix(ws[i].lower, "ing")
}

// intended reports whether the verb at i is an infinitive after a verb
// of intention or refusal ("plans to strike", "refused to attack").
func intended(ws []word, i int) bool {
	return i > 1 && ws[i-1].lower == "to" && intentVerbs[ws[i-2].lower]
}
