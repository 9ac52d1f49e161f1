package schema

import (
	"github.com/graphql-go/graphql"
)

// builder holds the schema's types while they are built; object types
// refer to each other through field thunks, so all are created first.
type builder struct {
	s *Schema

	entityType, predicate, direction, format *graphql.Enum

	actor, role, relation, evidence, article, path, step, subgraph, stats, pageInfo *graphql.Object
	actorConn, relationConn, evidenceConn, articleConn                              *graphql.Object
}

func (s *Schema) build() (graphql.Schema, error) {
	b := &builder{s: s,
		entityType: newEntityTypeEnum(), predicate: newPredicateEnum(),
		direction: newDirectionEnum(), format: newFormatEnum(),
		pageInfo: newPageInfoType(),
	}
	b.actor = b.actorType()
	b.role = b.roleType()
	b.relation = b.relationType()
	b.evidence = b.evidenceType()
	b.article = b.articleType()
	b.path, b.step = b.pathTypes()
	b.subgraph = b.subgraphType()
	b.stats = b.statsType()
	b.actorConn = connectionType(b.actor, b.pageInfo, "actor")
	b.relationConn = connectionType(b.relation, b.pageInfo, "relation")
	b.evidenceConn = connectionType(b.evidence, b.pageInfo, "evidence sentence")
	b.articleConn = connectionType(b.article, b.pageInfo, "article")
	return graphql.NewSchema(graphql.SchemaConfig{
		Query:    b.queryType(),
		Mutation: b.mutationType(),
	})
}
