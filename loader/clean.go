package loader

// Text clean-up: drops the lines that are page furniture rather than
// article (related-story links, bylines, photo credits, share and follow
// prompts, wire-service tails), decodes HTML entities left in plain text
// and drops invisible characters, keeping for every byte of the cleaned
// text the offset it came from so evidence points at the original.

import (
	"html"
	"strings"
	"unicode/utf8"
)

// cleanMaxBoilerplate bounds the lines tested for boilerplate: furniture
// is short, and long lines are article paragraphs.
const cleanMaxBoilerplate = 240

// cleanText returns the article body without boilerplate lines, one kept
// line per text line, and origin, where origin[i] is the byte offset in
// raw of text byte i (len(origin) == len(text)+1; the last entry maps the
// end of text). The original of a span [s, e) of text is
// raw[origin[s]:origin[e]].
func cleanText(raw string) (text string, origin []int) {
	c := cleaner{origin: make([]int, 0, len(raw)+1)}
	c.b.Grow(len(raw))
	lastEnd := 0 // raw offset just after the last kept line
	for pos := 0; pos <= len(raw); {
		end := strings.IndexByte(raw[pos:], '\n')
		if end < 0 {
			end = len(raw)
		} else {
			end += pos
		}
		line := raw[pos:end]
		lo, hi := cleanTrimBounds(line)
		if lo < hi && !cleanBoilerplate(line[lo:hi]) {
			if c.b.Len() > 0 {
				// The separator maps to the end of the previous line, so
				// that raw[origin[s]:origin[e]] is the original of any
				// span [s, e) of text, e included.
				c.decoded("\n", lastEnd)
			}
			c.line(line[lo:hi], pos+lo)
			lastEnd = pos + hi
		}
		pos = end + 1
	}
	c.origin = append(c.origin, len(raw))
	return c.b.String(), c.origin
}

// cleaner accumulates the cleaned text and its origin offsets.
type cleaner struct {
	b      strings.Builder
	origin []int
}

// raw copies s, which starts at raw offset at, byte for byte.
func (c *cleaner) raw(s string, at int) {
	c.b.WriteString(s)
	for j := range len(s) {
		c.origin = append(c.origin, at+j)
	}
}

// decoded writes s, produced from the raw text at offset at (an entity,
// a separator): all its bytes point there.
func (c *cleaner) decoded(s string, at int) {
	c.b.WriteString(s)
	for range len(s) {
		c.origin = append(c.origin, at)
	}
}

// cleanTrimBounds returns the span of line without leading and trailing
// white space (including invisible characters).
func cleanTrimBounds(line string) (lo, hi int) {
	lo, hi = 0, len(line)
	for lo < hi {
		r, n := utf8.DecodeRuneInString(line[lo:])
		if !cleanIsSpace(r) && !cleanInvisible(r) {
			break
		}
		lo += n
	}
	for hi > lo {
		r, n := utf8.DecodeLastRuneInString(line[lo:hi])
		if !cleanIsSpace(r) && !cleanInvisible(r) {
			break
		}
		hi -= n
	}
	return lo, hi
}

func cleanIsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f', 0x85, 0xA0, 0x2007, 0x202F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// cleanInvisible are characters with no visible form that would split or
// glue words unpredictably: zero-width spaces and joiners, the byte-order
// mark, soft hyphens.
func cleanInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return false
}

// line writes line (which starts at raw offset at) with HTML entities
// decoded and invisible characters dropped.
func (c *cleaner) line(line string, at int) {
	start := 0 // start of the pending run copied as is
	for i := 0; i < len(line); {
		ch := line[i]
		if ch < utf8.RuneSelf {
			if ch == '&' {
				if semi := strings.IndexByte(line[i:min(len(line), i+12)], ';'); semi > 1 {
					ent := line[i : i+semi+1]
					if dec := html.UnescapeString(ent); dec != ent {
						c.raw(line[start:i], at+start)
						c.decoded(dec, at+i)
						i += semi + 1
						start = i
						continue
					}
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		if cleanInvisible(r) {
			c.raw(line[start:i], at+start)
			start = i + n
		}
		i += n
	}
	c.raw(line[start:], at+start)
}
