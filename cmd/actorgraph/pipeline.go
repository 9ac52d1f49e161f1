package main

// This file runs extraction over many files in parallel and hands the
// results back in file order, so that load can write to the store from one
// goroutine and extract prints a stable order.

import (
	"context"
	"errors"
	"fmt"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/ontology"
)

// extracted is what one file gave: its extractions, or why it failed.
type extracted struct {
	path        string
	extractions []ontology.Extraction
	err         error
	held        bool // holds a slot of extractFiles' ahead
}

// extractFiles reads and extracts each file with up to workers goroutines
// and calls deliver for each file, in order, from the calling goroutine. A
// failing file is delivered with its error; extraction goes on. An error
// from deliver, or ctx ending, stops everything and is returned.
func extractFiles(ctx context.Context, ex *loader.Extractor, files []string, workers int, deliver func(extracted) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	results := make([]chan extracted, len(files))
	for i := range results {
		results[i] = make(chan extracted, 1)
	}
	// ahead bounds how many finished files wait for deliver, so memory
	// stays flat however many files there are.
	ahead := make(chan struct{}, 2*workers)
	g := new(errgroup.Group)
	g.SetLimit(workers)
	go func() {
		for i, path := range files {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				for j, ch := range results[i:] {
					ch <- extracted{path: files[i+j], err: ctx.Err()}
				}
				return
			}
			g.Go(func() error {
				r := extractFile(ctx, ex, path)
				r.held = true
				results[i] <- r
				return nil
			})
		}
	}()

	var err error
	for _, ch := range results {
		r := <-ch
		if r.held {
			<-ahead
		}
		if err == nil && ctx.Err() != nil {
			// Interrupted: the files left were not extracted, not bad.
			err = ctx.Err()
		}
		if err == nil {
			err = deliver(r)
			if err != nil {
				cancel()
			}
		}
	}
	g.Wait()
	return err
}

func extractFile(ctx context.Context, ex *loader.Extractor, path string) extracted {
	r := extracted{path: path}
	arts, err := loader.ReadFile(ctx, path)
	if err != nil {
		r.err = err
		return r
	}
	if len(arts) == 0 {
		r.err = errors.New("no article in the file")
		return r
	}
	for _, a := range arts {
		e, err := ex.Extract(ctx, a)
		if err != nil {
			r.err = fmt.Errorf("article %q: %w", a.ID, err)
			return r
		}
		r.extractions = append(r.extractions, e)
	}
	return r
}

// newExtractor returns the loader's extractor; minConf > 0 drops triples
// below that confidence, else the loader's own default holds.
func newExtractor(minConf float64) (*loader.Extractor, error) {
	var opts []loader.Option
	if minConf > 0 {
		opts = append(opts, loader.MinConfidence(minConf))
	}
	return loader.New(opts...)
}

// errNoFiles is what load and extract say when the paths they were given
// hold no article file at all: an empty result would look like success.
func errNoFiles(paths []string) error {
	return fmt.Errorf("no article files (.txt, .md, .html, .json, .jsonl) under %q", paths)
}

// listFiles expands each path into article files. A path that cannot be
// listed (missing, unsupported extension) is reported and counted in
// failed; the others are still returned, each file once.
func (s *state) listFiles(paths []string) (files []string, failed int) {
	seen := make(map[string]bool)
	for _, p := range paths {
		fs, err := loader.ListFiles([]string{p})
		if err != nil {
			failed++
			s.log.Error("skipped path", "path", p, "err", err)
			continue
		}
		for _, f := range fs {
			if !seen[f] {
				seen[f] = true
				files = append(files, f)
			}
		}
	}
	return files, failed
}
