package gazetteer

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// ErrData is wrapped by every error about malformed data files, so callers
// (and the test that guards the embedded data) can tell bad data from I/O.
var ErrData = errors.New("gazetteer: bad data")

// ParseError names the file and line of malformed data.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("gazetteer: %s:%d: %s", e.File, e.Line, e.Msg)
}

func (e *ParseError) Unwrap() error { return ErrData }

// record is one data line split into tab-separated fields.
type record struct {
	file   string
	line   int
	fields []string
}

func (r record) errorf(format string, args ...any) error {
	return &ParseError{File: r.file, Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

// field returns field i trimmed, "" when the line is shorter.
func (r record) field(i int) string {
	if i < len(r.fields) {
		return strings.TrimSpace(r.fields[i])
	}
	return ""
}

// records splits a data file into records: one per non-blank line that is
// not a # comment, fields separated by tabs. Lines must have between min
// and max fields.
func records(file string, data []byte, minFields, maxFields int) ([]record, error) {
	var out []record
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		r := record{file: file, line: n, fields: strings.Split(line, "\t")}
		if len(r.fields) < minFields || len(r.fields) > maxFields {
			return nil, r.errorf("%d tab-separated fields, want %d to %d", len(r.fields), minFields, maxFields)
		}
		if r.field(0) == "" {
			return nil, r.errorf("empty first field")
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: read %s: %w", file, err)
	}
	return out, nil
}

// words splits a word-list file: every whitespace-separated word on
// non-comment lines. A line may start with "tag:" (firstnames use m:, f:,
// u:); tag is then returned for each of its words.
func words(file string, data []byte, fn func(tag, word string, line int) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		tag := ""
		if i := strings.IndexByte(line, ':'); i > 0 && i <= 2 {
			tag, line = line[:i], line[i+1:]
		}
		for _, w := range strings.Fields(line) {
			if err := fn(tag, w, n); err != nil {
				return &ParseError{File: file, Line: n, Msg: err.Error()}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: read %s: %w", file, err)
	}
	return nil
}

// form is one listed spelling with its markers removed.
type form struct {
	text      string
	ambiguous bool // "~" prefix: also names something else
	strict    bool // "!" prefix: an acronym that must not match in Title case
}

// splitForms splits a "|"-separated alias list, reading the ~ and !
// prefixes and expanding {a|b} alternatives.
func splitForms(s string) []form {
	if s == "" || s == "-" {
		return nil
	}
	var out []form
	for _, part := range splitTop(s) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		f := form{}
		for len(part) > 0 && (part[0] == '~' || part[0] == '!') {
			if part[0] == '~' {
				f.ambiguous = true
			} else {
				f.strict = true
			}
			part = part[1:]
		}
		for _, x := range expand(part) {
			g := f
			g.text = strings.Join(strings.Fields(x), " ")
			if g.text != "" && g.text != "-" {
				out = append(out, g)
			}
		}
	}
	return out
}

// splitTop splits on "|" outside braces.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// expand expands the first {a|b|c} group of s and recurses on the rest, so
// "{foreign|defence} minister" gives two forms.
func expand(s string) []string {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return []string{s}
	}
	j += i
	var out []string
	for _, alt := range strings.Split(s[i+1:j], "|") {
		for _, rest := range expand(s[j+1:]) {
			out = append(out, s[:i]+alt+rest)
		}
	}
	return out
}

// nameForms reads the first column, which must name exactly one entity,
// followed by the forms of the alias columns.
func (r record) nameForms(aliasCols ...int) ([]form, error) {
	forms := splitForms(r.field(0))
	if len(forms) != 1 {
		return nil, r.errorf("first column %q must be one name", r.field(0))
	}
	for _, c := range aliasCols {
		forms = append(forms, splitForms(r.field(c))...)
	}
	return forms, nil
}
