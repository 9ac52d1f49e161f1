package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Fixed phrasings of news for interactions that no single trigger word
// carries: "came under fire from Y", "drew condemnation from Y",
// "called X's move illegal", "on a trip to X", "hit X with sanctions".

// fireNouns follow "under" in "came under fire from".
var fireNouns = wordSet(`fire criticism attack scrutiny`)

// drawVerbs take criticism from someone as their object.
var drawVerbs = wordSet(`drew draw draws drawn drawing faced face faces facing attracted attract
attracts sparked provoked earned earns received receives`)

// criticismNouns are what "drew ... from" receives.
var criticismNouns = wordSet(`criticism criticisms condemnation condemnations rebuke rebukes ire
anger outrage censure backlash reproach`)

// verdictVerbs call their object something: "called the move illegal".
var verdictVerbs = wordSet(`call called calls calling brand branded brands branding label labelled
labeled labels describe described describes describing`)

// verdicts are the judgements that make a verdict criticism.
var verdicts = wordSet(`illegal unlawful illegitimate unacceptable provocative provocation
irresponsible reckless destabilising destabilizing outrageous shameful hypocritical aggression
aggressive criminal sham violation absurd baseless deplorable despicable barbaric heinous
terrorist terrorists dangerous cowardly threat menace dictator liar criminals`)

// tripNouns are journeys whose destination follows "to".
var tripNouns = wordSet(`visit visits trip trips tour journey`)

// tripHedges before a trip make it not (yet) made.
var tripHedges = wordSet(`planned planning upcoming possible proposed future next invitation
invited cancelled canceled postponed`)

// idiomStarts is every word an idiom is read from, so that the other
// words cost one look-up.
var idiomStarts = func() map[string]bool {
	m := wordSet(`under added adds add adding spoke speak speaks speaking talked talk talks talking
aim ties relations recalled recalls recall recalling call calls backing support endorsement
arrival`)
	for _, set := range []map[string]bool{criticismNouns, verdictVerbs, tripNouns} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// idioms reads the phrasings above at word i.
func (x *docState) idioms(r *relSent, i int) {
	ws := r.ws
	l := ws[i].lower
	if !idiomStarts[l] {
		return
	}
	switch {
	case l == "under" && i > 0 && i+2 < len(ws) && fireNouns[ws[i+1].lower] && ws[i+2].lower == "from":
		x.criticizedBy(r, i-1, i+3)
	case criticismNouns[l] && i+1 < len(ws) && ws[i+1].lower == "from":
		for v := i - 1; v >= 0 && v >= i-3; v-- {
			if drawVerbs[ws[v].lower] {
				x.criticizedBy(r, v, i+2)
				break
			}
			if !ws[v].alpha || ws[v].cap {
				break
			}
		}
	case (l == "backing" || l == "support" || l == "endorsement") && i+1 < len(ws) && (ws[i+1].lower == "of" || ws[i+1].lower == "from"):
		// "won the backing of Germany", "received support from Japan"
		for v := i - 1; v >= 0 && v >= i-3; v-- {
			if gainVerbs[ws[v].lower] {
				x.receivedFrom(r, v, i+2, ontology.Supported, "05")
				break
			}
			if !ws[v].alpha || ws[v].cap {
				break
			}
		}
	case (l == "call" || l == "calls") && i > 0 && i+1 < len(ws) && (ws[i+1].lower == "on" || ws[i+1].lower == "upon") && callNounBefore(ws, i):
		// "renewed calls on Israel to", "Germany's call on Russia"
		x.callOn(r, i)
	case verdictVerbs[l] && !(i+1 < len(ws) && (ws[i+1].lower == "on" || ws[i+1].lower == "upon")):
		x.verdict(r, i)
	case tripNouns[l] && i+1 < len(ws) && ws[i+1].lower == "to",
		l == "arrival" && i+1 < len(ws) && (ws[i+1].lower == "in" || ws[i+1].lower == "at"):
		x.trip(r, i) // "a visit to X", "Macron's arrival in X"
	case l == "added" || l == "adds" || l == "add" || l == "adding":
		x.addedToList(r, i)
	case strings.HasPrefix(l, "sp") || strings.HasPrefix(l, "talk"):
		x.phoneTo(r, i)
	case l == "aim" && i > 0 && i+1 < len(ws) && takeForms[ws[i-1].lower] && ws[i+1].lower == "at":
		// "took aim at Canada"
		x.verbIdiom(r, i-1, i+2, ontology.Criticized, "11")
	case (l == "ties" || l == "relations") && i+1 < len(ws) && ws[i+1].lower == "with":
		x.severedTies(r, i)
	case strings.HasPrefix(l, "recall") && i+3 < len(ws):
		// "recalled its ambassador from Israel"
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if ws[k].lower == "from" && (ws[k-1].lower == "ambassador" || ws[k-1].lower == "envoy" || ws[k-1].lower == "diplomats") {
				x.verbIdiom(r, i, k+1, ontology.Sanctioned, "16")
				break
			}
		}
	}
}

// criticizedBy reads "X came under fire from Y", "X drew condemnation
// from Y": the verb is at v, the critics start at k.
func (x *docState) criticizedBy(r *relSent, v, k int) {
	x.receivedFrom(r, v, k, ontology.Criticized, "11")
}

// receivedFrom reads what the subject of the verb at v got from the
// actors starting at k: criticism, backing.
func (x *docState) receivedFrom(r *relSent, v, k int, p ontology.Predicate, cameo string) {
	if negated(r.ws, v) || hedged(r.ws, v) {
		return
	}
	givers := x.mentionsFrom(r, k, 4, false, v)
	if len(givers) == 0 {
		return
	}
	targets := x.subjectsLeft(r, v, false)
	for q := v - 1; len(targets) == 0 && q >= 0 && q >= v-3 && isAux(r.ws[q].lower); q-- {
		targets = x.subjectsLeft(r, q, false) // "has come under fire"
	}
	x.pairFacts(r.si, p, cameo, givers, targets, verbFrame{p: p})
}

// gainVerbs receive backing: "won the support of".
var gainVerbs = wordSet(`won win wins winning received receives receiving secured secures
securing gained gains gaining got gets enjoys enjoyed enjoying`)

// callNounBefore reports whether "call" at i is a noun: after a
// determiner, a possessive or a verb that renews or answers it.
func callNounBefore(ws []word, i int) bool {
	switch w := ws[i-1]; {
	case determiners[w.lower], isPossessive(w.text):
		return true
	case w.lower == "renewed" || w.lower == "repeated" || w.lower == "reiterated" || w.lower == "issued" ||
		w.lower == "made" || w.lower == "echoed" || w.lower == "growing" || w.lower == "fresh" || w.lower == "new":
		return true
	}
	return false
}

// callOn reads the noun "calls on X": its owner, or the subject of the
// verb that renews it, appeals to X.
func (x *docState) callOn(r *relSent, i int) {
	ws := r.ws
	if hedge, neg := lightHedged(ws, i); hedge || neg {
		return
	}
	objs := x.mentionsFrom(r, i+2, 3, false, i)
	if len(objs) == 0 {
		return
	}
	subs := x.nounSubject(r, i)
	for v := i - 1; len(subs) == 0 && v >= 0 && v >= i-3; v-- {
		if isVerbLike(ws[v]) && ws[v].tag != "JJ" {
			if negated(ws, v) || hedged(ws, v) {
				return
			}
			subs = x.subjectsLeft(r, v, false)
			break
		}
	}
	x.pairFacts(r.si, ontology.AppealedTo, "02", subs, objs, verbFrame{p: ontology.AppealedTo, noun: true})
}

// verdict reads "China called Japan's move illegal", "branded Maduro
// illegitimate", "described the strikes as a provocation": an actor, or
// what it did, judged by a word of the verdicts lexicon.
func (x *docState) verdict(r *relSent, i int) {
	ws := r.ws
	if negated(ws, i) || hedged(ws, i) {
		return
	}
	objs := x.mentionsFrom(r, i+1, 2, false, i)
	if len(objs) == 0 {
		return
	}
	k := i + 1
	for k < len(ws) && r.startsAt[k] < 0 {
		k++
	}
	if k >= len(ws) {
		return
	}
	k = r.ms[r.startsAt[k]].end
	for q := k; q < len(ws) && q <= k+5; q++ {
		w := ws[q]
		if verdicts[w.lower] {
			subs := x.subjectsLeft(r, i, false)
			x.pairFacts(r.si, ontology.Criticized, "11", subs, objs, verbFrame{p: ontology.Criticized})
			return
		}
		if !w.alpha && !isPossessive(w.text) || w.cap || relPreps[w.lower] && w.lower != "as" || w.lower == "and" {
			return
		}
	}
}

// trip reads "made a visit to China", "Macron's trip to Beijing", "on a
// two-day trip to Kyiv, Scholz said": the traveller visited the place.
func (x *docState) trip(r *relSent, i int) {
	ws := r.ws
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if tripHedges[ws[k].lower] || hedgeModals[ws[k].lower] || negators[ws[k].lower] {
			return
		}
	}
	if hedge, neg := lightHedged(ws, i); hedge || neg {
		return
	}
	objs := x.mentionsFrom(r, i+2, 4, true, i)
	if len(objs) == 0 {
		return
	}
	subs := x.nounSubject(r, i)
	if len(subs) == 0 {
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			switch ws[k].lower {
			case "paid", "pays", "pay", "paying", "began", "begins", "wrapped", "ended", "concluded":
				subs = x.subjectsLeft(r, k, false)
			case "on", "during":
				if !hedged(ws, k) {
					subs = x.frontedTraveller(r, k, i)
				}
			}
			if len(subs) > 0 || !ws[k].alpha && !strings.Contains(ws[k].text, "-") {
				break
			}
		}
	}
	x.pairFacts(r.si, ontology.Visited, "04", subs, objs, verbFrame{p: ontology.Visited, noun: true, place: true})
}

// frontedTraveller finds who is "on a trip to X": the sentence's first
// actor, or, when the phrase opens the sentence ("On a trip to Kenya,
// Macron said"), the first actor after its comma.
func (x *docState) frontedTraveller(r *relSent, k, i int) []end {
	for j := 0; j < k; j++ {
		if r.startsAt[j] >= 0 {
			return x.sentenceAgent(r, i)
		}
	}
	for j := i + 2; j < len(r.ws) && j <= i+10; j++ {
		if r.ws[j].text == "," {
			return weakEnds(x.mentionsFrom(r, j+1, 3, false, i))
		}
	}
	return nil
}

// jointNoun reads "X and Y held talks", "X and Y reached a deal": the
// coordinated subjects of the light verb meet or cooperate with each
// other.
func (x *docState) jointNoun(r *relSent, i int, p ontology.Predicate, cameo string, fr verbFrame) {
	if hedge, neg := lightHedged(r.ws, i); hedge || neg {
		return
	}
	subs := x.nounSubject(r, i)
	for a := 0; a < len(subs); a++ {
		for b := a + 1; b < len(subs); b++ {
			x.pairFacts(r.si, p, cameo, subs[a:a+1], subs[b:b+1], fr)
		}
	}
}

// phoneTo reads "Biden spoke to Zelenskyy by phone": speaking "to"
// someone is a meeting only on the phone (speaking to reporters or to a
// broadcaster is not).
func (x *docState) phoneTo(r *relSent, i int) {
	ws := r.ws
	if i+2 >= len(ws) || ws[i+1].lower != "to" || negated(ws, i) || hedged(ws, i) {
		return
	}
	phone := false
	for k := i + 2; k+1 < len(ws) && k <= i+10; k++ {
		if (ws[k].lower == "by" || ws[k].lower == "over" || ws[k].lower == "on") && (ws[k+1].lower == "phone" || ws[k+1].lower == "telephone" ||
			ws[k+1].lower == "the" && k+2 < len(ws) && (ws[k+2].lower == "phone" || ws[k+2].lower == "telephone")) {
			phone = true
			break
		}
		if ws[k].text == "," || ws[k].text == "." || ws[k].lower == "and" && k > i+3 {
			break
		}
	}
	if !phone {
		return
	}
	objs := x.mentionsFrom(r, i+2, 3, false, i)
	subs := x.subjectsLeft(r, i, false)
	x.pairFacts(r.si, ontology.MetWith, "04", subs, objs, verbFrame{p: ontology.MetWith})
}

// hostedTo reports whether a welcome is a host's ("welcomed Scholz to
// Paris"): the welcomed person is followed by "to" and a place.
func (x *docState) hostedTo(r *relSent, i int, objs []end) bool {
	if len(objs) == 0 || !strings.HasPrefix(r.ws[i].lower, "welcom") || x.tab.ents[objs[0].ent].typ != ontology.Person {
		return false
	}
	mi := r.startsAt[i+objs[0].dist]
	if mi < 0 {
		return false
	}
	k := r.ms[mi].end
	if k >= len(r.ws) || r.ws[k].lower != "to" {
		return false
	}
	for _, o := range x.mentionsFrom(r, k+1, 2, true, i) {
		if t := x.tab.ents[o.ent].typ; t == ontology.Place || t == ontology.Country {
			return true
		}
	}
	return false
}

// takeForms are the forms of "take" in "took aim at".
var takeForms = wordSet(`take took taken takes taking`)

// verbIdiom adds p from the subject of the verb at v to the actor
// starting within three words of k, unless the verb is negated or
// hedged.
func (x *docState) verbIdiom(r *relSent, v, k int, p ontology.Predicate, cameo string) {
	if negated(r.ws, v) || hedged(r.ws, v) {
		return
	}
	objs := x.mentionsFrom(r, k, 3, false, v)
	if len(objs) == 0 {
		return
	}
	subs := x.subjectsLeft(r, v, false)
	x.pairFacts(r.si, p, cameo, subs, objs, verbFrame{p: p})
}
