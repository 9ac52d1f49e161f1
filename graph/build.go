package graph

// Building the quads of one article (see docs/ARCHITECTURE.md for the
// layout). Every quad is labelled with the article's IRI.

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/ontology"
)

// pairEntities lists the article's entities and, for each triple, the
// entities it joins (object nil for a role literal). A triple naming an
// entity the list lacks adds it, typed as the triple says.
func pairEntities(ex ontology.Extraction) ([]*incoming, [][2]*incoming) {
	var ents []*incoming
	byName := map[string]*incoming{}  // type + normalized name
	byAlias := map[string]*incoming{} // type + normalized alias
	for _, e := range ex.Entities {
		in := &incoming{name: strings.TrimSpace(e.Name), typ: e.Type, aliases: e.Aliases, mentions: max(e.Mentions, 1)}
		k := string(e.Type) + "\x00" + ontology.Normalize(e.Name)
		if prev := byName[k]; prev != nil { // listed twice: one entity
			prev.aliases = append(prev.aliases, e.Aliases...)
			prev.mentions += in.mentions
			continue
		}
		byName[k] = in
		for _, a := range e.Aliases {
			if ak := string(e.Type) + "\x00" + ontology.Normalize(a); byAlias[ak] == nil {
				byAlias[ak] = in
			}
		}
		ents = append(ents, in)
	}
	find := func(name string, t ontology.EntityType) *incoming {
		k := string(t) + "\x00" + ontology.Normalize(name)
		if in := byName[k]; in != nil {
			return in
		}
		if in := byAlias[k]; in != nil {
			return in
		}
		in := &incoming{name: strings.TrimSpace(name), typ: t, mentions: 1}
		byName[k] = in
		ents = append(ents, in)
		return in
	}
	pairs := make([][2]*incoming, len(ex.Triples))
	for i, t := range ex.Triples {
		pairs[i][0] = find(t.Subject, t.SubjectType)
		if t.Predicate != ontology.Role {
			pairs[i][1] = find(t.Object, t.ObjectType)
		}
	}
	return ents, pairs
}

// roleTitle is how a role literal is stored: lower case, spaces collapsed.
func roleTitle(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// buildQuads returns every quad the article contributes, the record last.
func buildQuads(ex ontology.Extraction, ents []*incoming, pairs [][2]*incoming, hash string) []quad.Quad {
	art := articleIRI(ex.Article.ID)
	var out []quad.Quad
	seen := map[quad.Quad]bool{}
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		if str, ok := o.(quad.String); ok {
			// The record is JSON, which would silently replace invalid
			// UTF-8, and then no longer name the quad stored.
			o = quad.String(validUTF8(string(str)))
		}
		q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: art}
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	a := ex.Article
	add(art, pType, quad.String(articleKind))
	for _, pv := range []struct {
		p quad.IRI
		v string
	}{{pTitle, a.Title}, {pURL, a.URL}, {pSource, a.Source}, {pText, a.Text}, {pHash, hash}} {
		if pv.v != "" {
			add(art, pv.p, quad.String(pv.v))
		}
	}
	if !a.Published.IsZero() {
		add(art, pPublished, quad.Time(a.Published.UTC()))
	}

	mentions := map[string]int{}
	for _, e := range ents {
		node := actorIRI(e.id)
		add(art, pMentions, node)
		add(node, pType, quad.String(string(e.typ)))
		add(node, pName, quad.String(e.name))
		self := ontology.Normalize(e.name)
		for _, al := range e.aliases {
			if al = strings.TrimSpace(al); al != "" && ontology.Normalize(al) != self {
				add(node, pAlias, quad.String(al))
			}
		}
		mentions[e.id] += e.mentions
	}
	for _, id := range slices.Sorted(maps.Keys(mentions)) {
		add(actorIRI(id), pMentionCnt, quad.Int(mentions[id]))
	}

	type evKey struct{ rel, ev string }
	evs := map[evKey]*evRec{}
	var order []evKey
	for i, t := range ex.Triples {
		subj := pairs[i][0].id
		var obj quad.Value
		objID, literal := "", pairs[i][1] == nil
		if literal {
			objID = roleTitle(t.Object)
			obj = quad.String(objID)
		} else {
			objID = pairs[i][1].id
			if t.Predicate.Symmetric() && objID < subj {
				subj, objID = objID, subj
			}
			obj = actorIRI(objID)
		}
		rid := relationID(subj, t.Predicate, objID, literal)
		rel := relIRI(rid)
		add(actorIRI(subj), predIRI(t.Predicate), obj) // the direct edge traversals follow
		add(rel, pSubject, actorIRI(subj))
		add(rel, pPredicate, predIRI(t.Predicate))
		add(rel, pObject, obj)
		k := evKey{rid, evidenceID(ex.Article.ID, rid, t.Sentence, t.Evidence)}
		add(rel, pEvidence, evIRI(k.ev))
		e := evs[k]
		if e == nil {
			e = &evRec{id: k.ev, sentence: t.Sentence, text: t.Evidence, cameo: cmp.Or(t.CAMEO, t.Predicate.CAMEO())}
			evs[k] = e
			order = append(order, k)
		}
		e.conf = max(e.conf, t.Confidence)
	}
	for _, k := range order {
		e, node := evs[k], evIRI(k.ev)
		add(node, pArticle, art)
		add(node, pSentence, quad.Int(e.sentence))
		add(node, pText, quad.String(e.text))
		add(node, pConfidence, quad.Float(e.conf))
		if e.cameo != "" {
			add(node, pCAMEO, quad.String(e.cameo))
		}
	}
	return append(out, recordQuad(art, out))
}

// validUTF8 replaces each invalid byte with U+FFFD, as ranging over the
// string (and so ontology.Normalize) reads it.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
