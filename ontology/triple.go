package ontology

import "time"

// Triple is one extracted fact with its evidence, exactly the loader's JSON
// line of ONTOLOGY.md. For Role the Object is the literal title and
// ObjectType is Literal.
type Triple struct {
	Article     string     `json:"article"`
	Subject     string     `json:"subject"`
	SubjectType EntityType `json:"subject_type"`
	Predicate   Predicate  `json:"predicate"`
	Object      string     `json:"object"`
	ObjectType  EntityType `json:"object_type"`
	CAMEO       string     `json:"cameo,omitempty"`
	Confidence  float64    `json:"confidence"`
	Sentence    int        `json:"sentence"`
	Evidence    string     `json:"evidence"`
}

// Entity is one real-world entity as an article names it: its canonical
// name, its type and the other names the article uses for it.
type Entity struct {
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Aliases []string   `json:"aliases"`
	// Mentions counts how often the article refers to it (names, short
	// forms and resolved pronouns).
	Mentions int `json:"mentions,omitempty"`
}

// Article is a news article as read from a file or posted to the API.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	// Source names where the article came from (a site, a feed, a file).
	Source string `json:"source,omitempty"`
	// Published is the zero time when the date is not known.
	Published time.Time `json:"published,omitzero"`
	Text      string    `json:"text"`
}

// Extraction is what the loader found in one article: the unit the graph
// loads all or nothing.
type Extraction struct {
	Article  Article  `json:"article"`
	Entities []Entity `json:"entities"`
	Triples  []Triple `json:"triples"`
}
