# DPI Atlas — the two commands: `make run` and `make test`. Each installs what is missing first.

SWIFT        ?= swift
SYSTEM_DEPS  := pkg-config libpoppler-glib-dev libxml2-dev libsqlite3-dev sqlite3
BENCH_DEPS   := poppler-utils
BROWSER_DEPS := chromium fonts-wqy-zenhei
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN  := .build/release/dpiatlas
DB           ?= output/atlas.sqlite
N            ?= 5000
BENCH_N      ?= 2000
RSS_N        ?= 5000

.PHONY: run test build deps bench-deps lint format corpus bench bench-corpus bench-extract bench-query bench-serve browser-deps browser-test fixtures clean

## run: install, build (release), ingest corpus/ into output/atlas.sqlite, print a summary, write the reports
run: build
	@mkdir -p output
	$(RELEASE_BIN) ingest corpus --db $(DB) --quiet --summary-json output/summary.json --junit output/junit.xml
	$(RELEASE_BIN) report all --db $(DB) --out-dir output

## test: install, lint, build and pass every test, then the browser test
test: deps lint
	$(SWIFT) test
	$(MAKE) browser-test

## build: the release build of dpiatlas
build: deps
	$(SWIFT) build -c release --product dpiatlas

## deps: install the system libraries that are missing (apt-get, through sudo when not root)
deps:
	@command -v $(SWIFT) >/dev/null || { echo "error: the Swift toolchain ($(SWIFT)) is not on PATH" >&2; exit 1; }
	@$(call install_missing,$(SYSTEM_DEPS))

## bench-deps: what the benchmarks compare against (pdftotext, pdfinfo)
bench-deps:
	@$(call install_missing,$(BENCH_DEPS))

# Installs the Debian packages of $(1) that are not installed yet.
define install_missing
missing=""; \
for package in $(1); do \
	dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
done; \
if [ -n "$$missing" ]; then \
	echo "installing:$$missing"; \
	$(SUDO) apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
fi
endef

## browser-deps: install Chromium, and a Chinese font for its screenshots, when missing (apt-get, sudo when not root)
browser-deps:
	@$(call install_missing,$(BROWSER_DEPS))

## browser-test: dpiatlas serve on a database of corpus/, driven by headless Chromium; screenshots in output/browser/
browser-test: deps browser-deps
	$(SWIFT) build --product dpiatlas
	@mkdir -p output/browser
	.build/debug/dpiatlas ingest corpus --db output/browser/atlas.sqlite --quiet > /dev/null
	bash Tests/browser/browser-test.sh

## lint: swift format in strict lint mode, with the committed .swift-format
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

## format: rewrite the sources in the committed style
format:
	$(SWIFT) format format --in-place --recursive Sources Tests Package.swift

## corpus: rebuild corpus/ from corpus/src/ (needs LibreOffice; the built files are committed)
corpus:
	bash corpus/tools/install-deps.sh
	python3 corpus/tools/build.py

## bench-corpus: generate N varied documents under output/bench-corpus (make bench-corpus N=5000)
bench-corpus:
	python3 corpus/tools/bench_corpus.py --count $(N) --out output/bench-corpus

## bench: the whole pipeline on 2,000 generated files, 1 and 2 jobs, against pdftotext; re-ingest;
##        memory over 5,000 files (make bench BENCH_N=2000 RSS_N=5000; RSS_N=0 skips it)
bench: build bench-deps
	python3 bench/bench_ingest.py --count $(BENCH_N) --rss-count $(RSS_N)

## bench-extract: our extraction against pdftotext (PDF) and docx2txt (DOCX) on the same files, 1 and 2 jobs
bench-extract: build bench-deps
	bash bench/bench-extract.sh

## bench-query: search and similar latency on the bench corpus (in process, and the sqlite3 CLI as reference)
bench-query: build
	BENCH_N=$(BENCH_N) bash bench/bench-query.sh

## bench-serve: a short loopback load test of search (requests/s, p50/p95 latency) on output/atlas.sqlite
bench-serve: build
	@[ -f $(DB) ] || $(MAKE) run
	bash bench/bench-serve.sh

## fixtures: rebuild the extraction test fixtures (needs LibreOffice, qpdf, zip)
fixtures:
	bash Tests/AtlasExtractTests/Fixtures/make-fixtures.sh

clean:
	rm -rf .build output/*.sqlite output/*.sqlite-wal output/*.sqlite-shm
