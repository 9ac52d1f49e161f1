package loader

import "github.com/actorgraph/actorgraph/ontology"

// Demands (CAMEO 10) worded without a verb of the lexicon taking its
// object directly: a verb that tells another actor what to do ("told
// Israel to stop", "wants China to buy", "called for Russia to
// withdraw"), terms set for an actor ("set terms for Ukraine"), and a
// quoted demand with the speaker after the quote ("'Russia must
// withdraw,' Macron said"). A negated verb gives no demand, and an object
// with no infinitive after it ("told Israel that the talks went well") is
// speech, not a demand.

// directiveVerbs tell their object what to do when an infinitive follows
// it; "want" only with a person or body as its subject's wish.
var directiveVerbs = wordSet(`told tell tells telling want wants wanted wanting`)

// demandTerms are the nouns that "set" or "lay down" turns into a demand.
var demandTerms = wordSet(`terms conditions preconditions demands deadline`)

// demandVerb reads the demand frames of sentence r at word i.
func (x *docState) demandVerb(r *relSent, i int) {
	ws := r.ws
	w := ws[i]
	// the tagger reads "wants" before a name as a plural noun; the frame
	// "wants X to <verb>" itself says it is the verb
	if negated(ws, i) || !(isVerbLike(w) || directiveVerbs[w.lower]) || passive(ws, i) {
		return
	}
	var objs []end
	switch {
	case directiveVerbs[w.lower]:
		objs = x.infinitiveObject(r, i+1)
	case (w.lower == "call" || w.lower == "calls" || w.lower == "called" || w.lower == "calling") &&
		i+1 < len(ws) && ws[i+1].lower == "for":
		objs = x.infinitiveObject(r, i+2)
	case w.lower == "set" || w.lower == "sets" || w.lower == "setting":
		objs = x.termsFor(r, i+1)
	}
	if len(objs) == 0 {
		return
	}
	subs := x.subjectsLeft(r, i, false)
	x.pairFacts(r.si, ontology.Demanded, "10", subs, objs, verbFrame{p: ontology.Demanded, cameo: "10"})
}

// infinitiveObject reads "X to <verb>" from word k: the actors X (one, or
// coordinated) right after the verb, then "to" and a verb.
func (x *docState) infinitiveObject(r *relSent, k int) []end {
	ws := r.ws
	if k >= len(ws) {
		return nil
	}
	mi := r.startsAt[k]
	if mi < 0 && k+1 < len(ws) && determiners[ws[k].lower] {
		mi = r.startsAt[k+1]
	}
	if mi < 0 {
		return nil
	}
	m := &r.ms[mi]
	// past the coordinated actors ("told Israel and Hamas to stop")
	last := m.end
	for last < len(ws) && last < m.end+12 {
		if mj := r.startsAt[last]; mj >= 0 && r.ms[mj].end > last {
			last = r.ms[mj].end
			continue
		}
		if l := ws[last].lower; l == "and" || l == "or" || l == "," || l == "the" {
			last++
			continue
		}
		break
	}
	if last+1 >= len(ws) || ws[last].lower != "to" {
		return nil
	}
	next := ws[last+1]
	if next.lower == "be" {
		return nil // "called for Ukraine to be admitted": a wish about X, not a demand of X
	}
	if next.cap || !next.alpha || determiners[next.lower] || relPreps[next.lower] || isNumber(next.text) ||
		(next.tag != "" && next.tag[0] != 'V' && next.tag[0] != 'N') {
		return nil // "told Israel to the north": no infinitive
	}
	// actors last: a demonym's country becomes an entity when asked for
	ent, weak := x.actor(m, false)
	if ent < 0 {
		return nil
	}
	return append([]end{{ent: ent, dist: m.titleStart - k + 1, weak: weak}}, x.coordRight(r, m, false)...)
}

// termsFor reads "terms for X", "conditions on X" after "set".
func (x *docState) termsFor(r *relSent, k int) []end {
	ws := r.ws
	for q := k; q < len(ws) && q <= k+3; q++ {
		if !demandTerms[ws[q].lower] {
			continue
		}
		if q+1 < len(ws) && (ws[q+1].lower == "for" || ws[q+1].lower == "on") {
			return x.mentionsFrom(r, q+2, 3, false, q)
		}
		return nil
	}
	return nil
}

// quotedDemand reads a sentence that opens with a quoted clause whose
// subject must, should or has to do something, and whose speaker follows
// the quote: "'The coup plotters must surrender,' he said".
func (x *docState) quotedDemand(r *relSent) {
	ws := r.ws
	if len(ws) < 5 || !isDoubleQuote(ws[0].text) {
		return
	}
	closing := -1
	for k := 1; k < len(ws); k++ {
		if isDoubleQuote(ws[k].text) {
			closing = k
			break
		}
	}
	if closing < 0 || closing+2 >= len(ws) {
		return
	}
	v := closing + 1
	for v < len(ws) && v <= closing+4 && !reportVerbs[ws[v].lower] {
		v++
	}
	if v >= len(ws) || !reportVerbs[ws[v].lower] || negated(ws, v) {
		return
	}
	objs := x.mustClause(r, 1, closing)
	if len(objs) == 0 {
		return
	}
	subs := x.subjectsLeft(r, v, false)
	if len(subs) == 0 {
		subs = x.speakerAfter(r, v)
	}
	for j := range subs {
		subs[j].dist = max(subs[j].dist, 5)
	}
	x.pairFacts(r.si, ontology.Demanded, "10", subs, objs, verbFrame{p: ontology.Demanded, cameo: "10"})
}

func isDoubleQuote(s string) bool {
	switch s {
	case `"`, "“", "”", "``", "''":
		return true
	}
	return false
}

// mustClause reads a clause in words [from, stop) that opens with an
// actor, perhaps with a place after it ("the plotters in Niger"), then
// must, should, has to or needs to and a verb that is not negated: the
// actor is who is made the demand of.
func (x *docState) mustClause(r *relSent, from, stop int) []end {
	ws := r.ws
	mi := -1
	for q := from; q < stop && q < from+4; q++ {
		if r.startsAt[q] >= 0 {
			mi = r.startsAt[q]
			break
		}
	}
	if mi < 0 {
		return nil
	}
	m := &r.ms[mi]
	switch ws[m.start].lower {
	case "we", "i", "you", "us":
		return nil // "'We must defend Ukraine,' he said": a resolve, not a demand
	}
	if m.titleStart > from && relPreps[ws[m.titleStart-1].lower] {
		return nil // "said on Tuesday, in what officials ...": no clause subject
	}
	k := m.end
	if k+1 < stop && (ws[k].lower == "in" || ws[k].lower == "of" || ws[k].lower == "from") {
		if mj := r.startsAt[k+1]; mj >= 0 {
			k = r.ms[mj].end
		}
	}
	if k+2 >= stop {
		return nil
	}
	switch {
	case ws[k].lower == "must" || ws[k].lower == "should":
	case (ws[k].lower == "has" || ws[k].lower == "have" || ws[k].lower == "needs" || ws[k].lower == "need") && ws[k+1].lower == "to":
		k++
	default:
		return nil
	}
	if negators[ws[k+1].lower] {
		return nil
	}
	// actor last: a demonym's country becomes an entity when asked for
	ent, weak := x.actor(m, false)
	if ent < 0 {
		return nil
	}
	return []end{{ent: ent, dist: m.titleStart - from + 1, weak: weak}}
}

// rejectionVerbs turn an actor's own demand into the demand of someone
// else ("ignored its demand", "rejected their demand").
var rejectionVerbs = wordSet(`rejected rejects reject rejecting refused refuses refuse ignored ignores
ignore dismissed dismisses dismiss denied denies deny rebuffed spurned`)

// demandClauseNoun reads a demand noun with a clause for its object: "its
// demand that Russia withdraw", "Germany's demand for Russia to
// withdraw". The demander is the noun's owner, or the subject of the
// verb before "its"/"their" ("repeated its demand"), never the subject of
// a verb that rejects the demand. It reports whether it found one.
func (x *docState) demandClauseNoun(r *relSent, i int) bool {
	ws := r.ws
	k := i + 1
	if k >= len(ws) {
		return false
	}
	var objs []end
	switch ws[k].lower {
	case "that":
		objs = x.mentionsFrom(r, k+1, 3, false, i)
	case "for":
		objs = x.infinitiveObject(r, k+1)
	}
	if len(objs) == 0 {
		return false
	}
	for v := i - 1; v >= 0 && v >= i-3; v-- {
		if rejectionVerbs[ws[v].lower] {
			return true // "rejected the demand that ...": no demand of theirs
		}
	}
	subs := x.nounSubject(r, i)
	if len(subs) == 0 && i >= 2 {
		switch ws[i-1].lower {
		case "its", "their", "his", "her":
			v := i - 2
			if isVerbLike(ws[v]) && !negated(ws, v) && !rejectionVerbs[ws[v].lower] {
				subs = x.subjectsLeft(r, v, false)
			}
		}
	}
	x.pairFacts(r.si, ontology.Demanded, "10", subs, objs, verbFrame{p: ontology.Demanded, cameo: "10", noun: true})
	return true
}
