package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// Misspellings: news copy misspells names now and then ("Untied Nations",
// "Kristen" for "Kristin", "Mauer" for "Maurer"). A name one slip away
// from an entity already named in the article is that entity, when the
// words are long enough that a slip, not another name, is the likely
// cause.

// typoOf returns the entity of type compatible with typ whose name or
// alias differs from name by one slip in one word; the other words must
// be equal.
func (x *docState) typoOf(name string, typ ontology.EntityType) (int, bool) {
	f := strings.Fields(name)
	for id, e := range x.tab.ents {
		if e.hidden || !compatible(e.typ, typ) {
			continue
		}
		for _, n := range append([]string{e.name}, e.aliases...) {
			if oneSlipName(f, strings.Fields(n), e.typ == ontology.Person && len(f) >= 2) {
				return id, true
			}
		}
	}
	return 0, false
}

// surnameTypo returns the person whose last name is one slip (a letter
// dropped, added or two swapped, never replaced) from the single word w.
func (x *docState) surnameTypo(w string) (int, bool) {
	for id, e := range x.tab.ents {
		if e.typ != ontology.Person || e.key == "" {
			continue
		}
		f := strings.Fields(e.name)
		if len(f) >= 2 && oneSlipWord(w, f[len(f)-1], false) {
			return id, true
		}
	}
	return 0, false
}

// oneSlipName reports whether two names have the same number of words and
// differ by one slip in exactly one word.
func oneSlipName(a, b []string, subst bool) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	diff := -1
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && oneSlipWord(a[diff], b[diff], subst)
}

// oneSlipWord reports whether a and b, both capitalised and at least five
// letters long, differ by one dropped or added letter, two swapped
// neighbours, or (when subst) one replaced vowel.
func oneSlipWord(a, b string, subst bool) bool {
	if len(a) < 5 || len(b) < 5 || a == b || a[0] != b[0] {
		return false
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) == len(b) {
		d := []int{}
		for i := range a {
			if a[i] != b[i] {
				d = append(d, i)
			}
		}
		switch len(d) {
		case 1:
			return subst && isVowelByte(a[d[0]]) && isVowelByte(b[d[0]])
		case 2:
			return d[1] == d[0]+1 && a[d[0]] == b[d[1]] && a[d[1]] == b[d[0]]
		}
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return a[i+1:] == b[i:]
		}
	}
	return true
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
