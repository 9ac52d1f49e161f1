package schema

import (
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
	"github.com/graphql-go/graphql"
)

// Bounds of the path and subgraph arguments; the cost rule uses the
// defaults when an argument is left out.
const (
	defaultMaxHops       = 4
	maxMaxHops           = 8
	defaultPathK         = 3
	maxPathK             = 10
	defaultSubgraphDepth = 1
	maxSubgraphDepth     = 4
	defaultSubgraphLimit = 100
	maxSubgraphLimit     = 1000
	maxSeeds             = 50
)

func (b *builder) queryType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Query",
		Description: "Read the actor graph: actors, their relations with evidence, paths between actors, subgraphs and articles.",
		Fields: graphql.Fields{
			"actor": {Type: b.actor, Description: "One actor by id or by name (canonical name or alias, any case); null when there is none.",
				Args: graphql.FieldConfigArgument{
					"id":   {Type: graphql.ID, Description: "The actor's id."},
					"name": {Type: graphql.String, Description: "A name or alias (an id is accepted too)."},
				},
				Resolve: b.resolveActor},
			"actors": {Type: graphql.NewNonNull(b.actorConn), Description: "Actors, most connected first; search matches a case-insensitive prefix of names and aliases, fuzzy also tolerates typos.",
				Args: withPage(graphql.FieldConfigArgument{
					"search": {Type: graphql.String, Description: "Prefix of a name or alias (case-insensitive)."},
					"type":   {Type: b.entityType, Description: "Only actors of this type."},
					"fuzzy":  {Type: graphql.Boolean, DefaultValue: false, Description: "Also match names within a small edit distance of search."},
				}),
				Resolve: b.resolveActors},
			"relations": {Type: graphql.NewNonNull(b.relationConn), Description: "Relations matching every filter given, strongest first.",
				Args: b.relationArgs(graphql.FieldConfigArgument{
					"subject":   {Type: graphql.String, Description: "Subject actor: id or name."},
					"object":    {Type: graphql.String, Description: "Object actor: id or name."},
					"predicate": {Type: b.predicate, Description: "Only this predicate."},
					"article":   {Type: graphql.ID, Description: "Only relations supported by this article."},
				}),
				Resolve: b.resolveRelations},
			"path": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(b.path))), Description: "Up to k shortest paths between two actors, relations walked in either direction; empty when none within maxHops.",
				Args: graphql.FieldConfigArgument{
					"from":       {Type: graphql.NewNonNull(graphql.String), Description: "Start actor: id or name."},
					"to":         {Type: graphql.NewNonNull(graphql.String), Description: "End actor: id or name."},
					"maxHops":    {Type: graphql.Int, DefaultValue: defaultMaxHops, Description: "Longest path, in relations (1.." + strconv.Itoa(maxMaxHops) + ")."},
					"predicates": {Type: graphql.NewList(graphql.NewNonNull(b.predicate)), Description: "Walk only these predicates."},
					"k":          {Type: graphql.Int, DefaultValue: defaultPathK, Description: "How many paths at most (1.." + strconv.Itoa(maxPathK) + ")."},
				},
				Resolve: b.resolvePath},
			"subgraph": {Type: graphql.NewNonNull(b.subgraph), Description: "The actors within depth relations of the seeds and the relations among them, for display or export.",
				Args: graphql.FieldConfigArgument{
					"seeds":         {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.String))), Description: "Seed actors: ids or names (at most " + strconv.Itoa(maxSeeds) + ")."},
					"depth":         {Type: graphql.Int, DefaultValue: defaultSubgraphDepth, Description: "How many relations away from a seed (0.." + strconv.Itoa(maxSubgraphDepth) + ")."},
					"predicates":    {Type: graphql.NewList(graphql.NewNonNull(b.predicate)), Description: "Follow only these predicates."},
					"since":         {Type: graphql.String, Description: "Only relations with evidence on or after this date."},
					"until":         {Type: graphql.String, Description: "Only relations with evidence on or before this date."},
					"minConfidence": {Type: graphql.Float, Description: "Only relations at least this confident (0..1)."},
					"limit":         {Type: graphql.Int, DefaultValue: defaultSubgraphLimit, Description: "Most nodes (1.." + strconv.Itoa(maxSubgraphLimit) + "); truncated says when it cut."},
				},
				Resolve: b.resolveSubgraph},
			"article": {Type: b.article, Description: "One article by id; null when there is none.",
				Args:    graphql.FieldConfigArgument{"id": {Type: graphql.NewNonNull(graphql.ID), Description: "The article's id."}},
				Resolve: func(p graphql.ResolveParams) (any, error) { return b.articleByID(p.Context, p.Args["id"].(string)) }},
			"articles": {Type: graphql.NewNonNull(b.articleConn), Description: "Articles, newest first.",
				Args: withPage(graphql.FieldConfigArgument{
					"search": {Type: graphql.String, Description: "Case-insensitive part of the title or id."},
					"since":  {Type: graphql.String, Description: "Published on or after this date."},
					"until":  {Type: graphql.String, Description: "Published on or before this date."},
				}),
				Resolve: b.resolveArticles},
			"stats": {Type: graphql.NewNonNull(b.stats), Description: "What the store holds.",
				Resolve: func(p graphql.ResolveParams) (any, error) {
					st, err := b.s.cfg.Store.Stats(p.Context)
					if err != nil {
						return nil, fail(p.Context, classify("schema: stats", err))
					}
					return st, nil
				}},
		},
	})
}

func withPage(args graphql.FieldConfigArgument) graphql.FieldConfigArgument {
	for k, v := range pageArgsConfig() {
		args[k] = v
	}
	return args
}

func (b *builder) resolveActor(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	name, _ := p.Args["name"].(string)
	var (
		a   graph.Actor
		err error
	)
	switch {
	case id != "" && name != "":
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: actor: give id or name, not both"))
	case id != "":
		a, err = b.s.cfg.Store.Actor(p.Context, id)
	case name != "":
		a, err = b.s.cfg.Store.Resolve(p.Context, name)
	default:
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: actor: give id or name"))
	}
	if err != nil {
		if isCode(classify("", err), CodeNotFound) {
			return nil, nil
		}
		return nil, fail(p.Context, classify("schema: actor", err))
	}
	return a, nil
}

func (b *builder) resolveActors(p graphql.ResolveParams) (any, error) {
	first, after, err := b.s.pageArgs(p.Args)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	q := graph.ActorQuery{Limit: first + 1, After: after}
	q.Search, _ = p.Args["search"].(string)
	q.Fuzzy, _ = p.Args["fuzzy"].(bool)
	q.Type, _ = p.Args["type"].(ontology.EntityType)
	actors, total, err := b.s.cfg.Store.SearchActors(p.Context, q)
	if err != nil {
		return nil, fail(p.Context, classify("schema: actors", err))
	}
	return storePage(actors, func(a graph.Actor) string { return a.ID }, first, after, total), nil
}

// resolveName turns an id or name argument into an actor id.
func (b *builder) resolveName(p graphql.ResolveParams, arg string) (string, error) {
	v, _ := p.Args[arg].(string)
	if v == "" {
		return "", nil
	}
	a, err := b.s.cfg.Store.Resolve(p.Context, v)
	if err != nil {
		return "", classify("schema: "+arg+" "+strconv.Quote(v), err)
	}
	return a.ID, nil
}

func (b *builder) resolveRelations(p graphql.ResolveParams) (any, error) {
	f, err := relationFilter(p.Args)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	first, after, err := b.s.pageArgs(p.Args)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	if f.Subject, err = b.resolveName(p, "subject"); err != nil {
		return nil, fail(p.Context, err)
	}
	if f.Object, err = b.resolveName(p, "object"); err != nil {
		return nil, fail(p.Context, err)
	}
	f.Article, _ = p.Args["article"].(string)
	f.Limit, f.After = first+1, after
	rels, total, err := b.s.cfg.Store.Relations(p.Context, f)
	if err != nil {
		return nil, fail(p.Context, classify("schema: relations", err))
	}
	return storePage(rels, relationKey, first, after, total), nil
}

func (b *builder) resolvePath(p graphql.ResolveParams) (any, error) {
	hops := intArg(p.Args, "maxHops", defaultMaxHops)
	k := intArg(p.Args, "k", defaultPathK)
	if hops < 1 || hops > maxMaxHops {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: path: maxHops must be between 1 and %d, got %d", maxMaxHops, hops))
	}
	if k < 1 || k > maxPathK {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: path: k must be between 1 and %d, got %d", maxPathK, k))
	}
	from, err := b.resolveName(p, "from")
	if err != nil {
		return nil, fail(p.Context, err)
	}
	to, err := b.resolveName(p, "to")
	if err != nil {
		return nil, fail(p.Context, err)
	}
	paths, err := b.s.cfg.Store.Paths(p.Context, from, to, hops, k, predicatesArg(p.Args, "predicates"))
	if err != nil {
		return nil, fail(p.Context, classify("schema: path", err))
	}
	if paths == nil {
		paths = []graph.Path{}
	}
	return paths, nil
}

func (b *builder) resolveSubgraph(p graphql.ResolveParams) (any, error) {
	q := graph.SubgraphQuery{
		Depth:         intArg(p.Args, "depth", defaultSubgraphDepth),
		Limit:         intArg(p.Args, "limit", defaultSubgraphLimit),
		Predicates:    predicatesArg(p.Args, "predicates"),
		MinConfidence: floatArg(p.Args, "minConfidence"),
	}
	if q.Depth < 0 || q.Depth > maxSubgraphDepth {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: subgraph: depth must be between 0 and %d, got %d", maxSubgraphDepth, q.Depth))
	}
	if q.Limit < 1 || q.Limit > maxSubgraphLimit {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: subgraph: limit must be between 1 and %d, got %d", maxSubgraphLimit, q.Limit))
	}
	if q.MinConfidence < 0 || q.MinConfidence > 1 {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: subgraph: minConfidence must be between 0 and 1, got %g", q.MinConfidence))
	}
	var err error
	if q.Since, err = timeArg(p.Args, "since", false); err != nil {
		return nil, fail(p.Context, err)
	}
	if q.Until, err = timeArg(p.Args, "until", true); err != nil {
		return nil, fail(p.Context, err)
	}
	seeds := stringsArg(p.Args, "seeds")
	if len(seeds) > maxSeeds {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: subgraph: at most %d seeds, got %d", maxSeeds, len(seeds)))
	}
	for _, seed := range seeds {
		a, err := b.s.cfg.Store.Resolve(p.Context, seed)
		if err != nil {
			return nil, fail(p.Context, classify("schema: subgraph: seed "+strconv.Quote(seed), err))
		}
		q.Seeds = append(q.Seeds, a.ID)
	}
	if len(q.Seeds) == 0 {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: subgraph: give at least one seed"))
	}
	g, err := b.s.cfg.Store.Subgraph(p.Context, q)
	if err != nil {
		return nil, fail(p.Context, classify("schema: subgraph", err))
	}
	return g, nil
}

func (b *builder) resolveArticles(p graphql.ResolveParams) (any, error) {
	first, after, err := b.s.pageArgs(p.Args)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	q := graph.ArticleQuery{Limit: first + 1, After: after}
	q.Search, _ = p.Args["search"].(string)
	if q.Since, err = timeArg(p.Args, "since", false); err != nil {
		return nil, fail(p.Context, err)
	}
	if q.Until, err = timeArg(p.Args, "until", true); err != nil {
		return nil, fail(p.Context, err)
	}
	arts, total, err := b.s.cfg.Store.Articles(p.Context, q)
	if err != nil {
		return nil, fail(p.Context, classify("schema: articles", err))
	}
	return storePage(arts, func(a graph.Article) string { return a.ID }, first, after, total), nil
}
