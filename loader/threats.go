package loader

import "github.com/actorgraph/actorgraph/ontology"

// Threats and demands worded as conditions and deadlines rather than with
// an object after the verb: "warned that it could use force if the junta
// did not step aside" (a threat to the junta), "vowed revenge against
// Israel", "gave the junta one week to reinstate the president" (a
// demand on the junta), "demanded that Russia withdraw".

// threatCues name what a threat holds out.
var threatCues = wordSet(`force military attack attacks strike strikes retaliate retaliation
retaliatory respond response retribution revenge consequences intervene intervention war
sanctions tariffs punish punishment action measures avenge`)

// conditionalTarget finds who a threat is aimed at in the words after
// the verb at i: the actor of an "if" or "unless" clause, or of "against"
// after a threat cue. It needs a threat cue first, so "warned that the
// talks could fail if Israel ..." reads as no threat.
func (x *docState) conditionalTarget(r *relSent, i int) []end {
	ws := r.ws
	cued := false
	for k := i + 1; k < len(ws) && k <= i+25; k++ {
		l := ws[k].lower
		switch {
		case l == ";":
			return nil
		case threatCues[l]:
			cued = true
		case !cued:
			continue
		case l == "if" || l == "unless":
			return weakEnds(x.clauseActor(r, k+1, min(len(ws), k+8)))
		case l == "against" || l == "on":
			return weakEnds(x.mentionsFrom(r, k+1, 3, false, i))
		}
	}
	return nil
}

// ultimatumTarget reads "gave X <time> to <verb>" and "set X a deadline":
// X is who is made a demand of.
func (x *docState) ultimatumTarget(r *relSent, i int) []end {
	ws := r.ws
	objs := x.mentionsFrom(r, i+1, 4, false, i)
	if len(objs) == 0 {
		return nil
	}
	for k := i + 2; k < len(ws) && k <= i+14; k++ {
		switch ws[k].lower {
		case "ultimatum", "ultimatums":
			return weakEnds(objs) // "gave Russia an ultimatum"
		case "hours", "days", "week", "weeks", "month", "months", "deadline":
			for q := k + 1; q < len(ws) && q <= k+3; q++ {
				if ws[q].lower == "to" || ws[q].lower == "for" {
					return weakEnds(objs)
				}
			}
		case ";", ".":
			return nil
		}
	}
	return nil
}

// noncompliance reports whether the threat cued after the verb at i is
// held out for not doing something ("unless the junta steps aside", "if
// the junta did not step aside", "if it fails to withdraw"): an
// ultimatum, so a demand as well as a threat.
func noncompliance(ws []word, i int) bool {
	cued := false
	for k := i + 1; k < len(ws) && k <= i+25; k++ {
		l := ws[k].lower
		switch {
		case l == ";":
			return false
		case threatCues[l]:
			cued = true
		case !cued:
			continue
		case l == "unless":
			return true
		case l == "if":
			for q := k + 1; q < len(ws) && q <= k+8; q++ {
				switch ws[q].lower {
				case "not", "n't", "fails", "failed", "fail", "refuses", "refused", "refuse":
					return true
				case ",", ";", ".":
					return false
				}
			}
			return false
		}
	}
	return false
}

func weakEnds(es []end) []end {
	for k := range es {
		es[k].weak = true
	}
	return es
}

// conditionFrames adds the threats and demands of the verb at i that its
// plain frame missed.
func (x *docState) conditionFrames(r *relSent, i int, p ontology.Predicate, subs, objs []end, fr verbFrame) {
	if len(subs) == 0 || len(objs) > 0 {
		return
	}
	switch {
	case p == ontology.Threatened:
		objs := x.conditionalTarget(r, i)
		x.pairFacts(r.si, ontology.Threatened, "13", subs, objs, fr)
		if noncompliance(r.ws, i) {
			x.pairFacts(r.si, ontology.Demanded, "10", subs, objs, verbFrame{p: ontology.Demanded, cameo: "10"})
		}
	case p == ontology.Demanded:
		x.pairFacts(r.si, ontology.Demanded, "10", subs, x.ultimatumTarget(r, i), fr)
	}
}

// conditionVerbs are the verbs that are no trigger themselves but carry a
// threat or an ultimatum ("vowed revenge against", "gave X a week to").
var conditionVerbs = wordSet(`vowed vow vows vowing pledged gave give gives giving given`)

// conditionVerb reads one of conditionVerbs at i.
func (x *docState) conditionVerb(r *relSent, i int) {
	ws := r.ws
	if negated(ws, i) || !isVerbLike(ws[i]) || passive(ws, i) {
		return // "Russia was given a week": the giver is not named here
	}
	var subs []end
	switch {
	case i > 0 && ws[i-1].text == "," && ws[i].lower == "giving":
		subs = x.mainSubject(r, i)
	default:
		subs = x.subjectsLeft(r, i, false)
	}
	p := ontology.Threatened
	if ws[i].lower[0] == 'g' {
		p = ontology.Demanded
	}
	x.conditionFrames(r, i, p, subs, nil, verbFrame{p: p})
}
