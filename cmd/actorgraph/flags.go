package main

// This file holds the flag conventions every subcommand shares: its own
// flag.FlagSet with a usage line and help text, an environment variable
// for every flag (ACTORGRAPH_ + the flag name in upper case, dashes as
// underscores; the command line wins), and --help printed to stdout with
// exit status 0.

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errHelp: the user asked for help, which has been printed.
var errHelp = errors.New("help requested")

// defaultStore is the store URL when neither --store nor ACTORGRAPH_STORE
// says otherwise: an embedded Bolt file in the working directory.
const defaultStore = "bolt:actorgraph.db"

// command is one subcommand's flags and help.
type command struct {
	*flag.FlagSet
	s *state
	// synopsis is the usage line after "actorgraph ".
	synopsis string
	// doc explains the command; printed before the flags.
	doc string
	// args are the positional arguments, once parsed.
	args []string
}

func (s *state) newCommand(name, synopsis, doc string) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// Parse errors are returned and printed by run, help by parse: keep
	// the flag package quiet.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c := &command{FlagSet: fs, s: s, synopsis: synopsis, doc: doc}
	c.Func("log-level", "log `level`: debug, info, warn or error", s.setLogLevel)
	return c
}

// storeFlag adds --store.
func (c *command) storeFlag() *string {
	return c.String("store", defaultStore, "store `URL`: bolt:PATH (embedded file) or memory:")
}

// parse sets flags from the environment, then from args. It returns errHelp
// after printing the help, or a usageError.
func (c *command) parse(args []string) error {
	var envErr error
	c.VisitAll(func(f *flag.Flag) {
		name := envName(f.Name)
		if name == "" {
			return
		}
		f.Usage += " (env " + name + ")"
		v := c.s.getenv(name)
		if v == "" || envErr != nil {
			return
		}
		if lf, ok := f.Value.(*listFlag); ok {
			lf.setAll(v)
			return
		}
		if err := c.Set(f.Name, v); err != nil {
			envErr = usagef("%s=%q: %v", name, v, err)
		}
	})
	if envErr != nil {
		return envErr
	}
	// Flags may follow the positional arguments ("load DIR --store URL"):
	// parse, set the leading positionals aside, parse the rest again.
	c.args = nil
	for {
		err := c.Parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			c.printHelp(c.s.stdout)
			return errHelp
		case err != nil:
			return usageError{err.Error()}
		}
		rest := c.FlagSet.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			// The flag package stopped at "--": the rest is positional.
			c.args = append(c.args, rest...)
			return nil
		}
		i := 0
		for i < len(rest) && !isFlag(rest[i]) {
			i++
		}
		c.args = append(c.args, rest[:i]...)
		switch {
		case i == len(rest):
			return nil
		case rest[i] == "--":
			c.args = append(c.args, rest[i+1:]...)
			return nil
		}
		args = rest[i:]
	}
}

func isFlag(arg string) bool { return len(arg) > 1 && arg[0] == '-' }

// Args, NArg and Arg are the positional arguments, wherever they were
// among the flags.
func (c *command) Args() []string   { return c.args }
func (c *command) NArg() int        { return len(c.args) }
func (c *command) Arg(i int) string { return c.args[i] }

func (c *command) printHelp(w io.Writer) {
	fmt.Fprintf(w, "Usage: actorgraph %s\n\n%s\n", c.synopsis, strings.TrimSpace(c.doc))
	fmt.Fprintf(w, "\nFlags:\n")
	c.SetOutput(w)
	c.PrintDefaults()
	c.SetOutput(io.Discard)
}

// envName is the environment variable of a flag; single-letter flags are
// short forms of a longer one and have none.
func envName(flagName string) string {
	if len(flagName) < 2 {
		return ""
	}
	return "ACTORGRAPH_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// listFlag is a repeatable flag. From the environment it takes a
// comma-separated list; on the command line each use adds one value, and
// the first use replaces what the environment gave.
type listFlag struct {
	values  []string
	fromEnv bool
}

func (l *listFlag) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(l.values, ",")
}

func (l *listFlag) Set(v string) error {
	if l.fromEnv {
		l.values, l.fromEnv = nil, false
	}
	l.values = append(l.values, v)
	return nil
}

func (l *listFlag) setAll(v string) {
	l.values = nil
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			l.values = append(l.values, p)
		}
	}
	l.fromEnv = true
}

func (c *command) list(name, usage string) *listFlag {
	l := &listFlag{}
	c.Var(l, name, usage)
	return l
}
