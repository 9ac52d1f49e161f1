package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Names nothing vouches for: no gazetteer entry, head word or title types
// them, so their shape and the words around them decide whether they are
// a person, a body, a place, a thing's name or no name at all.

// guessMention types a name nothing vouches for by its shape: several
// words without a head word are a person's name ("He Lifeng", "Cheng
// Chung-tai"); a single word waits for coref and context.
func (f *entFinder) guessMention(si, a, b int) (mention, bool) {
	ws := f.words[si]
	if modifierUse(ws, b) && adjectival(ws[b-1].text) {
		return mention{}, false // "Western governments", "West African leaders"
	}
	if b < len(ws) && weaponNouns[ws[b].lower] && (b-a >= 2 || !f.midCaps[ws[a].text]) {
		return mention{}, false // "an Iron Dome interceptor": a weapon's model, not its owner
	}
	if f.crafts[joinWords(ws[a:b])] {
		return mention{}, false // "Atlantis" after "Space Shuttle Atlantis"
	}
	if b-a >= 2 && (thingName(ws, a, b) || f.versioned[strings.ToLower(joinWords(ws[a:b]))]) {
		return mention{}, false // "Space Shuttle Atlantis", "USS Cole": a craft, not an actor
	}
	if b-a >= 2 {
		personish := f.lex.firstName(ws[a].text) || f.lex.surname(ws[a].text) || hongKongGiven(ws[b-1].text) || initials(ws[a].text) != "" && strings.Count(ws[a].text, ".") >= 1 && len(ws[a].text) <= 5
		if !personish && compassWords[ws[b-1].lower] {
			return f.plainMention(si, a, b, ontology.Place, false), true // "Kowloon West"
		}
		if !personish && f.namesPlace(si, a, b) {
			return f.plainMention(si, a, b, ontology.Organization, false), true // "Toronto Star"
		}
		if !personish && compassWords[ws[a].lower] {
			return f.plainMention(si, a, b, ontology.Place, false), true
		}
		if a > 0 && locativePreps[ws[a-1].lower] && !personish {
			return f.plainMention(si, a, b, ontology.Place, false), true
		}
		if !personish && f.orgContext(si, a, b) {
			return f.plainMention(si, a, b, ontology.Organization, false), true
		}
		if !personish && f.commonWords(si, a, b) {
			if !f.actorContext(si, a, b) {
				// "Space Shuttle Atlantis", "Campbell Soup cans": a thing's
				// name, unless something in the sentence makes it an actor
				return mention{}, false
			}
			m := f.plainMention(si, a, b, ontology.Organization, false)
			m.lone = true // a thing or a body; kept only if named again
			return m, true
		}
		if _, suf, ok := strings.Cut(ws[b-1].lower, "-"); ok && descriptorSuffixes[suf] {
			return mention{}, false // "Booker Prize-winner", "Oscar-nominated"
		}
		if last := ws[b-1].text; len(last) == 1 && !personish {
			return mention{}, false // "Protected B", "Plan C": a grade or a variant
		}
		if !personish && (ws[a].tag == "JJ" || ws[a].tag == "JJR" || ws[a].tag == "JJS" || ws[a].tag == "RB") && !f.midCaps[ws[a].text] {
			return mention{}, false // "Successful Stormtroopers", "Better Idea": a phrase in title case
		}
		m := f.personMention(si, a, b)
		m.typeSure = personish
		return m, true
	}
	if a >= 2 && versionNumber(ws[a-1].text) && ws[a-2].cap && ws[a-2].alpha {
		return mention{}, false // "the Navigator 7 Countdown": the rest of a product's name
	}
	if t := ws[a].text; len(t) >= 2 && len(t) <= 5 && strings.ToUpper(t) == t && modifierUse(ws, b) {
		m := f.plainMention(si, a, b, "", false)
		m.term = true // "VIP guest", "IQ points", "the ICI system"
		return m, true
	}
	if quotedAlone(ws, a, b) {
		m := f.plainMention(si, a, b, "", false)
		m.lone = true // "listed their country as "Hope"": a label, not an actor
		return m, true
	}
	if sentenceStartAt(ws, a) && (f.lowers[ws[a].lower] || ws[a].tag == "JJ" || ws[a].tag == "RB") && !f.midCaps[ws[a].text] && !f.lex.firstName(ws[a].text) && !f.lex.surname(ws[a].text) {
		// "Iodine deficiency ..." beside "intake of iodine": a common noun
		// capitalised only because it starts the sentence
		return mention{}, false
	}
	if sentenceStartAt(ws, a) && !f.midCaps[ws[a].text] && !f.lex.firstName(ws[a].text) {
		m := f.plainMention(si, a, b, "", false)
		// ""Cool clock, Ahmed", "Gameplay was delayed": capitalised only
		// because it starts the sentence, unless named again
		m.lone = true
		return m, true
	}
	if a == 0 || sentenceStartAt(ws, a) {
		if ws[a].tag != "" && !strings.HasPrefix(ws[a].tag, "NNP") && !f.midCaps[ws[a].text] {
			return mention{}, false
		}
	}
	if f.headline(si) {
		return mention{}, false // "Girls of Hope": a title-case heading
	}
	if a > 0 && ws[a-1].lower == "the" && b < len(ws) && isPossessive(ws[b].text) {
		m := f.plainMention(si, a, b, "", false)
		m.lone = true // "the Sheriff's office": a common noun capitalised
		return m, true
	}
	return f.plainMention(si, a, b, "", false), true
}

// plainWord reports whether word k of sentence si is a capitalised word
// that is no given name, surname, head word, title or gazetteer name.
func (f *entFinder) plainWord(si, k int) bool {
	w := f.words[si][k]
	if !w.cap || !w.alpha || strings.Contains(w.text, "-") || f.lex.firstName(w.text) || f.lex.surname(w.text) || headType(w.lower) != "" || roleIsTitleWord(w.lower) {
		return false
	}
	_, ok := f.lex.match(f.texts[si][k : k+1])
	return !ok
}

// actorContext reports whether [a,b) acts or owns in its sentence: a verb
// or possessive right after it, or "by", "with", "from" or "of" the
// organization before it.
func (f *entFinder) actorContext(si, a, b int) bool {
	ws := f.words[si]
	if b < len(ws) && (isPossessive(ws[b].text) || (ws[b].tag == "VBD" || ws[b].tag == "VBZ" || ws[b].tag == "VBP" || ws[b].tag == "MD")) {
		return true
	}
	if a > 0 {
		switch ws[a-1].lower {
		case "by", "with", "from", "at", "for", "against":
			return true
		}
	}
	return false
}

// descriptorSuffixes after a hyphen make a word a description, not a name.
var descriptorSuffixes = wordSet(`winner winning winners nominated nominee era style made class type
like born based led backed owned run funded`)

// craftWords inside a name make it a vehicle's or a craft's name: the
// ontology has no type for things, and a ship or shuttle does not act as
// a body does.
var craftWords = wordSet(`shuttle orbiter spacecraft spaceship rover lander probe satellite telescope
rocket airliner aircraft jetliner helicopter warship frigate destroyer submarine corvette cruiser
battleship tanker freighter ferry yacht`)

// weaponNouns after a name nothing vouches for make it a weapon's model
// ("a Storm Blade missile"); singular only, as "Hamas rockets" are the
// group's; no "jet" or "fighter", which an operator or a militia owns
// ("a Ryanair jet", "a Fano fighter").
var weaponNouns = wordSet(`interceptor missile drone rocket launcher tank helicopter rifle
howitzer warhead torpedo`)

// shipPrefixes start the names of ships: "USS Cole", "HMS Defender".
var shipPrefixes = wordSet(`uss hms hmcs hmc hmas hmnzs ins rms mv ss usns`)

// thingName reports whether the unvouched name [a,b) names a craft.
func thingName(ws []word, a, b int) bool {
	if shipPrefixes[strings.TrimSuffix(ws[a].lower, ".")] && ws[a].text != ws[a].lower {
		return strings.ToUpper(ws[a].text) == ws[a].text
	}
	for k := a; k < b; k++ {
		if craftWords[ws[k].lower] {
			return true
		}
	}
	return false
}

// collectiveBodies after a title word name a body: "General Staff".
var collectiveBodies = wordSet(`staff command headquarters secretariat`)

// corpSuffixes end a company's name.
var corpSuffixes = wordSet(`inc corp co ltd llc plc ag sa nv gmbh bv spa limited incorporated corporation`)

// quotedAlone reports whether [a,b) is all that stands between quotes.
func quotedAlone(ws []word, a, b int) bool {
	return a > 0 && b < len(ws) && isQuoteWord(ws[a-1].text) && isQuoteWord(ws[b].text)
}

// compassWords start names of regions, not of people.
var compassWords = wordSet(`north south east west northern southern eastern western central middle
upper lower global greater inner outer far near new`)

// modifierUse reports whether the word at k is a lower-case noun the
// name before it modifies ("Islamist insurgents").
func modifierUse(ws []word, k int) bool {
	if k >= len(ws) || ws[k].cap || !ws[k].alpha {
		return false
	}
	if ws[k].tag != "" {
		return strings.HasPrefix(ws[k].tag, "NN") || ws[k].tag == "JJ"
	}
	return !closedClass[ws[k].lower] && !isVerbLike(ws[k])
}

// adjectival reports whether a capitalised word looks like an adjective
// of origin or creed: Western, Islamist, Shi'ite, Iran-backed.
func adjectival(w string) bool {
	l := strings.ToLower(w)
	for _, suf := range []string{"ern", "ist", "ists", "ite", "ese", "ian", "an", "ic", "ish", "-backed", "-led", "-based", "-allied", "-occupied", "-held", "-born", "-owned", "-run"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// hongKongGiven reports whether a word looks like a hyphenated
// romanised given name ("Chung-tai", "Wai-ching").
func hongKongGiven(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && len(p) >= 2 && len(rest) >= 2 && rest[0] >= 'a' && rest[0] <= 'z' && p[0] >= 'A' && p[0] <= 'Z'
}

// joinWords rebuilds the text of words as written, with a space between
// words unless the text had none ("Russia's").
func joinWords(ws []word) string {
	if len(ws) == 1 {
		return ws[0].text
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && w.start > ws[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// namesPlace reports whether a word of [a,b) is a known country or place
// or an acronym: such names are organizations ("Environment Canada",
// "Toronto Star", "FIRST Global"), not people.
func (f *entFinder) namesPlace(si, a, b int) bool {
	for k := a; k < b; k++ {
		t := f.words[si][k].text
		// a city after another word is as often a surname ("Valeska
		// Paris") as a body's seat; a country there names the body's
		// market ("Environment Canada", "Hitwise UK")
		if h, ok := f.lex.match(f.texts[si][k : k+1]); ok && h.kind != lexDemonym && len(t) >= 4 && (k == a || h.kind == lexCountry) {
			return true
		}
		if len(t) >= 3 && strings.ToUpper(t) == t {
			return true
		}
	}
	return false
}

// orgContext reports whether the words around [a,b) say it names an
// organization rather than a person: "the" before it ("the Velvet
// Underground", "the Hells Angels").
func (f *entFinder) orgContext(si, a, b int) bool {
	ws := f.words[si]
	return a > 0 && ws[a-1].lower == "the"
}

// headline reports whether sentence si is a title-case heading or
// caption, where capitals mark no names.
func (f *entFinder) headline(si int) bool {
	ws := f.words[si]
	alpha, caps := 0, 0
	for _, w := range ws {
		if !w.alpha || nameConnectors[w.lower] || closedClass[w.lower] {
			continue
		}
		alpha++
		if w.cap {
			caps++
		}
	}
	return alpha >= 3 && caps*10 >= alpha*8
}

// knownPrefix reports whether [a,p) is a name the gazetteer or a head
// word vouches for, so that a given name after it starts a new name.
func (f *entFinder) knownPrefix(si, a, p int) bool {
	if h, ok := f.lex.match(f.texts[si][a:p]); ok && h.n == p-a {
		return true
	}
	t, _ := f.headedType(f.words[si], a, p)
	return t != ""
}

// commonWords reports whether a word of [a,b) is written in lower case
// elsewhere in the article, or carries digits or capitals inside
// ("Space Shuttle", "Windows XP", "PlayStation VR"): the name is a thing or
// a body, rarely a person.
func (f *entFinder) commonWords(si, a, b int) bool {
	for k := a; k < b; k++ {
		w := f.words[si][k]
		if f.lowers[w.lower] && !f.lex.firstName(w.text) && !f.lex.surname(w.text) {
			return true
		}
		caps := 0
		for _, c := range w.text {
			if c >= '0' && c <= '9' {
				return true
			}
			if c >= 'A' && c <= 'Z' {
				caps++
			}
		}
		if caps >= 2 && !strings.Contains(w.text, "-") && !strings.Contains(w.text, ".") {
			return true
		}
	}
	return false
}
