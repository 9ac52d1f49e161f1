package loader

import "github.com/actorgraph/actorgraph/ontology"

// lexKind says what a gazetteer phrase is.
type lexKind uint8

const (
	lexNone lexKind = iota
	lexCountry
	lexDemonym // Russian, Emirati: points at a country, never a name
	lexCapital // Moscow: a place, or its country when it acts
	lexSeat    // the Kremlin, the White House: as lexCapital
	lexOrg
	lexPlace
	lexTitle
	lexHonorific
	lexPerson   // a prominent person: Person, whatever the shape of the name
	lexEvent    // a named event: "Operation Spiderweb"
	lexDocument // a named agreement or law: "Minsk agreements"
)

// lexHit is one gazetteer match over words[0:n].
type lexHit struct {
	kind    lexKind
	n       int
	canon   string
	typ     ontology.EntityType
	country string // the country a demonym, capital, seat or org belongs to
	aliases []string
	// metonym is the actor a capital or seat stands for when it acts.
	metonym     string
	metonymType ontology.EntityType
	category    string // the gazetteer's refinement: party, gov, city, ...
	parent      string // the body an org belongs to, the place a place lies in
}

// entLexicon is the read-only knowledge the entity stage consults. It is an
// interface so the extraction stages do not depend on how the gazetteer
// stores its data.
type entLexicon interface {
	// match returns the longest entry starting at words[0].
	match(words []string) (lexHit, bool)
	firstName(w string) bool
	surname(w string) bool
	// gender is 'm' or 'f' for a first name that implies it, else 0.
	gender(firstName string) byte
	stopword(w string) bool
	// variants lists other standard spellings of a transliterated name.
	variants(name string) []string
	// key folds transliteration variants of a name to one key.
	key(name string) string
	// leaderCountry returns the country a person's name heads, if known.
	leaderCountry(name string) string
	// countryAliases returns the names the gazetteer knows for a country.
	countryAliases(canon string) []string
	// isTitle reports whether the phrase is an office or role title
	// ("sheriff", "deputy sheriff").
	isTitle(phrase string) bool
}
