package ontology

// Predicate names a relation between two entities (or an entity and a
// literal, for Role).
type Predicate string

// Static relations.
const (
	Role       Predicate = "role"
	LeaderOf   Predicate = "leader_of"
	OfficialOf Predicate = "official_of"
	WorksFor   Predicate = "works_for"
	MemberOf   Predicate = "member_of"
	PartOf     Predicate = "part_of"
	LocatedIn  Predicate = "located_in"
)

// Interaction relations.
const (
	AppealedTo     Predicate = "appealed_to"
	CooperatedWith Predicate = "cooperated_with"
	MetWith        Predicate = "met_with"
	Visited        Predicate = "visited"
	Supported      Predicate = "supported"
	Demanded       Predicate = "demanded"
	Criticized     Predicate = "criticized"
	Rejected       Predicate = "rejected"
	Threatened     Predicate = "threatened"
	Sanctioned     Predicate = "sanctioned"
	Attacked       Predicate = "attacked"
	InConflictWith Predicate = "in_conflict_with"
)

// PredicateInfo describes a predicate as the ontology defines it.
type PredicateInfo struct {
	Name Predicate
	// Interaction is true for something one actor did to another, false
	// for a static relation that holds over a period.
	Interaction bool
	// CAMEO is the default CAMEO root code of an interaction ("" for
	// static relations); CAMEOName names that root.
	CAMEO, CAMEOName string
	// Symmetric predicates hold in both directions (met_with, ...).
	Symmetric   bool
	Description string
}

var predicates = [...]PredicateInfo{
	{Name: Role, Description: "the office or title held, as written, lower-cased (object is a literal)"},
	{Name: LeaderOf, Description: "heads a country or organization (president, prime minister, chairman, head, chief, CEO)"},
	{Name: OfficialOf, Description: "holds an office in, or speaks for, a country or organization (minister, spokesperson, ambassador, general)"},
	{Name: WorksFor, Description: "serves a specific person (chief of staff to, aide to, adviser to, spokesman for)"},
	{Name: MemberOf, Description: "is a member of an organization"},
	{Name: PartOf, Description: "an organization is a body of another organization or of a country"},
	{Name: LocatedIn, Description: "a place lies in another place or a country"},
	{Name: AppealedTo, Interaction: true, CAMEO: "02", CAMEOName: "appeal", Description: "urged, called on, asked"},
	{Name: CooperatedWith, Interaction: true, CAMEO: "03", CAMEOName: "express intent to cooperate", Symmetric: true, Description: "agreed, signed a deal with, exchanged prisoners with"},
	{Name: MetWith, Interaction: true, CAMEO: "04", CAMEOName: "consult", Symmetric: true, Description: "met, held talks with, negotiated with, phoned"},
	{Name: Visited, Interaction: true, CAMEO: "04", CAMEOName: "consult", Description: "visited, arrived in, travelled to"},
	{Name: Supported, Interaction: true, CAMEO: "05", CAMEOName: "engage in diplomatic cooperation", Description: "backed, praised, sent weapons to, provided support to"},
	{Name: Demanded, Interaction: true, CAMEO: "10", CAMEOName: "demand", Description: "demanded, set terms for, insisted that"},
	{Name: Criticized, Interaction: true, CAMEO: "11", CAMEOName: "disapprove", Description: "accused, criticized, condemned, blamed, denounced"},
	{Name: Rejected, Interaction: true, CAMEO: "12", CAMEOName: "reject", Description: "rejected, refused, did not accept, dismissed"},
	{Name: Threatened, Interaction: true, CAMEO: "13", CAMEOName: "threaten", Description: "threatened, warned of retribution, vowed to destroy"},
	{Name: Sanctioned, Interaction: true, CAMEO: "16", CAMEOName: "reduce relations", Description: "imposed sanctions on, expelled, banned"},
	{Name: Attacked, Interaction: true, CAMEO: "19", CAMEOName: "fight", Description: "attacked, struck, shelled, invaded, bombed, killed"},
	{Name: InConflictWith, Interaction: true, CAMEO: "19", CAMEOName: "fight", Symmetric: true, Description: "at war with, the conflict between"},
}

// cameoNames names the CAMEO root codes (version 1.1b3) so that a relation
// carrying a refined root (18 assault, 20 mass violence, ...) can be named.
var cameoNames = map[string]string{
	"01": "make public statement", "02": "appeal", "03": "express intent to cooperate",
	"04": "consult", "05": "engage in diplomatic cooperation", "06": "engage in material cooperation",
	"07": "provide aid", "08": "yield", "09": "investigate", "10": "demand",
	"11": "disapprove", "12": "reject", "13": "threaten", "14": "protest",
	"15": "exhibit force posture", "16": "reduce relations", "17": "coerce",
	"18": "assault", "19": "fight", "20": "use unconventional mass violence",
}

// Predicates returns every predicate of the ontology, static ones first.
func Predicates() []PredicateInfo { return predicates[:] }

// Info returns the description of p; ok is false when p is not in the
// ontology.
func (p Predicate) Info() (info PredicateInfo, ok bool) {
	for _, v := range predicates {
		if v.Name == p {
			return v, true
		}
	}
	return PredicateInfo{}, false
}

// Valid reports whether p is a predicate of the ontology.
func (p Predicate) Valid() bool { _, ok := p.Info(); return ok }

// Symmetric reports whether p holds in both directions.
func (p Predicate) Symmetric() bool { i, _ := p.Info(); return i.Symmetric }

// CAMEO returns p's default CAMEO root code, "" for static predicates.
func (p Predicate) CAMEO() string { i, _ := p.Info(); return i.CAMEO }

// CAMEOName names a CAMEO root code ("19" -> "fight"); "" if unknown.
func CAMEOName(code string) string { return cameoNames[code] }
