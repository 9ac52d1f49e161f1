package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// entity is one real-world entity of an article as resolution builds it.
type entity struct {
	name    string
	typ     ontology.EntityType
	aliases []string
	normals map[string]bool // Normalize of name and aliases
	key     string          // transliteration key of a person's full name
	gender  byte
	country string // the country an organization or place belongs to
	// hidden entities are kept for resolution but not emitted: a capital
	// seen only acting as its country.
	hidden    bool
	bodyTied  bool   // tied to country by a possessive or demonym
	guessed   bool   // a single unknown word typed by default only
	category  string // the gazetteer's category
	parent    string // the gazetteer's parent body
	mentions  int
	titles    []string // titles seen with the name, in order
	countries []string // countries its titles were tied to
}

// entTable holds an article's entities with indexes by name.
type entTable struct {
	ents    []*entity
	byName  map[string]int // normalised name or alias -> entity
	byKey   map[string]int // person key -> entity
	byCanon map[string]int // type|canonical -> entity
}

func newEntTable() *entTable {
	return &entTable{byName: map[string]int{}, byKey: map[string]int{}, byCanon: map[string]int{}}
}

// add creates an entity and returns its index.
func (t *entTable) add(name string, typ ontology.EntityType) int {
	e := &entity{name: name, typ: typ, normals: map[string]bool{}}
	t.ents = append(t.ents, e)
	id := len(t.ents) - 1
	t.byCanon[string(typ)+"|"+name] = id
	t.alias(id, name)
	return id
}

// canon returns the entity of a canonical name and type, creating it.
func (t *entTable) canon(name string, typ ontology.EntityType) int {
	if id, ok := t.byCanon[string(typ)+"|"+name]; ok {
		return id
	}
	return t.add(name, typ)
}

// alias records another name of entity id; names already used by another
// entity stay with it.
func (t *entTable) alias(id int, name string) {
	name = strings.TrimSpace(name)
	n := ontology.Normalize(name)
	if n == "" {
		return
	}
	e := t.ents[id]
	if !e.normals[n] {
		e.normals[n] = true
		if name != e.name {
			e.aliases = append(e.aliases, name)
		}
	}
	if _, taken := t.byName[n]; !taken {
		t.byName[n] = id
	}
	// "New People's Party" and "New People Party" are one name
	if p := strings.ReplaceAll(n, "'s ", " "); p != n {
		if _, taken := t.byName[p]; !taken {
			t.byName[p] = id
		}
	}
}

// rename makes name the canonical name of id, keeping the old one as alias.
func (t *entTable) rename(id int, name string) {
	e := t.ents[id]
	if e.name == name {
		return
	}
	old := e.name
	e.name = name
	t.alias(id, name)
	t.alias(id, old)
	// the new canonical name is not its own alias
	for i, a := range e.aliases {
		if a == name {
			e.aliases = append(e.aliases[:i], e.aliases[i+1:]...)
			break
		}
	}
	if !containsString(e.aliases, old) {
		e.aliases = append(e.aliases, old)
	}
	t.byCanon[string(e.typ)+"|"+name] = id
}

// lookup finds an entity by a name or alias.
func (t *entTable) lookup(name string) (int, bool) {
	id, ok := t.byName[ontology.Normalize(name)]
	return id, ok
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
