// Command actorgraph turns news articles into an actor graph and serves it.
//
// Usage:
//
//	actorgraph [--log-level LEVEL] COMMAND [ARGS]
//
// The commands, each explained by 'actorgraph help COMMAND':
//
//	load     extract actors and relations from articles (.txt, .md, .html,
//	         .json, .jsonl; folders walked) and load them into the store
//	serve    serve the store over GraphQL at /graphql, a page at /, /healthz
//	query    run one GraphQL query against the store and print the JSON result
//	export   write the subgraph around seed actors as json (Cytoscape.js),
//	         graphml, dot or nquads
//	stats    count the articles, entities, relations and triples stored
//	extract  print the triples (or, with --entities, the entities) found in
//	         articles as JSON lines, without a store
//	eval     score extraction against <id>.gold.json files: precision, recall
//	         and F1 of entities and triples
//
// The store is "bolt:PATH" (an embedded file; default bolt:actorgraph.db) or
// "memory:". Every flag falls back on an environment variable named
// ACTORGRAPH_ and the flag in upper case with dashes as underscores
// (ACTORGRAPH_STORE, ACTORGRAPH_ADDR, ACTORGRAPH_WRITE_TOKEN, ...); the
// command line wins. Data goes to stdout, logs (log/slog) to stderr. The exit
// status is 0 on success or help, 1 on failure, 2 on a usage error.
//
// Data flows one way: files are read and extracted by package loader, in
// parallel, and loaded into package graph one article at a time; package
// schema answers GraphQL over graph. This command only parses flags, wires
// those packages together and reports; main.go dispatches, and each
// subcommand has its own file with its flag set and help text.
package main
