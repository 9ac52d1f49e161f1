package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/ontology"
)

// ErrGold marks a gold file that cannot be used: malformed JSON or an
// annotation that breaks the gold format's rules.
var ErrGold = errors.New("invalid gold file")

// Gold is one article's gold annotation, the <id>.gold.json file of
// ONTOLOGY.md.
type Gold struct {
	Article  string       `json:"article"`
	Source   string       `json:"source,omitempty"`
	Entities []GoldEntity `json:"entities"`
	Triples  []GoldTriple `json:"triples"`
	// EntitiesOnly marks a file annotated for entities alone: its
	// triples are not scored in either direction.
	EntitiesOnly bool `json:"entities_only,omitempty"`
}

// GoldEntity is a real-world entity with its canonical name and the other
// names that count as the same entity.
type GoldEntity struct {
	Name    string              `json:"name"`
	Type    ontology.EntityType `json:"type"`
	Aliases []string            `json:"aliases"`
}

// GoldTriple is one annotated fact. S and O are canonical names of
// Entities, except the O of a role, which is the title (OAlts lists the
// other accepted forms).
type GoldTriple struct {
	S        string             `json:"s"`
	P        ontology.Predicate `json:"p"`
	O        string             `json:"o"`
	OAlts    []string           `json:"o_alts,omitempty"`
	Optional bool               `json:"optional,omitempty"`
}

// ReadGold reads and checks a gold file.
func ReadGold(path string) (Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("score: read gold: %w", err)
	}
	g, err := ParseGold(b)
	if err != nil {
		return Gold{}, fmt.Errorf("score: gold %s: %w", path, err)
	}
	return g, nil
}

// ParseGold decodes and checks the JSON of a gold file: every entity has a
// name and a valid type, every triple a known predicate, and the subject
// and object of each triple (except a role's object) name an entity.
func ParseGold(b []byte) (Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&g); err != nil {
		return Gold{}, fmt.Errorf("%w: %v", ErrGold, err)
	}
	if dec.More() {
		return Gold{}, fmt.Errorf("%w: data after the JSON object", ErrGold)
	}
	if g.Article == "" {
		return Gold{}, fmt.Errorf("%w: no \"article\" id", ErrGold)
	}
	names := make(map[string]bool, len(g.Entities))
	for i, e := range g.Entities {
		if ontology.Normalize(e.Name) == "" {
			return Gold{}, fmt.Errorf("%w: entity %d has no name", ErrGold, i)
		}
		if !e.Type.Valid() {
			return Gold{}, fmt.Errorf("%w: entity %q has unknown type %q", ErrGold, e.Name, e.Type)
		}
		names[e.Name] = true
	}
	for i, t := range g.Triples {
		if !t.P.Valid() {
			return Gold{}, fmt.Errorf("%w: triple %d has unknown predicate %q", ErrGold, i, t.P)
		}
		if g.EntitiesOnly {
			continue
		}
		if !names[t.S] {
			return Gold{}, fmt.Errorf("%w: triple %d subject %q is not an entity's name", ErrGold, i, t.S)
		}
		if t.P != ontology.Role && !names[t.O] {
			return Gold{}, fmt.Errorf("%w: triple %d object %q is not an entity's name", ErrGold, i, t.O)
		}
	}
	return g, nil
}
