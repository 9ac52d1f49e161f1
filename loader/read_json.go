package loader

// JSON articles: one object or an array of them (.json), or one object a
// line (.jsonl), with the fields id, title, url, published, source, text.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// readJSONArticle is the file form of an article; Published is parsed
// leniently (RFC 3339 or a plain date).
type readJSONArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Text      string `json:"text"`
}

func (j readJSONArticle) article(where string) (ontology.Article, error) {
	a := ontology.Article{ID: strings.TrimSpace(j.ID), Title: strings.TrimSpace(j.Title), URL: strings.TrimSpace(j.URL),
		Source: strings.TrimSpace(j.Source), Text: j.Text}
	if a.ID == "" {
		return a, fmt.Errorf("%s: no \"id\": %w", where, ErrFormat)
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, fmt.Errorf("%s (id %q): no \"text\": %w", where, a.ID, ErrEmpty)
	}
	if strings.IndexByte(a.Text, 0) >= 0 {
		return a, fmt.Errorf("%s (id %q): NUL in text: %w", where, a.ID, ErrBinary)
	}
	if p := strings.TrimSpace(j.Published); p != "" {
		t, ok := readParseDate(p)
		if !ok {
			return a, fmt.Errorf("%s (id %q): published %q is not a date (want RFC 3339 or 2006-01-02): %w", where, a.ID, p, ErrFormat)
		}
		a.Published = t
	}
	return a, nil
}

func readJSON(name string, b []byte) ([]ontology.Article, error) {
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))
	var items []readJSONArticle
	if len(b) > 0 && b[0] == '[' {
		if err := readDecodeOne(b, &items, 1); err != nil {
			return nil, err
		}
	} else {
		var one readJSONArticle
		if err := readDecodeOne(b, &one, 1); err != nil {
			return nil, err
		}
		items = append(items, one)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("empty array: %w", ErrEmpty)
	}
	out := make([]ontology.Article, 0, len(items))
	for i, it := range items {
		where := "article"
		if b[0] == '[' {
			where = fmt.Sprintf("article %d", i+1)
		}
		a, err := it.article(where)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// readDecodeOne decodes exactly one JSON value, reporting where a syntax
// error is.
func readDecodeOne(b []byte, v any, firstLine int) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			line := firstLine + bytes.Count(b[:min(int(se.Offset), len(b))], []byte("\n"))
			return fmt.Errorf("line %d: %v: %w", line, err, ErrFormat)
		case errors.As(err, &te):
			line := firstLine + bytes.Count(b[:min(int(te.Offset), len(b))], []byte("\n"))
			return fmt.Errorf("line %d: field %q: %v: %w", line, te.Field, err, ErrFormat)
		}
		return fmt.Errorf("line %d: %v: %w", firstLine, err, ErrFormat)
	}
	if dec.More() {
		return fmt.Errorf("line %d: data after the first JSON value (use .jsonl for one article a line): %w", firstLine, ErrFormat)
	}
	return nil
}

func readJSONL(name string, b []byte) ([]ontology.Article, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	var out []ontology.Article
	for n := 1; len(b) > 0; n++ {
		line, rest, _ := bytes.Cut(b, []byte("\n"))
		b = rest
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var j readJSONArticle
		if err := readDecodeOne(line, &j, n); err != nil {
			return nil, err
		}
		a, err := j.article(fmt.Sprintf("line %d", n))
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no articles: %w", ErrEmpty)
	}
	return out, nil
}
