package loader

// Reading articles from files: the format is chosen by the file name's
// extension; every reader returns whole ontology.Articles or an error that
// names the file and what was wrong with it.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/ontology"
)

// Errors Read and ReadFile wrap, for callers that skip bad files.
var (
	ErrEmpty    = errors.New("no article text")
	ErrBinary   = errors.New("binary content")
	ErrTooLarge = errors.New("file too large")
	ErrFormat   = errors.New("malformed article file")
)

// MaxFileSize bounds an article file: news articles are kilobytes, and a
// bigger file is almost certainly not one.
const MaxFileSize = 10 << 20

// readFormats maps a lower-case extension to its reader.
var readFormats = map[string]func(name string, b []byte) ([]ontology.Article, error){
	".txt":   readPlain,
	".md":    readPlain,
	".html":  readHTML,
	".htm":   readHTML,
	".json":  readJSON,
	".jsonl": readJSONL,
}

// ReadFile reads the articles of one file (one for .txt, .md and .html;
// one or more for .json and .jsonl).
func ReadFile(ctx context.Context, path string) ([]ontology.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("loader: read %s: %w", path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return nil, fmt.Errorf("loader: read %s: %d bytes, more than %d: %w", path, st.Size(), MaxFileSize, ErrTooLarge)
	}
	return Read(ctx, path, f)
}

// Read reads the articles in r, in the format that name's extension
// gives. The id of a .txt, .md or .html article is name's base without
// the extension; .json and .jsonl carry their own ids.
func Read(ctx context.Context, name string, r io.Reader) ([]ontology.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ext := strings.ToLower(filepath.Ext(name))
	parse, ok := readFormats[ext]
	if !ok {
		return nil, fmt.Errorf("loader: read %s: unsupported extension %q (want .txt, .md, .html, .htm, .json or .jsonl): %w", name, ext, ErrFormat)
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("loader: read %s: %w", name, err)
	}
	if err := readCheck(b); err != nil {
		return nil, fmt.Errorf("loader: read %s: %w", name, err)
	}
	arts, err := parse(name, b)
	if err != nil {
		return nil, fmt.Errorf("loader: read %s: %w", name, err)
	}
	return arts, nil
}

// readCheck rejects what no reader can use: oversize, empty, binary or
// non-UTF-8 input (a wrong guess at the encoding would put mangled names
// into the graph, so the file is refused rather than repaired).
func readCheck(b []byte) error {
	if len(b) > MaxFileSize {
		return fmt.Errorf("more than %d bytes: %w", MaxFileSize, ErrTooLarge)
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Errorf("empty file: %w", ErrEmpty)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("NUL byte at offset %d: %w", i, ErrBinary)
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("invalid UTF-8 at byte offset %d (convert the file to UTF-8): %w", off, ErrFormat)
	}
	return nil
}

// readBaseID is a file name without folder and extension.
func readBaseID(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// ListFiles expands paths into the article files to read: folders are
// walked recursively for supported extensions (hidden folders and
// *.gold.json annotation files skipped); files named directly must have a
// supported extension. The result is sorted and without duplicates.
func ListFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("loader: list %s: %w", p, err)
		}
		if !st.IsDir() {
			if readIsGold(p) {
				continue
			}
			if _, ok := readFormats[strings.ToLower(filepath.Ext(p))]; !ok {
				return nil, fmt.Errorf("loader: list %s: unsupported extension %q: %w", p, filepath.Ext(p), ErrFormat)
			}
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if _, ok := readFormats[strings.ToLower(filepath.Ext(path))]; ok && !readIsGold(path) && !readIsNotice(d.Name()) {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("loader: list %s: %w", p, err)
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// readIsNotice reports whether a file found in a folder is the folder's own
// paperwork (README.md, LICENSE.md, NOTE.md ...) rather than an article: a
// corpus folder usually carries its licence beside the articles. Named
// explicitly, such a file is still read.
func readIsNotice(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "NOTICE", "NOTE", "NOTES", "SOURCES", "CHANGELOG", "COPYING", "ATTRIBUTION":
		return true
	}
	return false
}

func readIsGold(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), ".gold.json")
}
