package loader

import (
	"strings"
	"testing"
	"unicode"
)

func TestSplitSentences(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, in string }{
		{"simple", "Russia attacked Sumy.|Ukraine struck back!|Why?"},
		{"titles never end", "Gen. Smith met Dr. Jones and Lt. Col. Brown on Jan. 5 in St. Louis.|They talked."},
		{"acronym before a starter ends", "The team flew to the U.S.|The President met them."},
		{"acronym before a name does not", "Critics of U.S. President Donald Trump spoke."},
		{"initials", "J. R. R. Tolkien wrote it.|He died.|John F. Kennedy spoke to Malcolm X.|He listened."},
		{"versus", "Russia vs. Ukraine was the match.|Fine."},
		{"company before a name stays", "Sinopec Co. Chairman Ma spoke.|Fine."},
		{"company abbreviation", "He joined Apple Inc.|The shares rose."},
		{"decimal", "Prices rose 3.5 percent.|Rates fell."},
		{"closing quote stays", `"That's what it is about," he added.|"We won."|He left.`},
		{"question in a quote", `"Why?" he asked.|Nobody knew.`},
		{"curly quotes", "He said “retribution is inevitable.”|Kyiv replied."},
		{"ellipsis lower case continues", "We will advance ... everything will be blown up.|Fine."},
		{"ellipsis before capital ends", "We waited...|Then it came."},
		{"em dash aside", "Elections—referring to Zelenskyy—were held.|Then more."},
		{"newlines end sentences", "Headline without a period|Body starts here.|Next paragraph"},
		{"parenthesis", "Russia (again) lost.|Kyiv won (twice).|Done."},
		{"lower case after period", "The deal (see p. 4) holds.|Yes."},
		{"no. with number", "He lives at No. 10 Downing Street.|Fine."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := strings.Split(tc.in, "|")
			text := strings.Join(want, " ")
			if tc.name == "newlines end sentences" {
				text = strings.Join(want, "\n")
			}
			var got []string
			for i, s := range splitSentences(text) {
				if s.index != i {
					t.Errorf("sentence %d has index %d", i, s.index)
				}
				got = append(got, s.text)
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("split\n got %q\nwant %q", got, want)
			}
		})
	}
}

// TestSplitSentencesBounded checks that text without sentence ends is cut
// into runs of maxSentenceTokens, so the pairwise rule stages stay linear
// in the article's length.
func TestSplitSentencesBounded(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		words int
		want  []int // tokens per sentence
	}{
		{"below the bound", maxSentenceTokens - 1, []int{maxSentenceTokens - 1}},
		{"at the bound", maxSentenceTokens, []int{maxSentenceTokens}},
		{"one over", maxSentenceTokens + 1, []int{maxSentenceTokens, 1}},
		{"many runs", 2*maxSentenceTokens + 7, []int{maxSentenceTokens, maxSentenceTokens, 7}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.TrimSpace(strings.Repeat("Putin met Biden and ", tc.words/4+1))
			text = strings.Join(strings.Fields(text)[:tc.words], " ")
			ss := splitSentences(text)
			splitCheck(t, text, ss)
			var got []int
			for _, s := range ss {
				got = append(got, len(s.tokens))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("sentence lengths %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("sentence lengths %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// splitCheck asserts the splitter's invariants: sentences in order,
// non-overlapping, covering the text except white space, with tokens
// inside their sentence.
func splitCheck(t *testing.T, text string, ss []sentence) {
	t.Helper()
	prev := 0
	for i, s := range ss {
		if s.index != i || s.start < prev || s.end <= s.start || s.end > len(text) || text[s.start:s.end] != s.text {
			t.Fatalf("sentence %d bad: %d:%d %q (previous end %d)", i, s.start, s.end, s.text, prev)
		}
		if gap := text[prev:s.start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("lost %q before sentence %d", gap, i)
		}
		if len(s.tokens) == 0 || s.tokens[0].start != s.start || s.tokens[len(s.tokens)-1].end != s.end {
			t.Fatalf("sentence %d tokens do not span it", i)
		}
		tokCheck(t, text, s.tokens, s.start, s.end)
		prev = s.end
	}
	if gap := text[prev:]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
		t.Fatalf("lost %q at the end", gap)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Gen. Smith met Dr. Jones.\nHeadline\n“Quote.” He said... yes? No! (U.S.) J. R. Tolkien",
		`"Why?" he asked. "We won." The U.S. The end`, "...", "\u2028a.\u2029b", "a.\"'”)] B", "\xffA. B",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ss := splitSentences(text)
		splitCheck(t, text, ss)
	})
}
