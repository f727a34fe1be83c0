# newswatch — the two commands a newcomer needs are `make run` and `make test`.
# Both install what is missing (librdkafka-dev, kcat, pkg-config) through apt-get first.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := librdkafka-dev kcat pkg-config

.PHONY: deps build run test test-asan bench eval lint compose-up compose-down

## deps: install librdkafka-dev, kcat and pkg-config with apt-get, and python3 jsonschema and pyyaml with pip, when missing.
deps:
	@if ! pkg-config --exists rdkafka 2>/dev/null || ! command -v kcat >/dev/null 2>&1; then \
		echo "installing $(APT_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi
	@# python3 jsonschema: the alert JSON-Schema tests run scripts/validate_alerts.py.
	@if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then \
		echo "installing python3 jsonschema with pip"; \
		python3 -m pip install -q jsonschema 2>/dev/null || \
		python3 -m pip install -q --break-system-packages jsonschema 2>/dev/null || \
		{ $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-jsonschema; }; \
	fi
	@# python3 pyyaml: the deployment drift check (scripts/check_deploy.py) parses Deploy/.
	@if ! python3 -c 'import yaml' >/dev/null 2>&1; then \
		echo "installing python3 pyyaml with pip"; \
		python3 -m pip install -q pyyaml 2>/dev/null || \
		python3 -m pip install -q --break-system-packages pyyaml 2>/dev/null || \
		{ $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-yaml; }; \
	fi

## build: debug build of everything.
build: deps
	$(SWIFT) build

## run: the demo — embedded broker, seed articles, worker, alerts printed.
run: deps
	$(SWIFT) run newswatch run

## test: every test, no network, no external broker. Serial (--no-parallel): the Kafka and worker
## tests each run embedded clusters and consumer groups whose heartbeats must not starve on 2 cores.
test: deps
	$(SWIFT) test --no-parallel
	python3 scripts/check_deploy.py

## test-asan: the tests under the address sanitizer (own build folder). The tests are all Swift
## Testing; XCTest's empty run is skipped because its runner leaks two objects that
## LeakSanitizer reports.
test-asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan --disable-xctest

## bench: release-build benchmarks (BENCHMARKS.md); prints the table and writes it to
## $(BENCH_OUTPUT). BENCH_ARGS passes flags, e.g. make bench BENCH_ARGS="--benchmarks kafka --runs 7"
## (all flags: swift run -c release newswatch bench --help).
BENCH_OUTPUT ?= .build/benchmarks.md
BENCH_ARGS ?=
bench: deps
	$(SWIFT) run -c release newswatch bench --output $(BENCH_OUTPUT) $(BENCH_ARGS)
	@echo "table written to $(BENCH_OUTPUT); paste it into BENCHMARKS.md"

## eval: the extractor against the annotated corpus — precision/recall/F1, time, attribution,
## stance, traps, per-category table and the first misses (docs/EVALUATION.md).
## NEWSWATCH_EVAL_PROBLEMS=N lists N misses instead of 80.
eval: deps
	NEWSWATCH_EVAL_REPORT=1 $(SWIFT) test --filter 'EvaluationGoldenTests/printReport'

## compose-up: Apache Kafka (KRaft) + two workers + a tail subscriber in Docker (needs a Docker engine).
DOCKER_COMPOSE ?= docker compose
compose-up:
	$(DOCKER_COMPOSE) -f Deploy/compose.yaml up -d --build
	@echo "seed articles: $(DOCKER_COMPOSE) -f Deploy/compose.yaml run --rm seed"
	@echo "alerts:        $(DOCKER_COMPOSE) -f Deploy/compose.yaml logs -f tail"

## compose-down: stop and remove the compose stack and its data.
compose-down:
	$(DOCKER_COMPOSE) -f Deploy/compose.yaml down --remove-orphans --volumes

## lint: format check and the duplicate finder, when available.
lint:
	@command -v duplicates >/dev/null 2>&1 && duplicates || echo "duplicates not installed; skipped"
