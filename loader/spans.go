package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// splitSpan turns the capitalised span [a,b) of sentence si into mentions:
// a leading title (with the country or organization it belongs to), then
// the name, typed by the gazetteer, a head word or the shape of the name.
func (f *entFinder) splitSpan(out []mention, si, a, b int) []mention {
	ws := f.words[si]
	texts := f.texts[si]
	if b < len(ws) && !ws[b].cap && roleIsHead(ws[b].lower) && allPortfolio(ws[a:b]) {
		return out // "as Foreign Affairs minister": a portfolio of a title
	}
	if h, ok := f.lex.match(texts[a:b]); ok && h.n == b-a && h.kind == lexOrg && b-a >= 2 {
		// "General Staff of the Armed Forces of Ukraine": a known body
		// whose name starts with a title word
		return append(out, f.lexMention(si, a, b, h))
	}
	k := a
	titleStart := a
	var titleCountry string
	titleOrg := -1
	// "Former British Prime Minister": the grade before the country
	// belongs to the title after it
	lead := ""
	if a > 0 && !ws[a-1].cap && roleNotCurrent[ws[a-1].lower] {
		lead = ws[a-1].lower // "former British Prime Minister" in lower case
	}
	if p := k; p+1 < b && roleNotCurrent[ws[p].lower] {
		if h, ok := f.lex.match(texts[p+1 : b]); ok && (h.kind == lexDemonym || h.kind == lexCountry) && p+1+h.n < b && f.titleAt(ws, p+1+h.n, b) > p+1+h.n {
			lead, k = ws[p].lower, p+1
		}
	}
	// A country, demonym or organization in front of a title: "U.S.
	// Trade Representative", "Nigerian President", "Fox News host".
	if h, ok := f.lex.match(texts[k:b]); ok && k+h.n < b && f.titleAt(ws, k+h.n, b) > k+h.n {
		switch h.kind {
		case lexDemonym, lexCountry:
			titleCountry = h.country
			if h.kind == lexCountry {
				titleCountry = h.canon
				out = append(out, f.lexMention(si, k, k+h.n, h))
			}
			k += h.n
		case lexOrg:
			out = append(out, f.lexMention(si, k, k+h.n, h))
			titleOrg = len(out) - 1
			k += h.n
			titleStart = k
		}
	}
	honor := false
	if t := f.titleAt(ws, k, b); t > k {
		title := titleText(ws[k:t])
		if lead != "" {
			title = lead + " " + title
		}
		// A body named inside the title: "Treasury Secretary", "Army
		// Chief of Staff".
		if titleOrg < 0 && t-k >= 2 {
			if h, ok := f.lex.match(texts[k : t-1]); ok && h.kind == lexOrg && !rankWords[ws[k].lower] {
				out = append(out, f.lexMention(si, k, k+h.n, h))
				titleOrg = len(out) - 1
			}
		}
		k = t
		if k >= b {
			// A title alone ("the President said") is a nominal.
			return append(out, mention{sent: si, start: titleStart, end: b, kind: mkNominal,
				typ: ontology.Person, title: title, titleStart: titleStart, titleCountry: titleCountry,
				titleOrg: titleOrg, ent: -1})
		}
		if isPossessive(ws[k].text) || !ws[k].alpha {
			return out // "Prime Minister's Questions"
		}
		if roleHonorifics[title] || roleHonorifics[title+"."] {
			honor, title = true, ""
		}
		if b-k == 1 && collectiveBodies[ws[k].lower] {
			// "General Staff", "Central Command": a body, not a person
			return append(out, f.plainMention(si, titleStart, b, ontology.Organization, true))
		}
		m := f.personMention(si, k, b)
		m.titleStart, m.title, m.titleCountry, m.titleOrg, m.honorific = titleStart, title, titleCountry, titleOrg, honor
		m.gender = titleGender(title)
		return append(out, m)
	}
	return f.nameMentions(out, si, k, b)
}

// allPortfolio reports whether every word of ws can qualify a title.
func allPortfolio(ws []word) bool {
	for _, w := range ws {
		if !roleModifiers[w.lower] && !nameConnectors[w.lower] {
			return false
		}
	}
	return true
}

// hasConnector reports whether a connector word sits among ws.
func hasConnector(ws []word) bool {
	for _, w := range ws {
		if nameConnectors[w.lower] || w.lower == "at" {
			return true
		}
	}
	return false
}

// rankWords grade a title; they never name the body it belongs to ("Vice
// Premier" is no "Vice News").
var rankWords = wordSet(`vice deputy first acting interim former senior chief assistant associate
general executive principal under`)

// titleAt returns the end of a title run starting at word k (k when none).
// A run ends on a head word and must leave a name after it.
func (f *entFinder) titleAt(ws []word, k, b int) int {
	end := k
	for j := k; j < b; j++ {
		l := ws[j].lower
		if roleHonorifics[l] {
			end = j + 1
			continue
		}
		if !roleIsTitleWord(l) {
			break
		}
		if roleIsHead(l) {
			end = j + 1
		}
	}
	return end
}

func titleText(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		if full, ok := roleAbbrev[w.lower]; ok {
			b.WriteString(full)
			continue
		}
		b.WriteString(w.lower)
	}
	return b.String()
}

func titleGender(title string) byte {
	for _, f := range strings.Fields(title) {
		switch f {
		case "king", "emir", "sultan", "chairman", "spokesman", "congressman", "mr.", "mr", "sir", "lord", "father", "prince":
			return 'm'
		case "queen", "chairwoman", "spokeswoman", "congresswoman", "mrs.", "mrs", "ms.", "ms", "dame", "lady", "princess":
			return 'f'
		}
	}
	return 0
}

// nameMentions types the untitled name span [a,b).
func (f *entFinder) nameMentions(out []mention, si, a, b int) []mention {
	ws := f.words[si]
	texts := f.texts[si]
	if a >= b {
		return out
	}
	// The gazetteer knows the whole span.
	if h, ok := f.lex.match(texts[a:b]); ok && h.n == b-a {
		return append(out, f.lexMention(si, a, b, h))
	}

	if b-a >= 3 && roleIsHead(ws[b-1].lower) && !roleIsTitleWord(ws[b-2].lower) && (b == len(ws) || !ws[b].cap) {
		// "Museum of Flight CEO": the title of someone unnamed ends the
		// body's name
		return f.nameMentions(out, si, a, b-1)
	}
	if b-a == 1 && (headType(ws[a].lower) != "" || roleIsTitleWord(ws[a].lower) || compassWords[ws[a].lower] || f.lex.isTitle(ws[a].lower)) {
		return out // "the Court", "the Army": a common noun capitalised
	}
	if b-a == 1 && (ws[a].tag == "NNPS" || ws[a].tag == "NNS") {
		return out // "Muslims", "Refugees"
	}
	// A caption glues a name to the next: "University of Texas Arlington
	// Amneh Jafari" ends in a given name and a surname.
	for p := max(a+3, b-3); p < b-1; p++ {
		// a given name, or two unknown words before the verb they are the
		// subject of ("... Arlington Amneh Jafari heard")
		byVerb := p == b-2 && b < len(ws) && (ws[b].tag == "VBD" || ws[b].tag == "VBZ" || nameSpeechVerbs[ws[b].lower]) &&
			f.plainWord(si, p) && f.plainWord(si, p+1) && !f.lowers[ws[p].lower] && !f.lowers[ws[p+1].lower]
		if h, ok := f.lex.match(texts[p-1 : b]); ok && h.n >= 2 {
			continue // "University of North Carolina": the given name is inside a known name
		}
		if (byVerb || f.lex.firstName(ws[p].text)) && !f.lex.firstName(ws[p-1].text) && !nameConnectors[ws[p-1].lower] && !hasConnector(ws[p:b]) {
			if t, _ := f.headedType(ws, a, p); t == ontology.Organization {
				out = f.nameMentions(out, si, a, p)
				return append(out, f.personMention(si, p, b))
			}
		}
	}
	// A head word types the span: "Israel Defense Forces", "Istanbul
	// Peace Talks", "Minsk Agreements", "Hong Kong Island".
	if t, hb := f.headedType(ws, a, b); t != "" && !((t == ontology.Document || t == ontology.Event) && hb == b && b-a == 2 && f.lex.firstName(ws[a].text)) {
		if hb < b && (f.lex.firstName(ws[hb].text) || (b-hb >= 2 && !nameConnectors[ws[hb].lower])) {
			out = append(out, f.plainMention(si, a, hb, t, true))
			org := len(out) - 1
			out = f.splitSpan(out, si, hb, b)
			// "State Department Spokesperson Jeff Rathke": the title
			// belongs to the body before it
			if last := &out[len(out)-1]; t == ontology.Organization && last.title != "" && last.titleStart == hb && last.titleOrg < 0 {
				last.titleOrg = org
			}
			return out
		}
		return append(out, f.plainMention(si, a, b, t, true))
	}
	// A given name starts a person's name even when it is also a place
	// ("Gary Chan", "Regina Ip").
	if b-a >= 2 && b-a <= 4 && f.lex.firstName(ws[a].text) && headType(ws[b-1].lower) == "" {
		if h, ok := f.lex.match(texts[a:b]); !ok || h.n < 2 {
			return append(out, f.personMention(si, a, b))
		}
	}
	// The portfolio of a title ends where a given name starts: "Minister
	// of Education Stefania Giannini".
	if a >= 2 && ws[a-1].lower == "of" && roleIsTitleWord(ws[a-2].lower) {
		for p := a + 1; p < b-1; p++ {
			if f.lex.firstName(ws[p].text) {
				return append(out, f.personMention(si, p, b))
			}
		}
		// "Secretary of State Antony Blinken": the portfolio is title words
		p := a
		for p < b && roleModifiers[ws[p].lower] {
			p++
		}
		if p > a && b-p >= 2 && b-p <= 4 {
			return append(out, f.personMention(si, p, b))
		}
	}
	// The gazetteer knows a prefix: emit it and go on with the rest.
	if h, ok := f.lex.match(texts[a:b]); ok && h.n < b-a {
		if h.kind == lexOrg && b-a-h.n == 1 && corpSuffixes[strings.TrimSuffix(ws[b-1].lower, ".")] {
			return append(out, f.lexMention(si, a, b, h)) // "Microsoft Corp.", "Apple Inc."
		}
		if r := a + h.n; b-r == 1 && (h.kind == lexPlace || h.kind == lexCapital) && f.plainWord(si, r) && (b == len(ws) || !isPossessive(ws[b].text)) {
			// "LA Weekly", "Toronto Star": a place names the body after it
			return append(out, f.plainMention(si, a, b, ontology.Organization, false))
		}
		if h.kind == lexDemonym {
			// "Chinese Foreign Ministry" has a head; "Russian Vladimir" none.
			out = append(out, f.lexMention(si, a, a+h.n, h))
			return f.splitSpan(out, si, a+h.n, b)
		}
		out = append(out, f.lexMention(si, a, a+h.n, h))
		return f.splitSpan(out, si, a+h.n, b)
	}
	// A first name inside the span starts a person: "Security Council
	// Dmitry Medvedev" is two names.
	for p := a + 1; p < b; p++ {
		if f.lex.firstName(ws[p].text) && !f.lex.firstName(ws[a].text) && f.knownPrefix(si, a, p) {
			out = f.nameMentions(out, si, a, p)
			return append(out, f.personMention(si, p, b))
		}
	}
	if m, ok := f.guessMention(si, a, b); ok {
		out = append(out, m)
	}
	return out
}

// headedType returns the type a head word gives [a,b) and the end of the
// headed part: the last head word, or the end of an "X of Y" name.
func (f *entFinder) headedType(ws []word, a, b int) (ontology.EntityType, int) {
	var t ontology.EntityType
	end := a
	for j := a; j < b; j++ {
		if ht := headType(ws[j].lower); ht != "" && !(j == a && b-a > 1 && ht == ontology.Place && ws[j].lower != "city" && !(j+1 < b && ws[j+1].lower == "of")) {
			if (ht == ontology.Document || ht == ontology.Event) && (j > a && f.lex.firstName(ws[j-1].text) || j+1 < b && f.lex.firstName(ws[j].text)) {
				continue // "Nathan Law", "Bill Ingalls": a person's name, not a law's
			}
			if ht == ontology.Place && ws[j].lower == "district" && t == ontology.Organization && end == j {
				ht = ontology.Organization // "Irving Independent School District"
			}
			t, end = ht, j+1
		}
		if ws[j].lower == "for" && j > a && (ws[j-1].lower == "centre" || ws[j-1].lower == "center") {
			return ontology.Organization, b // "Centre for Disease Control"
		}
		if ws[j].lower == "of" || ws[j].lower == "for" {
			if t != "" {
				return t, b
			}
		}
		if ws[j].lower == "operation" && j == a {
			return ontology.Event, b
		}
	}
	return t, end
}

func (f *entFinder) lexMention(si, a, b int, h lexHit) mention {
	m := mention{sent: si, start: a, end: b, titleStart: a, ent: -1, titleOrg: -1,
		name: joinWords(f.words[si][a:b]), canon: h.canon, typ: h.typ, country: h.country,
		typeSure: true, aliases: h.aliases, metonym: h.metonym, metonymType: h.metonymType,
		category: h.category, parent: h.parent}
	if m.metonym != "" && m.metonymType == "" {
		m.metonymType = ontology.Country
	}
	switch h.kind {
	case lexDemonym:
		m.kind, m.typ = mkDemonym, ontology.Country
		m.country = h.canon
	case lexCountry:
		m.country = h.canon
	case lexCapital, lexSeat:
		m.seat = true
	case lexPerson:
		// a person is resolved by name like any other, so that surnames
		// and spellings meet: the gazetteer lends its full name
		m.canon, m.typ, m.gender = "", ontology.Person, f.lex.gender(strings.Fields(h.canon)[0])
		m.aliases = append([]string{h.canon}, h.aliases...)
		if b-a == 1 {
			// "Medvedev" alone: named in full, written form an alias
			m.name, m.aliases[0] = h.canon, m.name
		}
	}
	return m
}

func (f *entFinder) plainMention(si, a, b int, t ontology.EntityType, sure bool) mention {
	return mention{sent: si, start: a, end: b, titleStart: a, ent: -1, titleOrg: -1,
		name: joinWords(f.words[si][a:b]), typ: t, typeSure: sure}
}

func (f *entFinder) personMention(si, a, b int) mention {
	m := f.plainMention(si, a, b, ontology.Person, true)
	m.gender = f.genderOf(f.words[si][a].text)
	return m
}

func (f *entFinder) genderOf(first string) byte { return 0 }
