package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/ontology"
)

// The index has two maps. Acronym-like forms (no lower-case letter: "US",
// "U.S.", "WHO", "X") live in the exact map and match only as written,
// so that "us" and "who" never match. Every other form lives in the fold
// map under its folded key: ontology.Normalize (accents dropped, case
// folded, hyphens made spaces, leading "the " dropped) with full stops
// removed, so "St. Petersburg" and "St Petersburg" meet.

// foldKey appends the fold key of s to buf and returns it. ASCII input
// (nearly all news text) is folded here without allocating; anything else
// goes through ontology.Normalize.
func foldKey(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf, ontology.Normalize(strings.ReplaceAll(s, ".", ""))...)
		}
	}
	start := len(buf)
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			continue
		case c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			if !space {
				buf = append(buf, ' ')
				space = true
			}
			continue
		case c == '"' || c == '`':
			c = '\''
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf = append(buf, c)
		space = false
	}
	if len(buf) > start && buf[len(buf)-1] == ' ' {
		buf = buf[:len(buf)-1]
	}
	if len(buf)-start >= 4 && string(buf[start:start+4]) == "the " {
		n := copy(buf[start:], buf[start+4:])
		buf = buf[:start+n]
	}
	return buf
}

// exactKey appends s with full stops removed, white space collapsed and a
// leading "the " (any case) dropped: the key of the exact map.
func exactKey(buf []byte, s string) []byte {
	s = trimThe(strings.TrimSpace(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '.':
			continue
		case ' ', '\t', '\n', '\r':
			space = true
			continue
		}
		if space && len(buf) > 0 {
			buf = append(buf, ' ')
		}
		space = false
		buf = append(buf, c)
	}
	return buf
}

// trimThe drops a leading "the " in any case.
func trimThe(s string) string {
	if len(s) > 4 && (s[0] == 't' || s[0] == 'T') && (s[1] == 'h' || s[1] == 'H') && (s[2] == 'e' || s[2] == 'E') && s[3] == ' ' {
		return strings.TrimLeft(s[4:], " ")
	}
	return s
}

// isAcronym reports whether a listed form has letters and none of them is
// lower case ("US", "U.S.", "G20", "X"): such forms match case-sensitively.
func isAcronym(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper = true
		}
	}
	return upper
}

// titleCase gives the newspaper-style form of an acronym ("NATO" ->
// "Nato") when it is four or more letters and nothing else; "" otherwise.
func titleCase(s string) string {
	if len(s) < 4 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return ""
		}
	}
	return s[:1] + strings.ToLower(s[1:])
}

// startsLower reports whether the first letter of s is lower case.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// wordCount counts space-separated words of a fold key.
func wordCount(key string) int {
	if key == "" {
		return 0
	}
	return strings.Count(key, " ") + 1
}
