# actorgraph: `make demo` loads the sample articles and serves them;
# `make test` runs everything CI runs.

GO      ?= go
BIN     := bin/actorgraph
STORE   ?= bolt:actorgraph.db
ADDR    ?= 127.0.0.1:8080
# Evaluation sets beside the repository, when present.
EVALSETS := $(wildcard ../shared/corpus/dev ../shared/corpus/gum)

.PHONY: all build demo test vet test-go test-node bench bench-cli eval fmt clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/actorgraph

# Loads testdata/articles into ./actorgraph.db (again: nothing changes) and
# serves http://127.0.0.1:8080/ (the page) and /graphql until Ctrl-C.
demo: build
	./$(BIN) load --store $(STORE) testdata/articles
	./$(BIN) serve --store $(STORE) --addr $(ADDR)

test: vet test-go test-node

vet:
	$(GO) vet ./...

test-go:
	$(GO) test -count=1 -timeout 10m ./...

# The Node GraphQL client test (clients/node) against a real server on a
# free port over the sample articles; skipped when clients/node is absent.
test-node: build
	BIN=$(BIN) bash .ci/test-node

# Go benchmarks of loader, graph and schema (bench/run.sh for knobs).
bench:
	bash bench/run.sh

# The command line timed end to end on the sample articles copied 20 times.
bench-cli:
	bash bench/load.sh

eval: build
	@if [ -z "$(EVALSETS)" ]; then echo "eval: ../shared/corpus/{dev,gum} not found"; exit 0; fi
	./$(BIN) eval $(EVALSETS)

fmt:
	gofmt -l -w .

clean:
	rm -rf bin
