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
