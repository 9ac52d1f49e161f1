package graph

// The quad vocabulary. Every quad an article contributes carries the
// article's IRI as its label, so the same fact stated by two articles is two
// quads and survives deleting either one. Node ids and predicates are
// quad.IRI: a plain string would be a quad.String and match nothing.

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/ontology"
)

// IRI prefixes. Actor ids always start with a type slug ("person/..."),
// so they never collide with the article, relation or evidence prefixes.
const (
	ns         = "ag:"
	articlePfx = ns + "article/"
	relPfx     = ns + "rel/"
	evPfx      = ns + "ev/"
)

// Property predicates. Relation predicates are ns + the ontology name
// (<ag:attacked>); none of these names is an ontology predicate.
var (
	pType       = quad.IRI(ns + "type")
	pName       = quad.IRI(ns + "name")
	pAlias      = quad.IRI(ns + "alias")
	pMentions   = quad.IRI(ns + "mentions")     // article -> actor
	pMentionCnt = quad.IRI(ns + "mentionCount") // actor -> int, per article label
	pTitle      = quad.IRI(ns + "title")
	pURL        = quad.IRI(ns + "url")
	pSource     = quad.IRI(ns + "source")
	pPublished  = quad.IRI(ns + "published")
	pText       = quad.IRI(ns + "text")
	pHash       = quad.IRI(ns + "hash")
	pRecord     = quad.IRI(ns + "record") // article -> its quad list (JSON)
	pSubject    = quad.IRI(ns + "subject")
	pPredicate  = quad.IRI(ns + "predicate")
	pObject     = quad.IRI(ns + "object")
	pEvidence   = quad.IRI(ns + "evidence")
	pArticle    = quad.IRI(ns + "article")
	pSentence   = quad.IRI(ns + "sentence")
	pConfidence = quad.IRI(ns + "confidence")
	pCAMEO      = quad.IRI(ns + "cameo")
)

const articleKind = "Article"

func actorIRI(id string) quad.IRI   { return quad.IRI(ns + id) }
func articleIRI(id string) quad.IRI { return quad.IRI(articlePfx + url.PathEscape(id)) }
func relIRI(id string) quad.IRI     { return quad.IRI(relPfx + id) }
func evIRI(id string) quad.IRI      { return quad.IRI(evPfx + id) }
func predIRI(p ontology.Predicate) quad.IRI {
	return quad.IRI(ns + string(p))
}

// predOf maps a relation predicate IRI back; ok is false for properties.
func predOf(v quad.Value) (ontology.Predicate, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), ns) {
		return "", false
	}
	p := ontology.Predicate(strings.TrimPrefix(string(iri), ns))
	return p, p.Valid()
}

func articleIDOf(iri quad.IRI) (string, bool) {
	s, ok := strings.CutPrefix(string(iri), articlePfx)
	if !ok {
		return "", false
	}
	id, err := url.PathUnescape(s)
	return id, err == nil
}

// slug makes an id part that is URL and GraphQL friendly: lower-case ASCII
// letters and digits joined by single hyphens. Names with no such letters
// (Cyrillic, Chinese) get a short hash instead so they still have an id.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range ontology.Normalize(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "x" + shortHash(ontology.Normalize(name))[:10]
	}
	return b.String()
}

// newActorID is the id of a new actor: its type and canonical name.
func newActorID(t ontology.EntityType, name string) string {
	return strings.ToLower(string(t)) + "/" + slug(name)
}

// relationID is stable for the same subject, predicate and object.
func relationID(subj string, p ontology.Predicate, obj string, literal bool) string {
	if literal {
		obj = "\"" + ontology.Normalize(obj)
	}
	return "r" + shortHash(subj, string(p), obj)[:16]
}

func evidenceID(article, rel string, sentence int, text string) string {
	return "e" + shortHash(article, rel, strconv.Itoa(sentence), text)[:20]
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
