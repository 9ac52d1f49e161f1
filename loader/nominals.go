package loader

import "github.com/actorgraph/actorgraph/ontology"

// This file reads interactions told by a noun rather than a verb ("a
// Russian counter-attack on Sumy", "talks between X and Y", "the killing of
// X in an Israeli air strike") and finds their agents: possessors, "by"
// phrases, fronted clauses, the means named after them.

// nounFrame reads a nominalisation: "a Russian counter-attack on Sumy",
// "Israel's strikes on Lebanon", "talks between X and Y", "imposed
// sanctions on Niger", "a threatened tariff on Swiss goods".
func (x *docState) nounFrame(r *relSent, i int, fr verbFrame) {
	ws := r.ws
	p, cameo := fr.p, fr.cameo
	if p == ontology.Demanded && x.demandClauseNoun(r, i) {
		return
	}
	if p == ontology.Sanctioned && liftedBefore(ws, i) {
		return // "lifted sanctions on Syria": relations restored, no sanction
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if reversalVerbs[ws[k].lower] {
			// "suspended budget support to Niamey": support withdrawn
			p, cameo = ontology.Sanctioned, "16"
			break
		}
		if ws[k].text == "," || ws[k].text == ";" {
			break
		}
	}
	hedge, neg := lightHedged(ws, i)
	if neg {
		return // "has not imposed sanctions on"
	}
	if hedge {
		switch p {
		case ontology.Sanctioned:
			p, cameo = ontology.Threatened, "13" // "could impose sanctions on"
		case ontology.MetWith, ontology.Visited, ontology.Supported, ontology.Criticized, ontology.CooperatedWith:
			return // "plans to hold talks with"
		}
	}
	if p == ontology.Sanctioned && i > 0 {
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			switch ws[k].lower {
			case "threatened", "threat", "threatening", "proposed", "planned", "possible", "potential",
				"considering", "considers", "weighing", "weighs", "mulling", "mulls":
				p, cameo = ontology.Threatened, "13"
			}
		}
	}
	// the object: a preposition of the frame right after the noun
	var objs []end
	allowed := fr.prepSet
	k := i + 1
	if k < len(ws) && (ws[k].text == "-" || isNumber(ws[k].text)) {
		k++
	}
	var byAgent []end
	if p == ontology.Sanctioned && k+1 < len(ws) && participleLight[ws[k].lower] {
		// "sanctions imposed on Iran by the EU", "tariffs imposed by
		// the US on China": the participle's agent imposes them
		byAgent = x.agentBy(r, k)
		if len(byAgent) > 0 && ws[k+1].lower == "by" {
			k = ws2end(r, k+2)
		} else {
			k++
		}
	}
	if p == ontology.InConflictWith && k < len(ws) && (ws[k].lower == "in" || ws[k].lower == "on" || ws[k].lower == "against") {
		x.warOn(r, i, k, fr)
		return
	}
	if k < len(ws) && allowed[ws[k].lower] {
		if ws[k].lower == "between" {
			sides := x.mentionsFrom(r, k+1, 3, false, i)
			for a := 0; a < len(sides); a++ {
				for b := a + 1; b < len(sides); b++ {
					x.pairFacts(r.si, p, cameo, sides[a:a+1], sides[b:b+1], fr)
				}
			}
			return
		}
		objs = x.mentionsFrom(r, k+1, 4, fr.place, i)
	} else if k < len(ws) && (ws[k].lower == "for" || ws[k].lower == "of") {
		// "Moscow's terms for a peace deal with Kyiv": the object's
		// preposition after a short complement
		for q := k + 1; q < len(ws) && q <= k+5; q++ {
			if allowed[ws[q].lower] && ws[q].lower != "for" && ws[q].lower != "of" {
				objs = x.mentionsFrom(r, q+1, 3, fr.place, i)
				break
			}
			if !ws[q].alpha || ws[q].cap || isVerbLike(ws[q]) && ws[q].tag != "NN" {
				break
			}
		}
	}
	if len(objs) == 0 {
		if p == ontology.MetWith || p == ontology.CooperatedWith {
			x.jointNoun(r, i, p, cameo, fr) // "X and Y held talks in Moscow"
		}
		return
	}
	subs := byAgent
	if len(subs) == 0 {
		subs = x.nounSubject(r, i)
	}
	if len(subs) > 0 && subs[0].dist > 2 && judgedNoun(ws, i) {
		subs = nil // "Russia condemned the strike on Syria": the judge is no agent
	}
	if len(subs) == 0 && killingNouns[ws[i].lower] {
		// "the killing of Fuad Shukr ... in an Israeli air strike": the
		// agent is the means named after; the sentence's subject is no
		// guess for a killing
		subs = x.meansAfter(r, i)
	} else if len(subs) == 0 && !ownedByUnknown(ws, i) && !judgedNoun(ws, i) {
		subs = x.sentenceAgent(r, i)
	}
	x.pairFacts(r.si, p, cameo, subs, objs, fr)
}

// nounSubject finds who does what a noun names: a demonym, country or
// possessive right before it ("Russian counter-attack", "Israel's
// strikes"), or the subject of the light verb it is the object of
// ("imposed sanctions").
func (x *docState) nounSubject(r *relSent, i int) []end {
	ws := r.ws
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if ws[k].lower == "whose" {
			// "Hamas, the Palestinian group whose attack on Israel"
			return x.whoseOwner(r, k)
		}
		if mi := r.endsAt[k+1]; mi >= 0 {
			m := &r.ms[mi]
			if ent, weak := x.actor(m, false); ent >= 0 {
				return []end{{ent: ent, dist: i - k, weak: weak}}
			}
			if m.end-m.start == 1 && monthNames[ws[m.start].lower] {
				k = m.start // "whose October 7 attack": a date, not an owner
				continue
			}
			return nil
		}
		w := ws[k]
		if isPossessive(w.text) {
			continue
		}
		if lightVerbs[w.lower] {
			subs := x.subjectsLeft(r, k, false)
			if len(subs) == 0 && k > 1 && (ws[k-1].lower == "and" || ws[k-2].lower == "and" && ws[k-1].tag == "RB") {
				subs = x.sharedSubject(r, k) // "..., and immediately imposed sanctions on"
			}
			return subs
		}
		if isNumber(w.text) || monthNames[w.lower] {
			continue // "October 7 attack"
		}
		if !w.alpha || w.cap || relPreps[w.lower] {
			break
		}
	}
	return nil
}

// reversalVerbs withdraw what the noun after them names.
var reversalVerbs = wordSet(`suspended suspend suspends suspending halted halt halts cut cuts
cutting withdrew withdraw withdrawn ended end ends stopped stop froze freeze frozen scrapped
cancelled canceled revoked revoke terminated`)

var monthNames = wordSet(`january february march april may june july august september october
november december`)

// whoseOwner finds what "whose" refers to: the name before the
// appositive it opens ("Hamas, the Palestinian group whose ...").
func (x *docState) whoseOwner(r *relSent, k int) []end {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if r.ws[j].text != "," {
			continue
		}
		if mi := r.endsAt[j]; mi >= 0 {
			if ent, weak := x.actor(&r.ms[mi], false); ent >= 0 {
				return []end{{ent: ent, dist: k - j, weak: weak}}
			}
		}
		return nil
	}
	if mi := r.endsAt[k]; mi >= 0 { // "Hamas, whose"
		if ent, weak := x.actor(&r.ms[mi], false); ent >= 0 {
			return []end{{ent: ent, dist: 1, weak: weak}}
		}
	}
	return nil
}

// modifiesPlace reports whether the words from k are a place noun with
// "of" ("city of Sumy"), so a demonym before them is no actor.
func modifiesPlace(ws []word, k int) bool {
	for j := k; j < len(ws) && j < k+3; j++ {
		if entPlaceHeads[ws[j].lower] {
			return j+1 < len(ws) && ws[j+1].lower == "of"
		}
		if !ws[j].alpha || ws[j].cap {
			return false
		}
	}
	return false
}

// possessesPerson reports whether the words from k name a person by
// title ("top economic official", "foreign minister").
func possessesPerson(ws []word, k int) bool {
	for j := k; j < len(ws) && j < k+4; j++ {
		if roleIsHead(ws[j].lower) {
			return true
		}
		if !ws[j].alpha || ws[j].cap {
			return false
		}
	}
	return false
}

// sentenceAgent is the fallback subject of a nominalisation that names
// none ("in what the military described as a blow against Hezbollah",
// "after a session with Bessent, Keller-Sutter called"): the first actor
// of the sentence that is no object of a preposition, as a weak end.
func (x *docState) sentenceAgent(r *relSent, i int) []end {
	if subs := x.frontedAgent(r, i); len(subs) > 0 {
		return subs
	}
	firstVerb := len(r.ws)
	for k, w := range r.ws {
		if !r.covered[k] && !w.cap && isVerbLike(w) && (w.tag == "" || w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP" || w.tag == "MD") {
			firstVerb = k
			break
		}
	}
	for mi := range r.ms {
		m := &r.ms[mi]
		if m.end > firstVerb || m.end > i {
			return nil
		}
		if m.kind == mkPronoun && m.ent < 0 {
			continue
		}
		if m.titleStart > 0 && relPreps[r.ws[m.titleStart-1].lower] {
			continue
		}
		if m.start > 0 && (r.ws[m.start-1].lower == "the" && m.titleStart > 1 && relPreps[r.ws[m.titleStart-2].lower]) {
			continue
		}
		if ent, _ := x.actor(m, false); ent >= 0 {
			out := []end{{ent: ent, dist: 10, weak: true}}
			return append(out, x.coordRight(r, m, false)...)
		}
	}
	return nil
}

// ownedByUnknown reports whether a possessive determiner the rules could
// not resolve owns the noun at i ("our deals with Albania" in a quote):
// its owner, not the sentence's first actor, does what the noun names.
func ownedByUnknown(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch ws[k].lower {
		case "our", "my", "your", "their", "its", "his", "her":
			return true
		}
		if !ws[k].alpha || ws[k].cap || closedClass[ws[k].lower] {
			return false
		}
	}
	return false
}

// namedMembers reads the actors a plural object is made of, named after
// it: ", including X and Y", ", among them X", ", such as X".
func (x *docState) namedMembers(r *relSent, k, trig int, place bool) []end {
	ws := r.ws
	if k >= len(ws) {
		return nil
	}
	switch {
	case ws[k].lower == "including":
		k++
	case ws[k].lower == "among" && k+1 < len(ws) && ws[k+1].lower == "them":
		k += 2
	case ws[k].lower == "such" && k+1 < len(ws) && ws[k+1].lower == "as":
		k += 2
	default:
		return nil
	}
	out := x.mentionsFrom(r, k, 2, place, trig)
	for j := range out {
		out[j].weak = true
	}
	return out
}

// warOn reads "Russia's war in Ukraine", "Israel's war on Hamas": the
// owner of the war fights the country or group it is waged in or on, and
// attacks it. Only an owner named right before the noun counts: "the war
// in Ukraine" says nothing of who wages it.
func (x *docState) warOn(r *relSent, i, k int, fr verbFrame) {
	subs := x.nounSubject(r, i)
	if len(subs) == 0 {
		return
	}
	objs := x.mentionsFrom(r, k+1, 3, false, i)
	x.pairFacts(r.si, ontology.InConflictWith, "19", subs, objs, fr)
	x.pairFacts(r.si, ontology.Attacked, "19", subs, objs, fr)
}

// fronted opens an adverbial phrase before the main clause.
var fronted = wordSet(`after during before following at ahead upon in on`)

// frontedAgent reads a nominalisation inside a phrase fronted before the
// main clause ("After a session with Bessent, Keller-Sutter called ..."):
// the main clause's subject took part in it.
func (x *docState) frontedAgent(r *relSent, i int) []end {
	ws := r.ws
	if len(ws) == 0 || !fronted[ws[0].lower] {
		return nil
	}
	c := -1
	for k := 1; k < len(ws) && k < 16; k++ {
		if ws[k].text == "," {
			c = k
			break
		}
	}
	if c < 0 || i > c {
		return nil
	}
	for v := c + 1; v < len(ws) && v < c+12; v++ {
		w := ws[v]
		if r.covered[v] || w.cap || (w.tag != "VBD" && w.tag != "VBZ" && w.tag != "VBP" && w.tag != "MD") {
			continue
		}
		subs := x.subjectsLeft(r, v, false)
		for k := range subs {
			if subs[k].dist >= v-c {
				return nil // the subject must be in the main clause
			}
			subs[k].dist = v - i
		}
		return subs
	}
	return nil
}

// killingNouns name a killing; their agent is read only from the noun
// phrase itself or the means after it.
var killingNouns = wordSet(`killing killings assassination assassinations murder murders`)

// meansAfter finds "in an Israeli air strike", "by a Russian drone"
// after a killing noun: the actor behind the means.
func (x *docState) meansAfter(r *relSent, i int) []end {
	ws := r.ws
	for k := i + 1; k < len(ws) && k <= i+12; k++ {
		if ws[k].text == ";" || ws[k].text == "." {
			return nil
		}
		if ws[k].lower != "in" && ws[k].lower != "by" {
			continue
		}
		for q := k + 1; q < len(ws) && q <= k+3; q++ {
			if mi := r.startsAt[q]; mi >= 0 {
				if ent, weak := x.actor(&r.ms[mi], false); ent >= 0 {
					return []end{{ent: ent, dist: q - i, weak: weak}}
				}
				break
			}
		}
	}
	return nil
}
