package graph

// This file is the contract between graph and its consumers (schema, cmd).
// Types here are plain values; Cayley's quad.Value and refs never leave the
// package.

import (
	"errors"
	"time"

	"github.com/actorgraph/actorgraph/ontology"
)

// Sentinel errors callers branch on.
var (
	// ErrNotFound: no actor, article or relation with that id or name.
	ErrNotFound = errors.New("graph: not found")
	// ErrStoreLocked: the Bolt file is held by another process (a running
	// server); query that server over HTTP instead.
	ErrStoreLocked = errors.New("graph: store is in use by another process (a running server?); query it over HTTP")
	// ErrBadURL: the store URL names no known backend.
	ErrBadURL = errors.New("graph: unknown store URL")
	// ErrInvalid: an extraction or query argument that cannot be stored or
	// answered (empty article id, unknown predicate, ...).
	ErrInvalid = errors.New("graph: invalid input")
)

// Actor is one entity node: the same real-world actor across articles.
type Actor struct {
	ID      string
	Name    string
	Type    ontology.EntityType
	Aliases []string
	// Mentions sums the entity's mentions over articles; Articles counts
	// the articles that name it.
	Mentions, Articles int
	// Degree counts distinct relations (either direction, role included).
	Degree int
	// FirstSeen and LastSeen are the earliest and latest publication dates
	// of the articles naming it (zero when no article has a date).
	FirstSeen, LastSeen time.Time
}

// Evidence is one sentence of one article supporting a relation.
type Evidence struct {
	Article    string
	Published  time.Time
	Sentence   int
	Text       string
	Confidence float64
}

// Relation is one subject-predicate-object fact aggregated over every
// article that supports it.
type Relation struct {
	// ID is stable for the same subject, predicate and object.
	ID        string
	Subject   string // actor id
	Predicate ontology.Predicate
	// Object is an actor id, or the literal title when Predicate is Role.
	Object string
	// Literal is true when Object is a literal (role titles).
	Literal bool
	CAMEO   string
	// Confidence is the highest confidence of its evidence.
	Confidence float64
	Evidence   []Evidence // newest article first
	// FirstSeen and LastSeen span the publication dates of the evidence.
	FirstSeen, LastSeen time.Time
}

// ArticleCount counts the distinct articles among the evidence.
func (r Relation) ArticleCount() int {
	seen := map[string]bool{}
	for _, e := range r.Evidence {
		seen[e.Article] = true
	}
	return len(seen)
}

// Article is a stored article (its text is kept for evidence display).
type Article struct {
	ID, Title, URL, Source string
	Published              time.Time
	Text                   string
	// Entities and Triples count what the article contributed.
	Entities, Triples int
}

// ActorQuery filters SearchActors. Zero values mean "any".
type ActorQuery struct {
	// Search matches a case-insensitive prefix of the name or an alias;
	// with Fuzzy, also names within a small edit distance.
	Search string
	Fuzzy  bool
	Type   ontology.EntityType
	Limit  int // 0 = no limit
	// After skips actors up to and including this id (for cursors); order
	// is by descending degree, then name.
	After string
}

// Direction of relations relative to an actor.
type Direction int

const (
	Both Direction = iota
	Outgoing
	Incoming
)

// RelationFilter filters Relations. Zero values mean "any"; Subject and
// Object are actor ids.
type RelationFilter struct {
	Subject, Object string
	// Actor with Direction: relations touching this actor id.
	Actor     string
	Direction Direction
	// Predicates and CAMEO (root codes) restrict to any of the listed.
	Predicates []ontology.Predicate
	CAMEO      []string
	Article    string
	// Since and Until keep relations with evidence published in the range
	// (inclusive); evidence outside it is dropped from the result.
	Since, Until  time.Time
	MinConfidence float64
	Limit         int    // 0 = no limit
	After         string // relation id cursor
}

// Step is one edge along a path, in the direction it was walked.
type Step struct {
	Relation Relation
	// Reverse is true when the path walked the relation object->subject.
	Reverse bool
}

// Path is a chain of actors joined by relations.
type Path struct {
	Actors []Actor // len(Steps)+1
	Steps  []Step
}

// SubgraphQuery asks for the neighbourhood of seed actors.
type SubgraphQuery struct {
	Seeds         []string // actor ids
	Depth         int
	Limit         int // maximum nodes
	Predicates    []ontology.Predicate
	Since, Until  time.Time
	MinConfidence float64
}

// Subgraph is a set of actors and the relations among them (role literals
// are not nodes).
type Subgraph struct {
	Actors    []Actor
	Relations []Relation
	// Truncated is true when Limit cut nodes off.
	Truncated bool
}

// Stats counts what the store holds.
type Stats struct {
	Articles, Entities, Triples int
	// Relations counts distinct subject-predicate-object facts; Triples
	// counts them per article (evidence).
	Relations int
}

// LoadResult says what loading one article changed.
type LoadResult struct {
	// Unchanged is true when the same article was already stored.
	Unchanged bool
	// Replaced is true when an older version of the article was replaced.
	Replaced          bool
	Entities, Triples int
}

// ArticleQuery filters Articles. Zero values mean "any".
type ArticleQuery struct {
	// Search is a case-insensitive substring of the title or the id.
	Search string
	// Since and Until keep articles published in the range (inclusive);
	// when either is set, articles without a date are left out.
	Since, Until time.Time
	Limit        int    // 0 = no limit
	After        string // article id cursor
}
