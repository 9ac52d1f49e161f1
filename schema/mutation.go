package schema

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
	"github.com/graphql-go/graphql"
)

// loadResult is what loadArticle answers.
type loadResult struct {
	graph.LoadResult
	id string
}

func (b *builder) mutationType() *graphql.Object {
	input := graphql.NewInputObject(graphql.InputObjectConfig{
		Name:        "ArticleInput",
		Description: "An article to extract actors and relations from and load.",
		Fields: graphql.InputObjectConfigFieldMap{
			"id":        {Type: graphql.NewNonNull(graphql.ID), Description: "Identifier; loading the same id again replaces the article."},
			"title":     {Type: graphql.String, Description: "Title."},
			"url":       {Type: graphql.String, Description: "Where it was published."},
			"published": {Type: graphql.String, Description: "Publication date (2006-01-02 or RFC 3339)."},
			"source":    {Type: graphql.String, Description: "Site, feed or file it came from."},
			"text":      {Type: graphql.NewNonNull(graphql.String), Description: "The article's text."},
		},
	})
	result := graphql.NewObject(graphql.ObjectConfig{
		Name:        "LoadResult",
		Description: "What loading one article changed.",
		Fields: graphql.Fields{
			"article":   {Type: b.article, Description: "The stored article.", Resolve: func(p graphql.ResolveParams) (any, error) { return b.articleByID(p.Context, p.Source.(loadResult).id) }},
			"unchanged": {Type: graphql.NewNonNull(graphql.Boolean), Description: "True when the same article was already stored.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(loadResult).Unchanged, nil }},
			"replaced":  {Type: graphql.NewNonNull(graphql.Boolean), Description: "True when an older version of the article was replaced.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(loadResult).Replaced, nil }},
			"entities":  {Type: graphql.NewNonNull(graphql.Int), Description: "Entities the article contributed.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(loadResult).Entities, nil }},
			"triples":   {Type: graphql.NewNonNull(graphql.Int), Description: "Triples the article contributed.", Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(loadResult).Triples, nil }},
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Mutation",
		Description: "Change the graph. Enabled only when the server has a write token and the request sends it as Authorization: Bearer <token>.",
		Fields: graphql.Fields{
			"loadArticle": {Type: graphql.NewNonNull(result), Description: "Extract actors and relations from an article and load them, all or nothing.",
				Args:    graphql.FieldConfigArgument{"input": {Type: graphql.NewNonNull(input), Description: "The article."}},
				Resolve: b.resolveLoad},
			"deleteArticle": {Type: graphql.NewNonNull(graphql.Boolean), Description: "Remove an article and the evidence it contributed; true when it existed.",
				Args: graphql.FieldConfigArgument{"id": {Type: graphql.NewNonNull(graphql.ID), Description: "The article's id."}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					id := p.Args["id"].(string)
					err := b.s.cfg.Store.DeleteArticle(p.Context, id)
					if err != nil {
						if isCode(classify("", err), CodeNotFound) {
							return false, nil
						}
						return nil, fail(p.Context, classify("schema: delete article "+strconv.Quote(id), err))
					}
					return true, nil
				}},
		},
	})
}

func (b *builder) resolveLoad(p graphql.ResolveParams) (any, error) {
	if b.s.cfg.Extractor == nil {
		return nil, fail(p.Context, newError(CodeForbidden, "schema: loadArticle: this server has no extractor configured"))
	}
	in, _ := p.Args["input"].(map[string]any)
	str := func(k string) string { s, _ := in[k].(string); return s }
	a := ontology.Article{ID: strings.TrimSpace(str("id")), Title: str("title"), URL: str("url"), Source: str("source"), Text: str("text")}
	if a.ID == "" {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: loadArticle: input.id is empty"))
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: loadArticle: input.text is empty"))
	}
	if pub := str("published"); pub != "" {
		t, err := timeArg(map[string]any{"published": pub}, "published", false)
		if err != nil {
			return nil, fail(p.Context, err)
		}
		a.Published = t
	}
	ex, err := b.s.cfg.Extractor.Extract(p.Context, a)
	if err != nil {
		return nil, fail(p.Context, classify("schema: loadArticle: extract "+strconv.Quote(a.ID), err))
	}
	res, err := b.s.cfg.Store.LoadArticle(p.Context, ex)
	if err != nil {
		return nil, fail(p.Context, classify("schema: loadArticle: load "+strconv.Quote(a.ID), err))
	}
	return loadResult{LoadResult: res, id: a.ID}, nil
}
