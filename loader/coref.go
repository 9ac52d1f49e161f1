package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// corefResolve gives every mention of the article its entity: gazetteer
// names by canonical name, full personal names by transliteration key,
// surnames and short forms by the full names they shorten, capitals and
// seats of power by the country when they act, and finally pronouns and
// nominals ("the minister") by the nearest compatible entity before them.
func (x *docState) corefResolve() {
	x.resolveKnown()
	x.resolvePersons()
	x.resolveOthers()
	x.resolveAnaphora()
	x.namedEvents()
	x.demonymActors()
	x.sportsSides()
	x.nominalBodies()
}

// sportsSides makes a country that stands beside a match score ("Brazil
// 2-1 Chile", "beat Chile 2 – 1") its national team, an organization:
// in a match report every country's name plays.
func (x *docState) sportsSides() {
	var sides []int
	for si, ms := range x.ments {
		ws := x.words[si]
		scored := false
		for _, m := range ms {
			if m.ent < 0 || m.kind != mkName {
				continue
			}
			if scoreAt(ws, m.end) == 0 && scoreBefore(ws, m.start) == 0 {
				// "Brazil beat Chile 2-1": the winner of the scored match
				if m.end >= len(ws) || !matchVerbs[ws[m.end].lower] {
					continue
				}
				if !scored {
					for k := m.end; k < len(ws) && !scored; k++ {
						scored = scoreAt(ws, k) > 0
					}
					if !scored {
						continue
					}
				}
			}
			if e := x.tab.ents[m.ent]; e.typ == ontology.Country || e.typ == ontology.Place && m.country != "" {
				sides = append(sides, m.ent)
			}
		}
	}
	for _, id := range sides {
		e := x.tab.ents[id]
		e.typ = ontology.Organization
		x.tab.byCanon[string(e.typ)+"|"+e.name] = id
	}
}

// matchVerbs tell a match's result between a side and a score.
var matchVerbs = wordSet(`beat beats defeated defeats lost loses drew draws edged thrashed routed
trounced overcame won wins tied`)

// scoreAt returns the number of words of a match score ("2-1", "2 – 1")
// starting at word k, or 0.
func scoreAt(ws []word, k int) int {
	if k < len(ws) {
		if a, b, ok := cutDash(ws[k].text); ok && allDigits(a) && allDigits(b) {
			return 1
		}
	}
	if k+2 < len(ws) && allDigits(ws[k].text) && isDashWord(ws[k+1].text) && allDigits(ws[k+2].text) {
		return 3
	}
	return 0
}

// scoreBefore returns the number of words of a match score ending just
// before word k, or 0.
func scoreBefore(ws []word, k int) int {
	if k >= 1 && scoreAt(ws, k-1) == 1 {
		return 1
	}
	if k >= 3 && scoreAt(ws, k-3) == 3 {
		return 3
	}
	return 0
}

func cutDash(t string) (string, string, bool) {
	for _, d := range []string{"-", "–", "—"} {
		if a, b, ok := strings.Cut(t, d); ok {
			return a, b, true
		}
	}
	return "", "", false
}

func isDashWord(t string) bool { return t == "-" || t == "–" || t == "—" || t == "--" }

func allDigits(t string) bool {
	if t == "" || len(t) > 2 {
		return false
	}
	for _, c := range t {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// demonymActors names the country of a demonym that modifies an actor
// noun ("the Gabonese and Estonian teams", "Malaysian authorities"): the
// country takes part, so it is an entity of the article even when no
// relation names it. The mention stays a demonym for the relation rules.
func (x *docState) demonymActors() {
	for si, ms := range x.ments {
		ws := x.words[si]
		for _, m := range ms {
			if m.kind != mkDemonym || m.country == "" {
				continue
			}
			k := m.end
			// "the Gabonese and Estonian teams": the noun after the last
			for k+1 < len(ws) && (ws[k].lower == "and" || ws[k].lower == "or" || ws[k].text == ",") && ws[k+1].cap {
				k += 2
			}
			if k < len(ws) && demonymActorNouns[ws[k].lower] {
				x.tab.ents[x.tab.canon(m.country, ontology.Country)].hidden = false
			}
		}
	}
}

// demonymActorNouns are the groups a demonym before them makes the
// country's.
var demonymActorNouns = wordSet(`team teams forces troops soldiers officials authorities government
diplomats military army navy police delegation delegations negotiators side leaders leader
counterpart counterparts ministry embassy warplanes jets drones missiles`)

// resolveKnown handles gazetteer names and headed names.
func (x *docState) resolveKnown() {
	surnames := x.personSurnames()
	for si := range x.ments {
		for mi := range x.ments[si] {
			m := &x.ments[si][mi]
			if m.kind != mkName || m.canon == "" {
				continue
			}
			if m.typ == ontology.Place && m.end-m.start == 1 && surnames[m.name] {
				// "Valeska Paris ... Paris said": the surname, not the city
				m.canon, m.typ, m.seat, m.metonym, m.aliases = "", "", false, "", nil
				continue
			}
			if m.seat && m.metonym != "" && x.seatActs(m) {
				id := x.tab.canon(m.metonym, m.metonymType)
				x.tab.alias(id, m.name)
				m.ent, m.acting = id, true
				n := len(x.tab.ents)
				pid := x.tab.canon(m.canon, ontology.Place)
				if pid >= n {
					x.tab.ents[pid].hidden = true // until used as a place
				}
				continue
			}
			id := x.tab.canon(m.canon, m.typ)
			e := x.tab.ents[id]
			e.hidden = false
			x.tab.alias(id, m.name)
			for _, a := range m.aliases {
				x.tab.alias(id, a)
			}
			if e.country == "" {
				e.country = m.country
			}
			if e.category == "" {
				e.category, e.parent = m.category, m.parent
			}
			m.ent = id
		}
	}
}

// seatActs reports whether a capital or seat of power stands for its
// country here: it is not the object of a locative preposition, and it
// is followed by a verb, a possessive or ends a clause as an agent.
func (x *docState) seatActs(m *mention) bool {
	ws := x.words[m.sent]
	s := m.start
	if s > 0 && ws[s-1].lower == "the" {
		s--
	}
	if s > 0 && (locativePreps[ws[s-1].lower] || ws[s-1].lower == "of") {
		return false
	}
	if m.end < len(ws) {
		nx := ws[m.end]
		if nx.cap && nx.alpha {
			return false // "Moscow Metro", "Washington Post"
		}
	}
	if m.end < len(ws) {
		nx := ws[m.end]
		if isPossessive(nx.text) || roleIsHead(nx.lower) || isVerbLike(nx) && nx.tag != "VBG" || nx.lower == "and" && (s == 0 || !locativePreps[ws[s-1].lower]) {
			return true // "Moscow's terms", "a Moscow official", "Kyiv claimed"
		}
	}
	if s > 0 {
		switch ws[s-1].lower {
		case "with", "between", "by", "for", "against", "on", "and":
			return true // "talks with Washington", "a blow for Kyiv"
		}
		if isVerbLike(ws[s-1]) && !beForms[ws[s-1].lower] {
			return true // "condemning Moscow"
		}
	}
	return false
}

// resolvePersons clusters full personal names by transliteration key and
// first+last words ("Omar Touray" is "Omar Alieu Touray").
func (x *docState) resolvePersons() {
	x.seenAt = map[int][]int{}
	for si := range x.ments {
		for mi := range x.ments[si] {
			m := &x.ments[si][mi]
			if m.kind != mkName || m.ent >= 0 || m.typ != ontology.Person || (m.end-m.start < 2 && !strings.Contains(m.name, " ")) {
				continue
			}
			key := x.lex.key(m.name)
			id, ok := x.tab.byKey[key]
			if !ok {
				id, ok = x.personByEnds(key)
			}
			if !ok {
				id, ok = x.typoOf(m.name, ontology.Person)
			}
			if !ok {
				id = x.tab.add(m.name, ontology.Person)
				x.tab.ents[id].key = key
				x.tab.byKey[key] = id
				x.tab.ents[id].gender = m.gender
				x.tab.ents[id].guessed = m.lone
			} else if !m.lone {
				x.tab.ents[id].guessed = false
			}
			e := x.tab.ents[id]
			if len(strings.Fields(m.name)) > len(strings.Fields(e.name)) {
				x.tab.rename(id, m.name)
			} else {
				x.tab.alias(id, m.name)
			}
			if e.gender == 0 {
				e.gender = m.gender
			}
			for _, a := range m.aliases {
				x.tab.alias(id, a)
			}
			x.seenAt[id] = append(x.seenAt[id], si)
			if m.titleCountry != "" {
				e.countries = append(e.countries, m.titleCountry)
			}
			if m.title != "" {
				e.titles = append(e.titles, m.title)
				if m.honorific {
					x.tab.alias(id, joinWords(x.words[si][m.titleStart:m.end]))
				}
			}
			m.ent = id
		}
	}
	// Surnames and transliteration variants are aliases of the person.
	for _, e := range x.tab.ents {
		if e.typ != ontology.Person || e.key == "" {
			continue
		}
		// a few standard spellings are enough to meet other texts; the
		// full cross product of variants only slows resolution down
		for i, v := range x.lex.variants(e.name) {
			if i >= 6 {
				break
			}
			x.tab.alias(x.tab.byKey[e.key], v)
		}
	}
}

// personByEnds finds a person whose key has the same first and last words
// as key.
func (x *docState) personByEnds(key string) (int, bool) {
	f := strings.Fields(key)
	for id, e := range x.tab.ents {
		if e.typ != ontology.Person || e.key == "" {
			continue
		}
		g := strings.Fields(e.key)
		if len(g) >= 2 && len(f) >= 2 && g[0] == f[0] && g[len(g)-1] == f[len(f)-1] {
			return id, true
		}
		if len(f) >= 2 && len(g) > len(f) && strings.HasSuffix(e.key, " "+key) {
			return id, true // "Ben Shitrit" of "David Moshe Ben Shitrit"
		}
	}
	return 0, false
}

// personBySurname finds the person a single name shortens: the last word
// of a full name, or the first when it is no given name (He Lifeng).
// The nearest person named before sentence si wins.
func (x *docState) personBySurname(name string, si int) (int, bool) {
	k := x.lex.key(name)
	best, bestAt := -1, -1
	for id, e := range x.tab.ents {
		if e.typ != ontology.Person || e.key == "" {
			continue
		}
		g := strings.Fields(e.key)
		if g[len(g)-1] == k || (len(g) > 1 && strings.HasSuffix(e.key, " "+k)) || (g[0] == k && !x.lex.firstName(strings.Fields(e.name)[0])) {
			// the person named last before sentence si wins; failing
			// that, the first named after it
			at := -1
			for _, s := range x.seenAt[id] {
				if s <= si && s > at {
					at = s
				}
			}
			if at < 0 && len(x.seenAt[id]) > 0 {
				at = -1000 - x.seenAt[id][0]
			}
			if best < 0 || at > bestAt {
				best, bestAt = id, at
			}
		}
	}
	return best, best >= 0
}

// personSurnames returns the last words of the full personal names the
// article writes, so that a surname that is also a place's name
// ("Valeska Paris") is read as the person's.
func (x *docState) personSurnames() map[string]bool {
	out := map[string]bool{}
	for _, ms := range x.ments {
		for _, m := range ms {
			if m.kind == mkName && m.typ == ontology.Person && m.canon == "" && m.end-m.start >= 2 {
				out[x.words[m.sent][m.end-1].text] = true
			}
		}
	}
	return out
}
