# RelGraph's entry points. `make` sets up, builds and renders the example;
# `make test` runs the whole test suite. Both install libgraphviz-dev first if
# it is missing.

SWIFT ?= swift
RELGRAPH = .build/release/relgraph

.PHONY: all bootstrap example build test bench bench-extract bench-diff bench-store eval demo report report-screenshots clean

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

# Release-mode diff and merge benchmark: diff of two 10,000-stance graphs, and
# the peak memory of one `relgraph merge` over 10,000 article graphs of one story
# at 10%, 50% and 100% of the stream (which is why relgraph is built first).
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

# Pictures of the Syria articles of the development corpus (needs ../shared):
# a diff and the side by side of 001 -> 002, the merge of 000, 001, 002 and 005,
# and the Turkey-Russia timeline. The development articles' text must not enter
# the repository, so the pictures carry no evidence (--no-evidence, merge
# --evidence 0) and the demo checks that no six words of an article are in them. PNGs of the
# diff pictures and the timeline need rsvg-convert (only here, never in tests).
DEV = ../shared/eval/dev/articles
SYRIA = $(DEV)/000-seed.txt $(wildcard $(DEV)/001-*.txt) $(wildcard $(DEV)/002-*.txt) $(wildcard $(DEV)/005-*.txt)
demo: build
	@if [ ! -d $(DEV) ]; then echo "demo: skipped, $(DEV) is not here (the development corpus lives in ../shared)"; exit 0; fi; \
	set -e; mkdir -p output; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	a=$$(ls $(DEV)/001-*.txt); b=$$(ls $(DEV)/002-*.txt); \
	$(RELGRAPH) diff "$$a" "$$b" --no-evidence -o output/syria-diff.svg || [ $$? -eq 1 ]; \
	$(RELGRAPH) diff "$$a" "$$b" --no-evidence -o output/syria-diff.png || [ $$? -eq 1 ]; \
	$(RELGRAPH) diff "$$a" "$$b" --no-evidence --side-by-side -o "$$tmp/syria-side-by-side.svg" || [ $$? -eq 1 ]; \
	cp "$$tmp/syria-side-by-side.svg" output/syria-side-by-side.svg; \
	$(RELGRAPH) merge $(SYRIA) --evidence 0 -o "$$tmp/syria-merge.json"; \
	$(RELGRAPH) render "$$tmp/syria-merge.json" --title "Syria 2016: four articles merged" -o output/syria-merge.svg; \
	$(RELGRAPH) render "$$tmp/syria-merge.json" --title "Syria 2016: four articles merged" -o output/syria-merge.png; \
	$(RELGRAPH) timeline $(SYRIA) --pair Turkey,Russia -o output/syria-timeline-TUR-RUS.svg; \
	if command -v rsvg-convert >/dev/null; then \
	  rsvg-convert -z 1.5 output/syria-side-by-side.svg -o output/syria-side-by-side.png; \
	  rsvg-convert -z 2 output/syria-timeline-TUR-RUS.svg -o output/syria-timeline-TUR-RUS.png; \
	else echo "demo: rsvg-convert is missing, so no PNG of the side by side and the timeline"; fi; \
	python3 scripts/check-no-article-text.py $(SYRIA) -- output/syria-*.svg; \
	echo "demo: output/syria-diff, -side-by-side, -merge, -timeline-TUR-RUS (.svg, .png); no article text in them"

# The example report: the invented three-article story in examples/story
# (clustered, so its changes are shown) and the seed article, as one HTML file
# and as Markdown with its pictures beside it.
report: build
	@mkdir -p output
	$(RELGRAPH) report examples/story examples/seed-article.txt --title "Example report: the Nile dam story and the seed article" -o output/report.html
	$(RELGRAPH) report examples/story examples/seed-article.txt --title "Example report: the Nile dam story and the seed article" -o output/report.md
	@echo "wrote output/report.html and output/report.md (pictures in output/report-files/)"

# Screenshots of the example report in headless Chromium (installs Debian's
# chromium if missing): light, dark and the first printed pages.
report-screenshots: report
	bash scripts/screenshot-report.sh output/report.html output/report

clean:
	rm -rf .build
