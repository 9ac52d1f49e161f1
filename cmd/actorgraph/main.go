package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// commands maps a subcommand name to the method that runs it. Each method
// parses its own flags from args.
var commands = map[string]func(*state, []string) error{
	"load":    (*state).load,
	"extract": (*state).extract,
	"eval":    (*state).eval,
	"serve":   (*state).serve,
	"query":   (*state).query,
	"export":  (*state).export,
	"stats":   (*state).stats,
}

// summaries is the one-line description of each command for the top-level
// help, in the order a new user needs them.
var summaries = []struct{ name, text string }{
	{"load", "extract actors and relations from articles and load them into the store"},
	{"serve", "serve the store over GraphQL (POST/GET /graphql) with a page at /"},
	{"query", "run one GraphQL query against the store and print the JSON result"},
	{"export", "write the subgraph around seed actors as json, graphml, dot or nquads"},
	{"stats", "print how many articles, entities and triples the store holds"},
	{"extract", "print the triples (or entities) found in articles as JSON lines; no store"},
	{"eval", "score extraction against gold files (precision, recall, F1)"},
}

const topUsage = `actorgraph turns news articles into a graph of actors (people,
organizations, countries, places, events, documents) and the relations
between them, stored in Cayley and served over GraphQL.

Usage:

	actorgraph [--log-level LEVEL] COMMAND [ARGS]

Commands:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// state is what every subcommand runs with: streams, environment and the
// logger. Nothing here is global so run can be called more than once.
type state struct {
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	logLevel       slog.LevelVar
	log            *slog.Logger
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// errReported marks a failure already described on stderr: exit status 1
// with nothing more printed.
var errReported = errors.New("failed")

// run is main without the process: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	s := &state{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	s.log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: &s.logLevel}))
	if err := s.setLogLevel(getenv("ACTORGRAPH_LOG_LEVEL")); err != nil {
		fmt.Fprintf(stderr, "actorgraph: ACTORGRAPH_LOG_LEVEL: %v\n", err)
		return 2
	}

	// Global flags come before the command name.
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		a := strings.TrimLeft(args[0], "-")
		switch {
		case a == "h" || a == "help":
			s.printTopUsage(stdout)
			return 0
		case a == "log-level" && len(args) == 1:
			fmt.Fprintf(stderr, "actorgraph: %s needs a value: debug, info, warn or error\n", args[0])
			return 2
		case a == "log-level":
			if err := s.setLogLevel(args[1]); err != nil {
				fmt.Fprintf(stderr, "actorgraph: --log-level: %v\n", err)
				return 2
			}
			args = args[2:]
		case strings.HasPrefix(a, "log-level="):
			if err := s.setLogLevel(strings.TrimPrefix(a, "log-level=")); err != nil {
				fmt.Fprintf(stderr, "actorgraph: --log-level: %v\n", err)
				return 2
			}
			args = args[1:]
		default:
			fmt.Fprintf(stderr, "actorgraph: unknown flag %s\n\n", args[0])
			s.printTopUsage(stderr)
			return 2
		}
	}
	if len(args) == 0 {
		s.printTopUsage(stderr)
		return 2
	}
	name, args := args[0], args[1:]
	if name == "help" {
		if len(args) == 0 {
			s.printTopUsage(stdout)
			return 0
		}
		name, args = args[0], []string{"--help"}
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "actorgraph: unknown command %q\n\n", name)
		s.printTopUsage(stderr)
		return 2
	}
	err := cmd(s, args)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "actorgraph %s: %v\nRun 'actorgraph help %s' for usage.\n", name, ue.msg, name)
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintf(stderr, "actorgraph %s: %v\n", name, err)
		return 1
	}
}

func (s *state) printTopUsage(w io.Writer) {
	fmt.Fprint(w, topUsage)
	for _, c := range summaries {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.text)
	}
	fmt.Fprint(w, `
Run 'actorgraph help COMMAND' (or 'actorgraph COMMAND --help') for a
command's flags. Every flag can also be set by an environment variable
named ACTORGRAPH_ and the flag in upper case, dashes as underscores
(ACTORGRAPH_STORE, ACTORGRAPH_ADDR, ACTORGRAPH_LOG_LEVEL, ...).
`)
	if len(summaries) != len(commands) {
		names := make([]string, 0, len(commands))
		for n := range commands {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(w, "\nAll commands: %s\n", strings.Join(names, ", "))
	}
}

func (s *state) setLogLevel(v string) error {
	if v == "" {
		return nil
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(v)); err != nil {
		return fmt.Errorf("want debug, info, warn or error: %w", err)
	}
	s.logLevel.Set(l)
	return nil
}
