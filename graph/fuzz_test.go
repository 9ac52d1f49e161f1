package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// FuzzLoadArticle feeds arbitrary names, types and predicates through
// LoadArticle: it must never panic, must reject bad input with ErrInvalid
// and leave the store as it was, and must be idempotent when it accepts.
func FuzzLoadArticle(f *testing.F) {
	f.Add("a1", "Dmitry Medvedev", "Person", "role", "deputy chairman", "Literal", "Medvedev", 0.8)
	f.Add("a2", "Russia", "Country", "attacked", "Sumy", "Place", "Moscow", 0.9)
	f.Add("", "x", "Thing", "likes", "", "", "", -1.0)
	f.Add("a b/ü", "习近平", "Person", "met_with", "Владимир Путин", "Person", "Xi", 1.0)
	f.Fuzz(func(t *testing.T, id, subj, typ, pred, obj, otyp, alias string, conf float64) {
		s := openStore(t, "memory:")
		ctx := context.Background()
		ex := ontology.Extraction{
			Article:  ontology.Article{ID: id, Text: subj + " " + pred + " " + obj},
			Entities: []ontology.Entity{{Name: subj, Type: ontology.EntityType(typ), Aliases: []string{alias}}},
			Triples: []ontology.Triple{{Subject: subj, SubjectType: ontology.EntityType(typ), Predicate: ontology.Predicate(pred),
				Object: obj, ObjectType: ontology.EntityType(otyp), Confidence: conf, Evidence: "e"}},
		}
		_, err := s.LoadArticle(ctx, ex)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("load failed without ErrInvalid: %v", err)
			}
			if n := len(quadKeys(t, s)); n != 0 {
				t.Fatalf("rejected load left %d quads", n)
			}
			return
		}
		before := quadKeys(t, s)
		if res, err := s.LoadArticle(ctx, ex); err != nil || !res.Unchanged {
			t.Fatalf("reload = %+v, %v", res, err)
		}
		if len(quadKeys(t, s)) != len(before) {
			t.Fatal("reload changed the quads")
		}
		if _, err := s.Resolve(ctx, subj); err != nil {
			t.Fatalf("subject %q not found after load: %v", subj, err)
		}
		if err := s.DeleteArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
		if n := len(quadKeys(t, s)); n != 0 {
			t.Fatalf("delete left %d quads", n)
		}
	})
}
