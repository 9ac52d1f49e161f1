package schema

import (
	"context"
	"errors"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// seedExtractor stands in for the loader (whose output keeps improving):
// it answers the fixture's seed extraction for any article.
type seedExtractor struct{}

func (seedExtractor) Extract(ctx context.Context, a ontology.Article) (ontology.Extraction, error) {
	if a.Text == "fail" {
		return ontology.Extraction{}, errors.New("loader: extract: broken")
	}
	ex := fixture()[0]
	ex.Article = a
	for i := range ex.Triples {
		ex.Triples[i].Article = a.ID
	}
	return ex, nil
}

const seedText = `A Russian counter-attack targeted the Ukrainian city of Sumy on Friday. Dmitry Medvedev, deputy chairman of Russia's Security Council, threatened Ukraine. Ukrainian President Volodymyr Zelenskyy said Andriy Yermak, his chief of staff, would travel to Washington.`

func TestMutations(t *testing.T) {
	ex := seedExtractor{}
	load := `mutation($in: ArticleInput!) { loadArticle(input: $in) { unchanged replaced entities triples article { id title published } } }`
	in := map[string]any{"in": map[string]any{"id": "posted", "title": "Posted", "published": "2025-04-11", "text": seedText}}
	del := `mutation { deleteArticle(id: "posted") }`

	open := server(t, "bolt", Config{Extractor: ex})
	for _, tc := range []struct {
		name   string
		srv    func() response
		status int
		code   string
	}{
		{"disabled without a token", func() response { return post(t, open, load, in, "Accept", mediaResponse) }, 403, CodeForbidden},
		{"disabled with a token sent anyway", func() response { return post(t, open, del, nil, "Authorization", "Bearer x") }, 200, CodeForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := tc.srv()
			if res.status != tc.status || res.code() != tc.code {
				t.Errorf("%d %q: %s", res.status, res.code(), res.raw)
			}
		})
	}

	srv := server(t, "bolt", Config{Extractor: ex, WriteToken: "s3cret"})
	if res := post(t, srv, load, in, "Accept", mediaResponse); res.status != 401 || res.code() != CodeUnauthenticated {
		t.Errorf("no token: %d %s", res.status, res.raw)
	}
	if res := post(t, srv, load, in, "Authorization", "Bearer wrong", "Accept", mediaResponse); res.status != 403 || res.code() != CodeForbidden {
		t.Errorf("wrong token: %d %s", res.status, res.raw)
	}
	auth := []string{"Authorization", "Bearer s3cret"}
	res := post(t, srv, load, in, auth...)
	if res.code() != "" || at(res.Data, "loadArticle", "article", "id") != "posted" || at(res.Data, "loadArticle", "article", "published") != "2025-04-11T00:00:00Z" {
		t.Fatalf("load: %s", res.raw)
	}
	if n, _ := at(res.Data, "loadArticle", "triples").(float64); n == 0 {
		t.Errorf("no triples extracted: %s", res.raw)
	}
	if res := post(t, srv, load, in, auth...); at(res.Data, "loadArticle", "unchanged") != true {
		t.Errorf("reload changed something: %s", res.raw)
	}
	if res := post(t, srv, `{ actor(name:"Sumy") { name } }`, nil); at(res.Data, "actor", "name") != "Sumy" {
		t.Errorf("loaded actor missing: %s", res.raw)
	}
	bad := map[string]any{"in": map[string]any{"id": " ", "text": "x"}}
	if res := post(t, srv, load, bad, auth...); res.code() != CodeBadUserInput {
		t.Errorf("empty id: %s", res.raw)
	}
	badDate := map[string]any{"in": map[string]any{"id": "d", "text": "x", "published": "soon"}}
	if res := post(t, srv, load, badDate, auth...); res.code() != CodeBadUserInput {
		t.Errorf("bad date: %s", res.raw)
	}
	if res := post(t, srv, load, map[string]any{"in": map[string]any{"id": "f", "text": "fail"}}, auth...); res.code() != CodeInternal || res.Data["loadArticle"] != nil {
		t.Errorf("extractor failure: %s", res.raw)
	}
	if res := post(t, srv, del, nil, auth...); at(res.Data, "deleteArticle") != true {
		t.Errorf("delete: %s", res.raw)
	}
	if res := post(t, srv, del, nil, auth...); at(res.Data, "deleteArticle") != false {
		t.Errorf("second delete: %s", res.raw)
	}
	if res := post(t, srv, `{ article(id:"posted") { id } }`, nil); at(res.Data, "article") != nil {
		t.Errorf("deleted article still there: %s", res.raw)
	}
}
