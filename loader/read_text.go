package loader

// Plain text and Markdown articles: an optional headline on the first
// line, an optional dateline on the next (the Wikinews/GUM layout), then
// the body.

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/actorgraph/actorgraph/ontology"
)

// A headline is short and has no final punctuation; longer first lines
// are the lede.
const (
	readTitleMaxWords = 20
	readTitleMaxBytes = 200
)

func readPlain(name string, b []byte) ([]ontology.Article, error) {
	text := strings.TrimPrefix(string(b), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	a := ontology.Article{ID: readBaseID(name), Source: name}
	if a.ID == "" {
		return nil, fmt.Errorf("no article id in file name %q: %w", name, ErrFormat)
	}
	md := strings.EqualFold(filepath.Ext(name), ".md")
	// Skip blank lines before the first line.
	rest := strings.TrimLeft(text, " \t\n")
	first, after, _ := strings.Cut(rest, "\n")
	if t, ok := readTitle(first, md, strings.TrimSpace(after) != ""); ok {
		a.Title = t
		rest = after
		second, after2, _ := strings.Cut(strings.TrimLeft(rest, " \t\n"), "\n")
		if d, tail, ok := readDateline(second); ok {
			a.Published = d
			if tail = strings.TrimSpace(tail); tail != "" {
				rest = tail + "\n" + after2
			} else {
				rest = after2
			}
		}
	}
	if md {
		rest = readStripMarkdown(rest)
	}
	a.Text = strings.TrimSpace(rest)
	if a.Text == "" {
		return nil, fmt.Errorf("article %q has a title but no body: %w", a.ID, ErrEmpty)
	}
	return []ontology.Article{a}, nil
}

// readTitle decides whether the first line is a headline: short, without
// final punctuation, and followed by a body. A Markdown "# " heading always
// is.
func readTitle(line string, md, hasBody bool) (string, bool) {
	line = strings.TrimSpace(line)
	if !hasBody || line == "" {
		return "", false
	}
	if md && strings.HasPrefix(line, "#") {
		return readMarkdownInline(strings.TrimSpace(strings.TrimLeft(line, "#"))), true
	}
	if len(line) > readTitleMaxBytes || len(strings.Fields(line)) > readTitleMaxWords {
		return "", false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', ';', ',':
		return "", false
	}
	if strings.HasSuffix(line, "…") {
		return "", false
	}
	return line, true
}

var readWeekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// readDateFormats are the date forms accepted for datelines and for the
// "published" field of JSON articles, most specific first.
var readDateFormats = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
	"Monday, January 2, 2006", "Monday, 2 January 2006", "Monday, Jan 2, 2006",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
	time.RFC1123Z, time.RFC1123,
}

// readParseDate parses a date in one of readDateFormats.
func readParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, f := range readDateFormats {
		if t, err := time.Parse(f, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// readDateline parses a dateline ("Friday, August 21, 2015"), possibly
// followed on the same line by the start of the body (returned as tail).
func readDateline(line string) (t time.Time, tail string, ok bool) {
	line = strings.TrimSpace(line)
	if len(line) < 8 || !unicode.IsUpper(rune(line[0])) && !unicode.IsDigit(rune(line[0])) {
		return time.Time{}, "", false
	}
	if t, ok := readParseDate(strings.TrimSuffix(line, ".")); ok {
		return t, "", true
	}
	// "Thursday, May 7, 2015 On Tuesday, ..." : weekday, month day, year.
	lower := strings.ToLower(line)
	for _, wd := range readWeekdays {
		if !strings.HasPrefix(lower, wd+", ") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 5 {
			return time.Time{}, "", false
		}
		head := strings.Join(f[:4], " ")
		if t, ok := readParseDate(head); ok {
			return t, strings.Join(f[4:], " "), true
		}
	}
	return time.Time{}, "", false
}

var (
	readMDImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	readMDLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	readMDEmphasis = strings.NewReplacer("**", "", "__", "", "`", "")
	readMDItalic   = regexp.MustCompile(`(^|[^\pL\pN*])[*_]([^*_\s][^*_]*)[*_]`)
)

// readMarkdownInline drops emphasis and images and keeps links' text.
func readMarkdownInline(t string) string {
	if !strings.ContainsAny(t, "[`*_") {
		return t
	}
	t = readMDImage.ReplaceAllString(t, "")
	t = readMDLink.ReplaceAllString(t, "$1")
	t = readMDEmphasis.Replace(t)
	t = readMDItalic.ReplaceAllString(t, "$1$2")
	return strings.TrimSpace(t)
}

// readStripMarkdown reduces Markdown to its text: heading marks, quote
// marks, bullets, emphasis and images dropped, links replaced by their
// text. Lines that are only rules (---, ***) or fences go.
func readStripMarkdown(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.Trim(t, "-*_=` ") == "" && t != "" {
			continue // rule or fence
		}
		t = strings.TrimLeft(t, "#>")
		t = strings.TrimSpace(t)
		for _, b := range []string{"- ", "* ", "+ "} {
			t = strings.TrimPrefix(t, b)
		}
		out = append(out, readMarkdownInline(t))
	}
	return strings.Join(out, "\n")
}
