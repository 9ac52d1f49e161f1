package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/ontology"
)

// gazLexicon answers entLexicon from the project's gazetteer.
type gazLexicon struct {
	g *gazetteer.Gazetteer
	// leaders maps a leader's fold key to the country they head.
	leaders map[string]string
	// countryNames maps a country's canonical name to its other names.
	countryNames map[string][]string
}

func newGazLexicon(g *gazetteer.Gazetteer) *gazLexicon {
	l := &gazLexicon{g: g, leaders: map[string]string{}, countryNames: map[string][]string{}}
	for _, c := range g.Countries() {
		for _, e := range g.Lookup(c) {
			if e.Kind == gazetteer.CountryName && e.Canonical == c {
				l.countryNames[c] = e.Aliases
				break
			}
		}
	}
	return l
}

// kindOf maps the gazetteer's kinds to the extraction's; titles and word
// lists are answered elsewhere.
func kindOf(k gazetteer.Kind) lexKind {
	switch k {
	case gazetteer.CountryName:
		return lexCountry
	case gazetteer.Demonym:
		return lexDemonym
	case gazetteer.Capital:
		return lexCapital
	case gazetteer.Seat:
		return lexSeat
	case gazetteer.OrgName:
		return lexOrg
	case gazetteer.PlaceName:
		return lexPlace
	case gazetteer.PersonName:
		return lexPerson
	case gazetteer.EventName:
		return lexEvent
	case gazetteer.DocumentName:
		return lexDocument
	}
	return lexNone
}

// kindRank orders competing entries of one phrase: a country beats a
// place of the same name, an organization beats a demonym.
var kindRank = [...]int{lexCountry: 9, lexOrg: 8, lexEvent: 7, lexDocument: 7, lexCapital: 6, lexSeat: 5,
	lexPlace: 4, lexDemonym: 3, lexPerson: 2, lexTitle: 0, lexHonorific: 0}

func (l *gazLexicon) match(words []string) (lexHit, bool) {
	n := min(len(words), l.g.MaxWords())
	// A phrase stops at punctuation other than the parts of a name.
	for i := 0; i < n; i++ {
		if isPunct(words[i]) && words[i] != "&" && words[i] != "-" {
			n = i
			break
		}
	}
	// The phrase of n words is a prefix of the phrase of n+1: build the
	// longest once and look up its prefixes.
	var buf strings.Builder
	ends := make([]int, 0, 8)
	for i, w := range words[:n] {
		if i > 0 && w != "-" && words[i-1] != "-" {
			buf.WriteByte(' ')
		}
		buf.WriteString(w)
		ends = append(ends, buf.Len())
	}
	full := buf.String()
	for ; n > 0; n-- {
		es := l.g.Lookup(full[:ends[n-1]])
		best, rank := -1, 0
		for i, e := range es {
			k := kindOf(e.Kind)
			if k == lexNone {
				continue
			}
			if e.Ambiguous && n < len(words) {
				continue // "Jordan Peterson", "Chad Smith"
			}
			r := kindRank[k] * 2
			if !e.Ambiguous {
				r++
			}
			if r > rank {
				best, rank = i, r
			}
		}
		if best < 0 {
			continue
		}
		e := es[best]
		h := lexHit{kind: kindOf(e.Kind), n: n, canon: e.Canonical, typ: e.Type, country: e.Country,
			aliases: e.Aliases, metonym: e.Metonym, metonymType: e.MetonymType, category: e.Category,
			parent: e.Parent}
		if h.kind == lexDemonym {
			h.typ = ontology.Country
		}
		if h.kind == lexCountry && h.country == "" {
			h.country = h.canon
		}
		return h, true
	}
	return lexHit{}, false
}

func (l *gazLexicon) firstName(w string) bool { return l.g.IsFirstName(w) }

func (l *gazLexicon) surname(w string) bool { return l.g.IsSurname(w) }

func (l *gazLexicon) gender(w string) byte {
	g, _ := l.g.FirstName(w)
	if g == 'u' {
		return 0
	}
	return g
}

func (l *gazLexicon) stopword(w string) bool { return l.g.IsStopword(w) }

func (l *gazLexicon) key(name string) string { return l.g.Key(name) }

func (l *gazLexicon) variants(name string) []string { return l.g.Variants(name) }

func (l *gazLexicon) leaderCountry(name string) string { return l.leaders[l.g.Key(name)] }

func (l *gazLexicon) countryAliases(canon string) []string { return l.countryNames[canon] }

func (l *gazLexicon) isTitle(phrase string) bool {
	for _, e := range l.g.Lookup(phrase) {
		if e.Kind == gazetteer.Title {
			return true
		}
	}
	return false
}
