package score

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/ontology"
)

// FormatTable writes r as the eval table: entities untyped and typed,
// triples overall, then one row per predicate that the system or the gold
// has, in the ontology's order. sys and gold are the scored items on each
// side; tp counts matched system items, found matched gold items.
func FormatTable(w io.Writer, name string, r Result) error {
	if _, err := fmt.Fprintf(w, "%s (%d articles)\n", name, r.Articles); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%-20s\tsys\tgold\ttp\tfound\tfp\tfn\tP\tR\tF1\t\n", "")
	row := func(label string, c Counts) {
		fmt.Fprintf(tw, "%-20s\t%d\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n",
			label, c.System(), c.Gold(), c.TP, c.Found, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	row("entities untyped", r.EntitiesUntyped)
	row("entities typed", r.EntitiesTyped)
	row("triples", r.Triples)
	for _, info := range ontology.Predicates() {
		c, ok := r.Predicates[info.Name]
		if !ok || c == (Counts{}) {
			continue
		}
		row("  "+string(info.Name), c)
	}
	return tw.Flush()
}
