// Package graph is actorgraph's store: actors, relations with their
// evidence, and articles, kept as quads in a Cayley quad store (Bolt on disk,
// or memory). Data enters as one ontology.Extraction per article through
// Store.LoadArticle, which resolves the article's entities against the
// actors already stored and writes only the quads that differ from the
// article's stored version (removals, then additions: see Store.apply for
// why two batches, and what a failure between them leaves). Data leaves as
// the plain values of api.go (Actor, Relation, Path, Subgraph), so Cayley's
// types never cross the package boundary. WriteSubgraph renders a Subgraph
// for Cytoscape.js, Gephi, Graphviz or as N-Quads.
package graph
