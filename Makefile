# RelGraph's entry points. `make` sets up, builds and renders the example;
# `make test` runs the whole test suite. Both install libgraphviz-dev first if
# it is missing.

SWIFT ?= swift
RELGRAPH = .build/release/relgraph

.PHONY: all bootstrap example build test bench clean

all: example

bootstrap:
	@bash scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build -c release --product relgraph

# Renders the hand-drawn seed graph, and its exports, into output/.
example: build
	@mkdir -p output
	$(RELGRAPH) render examples/seed.rg -o output/seed.svg
	$(RELGRAPH) render examples/seed.rg -o output/seed.png
	$(RELGRAPH) convert examples/seed.rg -o output/seed.json
	@echo "rendered output/seed.svg, output/seed.png, output/seed.json"

test: bootstrap
	$(SWIFT) test

# Release-mode benchmark: wrapper vs direct libgvc, 100- and 1,000-actor graphs.
bench: bootstrap
	$(SWIFT) run -c release relgraph-bench

clean:
	rm -rf .build
