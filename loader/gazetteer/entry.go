package gazetteer

import "github.com/actorgraph/actorgraph/ontology"

// Kind says which list an entry comes from and so what a hit means.
type Kind uint8

// The kinds of entries. FirstName, Surname and Stopword are word sets
// answered by IsFirstName, IsSurname and IsStopword; Lookup never returns
// them.
const (
	CountryName Kind = iota + 1 // a country's name, official name or short form
	Demonym                     // adjective or people noun of a country: "Ukrainian", "Emiratis"
	Capital                     // a capital city: a Place, metonym candidate for its country
	Seat                        // a seat of power used as metonym: "the Kremlin", "Downing Street"
	OrgName                     // an organization's name or acronym
	PlaceName                   // a city, region, division, continent or landmark
	Title                       // an office or role word: "president", "foreign minister", "Gen."
	Honorific                   // "Mr.", "Dr.", "Sheikh": precedes a person's name, no office
	FirstName
	Surname
	Stopword
	PersonName   // a prominent person: typed Person, office and country known
	EventName    // a named event, war, operation or summit
	DocumentName // a named treaty, agreement, law or resolution
)

var kindNames = [...]string{"", "country", "demonym", "capital", "seat", "org", "place", "title", "honorific", "firstname", "surname", "stopword", "person", "event", "document"}

func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "unknown"
}

// Entry is one gazetteer hit. Entries returned by Lookup are shared: treat
// them, and their slices, as read-only.
type Entry struct {
	Kind Kind
	// Canonical is the canonical name of the entity ("Russia", "United
	// Nations", "Kyiv"); for a Demonym it is the country; for a Title the
	// lower-cased title as found, modifiers included ("deputy prime
	// minister"); for an Honorific its usual written form ("Mr.").
	Canonical string
	// Type is the entity type of Canonical: Country for country names and
	// demonyms, Place for capitals, places and seats (a seat as a building),
	// Organization for organizations, Literal for titles and honorifics.
	Type ontology.EntityType
	// Country is the related country's canonical name: the demonym's or
	// capital's country, the country a national body or a place belongs
	// to, "" when none (international bodies, continents).
	Country string
	// Aliases are the other names of the canonical entity (official name,
	// short forms, transliterations); for a modified title, its base title.
	Aliases []string
	// Form is the listed spelling that matched the looked-up phrase.
	Form string
	// Ambiguous marks a form that also names something else (another
	// entity, a common word, a person: "X", "Georgia", "Jordan", "Chad"):
	// accept it only with supporting context.
	Ambiguous bool
	// Category refines the kind: for a PersonName the best-known office
	// ("president"; may be a former one); for organizations intl, un, regional,
	// ngo, armed, military, party, gov, legislature, court, intel, media,
	// platform, company, sport, religious; for places city, division,
	// region, continent, territory, landmark, water.
	Category string
	// Parent is the organization a PersonName's office is in (Hamas for
	// its leader), the organization an Org is a body of (the UN Security
	// Council's is United Nations), or the place a Place lies in below
	// country level (Irving's is Texas).
	Parent string
	// Metonym and MetonymType name the actor a Capital or Seat stands for
	// when it acts ("Moscow said" -> Russia; "the Pentagon said" -> United
	// States Department of Defense).
	Metonym     string
	MetonymType ontology.EntityType

	// Title fields.
	Relation    ontology.Predicate // leader_of, official_of or works_for
	Leader      bool               // heads the body or country it is attached to
	HeadOfState bool               // heads a state or government (president, prime minister, king)
	Military    bool               // a military rank
	WorksFor    bool               // with "to/for <person>" the holder works_for that person
	NotCurrent  bool               // former, ex-, late, -elect: no current office
	// Gender is 'm' or 'f' when the word implies it (king, spokeswoman,
	// Mrs.), 0 otherwise.
	Gender byte
}
