package syntax

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
)

// table is the frozen weight matrix of an averaged perceptron: for each
// feature hash, a short sparse row of (class, weight). Rows are found by
// open addressing on the hash, which is already well mixed.
type table struct {
	nclass int
	keys   []uint64 // power-of-two sized; 0 marks an empty slot
	rows   []uint32 // row index for keys[i]
	start  []uint32 // row r spans cls/w[start[r]:start[r+1]]
	cls    []uint8
	w      []float32
	mask   uint64
}

// key maps a feature hash to a non-zero table key.
func key(f uint64) uint64 {
	if f == 0 {
		return 1
	}
	return f
}

// add adds the weights of every feature in feats to scores.
func (t *table) add(feats []uint64, scores []float32) {
	for _, f := range feats {
		k := key(f)
		for i := k & t.mask; ; i = (i + 1) & t.mask {
			kk := t.keys[i]
			if kk == k {
				r := t.rows[i]
				lo, hi := t.start[r], t.start[r+1]
				cls, w := t.cls[lo:hi], t.w[lo:hi]
				for j, c := range cls {
					scores[c] += w[j]
				}
				break
			}
			if kk == 0 {
				break
			}
		}
	}
}

// sparseRow is one feature's weights while building a table.
type sparseRow struct {
	key uint64
	cls []uint8
	w   []float32
}

func buildTable(nclass int, rows []sparseRow) *table {
	slices.SortFunc(rows, func(a, b sparseRow) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	size := 1
	for size < 2*len(rows)+2 {
		size <<= 1
	}
	t := &table{nclass: nclass, keys: make([]uint64, size), rows: make([]uint32, size), mask: uint64(size - 1)}
	t.start = make([]uint32, 1, len(rows)+1)
	for r, row := range rows {
		t.cls = append(t.cls, row.cls...)
		t.w = append(t.w, row.w...)
		t.start = append(t.start, uint32(len(t.cls)))
		k := key(row.key)
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.rows[i] = k, uint32(r)
	}
	return t
}

// sparseRows lists the table's rows in key order (for writing).
func (t *table) sparseRows() []sparseRow {
	rows := make([]sparseRow, 0, len(t.start)-1)
	for i, k := range t.keys {
		if k == 0 {
			continue
		}
		r := t.rows[i]
		lo, hi := t.start[r], t.start[r+1]
		rows = append(rows, sparseRow{key: k, cls: t.cls[lo:hi], w: t.w[lo:hi]})
	}
	slices.SortFunc(rows, func(a, b sparseRow) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	return rows
}

// Weights are stored as int16 multiples of a per-table scale: a perceptron
// only ranks classes, and 1/32767 of the largest weight is far below the
// margins that decide a tag.

func (t *table) write(w *bufio.Writer) error {
	rows := t.sparseRows()
	var maxAbs float32
	for _, x := range t.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { w.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	put(uint64(t.nclass))
	put(uint64(len(rows)))
	put(uint64(math.Float32bits(scale)))
	prev := uint64(0)
	for _, r := range rows {
		put(r.key - prev)
		prev = r.key
		put(uint64(len(r.cls)))
		w.Write(r.cls)
		for _, x := range r.w {
			q := int16(math.Round(float64(x / scale)))
			w.WriteByte(byte(q))
			w.WriteByte(byte(uint16(q) >> 8))
		}
	}
	return nil
}

func readTable(r *bufio.Reader) (*table, error) {
	get := func(what string) (uint64, error) {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			return 0, fmt.Errorf("read %s: %w", what, err)
		}
		return v, nil
	}
	nclass, err := get("class count")
	if err != nil {
		return nil, err
	}
	if nclass == 0 || nclass > 256 {
		return nil, fmt.Errorf("class count %d outside 1..256", nclass)
	}
	nrows, err := get("row count")
	if err != nil {
		return nil, err
	}
	if nrows > 1<<26 {
		return nil, fmt.Errorf("row count %d too large", nrows)
	}
	sbits, err := get("scale")
	if err != nil {
		return nil, err
	}
	scale := math.Float32frombits(uint32(sbits))
	rows := make([]sparseRow, nrows)
	prev := uint64(0)
	for i := range rows {
		d, err := get("row key")
		if err != nil {
			return nil, err
		}
		n, err := get("row length")
		if err != nil {
			return nil, err
		}
		if n > nclass {
			return nil, fmt.Errorf("row %d has %d entries for %d classes", i, n, nclass)
		}
		raw := make([]byte, 3*n)
		if _, err := io.ReadFull(r, raw); err != nil {
			return nil, fmt.Errorf("read row %d: %w", i, err)
		}
		row := sparseRow{key: prev + d, cls: raw[:n], w: make([]float32, n)}
		for j := range row.w {
			q := int16(uint16(raw[n+2*uint64(j)]) | uint16(raw[n+2*uint64(j)+1])<<8)
			row.w[j] = float32(q) * scale
		}
		for _, c := range row.cls {
			if uint64(c) >= nclass {
				return nil, fmt.Errorf("row %d names class %d of %d", i, c, nclass)
			}
		}
		prev = row.key
		rows[i] = row
	}
	return buildTable(int(nclass), rows), nil
}
