package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// This file finds who acts when the subject or object is not beside the
// verb: the controller of an infinitive, the shared subject of coordinated
// verbs, the main clause's subject for a participle, the antecedent of a
// relative clause, and the holder of an office named without a name.

// objectControl verbs lend their object as the subject of the infinitive
// after it ("urged Russia to withdraw"); other verbs lend their subject
// ("arrived in the US to persuade it").
var objectControl = wordSet(`urge urged urges urging ask asked asks asking call called calls calling
order ordered orders persuade persuaded press pressed push pushed tell told force forced allow
allowed invite invited encourage encouraged want wanted`)

// controller finds the subject of an infinitive whose "to" is at k.
func (x *docState) controller(r *relSent, k int) []end {
	ws := r.ws
	for v := k - 1; v >= 0 && v >= k-12; v-- {
		w := ws[v]
		if w.text == "," || w.text == ";" {
			break
		}
		if r.covered[v] || !isVerbLike(w) || w.cap {
			continue
		}
		if objectControl[w.lower] {
			if objs := x.mentionsFrom(r, v+1, k-v-1, false, v); len(objs) > 0 {
				return objs
			}
		}
		return x.subjectsLeft(r, v, false)
	}
	return x.subjectsLeft(r, k+1, false)
}

// sharedSubject finds the subject of a verb coordinated with an earlier
// one ("X said ... and accused Y"): the subject of the sentence's first
// verb.
func (x *docState) sharedSubject(r *relSent, i int) []end {
	for v := i - 2; v >= 0; v-- {
		w := r.ws[v]
		if r.covered[v] || w.cap || !isVerbLike(w) || isAux(w.lower) || beForms[w.lower] {
			continue
		}
		if w.tag != "" && w.tag != "VBD" && w.tag != "VBZ" && w.tag != "VBP" && w.tag != "VB" &&
			!(w.tag == "VBN" && r.endsAt[v] >= 0 && !passive(r.ws, v)) { // "The bloc closed/VBN"
			continue
		}
		subs := x.subjectsLeft(r, v, false)
		if len(subs) == 0 {
			subs = x.pluralSubject(r, v)
		}
		if len(subs) == 0 {
			continue
		}
		for k := range subs {
			subs[k].weak, subs[k].dist = true, i-v
		}
		return subs
	}
	return nil
}

// mainSubject is the subject of the sentence's first finite verb, for a
// participle clause that shares it.
func (x *docState) mainSubject(r *relSent, i int) []end {
	for v := 0; v < i-1; v++ {
		w := r.ws[v]
		if r.covered[v] || w.cap || (w.tag != "VBD" && w.tag != "VBZ" && w.tag != "VBP") {
			continue
		}
		subs := x.subjectsLeft(r, v, false)
		for k := range subs {
			subs[k].weak, subs[k].dist = true, i-v
		}
		return subs
	}
	return nil
}

// relativeObject reads a relative clause whose verb has no object of its
// own: "Malaysia and Indonesia have maintained a policy which the United
// States has criticised" — what is criticised is the policy of the main
// clause's subject, so that subject is the object.
func (x *docState) relativeObject(r *relSent, i int) []end {
	ws := r.ws
	// "González, a retired diplomat whom Washington recognises": the
	// person the clause describes
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if ws[k].lower != "whom" {
			continue
		}
		for q := k - 1; q >= 0 && q >= k-8; q-- {
			if mi := r.endsAt[q+1]; mi >= 0 && r.ms[mi].kind == mkName {
				if ent, weak := x.actor(&r.ms[mi], false); ent >= 0 {
					return []end{{ent: ent, dist: i - q, weak: weak || true}}
				}
			}
		}
		return nil
	}
	if i+1 < len(ws) && ws[i+1].alpha {
		return nil // the verb goes on: not the end of the clause
	}
	for k := i - 1; k > 0 && k >= i-14; k-- {
		if ws[k].lower != "which" && ws[k].lower != "that" {
			continue
		}
		for v := k - 1; v >= 0 && v >= k-8; v-- {
			w := ws[v]
			if !r.covered[v] && !w.cap && isVerbLike(w) && !isAux(w.lower) && !beForms[w.lower] {
				objs := x.subjectsLeft(r, v, false)
				for j := range objs {
					objs[j].weak = true
				}
				return objs
			}
		}
		return nil
	}
	return nil
}

// officeHolder finds the person an unnamed office stands for: "Qatar's
// prime minister" is the one person of the article with the role "prime
// minister" in Qatar. The title is read from word k; -1 when there is no
// such person or more than one.
func (x *docState) officeHolder(owner int, ws []word, k int) int {
	var title []string
	for j := k; j < len(ws) && j < k+4; j++ {
		if !ws[j].alpha || ws[j].cap && j > k {
			break
		}
		title = append(title, ws[j].lower)
		if roleIsHead(ws[j].lower) {
			break
		}
	}
	if len(title) == 0 || !roleIsHead(title[len(title)-1]) {
		return -1
	}
	lit := strings.Join(title, " ")
	holder := -1
	for _, f := range x.facts {
		if f.p != ontology.Role || f.lit != lit || f.s == holder {
			continue
		}
		if !x.holdsOfficeIn(f.s, owner) {
			continue
		}
		if holder >= 0 {
			return -1
		}
		holder = f.s
	}
	return holder
}

// holdsOfficeIn reports whether person p is an official or leader of e.
func (x *docState) holdsOfficeIn(p, e int) bool {
	for _, f := range x.facts {
		if f.s == p && f.o == e && (f.p == ontology.LeaderOf || f.p == ontology.OfficialOf) {
			return true
		}
	}
	return false
}
