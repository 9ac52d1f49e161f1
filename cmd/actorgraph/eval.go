package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/loader/score"
)

const evalDoc = `
Eval measures extraction against gold annotations. In each GOLD_DIR, every
<id>.txt with an <id>.gold.json beside it is extracted and scored exactly
as the Scoring section of ONTOLOGY.md defines it: entities untyped and
typed, triples overall and per predicate, micro-averaged over the
articles. A table is printed per directory, then one for all of them.

--errors lists every false positive and miss after the tables, one a line:
article, kind, description and, for a false triple, its evidence sentence.

--min-entity-f1 and --min-triple-f1 make eval a check: the exit status is
1 when the typed-entity or triple F1 over all directories is below them.

Example:

	actorgraph eval ../shared/corpus/dev ../shared/corpus/gum`

func (s *state) eval(args []string) error {
	c := s.newCommand("eval", "eval [--errors] [--min-confidence C] [--min-entity-f1 X] [--min-triple-f1 Y] GOLD_DIR...", evalDoc)
	showErrors := c.Bool("errors", false, "list false positives and misses")
	minEntity := c.Float64("min-entity-f1", 0, "fail when typed-entity F1 over all dirs is below `X`")
	minTriple := c.Float64("min-triple-f1", 0, "fail when triple F1 over all dirs is below `Y`")
	workers := c.Int("workers", runtime.GOMAXPROCS(0), "extract `N` articles at a time")
	minConf := c.Float64("min-confidence", 0, "drop triples with confidence below `C` (0 to 1)")
	if err := c.parse(args); err != nil {
		return err
	}
	if c.NArg() == 0 {
		return usagef("no GOLD_DIR given")
	}
	ex, err := newExtractor(*minConf)
	if err != nil {
		return err
	}

	var total score.Result
	for _, dir := range c.Args() {
		txts, golds, err := goldPairs(dir)
		if err != nil {
			return err
		}
		if len(txts) == 0 {
			return fmt.Errorf("%s: no <id>.txt with an <id>.gold.json beside it", dir)
		}
		var res score.Result
		i := 0
		err = extractFiles(s.ctx, ex, txts, *workers, func(r extracted) error {
			gold := golds[i]
			i++
			if r.err != nil {
				return fmt.Errorf("%s: %w", r.path, r.err)
			}
			g, err := score.ReadGold(gold)
			if err != nil {
				return err
			}
			for _, x := range r.extractions {
				res = res.Add(score.Score(g, x))
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := score.FormatTable(s.stdout, dir, res); err != nil {
			return err
		}
		fmt.Fprintln(s.stdout)
		total = total.Add(res)
	}
	if c.NArg() > 1 {
		if err := score.FormatTable(s.stdout, "all", total); err != nil {
			return err
		}
		fmt.Fprintln(s.stdout)
	}
	if *showErrors {
		fmt.Fprintf(s.stdout, "errors (%d)\n", len(total.Errors))
		for _, e := range total.Errors {
			fmt.Fprintln(s.stdout, e.String())
		}
	}

	var below []string
	if f := total.EntitiesTyped.F1(); f < *minEntity {
		below = append(below, fmt.Sprintf("typed-entity F1 %.3f < %.3f", f, *minEntity))
	}
	if f := total.Triples.F1(); f < *minTriple {
		below = append(below, fmt.Sprintf("triple F1 %.3f < %.3f", f, *minTriple))
	}
	if len(below) > 0 {
		fmt.Fprintf(s.stderr, "actorgraph eval: below the floor: %s\n", strings.Join(below, "; "))
		return errReported
	}
	return nil
}

// goldPairs lists the <id>.txt files of dir that have an <id>.gold.json,
// sorted, with their gold files at the same index.
func goldPairs(dir string) (txts, golds []string, err error) {
	matches, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, err)
	}
	if len(matches) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, nil, err
		}
	}
	sort.Strings(matches)
	for _, g := range matches {
		txt := strings.TrimSuffix(g, ".gold.json") + ".txt"
		if _, err := os.Stat(txt); err != nil {
			continue
		}
		txts = append(txts, txt)
		golds = append(golds, g)
	}
	return txts, golds, nil
}
