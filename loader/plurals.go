package loader

import "github.com/actorgraph/actorgraph/ontology"

// Plural subjects that stand for actors named just before: "Later on
// Monday, Sisi received Sheikh Mohammed. The two men stressed ... and
// rejected any Israeli reoccupation" — the two men are Sisi and Sheikh
// Mohammed. Only "the two X" and "both X" are read, and only when the
// sentences just before name exactly two actors of the right kind, so a
// wrong guess is unlikely; the ends are weak.

// pluralHeads maps a plural noun to the entity type it refers to; ""
// is any actor.
var pluralHeads = map[string]ontology.EntityType{
	"men": ontology.Person, "women": ontology.Person, "leaders": ontology.Person,
	"presidents": ontology.Person, "ministers": ontology.Person, "officials": ontology.Person,
	"countries": ontology.Country, "nations": ontology.Country, "governments": ontology.Country,
	"states": ontology.Country, "neighbours": ontology.Country, "neighbors": ontology.Country,
	"sides": "", "parties": "",
}

// pluralSubject reads "the two men" or "both countries" as the subject
// of the verb at i.
func (x *docState) pluralSubject(r *relSent, i int) []end {
	ws := r.ws
	// the noun: right before the verb, past auxiliaries and adverbs
	n := i - 1
	for n >= 0 && (isAux(ws[n].lower) || ws[n].tag == "RB" || ws[n].tag == "MD") {
		n--
	}
	if n < 1 {
		return nil
	}
	typ, ok := pluralHeads[ws[n].lower]
	if !ok {
		return nil
	}
	q := ws[n-1].lower
	if !(q == "both" || q == "two" && n >= 2 && ws[n-2].lower == "the") {
		return nil
	}
	for si := r.si - 1; si >= 0 && si >= r.si-2; si-- {
		var found []int
		for mi := range x.ments[si] {
			m := &x.ments[si][mi]
			ent, _ := x.actor(m, false)
			if ent < 0 || typ != "" && x.tab.ents[ent].typ != typ {
				continue
			}
			dup := false
			for _, e := range found {
				dup = dup || e == ent
			}
			if !dup {
				found = append(found, ent)
			}
		}
		if len(found) == 0 {
			continue
		}
		if len(found) != 2 {
			return nil
		}
		return []end{{ent: found[0], dist: 5, weak: true}, {ent: found[1], dist: 5, weak: true}}
	}
	return nil
}
