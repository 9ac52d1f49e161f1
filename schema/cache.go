package schema

import (
	"sync"

	"github.com/graphql-go/graphql/language/ast"
)

// docCache keeps parsed documents that passed the standard validation
// rules, by query text: clients send the same queries again and again, and
// graphql-go's validation costs about as much as executing a small query.
// The limit rules still run on every request, since they depend on the
// variables. The executor only reads the AST, so entries are shared.
type docCache struct {
	// mu protects docs.
	mu   sync.Mutex
	docs map[string]*ast.Document
	max  int
}

func newDocCache(max int) *docCache {
	return &docCache{docs: map[string]*ast.Document{}, max: max}
}

func (c *docCache) get(query string) *ast.Document {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.docs[query]
}

// put remembers a valid document; when full, it forgets an arbitrary half
// (map order), which is cheap and good enough for a working set of a few
// hundred queries.
func (c *docCache) put(query string, doc *ast.Document) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.docs) >= c.max {
		n := 0
		for k := range c.docs {
			delete(c.docs, k)
			if n++; n >= c.max/2 {
				break
			}
		}
	}
	c.docs[query] = doc
}
