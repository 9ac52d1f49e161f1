package gazetteer

import (
	"bytes"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// modifier is a word that changes a title's meaning: "deputy" makes a
// leader's title an official's, "former" makes it no current office.
type modifier struct {
	effect string // official, same or notcurrent
	suffix bool   // follows the title ("president-elect")
}

// title reads titles.tsv: title (with {a|b} alternatives), class (leader,
// official, works or none), flags (hos, mil, worksfor, m, f; comma
// separated), abbreviations and other spellings.
func (g *Gazetteer) title(r record) error {
	base := Entry{Kind: Title, Type: ontology.Literal}
	switch r.field(1) {
	case "leader":
		base.Relation, base.Leader = ontology.LeaderOf, true
	case "official":
		base.Relation = ontology.OfficialOf
	case "works":
		base.Relation, base.WorksFor = ontology.WorksFor, true
	case "none":
	default:
		return r.errorf("title class %q, want leader, official, works or none", r.field(1))
	}
	for _, f := range strings.Split(r.field(2), ",") {
		switch strings.TrimSpace(f) {
		case "", "-":
		case "hos":
			base.HeadOfState = true
		case "mil":
			base.Military = true
		case "worksfor":
			base.WorksFor = true
		case "m", "f":
			base.Gender = strings.TrimSpace(f)[0]
		default:
			return r.errorf("title flag %q, want hos, mil, worksfor, m or f", f)
		}
	}
	aliases := splitForms(r.field(3))
	for _, t := range splitForms(r.field(0)) {
		e := base
		e.Canonical = strings.ToLower(t.text)
		if err := g.define(r, e, append([]form{t}, aliases...)); err != nil {
			return err
		}
	}
	return nil
}

// modifier reads title-modifiers.tsv: modifier, effect, position.
func (g *Gazetteer) modifier(r record) error {
	m := modifier{effect: r.field(1)}
	switch m.effect {
	case "official", "same", "notcurrent":
	default:
		return r.errorf("modifier effect %q, want official, same or notcurrent", m.effect)
	}
	switch r.field(2) {
	case "", "prefix":
	case "suffix":
		m.suffix = true
	default:
		return r.errorf("modifier position %q, want prefix or suffix", r.field(2))
	}
	for _, f := range splitForms(r.field(0)) {
		g.modifiers[string(foldKey(nil, f.text))] = m
	}
	return nil
}

// titles returns the Title entries for a fold key, resolving modifiers.
func (g *Gazetteer) titles(key string, depth int) []Entry {
	var out []Entry
	if b := g.fold[key]; b != nil {
		for _, e := range b.lower {
			if e.Kind == Title {
				out = append(out, e)
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	return g.modifiedTitle(key, depth)
}

// modifiedTitle resolves "deputy foreign minister", "former president",
// "president elect" through the base title; nil when key is no such
// phrase.
func (g *Gazetteer) modifiedTitle(key string, depth int) []Entry {
	if depth > 3 || !g.mayBeModified([]byte(key)) {
		return nil
	}
	words := strings.Split(key, " ")
	for n := 2; n >= 1; n-- {
		if len(words) <= n {
			continue
		}
		m, ok := g.modifiers[strings.Join(words[:n], " ")]
		if !ok || m.suffix {
			continue
		}
		if base := g.titles(strings.Join(words[n:], " "), depth+1); len(base) > 0 {
			return applyModifier(base, key, m)
		}
	}
	last := len(words) - 1
	if m, ok := g.modifiers[words[last]]; ok && m.suffix {
		if base := g.titles(strings.Join(words[:last], " "), depth+1); len(base) > 0 {
			return applyModifier(base, key, m)
		}
	}
	return nil
}

func applyModifier(base []Entry, key string, m modifier) []Entry {
	out := make([]Entry, len(base))
	for i, e := range base {
		e.Aliases = []string{e.Canonical}
		e.Canonical, e.Form = key, key
		switch m.effect {
		case "official":
			if e.Relation == ontology.LeaderOf {
				e.Relation = ontology.OfficialOf
			}
			e.Leader, e.HeadOfState = false, false
		case "notcurrent":
			e.NotCurrent = true
		}
		out[i] = e
	}
	return out
}

// mayBeModified is a cheap test, without allocating, that key starts with
// a prefix modifier or ends with a suffix one: most looked-up phrases are
// not titles at all.
func (g *Gazetteer) mayBeModified(key []byte) bool {
	i := bytes.IndexByte(key, ' ')
	if i < 0 {
		return false
	}
	if m, ok := g.modifiers[string(key[:i])]; ok && !m.suffix {
		return true
	}
	if j := bytes.IndexByte(key[i+1:], ' '); j >= 0 {
		if m, ok := g.modifiers[string(key[:i+1+j])]; ok && !m.suffix {
			return true
		}
	}
	m, ok := g.modifiers[string(key[bytes.LastIndexByte(key, ' ')+1:])]
	return ok && m.suffix
}
