package graph

// The view is an in-process index of everything the quad store holds,
// derived only from the quads (interpret below) so it can always be rebuilt
// from the store: Open builds it with one scan, and every load or delete
// updates it after the store transaction committed. Reads are answered from
// it, so traversals cost map lookups instead of iterator round trips.

import (
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/ontology"
)

type view struct {
	actors   map[string]*actorRec
	rels     map[string]*relRec
	articles map[string]*articleRec
	// keys maps a normalized name or alias to the actors using it, with a
	// count of the (article, name) pairs that contribute it.
	keys map[string]map[string]int
	// adj maps an actor id to the relations touching it, either end.
	adj map[string]map[string]bool
	// triples counts (article, relation) pairs.
	triples int

	// Derived values, computed on first read and dropped for the actors
	// a load or delete touches (see invalidate): Actor values, and each
	// actor's neighbours sorted by id with the relations joining them.
	// sync.Map because readers fill them concurrently under Store.mu's
	// read lock; writers, holding the write lock, only delete.
	summary sync.Map // actor id -> Actor
	nbrs    sync.Map // actor id -> []hop
}

type actorRec struct {
	id       string
	typ      ontology.EntityType
	names    map[string][]string // article -> canonical names it used
	aliases  map[string][]string // article -> aliases it used
	mentions map[string]int      // article -> mentions
	// nameCount counts the articles using each canonical name, kept up to
	// date so canonicalName costs the distinct names, not the articles.
	nameCount map[string]int
}

type relRec struct {
	id      string
	subj    string
	pred    ontology.Predicate
	obj     string
	literal bool
	ev      map[string]*evRec // evidence id ->
	conf    float64           // highest evidence confidence
}

type evRec struct {
	id, article string
	sentence    int
	text        string
	conf        float64
	cameo       string
}

type articleRec struct {
	meta   Article
	hash   string
	actors map[string]bool
	rels   map[string]bool
}

func newView() *view {
	return &view{
		actors:   map[string]*actorRec{},
		rels:     map[string]*relRec{},
		articles: map[string]*articleRec{},
		keys:     map[string]map[string]int{},
		adj:      map[string]map[string]bool{},
	}
}

// articleData is one article's quads read back into records.
type articleData struct {
	art    articleRec
	actors map[string]*actorRec // only this article's contribution
	rels   map[string]*relRec   // only this article's evidence
}

// interpret reads the quads one article contributed (all labelled with its
// IRI). Quads it does not understand are ignored, so the layout can grow.
func interpret(id string, qs []quad.Quad) articleData {
	d := articleData{
		art:    articleRec{meta: Article{ID: id}, actors: map[string]bool{}, rels: map[string]bool{}},
		actors: map[string]*actorRec{},
		rels:   map[string]*relRec{},
	}
	evs := map[string]*evRec{}
	ev := func(iri string) *evRec {
		e := evs[iri]
		if e == nil {
			e = &evRec{id: strings.TrimPrefix(iri, evPfx), article: id}
			evs[iri] = e
		}
		return e
	}
	rel := func(iri string) *relRec {
		rid := strings.TrimPrefix(iri, relPfx)
		r := d.rels[rid]
		if r == nil {
			r = &relRec{id: rid, ev: map[string]*evRec{}}
			d.rels[rid] = r
		}
		return r
	}
	actor := func(iri string) *actorRec {
		aid := strings.TrimPrefix(iri, ns)
		a := d.actors[aid]
		if a == nil {
			a = &actorRec{id: aid, names: map[string][]string{}, aliases: map[string][]string{}, mentions: map[string]int{}}
			d.actors[aid] = a
		}
		return a
	}
	for _, q := range qs {
		subj, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		s := string(subj)
		switch {
		case strings.HasPrefix(s, articlePfx):
			m := &d.art.meta
			switch q.Predicate {
			case pTitle:
				m.Title = stringOf(q.Object)
			case pURL:
				m.URL = stringOf(q.Object)
			case pSource:
				m.Source = stringOf(q.Object)
			case pText:
				m.Text = stringOf(q.Object)
			case pHash:
				d.art.hash = stringOf(q.Object)
			case pPublished:
				if t, ok := q.Object.(quad.Time); ok {
					m.Published = time.Time(t).UTC()
				}
			}
		case strings.HasPrefix(s, relPfx):
			r := rel(s)
			switch q.Predicate {
			case pSubject:
				r.subj = strings.TrimPrefix(iriOf(q.Object), ns)
			case pPredicate:
				r.pred, _ = predOf(q.Object)
			case pObject:
				if iri, ok := q.Object.(quad.IRI); ok {
					r.obj = strings.TrimPrefix(string(iri), ns)
				} else {
					r.obj, r.literal = stringOf(q.Object), true
				}
			case pEvidence:
				e := ev(iriOf(q.Object))
				r.ev[e.id] = e
			}
		case strings.HasPrefix(s, evPfx):
			e := ev(s)
			switch q.Predicate {
			case pSentence:
				if n, ok := q.Object.(quad.Int); ok {
					e.sentence = int(n)
				}
			case pText:
				e.text = stringOf(q.Object)
			case pConfidence:
				if f, ok := q.Object.(quad.Float); ok {
					e.conf = float64(f)
				}
			case pCAMEO:
				e.cameo = stringOf(q.Object)
			}
		default: // an actor
			switch q.Predicate {
			case pType:
				a := actor(s)
				a.typ = ontology.EntityType(stringOf(q.Object))
			case pName:
				a := actor(s)
				a.names[id] = append(a.names[id], stringOf(q.Object))
			case pAlias:
				a := actor(s)
				a.aliases[id] = append(a.aliases[id], stringOf(q.Object))
			case pMentionCnt:
				if n, ok := q.Object.(quad.Int); ok {
					actor(s).mentions[id] += int(n)
				}
			}
		}
	}
	for aid := range d.actors {
		d.art.actors[aid] = true
	}
	for rid := range d.rels {
		d.art.rels[rid] = true
	}
	d.art.meta.Entities, d.art.meta.Triples = len(d.actors), len(d.rels)
	return d
}

func stringOf(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	if v == nil {
		return ""
	}
	return quad.StringOf(v)
}

func iriOf(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}

// add merges one article's records into the view and returns the actors
// whose derived values must be refreshed.
func (v *view) add(d articleData) map[string]bool {
	touched := map[string]bool{}
	art := d.art
	v.articles[art.meta.ID] = &art
	id := art.meta.ID
	for aid, in := range d.actors {
		touched[aid] = true
		a := v.actors[aid]
		if a == nil {
			a = &actorRec{id: aid, typ: in.typ, names: map[string][]string{}, aliases: map[string][]string{}, mentions: map[string]int{}, nameCount: map[string]int{}}
			v.actors[aid] = a
		}
		a.names[id] = in.names[id]
		for _, n := range in.names[id] {
			a.nameCount[n]++
		}
		a.aliases[id] = in.aliases[id]
		a.mentions[id] = in.mentions[id]
		for _, k := range actorKeys(in, id) {
			if v.keys[k] == nil {
				v.keys[k] = map[string]int{}
			}
			v.keys[k][aid]++
		}
	}
	for rid, in := range d.rels {
		r := v.rels[rid]
		if r == nil {
			r = &relRec{id: rid, subj: in.subj, pred: in.pred, obj: in.obj, literal: in.literal, ev: map[string]*evRec{}}
			v.rels[rid] = r
			v.link(r.subj, rid)
			if !r.literal {
				v.link(r.obj, rid)
			}
		}
		for eid, e := range in.ev {
			r.ev[eid] = e
			r.conf = max(r.conf, e.conf)
		}
		touched[r.subj] = true
		if !r.literal {
			touched[r.obj] = true
		}
	}
	v.triples += len(d.rels)
	return touched
}

func (v *view) link(actor, rel string) {
	if v.adj[actor] == nil {
		v.adj[actor] = map[string]bool{}
	}
	v.adj[actor][rel] = true
}

// remove takes an article's contribution out of the view; actors and
// relations no other article supports go with it. It returns the actors
// whose derived values must be refreshed.
func (v *view) remove(id string) map[string]bool {
	touched := map[string]bool{}
	art := v.articles[id]
	if art == nil {
		return touched
	}
	delete(v.articles, id)
	for aid := range art.actors {
		touched[aid] = true
		a := v.actors[aid]
		if a == nil {
			continue
		}
		for _, k := range actorKeys(a, id) {
			if m := v.keys[k]; m != nil {
				if m[aid]--; m[aid] <= 0 {
					delete(m, aid)
				}
				if len(m) == 0 {
					delete(v.keys, k)
				}
			}
		}
		for _, n := range a.names[id] {
			if a.nameCount[n]--; a.nameCount[n] <= 0 {
				delete(a.nameCount, n)
			}
		}
		delete(a.names, id)
		delete(a.aliases, id)
		delete(a.mentions, id)
	}
	for rid := range art.rels {
		r := v.rels[rid]
		if r == nil {
			continue
		}
		touched[r.subj] = true
		if !r.literal {
			touched[r.obj] = true
		}
		r.conf = 0
		for eid, e := range r.ev {
			if e.article == id {
				delete(r.ev, eid)
			} else {
				r.conf = max(r.conf, e.conf)
			}
		}
		if len(r.ev) == 0 {
			delete(v.rels, rid)
			v.unlink(r.subj, rid)
			if !r.literal {
				v.unlink(r.obj, rid)
			}
		}
	}
	v.triples -= len(art.rels)
	for aid := range art.actors {
		if a := v.actors[aid]; a != nil && len(a.names) == 0 && len(a.mentions) == 0 {
			delete(v.actors, aid)
		}
	}
	return touched
}

func (v *view) unlink(actor, rel string) {
	if m := v.adj[actor]; m != nil {
		delete(m, rel)
		if len(m) == 0 {
			delete(v.adj, actor)
		}
	}
}

// actorKeys lists the normalized names and aliases article id gave a.
func actorKeys(a *actorRec, id string) []string {
	var out []string
	for _, n := range a.names[id] {
		out = append(out, ontology.Normalize(n))
	}
	for _, n := range a.aliases[id] {
		out = append(out, ontology.Normalize(n))
	}
	return out
}
