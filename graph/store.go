package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// DefaultPath is where "bolt:" with no path keeps the store.
const DefaultPath = "./actorgraph.db"

// lockTimeout bounds the wait for a Bolt file another process holds.
const lockTimeout = 500 * time.Millisecond

// Store is an actor graph kept in a Cayley quad store. It is safe for
// concurrent use: reads run in parallel, loads and deletes one at a time.
type Store struct {
	qs cgraph.QuadStore
	// mu guards view and serialises writes, so that the view always
	// mirrors the committed quads.
	mu   sync.RWMutex
	view *view
}

// Open opens the store a URL names: "bolt:PATH" (a Bolt file, created with
// its directories when missing; "bolt:" alone is DefaultPath) or "memory:".
// A Bolt file held by another process fails fast with ErrStoreLocked.
func Open(ctx context.Context, url string) (*Store, error) {
	scheme, rest, _ := strings.Cut(url, ":")
	var (
		qs  cgraph.QuadStore
		err error
	)
	switch scheme {
	case "bolt":
		qs, err = openBolt(strings.TrimPrefix(rest, "//"))
	case "memory", "mem":
		// The memory store takes an empty address, never a path.
		qs, err = cgraph.NewQuadStore(memstore.QuadStoreType, "", nil)
	default:
		// "postgres://" slots in here with graph/sql/postgres.
		return nil, fmt.Errorf("graph: open %q: %w (want bolt:PATH or memory:)", url, ErrBadURL)
	}
	if err != nil {
		return nil, fmt.Errorf("graph: open %q: %w", url, err)
	}
	s := &Store{qs: qs, view: newView()}
	if err := s.rebuild(ctx); err != nil {
		qs.Close()
		return nil, fmt.Errorf("graph: open %q: %w", url, err)
	}
	return s, nil
}

// openBolt opens the Bolt file itself, with a timeout on its file lock,
// and hands the handle to Cayley: Cayley's own bolt opener waits for the
// lock for ever, which would hang a CLI run while a server holds the store.
func openBolt(path string) (cgraph.QuadStore, error) {
	if path == "" {
		path = DefaultPath
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		path = filepath.Join(path, "indexes.bolt") // a store Cayley's tools created
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%s: %w", path, ErrStoreLocked)
	} else if err != nil {
		return nil, err
	}
	h := hbolt.New(db)
	if err := kv.Init(h, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		h.Close()
		return nil, fmt.Errorf("init %s: %w", path, err)
	}
	// no_bloom: the bloom filter Cayley sizes for an empty store costs
	// about 80 MB per open store; duplicate checks go to the index instead.
	qs, err := kv.New(h, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		h.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return qs, nil
}

// Close closes the quad store (and releases the Bolt file).
func (s *Store) Close() error {
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("graph: close: %w", err)
	}
	return nil
}

// rebuild reads every quad once and builds the view from them.
func (s *Store) rebuild(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rebuildLocked(ctx)
}

func (s *Store) rebuildLocked(ctx context.Context) error {
	// Every article's record lists its quads, so reading the records (an
	// index lookup on the <ag:record> predicate) rebuilds the view without
	// resolving every quad's four values: about 20 times faster on Bolt.
	byArticle := map[string][]quad.Quad{}
	ref, err := s.qs.ValueOf(pRecord)
	if err != nil {
		return fmt.Errorf("look up records: %w", err)
	}
	if ref != nil {
		it := s.qs.QuadIterator(quad.Predicate, ref).Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, err := s.qs.Quad(it.Result())
			if err != nil {
				return fmt.Errorf("read record: %w", err)
			}
			label, _ := q.Label.(quad.IRI)
			id, ok := articleIDOf(label)
			if !ok || q.Subject != label {
				continue
			}
			qs, err := decodeRecord(label, stringOf(q.Object))
			if err != nil {
				return fmt.Errorf("decode record of article %q: %w", id, err)
			}
			byArticle[id] = append(qs, q)
		}
		if err := it.Err(); err != nil {
			return fmt.Errorf("read records: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	v := newView()
	for id, qs := range byArticle {
		v.add(interpret(id, qs))
	}
	s.view = v
	return nil
}
