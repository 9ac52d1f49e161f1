package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// mkind says how a mention names its entity.
type mkind uint8

const (
	mkName    mkind = iota
	mkDemonym       // "Russian": its country, only in front of a role or an action noun
	mkPronoun       // he, she, it, they and their possessives
	mkNominal       // "the minister", "the group": resolved by coref
)

// mention is a span of words in one sentence that refers to an entity.
type mention struct {
	sent, start, end int // words [start,end) of sentence sent
	kind             mkind
	typ              ontology.EntityType
	name             string // as written, titles stripped
	canon            string // gazetteer canonical name, "" when unknown
	country          string // country tied to it (demonym, capital, possessive)
	seat             bool   // a capital or seat of power: the country when it acts
	typeSure         bool   // type from the gazetteer, a head word or a title
	titleStart       int    // first word of a title before the name (== start if none)
	title            string // lower-case title before the name
	titleCountry     string // country of that title ("Ukrainian President")
	titleOrg         int    // index of an org mention the title belongs to, -1
	honorific        bool
	gender           byte
	aliases          []string // extra names (gazetteer aliases, body variants)
	metonym          string   // the actor a capital or seat stands for
	metonymType      ontology.EntityType
	acting           bool // a capital or seat resolved to its country
	category         string
	parent           string
	possName         string // "Russia's Security Council" for a body named by possessive
	lone             bool   // a guess kept only if the name recurs or acts
	term             bool   // an acronym used as a modifier ("VIP guest"): an entity only if it abbreviates one
	ent              int    // entity index after resolution, -1 before
}

// entFinder finds the mentions of one document.
type entFinder struct {
	lex   entLexicon
	words [][]word
	texts [][]string
	// midCaps holds words seen capitalised inside a sentence, lowers the
	// words seen in lower case: together they tell a name from a word
	// capitalised only because it starts a sentence.
	midCaps, lowers map[string]bool
	// surnameHe is set when "He" starts a full name in the article ("He
	// Lifeng"), so a capitalised "He" inside a sentence is that name.
	surnameHe bool
	// versioned holds two- or three-word capitalised names the article
	// writes with a version number after them ("Navigator Pro 7"): a
	// product's name, wherever it stands.
	versioned map[string]bool
	// crafts holds the names the article gives a craft after its class
	// ("Atlantis" of "Space Shuttle Atlantis", "Cole" of "USS Cole"), so
	// that the short form alone is no actor either.
	crafts map[string]bool
}

func newEntFinder(lex entLexicon, sents [][]word) *entFinder {
	f := &entFinder{lex: lex, words: sents, midCaps: map[string]bool{}, lowers: map[string]bool{}}
	f.texts = make([][]string, len(sents))
	for si, ws := range sents {
		t := make([]string, len(ws))
		for i, w := range ws {
			t[i] = w.text
			if !w.alpha {
				continue
			}
			if w.cap && i > 0 && !sentenceStartAt(ws, i) {
				f.midCaps[w.text] = true
			} else if !w.cap {
				f.lowers[w.lower] = true
			}
		}
		f.texts[si] = t
		for i := 2; i < len(ws); i++ {
			if versionNumber(ws[i].text) && ws[i-1].cap && ws[i-2].cap && ws[i-1].alpha && ws[i-2].alpha {
				a := i - 2
				if a > 0 && ws[a-1].cap && ws[a-1].alpha {
					a--
				}
				if f.versioned == nil {
					f.versioned = map[string]bool{}
				}
				f.versioned[strings.ToLower(joinWords(ws[a:i]))] = true
				f.versioned[strings.ToLower(joinWords(ws[i-2:i]))] = true
			}
		}
		for i := 0; i+1 < len(ws); i++ {
			if !ws[i].cap || !(craftWords[ws[i].lower] || shipPrefixes[ws[i].lower] && strings.ToUpper(ws[i].text) == ws[i].text) {
				continue
			}
			j := i + 1
			for j < len(ws) && ws[j].cap && ws[j].alpha && !craftWords[ws[j].lower] && j-i <= 2 {
				j++
			}
			if j > i+1 && (j == len(ws) || !ws[j].cap) {
				if f.crafts == nil {
					f.crafts = map[string]bool{}
				}
				f.crafts[joinWords(ws[i+1:j])] = true
			}
		}
		for i := 0; i+1 < len(ws); i++ {
			if ws[i].text == "He" && ws[i+1].cap && ws[i+1].alpha && i > 0 && roleIsTitleWord(ws[i-1].lower) {
				f.surnameHe = true
			}
		}
	}
	return f
}

// versionNumber reports whether t is a product version: one or two
// digits ("6", "10"), or digits with a point ("2.0").
func versionNumber(t string) bool {
	if len(t) == 0 || len(t) > 4 || t[0] < '1' || t[0] > '9' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if (t[i] < '0' || t[i] > '9') && !(t[i] == '.' && i > 0 && i < len(t)-1) {
			return false
		}
	}
	return len(t) <= 2 || strings.Contains(t, ".")
}

// sentenceStartAt reports whether word i begins a sentence or a quotation.
func sentenceStartAt(ws []word, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if isQuoteWord(ws[j].text) || ws[j].text == "(" || ws[j].text == "[" {
			continue
		}
		return ws[j].text == ":" || ws[j].text == "—" || ws[j].text == "|"
	}
	return true
}

// find returns the mentions of sentence si in word order.
func (f *entFinder) find(si int) []mention {
	ws := f.words[si]
	var out []mention
	for i := 0; i < len(ws); {
		w := ws[i]
		if pm, ok := entPronoun(w.lower); ok && !(w.cap && i+1 < len(ws) && ws[i+1].cap && ws[i+1].alpha && i > 0) && !(w.text == "He" && !sentenceStartAt(ws, i) && f.surnameHe) {
			pm.sent, pm.start, pm.end, pm.titleStart, pm.ent, pm.titleOrg = si, i, i+1, i, -1, -1
			pm.name = w.text
			out = append(out, pm)
			i++
			continue
		}
		// "North and South Korea": the first name shares the last word
		if w.cap && i+3 < len(ws) && ws[i+1].lower == "and" && ws[i+2].cap && ws[i+3].cap {
			if h, ok := f.lex.match([]string{w.text, ws[i+3].text}); ok && h.n == 2 && h.kind == lexCountry {
				m := f.lexMention(si, i, i+1, h)
				out = append(out, m)
				i++
				continue
			}
		}
		if isQuoteWord(w.text) && i > 0 && namingVerbs[ws[i-1].lower] {
			// "a robot named "Better Idea of Afghan Girls"": the name of a
			// thing or a work, not of actors
			if e := closingQuote(ws, i); e > i {
				i = e + 1
				continue
			}
		}
		if !w.cap || !w.alpha || !f.canStart(si, ws, i) {
			i++
			continue
		}
		end := f.spanEnd(ws, i)
		if end < len(ws) && (!ws[end].cap && ws[end].alpha || ws[end].text == "-") {
			if h, ok := f.lex.match(f.texts[si][i:min(len(ws), i+12)]); ok && h.n > end-i && h.kind == lexOrg {
				end = i + h.n // "United Nations High Commissioner for Refugees": the gazetteer knows it whole
			}
		}
		for end > i+1 && captionWords[ws[end-1].lower] && (end == len(ws) || !ws[end].alpha) {
			end-- // "Ahmed Mohamed Image:", a caption's label
		}
		if ws[i].lower == "the" && end > i+1 {
			i++ // "The Minsk Agreements": the article is no part of the name
		}
		out = f.splitSpan(out, si, i, end)
		i = end
	}
	return out
}

// canStart reports whether a capitalised word may begin a name.
func (f *entFinder) canStart(si int, ws []word, i int) bool {
	w := ws[i]
	if w.text == "He" && f.surnameHe && !sentenceStartAt(ws, i) {
		return true // "He Lifeng" named by his surname
	}
	if closedClass[w.lower] && !roleIsTitleWord(w.lower) {
		// "The Hague" and "He Lifeng" are names only when the gazetteer or
		// a preceding title says so.
		if h, ok := f.lex.match(f.texts[si][i:min(len(ws), i+5)]); ok && (h.n >= 2 || (len(w.text) >= 2 && strings.ToUpper(w.text) == w.text)) {
			return true
		}
		return i > 0 && roleIsTitleWord(ws[i-1].lower) && ws[i-1].cap
	}
	if !sentenceStartAt(ws, i) {
		return true
	}
	if _, ok := f.lex.match(f.texts[si][i:min(len(ws), i+4)]); ok {
		return true
	}
	if i+1 < len(ws) && ws[i+1].cap && ws[i+1].alpha {
		if e := f.spanEnd(ws, i); headType(ws[e-1].lower) == ontology.Organization {
			return true // "New People Party's ..."
		}
		return !f.lowers[w.lower] || roleIsTitleWord(w.lower)
	}
	if w.tag != "" {
		return strings.HasPrefix(w.tag, "NNP") && !f.lowers[w.lower]
	}
	return f.midCaps[w.text] || (!f.lowers[w.lower] && f.lex.firstName(w.text))
}

func textsOf(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// spanEnd returns the end of the capitalised span starting at i, joining
// the connectors a long organization name uses ("Alliance for the
// Betterment and Progress of Hong Kong").
func (f *entFinder) spanEnd(ws []word, i int) int {
	j := i + 1
	headed, inOf := headType(ws[i].lower) != "", false
	for j < len(ws) {
		w := ws[j]
		if (w.cap && w.alpha && !(closedClass[w.lower] && !roleIsTitleWord(w.lower) && w.lower != "the")) || nameParticle(w.text) {
			if ht := headType(w.lower); ht != "" && !((ht == ontology.Document || ht == ontology.Event) && f.lex.firstName(ws[j-1].text)) {
				headed = true // but "Nathan Law of Demosisto" is a person of a party
			}
			j++
			continue
		}
		if w.text == "-" && j+1 < len(ws) && ws[j+1].cap && ws[j+1].alpha && (inOf || w.start == ws[j-1].end && ws[j+1].start == w.end) {
			j++ // "American-Islamic" split by the tokenizer
			continue
		}
		if w.lower == "and" && inOf && j+2 < len(ws) && (f.startsOwnName(ws, j+1) || ws[j+1].lower == "the" && f.startsOwnName(ws, j+2)) {
			break // "Massachusetts Institute of Technology and Colorado State University"
		}
		if isPossessive(w.text) && j+1 < len(ws) && ws[j+1].cap && headType(ws[j+1].lower) != "" && !roleIsHead(ws[j-1].lower) {
			j++ // "Korean People's Army"
			continue
		}
		if inOf && isNumber(w.text) && ws[j-1].lower == "of" {
			j++ // "Group of 20"
			continue
		}
		if w.cap && w.alpha && closedClass[w.lower] && j == i+1 && f.lex.firstName(ws[i].text) && (i == 0 || !ws[i-1].cap) &&
			(j+1 == len(ws) || !ws[j+1].cap) && len(w.text) <= 3 && strings.ToUpper(w.text) != w.text {
			j++ // "James To", "Wilson Or": a surname that is also a function word
			continue
		}
		if w.cap && w.alpha && (w.lower == "he" || w.lower == "the") && j > i && roleIsTitleWord(ws[j-1].lower) {
			j++
			continue
		}
		if inOf && w.lower == "of" && j+2 < len(ws) && ws[j+1].lower == "the" && f.countryAt(ws, j+2) {
			break // "University of Sheffield of the UK": the country is no part of the name
		}
		if nameConnectors[w.lower] && j+2 < len(ws) && w.lower != "the" && ws[j+1].lower == "the" && ws[j+2].cap && ws[j+2].alpha && inOf || (headed && (w.lower == "of" || w.lower == "for") && j+2 < len(ws) && ws[j+1].lower == "the" && ws[j+2].cap && ws[j+2].alpha) {
			inOf = true
			j += 2 // "for the Safeguard", "of the Homeland"
			continue
		}
		if nameConnectors[w.lower] && j+1 < len(ws) && ((ws[j+1].cap && ws[j+1].alpha) || (isNumber(ws[j+1].text) && w.lower == "of")) {
			switch w.lower {
			case "of", "for":
				if headed {
					inOf = true
					j++
					continue
				}
			case "on":
				// "Council on Foreign Relations", "Committee on Finance"
				if headType(ws[j-1].lower) == ontology.Organization && !inOf {
					inOf = true
					j++
					continue
				}
			case "and", "the":
				if inOf {
					j++
					continue
				}
				if w.lower == "and" && headType(ws[j-1].lower) == "" && j-i >= 2 && f.headedRunAfter(ws, j+1) && !f.knownName(ws, i, j) {
					j++ // "National Air and Space Museum"
					continue
				}
			default: // name particles: de, al, bin, von
				if !w.cap {
					j++
					continue
				}
			}
		}
		if (w.lower == "von" || w.lower == "van" || w.lower == "de") && !w.cap && j+2 < len(ws) && nameParticles2[ws[j+1].lower] && ws[j+2].cap && ws[j+2].alpha {
			j += 2 // "Ursula von der Leyen", "Frans van den Berg", "Ana de la Cruz"
			continue
		}
		if w.lower == "at" && j+1 < len(ws) && ws[j+1].cap && ws[j+1].alpha && f.universityAt(ws, i, j) {
			j++ // "University of North Carolina at Greensboro"
			continue
		}
		if w.text == "&" && j+1 < len(ws) && ws[j+1].cap {
			j++
			continue
		}
		break
	}
	// A span never ends on a connector.
	for j > i+1 && nameConnectors[ws[j-1].lower] {
		j--
	}
	// An event's year is part of its name: "Fan Expo Canada 2016".
	if j < len(ws) && isYear(ws[j].text) {
		for k := i; k < j; k++ {
			if entEventHeads[ws[k].lower] {
				return j + 1
			}
		}
	}
	return j
}

// startsOwnName reports whether the capitalised run from k is a name of
// its own, headed by an organization word and opened by a known place
// ("... and Colorado State University"): a coordination of two names, not
// one long one ("Globe and Mail", "Trade and Industry").
func (f *entFinder) startsOwnName(ws []word, k int) bool {
	e := k
	for e < len(ws) && ws[e].cap && ws[e].alpha {
		e++
	}
	if e-k == 1 && headType(ws[k].lower) != "" && e+1 < len(ws) && ws[e].lower == "of" && ws[e+1].cap {
		return true // "... and the Strait of Hormuz", "... and the Bank of Japan"
	}
	if e-k < 2 {
		return false
	}
	h, ok := f.lex.match(textsOf(ws[k:e]))
	if ok && h.n == e-k && h.kind == lexOrg {
		return true // "... and Human Rights Watch"
	}
	return ok && headType(ws[e-1].lower) == ontology.Organization && h.n < e-k &&
		(h.kind == lexPlace || h.kind == lexCountry || h.kind == lexCapital)
}

// universityAt reports whether [i,j) is a university's name, which may
// go on with "at" and its campus.
func (f *entFinder) universityAt(ws []word, i, j int) bool {
	for k := i; k < j; k++ {
		if ws[k].lower == "university" || ws[k].lower == "college" {
			return k == i || ws[k-1].lower != "at"
		}
	}
	return false
}

// knownName reports whether the gazetteer knows [a,b) as a whole.
func (f *entFinder) knownName(ws []word, a, b int) bool {
	h, ok := f.lex.match(textsOf(ws[a:b]))
	return ok && h.n == b-a
}

// countryAt reports whether a country's name starts at word k.
func (f *entFinder) countryAt(ws []word, k int) bool {
	h, ok := f.lex.match(textsOf(ws[k:min(len(ws), k+4)]))
	return ok && h.kind == lexCountry
}

// headedRunAfter reports whether the capitalised run from k is short and
// ends in an organization or place head word: "... and Space Museum".
func (f *entFinder) headedRunAfter(ws []word, k int) bool {
	e := k
	for e < len(ws) && ws[e].cap && ws[e].alpha && e-k < 3 {
		e++
	}
	if e == k || (e < len(ws) && ws[e].cap && ws[e].alpha) {
		return false
	}
	t := headType(ws[e-1].lower)
	return t == ontology.Organization || t == ontology.Place
}

func isYear(t string) bool {
	return len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) && strings.Trim(t, "0123456789") == ""
}

// nameParticles2 follow von, van or de inside a surname.
var nameParticles2 = wordSet(`der den de la las los le`)

// namingVerbs introduce the quoted name of a thing or a work.
var namingVerbs = wordSet(`named called titled entitled dubbed nicknamed`)

// closingQuote returns the index of the quote closing the one at i, or -1
// when none follows within the sentence.
func closingQuote(ws []word, i int) int {
	for j := i + 1; j < len(ws) && j <= i+12; j++ {
		if isQuoteWord(ws[j].text) {
			return j
		}
	}
	return -1
}

// captionWords label pictures at the end of a caption line.
var captionWords = wordSet(`image photo picture file video credit`)

// nameParticle reports whether a lower-case token is part of a name:
// "el-Sisi", "al-Hayya", "bin".
func nameParticle(t string) bool {
	p, rest, ok := strings.Cut(t, "-")
	if !ok || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	switch p {
	case "al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "abu", "abd", "bin", "ibn", "ben", "bint":
		return true
	}
	return false
}

// entPronoun returns the mention a pronoun makes.
func entPronoun(lower string) (mention, bool) {
	switch lower {
	case "he", "him", "his", "himself":
		return mention{kind: mkPronoun, typ: ontology.Person, gender: 'm'}, true
	case "she", "her", "hers", "herself":
		return mention{kind: mkPronoun, typ: ontology.Person, gender: 'f'}, true
	case "it", "its", "itself":
		return mention{kind: mkPronoun, typ: ontology.Organization}, true
	case "they", "their", "them":
		return mention{kind: mkPronoun, typ: ""}, true
	}
	return mention{}, false
}
