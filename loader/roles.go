package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// findRoles reads offices and memberships: titles before names, appositive
// titles after and before them, "X of <party>", "<party>'s X", bodies tied
// to countries and places inside countries.
func (x *docState) findRoles() {
	for si := range x.ments {
		if si == x.titleSent {
			continue
		}
		ms := x.ments[si]
		var plural string // a plural title distributing over a list
		for mi := range ms {
			m := &ms[mi]
			if m.ent < 0 || m.kind != mkName {
				continue
			}
			x.memberships(si, mi)
			x.ledBy(si, mi)
			switch x.tab.ents[m.ent].typ {
			case ontology.Person:
				if m.title == "" {
					x.titleLeft(si, mi)
				}
				x.titleQualifier(si, m)
				if m.title != "" {
					x.titleRole(m, m.title, m.titleCountry, m.titleOrg, confTitle)
					if strings.HasSuffix(m.title, "s") && !roleIsHead(m.title) || strings.HasSuffix(strings.Fields(m.title)[len(strings.Fields(m.title))-1], "s") {
						plural = m.title
					}
				} else if plural != "" && x.listContinues(m) {
					x.titleRole(m, plural, "", -1, confAppositive)
					e := x.tab.ents[m.ent]
					e.titles = append(e.titles, plural)
				}
				x.titleOfBefore(si, mi)
				x.titleAs(si, mi)
				x.appositiveAfter(si, mi)
				x.appositiveBefore(si, mi)
				x.memberOf(si, mi)
			}
		}
	}
	x.staticFacts()
	x.impliedLeaders()
	x.derivedOffices()
}

// derivedOffices infers the country an official serves from what the
// article states: an office in a national body ("Treasury Secretary") is
// an office of its country, and an aide to a head of state serves that
// state.
func (x *docState) derivedOffices() {
	n := len(x.facts)
	hasCountry := map[int]bool{}
	leads := map[int]int{}
	for _, f := range x.facts[:n] {
		if f.o >= 0 && x.tab.ents[f.o].typ == ontology.Country && (f.p == ontology.LeaderOf || f.p == ontology.OfficialOf) {
			hasCountry[f.s] = true
			if f.p == ontology.LeaderOf {
				leads[f.s] = f.o
			}
		}
	}
	for _, f := range x.facts[:n] {
		if hasCountry[f.s] || f.o < 0 || x.tab.ents[f.s].typ != ontology.Person {
			continue
		}
		o := x.tab.ents[f.o]
		switch {
		case (f.p == ontology.OfficialOf || f.p == ontology.LeaderOf) && o.typ == ontology.Organization &&
			o.country != "" && (o.bodyTied || partOfCategory(o.category)) && o.category != "":
			x.addFact(fact{s: f.s, o: x.countryEnt(o.country), p: ontology.OfficialOf, conf: confImplied + 0.1, sent: f.sent})
			hasCountry[f.s] = true
		case f.p == ontology.WorksFor:
			if c, ok := leads[f.o]; ok {
				x.addFact(fact{s: f.s, o: c, p: ontology.OfficialOf, conf: confImplied + 0.1, sent: f.sent})
				hasCountry[f.s] = true
			}
		}
	}
}

// impliedLeaders gives a head of state whose title names no country
// ("President Donald Trump") the country the article is about, unless
// another sentence ties the person to a country.
func (x *docState) impliedLeaders() {
	c := x.soleCountry()
	for _, f := range x.implied {
		tied := false
		for _, g := range x.facts {
			if g.s == f.s && g.o >= 0 && (g.p == ontology.LeaderOf || g.p == ontology.OfficialOf) {
				tied = true
				break
			}
		}
		if tied {
			continue
		}
		if pc := x.personCountry[f.s]; pc != "" {
			x.addFact(fact{s: f.s, o: x.countryEnt(pc), p: ontology.LeaderOf, conf: confImplied + 0.1, sent: f.sent})
		} else if lc := x.lex.leaderCountry(x.tab.ents[f.s].name); lc != "" {
			x.addFact(fact{s: f.s, o: x.countryEnt(lc), p: ontology.LeaderOf, conf: confImplied + 0.2, sent: f.sent})
		} else if sc := x.sentenceCountry(f.sent, f.o); sc != "" {
			x.addFact(fact{s: f.s, o: x.countryEnt(sc), p: ontology.LeaderOf, conf: confImplied + 0.05, sent: f.sent})
		} else if c >= 0 {
			x.addFact(fact{s: f.s, o: c, p: ontology.LeaderOf, conf: confImplied, sent: f.sent})
		}
	}
}

// titleRole records a person's title and what it is attached to.
func (x *docState) titleRole(m *mention, title, country string, orgMention int, conf float64) {
	title = singularTitle(title)
	notCurrent := false
	var words []string
	for _, f := range strings.Fields(title) {
		if roleNotCurrent[f] {
			notCurrent = true
			continue
		}
		if roleHonorifics[f] || roleHonorifics[f+"."] {
			continue
		}
		words = append(words, f)
	}
	title = strings.Join(words, " ")
	if title == "" {
		return
	}
	if title == "member" {
		// membership, not an office
	} else {
		x.addFact(fact{s: m.ent, lit: title, p: ontology.Role, conf: conf, sent: m.sent})
	}
	if notCurrent || x.noOffice(title) {
		return
	}
	pred := ontology.OfficialOf
	if roleLeads(title) {
		pred = ontology.LeaderOf
	}
	if title == "member" {
		pred = ontology.MemberOf
	}
	if country != "" {
		x.addFact(fact{s: m.ent, o: x.countryEnt(country), p: pred, conf: conf, sent: m.sent})
	}
	if orgMention >= 0 {
		if o := x.ments[m.sent][orgMention].ent; o >= 0 {
			x.addFact(fact{s: m.ent, o: o, p: pred, conf: conf - 0.04, sent: m.sent})
		}
	}
	if country == "" && orgMention < 0 && roleHeadOfState(title) {
		x.implied = append(x.implied, fact{s: m.ent, sent: m.sent, o: m.titleStart})
	}
}

// singularTitle turns a plural title ("presidents") singular.
func singularTitle(t string) string {
	f := strings.Fields(t)
	if len(f) == 0 {
		return t
	}
	last := f[len(f)-1]
	if strings.HasSuffix(last, "s") && !roleIsTitleWord(last) || (strings.HasSuffix(last, "s") && roleIsHead(strings.TrimSuffix(last, "s"))) {
		switch {
		case strings.HasSuffix(last, "men"):
		case last == "chiefs":
			f[len(f)-1] = "chief"
		default:
			f[len(f)-1] = strings.TrimSuffix(last, "s")
		}
	}
	return strings.Join(f, " ")
}

// countryEnt returns the entity of a country by canonical name.
func (x *docState) countryEnt(canon string) int { return x.tab.canon(canon, ontology.Country) }

// soleCountry returns the country the article is about when a head of
// state's title names none: the most mentioned country, if it clearly
// dominates.
func (x *docState) soleCountry() int {
	counts := map[int]int{}
	for _, ms := range x.ments {
		for _, m := range ms {
			if m.ent >= 0 && x.tab.ents[m.ent].typ == ontology.Country && m.kind != mkPronoun {
				counts[m.ent]++
			}
		}
	}
	best, n, second := -1, 0, 0
	for id := range x.tab.ents {
		c := counts[id]
		if c > n {
			best, second, n = id, n, c
		} else if c > second {
			second = c
		}
	}
	if n >= 2 && n > second {
		return best
	}
	return -1
}

// sentenceCountry returns the one country sentence si refers to (by name,
// demonym or capital), "" when none or several.
func (x *docState) sentenceCountry(si, before int) string {
	c, near := "", ""
	for _, m := range x.ments[si] {
		var n string
		switch {
		case m.kind == mkDemonym:
			if !officeWordAfter(x.words[si], m.end) {
				continue
			}
			n = m.country
		case m.kind == mkName && m.ent >= 0 && x.tab.ents[m.ent].typ == ontology.Country:
			if ws := x.words[si]; m.end+1 < len(ws) && isPossessive(ws[m.end].text) && possessesPerson(ws, m.end+1) {
				continue // "China's top economic official": someone else's country
			}
			n = x.tab.ents[m.ent].name
		case m.kind == mkName && m.seat && m.country != "" && m.start > 0 && locativePreps[x.words[si][m.start-1].lower]:
			n = m.country // "In Beirut, caretaker Prime Minister ..."
		default:
			continue
		}
		if m.end <= before {
			near = n
		}
		if c != "" && n != c {
			c = "*"
		} else if c == "" {
			c = n
		}
	}
	if c == "*" {
		return near
	}
	return c
}

// listContinues reports whether m continues a list started by a plural
// title: "Presidents Patrice Talon of Benin, Alassane Ouattara of ...".
func (x *docState) listContinues(m *mention) bool {
	ws := x.words[m.sent]
	if m.start == 0 {
		return false
	}
	p := ws[m.start-1].lower
	return p == "," || p == "and"
}

// titleOfBefore reads "deputy chairman of Russia's Security Council
// Dmitry Medvedev": a title, "of", an organization (or country), then
// the name.
func (x *docState) titleOfBefore(si, mi int) {
	ms := x.ments[si]
	m := &ms[mi]
	ws := x.words[si]
	if mi == 0 {
		return
	}
	o := &ms[mi-1]
	if o.end != m.titleStart || o.ent < 0 || o.kind == mkPronoun {
		return
	}
	oi := mi - 1
	start := o.start
	// "Russia's Security Council": the owner before the body
	if oi > 0 && ms[oi-1].end+1 == o.start && isPossessive(ws[ms[oi-1].end].text) {
		start = ms[oi-1].start
	}
	if start >= 3 && ws[start-1].lower == "the" && ws[start-2].lower == "of" {
		start-- // "chief executive of the Red Cross Peter Maurer"
	}
	if start < 2 || ws[start-1].lower != "of" {
		return
	}
	k := start - 1
	for k > 0 && roleIsTitleWord(ws[k-1].lower) {
		k--
	}
	if k == start-1 {
		// the title may be a capitalised nominal mention: "Deputy"
		return
	}
	title := titleText(ws[k : start-1])
	if !roleIsHead(strings.Fields(title)[len(strings.Fields(title))-1]) {
		return
	}
	c := ""
	if x.tab.ents[o.ent].typ == ontology.Country {
		c = x.tab.ents[o.ent].name
		oi = -1
	}
	x.titleRole(m, title, c, oi, confTitle)
}

// titleLeft reads a lower-case title right before a name ("opposition
// leader María Corina Machado", "councillors Alvin Yeung"), with the
// demonym, country or possessive organization in front of it.
func (x *docState) titleLeft(si, mi int) {
	ws := x.words[si]
	m := &x.ments[si][mi]
	e := m.titleStart
	if e == 0 || ws[e-1].cap || !roleIsHead(ws[e-1].lower) {
		return
	}
	s := e - 1
	for s > 0 && !ws[s-1].cap && ws[s-1].alpha && (roleIsTitleWord(ws[s-1].lower) || (ws[s-1].lower == "and" && s > 1 && roleIsTitleWord(ws[s-2].lower))) {
		s--
	}
	// "Israeli military spokesman": the body's name overlaps the title
	// words; the title is what follows the body
	for oi := range x.ments[si] {
		o := &x.ments[si][oi]
		if o.kind == mkName && o.ent >= 0 && o.start < s && o.end > s && o.end < e && x.tab.ents[o.ent].typ == ontology.Organization {
			m.title = titleText(ws[o.end:e])
			m.titleStart = o.titleStart
			m.titleOrg = oi
			x.tab.ents[m.ent].titles = append(x.tab.ents[m.ent].titles, m.title)
			return
		}
	}
	m.title = titleText(ws[s:e])
	m.titleStart = s
	if om := x.mentionEndingAt(si, s); om >= 0 {
		o := &x.ments[si][om]
		switch {
		case o.kind == mkDemonym:
			m.titleCountry = o.country
		case o.ent >= 0 && x.tab.ents[o.ent].typ == ontology.Country:
			m.titleCountry = x.tab.ents[o.ent].name
		case o.ent >= 0 && x.tab.ents[o.ent].typ == ontology.Organization:
			m.titleOrg = om
		}
		m.titleStart = o.titleStart
	} else if s >= 2 && isPossessive(ws[s-1].text) {
		if om := x.mentionEndingAt(si, s-1); om >= 0 && x.ments[si][om].ent >= 0 {
			switch x.tab.ents[x.ments[si][om].ent].typ {
			case ontology.Organization:
				m.titleOrg = om
			case ontology.Country:
				m.titleCountry = x.tab.ents[x.ments[si][om].ent].name
			}
		}
	}
	if e := x.tab.ents[m.ent]; m.title != "" {
		e.titles = append(e.titles, m.title)
	}
}
