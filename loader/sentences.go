package loader

// Sentences: the text is tokenized once and split between tokens. A line
// break always ends a sentence (paragraphs, headlines, list items); so do
// . ? ! unless a lower-case word follows, with closing quotes and brackets
// kept on the sentence they close. Periods that belong to abbreviations
// were kept on their word by the tokenizer: titles (Gen., Dr.) never end a
// sentence; acronyms (U.S.), initials and other abbreviations (Inc., p.m.)
// end one only before a word that usually starts a sentence, so that
// "U.S. President" and "John F. Kennedy" stay whole.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitTitleAbbrev are abbreviations that precede a name, so the period
// never ends the sentence.
var splitTitleAbbrev = splitSet(`Mr Mrs Ms Messrs Dr Prof Gen Lt Col Maj Capt Cmdr Cmdt Sgt Cpl Pvt Adm Brig
	Gov Sen Rep Rev Hon Pres Supt Insp Det St Mt Ft Sheikh Fr Msgr Amb Atty Gen Gens Pfc Spc Lieut Gov Govs
	Reps Sens Drs Dept Univ vs v`)

// splitOtherAbbrev are abbreviations that may end a sentence.
var splitOtherAbbrev = splitSet(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Corp Ltd Co Plc Bros
	Jr Sr Esq etc approx p est Ave Blvd Rd Fig Vol vol pp ca cf al Nos Mon Tue Tues Wed Thu Thurs Fri Sat Sun`)

// splitStarters are words that often begin a sentence and rarely follow
// an acronym inside one ("the U.S. The" ends a sentence, "U.S. President"
// does not).
var splitStarters = splitSet(`the a an he she it they we i you this that these those there here but and or so
	yet in on at for after before when while as if however meanwhile then his her its their our my also still
	now some many most several both all no not what who why how where according during since although though
	because despite earlier later last next one two three officials police`)

func splitSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// maxSentenceTokens bounds a sentence: text with no sentence ends (a
// scraped page with its punctuation lost, a list run together) is cut
// into runs of this many tokens. The rule stages compare mentions within
// a sentence pairwise, so one 9 MB "sentence" would take hours; news
// sentences stay far below the bound (the longest in the corpora is under
// 250 tokens), so it changes nothing on real prose.
const maxSentenceTokens = 400

// splitSentences splits text into sentences numbered from 0, with their
// tokens.
func splitSentences(text string) []sentence {
	toks := tokenize(text, 0)
	var out []sentence
	begin := 0
	for k := range toks {
		if k+1 < len(toks) && k+1-begin < maxSentenceTokens && !splitAfter(text, toks, k) {
			continue
		}
		s, e := toks[begin].start, toks[k].end
		out = append(out, sentence{index: len(out), start: s, end: e, text: text[s:e], tokens: toks[begin : k+1 : k+1]})
		begin = k + 1
	}
	return out
}

// splitAfter reports whether a sentence ends after token k (k+1 exists).
func splitAfter(text string, toks []token, k int) bool {
	cur, next := toks[k], toks[k+1]
	if splitLineBreak(text[cur.end:next.start]) {
		return true
	}
	// Closing quotes and brackets right after the end stay with it.
	if next.start == cur.end && splitCloser(next.text) && (splitTerminal(cur.text) || splitCloser(cur.text)) {
		return false
	}
	j := k
	for j >= 0 && splitCloser(toks[j].text) && (j == k || toks[j+1].start == toks[j].end) {
		j--
	}
	if j < 0 || (j < k && toks[j+1].start != toks[j].end) {
		return false
	}
	return splitEnds(toks[j].text, next.text)
}

// splitLineBreak reports whether the white space gap holds a line or
// paragraph break (\n, \r, U+2028, U+2029).
func splitLineBreak(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n', '\r':
			return true
		case 0xE2:
			if i+2 < len(gap) && gap[i+1] == 0x80 && (gap[i+2] == 0xA8 || gap[i+2] == 0xA9) {
				return true
			}
		}
	}
	return false
}

// splitTerminal reports whether t is sentence-final punctuation or an
// abbreviation's period (which may be one).
func splitTerminal(t string) bool {
	switch t[len(t)-1] {
	case '.', '?', '!':
		return true
	}
	return strings.HasSuffix(t, "…")
}

func splitCloser(t string) bool {
	switch t {
	case `"`, "'", "”", "’", ")", "]", "»", "›", "}":
		return true
	}
	return false
}

// splitEnds decides whether terminal token t ends the sentence before
// the token next.
func splitEnds(t, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	lower := unicode.IsLower(r)
	switch {
	case t == "." || strings.Trim(t, "?!") == "":
		return !lower && !strings.ContainsRune(",;:", r)
	case strings.Trim(t, ".…") == "": // ellipsis
		return unicode.IsUpper(r)
	case !strings.HasSuffix(t, "."):
		return false
	}
	// An abbreviation or initial kept its period: it ends the sentence
	// only before a word that usually starts one ("the U.S. The
	// President", "Apple Inc. The company"); titles never do.
	word := t[:len(t)-1]
	if splitTitleAbbrev[word] || !unicode.IsUpper(r) {
		return false
	}
	return splitStarters[strings.ToLower(next)]
}
