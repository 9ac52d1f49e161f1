package loader

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// relSent indexes one sentence's mentions by word for the frame readers.
type relSent struct {
	si       int
	ws       []word
	ms       []mention
	startsAt []int // word -> mention starting there (title included), -1
	endsAt   []int // word -> mention ending just before it, -1
	covered  []bool
	// objOnly marks mentions that are never a subject: a coup's junta
	// phrases, whose relative clauses ("the soldiers who seized power")
	// would lend them every later verb
	objOnly []bool
}

// end is one side of an interaction: an entity and how it was found.
type end struct {
	ent  int
	dist int    // words from the trigger
	weak bool   // through a pronoun, nominal or demonym
	prep string // the preposition that introduced an object
}

func (x *docState) relSentence(si int) *relSent {
	ws := x.words[si]
	ms := x.ments[si]
	if x.ruling >= 0 {
		ms = resolveJuntas(ws, ms, x.ruling)
	}
	covered := func(k int) bool {
		for _, m := range ms {
			if k >= m.titleStart && k < m.end {
				return true
			}
		}
		return false
	}
	extra := x.collectiveMentions(ws, covered)
	if x.ruling >= 0 {
		extra = append(extra, juntaMentions(ws, x.ruling, covered)...)
	}
	if len(extra) > 0 {
		for j := range extra {
			extra[j].sent = si
		}
		ms = append(append([]mention(nil), ms...), extra...)
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].titleStart < ms[b].titleStart })
	}
	r := &relSent{si: si, ws: ws, ms: ms, startsAt: make([]int, len(ws)+1),
		endsAt: make([]int, len(ws)+1), covered: make([]bool, len(ws)), objOnly: make([]bool, len(ms))}
	for i := range r.startsAt {
		r.startsAt[i], r.endsAt[i] = -1, -1
	}
	for i, m := range r.ms {
		if r.startsAt[m.titleStart] < 0 {
			r.startsAt[m.titleStart] = i
		}
		if r.startsAt[m.start] < 0 {
			r.startsAt[m.start] = i
		}
		r.endsAt[m.end] = i
		if x.ruling >= 0 && m.ent == x.ruling && m.kind == mkNominal && isJuntaPhrase(ws, m.end-1) {
			r.objOnly[i] = true
		}
		if m.kind == mkName {
			for k := m.start; k < m.end; k++ {
				r.covered[k] = true
			}
		}
	}
	return r
}

// findRelations reads interactions from verb frames and nominalisations.
func (x *docState) findRelations() {
	defer x.mutualConflicts()
	x.ruling = x.rulingBody()
	for si := range x.words {
		if si == x.titleSent {
			continue
		}
		r := x.relSentence(si)
		for i, w := range r.ws {
			if w.cap && strings.Contains(w.text, "-") {
				x.backedBy(r, i)
			}
			if (strings.HasPrefix(w.lower, "exchang") || w.lower == "traded" || w.lower == "trade" || w.lower == "trades") && !r.covered[i] {
				x.exchange(r, i)
				continue
			}
			if r.covered[i] || w.cap && i > 0 {
				continue
			}
			x.bounty(r, i)
			x.idioms(r, i)
			if w.lower == "alongside" {
				x.alongside(r, i)
			}
			x.demandVerb(r, i)
			if conditionVerbs[w.lower] {
				x.conditionVerb(r, i)
				continue
			}
			tr, isVerb := verbTriggers[w.lower]
			fr, isNoun := nounTriggers[w.lower]
			if isVerb && isNoun && i > 1 && determiners[r.ws[i-2].lower] && !r.ws[i-1].cap && !isVerbLike(r.ws[i-1]) {
				isVerb = false // "a courtesy meeting"
			}
			if isVerb && isNoun && w.tag != "" {
				isVerb = w.tag[0] == 'V'
				isNoun = !isVerb
			}
			if isVerb && i > 0 && determiners[r.ws[i-1].lower] {
				isVerb = false // "a threatened tariff": an adjective
			}
			if isVerb && (w.tag == "" || w.tag[0] == 'V' || w.tag == "JJ") {
				x.verbFrame(r, i, tr)
			} else if isNoun {
				x.nounFrame(r, i, fr)
			}
		}
		x.reportedCriticism(r)
		x.quotedDemand(r)
	}
}

// demonymNouns are what a demonym stands for its country in front of:
// its forces, officials and weapons, and the places or goods it loses.
var demonymNouns = wordSet(`forces force troops army military navy government officials official
authorities leaders leader diplomats police soldiers warplanes jets aircraft planes drones drone
missiles missile rockets rocket artillery strikes strike attack attacks raids raid shelling fire
counter-attack counterattack offensive positions targets target bases base territory soil cities
towns villages goods products imports exports companies firms banks assets ships vessels
negotiators delegation counterparts counterpart side regime administration ministry officers
commanders fighters units units security`)

// demonymActs reports whether a demonym names its country as an actor
// or target here ("Israeli warplanes", "Chinese goods"), not a people
// or a culture ("Afghan refugees").
func (x *docState) demonymActs(m *mention) bool {
	ws := x.words[m.sent]
	for k := m.end; k < len(ws) && k < m.end+3; k++ {
		if demonymNouns[ws[k].lower] || roleIsHead(ws[k].lower) {
			return true
		}
		if !ws[k].alpha || closedClass[ws[k].lower] {
			return false
		}
	}
	return false
}

var determiners = wordSet(`a an the this that these those its their his her our`)

// actor returns the entity a mention stands for as an actor, -1 if none.
func (x *docState) actor(m *mention, place bool) (int, bool) {
	if m.kind == mkDemonym {
		if !x.demonymActs(m) {
			return -1, false
		}
		return x.countryEnt(m.country), true
	}
	if m.ent < 0 {
		return -1, false
	}
	switch x.tab.ents[m.ent].typ {
	case ontology.Person, ontology.Organization, ontology.Country:
		return m.ent, m.kind != mkName
	case ontology.Place:
		if place {
			return m.ent, m.kind != mkName
		}
		if m.seat && m.metonym != "" {
			// "budget support to Niamey": the capital stands for its country
			return x.tab.canon(m.metonym, m.metonymType), true
		}
	}
	return -1, false
}

// negated reports whether a negation governs the verb at i.
func negated(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if negators[ws[k].lower] {
			return true
		}
		if ws[k].text == "," || ws[k].cap {
			return false
		}
	}
	return false
}

// contractsIs are the words whose "'s" is "is" rather than a possessive.
var contractsIs = wordSet(`it he she that what who there here where`)

// passive reports whether the past form at i follows a form of "be".
func passive(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if (ws[k].lower == "'s" || ws[k].lower == "’s") && !(k > 0 && contractsIs[ws[k-1].lower]) {
			return false // "Qatar's prime minister flew": a possessive
		}
		if beForms[ws[k].lower] {
			return true
		}
		if ws[k].cap || !ws[k].alpha {
			return false
		}
	}
	return false
}

func (x *docState) verbFrame(r *relSent, i int, tr trigger) {
	ws := r.ws
	p, cameo := tr.frame.p, tr.frame.cameo
	if negated(ws, i) {
		return
	}
	if p == ontology.Rejected && i+1 < len(ws) && denyVerbs[ws[i].lower] && strings.HasSuffix(ws[i+1].lower, "ing") {
		return // "denied backing the rebels": the gerund is denied, no one rejected
	}
	if p == ontology.LeaderOf && i+1 < len(ws) && ws[i+1].lower == "to" && strings.HasPrefix(ws[i].lower, "head") {
		tr, p, cameo = verbTriggers["travel"], ontology.Visited, "04" // "headed to Beijing"
	}
	if p == ontology.Attacked && i+2 < len(ws) && ws[i+1].lower == "out" && ws[i+2].lower == "at" {
		p, cameo = ontology.Criticized, "11" // "hit out at France": words, not blows
	}
	if p == ontology.Attacked && sanctionWith(ws, i) {
		p, cameo = ontology.Sanctioned, "16" // "hit Russia with sanctions"
	}
	var ok bool
	if p, cameo, ok = hedgeFrame(ws, i, p, cameo); !ok {
		return // "would meet", "plans to visit", "denied backing"
	}
	if p == ontology.Attacked && i > 0 && futureOrVow(ws, i) {
		p, cameo = ontology.Threatened, "13" // "would attack", "vowed to destroy"
	}
	if strings.HasSuffix(tr.frame.preps, "!") && p == ontology.Visited && i > 0 {
		switch ws[i-1].lower {
		case "will", "would", "to", "could", "may", "might", "should", "must", "'ll":
			return // "will come to Venezuela": not (yet) a visit
		}
	}
	var subs, objs []end
	if tr.past && passive(ws, i) {
		objs = x.subjectsLeft(r, i, tr.frame.place)
		subs = x.agentBy(r, i)
		if len(subs) == 0 && p == ontology.Criticized {
			subs = x.farAgent(r, i) // "was accused of supplying drones to Russia by the US"
		}
	} else {
		if i > 0 && ws[i-1].lower == "to" {
			subs = x.controller(r, i-1)
		} else if x.reducedRelative(r, i) {
			return // "Muslims traveling to the U.S.": the plural noun travels
		} else {
			if i > 1 && ws[i-1].lower == "and" && r.endsAt[i-1] >= 0 {
				// "X congratulated Y and thanked Z": the actor before
				// "and" is the first verb's object; the verbs share X
				subs = x.sharedSubject(r, i)
			}
			if len(subs) == 0 {
				subs = x.subjectsLeft(r, i, false)
			}
			if len(subs) == 0 && i > 0 && (ws[i-1].lower == "and" || (i > 1 && ws[i-2].lower == "and" && !ws[i-1].cap)) {
				subs = x.sharedSubject(r, i)
			}
			if len(subs) == 0 && i > 0 && ws[i-1].text == "," && strings.HasSuffix(ws[i].lower, "ing") {
				subs = x.mainSubject(r, i) // "He repeated ..., dismissing Israeli talk of"
			}
			if len(subs) == 0 {
				subs = x.pluralSubject(r, i)
			}
			if len(subs) == 0 {
				subs = x.statementAuthor(r, i)
			}
		}
		objs = x.objectsRight(r, i, tr.frame)
		if len(objs) == 0 && len(subs) > 0 && !tr.frame.place {
			objs = x.relativeObject(r, i)
		}
	}
	if p == ontology.LeaderOf {
		// "who leads the bloc", "has commanded the presidential guard":
		// a person heading an organization
		var orgs []end
		for _, o := range objs {
			if x.tab.ents[o.ent].typ == ontology.Organization && o.prep == "" {
				orgs = append(orgs, o)
			}
		}
		var people []end
		for _, s := range subs {
			if x.tab.ents[s.ent].typ == ontology.Person {
				people = append(people, s)
			}
		}
		subs, objs = people, orgs
	}
	if p == ontology.MemberOf {
		x.membership(r, i, subs, objs)
		return
	}
	if strings.HasPrefix(ws[i].lower, "welcom") || strings.HasPrefix(ws[i].lower, "accept") {
		x.membership(r, i, subs, objs) // "welcomed the AU as a member"
	}
	if p == ontology.Supported && x.hostedTo(r, i, objs) {
		p, cameo = ontology.MetWith, "04" // "welcomed Scholz to Paris": a host's welcome
	}
	if p == ontology.AppealedTo && len(objs) > 0 && objs[0].prep == "for" {
		p, cameo = ontology.Supported, "05" // "pushed for the AU's inclusion"
	}
	x.pairFacts(r.si, p, cameo, subs, objs, tr.frame)
	x.jointSubjects(r, i, p, subs, objs, tr.frame)
	x.conditionFrames(r, i, p, subs, objs, tr.frame)
}

// jointSubjects reads coordinated subjects that act together: "X and Y
// signed a deal", "X, Y and Z have mediated between A and B" (they
// cooperate with each other), "X and Y met on Friday" (they met each
// other, when no one else is met).
func (x *docState) jointSubjects(r *relSent, i int, p ontology.Predicate, subs, objs []end, fr verbFrame) {
	if len(subs) < 2 {
		return
	}
	switch {
	case p == ontology.CooperatedWith,
		p == ontology.MetWith && (strings.HasPrefix(r.ws[i].lower, "mediat") || strings.HasPrefix(r.ws[i].lower, "broker")):
		p = ontology.CooperatedWith
	case p == ontology.MetWith && len(objs) == 0 && intransitive(r.ws, i):
	default:
		return
	}
	cameo := "03"
	if p == ontology.MetWith {
		cameo = "04"
	}
	for a := 0; a < len(subs); a++ {
		for b := a + 1; b < len(subs); b++ {
			x.pairFacts(r.si, p, cameo, subs[a:a+1], subs[b:b+1], fr)
		}
	}
}

// pairFacts adds a triple for every subject-object pair.
func (x *docState) pairFacts(si int, p ontology.Predicate, cameo string, subs, objs []end, fr verbFrame) {
	for _, s := range subs {
		for _, o := range objs {
			if s.ent == o.ent {
				continue
			}
			ot := x.tab.ents[o.ent].typ
			if p == ontology.Visited && ot != ontology.Place && ot != ontology.Country {
				continue
			}
			if x.tab.ents[s.ent].typ == ontology.Place {
				continue
			}
			conf := confVerb
			if s.dist > 4 || o.dist > 4 {
				conf = confVerbFar
			}
			if fr.noun {
				conf = confNominal
			}
			if s.weak || o.weak {
				conf = min(conf, confPronoun+0.05)
			}
			x.addFact(fact{s: s.ent, o: o.ent, p: p, cameo: cameo, conf: conf, sent: si})
		}
	}
}

// membership reads "Finland joined NATO" (the subject is a member of the
// object) and "the G20 welcomed the African Union as a permanent member"
// (the object is a member of the subject).
func (x *docState) membership(r *relSent, i int, subs, objs []end) {
	isOrg := func(e end) bool { return x.tab.ents[e.ent].typ == ontology.Organization }
	if strings.HasPrefix(r.ws[i].lower, "join") {
		// "applied to join", "wants to join", "would join": an intention,
		// not a membership.
		if (i > 0 && r.ws[i-1].lower == "to") || futureOrVow(r.ws, i) {
			return
		}
		for _, s := range subs {
			for _, o := range objs {
				if isOrg(o) && o.prep == "" {
					x.addFact(fact{s: s.ent, o: o.ent, p: ontology.MemberOf, conf: confVerb, sent: r.si})
				}
			}
		}
		return
	}
	// "as a (full|permanent|new) member"
	asMember := false
	for k := i + 1; k < len(r.ws) && k < i+14; k++ {
		if r.ws[k].lower == "as" {
			for q := k + 1; q < len(r.ws) && q <= k+4; q++ {
				if strings.HasPrefix(r.ws[q].lower, "member") {
					asMember = true
				}
			}
			break
		}
	}
	if !asMember {
		return
	}
	for _, s := range subs {
		if !isOrg(s) {
			continue
		}
		for _, o := range objs {
			x.addFact(fact{s: o.ent, o: s.ent, p: ontology.MemberOf, conf: confVerbFar, sent: r.si})
		}
	}
}

// futureOrVow reports whether the verb at i is only announced: a modal
// ("would attack") or a vow or threat ("vowed to destroy").
func futureOrVow(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch ws[k].lower {
		case "will", "would", "'ll", "could", "might", "may", "shall":
			return true
		case "to":
			if k > 0 {
				switch ws[k-1].lower {
				case "vowed", "vows", "vow", "threatened", "threatens", "threaten", "pledged", "promised", "warned":
					return true
				}
			}
		}
		if ws[k].text == "," || ws[k].cap {
			return false
		}
	}
	return false
}

// intransitive reports whether nothing the verb at i could take as its
// object follows it ("met on Friday", "met.").
func intransitive(ws []word, i int) bool {
	if i+1 >= len(ws) {
		return true
	}
	n := ws[i+1].lower
	switch n {
	case "with", "between":
		return false
	case "last", "yesterday", "today", "again", "twice", "privately", "briefly", "separately", "later", "earlier":
		return true
	}
	return !ws[i+1].alpha || relPreps[n]
}

// reducedRelative reports whether the participle at i modifies the
// plural common noun right before it ("Muslims traveling to", "troops
// stationed in"), whose referent is no actor the rules know.
func (x *docState) reducedRelative(r *relSent, i int) bool {
	if i == 0 || !strings.HasSuffix(r.ws[i].lower, "ing") {
		return false
	}
	if mi := r.endsAt[i]; mi >= 0 {
		if ent, _ := x.actor(&r.ms[mi], false); ent >= 0 {
			return false
		}
	}
	t := r.ws[i-1].tag
	// "Muslims/NNP": a capitalised plural no mention covers
	return t == "NNS" || t == "NNPS" || t == "NNP" && strings.HasSuffix(r.ws[i-1].lower, "s")
}
