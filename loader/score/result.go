package score

import "github.com/actorgraph/actorgraph/ontology"

// Counts are the matches and errors of one scored item kind. Matching is
// counted on both sides because they can differ for triples: TP counts
// matched system items (precision's numerator), Found counts matched gold
// items (recall's numerator). For entities, matched one to one, they are
// equal.
type Counts struct {
	TP    int // system items that match gold
	FP    int // system items that match nothing
	Found int // gold items matched
	FN    int // gold items missed
}

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	return Counts{TP: c.TP + o.TP, FP: c.FP + o.FP, Found: c.Found + o.Found, FN: c.FN + o.FN}
}

// System is the number of scored system items.
func (c Counts) System() int { return c.TP + c.FP }

// Gold is the number of scored gold items.
func (c Counts) Gold() int { return c.Found + c.FN }

// Precision is TP / (TP + FP), 0 when nothing was emitted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is Found / (Found + FN), 0 when the gold is empty.
func (c Counts) Recall() float64 { return ratio(c.Found, c.Found+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result is the score of one article or, after Add, of a set.
type Result struct {
	Articles        int
	EntitiesUntyped Counts
	EntitiesTyped   Counts
	Triples         Counts
	// Predicates splits Triples: false positives and system matches
	// under the system's predicate, misses and gold matches under the
	// gold's.
	Predicates map[ontology.Predicate]Counts
	// Errors lists every false positive and miss, in article order.
	Errors []Error
}

// Add returns the micro-averaged sum of r and o (counts added, errors
// appended).
func (r Result) Add(o Result) Result {
	s := Result{
		Articles:        r.Articles + o.Articles,
		EntitiesUntyped: r.EntitiesUntyped.Add(o.EntitiesUntyped),
		EntitiesTyped:   r.EntitiesTyped.Add(o.EntitiesTyped),
		Triples:         r.Triples.Add(o.Triples),
		Predicates:      make(map[ontology.Predicate]Counts, len(r.Predicates)+len(o.Predicates)),
	}
	for p, c := range r.Predicates {
		s.Predicates[p] = c
	}
	for p, c := range o.Predicates {
		s.Predicates[p] = s.Predicates[p].Add(c)
	}
	s.Errors = append(append(s.Errors, r.Errors...), o.Errors...)
	return s
}

// ErrorKind classifies an Error.
type ErrorKind string

// The kinds of scoring error.
const (
	EntityFP   ErrorKind = "entity-fp"   // system entity matching no gold entity
	EntityMiss ErrorKind = "entity-miss" // gold entity not found
	EntityType ErrorKind = "entity-type" // matched by name, type wrong
	TripleFP   ErrorKind = "triple-fp"   // system triple matching no gold triple
	TripleMiss ErrorKind = "triple-miss" // required gold triple not found
)

// Error is one false positive or miss, described for a reader.
type Error struct {
	Article     string
	Kind        ErrorKind
	Predicate   ontology.Predicate `json:",omitempty"` // triples only
	Description string
	// Evidence is the sentence of a false-positive triple.
	Evidence string `json:",omitempty"`
}

func (e Error) String() string {
	s := e.Article + "\t" + string(e.Kind) + "\t" + e.Description
	if e.Evidence != "" {
		s += "\t| " + e.Evidence
	}
	return s
}
