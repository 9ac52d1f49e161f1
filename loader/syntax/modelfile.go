package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// ErrModel is wrapped by errors for model files that are not ours or are
// damaged.
var ErrModel = errors.New("bad model file")

// Model files are gzip-compressed: a magic line, string tables, then the
// weight table (see table.write).
const (
	taggerMagic = "actorgraph syntax tagger v4\n"
	parserMagic = "actorgraph syntax parser v3\n"
)

// WriteTo writes the tagger as a gzip-compressed model file.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	return writeModel(w, taggerMagic, func(b *bufio.Writer) {
		writeStrings(b, t.classes)
		putUvarint(b, uint64(len(t.dict)))
		for _, k := range sortedKeys(t.dict) {
			binary.Write(b, binary.LittleEndian, k)
			b.WriteByte(t.dict[k])
		}
		writeSet(b, t.lex)
		writeSet(b, t.vocab)
		t.weights.write(b)
	})
}

// ReadTagger reads a model file written by [Tagger.WriteTo].
func ReadTagger(r io.Reader) (*Tagger, error) {
	var t *Tagger
	err := readModel(r, taggerMagic, func(b *bufio.Reader) error {
		classes, err := readStrings(b)
		if err != nil {
			return err
		}
		n, err := binary.ReadUvarint(b)
		if err != nil || n > 1<<24 {
			return fmt.Errorf("tag dictionary size: %v", err)
		}
		dict := make(map[uint64]uint8, n)
		for range n {
			var k uint64
			if err := binary.Read(b, binary.LittleEndian, &k); err != nil {
				return fmt.Errorf("tag dictionary: %w", err)
			}
			c, err := b.ReadByte()
			if err != nil || int(c) >= len(classes) {
				return fmt.Errorf("tag dictionary class %d: %v", c, err)
			}
			dict[k] = c
		}
		lex, err := readSet(b, "lexicon")
		if err != nil {
			return err
		}
		vocab, err := readSet(b, "vocabulary")
		if err != nil {
			return err
		}
		w, err := readTable(b)
		if err != nil {
			return err
		}
		if w.nclass != len(classes) {
			return fmt.Errorf("weights for %d classes, %d tags", w.nclass, len(classes))
		}
		t = newTagger(classes, dict, lex, vocab, w)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("syntax: read tagger: %w", err)
	}
	return t, nil
}

// WriteTo writes the parser as a gzip-compressed model file.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	return writeModel(w, parserMagic, func(b *bufio.Writer) {
		writeStrings(b, p.labels)
		writeSet(b, p.vocab)
		p.weights.write(b)
	})
}

// ReadParser reads a model file written by [Parser.WriteTo].
func ReadParser(r io.Reader) (*Parser, error) {
	var p *Parser
	err := readModel(r, parserMagic, func(b *bufio.Reader) error {
		labels, err := readStrings(b)
		if err != nil {
			return err
		}
		vocab, err := readSet(b, "vocabulary")
		if err != nil {
			return err
		}
		w, err := readTable(b)
		if err != nil {
			return err
		}
		if w.nclass != 1+2*len(labels) {
			return fmt.Errorf("weights for %d classes, %d labels", w.nclass, len(labels))
		}
		p = newParser(labels, vocab, w)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("syntax: read parser: %w", err)
	}
	return p, nil
}

// countingWriter counts bytes so WriteTo can report them.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func writeModel(w io.Writer, magic string, body func(*bufio.Writer)) (int64, error) {
	cw := &countingWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	b := bufio.NewWriter(zw)
	b.WriteString(magic)
	body(b)
	if err := b.Flush(); err != nil {
		return cw.n, fmt.Errorf("syntax: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("syntax: write model: %w", err)
	}
	return cw.n, nil
}

func readModel(r io.Reader, magic string, body func(*bufio.Reader) error) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrModel, err)
	}
	b := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(b, head); err != nil || string(head) != magic {
		return fmt.Errorf("%w: missing header %q", ErrModel, magic[:len(magic)-1])
	}
	if err := body(b); err != nil {
		return fmt.Errorf("%w: %w", ErrModel, err)
	}
	return nil
}

func putUvarint(b *bufio.Writer, v uint64) {
	var buf [binary.MaxVarintLen64]byte
	b.Write(buf[:binary.PutUvarint(buf[:], v)])
}

func writeStrings(b *bufio.Writer, ss []string) {
	putUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		putUvarint(b, uint64(len(s)))
		b.WriteString(s)
	}
}

func readStrings(b *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(b)
	if err != nil || n == 0 || n > 256 {
		return nil, fmt.Errorf("string table size %d: %v", n, err)
	}
	out := make([]string, n)
	for i := range out {
		l, err := binary.ReadUvarint(b)
		if err != nil || l > 256 {
			return nil, fmt.Errorf("string %d length %d: %v", i, l, err)
		}
		buf := make([]byte, l)
		if _, err := io.ReadFull(b, buf); err != nil {
			return nil, fmt.Errorf("string %d: %w", i, err)
		}
		out[i] = string(buf)
	}
	return out, nil
}

func sortedKeys[V any](m map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// writeSet writes a set of hashes as sorted deltas.
func writeSet(b *bufio.Writer, set map[uint64]struct{}) {
	putUvarint(b, uint64(len(set)))
	prev := uint64(0)
	for _, k := range sortedKeys(set) {
		putUvarint(b, k-prev)
		prev = k
	}
}

func readSet(b *bufio.Reader, what string) (map[uint64]struct{}, error) {
	n, err := binary.ReadUvarint(b)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("%s size %d: %v", what, n, err)
	}
	set := make(map[uint64]struct{}, n)
	prev := uint64(0)
	for range n {
		d, err := binary.ReadUvarint(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		prev += d
		set[prev] = struct{}{}
	}
	return set, nil
}
