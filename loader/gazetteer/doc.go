// Package gazetteer holds actorgraph's curated name lists and a fast lookup
// over them: countries with their official names, short forms, demonyms,
// capitals and seats of power; international bodies, armed groups, parties,
// government bodies, media and companies; cities, regions and first-level
// divisions; office titles with the relation they imply; honorifics; first
// names, common surnames and capitalised non-entity words; and a
// transliteration-folding Key that unifies spellings such as
// Zelensky/Zelenskyy/Zelenskiy or Kiev/Kyiv.
//
// Data enters only from the text files under data/, embedded in the binary
// (see data/README.md for their format and sources); nothing is fetched at
// run time. Default builds the tables once; Load builds them from any fs.FS
// for tests. Data leaves as Entry values: the extractor looks up candidate
// phrases (capitalised spans, n-grams up to MaxWords) and decides by context
// what a hit means — a Capital or Seat is a metonym candidate for its
// country, an Ambiguous form needs supporting context.
package gazetteer
