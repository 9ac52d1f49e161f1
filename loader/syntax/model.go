package syntax

import (
	"bytes"
	"embed"
	"fmt"
	"sync"
)

//go:generate go run ./internal/train -corpus ../../../shared/corpus/gum-train -holdout GUM_academic_census,GUM_court_fire,GUM_interview_cyclone,GUM_interview_peres -out model

// The shipped models, trained on 42 of the 46 GUM training documents; the
// other 4 are testdata/ so the accuracy floors in the tests are honest.
//
//go:embed model/*.bin.gz
var modelFiles embed.FS

// The decoded models are built once and never modified, so sharing them
// is safe.
var (
	defaultTagger = sync.OnceValues(func() (*Tagger, error) {
		b, err := modelFiles.ReadFile("model/tagger.bin.gz")
		if err != nil {
			return nil, fmt.Errorf("syntax: load embedded tagger: %w", err)
		}
		return ReadTagger(bytes.NewReader(b))
	})
	defaultParser = sync.OnceValues(func() (*Parser, error) {
		b, err := modelFiles.ReadFile("model/parser.bin.gz")
		if err != nil {
			return nil, fmt.Errorf("syntax: load embedded parser: %w", err)
		}
		return ReadParser(bytes.NewReader(b))
	})
)

// DefaultTagger returns the embedded tagger, decoding it on first use.
// Every call returns the same read-only *Tagger.
func DefaultTagger() (*Tagger, error) { return defaultTagger() }

// DefaultParser returns the embedded parser, decoding it on first use.
// Every call returns the same read-only *Parser.
func DefaultParser() (*Parser, error) { return defaultParser() }
