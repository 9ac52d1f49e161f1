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
// confidence.
//
// Extraction is a pipeline of rule stages over a tagged document, one file
// each: entities.go finds names (gazetteer, titles, capitalised spans),
// coref.go resolves surnames, pronouns and capitals acting as their
// country, roles.go reads titles and appositives, relations.go reads verb
// frames and nominalisations (verbs.go holds the verb lexicon), and
// confidence.go scores each triple by the kind of evidence behind it.
package loader
