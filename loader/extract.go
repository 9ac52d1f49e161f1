package loader

import (
	"context"
	"fmt"
	"sort"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/syntax"
	"github.com/actorgraph/actorgraph/ontology"
)

// Extractor extracts entities and triples from articles. Build it once
// with New: it holds the gazetteer and the tagger model, read-only, so one
// Extractor is safe for concurrent use by many goroutines.
type Extractor struct {
	lex     entLexicon
	tagger  *syntax.Tagger
	noTag   bool
	minConf float64
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithoutTagger skips part-of-speech tagging; rules then fall back on the
// word lists alone (faster, less accurate).
func WithoutTagger() Option { return func(e *Extractor) { e.noTag = true } }

// MinConfidence drops triples whose confidence is below c.
func MinConfidence(c float64) Option { return func(e *Extractor) { e.minConf = c } }

// New returns an Extractor with the embedded gazetteer and tagger loaded.
func New(opts ...Option) (*Extractor, error) {
	e := &Extractor{}
	for _, o := range opts {
		o(e)
	}
	e.lex = newGazLexicon(gazetteer.Default())
	if !e.noTag {
		t, err := syntax.DefaultTagger()
		if err != nil {
			return nil, fmt.Errorf("loader: load tagger: %w", err)
		}
		e.tagger = t
	}
	return e, nil
}

// Extract finds the entities and triples of one article.
func (e *Extractor) Extract(ctx context.Context, a ontology.Article) (ontology.Extraction, error) {
	out := ontology.Extraction{Article: a, Entities: []ontology.Entity{}, Triples: []ontology.Triple{}}
	if err := ctx.Err(); err != nil {
		return out, fmt.Errorf("loader: extract %q: %w", a.ID, err)
	}
	d, err := prepareText(a)
	if err != nil {
		return out, fmt.Errorf("loader: extract %q: %w", a.ID, err)
	}
	x := e.newDocState(&d)
	x.findMentions()
	x.corefResolve()
	x.findRoles()
	x.findRelations()
	out.Entities, out.Triples = x.output(e.minConf)
	return out, nil
}

// docState is one article under extraction.
type docState struct {
	lex   entLexicon
	doc   *document
	words [][]word
	texts [][]string
	ments [][]mention
	tab   *entTable
	facts []fact
	// implied holds heads of state whose title names no country
	implied []fact
	// salience counts the name mentions of each entity
	salience map[int]int
	// seenAt lists the sentences naming each person in full
	seenAt map[int][]int
	// titleSent is the index of the headline's words, -1 when none
	titleSent int
	// personCountry ties a person to a country without an office
	// ("his Qatari counterpart, X")
	personCountry map[int]string
	seen          map[factKey]int
	// ruling is the body a coup article's "the junta" stands for, -1
	ruling int
}

func (e *Extractor) newDocState(d *document) *docState {
	x := &docState{lex: e.lex, doc: d, tab: newEntTable(), seen: map[factKey]int{}, personCountry: map[int]string{}, ruling: -1}
	x.words = make([][]word, len(d.sentences), len(d.sentences)+1)
	for i := range d.sentences {
		s := &d.sentences[i]
		if e.tagger != nil {
			e.tagSentence(s)
		}
		x.words[i] = sentWords(s)
	}
	// The headline is not read: tried for names only, its clipped,
	// title-case grammar cost more on the dev sets than it found.
	x.titleSent = -1
	return x
}

func (e *Extractor) tagSentence(s *sentence) {
	ws := make([]string, len(s.tokens))
	for i, t := range s.tokens {
		ws[i] = t.text
	}
	tags := e.tagger.Tag(ws)
	for i := range s.tokens {
		if i < len(tags) {
			s.tokens[i].tag = tags[i]
		}
	}
}

func (x *docState) findMentions() {
	f := newEntFinder(x.lex, x.words)
	x.texts = f.texts
	x.ments = make([][]mention, len(x.words))
	for si := range x.words {
		ms := f.find(si)
		ms = f.tieBodies(si, ms)
		ms = f.nominals(si, ms)
		x.ments[si] = ms
	}
}

// output builds the extraction's entities and triples.
func (x *docState) output(minConf float64) ([]ontology.Entity, []ontology.Triple) {
	// entities referenced by a triple are emitted even if hidden
	for _, f := range x.facts {
		x.tab.ents[f.s].hidden = false
		if f.o >= 0 {
			x.tab.ents[f.o].hidden = false
		}
	}
	inFact := make([]bool, len(x.tab.ents))
	for _, f := range x.facts {
		inFact[f.s] = true
		if f.o >= 0 {
			inFact[f.o] = true
		}
	}
	counts := make([]int, len(x.tab.ents))
	for _, ms := range x.ments {
		for _, m := range ms {
			if m.ent >= 0 {
				counts[m.ent]++
			}
		}
	}
	ents := []ontology.Entity{}
	for id, e := range x.tab.ents {
		if e.hidden || !e.typ.Valid() {
			continue
		}
		if e.guessed && counts[id] < 2 && !inFact[id] {
			continue // one capitalised word nothing vouches for
		}
		al := []string{}
		for _, a := range e.aliases {
			if ontology.Normalize(a) != ontology.Normalize(e.name) && !containsString(al, a) {
				al = append(al, a)
			}
		}
		ents = append(ents, ontology.Entity{Name: e.name, Type: e.typ, Aliases: al, Mentions: counts[id]})
	}
	triples := []ontology.Triple{}
	for _, f := range x.facts {
		if f.conf < minConf || f.sent < 0 || f.sent >= len(x.doc.sentences) {
			continue
		}
		s := x.tab.ents[f.s]
		t := ontology.Triple{Article: x.doc.article.ID, Subject: s.name, SubjectType: s.typ,
			Predicate: f.p, CAMEO: f.cameo, Confidence: round2(f.conf), Sentence: f.sent,
			Evidence: x.evidence(f.sent)}
		if f.o >= 0 {
			o := x.tab.ents[f.o]
			t.Object, t.ObjectType = o.name, o.typ
		} else {
			t.Object, t.ObjectType = f.lit, ontology.Literal
		}
		triples = append(triples, t)
	}
	sort.SliceStable(triples, func(i, j int) bool { return triples[i].Sentence < triples[j].Sentence })
	return ents, triples
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// evidence returns the sentence as written in the original article.
func (x *docState) evidence(si int) string {
	s := x.doc.sentences[si]
	o := x.doc.origin
	if len(o) > s.end && s.start < s.end {
		a, b := o[s.start], o[s.end-1]+1
		if a >= 0 && b <= len(x.doc.article.Text) && a < b {
			return x.doc.article.Text[a:b]
		}
	}
	return s.text
}
