package ontology

// EntityType is the type of an actor or other named entity.
type EntityType string

// The entity types of the ontology, plus Literal for the object of a role.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Country      EntityType = "Country"
	Place        EntityType = "Place"
	Event        EntityType = "Event"
	Document     EntityType = "Document"
	Literal      EntityType = "Literal"
)

// EntityTypes lists the six entity types in the ontology's order.
var entityTypes = [...]EntityType{Person, Organization, Country, Place, Event, Document}

// EntityTypes returns the six entity types (Literal excluded).
func EntityTypes() []EntityType { return entityTypes[:] }

// Valid reports whether t is one of the six entity types.
func (t EntityType) Valid() bool {
	for _, v := range entityTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Description says what the type covers, in the ontology's words.
func (t EntityType) Description() string {
	switch t {
	case Person:
		return "a named human being"
	case Organization:
		return "governments' bodies, ministries, armies, parties, international bodies, companies, media, platforms"
	case Country:
		return "a sovereign state acting or being acted upon"
	case Place:
		return "a city, region, facility or other location below (or across) country level"
	case Event:
		return "a named event, meeting or operation"
	case Document:
		return "a named agreement, law, treaty, memorandum or resolution"
	case Literal:
		return "a literal value, such as the title that is the object of a role"
	}
	return ""
}
