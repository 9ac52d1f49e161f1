package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Collective subjects named by a regional adjective: "West African
// leaders", "Southeast Asian nations", "Arab states" act as the regional
// body of the article whose name holds the same words (the Economic
// Community of West African States, the Association of Southeast Asian
// Nations, the Arab League). Without such a body in the article the
// phrase names no actor.

// collectiveHeads are the nouns that make a regional adjective a body.
var collectiveHeads = wordSet(`leaders states nations governments countries bloc members heads
ministers presidents`)

// collectiveMentions returns the extra mentions of sentence r's regional
// collectives, to be added to its mentions.
func (x *docState) collectiveMentions(ws []word, covered func(int) bool) []mention {
	var out []mention
	for i := 0; i < len(ws); i++ {
		if !ws[i].cap || covered(i) {
			continue
		}
		j := i
		for j < len(ws) && ws[j].cap && ws[j].alpha && !covered(j) && j < i+3 {
			j++
		}
		if j >= len(ws) || j == i || !collectiveHeads[ws[j].lower] {
			i = j
			continue
		}
		phrase := make([]string, 0, j-i)
		for k := i; k < j; k++ {
			phrase = append(phrase, ws[k].text)
		}
		if org := x.regionalBody(strings.Join(phrase, " ")); org >= 0 {
			out = append(out, mention{sent: -1, start: i, end: j + 1, titleStart: i, kind: mkNominal,
				typ: ontology.Organization, ent: org, titleOrg: -1})
		}
		i = j
	}
	return out
}

// regionalBody is the one organization of the article whose name holds
// the words of phrase ("West African" in "Economic Community of West
// African States"), -1 if none or several.
func (x *docState) regionalBody(phrase string) int {
	found := -1
	for e, ent := range x.tab.ents {
		if ent.typ != ontology.Organization || ent.hidden {
			continue
		}
		if !containsWords(ent.name, phrase) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// containsWords reports whether name holds phrase as whole words.
func containsWords(name, phrase string) bool {
	k := strings.Index(" "+name+" ", " "+phrase+" ")
	return k >= 0
}
