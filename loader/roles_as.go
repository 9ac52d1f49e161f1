package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/ontology"
)

// titleAs reads "X was sworn in as Venezuela's president", "X, who
// serves as foreign minister of Y": "as", an optional country or
// organization possessive, and a title.
func (x *docState) titleAs(si, mi int) {
	ws := x.words[si]
	m := &x.ments[si][mi]
	for k := m.end; k < len(ws) && k < m.end+20; k++ {
		if ws[k].text == ";" {
			return
		}
		// another person takes over the clause; "himself" does not
		if om := x.mentionAt(si, k); k > m.end && om >= 0 && x.ments[si][om].ent != m.ent && x.tab.ents[max(0, x.ments[si][om].ent)].typ == ontology.Person {
			return
		}
		if ws[k].lower != "as" {
			continue
		}
		j := k + 1
		if j < len(ws) && (ws[j].lower == "the" || ws[j].lower == "a" || ws[j].lower == "its") {
			j++
		}
		country, org := "", -1
		if om := x.mentionAt(si, j); om >= 0 && j < len(ws) {
			o := &x.ments[si][om]
			if o.end < len(ws) && isPossessive(ws[o.end].text) && o.ent >= 0 {
				switch x.tab.ents[o.ent].typ {
				case ontology.Country:
					country = x.tab.ents[o.ent].name
				case ontology.Organization:
					org = om
				default:
					return
				}
				j = o.end + 1
			} else if o.kind == mkDemonym {
				country, j = o.country, o.end
			}
		}
		t0, t1 := titleRun(ws, j)
		if t0 != j || t1 == t0 {
			return
		}
		title := titleText(ws[t0:t1])
		if t1+1 < len(ws) && ws[t1].lower == "of" {
			q := t1 + 1
			for q < len(ws) && q < t1+4 && !ws[q].cap && ws[q].alpha {
				q++ // "head of a new National Council"
			}
			if om := x.mentionAt(si, q); om >= 0 && x.ments[si][om].ent >= 0 {
				switch x.tab.ents[x.ments[si][om].ent].typ {
				case ontology.Country:
					country = x.tab.ents[x.ments[si][om].ent].name
				case ontology.Organization:
					org = om
				}
			}
		}
		if country == "" && org < 0 {
			// "recognise as president-elect": no office named; "resigned
			// as foreign minister": the office held, of no body named
			if k > 0 && officeVerbs[ws[k-1].lower] && !roleHeadOfState(singularTitle(title)) {
				x.addFact(fact{s: m.ent, lit: singularTitle(title), p: ontology.Role, conf: confAppositive - 0.1, sent: si})
			}
			return
		}
		x.titleRole(m, title, country, org, confAppositive-0.05)
		return
	}
}

// officeVerbs before "as <title>" say the subject holds or held that
// office.
var officeVerbs = wordSet(`resign resigned resigns serve served serves serving appointed named sworn
elected re-elected installed reappointed confirmed retired stepped`)

// officeWordAfter reports whether a title or state body follows word k
// ("Chinese President", "Swiss government").
func officeWordAfter(ws []word, k int) bool {
	for j := k; j < len(ws) && j < k+3; j++ {
		if roleIsHead(ws[j].lower) || entGovHeads[ws[j].lower] {
			return true
		}
		if !ws[j].alpha {
			return false
		}
	}
	return false
}

// titleQualifier extends a title that lacks a head word over the head and
// "for" before it: "Undersecretary for Education Mr. X" is read as the
// title "education" by the span stage; the office is "undersecretary for
// education".
func (x *docState) titleQualifier(si int, m *mention) {
	f := strings.Fields(m.title)
	if len(f) == 0 || roleIsHead(f[len(f)-1]) {
		return
	}
	ws := x.words[si]
	s := m.titleStart
	for s < m.end && strings.ToLower(ws[s].text) != f[0] {
		s++ // the title may start after a country or body
	}
	if s < 2 || s >= m.end || ws[s-1].lower != "for" || !roleIsHead(ws[s-2].lower) {
		return
	}
	h := s - 2
	for h > 0 && roleModifiers[ws[h-1].lower] {
		h--
	}
	m.title = titleText(ws[h:s-1]) + " for " + m.title
	if h < m.titleStart {
		m.titleStart = h
	}
}

// noOffice reports whether the gazetteer's title table lists the title's
// head as a role without an office ("candidate", "nominee", "activist"):
// the holder gets the role but is no official of what it names.
func (x *docState) noOffice(title string) bool {
	f := strings.Fields(title)
	if len(f) == 0 {
		return false
	}
	gl, ok := x.lex.(*gazLexicon)
	if !ok {
		return false
	}
	for _, e := range gl.g.Lookup(f[len(f)-1]) {
		if e.Kind == gazetteer.Title {
			return e.Relation == ""
		}
	}
	return false
}
