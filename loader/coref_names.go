package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// resolveOthers handles names the gazetteer does not know and that are
// not full personal names: headed names (organizations, events,
// documents, places), and single words, which are a known entity's short
// name, a person's surname, or a new entity typed by its context.
func (x *docState) resolveOthers() {
	for si := range x.ments {
		for mi := range x.ments[si] {
			m := &x.ments[si][mi]
			if m.kind != mkName || m.ent >= 0 {
				continue
			}
			if m.country != "" && m.typ == ontology.Organization {
				x.resolveBody(m)
				continue
			}
			id, ok := x.tab.lookup(m.name)
			if !ok {
				// "New People's Party" after "New People Party"
				id, ok = x.tab.lookup(strings.NewReplacer("'s ", " ", "’s ", " ").Replace(m.name))
			}
			if ok {
				if compatible(x.tab.ents[id].typ, m.typ) || !m.typeSure {
					x.join(m, id) // a name typed by guess is the entity already so named
					continue
				}
				if id, ok := x.tab.byCanon[string(m.typ)+"|"+m.name]; ok {
					x.join(m, id)
					continue
				}
			}
			if id, ok := x.orgByInitials(m.name); ok {
				x.join(m, id) // "NPP" after "New People's Party"
				continue
			}
			single := m.end-m.start == 1
			if m.term {
				continue // an acronym as a common noun's modifier that abbreviates no entity
			}
			if single && (m.honorific || x.lex.firstName(m.name)) {
				if id, ok := x.personByFirst(m.name); ok {
					x.join(m, id) // "Sheikh Mohammed"
					continue
				}
			}
			if single || m.typ == "" {
				if id, ok := x.personBySurname(m.name, si); ok {
					x.join(m, id)
					continue
				}
				if single && x.lex.stopword(m.name) {
					continue
				}
			}
			if id, ok := x.orgByShortForm(m.name); ok && (m.typ == "" || m.typ == ontology.Organization) {
				x.join(m, id) // "Comic Corps" after "Comic Corps of Canada"
				continue
			}
			if id, ok := x.typoOf(m.name, m.typ); ok {
				x.join(m, id) // "Untied Nations"
				continue
			}
			if id, ok := x.surnameTypo(m.name); ok && single && (m.typ == "" || m.typ == ontology.Person || !m.typeSure) {
				x.join(m, id) // "Mauer" for "Maurer"
				continue
			}
			guessed := false
			if m.typ == "" {
				m.typ, guessed = x.guessType(m)
			}
			if m.typ == "" {
				continue
			}
			id = x.tab.add(m.name, m.typ)
			x.tab.ents[id].guessed = guessed && single || m.lone
			x.join(m, id)
		}
	}
}

func (x *docState) join(m *mention, id int) {
	m.ent = id
	e := x.tab.ents[id]
	e.hidden = false
	x.tab.alias(id, m.name)
	if m.typ == "" {
		m.typ = e.typ
	}
	if m.title != "" {
		e.titles = append(e.titles, m.title)
	}
}

// compatible reports whether a mention typed b may be entity typed a.
func compatible(a, b ontology.EntityType) bool {
	return b == "" || a == b || (a == ontology.Country && b == ontology.Place) ||
		(a == ontology.Organization && b == ontology.Place)
}

// resolveBody names a government body tied to a country ("Russia's
// Security Council", "the Chinese Foreign Ministry") "<body> of
// <country>", so that both wordings meet.
func (x *docState) resolveBody(m *mention) {
	body := m.name
	if h, ok := x.lex.match(strings.Fields(body)); ok && h.kind == lexDemonym && h.n < len(strings.Fields(body)) {
		body = strings.Join(strings.Fields(body)[h.n:], " ")
	}
	body = titleCase(body)
	canon := body + " of " + m.country
	id, ok := x.tab.lookup(canon)
	if !ok && len(strings.Fields(body)) >= 3 {
		id, ok = x.tab.lookup(body) // "Italian Supreme Court of Cassation"
	}
	if !ok {
		id = x.tab.add(canon, ontology.Organization)
	}
	x.tab.ents[id].country = m.country
	x.tab.ents[id].bodyTied = true
	x.join(m, id)
	x.tab.alias(id, body)
	if m.possName != "" {
		x.tab.alias(id, m.possName)
	}
}

// titleCase capitalises every word but connectors ("health ministry" ->
// "Health Ministry").
func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if nameConnectors[w] && i > 0 {
			continue
		}
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// eventNouns after a name make it an event's ("Hajj pilgrimage").
var eventNouns = wordSet(`pilgrimage festival celebrations celebration ceremony ceremonies holiday
season parade tournament games`)

var nameSpeechVerbs = wordSet(`said says told added explained wrote argued noted recalled insisted
stated remarked replied`)

// guessType types a name nothing else vouches for by the words around it.
// The second result is true when nothing but the default spoke for the
// type.
func (x *docState) guessType(m *mention) (ontology.EntityType, bool) {
	ws := x.words[m.sent]
	s := m.start
	if s >= 2 && ws[s-1].lower == "of" && entPlaceHeads[ws[s-2].lower] {
		return ontology.Place, false // "the city of Sumy", "the village of Tiri"
	}
	if l := strings.ToLower(m.name); m.end-m.start == 1 && (strings.HasSuffix(l, "ish") || strings.HasSuffix(l, "ese")) && !x.lex.firstName(m.name) && !x.lex.surname(m.name) {
		return "", true // "in English", "speak Japanese": a language
	}
	if s > 0 && locativePreps[ws[s-1].lower] {
		return ontology.Place, false
	}
	if m.end < len(ws) && ws[m.end].text == "," && m.end+1 < len(ws) {
		if h, ok := x.lex.match(x.texts[m.sent][m.end+1:]); ok && (h.kind == lexCountry || h.kind == lexPlace) {
			return ontology.Place, false // "Sumy, Ukraine"
		}
	}
	if s > 0 && (ws[s-1].lower == "during" || ws[s-1].lower == "annual" || isYear(ws[s-1].text)) ||
		m.end < len(ws) && eventNouns[ws[m.end].lower] {
		return ontology.Event, false // "during the Hajj", "the annual Hajj pilgrimage"
	}
	if m.end-m.start == 1 && ws[s].tag != "JJ" && !adjectival(m.name) && m.end < len(ws) && (ws[m.end].lower == "government" || ws[m.end].lower == "administration" || ws[m.end].lower == "cabinet") {
		return ontology.Person, false // "the Monti government": its leader
	}
	if m.end-m.start == 1 && x.lex.firstName(m.name) {
		return ontology.Person, false // "Gloria", "Marilyn": a given name
	}
	if m.end < len(ws) && nameSpeechVerbs[ws[m.end].lower] {
		return ontology.Person, false // "Jafari said"
	}
	if m.end < len(ws) && (isPossessive(ws[m.end].text) || isVerbLike(ws[m.end])) {
		return ontology.Organization, false // "Hezbollah said", "Demosisto's"
	}
	return ontology.Organization, true
}

// personByFirst finds the one person whose full name starts with first.
func (x *docState) personByFirst(first string) (int, bool) {
	k := x.lex.key(first)
	found, n := -1, 0
	for id, e := range x.tab.ents {
		if e.typ == ontology.Person && e.key != "" && strings.HasPrefix(e.key, k+" ") {
			n++
			if found < 0 || len(x.seenAt[id]) > len(x.seenAt[found]) {
				found = id
			}
		}
	}
	if n > 2 {
		return 0, false
	}
	return found, found >= 0
}

// orgByInitials finds the organization an acronym abbreviates: the
// initials of its capitalised words ("New People's Party" -> NPP).
func (x *docState) orgByInitials(acr string) (int, bool) {
	if len(acr) < 2 || len(acr) > 8 || strings.ToUpper(acr) != acr {
		return 0, false
	}
	for id, e := range x.tab.ents {
		if e.typ != ontology.Organization {
			continue
		}
		for _, n := range append([]string{e.name}, e.aliases...) {
			if initials(n) == acr {
				return id, true
			}
		}
	}
	return 0, false
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w == "" || nameConnectors[strings.ToLower(w)] {
			continue
		}
		c := w[0]
		if c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// orgByShortForm finds the organization whose name is name followed by
// "of ..." or "for ...": the full form named before ("Andy Warhol
// Foundation" of "Andy Warhol Foundation for the Visual Arts").
func (x *docState) orgByShortForm(name string) (int, bool) {
	if !strings.Contains(name, " ") {
		return 0, false
	}
	for id, e := range x.tab.ents {
		if e.typ == ontology.Organization && (strings.HasPrefix(e.name, name+" of ") || strings.HasPrefix(e.name, name+" for ")) {
			return id, true
		}
	}
	return 0, false
}
