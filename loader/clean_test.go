package loader

import (
	"strings"
	"testing"
)

func TestCleanText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, in, want string }{
		{"keeps plain text", "Russia attacked Sumy.\nKyiv replied.", "Russia attacked Sumy.\nKyiv replied."},
		{"also read", "First.\nALSO READ | Why do Russia and Ukraine swap prisoners?\nSecond.", "First.\nSecond."},
		{"read more", "First.\nRead more: Ukraine war latest\nRead more\nSecond.", "First.\nSecond."},
		{"byline", "By Jane Doe and John Roe, Reuters\nFirst.", "First."},
		{"sentence starting with by is kept", "By Tuesday, the army had advanced.", "By Tuesday, the army had advanced."},
		{"photo credit", "First.\n(Photo: Reuters)\n(AP Photo/Efrem Lukatsky)\nPhoto: Getty Images\nSecond.", "First.\nSecond."},
		{"share and advertisement", "First.\nShare\nAdvertisement\nShare this article\nSecond.", "First.\nSecond."},
		{"follow", "First.\nFollow us on Twitter\nFollow @Reuters\nFollow the money, he said.", "First.\nFollow the money, he said."},
		{"wire tail", "First.\n(Reporting by Jane Doe; Editing by John Roe)", "First."},
		{"timestamp and copyright", "Updated: 12 Jan 2024, 10:03 IST\nFirst.\n© 2024 Reuters. All rights reserved.", "First."},
		{"html entities", "AT&amp;T said &quot;no&quot; &#8212; twice&nbsp;over", "AT&T said \"no\" \u2014 twice\u00a0over"},
		{"unknown entity kept", "Q&A; and &bogus; stay", "Q&A; and &bogus; stay"},
		{"invisible characters dropped", "Zelen\u00adskyy\u200b met\ufeff", "Zelenskyy met"},
		{"blank lines and spaces", "\n\n  First.  \r\n\n\tSecond.\n\n", "First.\nSecond."},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, origin := cleanText(tc.in)
			if got != tc.want {
				t.Errorf("cleanText(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			cleanCheck(t, tc.in, got, origin)
		})
	}
}

func TestCleanOrigin(t *testing.T) {
	t.Parallel()
	raw := "ALSO READ | x\n  Dmitry &amp; Medvedev\u200b declared.\nBy Jane Doe\nKyiv."
	text, origin := cleanText(raw)
	for _, w := range []string{"Dmitry", "Medvedev", "declared", "Kyiv"} {
		i := strings.Index(text, w)
		if got := raw[origin[i] : origin[i+len(w)-1]+1]; got != w {
			t.Errorf("%q maps to %q in the original", w, got)
		}
	}
	if i := strings.Index(text, "&"); raw[origin[i]:origin[i]+5] != "&amp;" {
		t.Errorf("decoded entity maps to %q", raw[origin[i]:origin[i]+5])
	}
}

// cleanCheck asserts origin's invariants: one entry per byte plus the
// end, non-decreasing, within raw, and copied bytes point at themselves.
func cleanCheck(t *testing.T, raw, text string, origin []int) {
	t.Helper()
	if len(origin) != len(text)+1 || origin[len(text)] != len(raw) {
		t.Fatalf("origin has %d entries for %d bytes (last %v, raw %d)", len(origin), len(text), origin[len(origin)-1], len(raw))
	}
	for i := range len(text) {
		o := origin[i]
		if o < 0 || o >= len(raw) || (i > 0 && o < origin[i-1]) {
			t.Fatalf("origin[%d] = %d out of order or range", i, o)
		}
		if raw[o] != text[i] && raw[o] != '&' && raw[o] != '\n' && text[i] != '\n' {
			t.Fatalf("text byte %d %q maps to raw %d %q", i, text[i], o, raw[o])
		}
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"ALSO READ | x\nBy Jane Doe\n&amp;&#x41;\u200b", "&;&&a;\n\n\r", "a\xffb &amp"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		text, origin := cleanText(raw)
		cleanCheck(t, raw, text, origin)
	})
}
