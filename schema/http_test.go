package schema

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// server serves a schema over a store loaded with the fixture.
func server(t testing.TB, kind string, cfg Config) *httptest.Server {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = openStore(t, kind, fixture()...)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv
}

type response struct {
	status int
	ctype  string
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	raw []byte
}

func (r response) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func do(t testing.TB, req *http.Request) response {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	out := response{status: res.StatusCode, ctype: res.Header.Get("Content-Type"), raw: b}
	if strings.Contains(out.ctype, "json") {
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("response is not JSON: %v\n%s", err, b)
		}
	}
	return out
}

// post sends a GraphQL POST; headers come in name, value pairs.
func post(t testing.TB, srv *httptest.Server, query string, vars map[string]any, headers ...string) response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return do(t, req)
}

func get(t testing.TB, srv *httptest.Server, query string, headers ...string) response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query="+url.QueryEscape(query), nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return do(t, req)
}

// at walks a decoded JSON value: at(v, "actor", "relations", "edges", 0).
func at(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

func names(v any, field string) []string {
	var out []string
	l, _ := v.([]any)
	for _, x := range l {
		s, _ := at(x, field).(string)
		out = append(out, s)
	}
	return out
}

func TestHTTPProtocol(t *testing.T) {
	srv := server(t, "memory", Config{CORSOrigins: []string{"https://analyst.example"}, MaxBodyBytes: 4096})
	q := `{ stats { articles } }`
	for _, tc := range []struct {
		name   string
		req    func() *http.Request
		status int
		code   string
		ctype  string
	}{
		{"post json", func() *http.Request { return jsonReq(srv, `{"query":"{ stats { articles } }"}`, "") }, 200, "", "application/json"},
		{"get", func() *http.Request {
			r, _ := http.NewRequest("GET", srv.URL+"/graphql?query="+url.QueryEscape(q), nil)
			return r
		}, 200, "", "application/json"},
		{"graphql-response+json ok", func() *http.Request { return jsonReq(srv, `{"query":"{ stats { articles } }"}`, mediaResponse) }, 200, "", mediaResponse},
		{"parse error json is 200", func() *http.Request { return jsonReq(srv, `{"query":"{ stats { "}`, "") }, 200, CodeParseFailed, "application/json"},
		{"parse error graphql-response is 400", func() *http.Request { return jsonReq(srv, `{"query":"{ stats { "}`, mediaResponse) }, 400, CodeParseFailed, mediaResponse},
		{"validation error graphql-response is 400", func() *http.Request { return jsonReq(srv, `{"query":"{ nope }"}`, mediaResponse) }, 400, CodeValidationFailed, mediaResponse},
		{"validation error json is 200", func() *http.Request { return jsonReq(srv, `{"query":"{ nope }"}`, "application/json") }, 200, CodeValidationFailed, "application/json"},
		{"bad variables graphql-response is 400", func() *http.Request {
			return jsonReq(srv, `{"query":"query($n:Int){ actors(first:$n){ totalCount } }","variables":{"n":"x"}}`, mediaResponse)
		}, 400, CodeBadUserInput, mediaResponse},
		{"malformed body is 400", func() *http.Request { return jsonReq(srv, `{"query":`, "") }, 400, CodeBadRequest, "application/json"},
		{"body not an object is 400", func() *http.Request { return jsonReq(srv, `[1,2]`, "") }, 400, CodeBadRequest, "application/json"},
		{"no query is 400", func() *http.Request { return jsonReq(srv, `{}`, "") }, 400, CodeBadRequest, "application/json"},
		{"two bodies is 400", func() *http.Request {
			return jsonReq(srv, `{"query":"{ stats { articles } }"} {"query":"{ stats { entities } }"}`, "")
		}, 400, CodeBadRequest, "application/json"},
		{"too large after the request is 413", func() *http.Request {
			return jsonReq(srv, `{"query":"{ stats { articles } }"}`+strings.Repeat(" ", 5000), "")
		}, 413, CodeBadRequest, "application/json"},
		{"trailing space is fine", func() *http.Request { return jsonReq(srv, `{"query":"{ stats { articles } }"}`+"\n\n", "") }, 200, "", "application/json"},
		{"body too large is 413", func() *http.Request {
			return jsonReq(srv, `{"query":"{ stats { articles } }`+strings.Repeat(" ", 5000)+`"}`, "")
		}, 413, CodeBadRequest, "application/json"},
		{"wrong content type is 415", func() *http.Request {
			r, _ := http.NewRequest("POST", srv.URL+"/graphql", strings.NewReader(q))
			r.Header.Set("Content-Type", "text/plain")
			return r
		}, 415, CodeBadRequest, "application/json"},
		{"PUT is 405", func() *http.Request { r, _ := http.NewRequest("PUT", srv.URL+"/graphql", nil); return r }, 405, CodeBadRequest, "application/json"},
		{"mutation over GET is 405", func() *http.Request {
			r, _ := http.NewRequest("GET", srv.URL+"/graphql?query="+url.QueryEscape(`mutation { deleteArticle(id:"x") }`), nil)
			return r
		}, 405, CodeBadRequest, "application/json"},
		{"bad variables in GET is 400", func() *http.Request {
			r, _ := http.NewRequest("GET", srv.URL+"/graphql?query="+url.QueryEscape(q)+"&variables=%7B", nil)
			return r
		}, 400, CodeBadRequest, "application/json"},
		{"unknown operation name", func() *http.Request {
			return jsonReq(srv, `{"query":"query A { stats { articles } }","operationName":"B"}`, mediaResponse)
		}, 400, CodeBadUserInput, mediaResponse},
		{"several operations without a name", func() *http.Request {
			return jsonReq(srv, `{"query":"query A { stats { articles } } query B { stats { entities } }"}`, mediaResponse)
		}, 400, CodeBadUserInput, mediaResponse},
		{"operation name picks", func() *http.Request {
			return jsonReq(srv, `{"query":"query A { stats { articles } } query B { stats { entities } }","operationName":"B"}`, mediaResponse)
		}, 200, "", mediaResponse},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, tc.req())
			if res.status != tc.status || res.code() != tc.code || !strings.HasPrefix(res.ctype, tc.ctype) {
				t.Errorf("got %d %q %q, want %d %q %q\n%s", res.status, res.code(), res.ctype, tc.status, tc.code, tc.ctype, res.raw)
			}
			if tc.code == "" && res.Data == nil {
				t.Errorf("no data: %s", res.raw)
			}
			if tc.code != "" && res.status >= 400 && res.Data != nil {
				t.Errorf("request error with data: %s", res.raw)
			}
		})
	}
}

func jsonReq(srv *httptest.Server, body, accept string) *http.Request {
	r, _ := http.NewRequest("POST", srv.URL+"/graphql", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json; charset=utf-8")
	if accept != "" {
		r.Header.Set("Accept", accept)
	}
	return r
}

func TestHTTPPagesAndCORS(t *testing.T) {
	srv := server(t, "memory", Config{CORSOrigins: []string{"https://analyst.example"}})
	preflight := func(origin string) *http.Response {
		r, _ := http.NewRequest("OPTIONS", srv.URL+"/graphql", nil)
		r.Header.Set("Origin", origin)
		r.Header.Set("Access-Control-Request-Method", "POST")
		r.Header.Set("Access-Control-Request-Headers", "content-type")
		res, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	if res := preflight("https://analyst.example"); res.StatusCode != 204 || res.Header.Get("Access-Control-Allow-Origin") != "https://analyst.example" ||
		!strings.Contains(res.Header.Get("Access-Control-Allow-Headers"), "Content-Type") {
		t.Errorf("allowed preflight: %d %v", res.StatusCode, res.Header)
	}
	if res := preflight("https://evil.example"); res.StatusCode != 403 || res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("refused preflight: %d %v", res.StatusCode, res.Header)
	}
	r := jsonReq(srv, `{"query":"{ stats { articles } }"}`, "")
	r.Header.Set("Origin", "https://evil.example")
	res, _ := http.DefaultClient.Do(r)
	res.Body.Close()
	if res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS header for a foreign origin")
	}
	// Closed by default: no origin allowed.
	closed := server(t, "memory", Config{})
	r, _ = http.NewRequest("OPTIONS", closed.URL+"/graphql", nil)
	r.Header.Set("Origin", "https://analyst.example")
	res, _ = http.DefaultClient.Do(r)
	res.Body.Close()
	if res.StatusCode != 403 || res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("default CORS is open: %d %v", res.StatusCode, res.Header)
	}
	for path, want := range map[string]string{"/healthz": "ok", "/": "<form", "/nope": "404"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if !strings.Contains(string(b), want) && !(want == "404" && res.StatusCode == 404) {
			t.Errorf("%s: %d %s", path, res.StatusCode, b)
		}
		if path == "/" && (strings.Contains(string(b), "<script src") || strings.Contains(string(b), "cdn")) {
			t.Errorf("index page loads remote scripts")
		}
	}
}

// TestHTTPStores runs one query through Bolt and memory stores alike.
func TestHTTPStores(t *testing.T) {
	for _, kind := range []string{"memory", "bolt"} {
		t.Run(kind, func(t *testing.T) {
			srv := server(t, kind, Config{})
			res := post(t, srv, `{ stats { articles entities relations } actor(name:"Medvedev") { name roles { title organization { name } } } }`, nil)
			if res.code() != "" {
				t.Fatalf("%s", res.raw)
			}
			if got := at(res.Data, "stats", "articles"); got != 3.0 {
				t.Errorf("articles = %v", got)
			}
			if got := at(res.Data, "actor", "roles", 0, "organization", "name"); got != "Security Council of Russia" {
				t.Errorf("role organization = %v (%s)", got, res.raw)
			}
		})
	}
}

var _ = graph.ErrNotFound
