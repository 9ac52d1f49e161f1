package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// openStore opens the store at url; unless create is set, a Bolt file must
// already exist. When a running server holds the Bolt
// file it explains what to do instead, with hint naming the way to reach
// that server, and returns errReported.
func (s *state) openStore(url string, create bool, hint string) (*graph.Store, error) {
	s.log.Debug("opening store", "url", url)
	if path, ok := strings.CutPrefix(url, "bolt:"); ok && !create {
		// Reading commands must not leave an empty store behind a typo.
		if path = strings.TrimPrefix(path, "//"); path == "" {
			path = graph.DefaultPath
		}
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: load articles into it first (actorgraph load --store %s PATH...)", path, url)
		}
	}
	st, err := graph.Open(s.ctx, url)
	switch {
	case errors.Is(err, graph.ErrStoreLocked):
		fmt.Fprintf(s.stderr, "actorgraph: the store %s is in use by another process, most likely a running 'actorgraph serve'.\n%s\n", url, hint)
		return nil, errReported
	case err != nil:
		return nil, err
	}
	return st, nil
}

// httpHint is what to tell a user whose store is held by a server.
const httpHint = `Query the running server over HTTP instead, for example:

	curl -s -H 'Content-Type: application/json' \
	  -d '{"query":"{ stats { articles entities triples } }"}' \
	  http://127.0.0.1:8080/graphql

or stop the server first.`
