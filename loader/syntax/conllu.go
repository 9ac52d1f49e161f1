package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrCoNLLU is wrapped by every error ReadCoNLLU returns for malformed
// input, so callers can tell bad data from I/O failures.
var ErrCoNLLU = errors.New("malformed CoNLL-U")

// Sentence is one sentence of a CoNLL-U file: its syntactic words (not
// multiword tokens, not empty nodes) with their annotations. All slices
// have one entry per word; Heads are 1-based with 0 for the root, as in
// the file, and -1 where the file gives "_".
type Sentence struct {
	ID     string // the "# sent_id" comment, if any
	Text   string // the "# text" comment, if any
	Words  []string
	Lemmas []string
	UPOS   []string
	Tags   []string // XPOS: Penn Treebank tags in GUM
	Heads  []int
	Labels []string // DEPREL, with subtypes (nsubj:pass)
}

// Len returns the number of words.
func (s *Sentence) Len() int { return len(s.Words) }

// ReadCoNLLU reads every sentence of a CoNLL-U stream. Multiword token
// lines (1-2) and empty nodes (3.1) are skipped. Errors name the line.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	var (
		out  []Sentence
		cur  Sentence
		line int
	)
	flush := func() error {
		if len(cur.Words) == 0 {
			cur = Sentence{}
			return nil
		}
		n := len(cur.Words)
		for i, h := range cur.Heads {
			if h < -1 || h > n { // -1: head given as "_"
				return fmt.Errorf("syntax: read conllu: sentence ending line %d: word %d has head %d outside 0..%d: %w", line, i+1, h, n, ErrCoNLLU)
			}
			if h == i+1 {
				return fmt.Errorf("syntax: read conllu: sentence ending line %d: word %d is its own head: %w", line, i+1, ErrCoNLLU)
			}
		}
		out = append(out, cur)
		cur = Sentence{}
		return nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(text) == "":
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		case strings.HasPrefix(text, "#"):
			if len(cur.Words) > 0 {
				continue // comments belong before the words
			}
			if v, ok := commentValue(text, "sent_id"); ok {
				cur.ID = v
			} else if v, ok := commentValue(text, "text"); ok {
				cur.Text = v
			}
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("syntax: read conllu: line %d: %d columns, want 10: %w", line, len(cols), ErrCoNLLU)
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multiword token or empty node
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, fmt.Errorf("syntax: read conllu: line %d: word id %q, want %d: %w", line, cols[0], len(cur.Words)+1, ErrCoNLLU)
		}
		head := -1
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil {
				return nil, fmt.Errorf("syntax: read conllu: line %d: head %q is not a number: %w", line, cols[6], ErrCoNLLU)
			}
		}
		if cols[1] == "" {
			return nil, fmt.Errorf("syntax: read conllu: line %d: empty form: %w", line, ErrCoNLLU)
		}
		cur.Words = append(cur.Words, cols[1])
		cur.Lemmas = append(cur.Lemmas, cols[2])
		cur.UPOS = append(cur.UPOS, cols[3])
		cur.Tags = append(cur.Tags, cols[4])
		cur.Heads = append(cur.Heads, head)
		cur.Labels = append(cur.Labels, cols[7])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("syntax: read conllu after line %d: %w", line, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// commentValue returns v for a comment line "# key = v".
func commentValue(line, key string) (string, bool) {
	rest := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	k, v, ok := strings.Cut(rest, "=")
	if !ok || strings.TrimSpace(k) != key {
		return "", false
	}
	return strings.TrimSpace(v), true
}
