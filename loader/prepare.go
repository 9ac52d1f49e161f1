package loader

import (
	"fmt"

	"github.com/actorgraph/actorgraph/ontology"
)

// prepareText runs the text stages on an article: clean-up, sentences,
// tokens (tags are left for the tagger). The article's title is not part
// of the text (the readers keep it in Title).
func prepareText(a ontology.Article) (document, error) {
	text, origin := cleanText(a.Text)
	d := document{article: a, text: text, origin: origin}
	d.sentences = splitSentences(text)
	if len(d.sentences) == 0 {
		return d, fmt.Errorf("loader: prepare %q: nothing left after clean-up: %w", a.ID, ErrEmpty)
	}
	return d, nil
}
