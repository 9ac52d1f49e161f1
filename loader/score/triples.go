package score

import (
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Score compares one article's extraction with its gold annotation.
func Score(g Gold, sys ontology.Extraction) Result {
	r := Result{Articles: 1, Predicates: map[ontology.Predicate]Counts{}}
	ix := newGoldIndex(g)
	sysTo := scoreEntities(&r, ix, sys.Entities)
	if !g.EntitiesOnly {
		scoreTriples(&r, ix, sys, sysTo)
	}
	return r
}

// resolved is a system triple's subject or object as gold entities.
type resolved struct {
	name  string // as the system wrote it
	cands []int  // gold entities it may be
	key   string // dedupe key: the preferred candidate, or the name
}

// resolver resolves the names used in system triples to gold entities:
// through the system entity of that name (with its aliases) and through
// gold names and aliases.
type resolver struct {
	ix     goldIndex
	sys    []ontology.Entity
	sysTo  []int          // untyped entity matching
	byName map[string]int // normalised system name -> system entity
}

func newResolver(ix goldIndex, sys []ontology.Entity, sysTo []int) resolver {
	rv := resolver{ix: ix, sys: sys, sysTo: sysTo, byName: map[string]int{}}
	for i, e := range sys { // names win over aliases
		if n := ontology.Normalize(e.Name); n != "" {
			if _, ok := rv.byName[n]; !ok {
				rv.byName[n] = i
			}
		}
	}
	for i, e := range sys {
		for _, a := range e.Aliases {
			if n := ontology.Normalize(a); n != "" {
				if _, ok := rv.byName[n]; !ok {
					rv.byName[n] = i
				}
			}
		}
	}
	return rv
}

func (rv resolver) resolve(name string) resolved {
	n := ontology.Normalize(name)
	res := resolved{name: name, key: "?" + n}
	if n == "" {
		return res
	}
	ns := []string{n}
	pref := -1
	if i, ok := rv.byName[n]; ok {
		ns = append(ns, names(rv.sys[i].Name, rv.sys[i].Aliases)...)
		pref = rv.sysTo[i]
	}
	res.cands = rv.ix.candidates(ns)
	if pref < 0 && len(res.cands) > 0 {
		pref = res.cands[0]
	}
	if pref >= 0 {
		if !slices.Contains(res.cands, pref) {
			res.cands = append(res.cands, pref)
		}
		res.key = "#" + rv.ix.gold.Entities[pref].Name
	}
	return res
}

// fact is a system triple after resolution; triples with the same fact
// key are one fact.
type fact struct {
	t        ontology.Triple
	s, o     resolved
	lit      string // normalised role title
	required bool   // matches a required gold triple
	optional bool   // matches an optional gold triple
}

func scoreTriples(r *Result, ix goldIndex, sys ontology.Extraction, sysTo []int) {
	g := ix.gold
	rv := newResolver(ix, sys.Entities, sysTo)
	goldFound := make([]bool, len(g.Triples))
	facts := map[string]*fact{}
	var order []string
	for _, t := range sys.Triples {
		if !t.Predicate.Valid() {
			continue // only the ontology's predicates are scored
		}
		f := fact{t: t, s: rv.resolve(t.Subject)}
		if t.Predicate == ontology.Role {
			f.lit = ontology.Normalize(t.Object)
		} else {
			f.o = rv.resolve(t.Object)
		}
		okey := f.o.key
		for j, gt := range g.Triples {
			if !tripleMatches(ix, f, gt) {
				continue
			}
			if f.lit != "" {
				okey = fmt.Sprintf("#%d", j) // role variants of one gold title are one fact
			}
			if gt.Optional {
				f.optional = true
			} else {
				f.required = true
				goldFound[j] = true
			}
		}
		if f.lit != "" && !strings.HasPrefix(okey, "#") {
			okey = "=" + f.lit
		}
		skey := f.s.key
		if t.Predicate.Symmetric() && okey < skey {
			skey, okey = okey, skey
		}
		key := skey + "\x00" + string(t.Predicate) + "\x00" + okey
		if old, ok := facts[key]; ok {
			old.required = old.required || f.required
			old.optional = old.optional || f.optional
			continue
		}
		facts[key] = &f
		order = append(order, key)
	}
	for _, key := range order {
		f := facts[key]
		p := f.t.Predicate
		c := r.Predicates[p]
		switch {
		case f.required:
			c.TP++
			r.Triples.TP++
		case f.optional:
			continue // defensible, not counted
		default:
			c.FP++
			r.Triples.FP++
			r.Errors = append(r.Errors, Error{Article: g.Article, Kind: TripleFP, Predicate: p,
				Description: describeFP(ix, *f), Evidence: f.t.Evidence})
		}
		r.Predicates[p] = c
	}
	for j, gt := range g.Triples {
		if gt.Optional {
			continue
		}
		c := r.Predicates[gt.P]
		if goldFound[j] {
			c.Found++
			r.Triples.Found++
		} else {
			c.FN++
			r.Triples.FN++
			r.Errors = append(r.Errors, Error{Article: g.Article, Kind: TripleMiss, Predicate: gt.P,
				Description: fmt.Sprintf("%s %s %s not found", gt.S, gt.P, quoteRole(gt))})
		}
		r.Predicates[gt.P] = c
	}
}

// tripleMatches reports whether the system fact f matches gold triple gt.
func tripleMatches(ix goldIndex, f fact, gt GoldTriple) bool {
	p := f.t.Predicate
	if gt.P != p && !(p == ontology.LeaderOf && gt.P == ontology.OfficialOf) {
		return false
	}
	gs, ok := ix.byKey[gt.S]
	if !ok {
		return false
	}
	if p == ontology.Role {
		if !slices.Contains(f.s.cands, gs) || f.lit == "" {
			return false
		}
		if ontology.Normalize(gt.O) == f.lit {
			return true
		}
		for _, a := range gt.OAlts {
			if ontology.Normalize(a) == f.lit {
				return true
			}
		}
		return false
	}
	gob, ok := ix.byKey[gt.O]
	if !ok {
		return false
	}
	if slices.Contains(f.s.cands, gs) && slices.Contains(f.o.cands, gob) {
		return true
	}
	return p.Symmetric() && slices.Contains(f.s.cands, gob) && slices.Contains(f.o.cands, gs)
}

func quoteRole(gt GoldTriple) string {
	if gt.P == ontology.Role {
		return fmt.Sprintf("%q", gt.O)
	}
	return gt.O
}

// describeFP says why a system fact matched nothing.
func describeFP(ix goldIndex, f fact) string {
	t := f.t
	head := fmt.Sprintf("%s %s %s", t.Subject, t.Predicate, t.Object)
	if t.Predicate == ontology.Role {
		head = fmt.Sprintf("%s role %q", t.Subject, t.Object)
	}
	if len(f.s.cands) == 0 {
		return head + ": subject is no gold entity"
	}
	if t.Predicate != ontology.Role && len(f.o.cands) == 0 {
		return head + ": object is no gold entity"
	}
	// Name what the gold says about the same pair, if anything.
	var same []string
	for _, gt := range ix.gold.Triples {
		gs, gob := ix.byKey[gt.S], ix.byKey[gt.O]
		sIn := slices.Contains(f.s.cands, gs)
		if t.Predicate == ontology.Role {
			if gt.P == ontology.Role && sIn {
				same = append(same, fmt.Sprintf("role %q", gt.O))
			}
			continue
		}
		if gt.P == ontology.Role {
			continue
		}
		if sIn && slices.Contains(f.o.cands, gob) {
			same = append(same, string(gt.P))
		} else if slices.Contains(f.s.cands, gob) && slices.Contains(f.o.cands, gs) {
			same = append(same, "reverse "+string(gt.P))
		}
	}
	if len(same) == 0 {
		return head + ": not in gold"
	}
	return head + ": not in gold (gold has " + strings.Join(same, ", ") + ")"
}
