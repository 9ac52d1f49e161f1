package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

const loadDoc = `
Load reads articles from files and folders (.txt, .md, .html, .json,
.jsonl; folders are walked), extracts actors and relations from each in
parallel and loads them into the store one article at a time, all or
nothing. Loading the same article again changes nothing; an article whose
text changed (same id) replaces its old triples.

A file that cannot be read or extracted is reported on stderr with its
path and the reason, and skipped; the others still load, and the exit
status is then 1. A summary line goes to stdout:

	loaded 9 articles (9 new, 0 replaced, 0 unchanged); the store holds 9 articles,
	190 entities, 160 relations, 170 triples; 0 errors

Examples:

	actorgraph load testdata/articles
	actorgraph load --store bolt:/data/news.db feed.jsonl more/`

// progressMin is the number of files from which load shows a progress bar
// (when stderr is a terminal).
const progressMin = 20

func (s *state) load(args []string) error {
	c := s.newCommand("load", "load [--store URL] [--workers N] PATH...", loadDoc)
	storeURL := c.storeFlag()
	workers := c.Int("workers", runtime.GOMAXPROCS(0), "extract `N` files at a time")
	minConf := c.Float64("min-confidence", 0, "drop triples with confidence below `C` (0 to 1)")
	if err := c.parse(args); err != nil {
		return err
	}
	if c.NArg() == 0 {
		return usagef("no PATH given")
	}
	start := time.Now()
	files, failedPaths := s.listFiles(c.Args())
	if len(files) == 0 {
		if failedPaths > 0 {
			return errReported
		}
		return errNoFiles(c.Args())
	}
	ex, err := newExtractor(*minConf)
	if err != nil {
		return err
	}
	st, err := s.openStore(*storeURL, true, "Load through the server's loadArticle mutation (serve --write-token), or stop the server first.")
	if err != nil {
		return err
	}
	defer st.Close()

	bar := s.progress(len(files))
	var sum struct{ articles, added, replaced, unchanged, entities, triples, failed int }
	sum.failed = failedPaths
	err = extractFiles(s.ctx, ex, files, *workers, func(r extracted) error {
		defer bar.Add(1)
		if r.err != nil {
			sum.failed++
			bar.Clear()
			s.log.Error("skipped file", "path", r.path, "err", r.err)
			return nil
		}
		for _, x := range r.extractions {
			res, err := st.LoadArticle(s.ctx, x)
			if err != nil {
				if s.ctx.Err() != nil {
					return s.ctx.Err()
				}
				sum.failed++
				bar.Clear()
				s.log.Error("skipped article", "path", r.path, "article", x.Article.ID, "err", err)
				continue
			}
			sum.articles++
			switch {
			case res.Unchanged:
				sum.unchanged++
			case res.Replaced:
				sum.replaced++
			default:
				sum.added++
			}
			sum.entities += res.Entities
			sum.triples += res.Triples
			s.log.Debug("loaded", "path", r.path, "article", x.Article.ID, "entities", res.Entities, "triples", res.Triples, "unchanged", res.Unchanged)
		}
		return nil
	})
	bar.Finish()
	if err != nil && s.ctx.Err() == nil {
		return err
	}
	if s.ctx.Err() != nil {
		fmt.Fprint(s.stdout, "interrupted: ")
		sum.failed++ // the exit status says the load is incomplete
	}
	// The store's totals, not sums over articles: the same actor named in
	// many articles is one entity.
	total, err := st.Stats(context.WithoutCancel(s.ctx))
	if err != nil {
		return err
	}
	fmt.Fprintf(s.stdout, "loaded %d articles (%d new, %d replaced, %d unchanged); the store holds %d articles, %d entities, %d relations, %d triples; %d errors\n",
		sum.articles, sum.added, sum.replaced, sum.unchanged, total.Articles, total.Entities, total.Relations, total.Triples, sum.failed)
	s.log.Info("loaded", "url", *storeURL, "mentioned_entities", sum.entities, "triples", sum.triples,
		"took", time.Since(start).Round(time.Millisecond))
	if sum.failed > 0 {
		return errReported
	}
	return nil
}

// progress returns a bar on stderr for n files, or one that draws nothing
// when there are few files or stderr is not a terminal.
func (s *state) progress(n int) *progressbar.ProgressBar {
	f, ok := s.stderr.(*os.File)
	if n < progressMin || !ok || !term.IsTerminal(int(f.Fd())) {
		return progressbar.NewOptions(n, progressbar.OptionSetWriter(io.Discard), progressbar.OptionSetVisibility(false))
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}
