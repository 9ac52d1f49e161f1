package loader

import "github.com/actorgraph/actorgraph/ontology"

// fact is a triple before output: entity indexes instead of names.
type fact struct {
	s, o  int    // entity indexes; o is -1 for a role
	lit   string // the role's title
	p     ontology.Predicate
	cameo string
	conf  float64
	sent  int
}

type factKey struct {
	s, o int
	lit  string
	p    ontology.Predicate
}

// Confidence by the kind of evidence behind a triple. The values were set
// on the dev sets so that the bands order precision: explicit titles and
// adjacent verb frames first, pronouns and long-distance guesses last.
const (
	confTitle      = 0.92 // "Ukrainian President Volodymyr Zelenskyy"
	confAppositive = 0.88 // "Andriy Yermak, chief of staff to ..."
	confPossessive = 0.9  // "Russia's Security Council"
	confGazetteer  = 0.68 // a place the gazetteer puts in a named country
	confImplied    = 0.6  // a head of state whose country is only implied
	confVerb       = 0.85 // subject and object next to the verb
	confVerbFar    = 0.65 // a subject or object found further away
	confNominal    = 0.75 // "a Russian counter-attack", "talks between"
	confPronoun    = 0.6  // an end resolved through a pronoun or nominal
	confMember     = 0.8  // "Michael Tien of NPP", "DAB's Ben Chan"
)

// addFact records a triple once per (subject, predicate, object), keeping
// the strongest evidence.
func (x *docState) addFact(f fact) {
	if f.p == ontology.Role {
		f.o = -1
	}
	if f.s < 0 || (f.o < 0 && f.lit == "") || f.s == f.o {
		return
	}
	if f.p.Symmetric() && f.o >= 0 && f.o < f.s {
		f.s, f.o = f.o, f.s
	}
	if f.cameo == "" {
		f.cameo = f.p.CAMEO()
	}
	if f.conf > 1 {
		f.conf = 1
	}
	k := factKey{s: f.s, o: f.o, lit: f.lit, p: f.p}
	if i, ok := x.seen[k]; ok {
		if f.conf > x.facts[i].conf {
			x.facts[i].conf = f.conf
			x.facts[i].sent = f.sent
		}
		return
	}
	x.seen[k] = len(x.facts)
	x.facts = append(x.facts, f)
}
