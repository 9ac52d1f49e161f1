package graph

// The article record: each article node keeps the exact list of quads the
// article added, as one JSON literal under <ag:record>. Cayley's key-value
// backends have no index by label, so without it replacing or deleting an
// article would scan the whole store for the article's label.

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/cayleygraph/quad"
)

// encodeValue tags a value with its kind so it decodes to an equal value
// (N-Quads would round floats and times).
func encodeValue(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return "<" + string(v)
	case quad.String:
		return "\"" + string(v)
	case quad.Int:
		return "i" + strconv.FormatInt(int64(v), 10)
	case quad.Float:
		return "f" + strconv.FormatFloat(float64(v), 'g', -1, 64)
	case quad.Time:
		return "t" + time.Time(v).UTC().Format(time.RFC3339Nano)
	}
	return "\"" + quad.StringOf(v)
}

func decodeValue(s string) (quad.Value, error) {
	if s == "" {
		return nil, fmt.Errorf("empty value")
	}
	body := s[1:]
	switch s[0] {
	case '<':
		return quad.IRI(body), nil
	case '"':
		return quad.String(body), nil
	case 'i':
		n, err := strconv.ParseInt(body, 10, 64)
		return quad.Int(n), err
	case 'f':
		f, err := strconv.ParseFloat(body, 64)
		return quad.Float(f), err
	case 't':
		t, err := time.Parse(time.RFC3339Nano, body)
		return quad.Time(t.UTC()), err
	}
	return nil, fmt.Errorf("unknown value tag %q", s[0])
}

func quadKey(q quad.Quad) string {
	return encodeValue(q.Subject) + "\x00" + encodeValue(q.Predicate) + "\x00" + encodeValue(q.Object)
}

// recordQuad is the quad holding qs (all labelled with the article's IRI).
func recordQuad(art quad.IRI, qs []quad.Quad) quad.Quad {
	rows := make([][3]string, len(qs))
	for i, q := range qs {
		rows[i] = [3]string{encodeValue(q.Subject), encodeValue(q.Predicate), encodeValue(q.Object)}
	}
	b, _ := json.Marshal(rows) // strings only: cannot fail
	return quad.Quad{Subject: art, Predicate: pRecord, Object: quad.String(b), Label: art}
}

func decodeRecord(art quad.IRI, rec string) ([]quad.Quad, error) {
	var rows [][3]string
	if err := json.Unmarshal([]byte(rec), &rows); err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(rows))
	for _, r := range rows {
		var vals [3]quad.Value
		for i, s := range r {
			v, err := decodeValue(s)
			if err != nil {
				return nil, err
			}
			vals[i] = v
		}
		out = append(out, quad.Quad{Subject: vals[0], Predicate: vals[1], Object: vals[2], Label: art})
	}
	return out, nil
}

// readRecord reads from the store every quad article id added, the record
// quad included. It follows the article node's own quads (an index
// lookup), never the label.
func (s *Store) readRecord(ctx context.Context, id string) ([]quad.Quad, error) {
	art := articleIRI(id)
	ref, err := s.qs.ValueOf(art)
	if err != nil {
		return nil, fmt.Errorf("graph: read record of article %q: %w", id, err)
	}
	if ref == nil {
		return nil, fmt.Errorf("graph: read record of article %q: %w", id, ErrNotFound)
	}
	it := s.qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("graph: read record of article %q: %w", id, err)
		}
		if q.Predicate != pRecord || q.Label != art {
			continue
		}
		qs, err := decodeRecord(art, stringOf(q.Object))
		if err != nil {
			return nil, fmt.Errorf("graph: decode record of article %q: %w", id, err)
		}
		return append(qs, q), nil
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("graph: read record of article %q: %w", id, err)
	}
	return nil, fmt.Errorf("graph: read record of article %q: %w", id, ErrNotFound)
}
