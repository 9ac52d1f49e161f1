package schema

import (
	"strings"
	"sync"
	"testing"
)

// TestConcurrentRequests sends the same and different queries at once:
// cached documents and per-request loaders must not be shared wrongly
// (run with -race).
func TestConcurrentRequests(t *testing.T) {
	srv := server(t, "bolt", Config{})
	queries := []struct{ q, want string }{
		{`{ actor(name:"Medvedev") { roles { organization { name } } } }`, "Security Council of Russia"},
		{`{ actor(name:"Trump") { roles { organization { name } } } }`, "United States"},
		{`{ path(from:"Andriy Yermak", to:"Dmitry Medvedev") { actors { name } } }`, "Dmitry Medvedev"},
	}
	var wg sync.WaitGroup
	for i := range 24 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q := queries[i%len(queries)]
			res := post(t, srv, q.q, nil)
			if res.code() != "" || !strings.Contains(string(res.raw), q.want) {
				t.Errorf("%s: %s", q.q, res.raw)
			}
		}()
	}
	wg.Wait()
}
