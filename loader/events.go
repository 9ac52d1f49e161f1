package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Events named by a lower-case head after a name: "the Istanbul peace
// negotiations", "the 2016 Hong Kong legislative election", "the G20
// summit". The capitalised span stops before the head, so the name alone
// is the place or body; the event is the whole phrase. Such events take
// part in no relation rule, so they become entities without mentions.

// eventHeadNouns end an event's name when written in lower case.
var eventHeadNouns = wordSet(`summit talks negotiations election elections referendum conference
ceasefire`)

// eventModifiers may stand between the name and the head.
var eventModifiers = wordSet(`peace legislative presidential parliamentary general extraordinary
emergency trade nuclear direct local regional municipal leaders' leaders climate security`)

// dateEventHeads end an event named by its date: "the October 7 attack".
var dateEventHeads = wordSet(`attack attacks massacre bombing bombings raid raids invasion coup
uprising strike strikes`)

var eventMonths = wordSet(`january february march april may june july august september october
november december`)

// namedEvents adds the events so named in the article.
func (x *docState) namedEvents() {
	x.dateEvents()
	byHead := map[string]int{} // one article, one election: the same head is the same event
	for si, ms := range x.ments {
		ws := x.words[si]
		for _, m := range ms {
			if m.kind != mkName || m.ent < 0 {
				continue
			}
			switch x.tab.ents[m.ent].typ {
			case ontology.Place, ontology.Organization, ontology.Country:
			default:
				continue
			}
			if m.acting || m.end >= len(ws) {
				continue
			}
			k := m.end
			for k < len(ws) && k-m.end < 2 && eventModifiers[ws[k].lower] && !ws[k].cap {
				k++
			}
			if k >= len(ws) || ws[k].cap || !eventHeadNouns[ws[k].lower] {
				continue
			}
			if k+1 < len(ws) && (ws[k+1].lower == "of" || !ws[k+1].cap && ws[k+1].alpha && !isVerbLike(ws[k+1]) && !closedClass[ws[k+1].lower]) {
				continue // "peace talks official", "election of": the noun is a modifier or has its own object
			}
			start := m.start
			if start > 0 && isYear(ws[start-1].text) {
				start--
			}
			short := joinWords(ws[m.start : k+1])
			names := []string{joinWords(ws[start : k+1]), short}
			head := ws[k].lower
			if head == "elections" {
				names = append(names, strings.TrimSuffix(short, "s")) // "Legislative Council elections"
				head = "election"
			}
			if head == "negotiations" {
				head = "talks"
			}
			if k > m.end {
				names = append(names, joinWords(ws[m.start:m.end])+" "+ws[k].text, // "Istanbul talks"
					joinWords(ws[m.end:k+1])) // "peace negotiations"
			}
			id, ok := byHead[head]
			for _, n := range names {
				if ok {
					break
				}
				if e, found := x.tab.lookup(n); found && x.tab.ents[e].typ == ontology.Event {
					id, ok = e, true
				}
			}
			if !ok {
				id = x.tab.canon(names[0], ontology.Event)
				byHead[head] = id
			}
			for _, n := range names {
				x.tab.alias(id, n)
			}
		}
	}
}

// dateEvents adds events named by a date and a head: "the October 7
// attack", "its October 7, 2023 attack".
func (x *docState) dateEvents() {
	for _, ws := range x.words {
		for i := 0; i+2 < len(ws); i++ {
			if !ws[i].cap || !eventMonths[ws[i].lower] || !isDayNumber(ws[i+1].text) {
				continue
			}
			k := i + 2
			if k+1 < len(ws) && ws[k].text == "," && isYear(ws[k+1].text) {
				k += 2
			} else if isYear(ws[k].text) {
				k++
			}
			if k >= len(ws) || !dateEventHeads[ws[k].lower] {
				continue
			}
			date := ws[i].text + " " + ws[i+1].text
			name := date + " " + ws[k].text
			id, ok := x.tab.lookup(name)
			if !ok || x.tab.ents[id].typ != ontology.Event {
				id = x.tab.canon(name, ontology.Event)
			}
			x.tab.alias(id, date)
			x.tab.alias(id, joinWords(ws[i:k+1]))
		}
	}
}

func isDayNumber(t string) bool {
	if len(t) == 0 || len(t) > 2 || strings.Trim(t, "0123456789") != "" {
		return false
	}
	return t != "0" && (len(t) == 1 || t[0] <= '3')
}
