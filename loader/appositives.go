package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// mentionAt returns the index of the mention of sentence si starting at
// word k, or -1.
func (x *docState) mentionAt(si, k int) int {
	best := -1
	for i, m := range x.ments[si] {
		if m.titleStart == k && (best < 0 || m.end > x.ments[si][best].end) {
			best = i
		}
		if m.titleStart > k {
			break
		}
	}
	if best >= 0 {
		return best
	}
	for i, m := range x.ments[si] {
		if m.start == k {
			return i
		}
	}
	return -1
}

// mentionEndingAt returns the index of the mention ending at word k, or -1.
func (x *docState) mentionEndingAt(si, k int) int {
	for i, m := range x.ments[si] {
		if m.end == k {
			return i
		}
	}
	return -1
}

// appositiveAfter reads "Name, [the|a|its] title [of|to|for X]," after a
// person's name.
func (x *docState) appositiveAfter(si, mi int) {
	ws := x.words[si]
	m := &x.ments[si][mi]
	j := m.end
	if j+1 < len(ws) && copulaNow[ws[j].lower] && (ws[j+1].lower == "the" || (ws[j+1].cap && !roleIsTitleWord(ws[j+1].lower)) || roleIsTitleWord(ws[j+1].lower)) {
		// "X is Ukraine's president", "X became prime minister": read
		// like the appositive "X, Ukraine's president,"
	} else if j >= len(ws) || ws[j].text != "," {
		return
	}
	j++
	owner := -1 // entity the title belongs to through a possessive
	country := ""
	// "X, who also serves as prime minister,"
	if j < len(ws) && ws[j].lower == "who" {
		j++
		for j < len(ws) && (ws[j].lower == "also" || ws[j].lower == "now" || ws[j].lower == "currently") {
			j++
		}
		if j >= len(ws) || !whoBe[ws[j].lower] {
			return
		}
		j++
		for j < len(ws) && (ws[j].lower == "also" || ws[j].lower == "now" || ws[j].lower == "currently") {
			j++ // "who is also deputy president"
		}
		if j < len(ws) && ws[j].lower == "as" {
			j++
		}
	}
	if j < len(ws) {
		switch ws[j].lower {
		case "the", "a", "an":
			j++
		case "its", "his", "her", "their":
			if pm := x.mentionAt(si, j); pm >= 0 && x.ments[si][pm].ent >= 0 && ws[j].lower == "its" && x.tab.ents[x.ments[si][pm].ent].typ == ontology.Organization {
				owner = x.ments[si][pm].ent
			}
			j++
		}
	}
	// "the group's leader", "Hezbollah's commander"
	if pm := x.mentionAt(si, j); pm >= 0 {
		p := x.ments[si][pm]
		if p.kind == mkNominal && p.title != "" && p.titleCountry != "" {
			// "Vladimir Putin, the Russian president,"
			x.titleRole(m, p.title, p.titleCountry, -1, confAppositive)
			return
		}
		if p.end < len(ws) && isPossessive(ws[p.end].text) && p.ent >= 0 {
			owner, j = p.ent, p.end+1
		} else if p.kind == mkDemonym || (p.kind == mkName && p.ent >= 0 && x.tab.ents[p.ent].typ == ontology.Country) {
			country, j = x.tab.ents[x.resolveCountry(&p)].name, p.end
		}
	}
	if j+1 < len(ws) && ws[j].lower == "most" && roleIsTitleWord(ws[j+1].lower) {
		j++ // "its most senior commander"
	}
	// "a senior Hamas official": modifiers before the body; the role is
	// the bare title after it
	preEnd := j
	for preEnd < len(ws) && preEnd < j+3 && !ws[preEnd].cap && (roleModifiers[ws[preEnd].lower] || ws[preEnd].lower == "high-ranking" || ws[preEnd].lower == "veteran") {
		preEnd++
	}
	if preEnd > j {
		if pm := x.mentionAt(si, preEnd); pm >= 0 && x.ments[si][pm].kind == mkName && x.ments[si][pm].ent >= 0 && x.tab.ents[x.ments[si][pm].ent].typ == ontology.Organization {
			j = preEnd
		}
	}
	// a place or organization naming the office: "Middle East envoy",
	// "Fox News host"
	modStart, orgMod := -1, -1
	if pm := x.mentionAt(si, j); pm >= 0 && x.ments[si][pm].kind == mkName && x.ments[si][pm].ent >= 0 {
		switch x.tab.ents[x.ments[si][pm].ent].typ {
		case ontology.Place:
			modStart, j = j, x.ments[si][pm].end
		case ontology.Organization:
			orgMod, j = pm, x.ments[si][pm].end
		}
	}
	t0, t1 := titleRun(ws, j)
	if t1 == t0 || x.inMention(si, t0) || t0 != j {
		return
	}
	if t1 < len(ws) && isPossessive(ws[t1].text) {
		return // "X, the president's son": someone else's title
	}
	title := titleText(ws[t0:t1])
	if modStart >= 0 {
		title = strings.ToLower(joinWords(ws[modStart:t1]))
	}
	if owner >= 0 && x.tab.ents[owner].typ == ontology.Person {
		// "President Donald Trump's Middle East envoy"
		x.titleRole(m, title, country, -1, confAppositive)
		x.addFact(fact{s: m.ent, o: owner, p: ontology.WorksFor, conf: confAppositive, sent: si})
		return
	}
	if orgMod >= 0 {
		x.titleRole(m, title, country, orgMod, confAppositive)
		return
	}
	k := t1
	if k < len(ws) && (ws[k].lower == "of" || ws[k].lower == "at" || ws[k].lower == "to" || ws[k].lower == "for") {
		prep := ws[k].lower
		k++
		if k < len(ws) && ws[k].lower == "the" {
			k++
		}
		// "head of the state oil company PDVSA"
		for q := k; q < len(ws) && q < k+5 && x.mentionAt(si, k) < 0; q++ {
			if ws[q].cap || !ws[q].alpha {
				if x.mentionAt(si, q) >= 0 {
					k = q
				}
				break
			}
		}
		if om := x.mentionAt(si, k); om >= 0 && x.ments[si][om].ent >= 0 {
			o := &x.ments[si][om]
			ot := x.tab.ents[o.ent].typ
			switch {
			case ot == ontology.Person && (prep == "to" || prep == "for"):
				x.titleRole(m, title, country, -1, confAppositive)
				x.addFact(fact{s: m.ent, o: o.ent, p: ontology.WorksFor, conf: confAppositive, sent: si})
				return
			case (ot == ontology.Country || ot == ontology.Organization) && o.end+1 < len(ws) && isPossessive(ws[o.end].text) && !ws[o.end+1].cap:
				// "the head of Hamas's military wing": an office in a
				// branch the text does not name
				x.addFact(fact{s: m.ent, lit: singularTitle(title), p: ontology.Role, conf: confAppositive, sent: si})
				x.addFact(fact{s: m.ent, o: o.ent, p: ontology.OfficialOf, conf: confAppositive - 0.05, sent: si})
				return
			case ot == ontology.Country:
				x.titleRole(m, title, x.tab.ents[o.ent].name, -1, confAppositive)
				x.secondTitle(si, m, o.end)
				return
			case ot == ontology.Organization:
				x.titleRole(m, title, country, om, confAppositive)
				x.secondTitle(si, m, o.end)
				return
			}
		}
	}
	if owner >= 0 && x.tab.ents[owner].typ == ontology.Country {
		country, owner = x.tab.ents[owner].name, -1
	}
	x.titleRole(m, title, country, -1, confAppositive)
	if owner >= 0 && x.tab.ents[owner].typ == ontology.Organization {
		x.ownerRole(m, title, owner, confAppositive-0.05)
	} else if owner < 0 && t1+2 < len(ws) && ws[t1].lower == "of" && ws[t1+1].lower == "the" {
		// "the head of the legislature": the article's one legislature
		if b := x.genericBody(ws[t1+2].lower); b >= 0 {
			x.ownerRole(m, title, b, confAppositive-0.1)
		}
	}
}

// copulaNow are the verbs of "X is <title>" that state a current office.
var copulaNow = wordSet(`is becomes became remains`)

// whoBe are the verbs of "who is/serves as <title>".
var whoBe = wordSet(`is was serves served became becomes remains remained`)

// ownerRole attaches a title to an organization entity directly.
func (x *docState) ownerRole(m *mention, title string, owner int, conf float64) {
	title = singularTitle(title)
	p := ontology.OfficialOf
	switch {
	case strings.HasSuffix(title, "member"):
		p = ontology.MemberOf
	case roleLeads(title):
		p = ontology.LeaderOf
	}
	x.addFact(fact{s: m.ent, o: owner, p: p, conf: conf, sent: m.sent})
}

// titleRun finds a title in the words from j: optional adjectives, then
// title words ending on a head. It returns the title's bounds (t0 == t1
// when there is none).
func titleRun(ws []word, j int) (int, int) {
	t0, t1 := -1, -1
	for k := j; k < len(ws) && k < j+6; k++ {
		w := ws[k]
		if !w.alpha || (w.cap && !roleIsTitleWord(w.lower)) {
			break
		}
		if roleIsTitleWord(w.lower) {
			if t0 < 0 {
				t0 = k
			}
			if roleIsHead(w.lower) {
				t1 = k + 1
				k = titleOfTail(ws, k+1) - 1
				t1 = k + 1
			}
			continue
		}
		if w.lower == "and" || w.lower == "or" {
			break
		}
		if t1 > 0 {
			break
		}
		if w.lower == "of" || w.lower == "to" || w.lower == "who" {
			break
		}
		t0 = -1 // an adjective before the title: "most senior commander"
	}
	if t0 < 0 || t1 < 0 {
		return j, j
	}
	return t0, t1
}

// resolveCountry returns the country entity a demonym or country mention
// names.
func (x *docState) resolveCountry(m *mention) int {
	if m.kind == mkDemonym {
		id := x.countryEnt(m.country)
		if x.tab.ents[id].mentions == 0 && !x.named(id) {
			x.tab.ents[id].hidden = true
		}
		return id
	}
	return m.ent
}

// named reports whether some name mention refers to entity id.
func (x *docState) named(id int) bool {
	for _, ms := range x.ments {
		for _, m := range ms {
			if m.ent == id && m.kind == mkName {
				return true
			}
		}
	}
	return false
}

// titleOfTail extends a title head over "of staff", "of state", "of
// defence staff": titles that contain "of" without naming a body.
func titleOfTail(ws []word, k int) int {
	if k+1 >= len(ws) || ws[k].lower != "of" {
		return k
	}
	switch ws[k+1].lower {
	case "staff", "state", "mission", "cabinet":
		return k + 2
	case "defence", "defense", "general", "naval", "army", "air":
		if k+2 < len(ws) && ws[k+2].lower == "staff" {
			return k + 3
		}
	}
	return k
}

// inMention reports whether word k belongs to a name or its title.
func (x *docState) inMention(si, k int) bool {
	for _, m := range x.ments[si] {
		if k >= m.titleStart && k < m.end && m.kind == mkName {
			return true
		}
	}
	return false
}

// secondTitle reads a second office joined by "and" ("the president of
// the Comoros and current chairman of the AU").
func (x *docState) secondTitle(si int, m *mention, k int) {
	ws := x.words[si]
	if k >= len(ws) || ws[k].lower != "and" {
		return
	}
	t0, t1 := titleRun(ws, k+1)
	if t1 == t0 || t1+1 >= len(ws) || ws[t1].lower != "of" {
		return
	}
	q := t1 + 1
	if ws[q].lower == "the" {
		q++
	}
	om := x.mentionAt(si, q)
	if om < 0 || x.ments[si][om].ent < 0 {
		return
	}
	title := titleText(ws[t0:t1])
	switch x.tab.ents[x.ments[si][om].ent].typ {
	case ontology.Country:
		x.titleRole(m, title, x.tab.ents[x.ments[si][om].ent].name, -1, confAppositive-0.05)
	case ontology.Organization:
		x.titleRole(m, title, "", om, confAppositive-0.05)
	}
}
