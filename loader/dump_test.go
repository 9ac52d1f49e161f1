package loader

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// TestDump prints the extraction of the file named by ACTORGRAPH_DUMP
// (a debugging aid; skipped otherwise).
func TestDump(t *testing.T) {
	path := os.Getenv("ACTORGRAPH_DUMP")
	if path == "" {
		t.Skip("set ACTORGRAPH_DUMP=<article file>")
	}
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := ReadFile(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		out, err := ex.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range out.Entities {
			fmt.Printf("E %-12s %s %v\n", e.Type, e.Name, e.Aliases)
		}
		for _, tr := range out.Triples {
			fmt.Printf("T %d %.2f %s | %s | %s\n", tr.Sentence, tr.Confidence, tr.Subject, tr.Predicate, tr.Object)
		}
	}
}

// TestDumpText prints the triples of the text in ACTORGRAPH_TEXT.
func TestDumpText(t *testing.T) {
	text := os.Getenv("ACTORGRAPH_TEXT")
	if text == "" {
		t.Skip("set ACTORGRAPH_TEXT")
	}
	out := extractText(t, "text", text)
	for _, e := range out.Entities {
		fmt.Printf("E %-12s %s\n", e.Type, e.Name)
	}
	for _, tr := range out.Triples {
		fmt.Printf("T %d %.2f %s | %s | %s\n", tr.Sentence, tr.Confidence, tr.Subject, tr.Predicate, tr.Object)
	}
}
