package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// gqlResult is the JSON that query prints.
type gqlResult struct {
	Data   map[string]json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

func runQuery(t *testing.T, url string, args ...string) (gqlResult, result) {
	t.Helper()
	r := agRun(t, append([]string{"query", "--store", url}, args...)...)
	var g gqlResult
	if err := json.Unmarshal([]byte(r.stdout), &g); err != nil {
		t.Fatalf("query printed no JSON: %v\n%v", err, r)
	}
	return g, r
}

func TestQuery(t *testing.T) {
	url := demoStore(t)
	t.Run("stats", func(t *testing.T) {
		g, r := runQuery(t, url, `{ stats { articles entities triples } }`)
		if r.code != 0 || len(g.Errors) > 0 {
			t.Fatalf("%v", r)
		}
		var s struct{ Articles, Entities, Triples int }
		json.Unmarshal(g.Data["stats"], &s)
		if s.Articles != 9 || s.Entities == 0 || s.Triples == 0 {
			t.Errorf("stats = %+v", s)
		}
	})
	t.Run("actor from a file, variable", func(t *testing.T) {
		q := filepath.Join(t.TempDir(), "actor.graphql")
		os.WriteFile(q, []byte(`query($n: String) { actor(name: $n) { name type aliases } }`), 0o644)
		g, r := runQuery(t, url, "--var", "n=Volodymyr Zelenskyy", "@"+q)
		if r.code != 0 || len(g.Errors) > 0 {
			t.Fatalf("%v", r)
		}
		var a struct{ Name, Type string }
		json.Unmarshal(g.Data["actor"], &a)
		if a.Name != "Volodymyr Zelenskyy" || a.Type != "Person" {
			t.Errorf("actor = %+v\n%v", a, r)
		}
	})
	t.Run("stdin", func(t *testing.T) {
		r := agRunEnv(t, []string{"ACTORGRAPH_STORE=" + url}, `{ stats { articles } }`, "query", "-")
		if r.code != 0 || !strings.Contains(r.stdout, `"articles": 9`) {
			t.Errorf("%v", r)
		}
	})
	t.Run("errors exit 1", func(t *testing.T) {
		g, r := runQuery(t, url, `{ noSuchField }`)
		if r.code != 1 || len(g.Errors) == 0 {
			t.Errorf("want exit 1 and errors, got\n%v", r)
		}
	})
	// A Done-when criterion of issue 2: it passes once extraction links
	// the Ukrainian and Russian officials of the sample articles.
	t.Run("path Yermak to Medvedev", func(t *testing.T) {
		g, r := runQuery(t, url, `{ path(from: "Andriy Yermak", to: "Dmitry Medvedev", maxHops: 4) { actors { name } } }`)
		if r.code != 0 || len(g.Errors) > 0 {
			t.Fatalf("%v", r)
		}
		var paths []struct{ Actors []struct{ Name string } }
		if err := json.Unmarshal(g.Data["path"], &paths); err != nil {
			var one struct{ Actors []struct{ Name string } }
			if err := json.Unmarshal(g.Data["path"], &one); err == nil && len(one.Actors) > 0 {
				paths = append(paths, one)
			}
		}
		if len(paths) == 0 || len(paths[0].Actors) < 2 {
			t.Fatalf("no path from Andriy Yermak to Dmitry Medvedev in 4 hops:\n%v", r)
		}
		first, last := paths[0].Actors[0].Name, paths[0].Actors[len(paths[0].Actors)-1].Name
		if first != "Andriy Yermak" || last != "Dmitry Medvedev" {
			t.Errorf("path runs from %q to %q", first, last)
		}
	})
}

// startServe runs `serve` on url at a free port and returns the base URL
// and a function that stops it with SIGTERM and returns its exit status.
func startServe(t *testing.T, url string, env []string, extra ...string) (string, func() int) {
	t.Helper()
	cmd := exec.Command(binPath, append([]string{"serve", "--store", url, "--addr", "127.0.0.1:0"}, extra...)...)
	cmd.Env = append(cleanEnv(), env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	found := make(chan string, 1)
	var log strings.Builder
	go func() {
		re := regexp.MustCompile(`url=(http://\S+)`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		close(found)
	}()
	done := make(chan int, 1)
	stop := func() int {
		cmd.Process.Signal(syscall.SIGTERM)
		go func() {
			cmd.Wait()
			done <- cmd.ProcessState.ExitCode()
		}()
		select {
		case code := <-done:
			return code
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			t.Errorf("serve did not stop on SIGTERM within 15 s")
			return -1
		}
	}
	select {
	case base, ok := <-found:
		if !ok {
			cmd.Wait()
			t.Fatalf("serve exited before serving:\n%s", log.String())
		}
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				cmd.Process.Kill()
				cmd.Wait()
			}
		})
		return base, stop
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("serve did not log its URL within 30 s")
	}
	return "", nil
}

func TestServeAndLockedStore(t *testing.T) {
	dir := t.TempDir()
	url := "bolt:" + filepath.Join(dir, "s.db")
	if r := agRun(t, "load", "--store", url, filepath.Join(articles, "seed-sumy.txt")); r.code != 0 {
		t.Fatalf("load:\n%v", r)
	}
	base, stop := startServe(t, url, nil)

	resp, err := http.Post(base+"graphql", "application/json", strings.NewReader(`{"query":"{ stats { articles } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"articles":1`) {
		t.Errorf("POST /graphql: %d %s", resp.StatusCode, body)
	}
	if resp, err := http.Get(base); err != nil || resp.StatusCode != 200 {
		t.Errorf("GET /: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}

	// The server holds the Bolt file: query must fail fast and say why.
	startQ := time.Now()
	r := agRun(t, "query", "--store", url, `{ stats { articles } }`)
	if took := time.Since(startQ); took > 15*time.Second {
		t.Errorf("query on a locked store took %v to fail", took)
	}
	if r.code != 1 || !strings.Contains(r.stderr, "in use") || !strings.Contains(r.stderr, "curl") {
		t.Errorf("query on a locked store: want exit 1 with a hint to use curl, got\n%v", r)
	}
	if r := agRun(t, "load", "--store", url, articles); r.code != 1 || !strings.Contains(r.stderr, "in use") {
		t.Errorf("load on a locked store:\n%v", r)
	}

	if code := stop(); code != 0 {
		t.Errorf("serve exited %d after SIGTERM, want 0", code)
	}
	// Released: the CLI can open the store again.
	if n := storeStats(t, url); n["articles"] != 1 {
		t.Errorf("after the server stopped: %v", n)
	}
}

// TestReadmeQueries runs every ```graphql block of README.md against the
// demo store, so the examples stay valid as the schema changes.
func TestReadmeQueries(t *testing.T) {
	url := demoStore(t)
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(b), -1)
	if len(blocks) < 3 {
		t.Fatalf("README.md has %d GraphQL examples, want at least 3", len(blocks))
	}
	for i, m := range blocks {
		g, r := runQuery(t, url, m[1])
		if r.code != 0 || len(g.Errors) > 0 {
			t.Errorf("README example %d fails:\n%s\n%v", i+1, m[1], r)
		}
	}
}

// TestServeFlags checks that serve hands its flags and environment to the
// schema: the write token enables mutations, the CORS origin is allowed.
func TestServeFlags(t *testing.T) {
	dir := t.TempDir()
	url := "bolt:" + filepath.Join(dir, "s.db")
	if r := agRun(t, "load", "--store", url, filepath.Join(articles, "seed-sumy.txt")); r.code != 0 {
		t.Fatalf("load:\n%v", r)
	}
	base, stop := startServe(t, url, []string{"ACTORGRAPH_WRITE_TOKEN=s3cret"}, "--cors-origin", "http://app.example")
	defer stop()

	pre, _ := http.NewRequest(http.MethodOptions, base+"graphql", nil)
	pre.Header.Set("Origin", "http://app.example")
	pre.Header.Set("Access-Control-Request-Method", "POST")
	pre.Header.Set("Access-Control-Request-Headers", "content-type")
	resp, err := http.DefaultClient.Do(pre)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "http://app.example" {
		t.Errorf("preflight from the allowed origin: Access-Control-Allow-Origin %q", got)
	}

	del := func(token string) string {
		req, _ := http.NewRequest(http.MethodPost, base+"graphql", strings.NewReader(`{"query":"mutation { deleteArticle(id: \"seed-sumy\") }"}`))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return string(b)
	}
	if out := del("wrong"); !strings.Contains(out, "errors") {
		t.Errorf("mutation with a wrong token: %s", out)
	}
	if out := del("s3cret"); !strings.Contains(out, `"deleteArticle":true`) {
		t.Errorf("mutation with the token: %s", out)
	}
}
