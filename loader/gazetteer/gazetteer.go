package gazetteer

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.tsv data/*.txt
var embedded embed.FS

// Gazetteer is the set of name lists with their lookup indexes. It is
// read-only once built and safe for concurrent use.
type Gazetteer struct {
	fold  map[string]*bucket // fold key -> entries of ordinary forms
	exact map[string]*bucket // exact key -> entries of acronym forms
	// modifiers change a title's class ("deputy", "former", "elect").
	modifiers map[string]modifier
	maxWords  int

	firstNames map[string]byte // fold key -> gender ('m', 'f' or 'u')
	surnames   map[string]struct{}
	stopwords  map[string]struct{}
	variants   map[string]string   // folded spelling -> group's canonical spelling
	groups     map[string][]string // canonical spelling -> group, in file order

	countries []string           // canonical country names, sorted
	counts    map[Kind]int       // listed forms per kind
	entities  map[string]*entity // "kind|canonical" -> entity, while building
}

// bucket holds the entries of one key. lower is the subset that may match
// a phrase written in lower case: titles and forms listed in lower case
// ("al-Qaeda"), so that "turkey" or "china" in running text never match
// a country.
type bucket struct {
	all, lower []Entry
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// Default returns the gazetteer built from the embedded data, building it
// on first use. It panics only if the embedded data is malformed, which
// TestEmbeddedData guards against.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			panic(err)
		}
		g, err := Load(sub)
		if err != nil {
			panic(err)
		}
		defaultG = g
	})
	return defaultG
}

// Lookup returns the entries whose listed form equals phrase. Matching
// ignores a leading "the", full stops, hyphens versus spaces, accents and
// case — except that acronym forms (US, WHO, X) match only in their own
// case (NATO also as Nato), and a phrase starting with a lower-case letter
// matches only titles and forms listed in lower case. A title with known
// modifiers ("former deputy prime minister", "president-elect") is
// resolved through its base title. It returns nil when nothing matches.
// The returned entries are shared: do not modify them.
func (g *Gazetteer) Lookup(phrase string) []Entry {
	p := trimThe(strings.TrimSpace(phrase))
	if p == "" {
		return nil
	}
	var buf [128]byte
	var ex, fo []Entry
	if mayBeAcronym(p) {
		if b := g.exact[string(exactKey(buf[:0], p))]; b != nil {
			ex = b.all
		}
	}
	key := foldKey(buf[:0], p)
	lower := startsLower(p)
	if b := g.fold[string(key)]; b != nil {
		if lower {
			fo = b.lower
		} else {
			fo = b.all
		}
	}
	switch {
	case len(ex) == 0 && len(fo) == 0:
		if !g.mayBeModified(key) {
			return nil
		}
		return g.modifiedTitle(string(key), 0)
	case len(ex) == 0:
		return fo
	case len(fo) == 0:
		return ex
	}
	return append(append(make([]Entry, 0, len(ex)+len(fo)), ex...), fo...)
}

// MaxWords is the most words a phrase can have and still match, for
// n-gram scanning.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// IsFirstName reports whether w is a listed given name (any case).
func (g *Gazetteer) IsFirstName(w string) bool {
	_, ok := g.FirstName(w)
	return ok
}

// FirstName returns the gender a listed given name suggests: 'm', 'f', or
// 'u' when it is used for both; ok is false when w is not listed.
func (g *Gazetteer) FirstName(w string) (gender byte, ok bool) {
	var buf [64]byte
	gender, ok = g.firstNames[string(foldKey(buf[:0], w))]
	return gender, ok
}

// IsSurname reports whether w is a listed common surname, chiefly the
// short Chinese, Korean and Vietnamese ones (Li, Wang, Kim, Nguyen) that
// look like nothing else.
func (g *Gazetteer) IsSurname(w string) bool {
	var buf [64]byte
	_, ok := g.surnames[string(foldKey(buf[:0], w))]
	return ok
}

// IsStopword reports whether w is a word that is capitalised at the start
// of a sentence or in headlines but is never an entity by itself (The,
// However, Monday, January, Mr).
func (g *Gazetteer) IsStopword(w string) bool {
	var buf [64]byte
	_, ok := g.stopwords[string(foldKey(buf[:0], w))]
	return ok
}

// Countries returns the canonical names of all listed countries, sorted.
func (g *Gazetteer) Countries() []string { return append([]string(nil), g.countries...) }

// Counts returns how many forms each kind lists (for word sets, how many
// words).
func (g *Gazetteer) Counts() map[Kind]int {
	out := make(map[Kind]int, len(g.counts))
	for k, v := range g.counts {
		out[k] = v
	}
	return out
}

// sortedKinds lists kinds in order, for stable reports.
func sortedKinds(m map[Kind]int) []Kind {
	ks := make([]Kind, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

// mayBeAcronym reports whether p could be in the exact map: it has no
// lower-case ASCII letter, or it is one word (a Title-case acronym such as
// "Nato"). Skipping the exact map otherwise halves the cost of a lookup.
func mayBeAcronym(p string) bool {
	lower := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == ' ' {
			return !lower && !hasLowerASCII(p[i:])
		}
		if c >= 'a' && c <= 'z' {
			lower = true
		}
	}
	return true
}

func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}
