package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/actorgraph/actorgraph/ontology"
)

var errTODO = errors.New("graph: not implemented yet")

var _ = time.Time{}

// Store is an actor graph kept in a Cayley quad store.
type Store struct{}

func Open(ctx context.Context, url string) (*Store, error) {
	return nil, fmt.Errorf("graph: open %q: %w", url, errTODO)
}
func (s *Store) Close() error { return nil }
func (s *Store) LoadArticle(ctx context.Context, ex ontology.Extraction) (LoadResult, error) {
	return LoadResult{}, errTODO
}
func (s *Store) DeleteArticle(ctx context.Context, id string) error  { return errTODO }
func (s *Store) Actor(ctx context.Context, id string) (Actor, error) { return Actor{}, errTODO }
func (s *Store) ActorsByID(ctx context.Context, ids []string) (map[string]Actor, error) {
	return nil, errTODO
}
func (s *Store) ActorByName(ctx context.Context, name string) (Actor, error) { return Actor{}, errTODO }
func (s *Store) Resolve(ctx context.Context, idOrName string) (Actor, error) { return Actor{}, errTODO }
func (s *Store) SearchActors(ctx context.Context, q ActorQuery) ([]Actor, int, error) {
	return nil, 0, errTODO
}
func (s *Store) Relations(ctx context.Context, f RelationFilter) ([]Relation, int, error) {
	return nil, 0, errTODO
}
func (s *Store) RelationsOf(ctx context.Context, actorIDs []string, f RelationFilter) (map[string][]Relation, error) {
	return nil, errTODO
}
func (s *Store) Neighbors(ctx context.Context, id string, depth int, preds []ontology.Predicate) ([]Actor, error) {
	return nil, errTODO
}
func (s *Store) NeighborsOf(ctx context.Context, ids []string, preds []ontology.Predicate) (map[string][]Actor, error) {
	return nil, errTODO
}
func (s *Store) Paths(ctx context.Context, from, to string, maxHops, k int, preds []ontology.Predicate) ([]Path, error) {
	return nil, errTODO
}
func (s *Store) Subgraph(ctx context.Context, q SubgraphQuery) (Subgraph, error) {
	return Subgraph{}, errTODO
}
func (s *Store) Article(ctx context.Context, id string) (Article, error) { return Article{}, errTODO }
func (s *Store) Articles(ctx context.Context, q ArticleQuery) ([]Article, int, error) {
	return nil, 0, errTODO
}
func (s *Store) ArticlesOfActor(ctx context.Context, id string) ([]Article, error) {
	return nil, errTODO
}
func (s *Store) Stats(ctx context.Context) (Stats, error) { return Stats{}, errTODO }
