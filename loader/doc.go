// Package loader turns news articles into actorgraph's ontology: it reads
// article files, cleans and splits their text, and extracts the actors
// (Person, Organization, Country, Place, Event, Document) and the relations
// between them (roles and offices, membership, and interactions such as
// attacked or met_with with their CAMEO root codes).
//
// Data enters as an ontology.Article (read from .txt, .md, .html, .json or
// .jsonl files by Read and ReadFile) and leaves as an ontology.Extraction
// from Extractor.Extract: the article's entities with canonical names and
// aliases, and its triples, each with the evidence sentence and a
// confidence. An Extractor holds the gazetteer and the tagger model,
// read-only; build it once with New and share it between goroutines.
//
// Extraction is a pipeline of rule stages over the tagged sentences of a
// prepared document, one concept per file:
//
//   - words.go, heads.go, roles_lex.go, verbs.go: the word classes the rules
//     use (function words, head words that type a name, title words, the
//     verb and nominalisation lexicon with CAMEO roots).
//   - lexicon.go, lexicon_gaz.go: what the rules ask of the gazetteer.
//   - entities.go, spans.go, bodies.go: mentions — capitalised spans split
//     into titles and names and typed by the gazetteer, head words or the
//     shape of the name; bodies tied to a country by a possessive or
//     demonym ("Russia's Security Council").
//   - table.go, coref.go, coref_names.go, anaphora.go: resolution of
//     mentions to entities — canonical names, transliteration keys,
//     surnames, acronyms, seats of power acting as their country, and
//     pronouns and nominals ("the minister", "the group").
//   - roles.go, appositives.go, static.go: offices and memberships from
//     titles before names, appositives, "as" phrases, possessives, and the
//     static part_of and located_in facts.
//   - relations.go, frames.go: interactions from verb frames (active,
//     passive, coordinated, infinitival) and nominalisations, with negation.
//   - confidence.go: the confidence of each kind of evidence, and the
//     de-duplication of triples.
//
// eval_test.go scores the pipeline on testdata/extract/dev against the
// floors recorded there (ACTORGRAPH_CORPUS=<corpus dir> adds the GUM sets).
package loader
