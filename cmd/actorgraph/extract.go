package main

import (
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/actorgraph/actorgraph/ontology"
)

const extractDoc = `
Extract reads articles (files or folders of .txt, .md, .html, .json and
.jsonl) and prints what the loader finds, without touching a store: one
JSON object a line, in the output format of ONTOLOGY.md:

	{"article":"seed-sumy","subject":"Russia","subject_type":"Country",
	 "predicate":"attacked","object":"Sumy","object_type":"Place",
	 "cameo":"19","confidence":0.9,"sentence":0,"evidence":"..."}

With --entities it prints one line per entity instead:

	{"article":"seed-sumy","name":"Volodymyr Zelenskyy","type":"Person",
	 "aliases":["Zelenskyy","Zelensky"]}

Files that cannot be read are reported on stderr and skipped; the exit
status is then 1.`

// entityLine is one line of extract --entities.
type entityLine struct {
	Article string              `json:"article"`
	Name    string              `json:"name"`
	Type    ontology.EntityType `json:"type"`
	Aliases []string            `json:"aliases"`
}

func (s *state) extract(args []string) error {
	c := s.newCommand("extract", "extract [--entities] [--min-confidence C] [--workers N] PATH...", extractDoc)
	entities := c.Bool("entities", false, "print entities instead of triples")
	workers := c.Int("workers", runtime.GOMAXPROCS(0), "extract `N` files at a time")
	minConf := c.Float64("min-confidence", 0, "drop triples with confidence below `C` (0 to 1)")
	if err := c.parse(args); err != nil {
		return err
	}
	if c.NArg() == 0 {
		return usagef("no PATH given")
	}
	files, failed := s.listFiles(c.Args())
	if len(files) == 0 && failed == 0 {
		return errNoFiles(c.Args())
	}
	ex, err := newExtractor(*minConf)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(s.stdout)
	enc.SetEscapeHTML(false)
	err = extractFiles(s.ctx, ex, files, *workers, func(r extracted) error {
		if r.err != nil {
			failed++
			s.log.Error("skipped file", "path", r.path, "err", r.err)
			return nil
		}
		for _, x := range r.extractions {
			if *entities {
				for _, e := range x.Entities {
					aliases := e.Aliases
					if aliases == nil {
						aliases = []string{}
					}
					if err := enc.Encode(entityLine{x.Article.ID, e.Name, e.Type, aliases}); err != nil {
						return err
					}
				}
				continue
			}
			for _, t := range x.Triples {
				if err := enc.Encode(t); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(s.stderr, "actorgraph extract: %d paths or files failed\n", failed)
		return errReported
	}
	return nil
}
