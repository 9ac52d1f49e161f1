package ontology

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds a name or literal the way ONTOLOGY.md's scoring compares
// them: Unicode NFKD with combining marks dropped, case-folded, every
// apostrophe and quote variant made ', hyphens and dashes made spaces,
// white space collapsed and a leading "the " dropped. The store uses the
// same key to resolve one entity across articles.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // drops leading space
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case isQuote(r):
			r = '\''
		case isDash(r) || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
		space = false
	}
	out := strings.TrimSuffix(b.String(), " ")
	return strings.TrimPrefix(out, "the ")
}

func isQuote(r rune) bool {
	switch r {
	case '\'', '"', '`', '\u00b4', '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e', '\u201f', '\u2032', '\u2033', '\u00ab', '\u00bb', '\u2039', '\u203a', '\uff07':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return true
	}
	return false
}
