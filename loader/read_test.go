package loader

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/ontology"
)

func TestReadFileFormats(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	date := func(s string) time.Time { d, _ := time.Parse(time.RFC3339, s); return d }
	for _, tc := range []struct {
		file  string
		want  []ontology.Article // Text checked by prefix and absence of drop
		drop  []string           // strings that must not be in the text
		ntext int                // expected number of text lines, 0 = unchecked
	}{
		{file: "seed-sumy.txt", want: []ontology.Article{{ID: "seed-sumy", Text: "A Russian counter-attack targeted"}}},
		{file: "GUM_news_afghan.txt", want: []ontology.Article{{ID: "GUM_news_afghan",
			Title:     "After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition",
			Published: date("2017-07-21T00:00:00Z"), Text: "A group of Afghan teenagers"}},
			drop: []string{"Friday, July 21"}},
		{file: "page.html", want: []ontology.Article{{ID: "page", Title: "Russian missiles strike Sumy", URL: "https://news.example.com/sumy",
			Source: "Example News", Published: date("2025-06-03T09:30:00Z"), Text: "A Russian counter-attack targeted the Ukrainian city of Sumy on Tuesday, killing"}},
			drop: []string{"Home", "Most read", "ads", "color", "Photo", "Subscribe", "©", "Russian missiles strike", "Facebook", "Moscow", "Hidden", "Sidebar", "Teaser"}, ntext: 5},
		{file: "note.md", want: []ontology.Article{{ID: "note", Title: "Medvedev warns Kyiv", Text: "Deputy chairman"}}},
		{file: "batch.json", want: []ontology.Article{
			{ID: "a1", Title: "First", URL: "https://example.com/a1", Source: "Example", Published: date("2025-06-03T00:00:00Z"), Text: "Russia attacked Sumy."},
			{ID: "a2", Published: date("2025-06-03T10:00:00+02:00"), Text: "Kyiv replied."}}},
		{file: "batch.jsonl", want: []ontology.Article{{ID: "l1", Text: "Russia attacked Sumy."}, {ID: "l2", Title: "Two", Text: "Kyiv replied."}}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, err := ReadFile(ctx, filepath.Join("testdata/text", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d articles, want %d", len(got), len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.ID != w.ID || g.Title != w.Title || g.URL != w.URL || !g.Published.Equal(w.Published) {
					t.Errorf("article %d = %q %q %q %v, want %q %q %q %v", i, g.ID, g.Title, g.URL, g.Published, w.ID, w.Title, w.URL, w.Published)
				}
				if w.Source != "" && g.Source != w.Source {
					t.Errorf("source %q, want %q", g.Source, w.Source)
				}
				if !strings.HasPrefix(g.Text, w.Text) {
					t.Errorf("text starts %.80q, want %q", g.Text, w.Text)
				}
				for _, d := range tc.drop {
					if strings.Contains(g.Text, d) {
						t.Errorf("text keeps %q:\n%s", d, g.Text)
					}
				}
				if n := strings.Count(g.Text, "\n") + 1; tc.ntext > 0 && n != tc.ntext {
					t.Errorf("%d lines, want %d:\n%s", n, tc.ntext, g.Text)
				}
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, tc := range []struct {
		name, in string
		want     error
		msg      string // part of the message
	}{
		{"a.txt", "  \n ", ErrEmpty, "empty"},
		{"a.txt", "Title only\n", nil, ""}, // a lone short line is the body
		{"a.txt", "Title\n\n", nil, ""},
		{"a.txt", "text\x00more", ErrBinary, "offset 4"},
		{"a.txt", "caf\xe9 au lait", ErrFormat, "byte offset 3"},
		{"a.pdf", "text", ErrFormat, "unsupported extension"},
		{"a.json", `{"id": "x"`, ErrFormat, "line 1"},
		{"a.json", `{"title": "x", "text": "y"}`, ErrFormat, `no "id"`},
		{"a.json", `{"id": "x"}`, ErrEmpty, `no "text"`},
		{"a.json", `[]`, ErrEmpty, "empty array"},
		{"a.json", `{"id": "x", "text": 3}`, ErrFormat, `field "text"`},
		{"a.json", `{"id": "x", "text": "y", "published": "yesterday"}`, ErrFormat, "not a date"},
		{"a.json", `{"id": "x", "text": "y"} {"id": "z"}`, ErrFormat, "use .jsonl"},
		{"a.jsonl", "{\"id\": \"x\", \"text\": \"y\"}\n\n{\"id\": \"z\"}\n", ErrEmpty, "line 3"},
		{"a.jsonl", "{\"id\": \"x\", \"text\": \"y\"}\n{oops}\n", ErrFormat, "line 2"},
		{"a.html", "<html><body><nav>menu</nav><script>x</script></body></html>", ErrEmpty, "no article text"},
	} {
		t.Run(tc.name+" "+tc.msg, func(t *testing.T) {
			_, err := Read(ctx, tc.name, strings.NewReader(tc.in))
			if tc.want == nil {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) || !strings.Contains(err.Error(), tc.name) {
				t.Errorf("message %q should name %q and say %q", err, tc.name, tc.msg)
			}
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	t.Parallel()
	big := bytes.Repeat([]byte("word "), MaxFileSize/5+1)
	if _, err := Read(context.Background(), "big.txt", bytes.NewReader(big)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read: err = %v, want ErrTooLarge", err)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, big, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(context.Background(), path); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadFile: err = %v, want ErrTooLarge", err)
	}
}

func TestReadCanceled(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadFile(ctx, "testdata/text/seed-sumy.txt"); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestReadTitleAndDateline(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, title, text, date string }{
		{"Long first sentence that ends with a period.\nSecond.", "", "Long first sentence that ends with a period.\nSecond.", ""},
		{"Short headline\nBody.", "Short headline", "Body.", ""},
		{"Headline\nMonday, March 27, 2006\nBody.", "Headline", "Body.", "2006-03-27"},
		{"Headline\nThursday, May 7, 2015 On Tuesday, the government spoke.\nMore.", "Headline", "On Tuesday, the government spoke.\nMore.", "2015-05-07"},
		{"Headline\n2024-01-02\nBody.", "Headline", "Body.", "2024-01-02"},
		{"Headline\nMonday is a day.\nBody.", "Headline", "Monday is a day.\nBody.", ""},
		{"\ufeffWho won?\nBody.", "", "Who won?\nBody.", ""},
	} {
		arts, err := Read(context.Background(), "x.txt", strings.NewReader(tc.in))
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		a := arts[0]
		d := ""
		if !a.Published.IsZero() {
			d = a.Published.Format("2006-01-02")
		}
		if a.Title != tc.title || a.Text != tc.text || d != tc.date {
			t.Errorf("%q: got title %q text %q date %q, want %q %q %q", tc.in, a.Title, a.Text, d, tc.title, tc.text, tc.date)
		}
	}
}

func TestReadMarkdown(t *testing.T) {
	t.Parallel()
	in := "# Talks in **Istanbul**\n\n## Background\n> [Russia](https://x.y/ru) and *Ukraine* met.\n- First `point`\n---\n![map](m.png) Done."
	arts, err := Read(context.Background(), "n.md", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if a := arts[0]; a.Title != "Talks in Istanbul" || a.Text != "Background\nRussia and Ukraine met.\nFirst point\nDone." {
		t.Errorf("got title %q text %q", a.Title, a.Text)
	}
}

func TestListFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.html", "x.gold.json", "sub/c.jsonl", "sub/d.pdf", ".hidden/e.txt", "sub/f.MD", "README.md", "sub/LICENSE.md", "NOTE.txt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ListFiles([]string{dir, filepath.Join(dir, "b.txt"), filepath.Join(dir, "NOTE.txt")})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, g := range got {
		r, _ := filepath.Rel(dir, g)
		rel = append(rel, filepath.ToSlash(r))
	}
	if want := "NOTE.txt a.html b.txt sub/c.jsonl sub/f.MD"; strings.Join(rel, " ") != want {
		t.Errorf("ListFiles = %v, want %s", rel, want)
	}
	if _, err := ListFiles([]string{filepath.Join(dir, "sub/d.pdf")}); !errors.Is(err, ErrFormat) {
		t.Errorf("named unsupported file: err = %v", err)
	}
	if _, err := ListFiles([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("missing path gave no error")
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"Title\nFriday, July 21, 2017\nBody text.", `{"id":"a","text":"b"}`, `[{"id":"a","text":"b","published":"2020-01-01"}]`,
		"<html><article><p>x</p></article></html>", "<h1>a<p>b<div><table><td>c", "\xff\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, ext := range []string{".txt", ".md", ".html", ".json", ".jsonl"} {
			arts, err := Read(context.Background(), "f"+ext, strings.NewReader(in))
			if err != nil {
				if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrFormat) && !errors.Is(err, ErrTooLarge) {
					t.Fatalf("%s: error without a sentinel: %v", ext, err)
				}
				continue
			}
			if len(arts) == 0 {
				t.Fatalf("%s: no articles and no error", ext)
			}
			for _, a := range arts {
				if a.ID == "" || strings.TrimSpace(a.Text) == "" {
					t.Fatalf("%s: article without id or text: %+v", ext, a)
				}
			}
		}
	})
}
