package schema

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/kinds"
	"github.com/graphql-go/graphql/language/visitor"
)

// limitRules are the validation rules for depth, cost and field count,
// bound to the request's variables so that `first: $n` is costed at its
// real value. They run before the standard rules and before execution.
func (s *Schema) limitRules(vars map[string]any) []graphql.ValidationRuleFn {
	return []graphql.ValidationRuleFn{noFragmentCycles, func(ctx *graphql.ValidationContext) *graphql.ValidationRuleInstance {
		// One count of fields for the whole document: several operations
		// share the budget.
		fields := 0
		return &graphql.ValidationRuleInstance{VisitorOpts: &visitor.VisitorOptions{
			KindFuncMap: map[string]visitor.NamedVisitFuncs{
				kinds.Document: {Kind: func(p visitor.VisitFuncParams) (string, any) {
					doc, ok := p.Node.(*ast.Document)
					if ok && len(doc.Definitions) > maxDefinitions {
						// Some standard rules grow with the cube of the number
						// of operations (1,000 take seconds).
						err := newError(CodeTooComplex, "schema: document has %d operations and fragments; the limit is %d", len(doc.Definitions), maxDefinitions)
						ctx.ReportError(gqlerrors.NewError(err.Error(), nil, "", nil, []int{}, err))
						return visitor.ActionBreak, nil
					}
					return visitor.ActionNoChange, nil
				}},
				kinds.OperationDefinition: {Kind: func(p visitor.VisitFuncParams) (string, any) {
					op, ok := p.Node.(*ast.OperationDefinition)
					if !ok {
						return visitor.ActionSkip, nil
					}
					if len(op.VariableDefinitions) > maxVariables {
						err := newError(CodeTooComplex, "schema: operation declares %d variables; the limit is %d", len(op.VariableDefinitions), maxVariables)
						ctx.ReportError(gqlerrors.NewError(err.Error(), []ast.Node{op}, "", nil, []int{}, err))
						return visitor.ActionSkip, nil
					}
					m := &measure{s: s, ctx: ctx, vars: vars, active: map[string]bool{}, fields: fields}
					m.walk(op.SelectionSet, 1, 1)
					fields = m.fields
					if err := m.verdict(); err != nil {
						ctx.ReportError(gqlerrors.NewError(err.Error(), []ast.Node{op}, "", nil, []int{}, err))
					}
					return visitor.ActionSkip, nil
				}},
			},
		}}
	}}
}

// Bounds on the shape of a document, beyond the configurable limits: no
// real query comes near them, and graphql-go's validation slows down badly
// past them.
const (
	maxDefinitions = 100
	maxVariables   = 100
	maxArguments   = 20
	maxDirectives  = 10
)

// measure walks one operation, fragments expanded, and stops early once a
// limit is passed, so hostile documents (fragment fan-out, thousands of
// aliases) cost at most the limits to measure.
type measure struct {
	s      *Schema
	ctx    *graphql.ValidationContext
	vars   map[string]any
	active map[string]bool // fragments being expanded (cycles are skipped)
	depth  int
	cost   int
	fields int
	shape  string // what is wrong with the document's shape, if anything
	over   bool
}

func (m *measure) verdict() error {
	cfg := m.s.cfg
	switch {
	case m.shape != "":
		return newError(CodeTooComplex, "schema: %s", m.shape)
	case m.depth > cfg.MaxDepth:
		return newError(CodeTooDeep, "schema: query is %d levels deep; the limit is %d", m.depth, cfg.MaxDepth)
	case m.fields > cfg.MaxFields:
		return newError(CodeTooComplex, "schema: query selects more than %d fields (aliases and fragments counted)", cfg.MaxFields)
	case m.cost > cfg.MaxCost:
		return newError(CodeTooComplex, "schema: query could return about %s values; the limit is %d (lower first/limit/k/depth arguments)", costString(m.cost), cfg.MaxCost)
	}
	return nil
}

func costString(c int) string {
	if c >= 1<<40 {
		return "more than " + strconv.Itoa(1<<40)
	}
	return strconv.Itoa(c)
}

func (m *measure) walk(set *ast.SelectionSet, depth, mult int) {
	if set == nil || m.over {
		return
	}
	for _, sel := range set.Selections {
		if m.over {
			return
		}
		switch sel := sel.(type) {
		case *ast.Field:
			name := sel.Name.Value
			if strings.HasPrefix(name, "__") {
				continue // introspection is bounded by the schema itself
			}
			m.fields++
			m.cost = satAdd(m.cost, mult)
			if len(sel.Arguments) > maxArguments || len(sel.Directives) > maxDirectives {
				m.shape = fmt.Sprintf("field %s has %d arguments and %d directives; the limits are %d and %d", name, len(sel.Arguments), len(sel.Directives), maxArguments, maxDirectives)
				m.over = true
				return
			}
			if depth > m.depth {
				m.depth = depth
			}
			if m.depth > m.s.cfg.MaxDepth || m.fields > m.s.cfg.MaxFields || m.cost > m.s.cfg.MaxCost {
				m.over = true
				return
			}
			m.walk(sel.SelectionSet, depth+1, satMul(mult, m.listSize(sel)))
		case *ast.InlineFragment:
			m.walk(sel.SelectionSet, depth, mult)
		case *ast.FragmentSpread:
			name := sel.Name.Value
			frag := m.ctx.Fragment(name)
			if frag == nil || m.active[name] {
				continue // unknown or cyclic: the standard rules report it
			}
			m.active[name] = true
			m.walk(frag.SelectionSet, depth, mult)
			delete(m.active, name)
		}
	}
}

// listSize is how many items a field may return, from its size arguments.
func (m *measure) listSize(f *ast.Field) int {
	cfg := m.s.cfg
	switch f.Name.Value {
	case "actors", "relations", "articles", "evidence", "neighbors", "edges", "nodes":
		// Connections: the page size is given on the field, the "edges"
		// and "nodes" below it are the same items, counted once.
		if f.Name.Value == "edges" || f.Name.Value == "nodes" {
			return 1
		}
		return m.intArg(f, "first", cfg.DefaultPageSize)
	case "subgraph":
		return m.intArg(f, "limit", defaultSubgraphLimit)
	case "path":
		return satMul(m.intArg(f, "k", defaultPathK), m.intArg(f, "maxHops", defaultMaxHops)+1)
	case "roles", "aliases", "steps", "predicates":
		return smallList
	}
	return 1
}

// smallList is the size assumed for lists without a size argument that stay
// short in practice (an actor's roles, a path's steps).
const smallList = 10

func (m *measure) intArg(f *ast.Field, name string, def int) int {
	for _, a := range f.Arguments {
		if a.Name == nil || a.Name.Value != name {
			continue
		}
		switch v := a.Value.(type) {
		case *ast.IntValue:
			n, err := strconv.Atoi(v.Value)
			switch {
			case err != nil:
				return 1 << 30 // too large for an int: costed as huge
			case n < 0:
				return def // the resolver rejects it with a clear message
			}
			return n
		case *ast.Variable:
			if v.Name == nil {
				return def
			}
			switch x := m.vars[v.Name.Value].(type) {
			case float64:
				if x >= 0 && x < 1<<30 {
					return int(x)
				}
				return 1 << 30
			case int:
				return max(x, 0)
			case int64:
				return int(min(max(x, 0), 1<<30))
			case nil:
				return def
			}
		}
		return def
	}
	return def
}

func satAdd(a, b int) int {
	if a > 1<<50-b {
		return 1 << 50
	}
	return a + b
}

func satMul(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > (1<<50)/b {
		return 1 << 50
	}
	return a * b
}

// noFragmentCycles rejects fragments that spread themselves, used or not.
// The standard rules report them too, but graphql-go's
// OverlappingFieldsCanBeMergedRule recurses through such a cycle until the
// stack overflows, which kills the process: it must never see one.
func noFragmentCycles(ctx *graphql.ValidationContext) *graphql.ValidationRuleInstance {
	return &graphql.ValidationRuleInstance{VisitorOpts: &visitor.VisitorOptions{
		KindFuncMap: map[string]visitor.NamedVisitFuncs{
			kinds.Document: {Kind: func(p visitor.VisitFuncParams) (string, any) {
				doc, ok := p.Node.(*ast.Document)
				if !ok {
					return visitor.ActionSkip, nil
				}
				frags := map[string]*ast.FragmentDefinition{}
				for _, d := range doc.Definitions {
					if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
						frags[f.Name.Value] = f
					}
				}
				const (
					visiting = 1
					done     = 2
				)
				state := map[string]int{}
				var cyclic string
				var visit func(name string) bool
				var spreads func(set *ast.SelectionSet) bool
				spreads = func(set *ast.SelectionSet) bool {
					if set == nil {
						return false
					}
					for _, sel := range set.Selections {
						switch sel := sel.(type) {
						case *ast.Field:
							if spreads(sel.SelectionSet) {
								return true
							}
						case *ast.InlineFragment:
							if spreads(sel.SelectionSet) {
								return true
							}
						case *ast.FragmentSpread:
							if sel.Name != nil && visit(sel.Name.Value) {
								return true
							}
						}
					}
					return false
				}
				visit = func(name string) bool {
					f := frags[name]
					switch {
					case f == nil || state[name] == done:
						return false
					case state[name] == visiting:
						cyclic = name
						return true
					}
					state[name] = visiting
					if spreads(f.SelectionSet) {
						return true
					}
					state[name] = done
					return false
				}
				for name, f := range frags {
					if visit(name) {
						err := newError(CodeValidationFailed, "schema: fragment %q spreads itself (directly or through other fragments)", cyclic)
						ctx.ReportError(gqlerrors.NewError(err.Error(), []ast.Node{f}, "", nil, []int{}, err))
						break
					}
				}
				return visitor.ActionBreak, nil
			}},
		},
	}}
}
