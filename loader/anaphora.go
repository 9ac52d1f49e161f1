package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Nominal heads: "the group", "the bloc", "the country", "the city".
var corefNominalTypes = map[string]ontology.EntityType{
	"group": ontology.Organization, "bloc": ontology.Organization, "movement": ontology.Organization,
	"militia": ontology.Organization, "junta": ontology.Organization, "alliance": ontology.Organization,
	"organisation": ontology.Organization, "organization": ontology.Organization,
	"party": ontology.Organization, "ministry": ontology.Organization, "company": ontology.Organization,
	"country": ontology.Country, "nation": ontology.Country, "kingdom": ontology.Country,
	"city": ontology.Place, "town": ontology.Place, "village": ontology.Place, "region": ontology.Place,
}

// nominals adds "the <title>" and "the <group noun>" mentions that no name
// covers.
func (f *entFinder) nominals(si int, ms []mention) []mention {
	ws := f.words[si]
	var extra []mention
	drop := map[int]bool{}
	next := 0
	for i := 0; i+1 < len(ws); i++ {
		for next < len(ms) && ms[next].end <= i {
			next++
		}
		if ws[i].lower != "the" {
			continue
		}
		country, dem := "", -1
		if next < len(ms) && ms[next].start == i+1 && ms[next].kind == mkDemonym {
			// "the Egyptian minister", "the Israeli military"
			country, dem = ms[next].country, next
		} else if next < len(ms) && ms[next].start <= i+1 {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			w := ws[k]
			if dem >= 0 && k < ms[dem].end {
				continue
			}
			if (w.cap && !adjectival(w.text)) || !w.alpha || (next < len(ms) && ms[next].start <= k && next != dem) {
				break
			}
			if k+1 < len(ws) && !ws[k+1].cap && ws[k+1].alpha && (roleIsTitleWord(ws[k+1].lower) || corefNominalTypes[ws[k+1].lower] != "") {
				continue
			}
			if k+1 < len(ws) && ws[k+1].cap && ws[k+1].alpha {
				break // "the state oil company PDVSA": a descriptor of the name after it
			}
			if t, ok := corefNominalTypes[w.lower]; ok && dem < 0 {
				m := f.plainMention(si, i+1, k+1, t, true)
				m.kind = mkNominal
				extra = append(extra, m)
				break
			}
			if roleIsHead(w.lower) && !strings.HasSuffix(w.lower, "s") {
				m := f.plainMention(si, i+1, k+1, ontology.Person, true)
				start := i + 1
				if dem >= 0 {
					start = ms[dem].end
					drop[dem] = true
				}
				m.kind, m.title, m.titleCountry = mkNominal, titleText(ws[start:k+1]), country
				extra = append(extra, m)
				break
			}
			if !roleIsTitleWord(w.lower) && (closedClass[w.lower] || isVerbLike(w) && w.tag != "JJ" && w.tag != "VBN") {
				break
			}
		}
	}
	if len(extra) == 0 {
		return ms
	}
	if len(drop) > 0 {
		kept := ms[:0:0]
		for i, m := range ms {
			if !drop[i] {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	return mergeMentions(ms, extra)
}

// resolveAnaphora resolves pronouns and nominals in reading order to the
// nearest compatible entity before them: in the same sentence the nearest
// one, in earlier sentences the first (the likely subject).
func (x *docState) resolveAnaphora() {
	x.salience = map[int]int{}
	for _, ms := range x.ments {
		for _, m := range ms {
			if m.ent >= 0 && m.kind == mkName {
				x.salience[m.ent]++
			}
		}
	}
	for si := range x.ments {
		for mi := range x.ments[si] {
			m := &x.ments[si][mi]
			if m.ent >= 0 || (m.kind != mkPronoun && m.kind != mkNominal) {
				continue
			}
			if m.kind == mkPronoun && (m.name == "it" || m.name == "It") && !x.itActs(m) {
				continue
			}
			if m.typ == "" {
				continue // they/their: too often a plain plural
			}
			if id := x.antecedent(si, mi, m); id >= 0 {
				m.ent = id
				if m.typ != ontology.Person {
					m.typ = x.tab.ents[id].typ
				}
			}
		}
	}
}

// itActs reports whether "it" is followed by a verb (not "it is ..."
// expletive, which says nothing about an actor).
func (x *docState) itActs(m *mention) bool {
	ws := x.words[m.sent]
	if m.end >= len(ws) {
		return false
	}
	n := ws[m.end].lower
	switch n {
	case "is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains", "remained", "will", "would", "has", "had", "may", "might", "could":
		return n == "has" || n == "had" || n == "will" || n == "would"
	}
	return true
}

// antecedent finds the entity a pronoun or nominal refers to, or -1.
func (x *docState) antecedent(si, mi int, m *mention) int {
	ok := func(c *mention) bool {
		if c.ent < 0 || c.kind == mkDemonym {
			return false
		}
		e := x.tab.ents[c.ent]
		switch m.typ {
		case ontology.Person:
			if e.typ != ontology.Person || (m.gender != 0 && e.gender != 0 && m.gender != e.gender) {
				return false
			}
			if m.kind == mkNominal {
				return titleShares(e.titles, m.title) || (m.titleCountry != "" && containsString(e.countries, m.titleCountry) && titleShares(e.titles, lastWord(m.title)))
			}
			return true
		case ontology.Organization:
			if m.kind == mkPronoun {
				return e.typ == ontology.Organization || e.typ == ontology.Country
			}
			return e.typ == ontology.Organization
		default:
			return e.typ == m.typ
		}
	}
	if m.kind == mkNominal && m.typ != ontology.Person {
		// "the group": the most mentioned candidate of the last sentences
		best, bestN := -1, 0
		for s := si; s >= 0 && s >= si-3; s-- {
			for j := range x.ments[s] {
				if s == si && j >= mi {
					break
				}
				if c := &x.ments[s][j]; ok(c) {
					if n := x.salience[c.ent]; n > bestN {
						best, bestN = c.ent, n
					}
				}
			}
		}
		if best >= 0 {
			return best
		}
	}
	if m.kind == mkPronoun {
		// a pronoun prefers the sentence's subject: the first compatible
		// name not governed by a preposition
		ws := x.words[si]
		for j := 0; j < mi; j++ {
			c := &x.ments[si][j]
			if ok(c) && c.kind == mkName && (c.titleStart == 0 || !relPreps[ws[c.titleStart-1].lower]) {
				return c.ent
			}
		}
	}
	for j := mi - 1; j >= 0; j-- {
		if c := &x.ments[si][j]; ok(c) {
			return c.ent
		}
	}
	for s := si - 1; s >= 0 && s >= si-4; s-- {
		// a nominal title may point further back than a pronoun
		for j := range x.ments[s] {
			if c := &x.ments[s][j]; ok(c) {
				return c.ent
			}
		}
	}
	return -1
}

// titleShares reports whether a nominal's title ("the minister") matches
// a title the person was given ("foreign minister").
func titleShares(titles []string, nominal string) bool {
	f := strings.Fields(nominal)
	if len(f) == 0 {
		return false
	}
	head := strings.TrimSuffix(f[len(f)-1], "s")
	for _, t := range titles {
		if strings.HasSuffix(t, head) || strings.HasSuffix(t, nominal) {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// personOf reports whether a person has an office in a country.
func (x *docState) personOf(id int, country string) bool {
	c, ok := x.tab.byCanon[string(ontology.Country)+"|"+country]
	if !ok {
		return false
	}
	for _, f := range x.facts {
		if f.s == id && f.o == c && (f.p == ontology.LeaderOf || f.p == ontology.OfficialOf) {
			return true
		}
	}
	return false
}
