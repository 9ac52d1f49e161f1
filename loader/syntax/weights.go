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
// open addressing on the hash, which is already well mixed. Scoring is
// bound by memory latency, so a lookup touches one slot and one run of
// entries, and weights are int16 multiples of one scale (a perceptron only
// ranks classes, and 1/32767 of the largest weight is far below the
// margins that decide a tag).
type table struct {
	nclass int
	slots  []slot // power-of-two sized; lo 0 marks an empty slot
	// ents holds the rows; a row at lo is a header entry whose w is the
	// row length, followed by that many entries. ents[0] is unused.
	ents  []entry
	mask  uint64
	scale float32 // weight of one unit
	// rowKeys and rowLo give every row's full key and offset, in key
	// order, for writing the table; lookups never touch them.
	rowKeys []uint64
	rowLo   []uint32
}

// slot is 8 bytes so that more of the table stays in cache: it keeps the
// high 32 bits of the key (the low bits chose the slot), which leaves a
// false match between two features at well under one in a billion.
type slot struct {
	tag uint32
	lo  uint32
}

type entry struct {
	w int16
	c uint8
}

// key maps a feature hash to a non-zero table key.
func key(f uint64) uint64 {
	if f == 0 {
		return 1
	}
	return f
}

// add adds the weights of every feature in feats to scores, in units of
// t.scale. It first finds every row and only then reads them: the lookups
// are independent cache misses the CPU can overlap, which it cannot do
// when each row's reads wait on the lookup before them.
func (t *table) add(feats []uint64, scores []int32) {
	var buf [64]uint32
	found := buf[:0]
	for _, f := range feats {
		k := key(f)
		tag := uint32(k >> 32)
		for i := k & t.mask; ; i = (i + 1) & t.mask {
			s := t.slots[i]
			if s.lo == 0 {
				break
			}
			if s.tag == tag {
				found = append(found, s.lo)
				break
			}
		}
	}
	for _, lo := range found {
		n := uint32(t.ents[lo].w)
		for _, e := range t.ents[lo+1 : lo+1+n] {
			scores[e.c] += int32(e.w)
		}
	}
}

// sparseRow is one feature's weights while building or writing a table.
type sparseRow struct {
	key  uint64
	ents []entry
}

// quantize turns float rows into a table.
func quantize(nclass int, keys []uint64, cls [][]uint8, ws [][]float32) *table {
	var maxAbs float64
	for _, w := range ws {
		for _, x := range w {
			maxAbs = max(maxAbs, math.Abs(float64(x)))
		}
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	rows := make([]sparseRow, 0, len(keys))
	for i, k := range keys {
		row := sparseRow{key: k}
		for j, c := range cls[i] {
			q := int16(math.Round(float64(ws[i][j] / scale)))
			if q != 0 {
				row.ents = append(row.ents, entry{w: q, c: c})
			}
		}
		if len(row.ents) > 0 {
			rows = append(rows, row)
		}
	}
	return buildTable(nclass, scale, rows)
}

func buildTable(nclass int, scale float32, rows []sparseRow) *table {
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
	for size < len(rows)+len(rows)/3+2 {
		size <<= 1
	}
	t := &table{nclass: nclass, slots: make([]slot, size), mask: uint64(size - 1), scale: scale}
	t.ents = make([]entry, 1, 1+len(rows))
	for _, row := range rows {
		lo := uint32(len(t.ents))
		t.ents = append(t.ents, entry{w: int16(len(row.ents))})
		t.ents = append(t.ents, row.ents...)
		k := key(row.key)
		t.rowKeys = append(t.rowKeys, k)
		t.rowLo = append(t.rowLo, lo)
		i := k & t.mask
		for t.slots[i].lo != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{tag: uint32(k >> 32), lo: lo}
	}
	return t
}

// sparseRows lists the table's rows in key order (for writing).
func (t *table) sparseRows() []sparseRow {
	rows := make([]sparseRow, len(t.rowKeys))
	for r, k := range t.rowKeys {
		lo := t.rowLo[r]
		n := uint32(t.ents[lo].w)
		rows[r] = sparseRow{key: k, ents: t.ents[lo+1 : lo+1+n]}
	}
	return rows
}

// write stores the table: class count, row count, scale, then per row the
// key delta, entry count, classes and little-endian int16 weights.
func (t *table) write(w *bufio.Writer) {
	rows := t.sparseRows()
	putUvarint(w, uint64(t.nclass))
	putUvarint(w, uint64(len(rows)))
	putUvarint(w, uint64(math.Float32bits(t.scale)))
	prev := uint64(0)
	for _, r := range rows {
		putUvarint(w, r.key-prev)
		prev = r.key
		putUvarint(w, uint64(len(r.ents)))
		for _, e := range r.ents {
			w.WriteByte(e.c)
		}
		for _, e := range r.ents {
			w.WriteByte(byte(e.w))
			w.WriteByte(byte(uint16(e.w) >> 8))
		}
	}
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
	if nrows > 1<<24 {
		return nil, fmt.Errorf("row count %d too large", nrows)
	}
	sbits, err := get("scale")
	if err != nil {
		return nil, err
	}
	rows := make([]sparseRow, 0, min(nrows, 1<<16))
	raw := make([]byte, 3*256)
	prev := uint64(0)
	for i := range nrows {
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
		if _, err := io.ReadFull(r, raw[:3*n]); err != nil {
			return nil, fmt.Errorf("read row %d: %w", i, err)
		}
		row := sparseRow{key: prev + d, ents: make([]entry, n)}
		for j := range row.ents {
			c := raw[j]
			if uint64(c) >= nclass {
				return nil, fmt.Errorf("row %d names class %d of %d", i, c, nclass)
			}
			q := int16(uint16(raw[n+2*uint64(j)]) | uint16(raw[n+2*uint64(j)+1])<<8)
			row.ents[j] = entry{w: q, c: c}
		}
		prev = row.key
		rows = append(rows, row)
	}
	return buildTable(int(nclass), math.Float32frombits(uint32(sbits)), rows), nil
}
