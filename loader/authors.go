package loader

// Statements as subjects: "In an X post on Tuesday, Zelenskyy pushed for
// ... The post also accused Russia" — the post accuses on its author's
// behalf. A subject that is a statement noun with a definite determiner
// ("the post", "the statement", "this communique") stands for the actor
// who issued the statement of that name in the sentences just before.

// statementNouns are what an actor issues and speaks through.
var statementNouns = wordSet(`post posts statement statements communique communiqué letter
message tweet video speech declaration report note editorial address interview op-ed`)

// statementAuthor finds the author of "the post" right before the verb
// at i, or nil.
func (x *docState) statementAuthor(r *relSent, i int) []end {
	ws := r.ws
	n := i - 1
	for n >= 0 && (isAux(ws[n].lower) || ws[n].tag == "RB" || ws[n].tag == "MD") {
		n--
	}
	if n < 1 || !statementNouns[ws[n].lower] {
		return nil
	}
	switch ws[n-1].lower {
	case "the", "this", "that", "its", "his", "her", "their":
	default:
		return nil
	}
	noun := ws[n].lower
	for si := r.si - 1; si >= 0 && si >= r.si-2; si-- {
		prev := x.words[si]
		at := -1
		for k, w := range prev {
			if w.lower == noun {
				at = k
				break
			}
		}
		if at < 0 {
			continue
		}
		// the author: the sentence's first actor that is no object of a
		// preposition ("In an X post on Tuesday, Zelenskyy ...")
		pr := x.relSentence(si)
		for mi := range pr.ms {
			m := &pr.ms[mi]
			if m.titleStart > 0 && relPreps[prev[m.titleStart-1].lower] {
				continue
			}
			if m.end == at || m.titleStart > 1 && determiners[prev[m.titleStart-1].lower] && relPreps[prev[m.titleStart-2].lower] {
				continue // "in an X post": the medium, not the author
			}
			if ent, _ := x.actor(m, false); ent >= 0 {
				return []end{{ent: ent, dist: 10, weak: true}}
			}
		}
		return nil
	}
	return nil
}
