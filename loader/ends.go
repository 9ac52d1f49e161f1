package loader

// Ends of interaction frames the word-order rules of frames.go miss: a
// passive's agent after a long complement, and an actor owned by a
// possessive pronoun ("met his Chinese counterpart").

// farAgent finds the agent of a passive accusation after its complement
// ("Iran was accused of supplying drones to Russia by the United
// States"): a "by" within twelve words, in the same clause.
func (x *docState) farAgent(r *relSent, i int) []end {
	ws := r.ws
	for k := i + 1; k < len(ws) && k <= i+12; k++ {
		if ws[k].text == "," || ws[k].text == ";" || ws[k].lower == "and" || ws[k].lower == "but" {
			return nil
		}
		if ws[k].lower == "by" {
			return weakEnds(x.mentionsFrom(r, k+1, 3, false, i))
		}
	}
	return nil
}

// possPronouns are the possessive determiners.
var possPronouns = wordSet(`his her its their`)

// ownedActor reports whether an actor starts at k or after one lower-case
// noun at k ("counterpart Emmanuel Macron").
func ownedActor(r *relSent, k int) bool {
	if k >= len(r.ws) {
		return false
	}
	if r.startsAt[k] >= 0 {
		return true
	}
	return k+1 < len(r.ws) && r.ws[k].alpha && !r.ws[k].cap && !isVerbLike(r.ws[k]) && r.startsAt[k+1] >= 0
}
