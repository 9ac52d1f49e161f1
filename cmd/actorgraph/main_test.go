package main

// The tests build the real binary once and run it on the sample articles
// in testdata/, against real Bolt stores in temporary directories.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	binPath  string // the built actorgraph
	articles = filepath.Join("..", "..", "testdata", "articles")
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "actorgraph-cmd-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binPath = filepath.Join(dir, "actorgraph")
	build := exec.Command("go", "build", "-o", binPath, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build actorgraph:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	if demo.dir != "" {
		os.RemoveAll(demo.dir)
	}
	os.Exit(code)
}

// result is what one run of the binary printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, clip(r.stdout), clip(r.stderr))
}

func clip(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "\n...[clipped]"
	}
	return s
}

// agRun runs the binary with args and a clean ACTORGRAPH_ environment.
func agRun(t *testing.T, args ...string) result {
	t.Helper()
	return agRunEnv(t, nil, "", args...)
}

func agRunEnv(t *testing.T, env []string, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Env = append(cleanEnv(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run actorgraph %v: %v", args, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("actorgraph %v timed out\n%v", args, r)
	}
	return r
}

// cleanEnv is the test process's environment without ACTORGRAPH_
// variables, so a developer's settings do not leak into the tests.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ACTORGRAPH_") {
			env = append(env, kv)
		}
	}
	return env
}

// demo is one Bolt store with testdata/articles loaded, shared by the
// read-only tests (query, export, stats).
var demo struct {
	once sync.Once
	dir  string
	url  string
	load result
}

func demoStore(t *testing.T) string {
	t.Helper()
	demo.once.Do(func() {
		dir, err := os.MkdirTemp("", "actorgraph-demo")
		if err != nil {
			t.Fatal(err)
		}
		demo.dir = dir
		demo.url = "bolt:" + filepath.Join(dir, "demo.db")
		demo.load = agRun(t, "load", "--store", demo.url, articles)
	})
	if demo.load.code != 0 {
		t.Fatalf("loading testdata/articles failed:\n%v", demo.load)
	}
	return demo.url
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		r := agRun(t, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "Commands:") {
			t.Errorf("actorgraph %v:\n%v", args, r)
		}
	}
	for name := range commands {
		t.Run(name, func(t *testing.T) {
			for _, args := range [][]string{{name, "--help"}, {name, "-h"}, {"help", name}} {
				r := agRun(t, args...)
				if r.code != 0 || !strings.Contains(r.stdout, "Usage: actorgraph "+name) || !strings.Contains(r.stdout, "Flags:") {
					t.Errorf("actorgraph %v:\n%v", args, r)
				}
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no command", nil, "Commands:"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"unknown global flag", []string{"--verbose", "stats"}, "unknown flag"},
		{"unknown flag", []string{"stats", "--nope"}, "flag provided but not defined"},
		{"bad int", []string{"export", "--seed", "X", "--depth", "two"}, "invalid value"},
		{"load without paths", []string{"load"}, "no PATH given"},
		{"export without seed", []string{"export"}, "no --seed"},
		{"export bad format", []string{"export", "--seed", "X", "--format", "pdf"}, "unknown --format"},
		{"query without text", []string{"query"}, "want one QUERY"},
		{"bad log level", []string{"--log-level", "loud", "stats"}, "--log-level"},
		{"log level without value", []string{"--log-level"}, "needs a value"},
		{"bad env value", []string{"eval", "x"}, "ACTORGRAPH_MIN_TRIPLE_F1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var env []string
			if tc.name == "bad env value" {
				env = []string{"ACTORGRAPH_MIN_TRIPLE_F1=high"}
			}
			r := agRunEnv(t, env, "", tc.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("want exit 2 and %q on stderr, got\n%v", tc.want, r)
			}
		})
	}
}
