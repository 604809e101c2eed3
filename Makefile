# One entry point for people and CI. Every target installs what it needs from
# the lockfile first, so each works on a fresh clone.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
NODE ?= node
BIN := node_modules/.bin
BUILD := build

# Command-line programs, bundled with esbuild (packages stay external) so they
# start fast: `make generate` is dominated by Node's own start-up.
ENTRIES := codegen=codegen/src/cli.ts \
           diff=codegen/src/diff/cli.ts \
           serve=src/service/main.ts \
           mock=src/mock/main.ts \
           conformance=src/conformance/cli.ts
PRESENT_ENTRIES := $(foreach e,$(ENTRIES),$(if $(wildcard $(word 2,$(subst =, ,$(e)))),$(e)))
TS_SOURCES := $(shell find codegen/src src generated -name '*.ts' -not -path '*/node_modules/*' -not -path '*/dist*' 2>/dev/null)

.PHONY: all install build generate check lint typecheck test bench serve mock conformance pack diff changelog clean

all: generate

node_modules/.package-lock.json: package-lock.json package.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install: node_modules/.package-lock.json

$(BUILD)/.stamp: node_modules/.package-lock.json $(TS_SOURCES)
	@mkdir -p $(BUILD)
	$(BIN)/esbuild $(PRESENT_ENTRIES) --bundle --platform=node --format=esm --target=node20 \
	  --packages=external --outdir=$(BUILD) --out-extension:.js=.mjs --log-level=warning
	@touch $@

build: $(BUILD)/.stamp

## generate: regenerate everything under generated/ from model/
generate: $(BUILD)/.stamp
	$(NODE) $(BUILD)/codegen.mjs generate --quiet

## check: fail when generated/ is stale or a breaking model change lacks a version bump, then lint and typecheck
check: $(BUILD)/.stamp
	$(NODE) $(BUILD)/codegen.mjs check
	$(NODE) $(BUILD)/diff.mjs --since-release
	$(MAKE) --no-print-directory lint typecheck

lint: install
	$(BIN)/eslint --max-warnings=0 .

typecheck: install
	$(BIN)/tsc -p .

## test: every test (unit, protocol, interop, property-based)
# The last line is the plain "N passed, N failed" summary CI logs are read for.
test: $(BUILD)/.stamp
	$(BIN)/vitest run --reporter=default --reporter=json --outputFile.json=$(BUILD)/test-results.json
	@$(NODE) -e 'const r=require("./$(BUILD)/test-results.json"); console.log("tests: " + r.numPassedTests + " passed, " + r.numFailedTests + " failed" + (r.numPendingTests ? ", " + r.numPendingTests + " skipped" : ""))'

## bench: benchmarks; writes BENCHMARKS.md
bench: $(BUILD)/.stamp
	$(NODE) --import tsx bench/run.ts

clean:
	rm -rf $(BUILD) dist

## serve: the reference service (HOST, PORT, SEED, AUTH, CREDENTIALS, REGION, THROTTLE, DATA_DIR, GRACE_MS, LOG_LEVEL, VALIDATE_OUTPUT; see README)
serve: $(BUILD)/.stamp
	$(NODE) $(BUILD)/serve.mjs

## mock: Prism mock of generated/openapi.json on HOST:PORT (127.0.0.1:4010); PROXY=url → validating proxy, ERRORS=1 → --errors
mock: $(BUILD)/.stamp
	$(NODE) $(BUILD)/mock.mjs

## conformance: the conformance kit (ENDPOINT, WORKFLOW_ARN, RUN_ID, FORMAT, ARGS; no ENDPOINT → the local demo)
conformance: $(BUILD)/.stamp
	$(NODE) $(BUILD)/conformance.mjs $(if $(ENDPOINT),--endpoint '$(ENDPOINT)' $(if $(WORKFLOW_ARN),--workflow-arn '$(WORKFLOW_ARN)') $(if $(RUN_ID),--run-id '$(RUN_ID)'),--demo) $(if $(FORMAT),--format '$(FORMAT)') $(ARGS)

## pack: the client package tarball in dist/
pack: install
	@mkdir -p dist
	cd generated/client && npm pack --pack-destination ../../dist --loglevel=error

## diff: breaking-change report of the model against BASE (default: last client-v* release tag, else HEAD~1); FORMAT=text|json|markdown
diff: $(BUILD)/.stamp
	$(NODE) $(BUILD)/diff.mjs $(if $(BASE),--base '$(BASE)') $(if $(FORMAT),--format '$(FORMAT)')

## changelog: CHANGELOG.md section for the client package from the model diff against BASE
changelog: $(BUILD)/.stamp
	$(NODE) $(BUILD)/diff.mjs $(if $(BASE),--base '$(BASE)') --changelog CHANGELOG.md
