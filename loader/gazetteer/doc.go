// Package gazetteer holds actorgraph's curated name lists and a fast lookup
// over them: countries with their official names, short forms, demonyms,
// capitals and seats of power; international bodies, armed groups, parties,
// government bodies, media and companies; cities, regions and first-level
// divisions; prominent people; named events and documents; office titles
// with the relation they imply; honorifics; first names, common surnames
// and capitalised non-entity words; and a transliteration-folding Key that
// unifies spellings such as Zelensky/Zelenskyy/Zelenskiy or Kiev/Kyiv.
//
// Data enters only from the text files under data/, embedded in the binary
// (see data/README.md for their format and sources); nothing is fetched at
// run time. Default builds the tables once; Load builds them from any fs.FS
// for tests and fails with a ParseError (wrapping ErrData) naming the file
// and line of bad data.
//
// Data leaves as Entry values. The extractor looks up candidate phrases
// (capitalised spans, n-grams up to MaxWords) and decides by context what
// a hit means: a Capital or Seat is a metonym candidate for its Metonym (a
// country or body), a Demonym names its country, a Title carries the
// relation its holder has to the body it is attached to, and an Ambiguous
// form needs supporting context. Lookup returns every entry of a phrase
// (a name can be a country and a US state); word lists (first names,
// surnames, stopwords) are answered by their own methods instead.
//
// Lookup is a pair of map reads on a folded key built in a stack buffer:
// no regular expressions and no allocation for ASCII input.
package gazetteer
