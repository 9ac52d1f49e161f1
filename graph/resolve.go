package graph

// Cross-article entity resolution: an incoming entity joins an existing
// actor when a name or alias matches and the types agree, unless the match
// is only through a shared alias and the full names conflict (two people
// called Medvedev with different given names stay two actors).

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// incoming is one entity of the article being loaded.
type incoming struct {
	name     string
	typ      ontology.EntityType
	aliases  []string
	mentions int
	id       string // resolved actor id
}

func (e *incoming) keys() map[string]bool {
	out := map[string]bool{}
	for _, n := range append([]string{e.name}, e.aliases...) {
		if k := ontology.Normalize(n); k != "" {
			out[k] = true
		}
	}
	return out
}

// resolve sets the id of every incoming entity: an existing actor's, or a
// new one derived from type and name.
func (v *view) resolve(ents []*incoming) {
	fresh := map[string]bool{} // new ids given in this article
	for _, e := range ents {
		if e.id = v.match(e); e.id != "" {
			continue
		}
		base := newActorID(e.typ, e.name)
		e.id = base
		// A new id equal to one given to another entity of this article
		// means the two names differ only in punctuation: the same actor.
		for n := 2; v.actors[e.id] != nil && !fresh[e.id]; n++ {
			e.id = base + "-" + strconv.Itoa(n)
		}
		fresh[e.id] = true
	}
}

// match returns the id of the stored actor e is, or "".
func (v *view) match(e *incoming) string {
	keys := e.keys()
	self := ontology.Normalize(e.name)
	type cand struct {
		id     string
		exact  bool
		degree int
	}
	var best *cand
	seen := map[string]bool{}
	consider := func(aid string) {
		if seen[aid] {
			return
		}
		seen[aid] = true
		a := v.actors[aid]
		if a == nil || a.typ != e.typ {
			return
		}
		canon := a.canonicalName()
		exact := v.keys[self][aid] > 0 || keys[ontology.Normalize(canon)]
		if !exact && conflict(e.name, canon, e.typ) {
			return
		}
		c := &cand{id: aid, exact: exact, degree: len(v.adj[aid])}
		if best == nil || better(c.exact, best.exact, c.degree, best.degree, c.id, best.id) {
			best = c
		}
	}
	for k := range keys {
		for aid := range v.keys[k] {
			consider(aid)
		}
	}
	consider(newActorID(e.typ, e.name))
	if best == nil {
		return ""
	}
	return best.id
}

func better(exactA, exactB bool, degA, degB int, idA, idB string) bool {
	if exactA != exactB {
		return exactA
	}
	return cmp.Or(cmp.Compare(degB, degA), strings.Compare(idA, idB)) < 0
}

// conflict reports whether two names of type t cannot be one entity even
// though an alias joins them: both are full (multi-word) names and differ;
// for people, only when the given names differ, so spelling variants of a
// surname ("Volodymyr Zelenskyy", "Volodymyr Zelensky") still merge.
func conflict(a, b string, t ontology.EntityType) bool {
	na, nb := ontology.Normalize(a), ontology.Normalize(b)
	if na == nb {
		return false
	}
	wa, wb := strings.Fields(na), strings.Fields(nb)
	if len(wa) < 2 || len(wb) < 2 {
		return false
	}
	if t == ontology.Person {
		return wa[0] != wb[0]
	}
	return true
}
