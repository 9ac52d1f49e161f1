package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes of (template, value...) so that extracting
// them allocates nothing; a collision between two of the few hundred
// thousand features a model holds is vanishingly unlikely at 64 bits.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over the bytes of s. It must never change: model
// files store feature hashes.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * fnvPrime
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h ^= uint64(b)
		h *= fnvPrime
	}
	return h
}

// mix combines a feature hash with one more value (splitmix64 finaliser).
func mix(h, v uint64) uint64 {
	x := h ^ (v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2))
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func feat1(tmpl, a uint64) uint64    { return mix(mix(tmpl, a), 1) }
func feat2(tmpl, a, b uint64) uint64 { return mix(mix(mix(tmpl, a), b), 2) }
func feat3(tmpl, a, b, c uint64) uint64 {
	return mix(mix(mix(mix(tmpl, a), b), c), 3)
}

// Hashes of the padding words around a sentence and of the parser's root.
var (
	hStart   = hashString("-START-")
	hStart2  = hashString("-START2-")
	hEnd     = hashString("-END-")
	hEnd2    = hashString("-END2-")
	hRoot    = hashString("-ROOT-")
	hNone    = hashString("-NONE-")
	hNumber  = hashString("!NUM")
	hUnknown = hashString("-UNKNOWN-")
)

// wordInfo holds the hashes of one word that features are built from,
// computed once per word.
type wordInfo struct {
	exact uint64 // the word as written
	lower uint64 // lowercased; numbers collapse to one value
	suf3  uint64 // last three runes, lowercased
	suf2  uint64 // last two runes, lowercased
	pre1  uint64 // first rune as written
	shape uint64 // compressed shape: "Xx", "X.X.", "d,d", "x-x"
	cap   bool   // starts with an upper-case letter
	irr   uint8  // lexicon classes of irregular verb forms (irregular.go)
}

// forget replaces the identity of the word by the unknown-word hash,
// keeping its shape and affixes.
func (wi *wordInfo) forget() { wi.lower, wi.exact = hUnknown, hUnknown }

func padInfo(h uint64) wordInfo {
	return wordInfo{exact: h, lower: h, suf3: h, suf2: h, pre1: h, shape: h}
}

// analyse fills the hashes of w in one pass over its runes.
func analyse(w string) wordInfo {
	var wi wordInfo
	exact, lower, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var (
		letters, digits int
		prevShape       rune
		shapeLen        int
		first           = true
	)
	for _, r := range w {
		exact = hashRune(exact, r)
		lr := unicode.ToLower(r)
		lower = hashRune(lower, lr)
		var s rune
		switch {
		case unicode.IsUpper(r):
			s, letters = 'X', letters+1
		case unicode.IsLetter(r):
			s, letters = 'x', letters+1
		case unicode.IsDigit(r):
			s, digits = 'd', digits+1
		default:
			s = r
		}
		if first {
			wi.pre1 = hashRune(fnvOffset, r)
			wi.cap = s == 'X'
			first = false
		}
		if s != prevShape && shapeLen < 6 {
			shape = hashRune(shape, s)
			shapeLen++
			prevShape = s
		}
	}
	wi.exact, wi.lower, wi.shape = exact, lower, shape
	wi.irr = irregularForms[lower]
	if digits > 0 && letters == 0 {
		wi.lower = hNumber
	}
	// Suffixes: walk back over the last runes.
	var rs [3]rune
	n := 0
	for rest := w; n < 3 && len(rest) > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(rest)
		rs[n] = unicode.ToLower(r)
		rest = rest[:len(rest)-size]
	}
	s2, s3 := uint64(fnvOffset), uint64(fnvOffset)
	for i := n - 1; i >= 0; i-- {
		s3 = hashRune(s3, rs[i])
		if i < 2 {
			s2 = hashRune(s2, rs[i])
		}
	}
	wi.suf3, wi.suf2 = s3, s2
	return wi
}
