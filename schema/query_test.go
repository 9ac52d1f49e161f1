package schema

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// want is a check on a response: the value at path equals v.
type want struct {
	path []any
	v    any
}

func w(v any, path ...any) want { return want{path, v} }

func TestQueries(t *testing.T) {
	srv := server(t, "memory", Config{DefaultPageSize: 2, MaxPageSize: 5})
	for _, tc := range []struct {
		name  string
		query string
		vars  map[string]any
		code  string // expected error code, "" for none
		wants []want
	}{
		{name: "actor by name, alias, any case", query: `{ a: actor(name:"zelensky") { name type } b: actor(name:"VOLODYMYR ZELENSKYY") { name } }`,
			wants: []want{w("Volodymyr Zelenskyy", "a", "name"), w("Person", "a", "type"), w("Volodymyr Zelenskyy", "b", "name")}},
		{name: "actor by id", query: `{ actor(id:"person/dmitry-medvedev") { name mentionCount articleCount firstSeen lastSeen } }`,
			wants: []want{w("Dmitry Medvedev", "actor", "name"), w(1.0, "actor", "articleCount"), w("2025-04-10T00:00:00Z", "actor", "firstSeen")}},
		{name: "unknown actor is null", query: `{ actor(name:"Nobody Atall") { name } }`, wants: []want{w(nil, "actor")}},
		{name: "actor needs id or name", query: `{ actor { name } }`, code: CodeBadUserInput},
		{name: "actor with id and name", query: `{ actor(id:"x", name:"y") { name } }`, code: CodeBadUserInput},
		{name: "roles with organization", query: `{ actor(name:"Andriy Yermak") { roles { title organization { name } since until evidence { sentenceIndex } relation { predicate } } } }`,
			wants: []want{w("chief of staff", "actor", "roles", 0, "title"), w(nil, "actor", "roles", 0, "organization"), w(2.0, "actor", "roles", 0, "evidence", 0, "sentenceIndex"), w("role", "actor", "roles", 0, "relation", "predicate")}},
		{name: "role organization via leader_of", query: `{ actor(name:"Trump") { roles { title organization { name } } } }`,
			wants: []want{w("president", "actor", "roles", 0, "title"), w("United States", "actor", "roles", 0, "organization", "name")}},
		{name: "actor relations filtered", query: `{ actor(name:"Zelenskyy") { relations(direction: OUTGOING, predicates:[met_with, criticized], first:5) { totalCount nodes { predicate cameo cameoName symmetric object { name } } } } }`,
			wants: []want{w(2.0, "actor", "relations", "totalCount")}},
		{name: "actor relations incoming", query: `{ actor(name:"Zelenskyy") { relations(direction: INCOMING, predicates:[works_for]) { totalCount nodes { predicate subject { name } } } } }`,
			wants: []want{w(1.0, "actor", "relations", "totalCount"), w("Andriy Yermak", "actor", "relations", "nodes", 0, "subject", "name")}},
		{name: "actor relations by cameo and date", query: `{ actor(name:"Russia") { relations(cameo:["19"], until:"2025-04-30") { totalCount nodes { predicate } } } }`,
			wants: []want{w(2.0, "actor", "relations", "totalCount")}},
		{name: "actor relations since excludes", query: `{ actor(name:"Russia") { relations(since:"2025-05-01", minConfidence: 0.5) { totalCount nodes { predicate } } } }`,
			wants: []want{w(2.0, "actor", "relations", "totalCount")}},
		{name: "bad date", query: `{ actor(name:"Russia") { relations(since:"last week") { totalCount } } }`, code: CodeBadUserInput},
		{name: "bad minConfidence", query: `{ relations(minConfidence: 2) { totalCount } }`, code: CodeBadUserInput},
		{name: "neighbors", query: `{ actor(name:"Recep Tayyip Erdogan") { neighbors(first:5) { name } degree } }`,
			wants: []want{w(3.0, "actor", "degree")}},
		{name: "neighbors by predicate", query: `{ actor(name:"Recep Tayyip Erdogan") { neighbors(predicates:[leader_of]) { name } } }`,
			wants: []want{w("Turkey", "actor", "neighbors", 0, "name")}},
		{name: "neighbors first too big", query: `{ actor(name:"Russia") { neighbors(first:50) { name } } }`, code: CodeBadUserInput},
		{name: "actor articles", query: `{ actor(name:"Russia") { articles(first:5) { totalCount nodes { id } } } }`,
			wants: []want{w(3.0, "actor", "articles", "totalCount")}},
		{name: "actors prefix search", query: `{ actors(search:"vol") { totalCount nodes { name } } }`,
			wants: []want{w(1.0, "actors", "totalCount"), w("Volodymyr Zelenskyy", "actors", "nodes", 0, "name")}},
		{name: "actors alias prefix", query: `{ actors(search:"ERDO") { nodes { name } } }`,
			wants: []want{w("Recep Tayyip Erdogan", "actors", "nodes", 0, "name")}},
		{name: "actors fuzzy", query: `{ actors(search:"Medvedv", fuzzy:true) { nodes { name } } }`,
			wants: []want{w("Dmitry Medvedev", "actors", "nodes", 0, "name")}},
		{name: "actors by type", query: `{ actors(type: Country, first:5) { totalCount } }`,
			wants: []want{w(4.0, "actors", "totalCount")}},
		{name: "actors default page size", query: `{ actors { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } }`,
			wants: []want{w(true, "actors", "pageInfo", "hasNextPage"), w(false, "actors", "pageInfo", "hasPreviousPage")}},
		{name: "first above maximum", query: `{ actors(first: 6) { totalCount } }`, code: CodeBadUserInput},
		{name: "negative first", query: `{ actors(first: -1) { totalCount } }`, code: CodeBadUserInput},
		{name: "first zero", query: `{ actors(first: 0) { totalCount nodes { name } pageInfo { startCursor endCursor hasNextPage } } }`,
			wants: []want{w([]any{}, "actors", "nodes"), w(nil, "actors", "pageInfo", "startCursor"), w(true, "actors", "pageInfo", "hasNextPage")}},
		{name: "garbage cursor", query: `{ actors(after: "%%%") { totalCount } }`, code: CodeBadUserInput},
		{name: "relations by subject name and predicate", query: `{ relations(subject:"Medvedev", predicate: official_of) { totalCount nodes { object { name } confidence articleCount firstSeen lastSeen } } }`,
			wants: []want{w(1.0, "relations", "totalCount"), w("Security Council of Russia", "relations", "nodes", 0, "object", "name"), w(1.0, "relations", "nodes", 0, "articleCount")}},
		{name: "relations between two countries in a date range", query: `{ relations(subject:"Russia", object:"Ukraine", since:"2025-01-01", until:"2025-12-31") { totalCount nodes { predicate evidence { nodes { sentence date } } } } }`,
			wants: []want{w(1.0, "relations", "totalCount"), w("met_with", "relations", "nodes", 0, "predicate")}},
		{name: "relations by article", query: `{ relations(article:"ceasefire-call", first:5) { totalCount } }`,
			wants: []want{w(3.0, "relations", "totalCount")}},
		{name: "relations by predicates and cameo", query: `{ relations(predicates:[attacked, threatened], cameo:["19"], first:5) { totalCount } }`,
			wants: []want{w(2.0, "relations", "totalCount")}},
		{name: "relations unknown subject", query: `{ relations(subject:"Atlantis") { totalCount } }`, code: CodeNotFound},
		{name: "role literal", query: `{ relations(subject:"Medvedev", predicate: role) { nodes { object { name } objectLiteral cameo } } }`,
			wants: []want{w(nil, "relations", "nodes", 0, "object"), w("deputy chairman", "relations", "nodes", 0, "objectLiteral"), w(nil, "relations", "nodes", 0, "cameo")}},
		{name: "evidence page", query: `{ relations(subject:"Russia", predicate: attacked) { nodes { evidence(first:1) { totalCount edges { cursor node { sentence sentenceIndex articleId date confidence article { id title url source published } } } pageInfo { hasNextPage } } } } }`,
			wants: []want{w("seed-sumy", "relations", "nodes", 0, "evidence", "edges", 0, "node", "articleId"), w("https://example.org/sumy", "relations", "nodes", 0, "evidence", "edges", 0, "node", "article", "url")}},
		{name: "path", query: `{ path(from:"Andriy Yermak", to:"Dmitry Medvedev", maxHops:4, k:2) { length actors { name } steps { reverse from { name } to { name } relation { predicate } } } }`,
			wants: []want{w("Andriy Yermak", "path", 0, "actors", 0, "name"), w("Dmitry Medvedev", "path", 0, "steps", 2, "to", "name")}},
		{name: "path restricted by predicates finds none", query: `{ path(from:"Andriy Yermak", to:"Dmitry Medvedev", predicates:[met_with]) { length } }`,
			wants: []want{w([]any{}, "path")}},
		{name: "path unknown end", query: `{ path(from:"Andriy Yermak", to:"Atlantis") { length } }`, code: CodeNotFound},
		{name: "path maxHops out of range", query: `{ path(from:"Andriy Yermak", to:"Russia", maxHops: 9) { length } }`, code: CodeBadUserInput},
		{name: "path k out of range", query: `{ path(from:"Andriy Yermak", to:"Russia", k: 0) { length } }`, code: CodeBadUserInput},
		{name: "subgraph", query: `{ subgraph(seeds:["Turkey"], depth:1, limit:10) { nodes { name } edges { predicate } truncated } }`,
			wants: []want{w(false, "subgraph", "truncated")}},
		{name: "subgraph truncated", query: `{ subgraph(seeds:["Russia"], depth:2, limit:2) { nodes { name } truncated } }`,
			wants: []want{w(true, "subgraph", "truncated")}},
		{name: "subgraph filters", query: `{ subgraph(seeds:["Russia"], depth:2, predicates:[attacked], since:"2025-01-01", until:"2025-12-31", minConfidence:0.5) { nodes { name } edges { predicate } } }`},
		{name: "subgraph no seed", query: `{ subgraph(seeds:[]) { truncated } }`, code: CodeBadUserInput},
		{name: "subgraph depth out of range", query: `{ subgraph(seeds:["Russia"], depth: 9) { truncated } }`, code: CodeBadUserInput},
		{name: "subgraph limit out of range", query: `{ subgraph(seeds:["Russia"], limit: 0) { truncated } }`, code: CodeBadUserInput},
		{name: "subgraph unknown seed", query: `{ subgraph(seeds:["Atlantis"]) { truncated } }`, code: CodeNotFound},
		{name: "article", query: `{ article(id:"istanbul-talks") { title published url source entityCount tripleCount relations(first:5) { totalCount } actors(first:2) { totalCount nodes { name } pageInfo { hasNextPage } } } }`,
			wants: []want{w("Talks in Istanbul", "article", "title"), w(nil, "article", "url"), w(6.0, "article", "relations", "totalCount"), w(true, "article", "actors", "pageInfo", "hasNextPage")}},
		{name: "unknown article is null", query: `{ article(id:"nope") { title } }`, wants: []want{w(nil, "article")}},
		{name: "articles newest first", query: `{ articles(first:5) { totalCount nodes { id } } }`,
			wants: []want{w(3.0, "articles", "totalCount")}},
		{name: "articles date range", query: `{ articles(since:"2025-05-01", until:"2025-05-31") { totalCount nodes { id } } }`,
			wants: []want{w(1.0, "articles", "totalCount"), w("istanbul-talks", "articles", "nodes", 0, "id")}},
		{name: "articles search", query: `{ articles(search:"TRUMP") { nodes { id } } }`,
			wants: []want{w("ceasefire-call", "articles", "nodes", 0, "id")}},
		{name: "stats", query: `{ stats { articles entities triples relations } }`,
			wants: []want{w(3.0, "stats", "articles"), w(20.0, "stats", "triples")}},
		{name: "variables", query: `query($n: String!, $k: Int) { actor(name: $n) { relations(first: $k) { totalCount edges { cursor } } } }`,
			vars: map[string]any{"n": "Russia", "k": 1}, wants: []want{w(true, "actor", "relations", "edges", 0, "cursor") /* replaced below */}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := post(t, srv, tc.query, tc.vars)
			if res.code() != tc.code {
				t.Fatalf("code %q, want %q\n%s", res.code(), tc.code, res.raw)
			}
			for _, wt := range tc.wants {
				got := at(res.Data, wt.path...)
				if wt.v == true && tc.name == "variables" {
					if s, _ := got.(string); s == "" {
						t.Errorf("no cursor: %s", res.raw)
					}
					continue
				}
				if !reflect.DeepEqual(got, wt.v) {
					t.Errorf("%v = %#v, want %#v\n%s", wt.path, got, wt.v, res.raw)
				}
			}
		})
	}
}

// TestPagination walks every list to its end: first page, middle, last
// page, and the empty page after it.
func TestPagination(t *testing.T) {
	srv := server(t, "bolt", Config{DefaultPageSize: 2, MaxPageSize: 5})
	for _, list := range []struct{ name, query string }{
		{"actors", `query($a: String) { l: actors(first: 3, after: $a) { %s } }`},
		{"relations", `query($a: String) { l: relations(first: 4, after: $a) { %s } }`},
		{"articles", `query($a: String) { l: articles(first: 2, after: $a) { %s } }`},
		{"actor relations", `query($a: String) { actor(name:"Russia") { l: relations(first: 2, after: $a) { %s } } }`},
		{"actor articles", `query($a: String) { actor(name:"Russia") { l: articles(first: 2, after: $a) { %s } } }`},
		{"article actors", `query($a: String) { article(id:"seed-sumy") { l: actors(first: 3, after: $a) { %s } } }`},
		{"article relations", `query($a: String) { article(id:"seed-sumy") { l: relations(first: 3, after: $a) { %s } } }`},
	} {
		t.Run(list.name, func(t *testing.T) {
			q := fmt.Sprintf(list.query, `totalCount edges { cursor node { __typename } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`)
			var after any
			seen, pages := 0, 0
			total := -1.0
			for {
				res := post(t, srv, q, map[string]any{"a": after})
				if res.code() != "" {
					t.Fatalf("%s", res.raw)
				}
				conn := at(res.Data, "l")
				if conn == nil {
					conn = at(res.Data, "actor", "l")
				}
				if conn == nil {
					conn = at(res.Data, "article", "l")
				}
				tc, _ := at(conn, "totalCount").(float64)
				if total >= 0 && tc != total {
					t.Fatalf("totalCount changed from %v to %v", total, tc)
				}
				total = tc
				edges, _ := at(conn, "edges").([]any)
				seen += len(edges)
				pages++
				if got := at(conn, "pageInfo", "hasPreviousPage"); got != (after != nil) {
					t.Errorf("page %d: hasPreviousPage %v", pages, got)
				}
				if len(edges) > 0 && at(conn, "pageInfo", "endCursor") != at(edges[len(edges)-1], "cursor") {
					t.Errorf("endCursor is not the last edge's cursor")
				}
				if at(conn, "pageInfo", "hasNextPage") != true {
					// The page after the last one is empty.
					res := post(t, srv, q, map[string]any{"a": at(conn, "pageInfo", "endCursor")})
					if after != nil || len(edges) > 0 {
						if e, _ := at(res.Data, "l", "edges").([]any); len(e) != 0 {
							t.Errorf("page after the last is not empty: %s", res.raw)
						}
					}
					break
				}
				after = at(conn, "pageInfo", "endCursor")
				if pages > 50 {
					t.Fatal("pagination does not end")
				}
			}
			if float64(seen) != total || total == 0 {
				t.Errorf("walked %d items in %d pages, totalCount %v", seen, pages, total)
			}
		})
	}
}

func TestErrorsHaveCodes(t *testing.T) {
	srv := server(t, "memory", Config{})
	for _, q := range []string{`{`, `{ nope }`, `{ actors(first: 1000) { totalCount } }`, `{ relations(subject:"x") { totalCount } }`} {
		res := post(t, srv, q, nil)
		if len(res.Errors) == 0 {
			t.Errorf("%s: no error", q)
		}
		for _, e := range res.Errors {
			if c, _ := e.Extensions["code"].(string); c == "" || strings.ToUpper(c) != c {
				t.Errorf("%s: error without code: %+v", q, e)
			}
		}
	}
}
