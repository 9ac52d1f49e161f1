package schema

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
	"github.com/graphql-go/graphql"
)

// Store is what the schema reads and writes; *graph.Store implements it.
type Store interface {
	LoadArticle(ctx context.Context, ex ontology.Extraction) (graph.LoadResult, error)
	DeleteArticle(ctx context.Context, id string) error
	Actor(ctx context.Context, id string) (graph.Actor, error)
	ActorsByID(ctx context.Context, ids []string) (map[string]graph.Actor, error)
	Resolve(ctx context.Context, idOrName string) (graph.Actor, error)
	SearchActors(ctx context.Context, q graph.ActorQuery) ([]graph.Actor, int, error)
	Relations(ctx context.Context, f graph.RelationFilter) ([]graph.Relation, int, error)
	RelationsOf(ctx context.Context, actorIDs []string, f graph.RelationFilter) (map[string][]graph.Relation, error)
	NeighborsOf(ctx context.Context, ids []string, preds []ontology.Predicate) (map[string][]graph.Actor, error)
	Paths(ctx context.Context, from, to string, maxHops, k int, preds []ontology.Predicate) ([]graph.Path, error)
	Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error)
	Article(ctx context.Context, id string) (graph.Article, error)
	Articles(ctx context.Context, q graph.ArticleQuery) ([]graph.Article, int, error)
	ArticlesOfActor(ctx context.Context, id string) ([]graph.Article, error)
	Stats(ctx context.Context) (graph.Stats, error)
}

// Extractor turns an article into what the store loads; *loader.Extractor
// implements it. Without one, loadArticle answers FORBIDDEN.
type Extractor interface {
	Extract(ctx context.Context, a ontology.Article) (ontology.Extraction, error)
}

// Config configures a Schema. Zero limits take the defaults below.
type Config struct {
	Store     Store
	Extractor Extractor
	// WriteToken enables the mutations for requests that carry it as
	// "Authorization: Bearer <token>"; empty disables them.
	WriteToken string
	// CORSOrigins are the origins (scheme://host[:port]) allowed to call
	// /graphql from a browser; "*" allows any. Empty: same origin only.
	CORSOrigins []string
	// MaxDepth limits the nesting of selections (default 12).
	MaxDepth int
	// MaxCost limits the estimated number of values a query can return,
	// list sizes multiplied down the tree (default 50000).
	MaxCost int
	// MaxFields limits the number of field selections, fragments expanded
	// and aliases counted (default 1000).
	MaxFields int
	// DefaultPageSize and MaxPageSize apply to first/limit arguments
	// (defaults 20 and 100).
	MaxPageSize, DefaultPageSize int
	// MaxBodyBytes limits an HTTP request body (default 1 MiB).
	MaxBodyBytes int64
	// Timeout bounds each request, store work included (default 10 s).
	Timeout time.Duration
	// Logger receives one line per HTTP request (default: discard).
	Logger *slog.Logger
}

// Defaults for the zero fields of Config.
const (
	DefaultMaxDepth        = 12
	DefaultMaxCost         = 50000
	DefaultMaxFields       = 1000
	DefaultMaxPageSize     = 100
	DefaultDefaultPageSize = 20
	DefaultMaxBodyBytes    = 1 << 20
	DefaultTimeout         = 10 * time.Second
	// docCacheSize is how many validated query texts are kept.
	docCacheSize = 512
)

// Schema is the GraphQL schema bound to a store, with its limits.
type Schema struct {
	cfg    Config
	schema graphql.Schema
	docs   *docCache
}

// New builds the schema. It fails when cfg has no store or a negative
// limit.
func New(cfg Config) (*Schema, error) {
	if cfg.Store == nil {
		return nil, errors.New("schema: new: no store")
	}
	for name, v := range map[string]int64{"MaxDepth": int64(cfg.MaxDepth), "MaxCost": int64(cfg.MaxCost),
		"MaxFields": int64(cfg.MaxFields), "MaxPageSize": int64(cfg.MaxPageSize),
		"DefaultPageSize": int64(cfg.DefaultPageSize), "MaxBodyBytes": cfg.MaxBodyBytes, "Timeout": int64(cfg.Timeout)} {
		if v < 0 {
			return nil, fmt.Errorf("schema: new: %s is negative (%d)", name, v)
		}
	}
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&cfg.MaxDepth, DefaultMaxDepth)
	def(&cfg.MaxCost, DefaultMaxCost)
	def(&cfg.MaxFields, DefaultMaxFields)
	def(&cfg.MaxPageSize, DefaultMaxPageSize)
	def(&cfg.DefaultPageSize, DefaultDefaultPageSize)
	if cfg.DefaultPageSize > cfg.MaxPageSize {
		cfg.DefaultPageSize = cfg.MaxPageSize
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &Schema{cfg: cfg, docs: newDocCache(docCacheSize)}
	gs, err := s.build()
	if err != nil {
		return nil, fmt.Errorf("schema: new: %w", err)
	}
	s.schema = gs
	return s, nil
}

// request is the state one request's resolvers share, kept in the context.
type request struct {
	loaders *loaders
	// mu protects codes (error message -> extensions code of the errors
	// the resolvers returned, see codeErrors) and articles (the articles
	// read so far, see articleByID).
	mu       sync.Mutex
	codes    map[string]string
	articles map[string]graph.Article
}

type requestKey struct{}

func requestOf(ctx context.Context) *request {
	r, _ := ctx.Value(requestKey{}).(*request)
	return r
}

// fail records err's code for the response and returns err.
func fail(ctx context.Context, err error) error {
	var ce *codedError
	if r := requestOf(ctx); r != nil && errors.As(err, &ce) {
		r.mu.Lock()
		r.codes[err.Error()] = ce.code
		r.mu.Unlock()
	}
	return err
}
