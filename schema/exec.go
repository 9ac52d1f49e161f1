package schema

import (
	"context"
	"errors"
	"net/http"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
)

// Do runs one GraphQL request: it parses the query, validates it with the
// standard rules and this schema's limits, and executes it under the
// configured timeout. Do is the trusted, in-process entry point (used by
// `actorgraph query`): mutations are allowed. It always returns data or
// errors, every error with extensions.code.
func (s *Schema) Do(ctx context.Context, query string, variables map[string]any, operationName string) *graphql.Result {
	return s.run(ctx, params{query: query, variables: variables, operation: operationName, write: writeAllowed}).res
}

// write says whether a request may run mutations.
type write int

const (
	writeAllowed  write = iota
	writeDisabled       // no token configured
	writeNoToken        // token configured, none sent
	writeBadToken       // token configured, wrong one sent
	writeViaGET         // mutations are never run from GET
)

type params struct {
	query     string
	variables map[string]any
	operation string
	write     write
}

// outcome is a result and the HTTP status the GraphQL-over-HTTP spec gives
// it under application/graphql-response+json.
type outcome struct {
	res       *graphql.Result
	status    int
	operation string // the operation's name, for logs
}

func requestError(status int, code, msg string) outcome {
	return outcome{res: &graphql.Result{Errors: []gqlerrors.FormattedError{formatted(code, msg)}}, status: status}
}

func (s *Schema) run(ctx context.Context, p params) outcome {
	if p.query == "" {
		return requestError(http.StatusBadRequest, CodeBadRequest, "schema: no query given")
	}
	if !utf8.ValidString(p.query) {
		return requestError(http.StatusBadRequest, CodeParseFailed, "schema: query is not valid UTF-8")
	}
	// The parser recurses once per nesting level: refuse absurd nesting
	// before parsing, with a bound loose enough for argument literals.
	if n := nesting(p.query); n > 2*s.cfg.MaxDepth+32 {
		return requestError(http.StatusBadRequest, CodeTooDeep, "schema: query nests too deeply")
	}
	doc, cached := s.docs.get(p.query), true
	if doc == nil {
		cached = false
		var err error
		doc, err = parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(p.query), Name: "GraphQL request"})})
		if err != nil {
			fe := gqlerrors.FormatError(err)
			fe.Extensions = map[string]any{"code": CodeParseFailed}
			return outcome{res: &graphql.Result{Errors: []gqlerrors.FormattedError{fe}}, status: http.StatusBadRequest}
		}
	}
	op := operation(doc, p.operation)
	name := ""
	if op != nil && op.Name != nil {
		name = op.Name.Value
	}
	// Limits first, alone: they are cheap and bound the work the standard
	// rules (some quadratic in the number of fields) may do.
	if v := graphql.ValidateDocument(&s.schema, doc, s.limitRules(p.variables)); !v.IsValid {
		return outcome{res: &graphql.Result{Errors: codeErrors(v.Errors, nil, CodeValidationFailed)}, status: http.StatusBadRequest, operation: name}
	}
	if !cached {
		if v := graphql.ValidateDocument(&s.schema, doc, graphql.SpecifiedRules); !v.IsValid {
			return outcome{res: &graphql.Result{Errors: codeErrors(v.Errors, nil, CodeValidationFailed)}, status: http.StatusBadRequest, operation: name}
		}
		s.docs.put(p.query, doc)
	}
	if op == nil {
		msg := "schema: no operation named " + quote(p.operation) + " in the document"
		if p.operation == "" {
			msg = "schema: the document has several operations: give operationName"
		}
		return requestError(http.StatusBadRequest, CodeBadUserInput, msg)
	}
	if op.Operation == ast.OperationTypeMutation {
		if o, denied := s.checkWrite(p.write); denied {
			o.operation = name
			return o
		}
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	req := &request{loaders: newLoaders(s.cfg.Store), codes: map[string]string{}, articles: map[string]graph.Article{}}
	ctx = context.WithValue(ctx, requestKey{}, req)
	res := graphql.Execute(graphql.ExecuteParams{Schema: s.schema, AST: doc, OperationName: p.operation, Args: p.variables, Context: ctx})
	status := http.StatusOK
	fallback := CodeInternal
	if res.Data == nil && len(res.Errors) > 0 {
		// Nothing executed: variables that did not coerce.
		status, fallback = http.StatusBadRequest, CodeBadUserInput
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		fallback = CodeTimeout
	}
	req.mu.Lock()
	res.Errors = codeErrors(res.Errors, req.codes, fallback)
	req.mu.Unlock()
	return outcome{res: res, status: status, operation: name}
}

func (s *Schema) checkWrite(w write) (outcome, bool) {
	switch {
	case w == writeViaGET:
		return requestError(http.StatusMethodNotAllowed, CodeBadRequest, "schema: mutations are not allowed over GET; use POST"), true
	case w == writeDisabled || s.cfg.WriteToken == "" && w != writeAllowed:
		return requestError(http.StatusForbidden, CodeForbidden, "schema: mutations are disabled: the server was started without a write token"), true
	case w == writeNoToken:
		return requestError(http.StatusUnauthorized, CodeUnauthenticated, "schema: mutations need the header Authorization: Bearer <write token>"), true
	case w == writeBadToken:
		return requestError(http.StatusForbidden, CodeForbidden, "schema: the bearer token is not the server's write token"), true
	}
	return outcome{}, false
}

// operation picks the operation to run, as graphql-go's executor will.
func operation(doc *ast.Document, name string) *ast.OperationDefinition {
	var found *ast.OperationDefinition
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		if name == "" {
			if found != nil {
				return nil // several operations and no name: validation says so
			}
			found = op
		} else if op.Name != nil && op.Name.Value == name {
			return op
		}
	}
	return found
}

// nesting is the deepest bracket nesting of q, strings included (an
// overestimate is harmless: the bound it is checked against is loose).
func nesting(q string) int {
	depth, max := 0, 0
	for i := 0; i < len(q); i++ {
		switch q[i] {
		case '{', '[', '(':
			depth++
			if depth > max {
				max = depth
			}
		case '}', ']', ')':
			depth--
		}
	}
	return max
}

func quote(s string) string { return "\"" + s + "\"" }
