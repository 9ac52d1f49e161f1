package schema

import (
	"context"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
	"github.com/graphql-go/graphql"
)

func (b *builder) relationType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Relation",
		Description: "A subject-predicate-object fact, aggregated over every article that supports it.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id": {Type: graphql.NewNonNull(graphql.ID), Description: "Stable identifier of the subject-predicate-object fact.", Resolve: onRelation(func(r graph.Relation) any { return r.ID })},
				"subject": {Type: graphql.NewNonNull(b.actor), Description: "The actor the relation starts from.",
					Resolve: func(p graphql.ResolveParams) (any, error) {
						return b.actorThunk(p.Context, p.Source.(graph.Relation).Subject), nil
					}},
				"predicate": {Type: graphql.NewNonNull(b.predicate), Description: "What kind of relation it is.", Resolve: onRelation(func(r graph.Relation) any { return r.Predicate })},
				"object": {Type: b.actor, Description: "The actor the relation points to; null for role, whose object is the title in objectLiteral.",
					Resolve: func(p graphql.ResolveParams) (any, error) {
						r := p.Source.(graph.Relation)
						if r.Literal {
							return nil, nil
						}
						return b.actorThunk(p.Context, r.Object), nil
					}},
				"objectLiteral": {Type: graphql.String, Description: "The title, for role relations (\"deputy chairman\"); null otherwise.",
					Resolve: onRelation(func(r graph.Relation) any {
						if !r.Literal {
							return nil
						}
						return r.Object
					})},
				"symmetric":    {Type: graphql.NewNonNull(graphql.Boolean), Description: "True when the predicate holds both ways (met_with, cooperated_with, in_conflict_with).", Resolve: onRelation(func(r graph.Relation) any { return r.Predicate.Symmetric() })},
				"cameo":        {Type: graphql.String, Description: "CAMEO root code of an interaction (\"19\"); null for static relations.", Resolve: onRelation(func(r graph.Relation) any { return nullIfEmpty(r.CAMEO) })},
				"cameoName":    {Type: graphql.String, Description: "Name of the CAMEO root (\"fight\"); null for static relations.", Resolve: onRelation(func(r graph.Relation) any { return nullIfEmpty(ontology.CAMEOName(r.CAMEO)) })},
				"confidence":   {Type: graphql.NewNonNull(graphql.Float), Description: "Highest confidence (0..1) among its evidence.", Resolve: onRelation(func(r graph.Relation) any { return r.Confidence })},
				"articleCount": {Type: graphql.NewNonNull(graphql.Int), Description: "Number of distinct articles supporting it.", Resolve: onRelation(func(r graph.Relation) any { return r.ArticleCount() })},
				"firstSeen":    {Type: graphql.String, Description: "Earliest publication date among its evidence; null when unknown.", Resolve: onRelation(func(r graph.Relation) any { return dateValue(r.FirstSeen) })},
				"lastSeen":     {Type: graphql.String, Description: "Latest publication date among its evidence; null when unknown.", Resolve: onRelation(func(r graph.Relation) any { return dateValue(r.LastSeen) })},
				"evidence": {Type: graphql.NewNonNull(b.evidenceConn), Description: "Sentences supporting it, newest article first.", Args: pageArgsConfig(),
					Resolve: func(p graphql.ResolveParams) (any, error) {
						first, after, err := b.s.pageArgs(p.Args)
						if err != nil {
							return nil, fail(p.Context, err)
						}
						c, err := paginate(p.Source.(graph.Relation).Evidence, evidenceKey, first, after)
						return c, fail(p.Context, err)
					}},
			}
		}),
	})
}

func evidenceKey(e graph.Evidence) string { return e.Article + "#" + strconv.Itoa(e.Sentence) }

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func onRelation(f func(graph.Relation) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.Relation)), nil }
}

func (b *builder) evidenceType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Evidence",
		Description: "One sentence of one article supporting a relation.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"sentence":      {Type: graphql.NewNonNull(graphql.String), Description: "The sentence, as written in the article.", Resolve: onEvidence(func(e graph.Evidence) any { return e.Text })},
				"sentenceIndex": {Type: graphql.NewNonNull(graphql.Int), Description: "Position of the sentence in the article, from 0.", Resolve: onEvidence(func(e graph.Evidence) any { return e.Sentence })},
				"articleId":     {Type: graphql.NewNonNull(graphql.ID), Description: "Identifier of the article.", Resolve: onEvidence(func(e graph.Evidence) any { return e.Article })},
				"article": {Type: b.article, Description: "The article the sentence is from.",
					Resolve: func(p graphql.ResolveParams) (any, error) {
						return b.articleByID(p.Context, p.Source.(graph.Evidence).Article)
					}},
				"date":       {Type: graphql.String, Description: "Publication date of the article; null when unknown.", Resolve: onEvidence(func(e graph.Evidence) any { return dateValue(e.Published) })},
				"confidence": {Type: graphql.NewNonNull(graphql.Float), Description: "How sure the extraction is that this sentence states the relation (0..1).", Resolve: onEvidence(func(e graph.Evidence) any { return e.Confidence })},
			}
		}),
	})
}

func onEvidence(f func(graph.Evidence) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.Evidence)), nil }
}

// articleByID reads an article once per request (the store has no batch
// read of articles; the cache keeps evidence lists from re-reading).
func (b *builder) articleByID(ctx context.Context, id string) (any, error) {
	req := requestOf(ctx)
	req.mu.Lock()
	a, ok := req.articles[id]
	req.mu.Unlock()
	if !ok {
		var err error
		a, err = b.s.cfg.Store.Article(ctx, id)
		if err != nil {
			if classified := classify("", err); isCode(classified, CodeNotFound) {
				return nil, nil
			}
			return nil, fail(ctx, classify("schema: article "+strconv.Quote(id), err))
		}
		req.mu.Lock()
		req.articles[id] = a
		req.mu.Unlock()
	}
	return a, nil
}
