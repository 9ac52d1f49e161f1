package schema

import (
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"mime"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/graphql-go/graphql/gqlerrors"
)

// Media types of GraphQL over HTTP.
const (
	mediaJSON     = "application/json"
	mediaResponse = "application/graphql-response+json"
)

// Handler serves /graphql (GET and POST, per the GraphQL-over-HTTP
// conventions), /healthz and a plain page at / saying what is there.
func (s *Schema) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/graphql", s.serveGraphQL)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/", s.serveIndex)
	return s.logged(mux)
}

// graphQLRequest is the body of a POST and the parameters of a GET.
type graphQLRequest struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables"`
	OperationName string         `json:"operationName"`
	Extensions    map[string]any `json:"extensions"`
}

func (s *Schema) serveGraphQL(w http.ResponseWriter, r *http.Request) {
	if !s.cors(w, r) {
		return
	}
	media := mediaJSON
	if accepts(r.Header.Get("Accept"), mediaResponse) {
		media = mediaResponse
	}
	var (
		req graphQLRequest
		wr  = s.writeMode(r)
	)
	switch r.Method {
	case http.MethodPost:
		ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if ct != mediaJSON && ct != mediaResponse {
			writeRequestError(w, media, http.StatusUnsupportedMediaType, CodeBadRequest, "schema: POST body must be application/json, got "+quote(ct))
			return
		}
		body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		dec := json.NewDecoder(body)
		dec.UseNumber()
		err := dec.Decode(&req)
		if err == nil {
			// A second value after the request would be silently dropped:
			// a client that batches requests must hear that it is not
			// served.
			if _, err = dec.Token(); err == nil {
				err = errors.New("more than one JSON value (batched requests are not supported)")
			} else if err == io.EOF {
				err = nil
			}
		}
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				writeRequestError(w, media, http.StatusRequestEntityTooLarge, CodeBadRequest, fmt.Sprintf("schema: request body is larger than %d bytes", s.cfg.MaxBodyBytes))
				return
			}
			writeRequestError(w, media, http.StatusBadRequest, CodeBadRequest, "schema: request body is not a GraphQL JSON request: "+err.Error())
			return
		}
		req.Variables = numbers(req.Variables)
	case http.MethodGet:
		if len(r.URL.RawQuery) > int(s.cfg.MaxBodyBytes) {
			writeRequestError(w, media, http.StatusRequestEntityTooLarge, CodeBadRequest, "schema: query string is too long")
			return
		}
		q := r.URL.Query()
		req.Query, req.OperationName = q.Get("query"), q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			dec := json.NewDecoder(strings.NewReader(v))
			dec.UseNumber()
			if err := dec.Decode(&req.Variables); err != nil {
				writeRequestError(w, media, http.StatusBadRequest, CodeBadRequest, "schema: variables is not a JSON object: "+err.Error())
				return
			}
			req.Variables = numbers(req.Variables)
		}
		wr = writeViaGET
	default:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		writeRequestError(w, media, http.StatusMethodNotAllowed, CodeBadRequest, "schema: method "+r.Method+" not allowed on /graphql; use GET or POST")
		return
	}
	if req.Query == "" {
		writeRequestError(w, media, http.StatusBadRequest, CodeBadRequest, "schema: no query given (want a JSON body {\"query\": ...} or ?query=)")
		return
	}
	out := s.run(r.Context(), params{query: req.Query, variables: req.Variables, operation: req.OperationName, write: wr})
	if l, ok := w.(*logWriter); ok {
		l.operation = out.operation
	}
	status := out.status
	if media == mediaJSON && status != http.StatusMethodNotAllowed {
		status = http.StatusOK // legacy clients read errors from the body
	}
	if status == http.StatusMethodNotAllowed {
		w.Header().Set("Allow", "POST")
	}
	writeResult(w, media, status, out.res.Data, out.res.Errors)
}

// writeMode says whether the request may run mutations.
func (s *Schema) writeMode(r *http.Request) write {
	if s.cfg.WriteToken == "" {
		return writeDisabled
	}
	auth := r.Header.Get("Authorization")
	token, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || token == "" {
		return writeNoToken
	}
	if subtle.ConstantTimeCompare([]byte(token), []byte(s.cfg.WriteToken)) != 1 {
		return writeBadToken
	}
	return writeAllowed
}

// numbers turns json.Number variables into int or float64, as graphql-go's
// coercion expects.
func numbers(m map[string]any) map[string]any {
	for k, v := range m {
		m[k] = number(v)
	}
	return m
}

func number(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil && i >= -1<<31 && i < 1<<31 {
			return int(i)
		}
		f, _ := x.Float64()
		return f
	case map[string]any:
		return numbers(x)
	case []any:
		for i := range x {
			x[i] = number(x[i])
		}
	}
	return v
}

// accepts reports whether the Accept header lists media (q=0 excluded).
func accepts(header, media string) bool {
	for _, part := range strings.Split(header, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err == nil && mt == media && params["q"] != "0" {
			return true
		}
	}
	return false
}

func writeRequestError(w http.ResponseWriter, media string, status int, code, msg string) {
	writeResult(w, media, status, nil, []gqlerrors.FormattedError{formatted(code, msg)})
}

func writeResult(w http.ResponseWriter, media string, status int, data any, errs []gqlerrors.FormattedError) {
	body := map[string]any{}
	if data != nil {
		body["data"] = data
	}
	if len(errs) > 0 {
		body["errors"] = errs
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(body); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		json.NewEncoder(&buf).Encode(map[string]any{"errors": []gqlerrors.FormattedError{formatted(CodeInternal, "schema: encode result: "+err.Error())}})
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// cors answers preflight requests and sets the CORS headers for allowed
// origins. It returns false when the request has been answered.
func (s *Schema) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	allowed := origin != "" && (slices.Contains(s.cfg.CORSOrigins, origin) || slices.Contains(s.cfg.CORSOrigins, "*"))
	if origin != "" {
		w.Header().Add("Vary", "Origin")
	}
	if allowed {
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
	if r.Method != http.MethodOptions {
		return true
	}
	w.Header().Set("Allow", "GET, POST, OPTIONS")
	if origin != "" && !allowed {
		http.Error(w, "schema: origin "+origin+" is not allowed (start the server with --cors-origin "+origin+")", http.StatusForbidden)
		return false
	}
	if allowed {
		w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization")
		w.Header().Set("Access-Control-Max-Age", "600")
	}
	w.WriteHeader(http.StatusNoContent)
	return false
}

// logWriter records the status and operation of a request for its log line.
type logWriter struct {
	http.ResponseWriter
	status    int
	operation string
}

func (l *logWriter) WriteHeader(code int) {
	if l.status == 0 {
		l.status = code
	}
	l.ResponseWriter.WriteHeader(code)
}

func (l *logWriter) Write(b []byte) (int, error) {
	if l.status == 0 {
		l.status = http.StatusOK
	}
	return l.ResponseWriter.Write(b)
}

// logged logs one line per request and turns a panic into a 500, so one
// bad request never stops the server.
func (s *Schema) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		lw := &logWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v) // net/http's own signal to drop the connection quietly
				}
				s.cfg.Logger.Error("panic serving request", "path", r.URL.Path, "panic", fmt.Sprint(v))
				if lw.status == 0 {
					writeRequestError(lw, mediaJSON, http.StatusInternalServerError, CodeInternal, "schema: internal error")
				}
			}
			s.cfg.Logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", lw.status,
				"duration", time.Since(start), "operation", lw.operation)
		}()
		next.ServeHTTP(lw, r)
	})
}

var indexPage = template.Must(template.New("index").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>actorgraph</title>
<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em}textarea{width:100%;font-family:monospace}</style>
</head><body>
<h1>actorgraph</h1>
<p>An actor graph extracted from news articles: people, organizations, countries, places, events and documents,
and the relations between them (offices, membership, interactions with CAMEO codes), each with its evidence sentences.</p>
<ul>
<li><code>POST /graphql</code> with <code>{"query": "...", "variables": {...}}</code> (application/json), or <code>GET /graphql?query=...</code>.
Any GraphQL client (GraphiQL, Altair, graphql-request) can introspect the schema there; every type and field is documented.</li>
<li><code>GET /healthz</code> answers <code>ok</code>.</li>
<li>Mutations (<code>loadArticle</code>, <code>deleteArticle</code>) are {{if .Write}}enabled with <code>Authorization: Bearer &lt;token&gt;</code>{{else}}disabled on this server{{end}}.</li>
</ul>
<h2>Run a query</h2>
<form method="get" action="/graphql">
<textarea name="query" rows="12">{{.Example}}</textarea>
<p><button type="submit">Run</button> (the answer is JSON)</p>
</form>
</body></html>
`))

const exampleQuery = `{
  stats { articles entities relations }
  actors(first: 5) {
    nodes { name type degree roles { title organization { name } } }
  }
}`

func (s *Schema) serveIndex(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	indexPage.Execute(w, struct {
		Write   bool
		Example string
	}{s.cfg.WriteToken != "", exampleQuery})
}
