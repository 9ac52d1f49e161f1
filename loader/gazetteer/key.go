package gazetteer

import (
	"strings"
)

// Key folds a personal or place name to a transliteration-insensitive key:
// two spellings of one name (Zelensky, Zelenskyy, Zelenskiy; Kiev, Kyiv;
// Gaddafi, Qaddafi; Mohammed, Muhammad) get the same key, while different
// names keep different keys. It uses the default gazetteer's variant
// table; see (*Gazetteer).Key for the rules.
func Key(name string) string { return Default().Key(name) }

// Key folds name as follows, word by word after the lookup folding
// (accents dropped, lower case, hyphens made spaces, full stops and
// apostrophes removed):
//
//  1. A word (or the whole name) listed in variants.tsv becomes its group's
//     first spelling: spellings no rule can relate (Kiev/Kyiv,
//     Muhammad/Mohamed, Gaddafi/Kadhafi) are listed there.
//  2. Digraphs that transliteration systems write differently are unified:
//     dzh->j, tch->ch, sch->sh, ph->f, ck->k, q->k, w->v, ou->u, oo->u,
//     ee->i, dh->d; the Arabic article el becomes al.
//  3. Slavic adjective endings -yy, -iy, -ii, -yi, -ij and a final -i after
//     a consonant become -y (Zelenskiy, Zelenskii, Zelenski -> zelensky);
//     a final -ah becomes -a (al-Hayyah -> al-Hayya).
//  4. Doubled letters are made single (Hassan/Hasan, Gaddafi/Gadafi).
//
// Vowels are otherwise kept, so names differing in more than spelling
// conventions (Ivanov/Ivanova, Maria/Mario) stay apart.
func (g *Gazetteer) Key(name string) string {
	k := strings.Map(func(r rune) rune {
		if r == '\'' || r == ',' {
			return -1
		}
		return r
	}, string(foldKey(nil, name)))
	if v, ok := g.variants[k]; ok && strings.Contains(k, " ") {
		k = v
	}
	ws := strings.Fields(k)
	for i, w := range ws {
		if v, ok := g.variants[w]; ok {
			w = v
		}
		ws[i] = foldWord(w)
	}
	return strings.Join(ws, " ")
}

var digraphs = strings.NewReplacer(
	"dzh", "j", "tch", "ch", "sch", "sh", "ph", "f", "ck", "k", "q", "k",
	"w", "v", "ou", "u", "oo", "u", "ee", "i", "dh", "d",
)

// foldWord applies rules 2 to 4 of Key to one lower-case word.
func foldWord(w string) string {
	if w == "el" {
		return "al"
	}
	w = digraphs.Replace(w)
	for _, end := range [...]string{"yy", "iy", "ii", "yi", "ij"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			w = w[:len(w)-len(end)] + "y"
			break
		}
	}
	if n := len(w); n > 3 && w[n-1] == 'i' && !isVowel(w[n-2]) {
		w = w[:n-1] + "y"
	}
	if n := len(w); n > 3 && strings.HasSuffix(w, "ah") {
		w = w[:n-1]
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b = append(b, w[i])
	}
	return string(b)
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// Variants returns other common spellings of name, to be listed as its
// aliases so that any standard spelling matches: the variant-table
// spellings of each word, the -sky/-skyy/-skiy/-ski forms of Slavic
// surnames, -iy/-ii/-y forms of Slavic given names (Andriy, Andrii) and
// el-/al- for the Arabic article. Every variant has the same Key as name.
// The name itself is not included; the result is capped at 16.
func Variants(name string) []string { return Default().Variants(name) }

// Variants is the method form of the package-level Variants. It offers
// one-word changes first (the last word's before the others'), then
// combinations, so the commonest spellings survive the cap.
func (g *Gazetteer) Variants(name string) []string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return nil
	}
	options := make([][]string, len(words))
	for i, w := range words {
		options[i] = g.wordVariants(w)
	}
	const limit = 16
	out := []string{}
	seen := map[string]bool{string(foldKey(nil, name)): true}
	key := g.Key(name)
	add := func(ws []string) {
		s := strings.Join(ws, " ")
		fk := string(foldKey(nil, s))
		if len(out) < limit && !seen[fk] && g.Key(s) == key {
			seen[fk] = true
			out = append(out, s)
		}
	}
	for i := len(words) - 1; i >= 0; i-- {
		for _, o := range options[i][1:] {
			ws := append([]string(nil), words...)
			ws[i] = o
			add(ws)
		}
	}
	var rec func(i int, acc []string)
	rec = func(i int, acc []string) {
		if len(out) >= limit {
			return
		}
		if i == len(words) {
			add(acc)
			return
		}
		for _, o := range options[i] {
			rec(i+1, append(acc, o))
		}
	}
	rec(0, make([]string, 0, len(words)))
	return out
}

// wordVariants lists spellings of one word, the word itself first, then
// the variant table's spellings in file order (commonest first).
func (g *Gazetteer) wordVariants(w string) []string {
	out := []string{w}
	fk := strings.ReplaceAll(string(foldKey(nil, w)), "'", "")
	if canon, ok := g.variants[fk]; ok {
		for _, k := range g.groups[canon] {
			if k != fk {
				out = append(out, matchCase(w, k))
			}
		}
	}
	lw := strings.ToLower(w)
	for _, fam := range [][]string{
		{"skyy", "skiy", "skyi", "skii", "sky", "ski"},
		{"iy", "ii"},
	} {
		for _, end := range fam {
			if strings.HasSuffix(lw, end) && len(lw) > len(end)+2 {
				stem := w[:len(w)-len(end)]
				for _, alt := range fam {
					if alt != end {
						out = append(out, stem+alt)
					}
				}
				return out
			}
		}
	}
	for _, pre := range [...][2]string{{"el-", "al-"}, {"al-", "el-"}, {"El-", "Al-"}, {"Al-", "El-"}} {
		if strings.HasPrefix(w, pre[0]) {
			out = append(out, pre[1]+w[len(pre[0]):])
		}
	}
	return out
}

// matchCase writes the lower-case spelling v in the capitalisation style
// of w (Capitalised or as is).
func matchCase(w, v string) string {
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' && v != "" && v[0] >= 'a' && v[0] <= 'z' {
		return strings.ToUpper(v[:1]) + v[1:]
	}
	return v
}
