package graph

import (
	"errors"
	"io"
)

// ErrFormat: WriteSubgraph was asked for a format it does not know.
var ErrFormat = errors.New("graph: unknown export format")

// WriteSubgraph writes g to w as "json", "graphml", "dot" or "nquads".
func WriteSubgraph(w io.Writer, g Subgraph, format string) error { return errTODO }
