// Command train rebuilds the embedded models of package syntax from the
// GUM training documents (CoNLL-U), prints held-out accuracy, and writes
// the model files. Run it through `go generate` in loader/syntax.
package main

import (
	"flag"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/loader/syntax"
)

func main() {
	corpus := flag.String("corpus", "../../../shared/corpus/gum-train", "directory of training .conllu files")
	holdout := flag.String("holdout", "", "comma-separated document names (without .conllu) kept out of training and used for the dev figures")
	out := flag.String("out", "model", "directory to write tagger.bin.gz and parser.bin.gz into; empty writes nothing")
	only := flag.String("only", "", "train only \"tagger\" or \"parser\"")
	iters := flag.Int("iters", 0, "training passes (0: model default)")
	piters := flag.Int("piters", 0, "parser training passes (0: model default)")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	cv := flag.Int("cv", 0, "if > 1, also report k-fold cross-validated accuracy over the training documents")
	flag.Parse()
	log.SetFlags(0)

	files, err := filepath.Glob(filepath.Join(*corpus, "*.conllu"))
	if err != nil || len(files) == 0 {
		log.Fatalf("train: no .conllu files in %s", *corpus)
	}
	slices.Sort(files)
	held := map[string]bool{}
	for _, h := range strings.Split(*holdout, ",") {
		if h = strings.TrimSpace(h); h != "" {
			held[h] = true
		}
	}
	var train, dev [][]syntax.Sentence
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".conllu")
		sents := readFile(f)
		if held[name] {
			dev = append(dev, sents)
			delete(held, name)
		} else {
			train = append(train, sents)
		}
	}
	if len(held) > 0 {
		log.Fatalf("train: held-out documents not found: %v", held)
	}
	trainS, devS := slices.Concat(train...), slices.Concat(dev...)
	log.Printf("train: %d docs, %d sentences, %d words; dev: %d docs, %d sentences, %d words",
		len(train), len(trainS), words(trainS), len(dev), len(devS), words(devS))
	opt := syntax.TrainOptions{Iterations: *iters, Seed: *seed}

	if *cv > 1 && *only != "parser" {
		right, all := 0.0, 0
		for k := range *cv {
			var tr, te []syntax.Sentence
			for i, d := range train {
				if i%*cv == k {
					te = append(te, d...)
				} else {
					tr = append(tr, d...)
				}
			}
			right += syntax.TagAccuracy(syntax.TrainTagger(tr, opt), te) * float64(words(te))
			all += words(te)
		}
		log.Printf("tagger: %d-fold cross-validated accuracy %.2f%%", *cv, 100*right/float64(all))
	}

	var tagger *syntax.Tagger
	if *only != "parser" {
		start := time.Now()
		tagger = syntax.TrainTagger(trainS, opt)
		log.Printf("tagger: trained in %s", time.Since(start).Round(time.Millisecond))
		if len(devS) > 0 {
			log.Printf("tagger: dev accuracy %.2f%%", 100*syntax.TagAccuracy(tagger, devS))
		}
		write(*out, "tagger.bin.gz", tagger.WriteTo)
	}
	if *only != "tagger" {
		if tagger == nil {
			tagger = syntax.TrainTagger(trainS, opt)
		}
		// Jackknifed tags: each document tagged by a tagger trained
		// without it, so the parser trains on realistic tagging errors.
		start := time.Now()
		const folds = 10
		var jack [][]string
		byDoc := make([][][]string, len(train))
		for k := range folds {
			var tr []syntax.Sentence
			for i, d := range train {
				if i%folds != k {
					tr = append(tr, d...)
				}
			}
			tg := syntax.TrainTagger(tr, opt)
			for i, d := range train {
				if i%folds == k {
					for _, s := range d {
						byDoc[i] = append(byDoc[i], tg.Tag(s.Words))
					}
				}
			}
		}
		for _, d := range byDoc {
			jack = append(jack, d...)
		}
		log.Printf("parser: jackknifed tags in %s", time.Since(start).Round(time.Millisecond))
		start = time.Now()
		popt := syntax.TrainOptions{Iterations: *piters, Seed: *seed}
		parser, skipped := syntax.TrainParser(trainS, jack, popt)
		log.Printf("parser: trained in %s (%d sentences without heads skipped)", time.Since(start).Round(time.Millisecond), skipped)
		if len(devS) > 0 {
			uas, las := syntax.AttachmentScores(parser, tagger, devS)
			guas, glas := syntax.AttachmentScores(parser, nil, devS)
			log.Printf("parser: dev UAS %.2f%% LAS %.2f%% with predicted tags; UAS %.2f%% LAS %.2f%% with gold tags", 100*uas, 100*las, 100*guas, 100*glas)
		}
		write(*out, "parser.bin.gz", parser.WriteTo)
	}
}

func readFile(path string) []syntax.Sentence {
	f, err := os.Open(path)
	if err != nil {
		log.Fatalf("train: %v", err)
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(f)
	if err != nil {
		log.Fatalf("train: %s: %v", path, err)
	}
	return sents
}

func words(sents []syntax.Sentence) int {
	n := 0
	for _, s := range sents {
		n += len(s.Words)
	}
	return n
}

func write(dir, name string, writeTo func(w io.Writer) (int64, error)) {
	if dir == "" {
		return
	}
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		log.Fatalf("train: %v", err)
	}
	n, err := writeTo(f)
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		log.Fatalf("train: write %s: %v", path, err)
	}
	log.Printf("train: wrote %s (%d bytes)", path, n)
}
