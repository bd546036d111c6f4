# RelGraph's entry points. `make` sets up, builds and renders the example;
# `make test` runs the whole test suite. Both install libgraphviz-dev first if
# it is missing.

SWIFT ?= swift
RELGRAPH = .build/release/relgraph

.PHONY: all bootstrap example build test bench bench-extract bench-diff bench-store eval clean

all: example

bootstrap:
	@bash scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build -c release --product relgraph

# Extracts and renders the seed article, and renders the hand-drawn seed graph,
# into output/.
example: build
	@mkdir -p output
	$(RELGRAPH) render examples/seed-article.txt -o output/seed-article.svg
	$(RELGRAPH) render examples/seed-article.txt -o output/seed-article.png
	$(RELGRAPH) extract examples/seed-article.txt -o output/seed-article.json
	$(RELGRAPH) render examples/seed.rg -o output/seed.svg
	$(RELGRAPH) render examples/seed.rg -o output/seed.png
	$(RELGRAPH) convert examples/seed.rg -o output/seed.json
	@echo "rendered output/seed-article.svg (extracted) and output/seed.svg (hand-drawn), with PNG and JSON"

test: bootstrap
	$(SWIFT) test

# Release-mode benchmark: wrapper vs direct libgvc, 100- and 1,000-actor graphs.
bench: bootstrap
	$(SWIFT) run -c release relgraph-bench

# Release-mode extraction benchmark: MB/s on one core and on all cores, time
# linear in the input on single-line files, flat memory over a 200 MB stream
# through `relgraph extract --jsonl` (which is why relgraph is built first).
bench-extract: bootstrap
	$(SWIFT) build -c release --product relgraph
	$(SWIFT) run -c release relgraph-bench extract

# Release-mode diff and merge benchmark: diff of two 10,000-stance graphs, peak
# memory of `relgraph merge` over 1,000 and 10,000 article graphs (which is why
# relgraph is built first).
bench-diff: bootstrap
	$(SWIFT) build -c release --product relgraph
	$(SWIFT) run -c release relgraph-bench diff

# Release-mode corpus store benchmark: `relgraph ingest` of 10,000 synthetic
# articles (articles per second, database size, peak memory) beside the
# extraction-only rate of `relgraph extract --jsonl` on the same articles, and a
# second, idempotent ingest (which is why relgraph is built first).
bench-store: bootstrap
	$(SWIFT) build -c release --product relgraph
	$(SWIFT) run -c release relgraph-bench store

# Extraction scored against the development corpus (needs ../shared).
eval: build
	$(RELGRAPH) eval ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles

clean:
	rm -rf .build
