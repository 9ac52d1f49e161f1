package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// genericBodies map the common nouns that name a state body of a kind
// ("the legislature") to the gazetteer's category of that kind.
var genericBodies = map[string]string{
	"legislature": "legislature", "parliament": "legislature",
}

// legislatureNames end the names of legislatures the gazetteer does not
// list ("National Assembly").
var legislatureNames = wordSet(`Assembly Parliament Congress Legislature`)

// genericBody returns the article's one organization of the kind a
// common noun names, or -1 when it names none or several; when the
// article is about one country, bodies of other countries do not count.
func (x *docState) genericBody(noun string) int {
	cat := genericBodies[noun]
	if cat == "" {
		return -1
	}
	home := ""
	if c := x.soleCountry(); c >= 0 {
		home = x.tab.ents[c].name
	}
	found := -1
	for id, e := range x.tab.ents {
		if e.hidden || e.typ != ontology.Organization || (home != "" && e.country != "" && e.country != home) {
			continue // another country's body: not "the" legislature here
		}
		if f := strings.Fields(e.name); e.category != cat && (e.category != "" || !legislatureNames[f[len(f)-1]] || cat != "legislature") {
			continue
		}
		if !x.named(id) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// appositiveBefore reads "[the group's|its|the Ukrainian] title, Name".
func (x *docState) appositiveBefore(si, mi int) {
	ws := x.words[si]
	m := &x.ments[si][mi]
	c := m.titleStart - 1
	// "his Qatari counterpart, Sheikh Mohammed": the person's country
	if c >= 2 && ws[c].text == "," && ws[c-1].lower == "counterpart" {
		if om := x.mentionEndingAt(si, c-1); om >= 0 && x.ments[si][om].kind == mkDemonym {
			x.personCountry[m.ent] = x.ments[si][om].country
		}
	}
	if c >= 1 && ws[c].text == "," && !roleIsHead(ws[c-1].lower) {
		x.titleOfBeforeComma(si, m, c)
		return
	}
	if c < 1 || ws[c].text != "," || !roleIsHead(ws[c-1].lower) {
		return
	}
	t0 := c - 1
	for t0 > 0 && roleIsTitleWord(ws[t0-1].lower) {
		t0--
	}
	title := titleText(ws[t0:c])
	k := t0 - 1
	country := ""
	owner := -1
	// "India's G20 sherpa, X", "Russia's UN ambassador, X": the body
	// names the office's field; the possessive names whom it serves
	if om := x.mentionEndingAt(si, t0); om >= 0 && x.ments[si][om].kind == mkName && x.ments[si][om].ent >= 0 &&
		x.tab.ents[x.ments[si][om].ent].typ == ontology.Organization {
		if p := x.ments[si][om].start - 1; p >= 1 && isPossessive(ws[p].text) {
			k = p
		} else if orgBeforeTitle(ws, x.ments[si][om].start) {
			// "a senior Hezbollah official, X": an office in the body
			x.titleRole(m, title, "", om, confAppositive-0.05) // the bare title, as the gold's role
			return
		}
	}
	if k >= 0 && isPossessive(ws[k].text) {
		if om := x.mentionEndingAt(si, k); om >= 0 && x.ments[si][om].ent >= 0 {
			owner = x.ments[si][om].ent
		}
	} else if om := x.mentionEndingAt(si, t0); om >= 0 && x.ments[si][om].kind == mkDemonym {
		country = x.ments[si][om].country
	} else if k < 0 || (ws[k].lower != "the" && ws[k].lower != "its" && ws[k].lower != "a") {
		return
	} else if ws[k].lower == "its" {
		if om := x.mentionAt(si, k); om >= 0 {
			owner = x.ments[si][om].ent
		}
	}
	if owner >= 0 && x.tab.ents[owner].typ == ontology.Country {
		country, owner = x.tab.ents[owner].name, -1
	}
	x.titleRole(m, title, country, -1, confAppositive)
	if owner >= 0 && x.tab.ents[owner].typ == ontology.Organization {
		x.ownerRole(m, title, owner, confAppositive-0.05)
	}
}

// titleOfBeforeComma reads "the secretary general of CEI (Italian
// Episcopal Conference), Name" and "the president of the Senate, Name":
// a lower-case title, "of", a named body or country, a comma, the name.
func (x *docState) titleOfBeforeComma(si int, m *mention, c int) {
	ws := x.words[si]
	e := c
	if ws[e-1].text == ")" {
		for e > 1 && ws[e-1].text != "(" && c-e < 8 {
			e--
		}
		if ws[e-1].text != "(" {
			return
		}
		e-- // the name before the parenthesis
	}
	unit := false
	if e > 1 && !ws[e-1].cap && unitNouns[ws[e-1].lower] {
		e, unit = e-1, true // "the president of the Lombardy region, X"
	}
	om := x.mentionEndingAt(si, e)
	if om < 0 || x.ments[si][om].kind != mkName || x.ments[si][om].ent < 0 {
		return
	}
	o := &x.ments[si][om]
	p := o.titleStart - 1
	if p >= 1 && ws[p].lower == "the" {
		p--
	}
	if p < 1 || ws[p].lower != "of" || !roleIsHead(ws[p-1].lower) || ws[p-1].cap {
		return
	}
	t0 := p - 1
	for t0 > 0 && !ws[t0-1].cap && roleIsTitleWord(ws[t0-1].lower) {
		t0--
	}
	if t0 == 0 || (ws[t0-1].lower != "the" && ws[t0-1].text != "," && ws[t0-1].lower != "and") {
		return // "a spokesman of X, Y": not this person's title
	}
	title := titleText(ws[t0:p])
	switch x.tab.ents[o.ent].typ {
	case ontology.Place:
		if unit { // the office of a region: the role, no body named
			x.addFact(fact{s: m.ent, lit: singularTitle(title), p: ontology.Role, conf: confAppositive - 0.05, sent: si})
		}
	case ontology.Country:
		x.titleRole(m, title, x.tab.ents[o.ent].name, -1, confAppositive-0.05)
	case ontology.Organization:
		x.titleRole(m, title, "", om, confAppositive-0.05)
	}
}

// modifierStart returns where the title modifiers before word k begin
// ("senior" in "a senior Hamas official").
func modifierStart(ws []word, k int) int {
	for k > 0 && !ws[k-1].cap && (roleModifiers[ws[k-1].lower] || ws[k-1].lower == "high-ranking" || ws[k-1].lower == "veteran") {
		k--
	}
	return k
}

// orgBeforeTitle reports whether the body starting at word k follows an
// article and title modifiers: "a senior Hezbollah official", "the Hamas
// spokesman".
func orgBeforeTitle(ws []word, k int) bool {
	s := modifierStart(ws, k)
	if s == 0 {
		return false
	}
	switch ws[s-1].lower {
	case "a", "an", "the":
		return true
	}
	return false
}
