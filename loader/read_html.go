package loader

// HTML articles: the text of <article> (else <main>, else <body>) with
// scripts, styles, navigation, headers, footers, asides and forms dropped;
// block elements become lines. Title, date, URL and site come from the
// head's meta tags when present.

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/actorgraph/actorgraph/ontology"
)

// readHTMLSkip are elements whose text is never article text.
var readHTMLSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Svg: true, atom.Button: true,
	atom.Iframe: true, atom.Template: true, atom.Select: true, atom.Figure: true, atom.Object: true,
	atom.Head: true, atom.Menu: true, atom.Dialog: true,
}

// readHTMLBlock are elements that start a new line.
var readHTMLBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Dt: true, atom.Dd: true, atom.Pre: true, atom.Ul: true, atom.Ol: true, atom.Table: true,
	atom.Hr: true, atom.Figcaption: true, atom.Address: true, atom.Body: true,
}

var readHTMLNewlines = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// readHTMLFurnitureWords are words of class names and ids that mark page
// furniture inside the article container (share bars, related links,
// comments, ads).
var readHTMLFurnitureWords = splitSet(`comment comments related share sharing social newsletter promo advert
	advertisement ad ads cookie cookies subscribe subscription sidebar breadcrumb breadcrumbs popup modal
	recommended trending outbrain taboola paywall`)

// readHTMLFurniture reports whether element n is hidden or marked as page
// furniture by its role, class or id.
func readHTMLFurniture(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "role":
			switch a.Val {
			case "navigation", "banner", "contentinfo", "complementary", "search", "dialog":
				return true
			}
		case "style":
			if v := strings.ReplaceAll(strings.ToLower(a.Val), " ", ""); strings.Contains(v, "display:none") {
				return true
			}
		case "class", "id":
			for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
				if readHTMLFurnitureWords[w] {
					return true
				}
			}
		}
	}
	return false
}

// readHTMLMeta collects what the page says about itself.
type readHTMLMeta struct {
	ogTitle, title, h1, published, url, site string
	articles                                 []*html.Node
	main, body                               *html.Node
}

func readHTML(name string, b []byte) ([]ontology.Article, error) {
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %v: %w", err, ErrFormat)
	}
	var m readHTMLMeta
	readHTMLScan(root, &m, 0)
	// Pages list teasers of other stories in <article> elements too: the
	// story is the one with the most text.
	var content *html.Node
	best := 0
	for _, a := range m.articles {
		if n := len(readHTMLInline(a)); n > best {
			content, best = a, n
		}
	}
	if content == nil {
		content = m.main
	}
	if content == nil {
		content = m.body
	}
	if content == nil {
		content = root
	}
	var w readHTMLText
	w.walk(content)
	title := m.ogTitle
	if title == "" {
		title = m.h1
	}
	if title == "" {
		title = m.title
	}
	lines := w.lines()
	if len(lines) > 0 && title != "" && strings.EqualFold(lines[0], title) {
		lines = lines[1:] // the headline repeated in the body
	}
	a := ontology.Article{ID: readBaseID(name), Title: title, URL: m.url, Source: m.site, Text: strings.Join(lines, "\n")}
	if a.Source == "" {
		a.Source = name
	}
	if a.ID == "" {
		return nil, fmt.Errorf("no article id in file name %q: %w", name, ErrFormat)
	}
	if m.published != "" {
		a.Published, _ = readParseDate(m.published) // a bad date in a page is not worth refusing it
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, fmt.Errorf("no article text in the HTML body: %w", ErrEmpty)
	}
	return []ontology.Article{a}, nil
}

// readHTMLScan fills m from the whole tree. depth bounds recursion on
// pathological nesting (the parser already caps it, this is belt and
// braces).
func readHTMLScan(n *html.Node, m *readHTMLMeta, depth int) {
	if depth > 512 {
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			if m.title == "" {
				m.title = readHTMLInline(n)
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = readHTMLInline(n)
			}
		case atom.Meta:
			key := strings.ToLower(readAttr(n, "property") + readAttr(n, "name") + readAttr(n, "itemprop"))
			val := strings.TrimSpace(readAttr(n, "content"))
			switch key {
			case "og:title":
				m.ogTitle = val
			case "og:url":
				if m.url == "" {
					m.url = val
				}
			case "og:site_name":
				m.site = val
			case "article:published_time", "datepublished", "pubdate", "date", "dc.date", "dc.date.issued":
				if m.published == "" {
					m.published = val
				}
			}
		case atom.Link:
			if strings.EqualFold(readAttr(n, "rel"), "canonical") {
				m.url = strings.TrimSpace(readAttr(n, "href"))
			}
		case atom.Time:
			if m.published == "" {
				m.published = strings.TrimSpace(readAttr(n, "datetime"))
			}
		case atom.Article:
			m.articles = append(m.articles, n)
		case atom.Main:
			if m.main == nil {
				m.main = n
			}
		case atom.Body:
			m.body = n
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		readHTMLScan(c, m, depth+1)
	}
}

func readAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// readHTMLInline is the text under n on one line.
func readHTMLInline(n *html.Node) string {
	var w readHTMLText
	w.walk(n)
	return strings.Join(w.lines(), " ")
}

// readHTMLText accumulates text, one line per block element.
type readHTMLText struct {
	b     strings.Builder
	depth int
}

func (w *readHTMLText) walk(n *html.Node) {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > 512 {
		return
	}
	switch n.Type {
	case html.TextNode:
		// Source line breaks inside a paragraph are not text lines.
		w.b.WriteString(readHTMLNewlines.Replace(n.Data))
		return
	case html.ElementNode:
		if readHTMLSkip[n.DataAtom] || readHTMLFurniture(n) {
			return
		}
		if readHTMLBlock[n.DataAtom] {
			w.b.WriteByte('\n')
			defer w.b.WriteByte('\n')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// lines returns the non-blank lines with white space collapsed.
func (w *readHTMLText) lines() []string {
	var out []string
	for _, l := range strings.Split(w.b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}
