package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/schema"
)

const serveDoc = `
Serve answers GraphQL queries on the store over HTTP: POST (JSON body) and
GET (?query=...) at /graphql, a page at / that says what is there and how
to query it, and /healthz. It runs until interrupted (Ctrl-C or SIGTERM),
then finishes the requests in flight.

The Bolt store is locked while the server runs: query it over HTTP, not
with 'actorgraph query' on the same file.

Mutations (loadArticle, deleteArticle) are enabled only with
--write-token, and must then carry it as "Authorization: Bearer TOKEN".
Browsers on other origins may call the API only from the origins given
with --cors-origin (repeatable; "*" allows any).

Example:

	actorgraph serve --addr 127.0.0.1:8080
	curl -s -H 'Content-Type: application/json' \
	  -d '{"query":"{ stats { articles entities triples } }"}' http://127.0.0.1:8080/graphql`

// readTimeout bounds reading one request, body included: ample for a
// body of the default --max-body-bytes (1 MiB) on a slow link.
const readTimeout = 30 * time.Second

func (s *state) serve(args []string) error {
	c := s.newCommand("serve", "serve [--store URL] [--addr HOST:PORT] [--write-token T] [--cors-origin O]...", serveDoc)
	storeURL := c.storeFlag()
	addr := c.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (port 0 picks a free one)")
	token := c.String("write-token", "", "enable mutations for requests bearing this `token`")
	origins := c.list("cors-origin", "allow browser requests from this `origin` (repeatable)")
	maxDepth := c.Int("max-depth", schema.DefaultMaxDepth, "reject queries nested deeper than `N`")
	maxCost := c.Int("max-cost", schema.DefaultMaxCost, "reject queries whose estimated cost (list sizes multiplied) exceeds `N`")
	maxFields := c.Int("max-fields", schema.DefaultMaxFields, "reject queries with more than `N` field selections")
	maxPage := c.Int("max-page-size", schema.DefaultMaxPageSize, "largest `N` a list returns per page")
	defPage := c.Int("default-page-size", schema.DefaultDefaultPageSize, "`N` items per page when first is not given")
	maxBody := c.Int64("max-body-bytes", schema.DefaultMaxBodyBytes, "largest request body in `bytes`")
	timeout := c.Duration("timeout", schema.DefaultTimeout, "per-request `timeout`, store work included")
	if err := c.parse(args); err != nil {
		return err
	}
	if c.NArg() > 0 {
		return usagef("unexpected arguments %q", c.Args())
	}

	st, err := s.openStore(*storeURL, true, "Is a server already running on this store? Use it, or give another --store.")
	if err != nil {
		return err
	}
	defer st.Close()
	ex, err := loader.New()
	if err != nil {
		return err
	}
	sch, err := schema.New(schema.Config{
		Store:           st,
		Extractor:       ex,
		WriteToken:      *token,
		CORSOrigins:     origins.values,
		MaxDepth:        *maxDepth,
		MaxCost:         *maxCost,
		MaxFields:       *maxFields,
		MaxPageSize:     *maxPage,
		DefaultPageSize: *defPage,
		MaxBodyBytes:    *maxBody,
		Timeout:         *timeout,
		Logger:          s.log,
	})
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	// Without these a client that trickles its body, never reads the
	// answer or keeps idle connections open holds a goroutine and a socket
	// for ever; the schema's own timeout only bounds the query's work.
	reqTimeout := *timeout
	if reqTimeout == 0 {
		reqTimeout = schema.DefaultTimeout
	}
	srv := &http.Server{
		Handler:           sch.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       readTimeout,
		WriteTimeout:      readTimeout + reqTimeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	url := fmt.Sprintf("http://%s/", ln.Addr())
	s.log.Info("serving", "url", url, "graphql", url+"graphql", "store", *storeURL, "mutations", *token != "")

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-s.ctx.Done():
	}
	s.log.Info("shutting down")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
