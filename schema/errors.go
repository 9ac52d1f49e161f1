package schema

import (
	"context"
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/graphql-go/graphql/gqlerrors"
)

// Error codes carried in extensions.code of every error this package
// returns, so that clients can branch on them.
const (
	CodeParseFailed      = "GRAPHQL_PARSE_FAILED"
	CodeValidationFailed = "GRAPHQL_VALIDATION_FAILED"
	CodeBadUserInput     = "BAD_USER_INPUT"
	CodeNotFound         = "NOT_FOUND"
	CodeTooDeep          = "QUERY_TOO_DEEP"
	CodeTooComplex       = "QUERY_TOO_COMPLEX"
	CodeTimeout          = "TIMEOUT"
	CodeInternal         = "INTERNAL"
	CodeForbidden        = "FORBIDDEN"
	CodeUnauthenticated  = "UNAUTHENTICATED"
	CodeBadRequest       = "BAD_REQUEST"
)

// codedError is an error with a GraphQL extensions code; graphql-go copies
// Extensions() into the response for errors returned by resolvers.
type codedError struct {
	code string
	msg  string
	err  error
}

func (e *codedError) Error() string { return e.msg }
func (e *codedError) Unwrap() error { return e.err }
func (e *codedError) Extensions() map[string]any {
	return map[string]any{"code": e.code}
}

func newError(code, format string, args ...any) *codedError {
	return &codedError{code: code, msg: fmt.Sprintf(format, args...)}
}

// classify turns a store error into a coded error that says what failed;
// what is not the caller's fault is INTERNAL, with the store's message.
func classify(what string, err error) error {
	var ce *codedError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ce):
		return err
	case errors.Is(err, graph.ErrNotFound):
		return &codedError{code: CodeNotFound, msg: what + ": not found", err: err}
	case errors.Is(err, graph.ErrInvalid):
		return &codedError{code: CodeBadUserInput, msg: what + ": " + err.Error(), err: err}
	case errors.Is(err, context.DeadlineExceeded):
		return &codedError{code: CodeTimeout, msg: what + ": request timed out", err: err}
	case errors.Is(err, context.Canceled):
		return &codedError{code: CodeTimeout, msg: what + ": request canceled", err: err}
	}
	return &codedError{code: CodeInternal, msg: what + ": " + err.Error(), err: err}
}

// formatted builds a response error with a code, for errors raised outside
// resolvers (parse, limits, HTTP).
func formatted(code, msg string) gqlerrors.FormattedError {
	return gqlerrors.FormattedError{Message: msg, Extensions: map[string]any{"code": code}}
}

// codeErrors gives every error in errs an extensions.code. graphql-go drops
// the extensions of errors raised inside thunks, so the codes the request's
// resolvers produced are looked up by message in seen; anything else that
// escaped execution is INTERNAL.
func codeErrors(errs []gqlerrors.FormattedError, seen map[string]string, fallback string) []gqlerrors.FormattedError {
	for i := range errs {
		if errs[i].Extensions != nil {
			continue
		}
		code, ok := seen[errs[i].Message]
		if !ok {
			code = fallback
		}
		errs[i].Extensions = map[string]any{"code": code}
	}
	return errs
}

func isCode(err error, code string) bool {
	var ce *codedError
	return errors.As(err, &ce) && ce.code == code
}
