package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Juntas: news of a coup names the ruling body once ("proclaimed himself
// head of a new National Council for the Safeguard of the Homeland") and
// otherwise calls it by what it is ("the junta", "the coup plotters",
// "the soldiers who seized power", "the military"), often before the
// name is given. As an actor, such a phrase is that body. It is read
// only in an article that tells of a coup, and only when exactly one
// council or committee of the article is tied to the seizure of power;
// otherwise the phrase names no actor, as before.

// juntaWords are the phrases (by their head) that stand for a ruling
// junta; "military" only as a noun ("given the military 15 days").
var juntaWords = wordSet(`junta juntas putschists mutineers`)

// juntaModified are heads that stand for the junta only with the word
// before them ("coup leaders", "military rulers") or a "who seized
// power" after them ("the soldiers who seized power").
var juntaModified = map[string]string{
	"plotters": "coup", "leaders": "coup", "makers": "coup", "rulers": "military",
	"government": "military", "council": "ruling military",
}

// coupCues tell that an article is about a seizure of power.
var coupCues = wordSet(`coup coups junta putsch putschists ousted overthrew overthrown deposed`)

// juntaBodyNames are the words that name a ruling body.
var juntaBodyNames = wordSet(`council committee junta movement`)

// juntaBodyCues tie a sentence naming a body to the seizure of power.
var juntaBodyCues = wordSet(`himself coup junta seized ruling military army transitional putsch
ousted overthrew`)

// rulingBody is the article's one ruling body of a coup, -1 if the
// article tells of no coup or has no such body, or several.
func (x *docState) rulingBody() int {
	coup := false
	for _, ws := range x.words {
		for k, w := range ws {
			if coupCues[w.lower] || w.lower == "seized" && k+1 < len(ws) && ws[k+1].lower == "power" {
				coup = true
				break
			}
		}
	}
	if !coup {
		return -1
	}
	found := -1
	for si, ms := range x.ments {
		cued := false
		for _, w := range x.words[si] {
			if juntaBodyCues[w.lower] {
				cued = true
				break
			}
		}
		if !cued {
			continue
		}
		for _, m := range ms {
			if m.ent < 0 || m.kind != mkName {
				continue
			}
			e := x.tab.ents[m.ent]
			if e.typ != ontology.Organization || !namesRulingBody(e.name) {
				continue
			}
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

func namesRulingBody(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if juntaBodyNames[f] {
			return !strings.Contains(strings.ToLower(name), "security council")
		}
	}
	return false
}

// juntaMentions returns the extra mentions of sentence ws's junta
// phrases, resolved to body.
func juntaMentions(ws []word, body int, covered func(int) bool) []mention {
	var out []mention
	for i, w := range ws {
		if w.cap || covered(i) || !isJuntaPhrase(ws, i) {
			continue
		}
		start := i
		if i > 0 && !ws[i-1].cap && ws[i-1].alpha && !determiners[ws[i-1].lower] && !covered(i-1) {
			start = i - 1 // "coup plotters"
		}
		out = append(out, mention{sent: -1, start: start, end: i + 1, titleStart: start, kind: mkNominal,
			typ: ontology.Organization, ent: body, titleOrg: -1})
	}
	return out
}

// isJuntaPhrase reports whether the word at i heads a phrase for the
// junta.
func isJuntaPhrase(ws []word, i int) bool {
	l := ws[i].lower
	prev := ""
	if i > 0 {
		prev = ws[i-1].lower
	}
	switch {
	case juntaWords[l]:
		return true
	case juntaModified[l] != "" && strings.Contains(" "+juntaModified[l]+" ", " "+prev+" "):
		return true
	case l == "military" && prev == "the" && i+1 < len(ws):
		next := ws[i+1]
		// a noun only: "the military 15 days", "the military to return"
		return !next.alpha || isNumber(next.text) || next.lower == "to" || next.lower == "has" ||
			next.lower == "had" || next.lower == "was" || next.lower == "is" || next.lower == "and"
	case (l == "soldiers" || l == "officers") && i+3 < len(ws) && ws[i+1].lower == "who" &&
		(ws[i+2].lower == "seized" || ws[i+2].lower == "took" || ws[i+2].lower == "staged") &&
		(ws[i+3].lower == "power" || ws[i+3].lower == "the" || ws[i+3].lower == "a"):
		return true
	}
	return false
}

// resolveJuntas returns sentence ws's mentions with their junta phrases
// set to body: the resolver leaves "the junta" before the body is named
// without an entity, or gives it the last organization named, which in a
// coup article is more often the one making demands of the junta; ms
// itself is not changed.
func resolveJuntas(ws []word, ms []mention, body int) []mention {
	out := ms
	for i, m := range ms {
		if m.ent == body || m.kind != mkNominal || !isJuntaPhrase(ws, m.end-1) {
			continue
		}
		if &out[0] == &ms[0] {
			out = append([]mention(nil), ms...)
		}
		out[i].ent = body
		out[i].typ = ontology.Organization
	}
	return out
}
