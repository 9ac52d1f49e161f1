package schema

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"
)

// lockedBuffer is a log sink safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestRequestLog(t *testing.T) {
	var buf lockedBuffer
	srv := server(t, "memory", Config{Logger: slog.New(slog.NewTextHandler(&buf, nil))})
	post(t, srv, `query Officials { actors(type: Person, first: 1) { totalCount } }`, nil)
	get(t, srv, `{ nope }`)
	logs := buf.String()
	for _, want := range []string{"method=POST", "path=/graphql", "status=200", "operation=Officials", "duration=", "method=GET"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}
