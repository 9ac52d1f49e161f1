package syntax

// parseState is the configuration of the arc-hybrid system (Kuhlmann,
// Gómez-Rodríguez and Satta 2011): a stack, the next buffer word, and the
// arcs built so far. Words are 1..n; the root is n+1, at the end of the
// buffer (Ballesteros and Nivre 2013), so the parser picks the root word
// after seeing the whole sentence. Index 0 is unused.
type parseState struct {
	n      int
	infos  []wordInfo // index n+1 is the root
	tagH   []uint64
	stack  []int32
	b      int32
	heads  []int32 // -1: no head yet
	labels []int16
	// Leftmost and rightmost dependents (0: none; the root is never a
	// dependent) and how many dependents each side.
	lc, rc, lc2, rc2 []int32
	nl, nr           []int16
	feats            []uint64
	scores           []int32
}

// init starts a parse. Words outside vocab (if vocab is not nil) share
// one hash, so the weights learnt for rare training words apply to the
// unseen words of new text instead of being lost.
func (st *parseState) init(words, tags []string, vocab map[uint64]struct{}) {
	n := len(words)
	st.n = n
	st.infos = append(st.infos[:0], padInfo(hNone))
	st.tagH = append(st.tagH[:0], hNone)
	for i, w := range words {
		wi := analyse(w)
		if _, ok := vocab[wi.lower]; !ok && vocab != nil {
			wi.lower = hUnknown
		}
		st.infos = append(st.infos, wi)
		t := hNone
		if i < len(tags) {
			t = hashString(tags[i])
		}
		st.tagH = append(st.tagH, t)
	}
	st.infos = append(st.infos, padInfo(hRoot))
	st.tagH = append(st.tagH, hRoot)
	st.stack = st.stack[:0]
	st.b = 1
	st.heads = resize(st.heads, n+2, -1)
	st.labels = resize(st.labels, n+2, 0)
	st.lc = resize(st.lc, n+2, 0)
	st.rc = resize(st.rc, n+2, 0)
	st.lc2 = resize(st.lc2, n+2, 0)
	st.rc2 = resize(st.rc2, n+2, 0)
	st.nl = resize(st.nl, n+2, 0)
	st.nr = resize(st.nr, n+2, 0)
}

func resize[T any](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func (st *parseState) terminal() bool { return int(st.b) > st.n && len(st.stack) == 0 }

// apply performs transition c (see Parser) with nl labels.
func (st *parseState) apply(c, nl int) {
	switch {
	case c == 0:
		st.stack = append(st.stack, st.b)
		st.b++
	case c <= nl: // LEFT: s0 <- b0
		k := len(st.stack)
		st.arc(st.b, st.stack[k-1], c-1)
		st.stack = st.stack[:k-1]
	default: // RIGHT: s1 -> s0
		k := len(st.stack)
		s0, s1 := st.stack[k-1], st.stack[k-2]
		st.arc(s1, s0, c-1-nl)
		st.stack = st.stack[:k-1]
	}
}

func (st *parseState) arc(head, dep int32, label int) {
	st.heads[dep] = head
	st.labels[dep] = int16(label)
	if dep < head {
		st.nl[head]++
		if st.lc[head] == 0 || dep < st.lc[head] {
			st.lc2[head] = st.lc[head]
			st.lc[head] = dep
		} else if st.lc2[head] == 0 || dep < st.lc2[head] {
			st.lc2[head] = dep
		}
	} else {
		st.nr[head]++
		if dep > st.rc[head] {
			st.rc2[head] = st.rc[head]
			st.rc[head] = dep
		} else if dep > st.rc2[head] {
			st.rc2[head] = dep
		}
	}
}

// Feature templates of the parser (fixed: model files store hashes).
const (
	pS0w uint64 = iota + 1001
	pS0t
	pS0wt
	pS1w
	pS1t
	pS1wt
	pB0w
	pB0t
	pB0wt
	pB1w
	pB1t
	pB2t
	pS2t
	pS0wS1w
	pS0tS1t
	pS0tB0t
	pS0wS1t
	pS0tS1w
	pS0tS1tB0t
	pS0tB0tB1t
	pS1tS0tS2t
	pS0wB0w
	pS0wtS1t
	pS1wtS0t
	pS0lc
	pS0rc
	pS1lc
	pS1rc
	pS0tS1tS0lcl
	pS0tS1tS1rcl
	pS0tS1tS1lcl
	pDistTags
	pDistS0w
	pDistS1w
	pS0nl
	pS1nr
	pS0nr
	pS1nl
	pS0lc2
	pS1rc2
	pB0tS1t
	pS0suf
	pB0suf
	pB0lc
	pB0lc2
	pB0tS0tB0lcl
	pS1wB0t
	pS1wS0tB0t
	pB0wB1w
	pS1wB0w
)

// features appends the features of the current configuration.
func (st *parseState) features(dst []uint64) []uint64 {
	k := len(st.stack)
	s0, s1, s2 := int32(-1), int32(-1), int32(-1)
	if k >= 1 {
		s0 = st.stack[k-1]
	}
	if k >= 2 {
		s1 = st.stack[k-2]
	}
	if k >= 3 {
		s2 = st.stack[k-3]
	}
	b0, b1, b2 := st.b, st.b+1, st.b+2
	w := func(i int32) uint64 {
		if i < 1 || int(i) > st.n+1 {
			return hNone
		}
		return st.infos[i].lower
	}
	t := func(i int32) uint64 {
		if i < 1 || int(i) > st.n+1 {
			return hNone
		}
		return st.tagH[i]
	}
	suf := func(i int32) uint64 {
		if i < 1 || int(i) > st.n+1 {
			return hNone
		}
		return st.infos[i].suf3
	}
	// child returns the tag and label of a dependent (0 means none).
	child := func(c int32) (uint64, uint64) {
		if c <= 0 {
			return hNone, 0
		}
		return st.tagH[c], uint64(st.labels[c]) + 1
	}
	kids := func(i int32, of []int32) int32 {
		if i < 0 {
			return 0
		}
		return of[i]
	}
	val := func(i int32, of []int16) uint64 {
		if i < 0 {
			return 99
		}
		return uint64(of[i])
	}
	s0w, s0t, s1w, s1t := w(s0), t(s0), w(s1), t(s1)
	b0w, b0t, b1t := w(b0), t(b0), t(b1)
	s0lct, s0lcl := child(kids(s0, st.lc))
	s0rct, s0rcl := child(kids(s0, st.rc))
	s1lct, s1lcl := child(kids(s1, st.lc))
	s1rct, s1rcl := child(kids(s1, st.rc))
	_, s0lc2l := child(kids(s0, st.lc2))
	_, s1rc2l := child(kids(s1, st.rc2))
	var b0lct, b0lcl, b0lc2l uint64 = hNone, 0, 0
	if int(b0) <= st.n+1 {
		b0lct, b0lcl = child(st.lc[b0])
		_, b0lc2l = child(st.lc2[b0])
	}
	dist := uint64(0)
	if s1 >= 0 {
		dist = uint64(distBucket(int(s0 - s1)))
	}
	return append(dst,
		feat1(pS0w, s0w),
		feat1(pS0t, s0t),
		feat2(pS0wt, s0w, s0t),
		feat1(pS1w, s1w),
		feat1(pS1t, s1t),
		feat2(pS1wt, s1w, s1t),
		feat1(pB0w, b0w),
		feat1(pB0t, b0t),
		feat2(pB0wt, b0w, b0t),
		feat1(pB1w, w(b1)),
		feat1(pB1t, b1t),
		feat1(pB2t, t(b2)),
		feat1(pS2t, t(s2)),
		feat2(pS0wS1w, s0w, s1w),
		feat2(pS0tS1t, s0t, s1t),
		feat2(pS0tB0t, s0t, b0t),
		feat2(pS0wS1t, s0w, s1t),
		feat2(pS0tS1w, s0t, s1w),
		feat3(pS0tS1tB0t, s0t, s1t, b0t),
		feat3(pS0tB0tB1t, s0t, b0t, b1t),
		feat3(pS1tS0tS2t, s1t, s0t, t(s2)),
		feat2(pS0wB0w, s0w, b0w),
		feat3(pS0wtS1t, s0w, s0t, s1t),
		feat3(pS1wtS0t, s1w, s1t, s0t),
		feat2(pS0lc, s0lct, s0lcl),
		feat2(pS0rc, s0rct, s0rcl),
		feat2(pS1lc, s1lct, s1lcl),
		feat2(pS1rc, s1rct, s1rcl),
		feat3(pS0tS1tS0lcl, s0t, s1t, s0lcl),
		feat3(pS0tS1tS1rcl, s0t, s1t, s1rcl),
		feat3(pS0tS1tS1lcl, s0t, s1t, s1lcl),
		feat3(pDistTags, dist, s0t, s1t),
		feat2(pDistS0w, dist, s0w),
		feat2(pDistS1w, dist, s1w),
		feat2(pS0nl, s0t, val(s0, st.nl)),
		feat2(pS1nr, s1t, val(s1, st.nr)),
		feat2(pS0nr, s0t, val(s0, st.nr)),
		feat2(pS1nl, s1t, val(s1, st.nl)),
		feat2(pS0lc2, s0lcl, s0lc2l),
		feat2(pS1rc2, s1rcl, s1rc2l),
		feat2(pB0tS1t, b0t, s1t),
		feat2(pS0suf, suf(s0), s0t),
		feat2(pB0suf, suf(b0), b0t),
		feat2(pB0lc, b0lct, b0lcl),
		feat2(pB0lc2, b0lcl, b0lc2l),
		feat3(pB0tS0tB0lcl, b0t, s0t, b0lcl),
		feat2(pS1wB0t, s1w, b0t),
		feat3(pS1wS0tB0t, s1w, s0t, b0t),
		feat2(pB0wB1w, b0w, w(b1)),
		feat2(pS1wB0w, s1w, b0w),
	)
}

func distBucket(d int) int {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return d
	case d <= 7:
		return 5
	default:
		return 6
	}
}

// costs returns how many gold arcs each kind of transition would make
// unreachable from this configuration (Goldberg and Nivre 2013's dynamic
// oracle for arc-hybrid); gold[i] is the gold head of word i. Labels are
// scored separately by the caller.
func (st *parseState) costs(gold []int32) (shift, left, right int) {
	k := len(st.stack)
	b0, n, last := st.b, int32(st.n), int32(st.n+1)
	s0, s1 := int32(-1), int32(-1)
	if k >= 1 {
		s0 = st.stack[k-1]
		if k >= 2 {
			s1 = st.stack[k-2]
		}
		// Dependents of s0 still in the buffer are lost by LEFT and RIGHT.
		kids := 0
		for j := b0; j <= n; j++ {
			if gold[j] == s0 {
				kids++
			}
		}
		h := gold[s0]
		left = kids
		if h == s1 || (h > b0 && h <= last) {
			left++
		}
		right = kids
		if h >= b0 && h <= last {
			right++
		}
	}
	if b0 <= n {
		h := gold[b0]
		for _, x := range st.stack {
			if x == h && x != s0 {
				shift++
			}
			if gold[x] == b0 {
				shift++
			}
		}
	}
	return shift, left, right
}
