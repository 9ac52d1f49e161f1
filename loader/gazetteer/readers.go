package gazetteer

// One reader per data file: each turns a record into an entity with its
// forms and checks the references it can check on the spot.

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

var placeCategories = map[string]bool{"city": true, "division": true, "region": true, "continent": true,
	"territory": true, "landmark": true, "water": true, "district": true}

var orgCategories = map[string]bool{"intl": true, "un": true, "regional": true, "ngo": true, "armed": true,
	"military": true, "party": true, "gov": true, "legislature": true, "court": true, "intel": true,
	"media": true, "platform": true, "company": true, "sport": true, "religious": true, "police": true, "edu": true}

// country reads countries.tsv: name, official name, aliases, demonyms and
// adjectives, capitals.
func (g *Gazetteer) country(r record) error {
	forms, err := r.nameForms(1, 2)
	if err != nil {
		return err
	}
	canon := forms[0].text
	if err := g.define(r, Entry{Kind: CountryName, Canonical: canon, Type: ontology.Country, Country: canon}, forms); err != nil {
		return err
	}
	if dem := splitForms(r.field(3)); len(dem) > 0 {
		dem = withPlurals(dem, forms)
		if err := g.define(r, Entry{Kind: Demonym, Canonical: canon, Type: ontology.Country, Country: canon}, dem); err != nil {
			return err
		}
	}
	for _, c := range strings.Split(r.field(4), ";") {
		cf := splitForms(strings.TrimSpace(c))
		if len(cf) == 0 {
			continue
		}
		e := Entry{Kind: Capital, Canonical: cf[0].text, Type: ontology.Place, Country: canon, Category: "city",
			Metonym: canon, MetonymType: ontology.Country}
		if err := g.define(r, e, cf); err != nil {
			return err
		}
	}
	return nil
}

// withPlurals adds the people-noun plural of each demonym ("Ukrainian" ->
// "Ukrainians"); adjectives in -ese, -sh, -ch, -ss have none, and a plural
// that is one of the country's names is left out.
func withPlurals(fs, names []form) []form {
	have := map[string]bool{}
	for _, f := range names {
		have[f.text] = true // "Philippines" is the country, not a plural
	}
	for _, f := range fs {
		have[f.text] = true
	}
	out := fs
	for _, f := range fs {
		t := f.text
		if strings.HasSuffix(t, "ese") || strings.HasSuffix(t, "sh") || strings.HasSuffix(t, "ch") ||
			strings.HasSuffix(t, "ss") || strings.HasSuffix(t, "s") || strings.Contains(t, " ") {
			continue
		}
		p := t + "s"
		if !have[p] {
			have[p] = true
			out = append(out, form{text: p, ambiguous: f.ambiguous})
		}
	}
	return out
}

// seat reads seats.tsv: seat, the actor it stands for, that actor's type,
// country, aliases.
func (g *Gazetteer) seat(r record) error {
	forms, err := r.nameForms(4)
	if err != nil {
		return err
	}
	mt := ontology.EntityType(r.field(2))
	if mt != ontology.Country && mt != ontology.Organization {
		return r.errorf("metonym type %q, want Country or Organization", mt)
	}
	if err := g.knownCountry(r, r.field(3)); err != nil {
		return err
	}
	return g.define(r, Entry{Kind: Seat, Canonical: forms[0].text, Type: ontology.Place, Country: r.field(3),
		Category: "landmark", Metonym: r.field(1), MetonymType: mt}, forms)
}

// org reads orgs-*.tsv: name, category, country, parent body, aliases.
func (g *Gazetteer) org(r record) error {
	forms, err := r.nameForms(4)
	if err != nil {
		return err
	}
	if !orgCategories[r.field(1)] {
		return r.errorf("unknown organization category %q", r.field(1))
	}
	if err := g.knownCountry(r, dash(r.field(2))); err != nil {
		return err
	}
	return g.define(r, Entry{Kind: OrgName, Canonical: forms[0].text, Type: ontology.Organization,
		Country: dash(r.field(2)), Parent: dash(r.field(3)), Category: r.field(1)}, forms)
}

// place reads places-*.tsv: name, category, country, enclosing place,
// aliases.
func (g *Gazetteer) place(r record) error {
	forms, err := r.nameForms(4)
	if err != nil {
		return err
	}
	if !placeCategories[r.field(1)] {
		return r.errorf("unknown place category %q", r.field(1))
	}
	if err := g.knownCountry(r, dash(r.field(2))); err != nil {
		return err
	}
	return g.define(r, Entry{Kind: PlaceName, Canonical: forms[0].text, Type: ontology.Place,
		Country: dash(r.field(2)), Parent: dash(r.field(3)), Category: r.field(1)}, forms)
}

// honorific reads honorifics.tsv: form, gender (m, f or -), aliases.
func (g *Gazetteer) honorific(r record) error {
	forms, err := r.nameForms(2)
	if err != nil {
		return err
	}
	e := Entry{Kind: Honorific, Canonical: forms[0].text, Type: ontology.Literal}
	switch r.field(1) {
	case "m", "f":
		e.Gender = r.field(1)[0]
	case "", "-":
	default:
		return r.errorf("gender %q, want m, f or -", r.field(1))
	}
	return g.define(r, e, forms)
}

// firstName reads one word of firstnames.txt, tagged m:, f: or u:.
func (g *Gazetteer) firstName(tag, w string, _ int) error {
	if tag != "m" && tag != "f" && tag != "u" {
		return fmt.Errorf("first name %q: line tag %q, want m:, f: or u:", w, tag)
	}
	k := string(foldKey(nil, w))
	if old, ok := g.firstNames[k]; ok && old != tag[0] {
		tag = "u"
	}
	g.firstNames[k] = tag[0]
	return nil
}

// dash reads "-" as empty.
func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// person reads people.tsv: name, country, best-known office, the body the
// office is in, aliases. An office listed in titles.tsv lends the entry
// its relation and leader flags.
func (g *Gazetteer) person(r record) error {
	forms, err := r.nameForms(4)
	if err != nil {
		return err
	}
	if err := g.knownCountry(r, dash(r.field(1))); err != nil {
		return err
	}
	e := Entry{Kind: PersonName, Canonical: forms[0].text, Type: ontology.Person,
		Country: dash(r.field(1)), Category: dash(r.field(2)), Parent: dash(r.field(3))}
	// Offices outside titles.tsv ("state counsellor") stay bare literals.
	if t, ok := g.entities[Title.String()+"|"+e.Category]; ok {
		e.Relation, e.Leader, e.HeadOfState = t.e.Relation, t.e.Leader, t.e.HeadOfState
	}
	return g.define(r, e, forms)
}

// event reads events.tsv: name, category, country, aliases.
func (g *Gazetteer) event(r record) error {
	return g.named(r, EventName, ontology.Event)
}

// document reads documents.tsv: name, category, country, aliases.
func (g *Gazetteer) document(r record) error {
	return g.named(r, DocumentName, ontology.Document)
}

// named reads the shared layout of events.tsv and documents.tsv.
func (g *Gazetteer) named(r record, k Kind, t ontology.EntityType) error {
	forms, err := r.nameForms(3)
	if err != nil {
		return err
	}
	if err := g.knownCountry(r, dash(r.field(2))); err != nil {
		return err
	}
	return g.define(r, Entry{Kind: k, Canonical: forms[0].text, Type: t, Country: dash(r.field(2)),
		Category: dash(r.field(1))}, forms)
}
