package loader

import (
	"strings"
	"testing"
	"unicode"
)

func tokTexts(ts []token) string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.text
	}
	return strings.Join(out, "|")
}

func TestTokenize(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, in, want string }{
		{"words and punctuation", "Russia attacked Sumy.", "Russia|attacked|Sumy|."},
		{"hyphenated word", "a counter-attack, 3-year conflict", "a|counter-attack|,|3-year|conflict"},
		{"numbers", "3,000 troops, 3.5 km and 40% of 12,5", "3,000|troops|,|3.5|km|and|40%|of|12|,|5"},
		{"possessive", "Russia's Security Council and Kyiv’s army", "Russia|'s|Security|Council|and|Kyiv|’s|army"},
		{"contractions", "don't can't won’t they're I'm we'll she'd", "do|n't|ca|n't|wo|n’t|they|'re|I|'m|we|'ll|she|'d"},
		{"apostrophe in names", "O'Brien and D’Souza", "O'Brien|and|D’Souza"},
		{"plural possessive", "the states' rights", "the|states|'|rights"},
		{"acronyms keep periods", "the U.S. and U.K. at 5 p.m. e.g. this", "the|U.S.|and|U.K.|at|5|p.m.|e.g.|this"},
		{"titles keep periods", "Gen. Smith met Dr. Jones and Lt. Col. Brown", "Gen.|Smith|met|Dr.|Jones|and|Lt.|Col.|Brown"},
		{"initials", "J. R. R. Tolkien", "J.|R.|R.|Tolkien"},
		{"abbreviation with hyphen", "a U.S.-led coalition", "a|U.S.-led|coalition"},
		{"sentence period is split", "in 2015. Then", "in|2015|.|Then"},
		{"No. before a number only", "No. 10 and said no.", "No.|10|and|said|no|."},
		{"curly quotes and dashes", "“peace”—a deal – maybe", "“|peace|”|—|a|deal|–|maybe"},
		{"ellipsis and runs", "advance ... everything?! Wait…", "advance|...|everything|?!|Wait|…"},
		{"brackets", "Russia (again) [sic]", "Russia|(|again|)|[|sic|]"},
		{"currency", "$3.5bn and €20", "$|3.5bn|and|€|20"},
		{"ampersand in acronym", "AT&T and you & me", "AT&T|and|you|&|me"},
		{"accents", "Côte d’Ivoire’s Zelenskyy", "Côte|d’Ivoire|’s|Zelenskyy"},
		{"empty", "  \n\t ", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tokTexts(tokenize(tc.in, 0)); got != tc.want {
				t.Errorf("tokenize(%q)\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	t.Parallel()
	doc := "xx Zelenskyy’s aide don't"
	sub := doc[3:]
	for _, tk := range tokenize(sub, 3) {
		if doc[tk.start:tk.end] != tk.text {
			t.Errorf("token %q at %d:%d is %q in the document", tk.text, tk.start, tk.end, doc[tk.start:tk.end])
		}
	}
}

// tokCheck asserts the tokenizer's invariants on doc[lo:hi]: tokens in
// order, their text exactly their span, nothing but white space between.
func tokCheck(t *testing.T, doc string, toks []token, lo, hi int) {
	t.Helper()
	prev := lo
	for _, tk := range toks {
		if tk.start < prev || tk.end <= tk.start || tk.end > hi {
			t.Fatalf("token %q has bad span %d:%d (previous end %d)", tk.text, tk.start, tk.end, prev)
		}
		if doc[tk.start:tk.end] != tk.text {
			t.Fatalf("token text %q != doc[%d:%d]", tk.text, tk.start, tk.end)
		}
		if gap := doc[prev:tk.start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("lost %q before token %q", gap, tk.text)
		}
		prev = tk.end
	}
	if gap := doc[prev:hi]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
		t.Fatalf("lost %q at the end", gap)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Russia's U.S. don't 3,000 40% J. R. R.", "“peace”—a n't 'n't", "\xff\xfe a\u0301b", "O'Brien's can't.", "-.-"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, text string, offset int) {
		offset = max(0, offset%64)
		doc := strings.Repeat(" ", offset) + text
		tokCheck(t, doc, tokenize(text, offset), offset, len(doc))
	})
}
