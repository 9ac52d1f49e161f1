// Package ontology is actorgraph's shared vocabulary: the entity types, the
// predicates with their CAMEO roots, the triple the loader emits and the
// graph stores, and the name normalisation that the scorer and the store's
// entity resolution both rely on. It follows ../shared/ONTOLOGY.md (v1),
// which is the contract; it holds data and pure functions only, so that
// loader, graph and schema can all import it without importing each other.
package ontology
