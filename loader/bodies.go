package loader

import (
	"github.com/actorgraph/actorgraph/ontology"
)

// tieBodies ties organizations to the country a possessive or demonym
// names ("Russia's Security Council", "the Chinese Foreign Ministry") and
// adds the lower-case bodies such wording names ("Lebanon's health
// ministry", "the Ukrainian army").
func (f *entFinder) tieBodies(si int, ms []mention) []mention {
	ws := f.words[si]
	var extra []mention
	for i := range ms {
		a := &ms[i]
		if a.kind == mkName && a.typ == ontology.Organization && a.canon == "" && a.country == "" {
			// demonym inside the name: "Chinese Foreign Ministry"
			if h, ok := f.lex.match(f.texts[si][a.start:a.end]); ok && h.kind == lexDemonym && h.n < a.end-a.start && entGovHeads[ws[a.end-1].lower] {
				a.country = h.canon
			}
		}
		country := ""
		switch {
		case a.kind == mkDemonym:
			country = a.country
		case a.kind == mkName && a.typ == ontology.Country && a.canon != "":
			country = a.canon
		default:
			continue
		}
		j := a.end
		poss := false
		if j < len(ws) && isPossessive(ws[j].text) {
			poss = true
			j++
		} else if a.kind != mkDemonym {
			continue
		}
		// the next mention starts right there: a capitalised body
		if i+1 < len(ms) && ms[i+1].start == j && ms[i+1].typ == ontology.Organization && ms[i+1].canon == "" && ms[i+1].kind == mkName {
			b := &ms[i+1]
			b.country = country
			if poss {
				b.possName = joinWords(ws[a.start:b.end])
			}
			continue
		}
		// lower-case body: up to three modifiers and a body noun
		for k := j; k < len(ws) && k < j+4; k++ {
			if ws[k].cap || !ws[k].alpha {
				break
			}
			if entLowerBodies[ws[k].lower] && (poss || ws[k].lower == "ministry") {
				if k+1 < len(ws) && entLowerBodies[ws[k+1].lower] {
					continue // "air force", "security council"
				}
				m := f.plainMention(si, j, k+1, ontology.Organization, true)
				m.country = country
				m.possName = joinWords(ws[a.start : k+1])
				extra = append(extra, m)
				break
			}
		}
	}
	if len(extra) == 0 {
		return ms
	}
	return mergeMentions(ms, extra)
}

// mergeMentions merges two word-ordered mention lists.
func mergeMentions(a, b []mention) []mention {
	out := make([]mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || (i < len(a) && a[i].start <= b[j].start) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}
