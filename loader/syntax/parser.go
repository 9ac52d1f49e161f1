package syntax

// Parser is a greedy transition-based dependency parser.
type Parser struct {
	labels  []string
	weights *table
}

func newParser(labels []string, w *table) *Parser { return &Parser{labels: labels, weights: w} }
