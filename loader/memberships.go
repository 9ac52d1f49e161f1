package loader

import "github.com/actorgraph/actorgraph/ontology"

// memberQualifiers qualify "member" in an appositive without changing
// what it means ("a founding member of", "a permanent member of").
var memberQualifiers = wordSet(`founding full permanent non-permanent key longtime long-time
fellow senior prominent leading core original associate active`)

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
	// "X, a founding member of Y" / "X, a Y member,"
	if j := m.end; j+2 < len(ws) && ws[j].text == "," && (ws[j+1].lower == "a" || ws[j+1].lower == "an") {
		k := j + 2
		for k < len(ws) && memberQualifiers[ws[k].lower] {
			k++
		}
		if k+1 < len(ws) && ws[k].lower == "member" && ws[k+1].lower == "of" {
			q := k + 2
			if q < len(ws) && ws[q].lower == "the" {
				q++
			}
			add(x.mentionAt(si, q))
		} else if om := x.mentionAt(si, k); om >= 0 {
			if e := x.ments[si][om].end; e < len(ws) && (ws[e].lower == "member" || (ws[e].lower == "state" && st == ontology.Country)) &&
				(e+1 == len(ws) || !ws[e+1].alpha) {
				add(om)
			}
		}
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
