package gazetteer

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// entity is a canonical entity while the tables are built: its entry
// template and every form listed for it.
type entity struct {
	e     Entry
	forms []form
	r     record // where it was listed, for errors
}

// Load builds a gazetteer from the data files in fsys (the layout of
// data/: countries.tsv, seats.tsv, orgs-*.tsv, places-*.tsv, titles.tsv,
// title-modifiers.tsv, honorifics.tsv, firstnames.txt, surnames.txt,
// stopwords.txt, variants.tsv). Missing optional files are skipped;
// countries.tsv is required because other files refer to its names.
func Load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		fold:       map[string]*bucket{},
		exact:      map[string]*bucket{},
		modifiers:  map[string]modifier{},
		firstNames: map[string]byte{},
		surnames:   map[string]struct{}{},
		stopwords:  map[string]struct{}{},
		variants:   map[string]string{},
		groups:     map[string][]string{},
		counts:     map[Kind]int{},
		entities:   map[string]*entity{},
	}
	steps := []struct {
		pattern  string
		required bool
		min, max int
		fn       func(*Gazetteer, record) error
	}{
		{"countries.tsv", true, 1, 5, (*Gazetteer).country},
		{"seats.tsv", false, 4, 5, (*Gazetteer).seat},
		{"orgs-*.tsv", false, 2, 5, (*Gazetteer).org},
		{"places-*.tsv", false, 2, 5, (*Gazetteer).place},
		{"titles.tsv", false, 2, 4, (*Gazetteer).title},
		{"title-modifiers.tsv", false, 2, 3, (*Gazetteer).modifier},
		{"honorifics.tsv", false, 1, 3, (*Gazetteer).honorific},
		{"people.tsv", false, 4, 5, (*Gazetteer).person},
		{"events.tsv", false, 2, 4, (*Gazetteer).event},
		{"documents.tsv", false, 2, 4, (*Gazetteer).document},
		{"variants.tsv", false, 1, 1, (*Gazetteer).variant},
	}
	for _, st := range steps {
		files, err := fs.Glob(fsys, st.pattern)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: glob %s: %w", st.pattern, err)
		}
		if len(files) == 0 && st.required {
			return nil, fmt.Errorf("gazetteer: %s missing: %w", st.pattern, ErrData)
		}
		for _, f := range files {
			data, err := fs.ReadFile(fsys, f)
			if err != nil {
				return nil, fmt.Errorf("gazetteer: read %s: %w", f, err)
			}
			recs, err := records(path.Base(f), data, st.min, st.max)
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				if err := st.fn(g, r); err != nil {
					return nil, err
				}
			}
		}
	}
	for _, ws := range []struct {
		file string
		fn   func(tag, w string, line int) error
	}{
		{"firstnames.txt", g.firstName},
		{"surnames.txt", func(_, w string, _ int) error { g.surnames[string(foldKey(nil, w))] = struct{}{}; return nil }},
		{"stopwords.txt", func(_, w string, _ int) error { g.stopwords[string(foldKey(nil, w))] = struct{}{}; return nil }},
	} {
		data, err := fs.ReadFile(fsys, ws.file)
		if err != nil {
			if _, ok := err.(*fs.PathError); ok {
				continue
			}
			return nil, fmt.Errorf("gazetteer: read %s: %w", ws.file, err)
		}
		if err := words(ws.file, data, ws.fn); err != nil {
			return nil, err
		}
	}
	g.counts[FirstName] = len(g.firstNames)
	g.counts[Surname] = len(g.surnames)
	g.counts[Stopword] = len(g.stopwords)
	if err := g.index(); err != nil {
		return nil, err
	}
	return g, nil
}

// define registers a canonical entity; the same kind and canonical name
// listed twice is an error.
func (g *Gazetteer) define(r record, e Entry, forms []form) error {
	id := e.Kind.String() + "|" + e.Canonical
	if _, dup := g.entities[id]; dup {
		return r.errorf("%s %q listed twice", e.Kind, e.Canonical)
	}
	g.entities[id] = &entity{e: e, forms: forms, r: r}
	if e.Kind == CountryName {
		g.countries = append(g.countries, e.Canonical)
	}
	return nil
}

// knownCountry checks a country reference against countries.tsv.
func (g *Gazetteer) knownCountry(r record, name string) error {
	if name == "" {
		return nil
	}
	if _, ok := g.entities[CountryName.String()+"|"+name]; !ok {
		return r.errorf("unknown country %q (not in countries.tsv)", name)
	}
	return nil
}

// index turns the entities into the lookup maps, marks forms shared by
// different entities as ambiguous and fills Aliases.
func (g *Gazetteer) index() error {
	if err := g.checkRefs(); err != nil {
		return err
	}
	ids := make([]string, 0, len(g.entities))
	for id := range g.entities {
		ids = append(ids, id)
	}
	sort.Strings(ids) // deterministic entry order within a bucket
	for _, id := range ids {
		en := g.entities[id]
		seen := map[string]bool{}
		var aliases []string
		for _, f := range en.forms {
			if f.text != en.e.Canonical && !seen[f.text] && en.e.Kind != Demonym {
				aliases = append(aliases, f.text)
			}
			seen[f.text] = true
		}
		en.e.Aliases = aliases
		// A form marked ambiguous marks every form of the entity that
		// shares its key ("Meta" and "~Meta" listed together).
		amb := map[string]bool{}
		for _, f := range en.forms {
			if f.ambiguous {
				amb[formKey(f.text)] = true
			}
		}
		done := map[string]bool{}
		for _, f := range en.forms {
			e := en.e
			e.Form = f.text
			e.Ambiguous = amb[formKey(f.text)] || g.commonWord(e, f.text)
			if isAcronym(f.text) {
				k := string(exactKey(nil, f.text))
				g.put(true, k, e, done, true)
				if tc := titleCase(k); tc != "" && !f.strict {
					g.put(true, tc, e, done, true)
				}
				continue
			}
			k := formKey(f.text)
			if k == "" {
				continue
			}
			lower := startsLower(f.text) || e.Kind == Title || e.Kind == Honorific
			g.put(false, k, e, done, lower)
		}
	}
	for _, m := range []map[string]*bucket{g.fold, g.exact} {
		for k, b := range m {
			markAmbiguous(b.all)
			markAmbiguous(b.lower)
			if w := wordCount(k); w > g.maxWords {
				g.maxWords = w
			}
		}
	}
	g.maxWords += 2 // title modifiers: "former deputy ..."
	sort.Strings(g.countries)
	g.entities = nil
	return nil
}

// formKey is the key a listed form is indexed under.
func formKey(s string) string {
	if isAcronym(s) {
		return "\x00" + string(exactKey(nil, s))
	}
	return string(foldKey(nil, s))
}

// put adds e under key k once per entity (forms that fold alike count
// once).
func (g *Gazetteer) put(exact bool, k string, e Entry, done map[string]bool, lower bool) {
	m, mk := g.fold, "f|"+k
	if exact {
		m, mk = g.exact, "e|"+k
	}
	if done[mk] {
		return
	}
	done[mk] = true
	b := m[k]
	if b == nil {
		b = &bucket{}
		m[k] = b
	}
	b.all = append(b.all, e)
	if lower {
		b.lower = append(b.lower, e)
	}
	g.counts[e.Kind]++
}

// markAmbiguous flags every entry of a bucket that also names a different
// entity; a country's demonym and the country itself do not conflict.
func markAmbiguous(es []Entry) {
	for i := range es {
		for j := range es {
			if i != j && !sameReferent(es[i], es[j]) {
				es[i].Ambiguous = true
			}
		}
	}
}

func sameReferent(a, b Entry) bool {
	return referent(a) == referent(b)
}

// referent identifies what an entry names: a country and its demonyms
// name one thing, a capital listed again as a place too; every title is
// the same kind of thing.
func referent(e Entry) string {
	switch e.Kind {
	case CountryName, Demonym:
		return "country|" + e.Country
	case Title, Honorific:
		return "title|"
	case Capital, PlaceName:
		if e.Canonical == e.Country {
			return "country|" + e.Country // city-state: Singapore, Monaco
		}
		return "place|" + e.Canonical + "|" + e.Country + "|" + e.Category
	}
	return e.Kind.String() + "|" + e.Canonical
}

// checkRefs checks that every parent and metonym names a listed entity, so
// that the extractor's part_of and located_in objects are real entities.
func (g *Gazetteer) checkRefs() error {
	has := func(k Kind, name string) bool { _, ok := g.entities[k.String()+"|"+name]; return ok }
	ids := make([]string, 0, len(g.entities))
	for id := range g.entities {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		en := g.entities[id]
		e := en.e
		switch {
		case e.Kind == OrgName && e.Parent != "" && !has(OrgName, e.Parent):
			return en.r.errorf("parent %q of %q is not a listed organization", e.Parent, e.Canonical)
		case e.Kind == PlaceName && e.Parent != "" && !has(PlaceName, e.Parent) && !has(Capital, e.Parent):
			return en.r.errorf("enclosing place %q of %q is not a listed place", e.Parent, e.Canonical)
		case e.Kind == PersonName && e.Parent != "" && !has(OrgName, e.Parent):
			return en.r.errorf("body %q of %q is not a listed organization", e.Parent, e.Canonical)
		case e.Kind == Seat && e.MetonymType == ontology.Organization && !has(OrgName, e.Metonym):
			return en.r.errorf("seat %q stands for %q, not a listed organization", e.Canonical, e.Metonym)
		case e.Kind == Seat && e.MetonymType == ontology.Country && !has(CountryName, e.Metonym):
			return en.r.errorf("seat %q stands for %q, not a listed country", e.Canonical, e.Metonym)
		}
	}
	return nil
}

// commonWord reports whether a one-word name is also a given name or a
// stopword ("Abbas", "Francis", "Chad", "Victoria", "Reading"): followed by
// a surname, or at a sentence start, it may be something else.
func (g *Gazetteer) commonWord(e Entry, text string) bool {
	if strings.Contains(text, " ") || isAcronym(text) {
		return false // "US" is matched case-sensitively, never as "us"
	}
	k := string(foldKey(nil, text))
	_, first := g.firstNames[k]
	_, stop := g.stopwords[k]
	switch e.Kind {
	case PersonName:
		return first || stop
	case CountryName, Capital, PlaceName, Seat, OrgName:
		// "Chad Smith", "Jordan Peterson", "Victoria Nuland", "May 5".
		return first || stop
	}
	return false
}
