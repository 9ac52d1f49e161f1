package syntax

import "math"

// perceptron is an averaged multiclass perceptron under training. Rows are
// sparse because an update touches only the true and the guessed class.
type perceptron struct {
	nclass int
	rows   map[uint64]*trainRow
	n      int32 // updates seen, for lazy averaging
	// seen counts feature occurrences (see observe); nil if not counted.
	seen map[uint64]int32
}

// observe counts the features of one example, so that average can drop
// features too rare to have learnt anything general.
func (p *perceptron) observe(feats []uint64) {
	if p.seen == nil {
		p.seen = make(map[uint64]int32)
	}
	for _, f := range feats {
		p.seen[key(f)]++
	}
}

type trainRow struct {
	cls   []uint8
	w     []float64
	total []float64 // sum of w over time, brought up to date lazily
	stamp []int32   // update count when total was last brought up to date
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, rows: make(map[uint64]*trainRow)}
}

func (p *perceptron) score(feats []uint64, scores []float64) {
	clear(scores)
	for _, f := range feats {
		r := p.rows[key(f)]
		if r == nil {
			continue
		}
		for j, c := range r.cls {
			scores[c] += r.w[j]
		}
	}
}

// update moves weight from guess to truth; call once per example, even
// when the guess was right, so that averaging counts every example.
func (p *perceptron) update(truth, guess int, feats []uint64) {
	p.n++
	if truth == guess {
		return
	}
	for _, f := range feats {
		k := key(f)
		r := p.rows[k]
		if r == nil {
			r = &trainRow{}
			p.rows[k] = r
		}
		r.bump(uint8(truth), 1, p.n)
		r.bump(uint8(guess), -1, p.n)
	}
}

func (r *trainRow) bump(c uint8, d float64, now int32) {
	j := -1
	for i, x := range r.cls {
		if x == c {
			j = i
			break
		}
	}
	if j < 0 {
		r.cls = append(r.cls, c)
		r.w = append(r.w, 0)
		r.total = append(r.total, 0)
		r.stamp = append(r.stamp, now)
		j = len(r.cls) - 1
	}
	r.total[j] += float64(now-r.stamp[j]) * r.w[j]
	r.stamp[j] = now
	r.w[j] += d
}

// average freezes the averaged weights into a table, dropping weights
// whose magnitude is below prune (they change no decision worth keeping
// and would only grow the model file) and, if features were observed,
// features seen fewer than minSeen times.
func (p *perceptron) average(prune float64, minSeen int32) *table {
	keys := make([]uint64, 0, len(p.rows))
	cls := make([][]uint8, 0, len(p.rows))
	ws := make([][]float32, 0, len(p.rows))
	for k, r := range p.rows {
		if p.seen != nil && p.seen[k] < minSeen {
			continue
		}
		var c []uint8
		var w []float32
		for j, x := range r.cls {
			total := r.total[j] + float64(p.n-r.stamp[j])*r.w[j]
			avg := total / float64(max(p.n, 1))
			if math.Abs(avg) < prune {
				continue
			}
			c = append(c, x)
			w = append(w, float32(avg))
		}
		if len(c) > 0 {
			keys, cls, ws = append(keys, k), append(cls, c), append(ws, w)
		}
	}
	return quantize(p.nclass, keys, cls, ws)
}
