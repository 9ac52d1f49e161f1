// Package schema is actorgraph's GraphQL API, built with graphql-go on the
// read and write methods of graph.Store (never on Cayley directly).
//
// Queries enter as text through Schema.Do (used by `actorgraph query`) or
// over HTTP through Schema.Handler, which follows the GraphQL-over-HTTP
// conventions (POST and GET on /graphql, application/graphql-response+json,
// CORS for configured origins). Every request is parsed, validated with the
// standard rules plus this package's depth and cost limits, and only then
// executed, with a per-request timeout carried to the store by the context.
// Resolvers batch store reads per level of the query through per-request
// loaders (batch.go), so the number of store calls does not grow with the
// number of actors in a list. Results leave as graphql.Result values whose
// errors carry extensions.code (errors.go).
package schema
