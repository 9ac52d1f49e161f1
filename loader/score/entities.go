package score

import (
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// goldIndex finds gold entities by any of their normalised names.
type goldIndex struct {
	gold   Gold
	byName map[string][]int // normalised name or alias -> gold entity indexes
	byKey  map[string]int   // canonical name as written in triples -> index
}

func newGoldIndex(g Gold) goldIndex {
	ix := goldIndex{gold: g, byName: map[string][]int{}, byKey: map[string]int{}}
	for i, e := range g.Entities {
		if _, dup := ix.byKey[e.Name]; !dup {
			ix.byKey[e.Name] = i
		}
		for _, n := range names(e.Name, e.Aliases) {
			if !slices.Contains(ix.byName[n], i) {
				ix.byName[n] = append(ix.byName[n], i)
			}
		}
	}
	return ix
}

// names returns the distinct non-empty normalised forms of a name and its
// aliases, the name's first.
func names(name string, aliases []string) []string {
	out := make([]string, 0, 1+len(aliases))
	for _, s := range append([]string{name}, aliases...) {
		if n := ontology.Normalize(s); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// candidates returns the gold entities sharing a name with any of ns, in
// order: those matching ns[0] (the system's own name) first.
func (ix goldIndex) candidates(ns []string) []int {
	var out []int
	for _, n := range ns {
		for _, i := range ix.byName[n] {
			if !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	return out
}

// matchOneToOne returns a maximum one-to-one matching of system items to
// gold items (Kuhn's augmenting paths; sizes are an article's entities).
// sysTo[i] is the gold index of system item i, or -1.
func matchOneToOne(cands [][]int, nGold int) []int {
	goldTo := make([]int, nGold)
	for i := range goldTo {
		goldTo[i] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range cands[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if goldTo[j] < 0 || try(goldTo[j], seen) {
				goldTo[j] = i
				return true
			}
		}
		return false
	}
	for i := range cands {
		try(i, make([]bool, nGold))
	}
	sysTo := make([]int, len(cands))
	for i := range sysTo {
		sysTo[i] = -1
	}
	for j, i := range goldTo {
		if i >= 0 {
			sysTo[i] = j
		}
	}
	return sysTo
}

// scoreEntities adds the untyped and typed entity counts and errors to r,
// and returns the untyped matching (system entity -> gold entity or -1),
// which triple resolution prefers.
func scoreEntities(r *Result, ix goldIndex, sys []ontology.Entity) []int {
	g := ix.gold
	var ents []int // indexes of sys entities that are scored
	for i, e := range sys {
		if e.Type != ontology.Literal {
			ents = append(ents, i)
		}
	}
	untyped := make([][]int, len(ents))
	typed := make([][]int, len(ents))
	for k, i := range ents {
		e := sys[i]
		untyped[k] = ix.candidates(names(e.Name, e.Aliases))
		for _, j := range untyped[k] {
			if g.Entities[j].Type == e.Type {
				typed[k] = append(typed[k], j)
			}
		}
	}
	mu := matchOneToOne(untyped, len(g.Entities))
	mt := matchOneToOne(typed, len(g.Entities))
	r.EntitiesUntyped = count(mu, len(g.Entities))
	r.EntitiesTyped = count(mt, len(g.Entities))

	sysTo := make([]int, len(sys))
	for i := range sysTo {
		sysTo[i] = -1
	}
	matched := make([]bool, len(g.Entities))
	for k, i := range ents {
		e := sys[i]
		j := mu[k]
		sysTo[i] = j
		switch {
		case j >= 0:
			matched[j] = true
			if ge := g.Entities[j]; ge.Type != e.Type {
				r.Errors = append(r.Errors, Error{Article: g.Article, Kind: EntityType,
					Description: fmt.Sprintf("%q typed %s, gold %q is %s", e.Name, e.Type, ge.Name, ge.Type)})
			}
		case len(untyped[k]) > 0:
			r.Errors = append(r.Errors, Error{Article: g.Article, Kind: EntityFP,
				Description: fmt.Sprintf("%q (%s) duplicates gold %q, already matched", e.Name, e.Type, g.Entities[untyped[k][0]].Name)})
		default:
			r.Errors = append(r.Errors, Error{Article: g.Article, Kind: EntityFP,
				Description: fmt.Sprintf("%q (%s) is no gold entity", e.Name, e.Type)})
		}
	}
	for j, ge := range g.Entities {
		if !matched[j] {
			d := fmt.Sprintf("%q (%s) not found", ge.Name, ge.Type)
			if len(ge.Aliases) > 0 {
				d += " (aliases: " + strings.Join(ge.Aliases, ", ") + ")"
			}
			r.Errors = append(r.Errors, Error{Article: g.Article, Kind: EntityMiss, Description: d})
		}
	}
	return sysTo
}

func count(sysTo []int, nGold int) Counts {
	var c Counts
	for _, j := range sysTo {
		if j >= 0 {
			c.TP++
		} else {
			c.FP++
		}
	}
	c.Found = c.TP
	c.FN = nGold - c.TP
	return c
}
