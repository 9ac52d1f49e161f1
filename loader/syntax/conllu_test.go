package syntax

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadCoNLLU(t *testing.T) {
	t.Parallel()
	const good = "# sent_id = s1\n# text = Sumy's mayor spoke.\n" +
		"1-2\tSumy's\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"1\tSumy\tSumy\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n" +
		"2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n" +
		"3\tmayor\tmayor\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n" +
		"3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
		"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n" +
		"1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
	tests := []struct {
		name    string
		in      string
		want    int // sentences
		wantErr bool
	}{
		{"two sentences, multiword and empty nodes skipped", good, 2, false},
		{"empty input", "", 0, false},
		{"only comments", "# a\n# b\n\n", 0, false},
		{"crlf line ends", strings.ReplaceAll(good, "\n", "\r\n"), 2, false},
		{"too few columns", "1\tx\t_\n", 0, true},
		{"id out of order", "2\tx\tx\tX\tX\t_\t0\troot\t_\t_\n", 0, true},
		{"head not a number", "1\tx\tx\tX\tX\t_\tq\troot\t_\t_\n", 0, true},
		{"head out of range", "1\tx\tx\tX\tX\t_\t5\troot\t_\t_\n", 0, true},
		{"own head", "1\tx\tx\tX\tX\t_\t1\troot\t_\t_\n", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCoNLLU(strings.NewReader(tt.in))
			if tt.wantErr {
				if !errors.Is(err, ErrCoNLLU) {
					t.Fatalf("err = %v, want ErrCoNLLU", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.want {
				t.Fatalf("got %d sentences, want %d", len(got), tt.want)
			}
		})
	}
	got, _ := ReadCoNLLU(strings.NewReader(good))
	s := got[0]
	if s.ID != "s1" || s.Text != "Sumy's mayor spoke." || strings.Join(s.Words, " ") != "Sumy 's mayor spoke ." ||
		s.Heads[2] != 4 || s.Labels[0] != "nmod:poss" || s.Tags[3] != "VBD" {
		t.Errorf("first sentence read wrong: %+v", s)
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add("1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n")
	f.Add("# text = a\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n")
	b, err := os.ReadFile(filepath.Join("testdata", "GUM_interview_cyclone.conllu"))
	if err == nil {
		f.Add(string(b[:2000]))
	}
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, ErrCoNLLU) {
				t.Fatalf("error does not wrap ErrCoNLLU: %v", err)
			}
			return
		}
		for _, s := range sents {
			n := s.Len()
			if n == 0 || len(s.Tags) != n || len(s.Heads) != n || len(s.Labels) != n {
				t.Fatalf("ragged sentence %+v", s)
			}
			for _, h := range s.Heads {
				if h < -1 || h > n {
					t.Fatalf("head %d outside sentence of %d", h, n)
				}
			}
		}
	})
}

// readTestdata reads the held-out documents shipped in testdata.
func readTestdata(t testing.TB) []Sentence {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.conllu"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	var all []Sentence
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sents, err := ReadCoNLLU(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, sents...)
	}
	return all
}
