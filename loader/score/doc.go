// Package score measures an extraction against a gold annotation, exactly
// as ../shared/ONTOLOGY.md ("Scoring") defines it: entities matched one to
// one by normalised name or alias (untyped and typed), triples matched by
// their resolved entities and predicate, optional gold triples left out of
// both precision and recall.
//
// Data enters as a Gold (read from a <id>.gold.json file with ReadGold) and
// an ontology.Extraction (what the loader found in the same article); it
// leaves as a Result of counts, which Add sums over a set of articles
// (micro-averaging), plus the list of errors that `actorgraph eval --errors`
// prints. FormatTable writes a Result as the eval table.
package score
