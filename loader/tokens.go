package loader

// Tokens: words, numbers and punctuation with exact byte offsets. Words
// keep their inner hyphens (counter-attack), periods (U.S., e.g.) and
// apostrophes (O'Brien); numbers keep their decimal point, thousands
// separators and percent sign (3,000 3.5 40%); possessive 's and the
// contractions n't 're 've 'll 'd 'm are tokens of their own, as in the
// Penn Treebank the tagger was trained on.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenize splits text into tokens; offsets are byte offsets in text plus
// offset (the position of text in the document). Every character that is
// not white space belongs to exactly one token.
func tokenize(text string, offset int) []token {
	toks := make([]token, 0, len(text)/5+1)
	add := func(s, e int) {
		toks = append(toks, token{text: text[s:e], start: offset + s, end: offset + e})
	}
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case tokIsSpace(r):
			i += n
		case tokIsWord(r):
			j := tokWordEnd(text, i)
			add(i, j)
			i = j
			if k := tokContraction(text, i); k > i {
				add(i, k)
				i = k
			}
		default:
			j := tokPunctEnd(text, i, r, n)
			add(i, j)
			i = j
		}
	}
	return toks
}

func tokIsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

func tokIsWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func tokIsDigit(b byte) bool { return '0' <= b && b <= '9' }

func tokIsApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokRuneAt decodes the rune at i (utf8.RuneError, 0 at the end).
func tokRuneAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tokWordEnd returns the end of the word starting at i.
func tokWordEnd(text string, i int) int {
	j := i
	var prev rune
	for j < len(text) {
		r, n := tokRuneAt(text, j)
		if tokIsWord(r) {
			prev = r
			j += n
			continue
		}
		next, _ := tokRuneAt(text, j+n)
		if !tokIsWord(next) {
			break
		}
		switch {
		case r == '-' || r == '\u2010' || r == '\u2011': // hyphen, not a dash
		case r == '.' && (tokIsDigit(byte(prev)) && prev < utf8.RuneSelf && next < utf8.RuneSelf && tokIsDigit(byte(next)) ||
			unicode.IsLetter(prev) && unicode.IsLetter(next)): // 3.5, U.S, e.g
		case r == ',' && prev < utf8.RuneSelf && tokIsDigit(byte(prev)) && tokThousands(text[j+1:]): // 3,000
		case r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next): // AT&T
		case tokIsApostrophe(r):
			if tokSuffix(text[j+n:]) {
				return j // possessive or contraction: its own token
			}
			if j-1 > i && tokNegation(text, j) {
				return j - 1 // don't -> do n't
			}
		default:
			return j
		}
		prev = r
		j += n
	}
	word := text[i:j]
	switch {
	case j < len(text) && text[j] == '.' && tokKeepsPeriod(word, text[j+1:]):
		j++
		// U.S.-led: the hyphen joins the abbreviation to the next word.
		if j+1 < len(text) && text[j] == '-' {
			if r, _ := tokRuneAt(text, j+1); tokIsWord(r) {
				return tokWordEnd(text, j+1)
			}
		}
	case j < len(text) && text[j] == '%' && tokIsDigit(word[len(word)-1]):
		j++
	}
	return j
}

// tokThousands reports whether s starts with exactly three digits.
func tokThousands(s string) bool {
	return len(s) >= 3 && tokIsDigit(s[0]) && tokIsDigit(s[1]) && tokIsDigit(s[2]) && (len(s) == 3 || !tokIsDigit(s[3]))
}

// tokSuffixes are clitics after an apostrophe that make tokens of their
// own.
var tokSuffixes = map[string]bool{"s": true, "re": true, "ve": true, "ll": true, "d": true, "m": true}

// tokSuffix reports whether s (just after an apostrophe) is a clitic
// ending the word.
func tokSuffix(s string) bool {
	k := 0
	for k < len(s) && k < 3 && ('a' <= s[k] && s[k] <= 'z' || 'A' <= s[k] && s[k] <= 'Z') {
		k++
	}
	if k == 0 || k == 3 {
		return false
	}
	if r, _ := tokRuneAt(s, k); tokIsWord(r) {
		return false
	}
	return tokSuffixes[strings.ToLower(s[:k])]
}

// tokNegation reports whether the apostrophe at j closes n't.
func tokNegation(text string, j int) bool {
	if j < 2 || (text[j-1] != 'n' && text[j-1] != 'N') {
		return false
	}
	_, n := tokRuneAt(text, j)
	k := j + n
	if k >= len(text) || (text[k] != 't' && text[k] != 'T') {
		return false
	}
	r, _ := tokRuneAt(text, k+1)
	return !tokIsWord(r)
}

// tokContraction returns the end of a clitic token starting at i ('s,
// n't, 're ...), or i when there is none.
func tokContraction(text string, i int) int {
	if i >= len(text) {
		return i
	}
	r, n := tokRuneAt(text, i)
	if (r == 'n' || r == 'N') && tokNegation(text, i+1) {
		_, m := tokRuneAt(text, i+1)
		return i + 1 + m + 1
	}
	if tokIsApostrophe(r) && tokSuffix(text[i+n:]) {
		k := i + n
		for k < len(text) && ('a' <= text[k] && text[k] <= 'z' || 'A' <= text[k] && text[k] <= 'Z') {
			k++
		}
		return k
	}
	return i
}

// tokPunctEnd returns the end of the punctuation token starting at i with
// rune r of n bytes: runs of periods, of ?/!, and of hyphens are one
// token, anything else one character.
func tokPunctEnd(text string, i int, r rune, n int) int {
	j := i + n
	switch r {
	case '.', '?', '!', '-':
		for j < len(text) && (text[j] == byte(r) || r != '.' && r != '-' && (text[j] == '?' || text[j] == '!')) {
			j++
		}
	}
	return j
}

// tokKeepsPeriod reports whether the period after word belongs to it:
// acronyms with inner periods (U.S.), initials (J.), and known
// abbreviations (Gen., Jan., No. 5). rest is the text after the period.
func tokKeepsPeriod(word, rest string) bool {
	if strings.IndexByte(word, '.') > 0 && !tokIsDigit(word[len(word)-1]) {
		return true
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true
	}
	if word == "No" || word == "no" || word == "Nos" {
		rest = strings.TrimLeft(rest, " ")
		return rest != "" && tokIsDigit(rest[0])
	}
	return splitTitleAbbrev[word] || splitOtherAbbrev[word]
}
