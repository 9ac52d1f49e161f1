package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// memberQualifiers qualify "member" in an appositive without changing
// what it means ("a founding member of", "a permanent member of").
var memberQualifiers = wordSet(`founding full permanent non-permanent key longtime long-time
fellow senior prominent leading core original associate active`)

// memberBe are the verbs of "X is a member of Y".
var memberBe = wordSet(`is was became becomes remains remained`)

// memberships reads membership wording around a named actor: "X, a
// member of Y", "X, a Y member", "Y member X" and "X joined Y". The
// member may be a person, a country or an organization; Y must be a
// named organization.
func (x *docState) memberships(si, mi int) {
	ws := x.words[si]
	m := &x.ments[si][mi]
	st := x.tab.ents[m.ent].typ
	if st != ontology.Person && st != ontology.Country && st != ontology.Organization {
		return
	}
	add := func(om int) {
		if om < 0 || x.ments[si][om].kind != mkName {
			return
		}
		o := x.ments[si][om].ent
		if o < 0 || o == m.ent || x.tab.ents[o].typ != ontology.Organization {
			return
		}
		x.addFact(fact{s: m.ent, o: o, p: ontology.MemberOf, conf: confMember, sent: si})
	}
	// "X, a founding member of Y" / "X, a Y member," / "X is a member of Y"
	if j := m.end; j+2 < len(ws) && (ws[j].text == "," || memberBe[ws[j].lower]) && (ws[j+1].lower == "a" || ws[j+1].lower == "an") {
		k := j + 2
		for k < len(ws) && memberQualifiers[ws[k].lower] {
			k++
		}
		if k+1 < len(ws) && ws[k].lower == "member" && ws[k+1].lower == "of" {
			q := k + 2
			if q < len(ws) && ws[q].lower == "the" {
				q++
				if b := x.namedByNoun(ws, q); b >= 0 && b != m.ent {
					// "a member of the ruling council": the article's one council
					x.addFact(fact{s: m.ent, o: b, p: ontology.MemberOf, conf: confMember - 0.1, sent: si})
					return
				}
			}
			add(x.mentionAt(si, q))
		} else if om := x.mentionAt(si, k); om >= 0 {
			if e := x.ments[si][om].end; e < len(ws) && (ws[e].lower == "member" || (ws[e].lower == "state" && st == ontology.Country)) &&
				(e+1 == len(ws) || !ws[e+1].alpha) {
				add(om)
			}
		}
	}
	if st == ontology.Person {
		x.partyAffiliation(si, m)
		// "X, Germany's defence minister and a member of Y", "X, who is
		// also a member of Y"
		for k := m.end + 1; k+3 < len(ws) && k < m.end+12 && ws[m.end].text == ","; k++ {
			if ws[k].text == "," || ws[k].text == ";" {
				break
			}
			if (ws[k].lower == "a" || ws[k].lower == "an") && ws[k+1].lower == "member" && ws[k+2].lower == "of" && k > m.end+1 &&
				(ws[k-1].lower == "and" || ws[k-1].lower == "also" || ws[k-1].lower == "is" || ws[k-1].lower == "was") {
				q := k + 3
				if ws[q].lower == "the" {
					q++
				}
				add(x.mentionAt(si, q))
				break
			}
		}
	}
	// "Japan, Germany and other G7 members", "Hungary and Slovakia, both
	// EU members"
	if st == ontology.Country {
		add(x.listMembers(si, m.end))
	}
	// "NATO member Poland", "fellow EU member Hungary"
	if s := m.titleStart; s >= 2 && m.title == "" && st != ontology.Person && (ws[s-1].lower == "member" || (ws[s-1].lower == "state" && ws[s-2].lower == "member")) {
		e := s - 1
		if ws[e].lower == "state" {
			e--
		}
		add(x.mentionEndingAt(si, e))
	}
	// "Finland joined NATO", "X formally joined the alliance Y"
	if st != ontology.Person {
		k := m.end
		for k < len(ws) && k < m.end+2 && (ws[k].lower == "has" || ws[k].lower == "formally" || ws[k].lower == "officially") {
			k++
		}
		if k+1 < len(ws) && (ws[k].lower == "joined" || ws[k].lower == "joins") {
			q := k + 1
			if ws[q].lower == "the" {
				q++
			}
			add(x.mentionAt(si, q))
		}
	}
}

// bodyNouns name a body whose proper name usually contains them ("the
// council" for "National Council for the Safeguard of the Homeland").
var bodyNouns = wordSet(`council committee commission junta party assembly parliament cabinet
alliance front movement union`)

// namedByNoun reads "[ruling|new] council" from word q, lower case, and
// returns the article's one named organization whose name contains
// that noun, or -1.
func (x *docState) namedByNoun(ws []word, q int) int {
	n := -1
	for k := q; k < len(ws) && k < q+3 && !ws[k].cap && ws[k].alpha; k++ {
		if bodyNouns[ws[k].lower] {
			n = k
			break
		}
	}
	if n < 0 || (n+1 < len(ws) && ws[n+1].alpha && !ws[n+1].cap && ws[n+1].lower != "and" && ws[n+1].lower != "who" && ws[n+1].lower != "that") {
		return -1 // "the council chamber": the noun is a modifier
	}
	if n+1 < len(ws) && ws[n+1].lower == "of" {
		return -1 // "the council of X": X names it
	}
	want := strings.ToUpper(ws[n].lower[:1]) + ws[n].lower[1:]
	found := -1
	for id, e := range x.tab.ents {
		if e.hidden || e.typ != ontology.Organization || !hasWord(e.name, want) || !x.named(id) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// hasWord reports whether name has w as one of its words.
func hasWord(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if f == w {
			return true
		}
	}
	return false
}

// listMembers walks a list of countries from word k ("Japan, Germany
// and") and returns the organization of a closing "other <Org> members"
// or ", both|all <Org> members", or -1.
func (x *docState) listMembers(si, k int) int {
	ws := x.words[si]
	for n := 0; n < 8 && k+1 < len(ws); n++ {
		if ws[k].text != "," && ws[k].lower != "and" {
			return -1
		}
		q := k + 1
		if ws[q].lower == "and" {
			q++ // ", and"
		}
		if q+2 < len(ws) && (ws[q].lower == "other" || (ws[k].text == "," && (ws[q].lower == "both" || ws[q].lower == "all"))) {
			om := x.mentionAt(si, q+1)
			if om >= 0 {
				if e := x.ments[si][om].end; e < len(ws) && (ws[e].lower == "members" || (e+1 < len(ws) && ws[e].lower == "member" && (ws[e+1].lower == "states" || ws[e+1].lower == "countries"))) {
					return om
				}
			}
			return -1
		}
		om := x.mentionAt(si, q)
		if om < 0 || x.ments[si][om].ent < 0 || x.tab.ents[x.ments[si][om].ent].typ != ontology.Country {
			return -1
		}
		k = x.ments[si][om].end
	}
	return -1
}

// partyLetters are the party initials of US congressional affiliations
// ("Sen. Ted Cruz (R-Texas)", "Rep. Jane Doe, D-Calif.,").
var partyLetters = map[string]string{"R": "Republican Party", "D": "Democratic Party"}

// partyAffiliation reads a US party affiliation after a name ("(R-Texas)",
// ", D-Calif.,") or before its title ("Republican Senator X"). The party
// is tied only when the article names it elsewhere, so that an initial
// alone adds no entity.
func (x *docState) partyAffiliation(si int, m *mention) {
	ws := x.words[si]
	party := ""
	var b strings.Builder
	for k := m.end; k < len(ws) && k < m.end+4; k++ {
		b.WriteString(ws[k].text)
	}
	if t := b.String(); len(t) >= 4 && (t[0] == '(' || t[0] == ',') && t[2] == '-' && t[3] >= 'A' && t[3] <= 'Z' {
		party = partyLetters[t[1:2]]
	}
	for _, k := range []int{m.titleStart, m.titleStart - 1} {
		if party != "" || m.title == "" || k < 0 || k >= m.start {
			break
		}
		switch ws[k].lower {
		case "republican":
			party = "Republican Party"
		case "democratic", "democrat":
			party = "Democratic Party"
		}
	}
	if party == "" {
		return
	}
	if id, ok := x.tab.lookup(party); ok && x.tab.ents[id].typ == ontology.Organization && x.named(id) {
		x.addFact(fact{s: m.ent, o: id, p: ontology.MemberOf, conf: confMember, sent: si})
	}
}
