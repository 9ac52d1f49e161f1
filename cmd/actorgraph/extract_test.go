package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

func TestExtract(t *testing.T) {
	r := agRun(t, "extract", filepath.Join(articles, "seed-sumy.txt"))
	if r.code != 0 {
		t.Fatalf("%v", r)
	}
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var tr ontology.Triple
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&tr); err != nil {
			t.Fatalf("line %d is not a triple: %v\n%s", n+1, err, sc.Text())
		}
		n++
		if tr.Article != "seed-sumy" || !tr.Predicate.Valid() || tr.Subject == "" || tr.Object == "" || tr.Evidence == "" {
			t.Errorf("bad triple: %+v", tr)
		}
		if (tr.Predicate == ontology.Role) != (tr.ObjectType == ontology.Literal) {
			t.Errorf("role object type: %+v", tr)
		}
		if tr.Confidence <= 0 || tr.Confidence > 1 {
			t.Errorf("confidence %v out of (0, 1]: %+v", tr.Confidence, tr)
		}
	}
	if n == 0 {
		t.Error("no triples from seed-sumy")
	}
}

func TestExtractEntities(t *testing.T) {
	r := agRun(t, "extract", "--entities", articles)
	if r.code != 0 {
		t.Fatalf("%v", r)
	}
	articlesSeen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var e map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		for _, k := range []string{"article", "name", "type", "aliases"} {
			if _, ok := e[k]; !ok {
				t.Fatalf("entity line lacks %q: %s", k, line)
			}
		}
		if len(e) != 4 {
			t.Errorf("entity line has extra fields: %s", line)
		}
		var a string
		json.Unmarshal(e["article"], &a)
		articlesSeen[a] = true
		var typ ontology.EntityType
		json.Unmarshal(e["type"], &typ)
		if !typ.Valid() {
			t.Errorf("invalid type: %s", line)
		}
	}
	if len(articlesSeen) != 9 {
		t.Errorf("entities from %d articles, want 9", len(articlesSeen))
	}
}

// goldDir is a directory of <id>.txt + <id>.gold.json for eval: the
// loader's copy in the repository, else the shared corpus beside it.
func goldDir(t *testing.T) string {
	for _, d := range []string{
		filepath.Join("..", "..", "loader", "testdata", "extract", "dev"),
		filepath.Join("..", "..", "..", "shared", "corpus", "dev"),
	} {
		if m, _ := filepath.Glob(filepath.Join(d, "*.gold.json")); len(m) > 0 {
			return d
		}
	}
	t.Skip("no gold directory (loader/testdata/extract/dev or ../shared/corpus/dev)")
	return ""
}

func TestEval(t *testing.T) {
	dir := goldDir(t)
	r := agRun(t, "eval", "--errors", dir)
	if r.code != 0 {
		t.Fatalf("%v", r)
	}
	for _, w := range []string{"entities untyped", "entities typed", "triples", "F1", "errors ("} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("eval output lacks %q:\n%v", w, r)
		}
	}
	// An impossible floor makes eval fail.
	r = agRun(t, "eval", "--min-triple-f1", "1.01", dir)
	if r.code != 1 || !strings.Contains(r.stderr, "below the floor") {
		t.Errorf("want exit 1 below the floor, got\n%v", r)
	}
}

func TestEvalNoGold(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Nothing here."), 0o644)
	r := agRun(t, "eval", dir)
	if r.code != 1 || !strings.Contains(r.stderr, "gold") {
		t.Errorf("want exit 1 saying there is no gold, got\n%v", r)
	}
}

func TestExtractNoFiles(t *testing.T) {
	r := agRun(t, "extract", t.TempDir())
	if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, "no article files") {
		t.Errorf("want exit 1 saying there are no article files, got\n%v", r)
	}
}
