package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a token with the facts every extraction stage asks about it,
// computed once per token.
type word struct {
	text  string
	lower string
	tag   string
	cap   bool // starts with an upper-case letter
	alpha bool // has a letter
	start int  // byte offset into document.text
	end   int
}

// sentWords builds the words of one sentence.
func sentWords(s *sentence) []word {
	ws := make([]word, len(s.tokens))
	for i, t := range s.tokens {
		r, _ := utf8.DecodeRuneInString(t.text)
		w := word{text: t.text, lower: strings.ToLower(t.text), tag: t.tag, start: t.start, end: t.end}
		w.cap = unicode.IsUpper(r)
		for _, c := range t.text {
			if unicode.IsLetter(c) {
				w.alpha = true
				break
			}
		}
		if w.lower == "’s" {
			w.lower = "'s"
		}
		ws[i] = w
	}
	return ws
}

// closedClass lists English function words: a capitalised one starts a
// sentence or a heading, it does not name anything.
var closedClass = wordSet(`a an the this that these those its it he she they we i you his her
their our my your him them us me who whom whose which what when where why how
and or but nor so yet if then than because while although though as since until unless
of in on at to from by with for about against between into through during before after
above below over under near across along around behind beyond within without upon via amid
amidst among despite toward towards per is are was were be been being am do does did
has have had will would shall should can could may might must not no yes all any both each
every some many much more most few other another such only also just even still
there here now again however meanwhile moreover furthermore instead thus hence therefore
according asked said says told later earlier today yesterday tomorrow last next first
several one two three four five six seven eight nine ten hundreds thousands
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
mr mrs ms dr down up out off long live`)

// connector words may sit inside a proper name ("Ministry of Foreign Affairs").
var nameConnectors = wordSet(`of for the and de del da di du von van al el bin bint ibn le la des y on`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

func isPunct(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) > 0 && (unicode.IsPunct(r) || unicode.IsSymbol(r)) && utf8.RuneCountInString(w) <= 3 && !unicode.IsLetter(r)
}

func isQuoteWord(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }
