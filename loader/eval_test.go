package loader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/loader/score"
)

// Floors on the project's own dev set (testdata/extract/dev): the test
// fails when extraction quality drops below them. Raise them as it
// improves.
const (
	floorTypedEntityF1 = 0.95
	floorTripleF1      = 0.84
)

// evalSet runs extraction on every article with a gold file in dir.
func evalSet(t *testing.T, ex *Extractor, dir string) score.Result {
	t.Helper()
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	var total score.Result
	for _, gp := range golds {
		g, err := score.ReadGold(gp)
		if err != nil {
			t.Fatal(err)
		}
		txt := strings.TrimSuffix(gp, ".gold.json") + ".txt"
		arts, err := ReadFile(context.Background(), txt)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			out, err := ex.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			total = total.Add(score.Score(g, out))
		}
	}
	return total
}

func printResult(t *testing.T, name string, r score.Result) {
	var b strings.Builder
	score.FormatTable(&b, name, r)
	t.Log("\n" + b.String())
	if os.Getenv("ACTORGRAPH_ERRORS") != "" {
		var e strings.Builder
		for _, err := range r.Errors {
			e.WriteString(err.String() + "\n")
		}
		t.Log("\n" + e.String())
	}
}

func TestEval(t *testing.T) {
	var opts []Option
	if os.Getenv("ACTORGRAPH_NOTAGGER") != "" {
		opts = append(opts, WithoutTagger())
	}
	ex, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	dev := evalSet(t, ex, filepath.Join("testdata", "extract", "dev"))
	printResult(t, "dev", dev)
	if f := dev.EntitiesTyped.F1(); f < floorTypedEntityF1 {
		t.Errorf("dev typed-entity F1 %.3f below floor %.3f", f, floorTypedEntityF1)
	}
	if f := dev.Triples.F1(); f < floorTripleF1 {
		t.Errorf("dev triple F1 %.3f below floor %.3f", f, floorTripleF1)
	}
	// ACTORGRAPH_CORPUS=/work/shared/corpus also scores gum and gum-ner.
	if root := os.Getenv("ACTORGRAPH_CORPUS"); root != "" {
		both := dev
		for _, set := range []string{"gum", "gum-ner"} {
			dir := filepath.Join(root, set)
			if _, err := os.Stat(dir); err != nil {
				continue
			}
			r := evalSet(t, ex, dir)
			printResult(t, set, r)
			if set == "gum" {
				both = both.Add(r)
			}
		}
		printResult(t, "dev+gum", both)
	}
	// ACTORGRAPH_CURVE=1 prints triple precision and recall by minimum
	// confidence (the curve docs/QUALITY.md shows).
	if os.Getenv("ACTORGRAPH_CURVE") != "" {
		dirs := []string{filepath.Join("testdata", "extract", "dev")}
		if root := os.Getenv("ACTORGRAPH_CORPUS"); root != "" {
			dirs = append(dirs, filepath.Join(root, "gum"))
		}
		for _, c := range []float64{0, 0.5, 0.6, 0.7, 0.8, 0.9} {
			exc, err := New(append(opts, MinConfidence(c))...)
			if err != nil {
				t.Fatal(err)
			}
			var r score.Result
			for _, d := range dirs {
				r = r.Add(evalSet(t, exc, d))
			}
			tr := r.Triples
			t.Logf("min confidence %.1f: triples %d  P %.3f  R %.3f  F1 %.3f", c, tr.System(), tr.Precision(), tr.Recall(), tr.F1())
		}
	}
}
