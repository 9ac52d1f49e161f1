package schema

import (
	"context"
	"fmt"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ontology"
	"github.com/graphql-go/graphql"
)

// role is one office an actor holds: a role title, the organization it is
// held in when the store knows it, and the relation behind it.
type role struct {
	title    string
	orgID    string
	relation graph.Relation
}

func (b *builder) actorType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Actor",
		Description: "A person, organization, country, place, event or document: one node for the same real-world entity across all articles.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":      {Type: graphql.NewNonNull(graphql.ID), Description: "Stable identifier.", Resolve: onActor(func(a graph.Actor) any { return a.ID })},
				"name":    {Type: graphql.NewNonNull(graphql.String), Description: "Canonical name (the fullest form the articles use).", Resolve: onActor(func(a graph.Actor) any { return a.Name })},
				"type":    {Type: graphql.NewNonNull(b.entityType), Description: "Entity type.", Resolve: onActor(func(a graph.Actor) any { return a.Type })},
				"aliases": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.String))), Description: "Other names and spellings the articles use.", Resolve: onActor(func(a graph.Actor) any { return nonNil(a.Aliases) })},
				"roles": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(b.role))),
					Description: "Offices held: role titles with the organization or country they are held in (from leader_of/official_of) when known.",
					Resolve:     b.resolveRoles},
				"relations": {Type: graphql.NewNonNull(b.relationConn), Description: "Relations of this actor, strongest evidence first.",
					Args: b.relationArgs(graphql.FieldConfigArgument{
						"direction": {Type: b.direction, DefaultValue: graph.Both, Description: "Subject side (OUTGOING), object side (INCOMING) or both."},
					}),
					Resolve: b.resolveActorRelations},
				"neighbors": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(b.actor))), Description: "Actors one relation away, most connected first.",
					Args: graphql.FieldConfigArgument{
						"predicates": {Type: graphql.NewList(graphql.NewNonNull(b.predicate)), Description: "Follow only these predicates."},
						"first":      {Type: graphql.Int, Description: "At most this many (default and maximum set by the server)."},
					},
					Resolve: b.resolveNeighbors},
				"degree":       {Type: graphql.NewNonNull(graphql.Int), Description: "Number of distinct relations, either direction, roles included.", Resolve: onActor(func(a graph.Actor) any { return a.Degree })},
				"mentionCount": {Type: graphql.NewNonNull(graphql.Int), Description: "Mentions summed over all articles.", Resolve: onActor(func(a graph.Actor) any { return a.Mentions })},
				"articleCount": {Type: graphql.NewNonNull(graphql.Int), Description: "Number of articles naming this actor.", Resolve: onActor(func(a graph.Actor) any { return a.Articles })},
				"articles": {Type: graphql.NewNonNull(b.articleConn), Description: "Articles naming this actor, newest first.",
					Args:    pageArgsConfig(),
					Resolve: b.resolveActorArticles},
				"firstSeen": {Type: graphql.String, Description: "Publication date (RFC 3339) of the earliest article naming it; null when unknown.", Resolve: onActor(func(a graph.Actor) any { return dateValue(a.FirstSeen) })},
				"lastSeen":  {Type: graphql.String, Description: "Publication date (RFC 3339) of the latest article naming it; null when unknown.", Resolve: onActor(func(a graph.Actor) any { return dateValue(a.LastSeen) })},
			}
		}),
	})
}

// relationArgs adds to args the filters (read by relationFilter) and page
// arguments that every list of relations takes.
func (b *builder) relationArgs(args graphql.FieldConfigArgument) graphql.FieldConfigArgument {
	args["predicates"] = &graphql.ArgumentConfig{Type: graphql.NewList(graphql.NewNonNull(b.predicate)), Description: "Only these predicates."}
	args["cameo"] = &graphql.ArgumentConfig{Type: graphql.NewList(graphql.NewNonNull(graphql.String)), Description: "Only these CAMEO root codes (\"19\")."}
	args["since"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Only evidence published on or after this date (2006-01-02 or RFC 3339)."}
	args["until"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Only evidence published on or before this date."}
	args["minConfidence"] = &graphql.ArgumentConfig{Type: graphql.Float, Description: "Only relations at least this confident (0..1)."}
	return withPage(args)
}

func pageArgsConfig() graphql.FieldConfigArgument {
	return graphql.FieldConfigArgument{
		"first": {Type: graphql.Int, Description: "Page size (default and maximum set by the server)."},
		"after": {Type: graphql.String, Description: "Cursor from a previous page's endCursor."},
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func onActor(f func(graph.Actor) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		a, ok := p.Source.(graph.Actor)
		if !ok {
			return nil, fmt.Errorf("schema: actor field on %T", p.Source)
		}
		return f(a), nil
	}
}

// relationFilter reads the filter arguments shared by Actor.relations and
// Query.relations.
func relationFilter(args map[string]any) (graph.RelationFilter, error) {
	f := graph.RelationFilter{
		Predicates:    predicatesArg(args, "predicate", "predicates"),
		CAMEO:         stringsArg(args, "cameo"),
		MinConfidence: floatArg(args, "minConfidence"),
	}
	if d, ok := args["direction"].(graph.Direction); ok {
		f.Direction = d
	}
	var err error
	if f.Since, err = timeArg(args, "since", false); err != nil {
		return f, err
	}
	if f.Until, err = timeArg(args, "until", true); err != nil {
		return f, err
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return f, newError(CodeBadUserInput, "schema: minConfidence must be between 0 and 1, got %g", f.MinConfidence)
	}
	return f, nil
}

func relationKey(r graph.Relation) string { return r.ID }

func (b *builder) resolveActorRelations(p graphql.ResolveParams) (any, error) {
	a := p.Source.(graph.Actor)
	f, err := relationFilter(p.Args)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	first, after, err := b.s.pageArgs(p.Args)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	thunk := requestOf(p.Context).loaders.relationsOf(p.Context, a.ID, f)
	return func() (any, error) {
		rels, _, err := thunk()
		if err != nil {
			return nil, fail(p.Context, classify("schema: relations of "+a.Name, err))
		}
		c, err := paginate(rels, relationKey, first, after)
		return c, fail(p.Context, err)
	}, nil
}

func (b *builder) resolveNeighbors(p graphql.ResolveParams) (any, error) {
	a := p.Source.(graph.Actor)
	first := intArg(p.Args, "first", b.s.cfg.DefaultPageSize)
	if first < 0 || first > b.s.cfg.MaxPageSize {
		return nil, fail(p.Context, newError(CodeBadUserInput, "schema: first must be between 0 and %d, got %d", b.s.cfg.MaxPageSize, first))
	}
	thunk := requestOf(p.Context).loaders.neighborsOf(p.Context, a.ID, predicatesArg(p.Args, "predicates"))
	return func() (any, error) {
		ns, _, err := thunk()
		if err != nil {
			return nil, fail(p.Context, classify("schema: neighbors of "+a.Name, err))
		}
		if len(ns) > first {
			ns = ns[:first]
		}
		if ns == nil {
			ns = []graph.Actor{}
		}
		return ns, nil
	}, nil
}

var rolePredicates = []ontology.Predicate{ontology.Role, ontology.LeaderOf, ontology.OfficialOf}

func (b *builder) resolveRoles(p graphql.ResolveParams) (any, error) {
	a := p.Source.(graph.Actor)
	thunk := requestOf(p.Context).loaders.relationsOf(p.Context, a.ID, graph.RelationFilter{Direction: graph.Outgoing, Predicates: rolePredicates})
	return func() (any, error) {
		rels, _, err := thunk()
		if err != nil {
			return nil, fail(p.Context, classify("schema: roles of "+a.Name, err))
		}
		return roles(a.ID, rels), nil
	}, nil
}

// roles pairs each role title with the leader_of/official_of relation that
// shares a sentence with it (or the only one there is); offices with no
// title become roles titled "leader" or "official". Pairing by sentence is
// a heuristic: the store keeps the title and the office as two relations.
func roles(actorID string, rels []graph.Relation) []role {
	var titles, offices []graph.Relation
	for _, r := range rels {
		if r.Subject != actorID {
			continue
		}
		switch {
		case r.Predicate == ontology.Role && r.Literal:
			titles = append(titles, r)
		case r.Predicate == ontology.LeaderOf || r.Predicate == ontology.OfficialOf:
			offices = append(offices, r)
		}
	}
	used := map[string]bool{}
	var out []role
	for _, t := range titles {
		// An office stated in the same sentence, one no other title took
		// first ("President of Comoros and chairman of the African Union").
		var org *graph.Relation
		for _, free := range []bool{true, false} {
			for i := range offices {
				if org == nil && (!free || !used[offices[i].ID]) && shareSentence(t, offices[i]) {
					org = &offices[i]
				}
			}
		}
		if org == nil && len(offices) == 1 {
			org = &offices[0]
		}
		r := role{title: t.Object, relation: t}
		if org != nil {
			r.orgID = org.Object
			used[org.ID] = true
		}
		out = append(out, r)
	}
	for _, o := range offices {
		if used[o.ID] {
			continue
		}
		title := "official"
		if o.Predicate == ontology.LeaderOf {
			title = "leader"
		}
		out = append(out, role{title: title, orgID: o.Object, relation: o})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].relation.LastSeen.After(out[j].relation.LastSeen) })
	if out == nil {
		out = []role{}
	}
	return out
}

func shareSentence(a, b graph.Relation) bool {
	for _, x := range a.Evidence {
		for _, y := range b.Evidence {
			if x.Article == y.Article && x.Sentence == y.Sentence {
				return true
			}
		}
	}
	return false
}

func (b *builder) roleType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Role",
		Description: "An office an actor holds, as the articles state it.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"title": {Type: graphql.NewNonNull(graphql.String), Description: "The title, lower-cased as written (\"deputy chairman\"); \"leader\" or \"official\" when only the office's holder relation is known.",
					Resolve: onRole(func(r role) any { return r.title })},
				"organization": {Type: b.actor, Description: "The organization or country the office is in (via leader_of/official_of); null when unknown.",
					Resolve: func(p graphql.ResolveParams) (any, error) {
						r := p.Source.(role)
						if r.orgID == "" {
							return nil, nil
						}
						return b.actorThunk(p.Context, r.orgID), nil
					}},
				"since":    {Type: graphql.String, Description: "Earliest publication date stating it; null when unknown.", Resolve: onRole(func(r role) any { return dateValue(r.relation.FirstSeen) })},
				"until":    {Type: graphql.String, Description: "Latest publication date stating it; null when unknown.", Resolve: onRole(func(r role) any { return dateValue(r.relation.LastSeen) })},
				"evidence": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(b.evidence))), Description: "Sentences stating the role.", Resolve: onRole(func(r role) any { return r.relation.Evidence })},
				"relation": {Type: graphql.NewNonNull(b.relation), Description: "The relation the role comes from (role, leader_of or official_of).", Resolve: onRole(func(r role) any { return r.relation })},
			}
		}),
	})
}

func onRole(f func(role) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(role)), nil }
}

// actorThunk loads an actor through the request's batch loader.
func (b *builder) actorThunk(ctx context.Context, id string) func() (any, error) {
	thunk := requestOf(ctx).loaders.actor(ctx, id)
	return func() (any, error) {
		a, ok, err := thunk()
		if err != nil {
			return nil, fail(ctx, classify("schema: actor "+id, err))
		}
		if !ok {
			return nil, nil
		}
		return a, nil
	}
}

func (b *builder) resolveActorArticles(p graphql.ResolveParams) (any, error) {
	a := p.Source.(graph.Actor)
	first, after, err := b.s.pageArgs(p.Args)
	if err != nil {
		return nil, fail(p.Context, err)
	}
	arts, err := b.s.cfg.Store.ArticlesOfActor(p.Context, a.ID)
	if err != nil {
		return nil, fail(p.Context, classify("schema: articles of "+a.Name, err))
	}
	c, err := paginate(arts, func(x graph.Article) string { return x.ID }, first, after)
	return c, fail(p.Context, err)
}
