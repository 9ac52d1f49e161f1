package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// This file reads interactions that follow from others or from fixed
// phrasings: mutual attacks make a conflict, exchanges of fire or of
// prisoners, and "the Iran-backed group".

// backedBy reads "the Iran-backed group": the country or organization
// before "-backed" supports what the phrase names.
func (x *docState) backedBy(r *relSent, i int) {
	name, suf, ok := strings.Cut(r.ws[i].text, "-")
	switch suf {
	case "backed", "supported", "funded", "sponsored", "armed", "allied":
	default:
		return
	}
	if !ok {
		return
	}
	h, hit := x.lex.match([]string{name})
	if !hit || (h.kind != lexCountry && h.kind != lexOrg && h.kind != lexDemonym) {
		return
	}
	backer := x.tab.canon(h.canon, h.typ)
	if h.kind == lexDemonym {
		backer = x.countryEnt(h.canon)
	}
	// the backed actor: the mention right after, or the nominal the
	// phrase belongs to
	for mi := range r.ms {
		m := &r.ms[mi]
		if m.start > i && m.start <= i+2 && m.ent >= 0 {
			x.addFact(fact{s: backer, o: m.ent, p: ontology.Supported, cameo: "07", conf: confNominal, sent: r.si})
			return
		}
		if m.kind == mkNominal && m.start <= i && m.end > i && m.ent >= 0 {
			x.addFact(fact{s: backer, o: m.ent, p: ontology.Supported, cameo: "07", conf: confNominal, sent: r.si})
			return
		}
	}
}

// mutualConflicts adds in_conflict_with between two actors that attack
// each other; an attack on a place counts against the country it lies in.
func (x *docState) mutualConflicts() {
	in := map[int]int{}
	for _, f := range x.facts {
		if f.p == ontology.LocatedIn && x.tab.ents[f.o].typ == ontology.Country {
			in[f.s] = f.o
		}
	}
	type pair struct{ a, b int }
	hits := map[pair]fact{}
	var order []pair
	for _, f := range x.facts {
		if f.p != ontology.Attacked {
			continue
		}
		o := f.o
		if c, ok := in[o]; ok {
			o = c
		}
		if x.tab.ents[o].typ == ontology.Place || o == f.s {
			continue
		}
		p := pair{f.s, o}
		if _, seen := hits[p]; !seen {
			order = append(order, p)
		}
		hits[p] = f
	}
	for _, p := range order {
		f := hits[p]
		if g, ok := hits[pair{p.b, p.a}]; ok && p.a < p.b {
			x.addFact(fact{s: p.a, o: p.b, p: ontology.InConflictWith, cameo: "19",
				conf: min(f.conf, g.conf) - 0.1, sent: min(f.sent, g.sent)})
		}
	}
}

// exchange reads "North and South Korea exchanged artillery fire" (each
// attacked the other) and "exchanged prisoners with Ukraine" (they
// cooperated).
func (x *docState) exchange(r *relSent, i int) {
	ws := r.ws
	p, cameo := ontology.Predicate(""), ""
	for k := i + 1; k < len(ws) && k <= i+3; k++ {
		switch ws[k].lower {
		case "fire", "shots", "strikes", "blows", "shelling", "salvos", "rockets":
			p, cameo = ontology.Attacked, "19"
		case "prisoners", "captives", "hostages", "detainees", "bodies":
			p, cameo = ontology.CooperatedWith, "06"
		}
	}
	if p == "" {
		return
	}
	sides := x.subjectsLeft(r, i, false)
	for k := i + 1; k < len(ws) && k <= i+5; k++ {
		if ws[k].lower == "with" {
			sides = append(sides, x.mentionsFrom(r, k+1, 3, false, i)...)
			break
		}
	}
	for a := range sides {
		for b := range sides {
			if a == b || sides[a].ent == sides[b].ent {
				continue
			}
			x.addFact(fact{s: sides[a].ent, o: sides[b].ent, p: p, cameo: cameo, conf: confVerbFar, sent: r.si})
		}
	}
}
