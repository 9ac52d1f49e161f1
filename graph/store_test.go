package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

func TestOpenURLs(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, url := range []string{"postgres://localhost/x", "sqlite:x.db", "", "actorgraph.db"} {
		if _, err := Open(ctx, url); !errors.Is(err, ErrBadURL) {
			t.Errorf("Open(%q) = %v, want ErrBadURL", url, err)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "a", "b", "store.db")
	s := openStore(t, "bolt:"+path)
	if _, err := os.Stat(path); err != nil {
		t.Errorf("bolt file not created: %v", err)
	}
	s.Close()
}

// A second Open of a Bolt file the first still holds must fail fast with
// ErrStoreLocked instead of waiting for ever (in-process, flock treats the
// second open file description like another process).
func TestBoltLocked(t *testing.T) {
	t.Parallel()
	url := "bolt:" + filepath.Join(t.TempDir(), "g.db")
	s := openStore(t, url)
	if _, err := Open(context.Background(), url); !errors.Is(err, ErrStoreLocked) {
		t.Fatalf("second open = %v, want ErrStoreLocked", err)
	}
	s.Close()
	again, err := Open(context.Background(), url)
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	again.Close()
}

// What a Bolt store answers survives closing and reopening it: the view is
// rebuilt from the quads alone.
func TestBoltReopen(t *testing.T) {
	t.Parallel()
	url := "bolt:" + filepath.Join(t.TempDir(), "g.db")
	s := openStore(t, url)
	handBuilt(t, s)
	mustLoad(t, s, sumy())
	if err := s.DeleteArticle(context.Background(), "g2"); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openStore(t, url)
	if got := snapshot(t, s); got != want {
		t.Errorf("reopened store answers differently:\n%s\nwant\n%s", got, want)
	}
	if res := mustLoad(t, s, sumy()); !res.Unchanged {
		t.Errorf("reload after reopen = %+v, want unchanged", res)
	}
}

// Readers run while articles load and get deleted; run with -race (and,
// for boltdb's unsafe code, -gcflags=all=-d=checkptr=0).
func TestConcurrentReadsAndWrites(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		handBuilt(t, s)
		done := make(chan struct{})
		errs := make(chan error, 4)
		for range 3 {
			go func() {
				for {
					select {
					case <-done:
						errs <- nil
						return
					default:
					}
					if _, err := s.Paths(ctx, "Avalon", "Dorne", 4, 2, nil); err != nil {
						errs <- err
						return
					}
					if _, _, err := s.Relations(ctx, RelationFilter{Actor: "country/avalon"}); err != nil {
						errs <- err
						return
					}
					s.SearchActors(ctx, ActorQuery{Search: "a"})
					s.Subgraph(ctx, SubgraphQuery{Seeds: []string{"country/avalon"}, Depth: 2})
				}
			}()
		}
		for i := range 20 {
			mustLoad(t, s, article("c", "").ent("Avalon", cty).ent("Person 1", per).
				rel("Person 1", per, ontology.MetWith, "Avalon", cty, float64(i%10)/10))
			if i%3 == 0 {
				if err := s.DeleteArticle(ctx, "c"); err != nil {
					t.Fatal(err)
				}
			}
		}
		close(done)
		for range 3 {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
	})
}
