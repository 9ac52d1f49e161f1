// Package loader turns English news articles into actorgraph's ontology:
// the actors they name (Person, Organization, Country, Place, Event,
// Document) and the relations between them — roles and offices,
// membership, part_of and located_in, and interactions such as attacked,
// met_with or demanded with their CAMEO root codes. It imports neither
// the graph store nor the GraphQL schema; what it returns is loaded by
// graph and scored by loader/score.
//
// Data enters as files or readers: ReadFile and Read turn .txt, .md,
// .html, .json and .jsonl input into ontology.Articles (ListFiles walks
// folders). It leaves as an ontology.Extraction from Extractor.Extract:
// the article's entities with canonical names and aliases, and its
// triples, each with the sentence it came from, the evidence text as
// written in the original and a confidence. An Extractor holds the
// gazetteer (loader/gazetteer) and the part-of-speech tagger
// (loader/syntax), read-only; build it once with New and share it between
// goroutines.
//
// The stages, one concept per file:
//
//   - read*.go: the article formats (plain text with headline and
//     dateline, Markdown, HTML, JSON and JSON lines).
//   - clean*.go: page furniture dropped (bylines, credits, "ALSO READ"),
//     entities decoded, with an offset map back to the original bytes.
//   - tokens.go, sentences.go, prepare.go, document.go: tokens with byte
//     offsets, sentence splitting around abbreviations and quotes, and the
//     document the extraction stages share; the tagger tags it.
//   - words.go, heads.go, roles_lex.go, lexicon*.go: word classes and what
//     the rules ask of the gazetteer.
//   - entities.go, spans.go, guess.go, events.go, typos.go,
//     nominalbodies.go: mentions — capitalised spans split into titles and
//     names and typed by the gazetteer, head words, context or shape;
//     events named by a head word; misspelt names; lower-case bodies tied
//     to a country ("the Malaysian navy", "the presidential guard").
//   - table.go, coref*.go, anaphora.go: mentions resolved to one entity
//     each — canonical names, transliterations, surnames, acronyms, seats
//     of power acting as their country, pronouns and nominals.
//   - roles.go, roles_as.go, leaders.go, appositives.go,
//     appositives_before.go, memberships.go, static.go, bodies.go: offices
//     and memberships from titles, appositives ("X, the head of Y"),
//     possessives and copulas ("X is Ukraine's president"), and the static
//     part_of and located_in facts.
//   - relations.go, frames.go, verbs.go, subjects.go, nominals.go:
//     interactions from verb frames (active, passive, coordinated,
//     infinitival; subjects found away from the verb) and from
//     nominalisations, over the CAMEO verb and noun lexicon.
//   - hedges.go: what blocks a triple — negation, denial, modals, plans,
//     lifted sanctions, deeds only judged by the subject.
//   - idioms.go, sanctions.go, ends.go, conflicts.go: fixed phrasings
//     ("came under fire from", "a trip to X"), sanctions told without a
//     sanction verb, far "by" agents and counterparts, conflicts implied
//     by mutual attacks or exchanges.
//   - speech.go (reported criticism, demands and threats), threats.go
//     (conditions, vows, ultimatums), demands.go ("told X to", "X must",
//     "its demand that X"), juntas.go (a coup's "the junta" as its ruling
//     council), plurals.go ("the two men"), collectives.go ("West African
//     leaders" as their regional body), bounties.go (rewards as
//     sanctions), alongside.go (appearing together as meeting),
//     authors.go ("the post accused": the post's author).
//   - confidence.go: the confidence of each kind of evidence and the
//     de-duplication of triples.
//
// eval_test.go scores the pipeline on testdata/extract/dev against the
// floors recorded there (ACTORGRAPH_CORPUS=<corpus dir> adds the GUM
// sets); golden files under testdata/extract are refreshed with -update.
package loader
