package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// prepSet reads a frame's preposition list.
func prepSet(s string) map[string]bool {
	return wordSet(strings.ReplaceAll(s, "!", ""))
}

var (
	// prepositions whose object is not the subject of a following verb
	relPreps = wordSet(`of in at from for with to by on about against between over under after before
into near amid among across during than via within without toward towards`)
	// clause openers a subject search does not cross
	relClauseStops = wordSet(`; while but as when after before because although whereas though if
since unless until whether where`)
	// speech verbs a subject search may cross when the embedded clause
	// has no actor of its own
	relSpeech = wordSet(`said says say told added claimed declared stated announced reported`)
)

// subjectsLeft finds the subject of the verb at i: the nearest actor to
// the left that is not the object of a preposition, skipping appositives
// and relative clauses set off by commas, with the actors coordinated
// with it ("X and Y arrived").
func (x *docState) subjectsLeft(r *relSent, i int, place bool) []end {
	ws := r.ws
	crossed := false
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		w := ws[k]
		if mi := r.endsAt[k+1]; mi >= 0 {
			m := &r.ms[mi]
			if r.objOnly[mi] {
				k = m.titleStart
				continue
			}
			pre := m.titleStart - 1
			if pre >= 0 && relPreps[ws[pre].lower] && ws[pre].lower != "of" {
				k = m.titleStart
				continue
			}
			// "Russian missiles", "Israeli warplanes": a demonym counts
			// only right before the nouns it modifies
			if ent, weak := x.actor(m, place); ent >= 0 {
				if pre >= 0 && isPossessive(ws[m.end].text) {
					weak = true
				}
				if m.end < len(ws) && isPossessive(ws[m.end].text) && m.end+1 < i {
					// "Moscow's counter-attack comes": the owner acts
					weak = true
					if h := x.officeHolder(ent, ws, m.end+1); h >= 0 {
						ent = h // "Qatar's prime minister flew": the person
					}
				}
				out := []end{{ent: ent, dist: i - m.end, weak: weak || crossed}}
				return append(out, x.coordLeft(r, m, place)...)
			}
			k = m.titleStart
			continue
		}
		switch {
		case relClauseStops[w.lower] && k < i-1:
			return nil
		case w.text == ",":
			// "the Amal movement, a Shi'ite party allied with": the
			// name before an appositive that holds no verb
			if k < i-1 && appositiveStart(ws[k+1]) && !relClauseStops[ws[k+1].lower] {
				for q := k; q >= 0 && q >= k-2; q-- {
					if mi := r.endsAt[q]; mi >= 0 {
						m := &r.ms[mi]
						if ent, weak := x.actor(m, place); ent >= 0 && m.kind == mkName {
							return []end{{ent: ent, dist: i - m.end, weak: weak}}
						}
						break
					}
					if q < k && (ws[q].cap || !ws[q].alpha) {
						break
					}
				}
			}
			// skip an appositive or relative clause: ", chief of ...,"
			j := k - 1
			for j >= 0 && ws[j].text != "," && j > k-25 {
				j--
			}
			if j >= 0 && ws[j].text == "," && j+1 < k && appositiveStart(ws[j+1]) {
				k = j
				continue
			}
			if k+1 < i && (ws[k+1].lower == "who" || ws[k+1].lower == "which") {
				continue
			}
			return nil
		case relSpeech[w.lower]:
			crossed = true
		case k < i-1 && isVerbLike(w) && !beForms[w.lower] && w.tag != "MD" && !isAux(w.lower):
			if _, trig := verbTriggers[w.lower]; trig {
				continue // a chain "attacked and killed"
			}
			if w.tag == "VBG" || w.tag == "VBN" {
				continue
			}
			return nil
		}
	}
	return nil
}

func isAux(l string) bool {
	switch l {
	case "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
		"did", "does", "do", "also", "then", "reportedly", "allegedly":
		return true
	}
	return false
}

// appositiveStart reports whether a word can open an appositive or a
// non-restrictive clause.
func appositiveStart(w word) bool {
	switch w.lower {
	case "who", "which", "the", "a", "an", "its", "his", "her", "their", "whose", "for", "in", "on",
		"meanwhile", "however", "speaking", "meeting", "according":
		return true
	}
	return roleIsTitleWord(w.lower) && !w.cap
}

// coordLeft returns the actors coordinated before m: "X and Y", "X, Y
// and Z", "X, chief of staff to W, and Y".
func (x *docState) coordLeft(r *relSent, m *mention, place bool) []end {
	ws := r.ws
	var out []end
	k := m.titleStart - 1
	if k > 0 && ws[k].lower == "the" {
		k-- // "X and the United States"
	}
	for k >= 0 && (ws[k].lower == "and" || ws[k].text == ",") {
		if len(out) == 0 && ws[k].text == "," {
			break // "On board the Freewinds, Paris claims": a bare comma is no coordination
		}
		viaComma := ws[k].text == "," || k > 0 && ws[k-1].text == ","
		j := k
		if ws[j].lower == "and" && j > 0 && ws[j-1].text == "," {
			j--
		}
		// an appositive between: ", chief of staff to ..., and"
		if ws[j].text == "," {
			q := j - 1
			for q >= 0 && ws[q].text != "," && q > j-20 {
				q--
			}
			if q >= 0 && ws[q].text == "," && q+1 < j && appositiveStart(ws[q+1]) && r.endsAt[q] >= 0 {
				j = q
			}
		}
		mi := r.endsAt[j]
		if mi < 0 {
			break
		}
		c := &r.ms[mi]
		ent, weak := x.actor(c, place)
		if ent < 0 {
			break
		}
		if viaComma && c.titleStart > 0 && (relPreps[ws[c.titleStart-1].lower] && ws[c.titleStart-1].lower != "of" ||
			isVerbLike(ws[c.titleStart-1]) && !ws[c.titleStart-1].cap) {
			break // "according to AFP, the UN and X", "a blow for Ukraine, and X": no conjunct
		}
		out = append(out, end{ent: ent, dist: 5, weak: weak})
		k = c.titleStart - 1
		if k > 0 && ws[k].lower == "the" {
			k--
		}
	}
	return out
}

// agentBy finds "by X" after a passive verb.
func (x *docState) agentBy(r *relSent, i int) []end {
	ws := r.ws
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		if ws[k].lower == "by" {
			return x.mentionsFrom(r, k+1, 6, true, i)
		}
		if ws[k].text == "," || ws[k].text == "." {
			break
		}
	}
	return nil
}

// mentionsFrom returns the first actor starting within n words of k
// (skipping determiners, numbers and adjectives), with those coordinated
// with it.
func (x *docState) mentionsFrom(r *relSent, k, n int, place bool, trig int) []end {
	ws := r.ws
	for j := k; j < len(ws) && j < k+n; j++ {
		if mi := r.startsAt[j]; mi >= 0 {
			m := &r.ms[mi]
			ent, weak := x.actor(m, place)
			if ent < 0 {
				j = m.end - 1
				continue
			}
			out := []end{{ent: ent, dist: j - trig, weak: weak}}
			return append(out, x.coordRight(r, m, place)...)
		}
		w := ws[j]
		if isQuoteWord(w.text) {
			continue
		}
		if !w.alpha && !isPossessive(w.text) && w.text != "-" && !isNumber(w.text) {
			return nil
		}
		if j > k && (isVerbLike(w) && w.tag != "VBN" && w.tag != "JJ") {
			return nil
		}
	}
	return nil
}

func isNumber(s string) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && c != ',' && c != '.' && c != '%' {
			return false
		}
	}
	return s != ""
}

// coordRight returns the actors coordinated after m.
func (x *docState) coordRight(r *relSent, m *mention, place bool) []end {
	ws := r.ws
	var out []end
	k := m.end
	for k < len(ws) && (ws[k].lower == "and" || ws[k].text == "," || ws[k].lower == "or") {
		j := k + 1
		if j < len(ws) && ws[j].lower == "and" {
			j++
		}
		if j < len(ws) && ws[j].lower == "the" {
			j++
		}
		mi := r.startsAt[j]
		if mi < 0 {
			break
		}
		c := &r.ms[mi]
		ent, weak := x.actor(c, place)
		if ent < 0 {
			break
		}
		if ws[k].text == "," && c.end < len(ws) && isVerbLike(ws[c.end]) && !ws[c.end].cap && ws[c.end].tag != "VBN" && ws[c.end].tag != "VBG" {
			break // ", and the African Union has given": a new clause
		}
		out = append(out, end{ent: ent, dist: 5, weak: weak})
		k = c.end
	}
	return out
}

// objectsRight finds the object of the verb at i: the first actor after
// it, through the prepositions its frame allows.
func (x *docState) objectsRight(r *relSent, i int, fr verbFrame) []end {
	ws := r.ws
	allowed := fr.prepSet
	needPrep := strings.HasSuffix(fr.preps, "!")
	prep := ""
	for k := i + 1; k < len(ws) && k <= i+9; k++ {
		if mi := r.startsAt[k]; mi >= 0 {
			m := &r.ms[mi]
			if needPrep && prep == "" {
				return nil
			}
			if m.kind == mkPronoun && possPronouns[ws[m.start].lower] && ownedActor(r, m.end) {
				// "met his Chinese counterpart", "thanked his counterpart
				// Emmanuel Macron": the owner is no object when an actor
				// names what he owns
				k = m.end - 1
				if n := r.startsAt[m.end]; n >= 0 && r.ms[n].kind == mkDemonym && ownedActor(r, r.ms[n].end) {
					k = r.ms[n].end - 1 // "his French counterpart Emmanuel Macron": the name
				}
				continue
			}
			ent, weak := x.actor(m, fr.place)
			if ent < 0 && m.kind == mkDemonym && !fr.noun && m.end < len(ws) && !ws[m.end].cap && ws[m.end].alpha && !closedClass[ws[m.end].lower] {
				// "rejected any Israeli reoccupation": what a country does
				// or owns stands for it as the object of an attitude
				ent, weak = x.countryEnt(m.country), true
			}
			if ent >= 0 && m.kind == mkDemonym && modifiesPlace(ws, m.end) {
				ent = -1 // "the Ukrainian city of Sumy": the city is the object
			}
			if ent >= 0 && m.end+1 < len(ws) && isPossessive(ws[m.end].text) && possessesPerson(ws, m.end+1) {
				// "contacted Thailand's foreign minister": an unnamed
				// official stands for the country, weakly; one only to be
				// met is probably named elsewhere ("will meet China's top
				// economic official")
				if h := x.officeHolder(ent, ws, m.end+1); h >= 0 {
					ent = h
				} else if futureOrVow(ws, i) {
					return nil
				}
				weak = true
			}
			if ent >= 0 {
				out := []end{{ent: ent, dist: k - i, weak: weak, prep: prep}}
				return append(out, x.coordRight(r, m, fr.place)...)
			}
			k = m.end - 1
			continue
		}
		w := ws[k]
		if needPrep && prep == "" && (w.tag == "DT" || strings.HasPrefix(w.tag, "NN") || strings.HasPrefix(w.tag, "PRP")) {
			return nil // "called the talks on X": the particle must come first ("called on X")
		}
		switch {
		case w.text == "(" || isQuoteWord(w.text):
			continue
		case w.text == "," && k > i+1 && (!needPrep || prep != ""):
			// "sanctioned eight officials, among them X", "expelled
			// diplomats, including X": the named members of the object
			return x.namedMembers(r, k+1, i, fr.place)
		case !w.alpha && !isNumber(w.text) && w.text != "-" && !isPossessive(w.text):
			return nil
		case allowed[w.lower]:
			prep = w.lower
			continue
		case w.lower == "that" && k == i+1 && (fr.p == ontology.Demanded || fr.p == ontology.AppealedTo):
			// "demanded that Russia withdraw": the clause's subject
			return weakEnds(x.clauseActor(r, k+1, min(len(ws), k+4)))
		case w.lower == "of":
			continue
		case k > i+1 && !fr.noun && isTargetNoun(w.lower):
			return nil // "condemned the strikes on X", "ordered the expulsion of X's diplomats": the noun's frame reads X
		case relPreps[w.lower] || w.lower == "that" || w.lower == "which" || w.lower == "who":
			return nil
		case k > i+1 && w.tag == "VBZ" && strings.HasPrefix(ws[k-1].tag, "NN") && !ws[k-1].cap:
			continue // "artillery rounds": a plural the tagger took for a verb
		case k > i+1 && isVerbLike(w) && w.tag != "VBN" && w.tag != "JJ" && w.tag != "VBG":
			return nil
		}
	}
	return nil
}

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
