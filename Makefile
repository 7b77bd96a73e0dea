# QuoteClaim: two commands for a new user.
#   make run   installs what is missing, builds (release), extracts from seeds/
#   make test  runs every test: rule examples, unit, end-to-end and golden tests
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/release/quoteclaim
SHARED_EVAL ?= ../shared/eval

.PHONY: run test deps build build-debug rules-check rules-test score bench fuzz asan clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product quoteclaim

build-debug: deps
	$(SWIFT) build --product quoteclaim

run: build
	@mkdir -p out
	@$(BIN) extract seeds/ --output out/seeds.jsonl; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi; echo "records in out/seeds.jsonl"

rules-check: build-debug
	.build/debug/quoteclaim rules check

rules-test: build-debug
	.build/debug/quoteclaim rules test

test: deps
	$(SWIFT) build --build-tests
	.build/debug/quoteclaim rules check
	.build/debug/quoteclaim rules test
	.build/debug/quoteclaim-fuzz fuzz/regressions
	$(SWIFT) test --skip-build

# libFuzzer over the extraction of one document, for FUZZ_SECONDS (default 10 minutes).
# Crashes land in fuzz/crashes/; copy each into fuzz/regressions/ once fixed.
FUZZ_SECONDS ?= 600
fuzz: deps
	QUOTECLAIM_FUZZ=1 $(SWIFT) build -c release --product quoteclaim-fuzz --scratch-path .build-fuzz
	@mkdir -p fuzz/corpus fuzz/crashes
	@cp -n seeds/*.txt fuzz/regressions/* fuzz/corpus/ 2>/dev/null || true
	.build-fuzz/release/quoteclaim-fuzz fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=20 -artifact_prefix=fuzz/crashes/

# The whole test suite once under AddressSanitizer (separate build folder).
asan: deps
	$(SWIFT) build --build-tests -Xswiftc -sanitize=address --scratch-path .build-asan
	# The end-to-end tests run the quoteclaim built next to the test bundle: here, with the sanitizer too.
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp $(SWIFT) test --skip-build -Xswiftc -sanitize=address --scratch-path .build-asan

# Speed and memory: MB/s, documents/s, peak RSS (medians of BENCH_RUNS runs).
bench: build
	python3 bench/bench.py

# Scores against the hand-checked gold files, when ../shared/eval is present.
score: build
	@$(BIN) extract seeds/ --quiet > out/seeds.jsonl || true
	python3 $(SHARED_EVAL)/score.py $(SHARED_EVAL)/seeds-gold.jsonl out/seeds.jsonl
	@cd $(SHARED_EVAL)/polnear-dev && $(CURDIR)/$(BIN) extract docs --quiet > $(CURDIR)/out/polnear-dev.jsonl || true
	python3 $(SHARED_EVAL)/score.py $(SHARED_EVAL)/polnear-dev/gold.jsonl out/polnear-dev.jsonl

clean:
	rm -rf .build out
