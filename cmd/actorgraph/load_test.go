package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storeStats runs `stats --json` on url.
func storeStats(t *testing.T, url string) map[string]int {
	t.Helper()
	r := agRun(t, "stats", "--json", "--store", url)
	if r.code != 0 {
		t.Fatalf("stats:\n%v", r)
	}
	var n map[string]int
	if err := json.Unmarshal([]byte(r.stdout), &n); err != nil {
		t.Fatalf("stats --json printed %q: %v", r.stdout, err)
	}
	return n
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	url := "bolt:" + filepath.Join(t.TempDir(), "s.db")
	first := agRun(t, "load", "--store", url, articles)
	if first.code != 0 || !strings.Contains(first.stdout, "loaded 9 articles (9 new") {
		t.Fatalf("first load:\n%v", first)
	}
	before := storeStats(t, url)
	if before["articles"] != 9 || before["triples"] == 0 || before["entities"] == 0 {
		t.Errorf("after one load: %v", before)
	}

	// The store URL from the environment, the workers from a flag.
	second := agRunEnv(t, []string{"ACTORGRAPH_STORE=" + url}, "", "load", "--workers", "1", articles)
	if second.code != 0 || !strings.Contains(second.stdout, "9 unchanged") {
		t.Fatalf("second load:\n%v", second)
	}
	after := storeStats(t, url)
	if after["triples"] != before["triples"] || after["entities"] != before["entities"] || after["articles"] != before["articles"] {
		t.Errorf("loading twice changed the store: %v then %v", before, after)
	}

	plain := agRun(t, "stats", "--store", url)
	for _, w := range []string{"articles", "entities", "relations", "triples"} {
		if plain.code != 0 || !strings.Contains(plain.stdout, w) {
			t.Errorf("stats without --json lacks %q:\n%v", w, plain)
		}
	}
}

func TestLoadChangedArticleReplaces(t *testing.T) {
	dir := t.TempDir()
	url := "bolt:" + filepath.Join(dir, "s.db")
	src, err := os.ReadFile(filepath.Join(articles, "seed-sumy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	art := filepath.Join(dir, "in", "seed-sumy.txt")
	os.MkdirAll(filepath.Dir(art), 0o755)
	os.WriteFile(art, src, 0o644)
	if r := agRun(t, "load", "--store", url, art); r.code != 0 {
		t.Fatalf("load:\n%v", r)
	}
	before := storeStats(t, url)
	// Keep the first two lines only: fewer triples, same article id.
	lines := strings.SplitAfterN(string(src), "\n", 3)
	os.WriteFile(art, []byte(strings.Join(lines[:2], "")), 0o644)
	r := agRun(t, "load", "--store", url, art)
	if r.code != 0 || !strings.Contains(r.stdout, "1 replaced") {
		t.Fatalf("reload of a changed article:\n%v", r)
	}
	if n := storeStats(t, url); n["articles"] != 1 || n["triples"] >= before["triples"] {
		t.Errorf("replacing the article with its first two lines: %v then %v", before, n)
	}
}

func TestLoadBadFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	good, err := os.ReadFile(filepath.Join(articles, "seed-sumy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"good.txt":   good,
		"empty.txt":  nil,
		"binary.txt": {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0xff, 0xfe, 0, 0, 0x89, 'P', 'N', 'G'},
		"bad.json":   []byte(`{"id": "x", "text": "unterminated`),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	url := "bolt:" + filepath.Join(dir, "s.db")
	r := agRun(t, "load", "--store", url, in)
	if r.code != 1 {
		t.Errorf("want exit 1 when files fail, got\n%v", r)
	}
	for name := range files {
		if name == "good.txt" {
			continue
		}
		if !strings.Contains(r.stderr, filepath.Join(in, name)) {
			t.Errorf("stderr does not name %s:\n%v", name, r)
		}
	}
	if !strings.Contains(r.stdout, "loaded 1 articles") || !strings.Contains(r.stdout, "3 errors") {
		t.Errorf("summary:\n%v", r)
	}
	if n := storeStats(t, url); n["articles"] != 1 || n["triples"] == 0 {
		t.Errorf("the good file did not load: %v", n)
	}
}

func TestLoadBadPaths(t *testing.T) {
	dir := t.TempDir()
	url := "bolt:" + filepath.Join(dir, "s.db")
	missing := filepath.Join(dir, "nope")
	pdf := filepath.Join(dir, "report.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.4"), 0o644)
	good := filepath.Join(articles, "seed-sumy.txt")
	r := agRun(t, "load", "--store", url, missing, pdf, good)
	if r.code != 1 || !strings.Contains(r.stderr, missing) || !strings.Contains(r.stderr, pdf) {
		t.Errorf("want exit 1 naming the missing path and the .pdf, got\n%v", r)
	}
	if !strings.Contains(r.stdout, "loaded 1 articles") || !strings.Contains(r.stdout, "2 errors") {
		t.Errorf("the good file should still load:\n%v", r)
	}
	if r := agRun(t, "load", "--store", url, missing); r.code != 1 || !strings.Contains(r.stderr, missing) {
		t.Errorf("only a missing path: want exit 1 naming it, got\n%v", r)
	}
}

func TestReadingCommandsNeedAStore(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	for _, args := range [][]string{
		{"stats"},
		{"query", "{ stats { articles } }"},
		{"export", "--seed", "Russia"},
	} {
		r := agRun(t, append(args, "--store", "bolt:"+missing)...)
		if r.code != 1 || !strings.Contains(r.stderr, "no store at") {
			t.Errorf("%v on a missing store: want exit 1 and a hint to load, got\n%v", args, r)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a reading command created the store file")
	}
}
