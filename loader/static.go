package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// memberOf reads "Michael Tien of NPP", "Alvin Yeung from the Civic
// Party" and "DAB's Ben Chan": membership of an organization, or, for a
// titled person followed by "of <country>", the office in that country.
func (x *docState) memberOf(si, mi int) {
	ws := x.words[si]
	m := &x.ments[si][mi]
	e := x.tab.ents[m.ent]
	k := m.end
	if k < len(ws) && (ws[k].lower == "of" || ws[k].lower == "from") {
		k++
		if k < len(ws) && ws[k].lower == "the" {
			k++
		}
		if om := x.mentionAt(si, k); om >= 0 && x.ments[si][om].ent >= 0 && x.ments[si][om].kind == mkName {
			o := x.tab.ents[x.ments[si][om].ent]
			switch o.typ {
			case ontology.Organization:
				if x.modifiesUnit(si, x.ments[si][om].end) {
					// "X of the Social Welfare constituency": a seat, not a body
				} else if m.title == "" {
					x.addFact(fact{s: m.ent, o: x.ments[si][om].ent, p: ontology.MemberOf, conf: confMember, sent: si})
				}
			case ontology.Country:
				if len(e.titles) > 0 && m.title == "" {
					x.titleRole(m, e.titles[len(e.titles)-1], o.name, -1, confAppositive)
				} else if m.title != "" && m.titleCountry == "" {
					x.titleRole(m, m.title, o.name, -1, confTitle)
				}
			}
		}
	}
	x.sharedPartyPossessive(si, m)
	// "DAB's Ben Chan", "Labour's Shadow Home Secretary Yvette Cooper"
	if p := m.titleStart - 1; p > 0 && isPossessive(ws[p].text) {
		if om := x.mentionEndingAt(si, p); om >= 0 && x.ments[si][om].ent >= 0 && x.ments[si][om].kind == mkName {
			o := x.ments[si][om].ent
			if x.tab.ents[o].typ == ontology.Country && m.title == "" {
				// "Nicaragua's Daniel Ortega": an office there; among
				// leaders or heads of state, its leader
				pr, conf := ontology.OfficialOf, confMember-0.1
				if x.amongLeaders(si) {
					pr = ontology.LeaderOf
				}
				x.addFact(fact{s: m.ent, o: o, p: pr, conf: conf, sent: si})
			}
			if x.tab.ents[o].typ == ontology.Organization {
				if m.title == "" || isParty(x.tab.ents[o]) {
					x.addFact(fact{s: m.ent, o: o, p: ontology.MemberOf, conf: confMember, sent: si})
				}
				if m.title != "" {
					x.ownerRole(m, m.title, o, confTitle-0.05)
				}
			}
		}
	}
}

// staticFacts adds the relations entities carry by themselves: bodies tied
// to a country are part of it, listed bodies part of their parent,
// places in their country (when the article names it).
func (x *docState) staticFacts() {
	first := x.firstSentences()
	asPlace := x.placesUsedAsPlaces()
	for id, e := range x.tab.ents {
		if e.hidden {
			continue
		}
		switch e.typ {
		case ontology.Organization:
			if e.country != "" && e.country != e.name {
				conf := confGazetteer
				if e.bodyTied {
					conf = confPossessive
				}
				if cid, ok := x.tab.byCanon[string(ontology.Country)+"|"+e.country]; ok || e.bodyTied {
					if !ok {
						cid = x.countryEnt(e.country)
					}
					if e.bodyTied || partOfCategory(e.category) {
						x.addFact(fact{s: id, o: cid, p: ontology.PartOf, conf: conf, sent: first[id]})
					}
				}
			}
			if e.parent != "" {
				if pid, ok := x.tab.lookup(e.parent); ok && pid != id {
					x.addFact(fact{s: id, o: pid, p: ontology.PartOf, conf: confGazetteer, sent: first[id]})
				}
			}
			// "ECOWAS Commission" is a body of ECOWAS
			if f := strings.Fields(e.name); len(f) >= 2 {
				if pid, ok := x.tab.lookup(strings.Join(f[:len(f)-1], " ")); ok && pid != id && x.tab.ents[pid].typ == ontology.Organization {
					x.addFact(fact{s: id, o: pid, p: ontology.PartOf, conf: confGazetteer, sent: first[id]})
				}
			}
		case ontology.Place:
			if e.country != "" && e.country != e.name && asPlace[id] {
				if cid, ok := x.tab.byCanon[string(ontology.Country)+"|"+e.country]; ok && !x.tab.ents[cid].hidden {
					x.addFact(fact{s: id, o: cid, p: ontology.LocatedIn, conf: confGazetteer, sent: first[id]})
				}
			}
		}
	}
	x.placePatterns()
}

func partOfCategory(c string) bool {
	switch c {
	case "", "gov", "military", "legislature", "court", "intel":
		return true
	}
	return false
}

// firstSentences returns, per entity, the sentence of its first mention.
func (x *docState) firstSentences() []int {
	out := make([]int, len(x.tab.ents))
	for i := range out {
		out[i] = -1
	}
	for si, ms := range x.ments {
		if si == x.titleSent {
			continue
		}
		for _, m := range ms {
			if m.ent >= 0 && m.ent < len(out) && out[m.ent] < 0 {
				out[m.ent] = si
			}
		}
	}
	for i := range out {
		if out[i] < 0 {
			out[i] = 0
		}
	}
	return out
}

// placePatterns reads "the Ukrainian city of Sumy", "Sumy, Ukraine" and
// "Sumy in Ukraine"-like wording: a place inside a country.
func (x *docState) placePatterns() {
	for si, ms := range x.ments {
		if si == x.titleSent {
			continue
		}
		ws := x.words[si]
		for mi := range ms {
			m := &ms[mi]
			if m.ent < 0 || x.tab.ents[m.ent].typ != ontology.Place || m.kind != mkName {
				continue
			}
			// "<demonym|country's> <place noun> of Name"
			s := m.start
			if s >= 3 && ws[s-1].lower == "of" && entPlaceHeads[ws[s-2].lower] {
				k := s - 3
				for k > 0 && !ws[k].cap && ws[k].alpha && ws[k].lower != "the" {
					k-- // "the Ukrainian border city of"
				}
				if om := x.mentionEndingAt(si, k+1); om >= 0 {
					o := &ms[om]
					if o.kind == mkDemonym || (o.ent >= 0 && x.tab.ents[o.ent].typ == ontology.Country) {
						x.addFact(fact{s: m.ent, o: x.resolveCountry(o), p: ontology.LocatedIn, conf: confTitle, sent: si})
					}
				}
			}
			// "Taikoo of the Hong Kong Island constituency", "Khiam in
			// Lebanon"
			k := m.end
			// "Bharat Mandapam convention centre in New Delhi": a facility
			// noun after the name
			for q := k; q < len(ws) && q < k+3 && !ws[q].cap && ws[q].alpha; q++ {
				if venueNouns[ws[q].lower] && q+1 < len(ws) && ws[q+1].lower == "in" {
					k = q + 1
					break
				}
			}
			// "Derna, a city in eastern Libya", "Port Sudan, the Sudanese
			// port city": an appositive place noun
			if k+3 < len(ws) && ws[k].text == "," && (ws[k+1].lower == "a" || ws[k+1].lower == "an" || ws[k+1].lower == "the") {
				q := k + 2
				dem := x.mentionAt(si, q)
				if dem >= 0 && ms[dem].kind == mkDemonym {
					q = ms[dem].end
				} else {
					dem = -1
				}
				for q < len(ws) && q < k+6 && !ws[q].cap && ws[q].alpha && !entPlaceHeads[ws[q].lower] {
					q++ // "a small town", "the port city"
				}
				if q < len(ws) && entPlaceHeads[ws[q].lower] && !ws[q].cap {
					if dem >= 0 {
						x.addFact(fact{s: m.ent, o: x.resolveCountry(&ms[dem]), p: ontology.LocatedIn, conf: confAppositive, sent: si})
					} else if q+1 < len(ws) && ws[q+1].lower == "in" {
						k = q + 1
					}
				}
			}
			if k+1 < len(ws) && (ws[k].lower == "of" || ws[k].lower == "in") {
				q := k + 1
				if ws[q].lower == "the" {
					q++
				}
				if q+1 < len(ws) && inRegionWords[ws[q].lower] {
					q++ // "in southern Gaza", "in the occupied West Bank"
				}
				if om := x.mentionAt(si, q); om >= 0 && ms[om].ent >= 0 && ms[om].kind == mkName && ms[om].ent != m.ent {
					if ot := x.tab.ents[ms[om].ent].typ; ot == ontology.Place || ot == ontology.Country {
						x.addFact(fact{s: m.ent, o: ms[om].ent, p: ontology.LocatedIn, conf: confAppositive - 0.1, sent: si})
					}
				}
			}
			// "Name, Country"
			if m.end+1 < len(ws) && ws[m.end].text == "," && mi+1 < len(ms) && ms[mi+1].start == m.end+1 && ms[mi+1].ent >= 0 && ms[mi+1].kind == mkName {
				o := x.tab.ents[ms[mi+1].ent]
				if o.typ == ontology.Country || (o.typ == ontology.Place && ms[mi+1].kind == mkName) {
					x.addFact(fact{s: m.ent, o: ms[mi+1].ent, p: ontology.LocatedIn, conf: confAppositive, sent: si})
				}
			}
		}
	}
}

// inRegionWords qualify a place after "in" ("in eastern Libya").
var inRegionWords = wordSet(`northern southern eastern western central northeastern northwestern
southeastern southwestern north-eastern north-western south-eastern south-western occupied`)

// venueNouns follow a venue's name ("the Olympic stadium in Rome").
var venueNouns = wordSet(`centre center hall stadium arena hotel palace airport complex building
venue auditorium museum campus compound`)

// isParty reports whether an organization is a political party.
func isParty(e *entity) bool {
	return e.category == "party" || strings.HasSuffix(e.name, " Party") || strings.HasPrefix(e.name, "Party ")
}

// placesUsedAsPlaces returns the entities some mention of which follows a
// locative preposition ("in Sumy", "at the White House"): a capital named
// only as an actor or a modifier gets no located_in.
func (x *docState) placesUsedAsPlaces() map[int]bool {
	out := map[int]bool{}
	for si, ms := range x.ments {
		ws := x.words[si]
		for _, m := range ms {
			if m.ent < 0 || m.kind != mkName {
				continue
			}
			s := m.start
			if s > 0 && ws[s-1].lower == "the" {
				s--
			}
			if s > 0 && (locativePreps[ws[s-1].lower] || ws[s-1].lower == "to" || ws[s-1].lower == ",") {
				out[m.ent] = true
			}
		}
	}
	return out
}

// amongLeaders reports whether sentence si speaks of leaders or heads of
// state ("were the only Latin American heads of state to attend").
func (x *docState) amongLeaders(si int) bool {
	ws := x.words[si]
	for i, w := range ws {
		switch w.lower {
		case "leaders", "presidents", "premiers":
			return true
		case "heads":
			if i+2 < len(ws) && ws[i+1].lower == "of" && (ws[i+2].lower == "state" || ws[i+2].lower == "government") {
				return true
			}
		}
	}
	return false
}

// sharedPartyPossessive reads a party possessive shared by a list of
// names: "Labour's Keir Starmer and Rachel Reeves" makes Reeves a member
// too. Only parties: "Russia's Vladimir Putin and Xi Jinping" shares
// nothing.
func (x *docState) sharedPartyPossessive(si int, m *mention) {
	ws := x.words[si]
	p := m.titleStart - 1
	steps := 0
	for p > 0 && (ws[p].lower == "and" || ws[p].text == ",") && steps < 6 {
		pm := x.mentionEndingAt(si, p)
		if pm < 0 || x.ments[si][pm].kind != mkName || x.ments[si][pm].ent < 0 || x.tab.ents[x.ments[si][pm].ent].typ != ontology.Person {
			return
		}
		p = x.ments[si][pm].titleStart - 1
		steps++
	}
	if steps == 0 || p <= 0 || !isPossessive(ws[p].text) {
		return
	}
	om := x.mentionEndingAt(si, p)
	if om < 0 || x.ments[si][om].kind != mkName || x.ments[si][om].ent < 0 {
		return
	}
	if o := x.ments[si][om].ent; x.tab.ents[o].typ == ontology.Organization && isParty(x.tab.ents[o]) {
		x.addFact(fact{s: m.ent, o: o, p: ontology.MemberOf, conf: confMember - 0.05, sent: si})
	}
}

// unitNouns are electoral and territorial units a name can modify ("the
// Social Welfare constituency", "the Labour-held district").
var unitNouns = wordSet(`constituency constituencies district ward riding electorate seat region
province county area sector precinct municipality`)

// modifiesUnit reports whether the name ending at word k is part of a
// unit's name: the capitalised run (with commas and "and") after it ends
// on a unit noun.
func (x *docState) modifiesUnit(si, k int) bool {
	ws := x.words[si]
	for q := k; q < len(ws) && q < k+8; q++ {
		switch {
		case unitNouns[ws[q].lower]:
			return true
		case ws[q].cap || ws[q].text == "," || ws[q].lower == "and":
		default:
			return false
		}
	}
	return false
}
