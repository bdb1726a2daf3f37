# Axisor Gateway — the two commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

SWIFT ?= swift
VENV := .build/venv
PYTHON := $(VENV)/bin/python
# The reference implementation the conformance suites compare against.
GRAPHQL_CORE_VERSION := 3.3.2
# Checks the generated OpenAPI documents.
OPENAPI_VALIDATOR_VERSION := 0.9.0
# Decodes the fake Lightning node's invoices independently (it needs bitstring before 4.2).
BOLT11_VERSION := 2.1.1
FUZZ_SECONDS ?= 60

.PHONY: help run build build-deps test test-deps graphql-core conformance fuzz bench clean

help:
	@echo "make run    build and start Axisor Gateway"
	@echo "make test   install what the tests need, then run every test"
	@echo "make fuzz   fuzz the GraphQL parser for FUZZ_SECONDS (default $(FUZZ_SECONDS))"
	@echo "make bench  release-build benchmarks"

run: build
	.build/debug/axisor serve --config Sources/Gateway/Configuration/axisor.yaml

# The C libraries the build links: libsecp256k1 (with its recovery module) signs BOLT11 invoices;
# libsqlite3 is the embedded database.
BUILD_PACKAGES := libsecp256k1-dev libsqlite3-dev
# What the tests need beyond the build: PostgreSQL for the storage suite, Python for the references,
# openssl for the certificate of the stub LND.
TEST_PACKAGES := postgresql python3-venv openssl

build: build-deps
	$(SWIFT) build --product axisor

build-deps:
	@scripts/install-debian-packages.sh $(BUILD_PACKAGES)

## Tests ---------------------------------------------------------------------------------------

# The storage suite runs on SQLite and on a throw-away PostgreSQL cluster (scripts/with-postgres.sh).
test: test-deps
	$(SWIFT) build --build-tests
	scripts/with-postgres.sh $(SWIFT) test --skip-build
	$(MAKE) conformance
	$(PYTHON) -m unittest discover --start-directory Benchmarks --pattern 'test_*.py'

# Debian packages (PostgreSQL, Python) and the Python references; each step is skipped when already done.
test-deps: build-deps graphql-core
	@scripts/install-debian-packages.sh $(TEST_PACKAGES)
	@test -x $(VENV)/bin/openapi-spec-validator \
		|| $(PYTHON) -m pip install --quiet "openapi-spec-validator==$(OPENAPI_VALIDATOR_VERSION)"
	@$(PYTHON) -c "import bolt11" 2>/dev/null \
		|| $(PYTHON) -m pip install --quiet "bolt11==$(BOLT11_VERSION)" "bitstring<4.2"

# The venv with graphql-core, the reference the conformance suites and the benchmarks compare with.
graphql-core:
	@scripts/install-debian-packages.sh python3-venv
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	@$(PYTHON) -c "import graphql, sys; sys.exit(graphql.__version__ != '$(GRAPHQL_CORE_VERSION)')" 2>/dev/null \
		|| $(PYTHON) -m pip install --quiet "graphql-core==$(GRAPHQL_CORE_VERSION)"

# Our parser and validation against graphql-core on the corpora in Tests/Conformance.
conformance: build
	$(PYTHON) Tests/Conformance/parser_conformance.py --axisor .build/debug/axisor Tests/Conformance/parser
	$(PYTHON) Tests/Conformance/validation_conformance.py --axisor .build/debug/axisor Tests/Conformance/validation
	$(PYTHON) Tests/Conformance/introspection_conformance.py --axisor .build/debug/axisor \
		--schema Tests/Conformance/validation/schema Tests/Conformance/introspection
	mkdir -p .build/openapi
	.build/debug/axisor openapi > .build/openapi/axisor.json
	.build/debug/axisor openapi --schema Tests/Conformance/openapi/schema \
		--routes Tests/Conformance/openapi/routes.yaml > .build/openapi/fixture.json
	$(VENV)/bin/openapi-spec-validator .build/openapi/axisor.json .build/openapi/fixture.json
	$(PYTHON) Tests/Conformance/bolt11_conformance.py --axisor .build/debug/axisor

## Fuzzing and benchmarks ----------------------------------------------------------------------

# `--sanitize=fuzzer` makes SwiftPM link libFuzzer's main; the sanitizers themselves go in one
# flag, because SwiftPM passes `--sanitize=fuzzer --sanitize=address` to the compiler in a
# random order and the last one wins, which silently drops the coverage instrumentation half
# the time. The check after the build refuses to fuzz without it.
fuzz:
	$(SWIFT) build --product GraphQLParserFuzzer --scratch-path .build-fuzz \
		--sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
	.build-fuzz/debug/GraphQLParserFuzzer -runs=0 2>&1 | grep -q "inline 8-bit counters" \
		|| { echo "the fuzzer build has no coverage instrumentation"; exit 1; }
	mkdir -p fuzz-artifacts
	python3 Tests/Conformance/parser_conformance.py --write-seeds .build-fuzz/corpus Tests/Conformance/parser
	.build-fuzz/debug/GraphQLParserFuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
		-artifact_prefix=fuzz-artifacts/ .build-fuzz/corpus

# Where each half of `make bench` writes its figures (afresh each run).
BENCH_RESULTS := Benchmarks/.build/results

# The engine beside GraphQLSwift, graphql-core and the hand-written limit; then the gateway over
# HTTP with wrk beside its hand-written limits (release builds); last, one table holding every
# figure of the run to the issue's targets.
bench: build-deps graphql-core
	@scripts/install-debian-packages.sh wrk
	rm -rf $(BENCH_RESULTS) && mkdir -p $(BENCH_RESULTS)
	cd Benchmarks && AXISOR_BENCH_PYTHON=$(CURDIR)/$(PYTHON) AXISOR_BENCH_RESULTS=$(CURDIR)/$(BENCH_RESULTS)/engine.json \
		$(SWIFT) run -c release axisor-bench
	$(SWIFT) build -c release --product axisor
	cd Benchmarks && $(SWIFT) build -c release --product axisor-http-limit && $(SWIFT) build -c release --product axisor-http-inprocess
	$(PYTHON) Benchmarks/http_bench.py --axisor .build/release/axisor --limit Benchmarks/.build/release/axisor-http-limit \
		--results $(BENCH_RESULTS)/http.json
	taskset -c 1 Benchmarks/.build/release/axisor-http-inprocess
	$(PYTHON) Benchmarks/summary.py $(BENCH_RESULTS)/engine.json $(BENCH_RESULTS)/http.json

clean:
	rm -rf .build .build-fuzz Benchmarks/.build
