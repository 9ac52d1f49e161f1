package loader

import "github.com/actorgraph/actorgraph/ontology"

// Reported criticism: a speaker who says something damning about an actor
// criticizes it, though no verb of criticism is used ("Kaja Kallas said
// Maduro lacked the legitimacy of an elected president", "Machado said
// Maduro had 'consolidated the coup'", "said it was 'damning' that the
// Home Office ..."). The speech verb gives the speaker, the first actor
// of the reported clause the target, and a word of the damning lexicon in
// that clause the judgement. The evidence is indirect, so the triple gets
// the far-frame confidence.

// reportVerbs introduce a reported clause.
var reportVerbs = wordSet(`said says say stated states declared declares added adds claimed claims
insisted insists argued argues wrote writes tweeted posted`)

// damning words judge what the reported clause's actor did or is.
var damning = wordSet(`lacked lacks illegitimate illegal unlawful coup aggression aggressive
provocation provocations provocative crimes criminal criminals lies lied lying fraud fraudulent
rigged stole stolen dictator dictatorship tyranny tyrant terrorist terrorists genocide atrocities
brutal brutality reckless irresponsible hypocrisy hypocritical disgraceful shameful unacceptable
outrageous damning disastrous incompetent incompetence failed failing failure failures betrayed
betrayal violated violating violation violations sabotage undermined undermining undermines
destabilising destabilizing barbaric puppet maniacs warmongers warmonger corrupt corruption
repression repressive oppression persecution usurper usurped sham farce illegally scandal
scandalous appalling deplorable cruel inhumane lawless rogue criminally`)

// reportedCriticism reads every speech verb of sentence r.
func (x *docState) reportedCriticism(r *relSent) {
	ws := r.ws
	for v, w := range ws {
		if !reportVerbs[w.lower] || r.covered[v] || negated(ws, v) {
			continue
		}
		stop := len(ws)
		judged := false
		for k := v + 1; k < len(ws); k++ {
			if ws[k].text == ";" || (k > v+1 && reportVerbs[ws[k].lower]) {
				stop = k
				break
			}
			if damning[ws[k].lower] && k <= v+15 && !negated(ws, k) {
				judged = true
			}
		}
		if !judged {
			x.reportedDemand(r, v, stop)
			x.reportedThreat(r, v, stop)
			continue
		}
		subs := x.subjectsLeft(r, v, false)
		if len(subs) == 0 && v > 0 && ws[v-1].lower == "and" {
			subs = x.sharedSubject(r, v) // "X said ..., and said it was damning"
		}
		if len(subs) == 0 {
			subs = x.speakerAfter(r, v) // "..., said KCNA"
		}
		if len(subs) == 0 {
			continue
		}
		objs := x.clauseActor(r, v+1, stop)
		for k := range subs {
			subs[k].dist = max(subs[k].dist, 5)
		}
		x.pairFacts(r.si, ontology.Criticized, "11", subs, objs, verbFrame{p: ontology.Criticized, cameo: "11"})
	}
}

// speakerAfter finds the speaker of an inverted "said X".
func (x *docState) speakerAfter(r *relSent, v int) []end {
	if mi := r.startsAt[min(v+1, len(r.ws))]; v+1 < len(r.ws) && mi >= 0 {
		if ent, weak := x.actor(&r.ms[mi], false); ent >= 0 {
			return []end{{ent: ent, dist: 1, weak: weak}}
		}
	}
	return nil
}

// clauseActor is the first actor of the reported clause in words
// [from, to) that is not the object of a preposition: what the clause is
// about.
func (x *docState) clauseActor(r *relSent, from, to int) []end {
	ws := r.ws
	for k := from; k < to && k < from+16; k++ {
		mi := r.startsAt[k]
		if mi < 0 {
			continue
		}
		m := &r.ms[mi]
		if m.titleStart > 0 && relPreps[ws[m.titleStart-1].lower] {
			k = m.end - 1
			continue
		}
		if m.kind == mkPronoun && ws[m.start].lower == "it" && m.end < len(ws) && beForms[ws[m.end].lower] {
			continue // "it was damning that the Home Office ...": no referent
		}
		if ent, weak := x.actor(m, false); ent >= 0 {
			return []end{{ent: ent, dist: k - from + 1, weak: weak}}
		}
		k = m.end - 1
	}
	return nil
}

// reportedDemand reads "X said Y must withdraw", "X insisted that Y
// should leave": a demand on the reported clause's subject (mustClause,
// demands.go).
func (x *docState) reportedDemand(r *relSent, v, stop int) {
	from := v + 1
	if from < stop && r.ws[from].lower == "that" {
		from++
	}
	objs := x.mustClause(r, from, stop)
	if len(objs) == 0 {
		return
	}
	subs := x.subjectsLeft(r, v, false)
	for j := range subs {
		subs[j].dist = max(subs[j].dist, 5)
	}
	x.pairFacts(r.si, ontology.Demanded, "10", subs, objs, verbFrame{p: ontology.Demanded, cameo: "10"})
}

// retributionWords announce that a wrong will be paid back.
var retributionWords = wordSet(`retribution revenge retaliation retaliate retaliatory avenge
avenged unanswered unpunished punish punished punishment consequences dearly`)

// reportedThreat reads "Medvedev declared that retribution is
// inevitable": a speaker announcing payback threatens the actor the
// clause names, or else the one other actor of the sentence (the one the
// payback is for), leaving out where and through what it was said ("on
// Telegram").
func (x *docState) reportedThreat(r *relSent, v, stop int) {
	ws := r.ws
	cued := false
	for k := v + 1; k < stop; k++ {
		if retributionWords[ws[k].lower] && !negated(ws, k) {
			cued = true
			break
		}
	}
	if !cued {
		return
	}
	subs := x.subjectsLeft(r, v, false)
	if len(subs) != 1 {
		return
	}
	objs := x.clauseActor(r, v+1, stop)
	if len(objs) == 0 {
		for mi := range r.ms {
			m := &r.ms[mi]
			if m.titleStart > 0 {
				switch ws[m.titleStart-1].lower {
				case "on", "in", "at", "via", "through", "to", "from", "by":
					continue
				}
			}
			ent, _ := x.actor(m, false)
			if ent < 0 || ent == subs[0].ent {
				continue
			}
			if len(objs) > 0 && objs[0].ent != ent {
				return // two candidates: no guess
			}
			objs = []end{{ent: ent, dist: 10, weak: true}}
		}
	}
	subs[0].dist = max(subs[0].dist, 5)
	x.pairFacts(r.si, ontology.Threatened, "13", subs, objs, verbFrame{p: ontology.Threatened, cameo: "13"})
}
