package gazetteer

import "strings"

// variant reads one line of variants.tsv: a group of spellings of one
// word separated by "|", the first the group's canonical spelling.
func (g *Gazetteer) variant(r record) error {
	fs := splitForms(r.field(0))
	if len(fs) < 2 {
		return r.errorf("variant group needs at least two spellings")
	}
	canon := string(foldKey(nil, fs[0].text))
	for _, f := range fs {
		k := string(foldKey(nil, f.text))
		if old, ok := g.variants[k]; ok && old != canon {
			return r.errorf("spelling %q already in the group of %q", f.text, old)
		}
		if _, ok := g.variants[k]; !ok && !strings.Contains(k, " ") {
			g.groups[canon] = append(g.groups[canon], k)
		}
		g.variants[k] = canon
	}
	return nil
}
