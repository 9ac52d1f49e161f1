package graph

// Turning view records into the API's values.

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/ontology"
)

// canonicalName is the name most articles used; ties go to the longest,
// then the alphabetically first, so it does not depend on load order.
func (a *actorRec) canonicalName() string {
	best, bestN := "", 0
	for n, c := range a.nameCount {
		if c > bestN || c == bestN && (len(n) > len(best) || len(n) == len(best) && n < best) {
			best, bestN = n, c
		}
	}
	return best
}

// actor returns a's API value, computed once per change of a.
func (v *view) actor(a *actorRec) Actor {
	if out, ok := v.summary.Load(a.id); ok {
		return out.(Actor)
	}
	out := v.computeActor(a)
	v.summary.Store(a.id, out)
	return out
}

// hopsOf returns id's neighbours, computed once per change of id.
func (v *view) hopsOf(id string) []hop {
	if out, ok := v.nbrs.Load(id); ok {
		return out.([]hop)
	}
	out := v.neighbours(id)
	v.nbrs.Store(id, out)
	return out
}

// invalidate drops the derived values of the actors a load or delete
// touched; the next read recomputes them. Computing them eagerly instead
// made every load pay for its hub actors' whole neighbourhoods.
func (v *view) invalidate(ids map[string]bool) {
	for id := range ids {
		v.summary.Delete(id)
		v.nbrs.Delete(id)
	}
}

// neighbours lists the actors joined to id by a relation, sorted by id,
// each with all the relations joining them and the best one.
func (v *view) neighbours(id string) []hop {
	by := map[string]*hop{}
	for rid := range v.adj[id] {
		r := v.rels[rid]
		if r == nil || r.literal {
			continue
		}
		other := r.obj
		if other == id {
			other = r.subj
		}
		if other == id {
			continue // a self loop leads nowhere
		}
		h := by[other]
		if h == nil {
			h = &hop{to: other}
			by[other] = h
		}
		h.rels = append(h.rels, rid)
		if h.rel == "" || r.conf > h.conf || r.conf == h.conf && rid < h.rel {
			h.rel, h.conf = rid, r.conf
		}
	}
	out := make([]hop, 0, len(by))
	for _, h := range by {
		slices.Sort(h.rels)
		out = append(out, *h)
	}
	slices.SortFunc(out, func(a, b hop) int { return strings.Compare(a.to, b.to) })
	return out
}

func (v *view) computeActor(a *actorRec) Actor {
	name := a.canonicalName()
	out := Actor{ID: a.id, Name: name, Type: a.typ, Degree: len(v.adj[a.id])}
	seen := map[string]bool{ontology.Normalize(name): true}
	addAlias := func(n string) {
		if k := ontology.Normalize(n); k != "" && !seen[k] {
			seen[k] = true
			out.Aliases = append(out.Aliases, n)
		}
	}
	for _, art := range slices.Sorted(maps.Keys(a.names)) {
		for _, n := range a.names[art] {
			addAlias(n)
		}
		for _, n := range a.aliases[art] {
			addAlias(n)
		}
	}
	slices.Sort(out.Aliases)
	for art, n := range a.mentions {
		out.Mentions += n
		out.Articles++
		if ar := v.articles[art]; ar != nil {
			out.FirstSeen, out.LastSeen = widen(out.FirstSeen, out.LastSeen, ar.meta.Published)
		}
	}
	return out
}

// widen extends [first, last] to cover t; zero times are unknown dates.
func widen(first, last, t time.Time) (time.Time, time.Time) {
	if t.IsZero() {
		return first, last
	}
	if first.IsZero() || t.Before(first) {
		first = t
	}
	if last.IsZero() || t.After(last) {
		last = t
	}
	return first, last
}

// evFilter selects the evidence a query keeps.
type evFilter struct {
	since, until time.Time
	minConf      float64
}

func (f evFilter) keep(e Evidence) bool {
	if !f.since.IsZero() && (e.Published.IsZero() || e.Published.Before(f.since)) {
		return false
	}
	if !f.until.IsZero() && (e.Published.IsZero() || e.Published.After(f.until)) {
		return false
	}
	return e.Confidence >= f.minConf
}

// relation builds r with the evidence f keeps; ok is false when none is.
func (v *view) relation(r *relRec, f evFilter) (Relation, bool) {
	out := Relation{ID: r.id, Subject: r.subj, Predicate: r.pred, Object: r.obj, Literal: r.literal}
	cameos := map[string]int{}
	for _, e := range r.ev {
		ev := Evidence{Article: e.article, Sentence: e.sentence, Text: e.text, Confidence: e.conf}
		if a := v.articles[e.article]; a != nil {
			ev.Published = a.meta.Published
		}
		if !f.keep(ev) {
			continue
		}
		out.Evidence = append(out.Evidence, ev)
		out.Confidence = max(out.Confidence, e.conf)
		out.FirstSeen, out.LastSeen = widen(out.FirstSeen, out.LastSeen, ev.Published)
		if e.cameo != "" {
			cameos[e.cameo]++
		}
	}
	if len(out.Evidence) == 0 {
		return Relation{}, false
	}
	slices.SortFunc(out.Evidence, func(a, b Evidence) int {
		return cmp.Or(b.Published.Compare(a.Published), strings.Compare(a.Article, b.Article),
			cmp.Compare(a.Sentence, b.Sentence), strings.Compare(a.Text, b.Text))
	})
	out.CAMEO = r.pred.CAMEO()
	best := 0
	for c, n := range cameos {
		if n > best || n == best && c < out.CAMEO {
			out.CAMEO, best = c, n
		}
	}
	return out, true
}
