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
           codegen-main=codegen/src/code-cache-loader.ts \
           diff=codegen/src/diff/cli.ts \
           serve=src/service/main.ts \
           mock=src/mock/main.ts \
           conformance=src/conformance/cli.ts \
           prelude-snapshot=codegen/src/idl/prelude/snapshot-cli.ts
PRESENT_ENTRIES := $(foreach e,$(ENTRIES),$(if $(wildcard $(word 2,$(subst =, ,$(e)))),$(e)))
TS_SOURCES := $(shell find codegen/src src generated -name '*.ts' -not -path '*/node_modules/*' -not -path '*/dist*' 2>/dev/null)
# Runtime packages of the workspace that generated code imports; the build
# compiles each to its dist/ (tsc -b, incremental), which is what plain node
# (build/*.mjs, where packages stay external) and installed copies load.
RUNTIME_PACKAGES := packages/sha256 packages/sigv4-verify packages/server-runtime packages/server-node packages/client-runtime
RUNTIME_SOURCES := $(shell find $(addsuffix /src,$(RUNTIME_PACKAGES)) -name '*.ts' 2>/dev/null) $(addsuffix /tsconfig.build.json,$(RUNTIME_PACKAGES))

.PHONY: all install build generate check lint typecheck test bench serve mock conformance pack diff changelog clean venv jvm toolchains update-fixtures oracle

# Test toolchains outside npm: a pinned Python venv (boto3, Schemathesis) and
# the pinned Smithy jars (the oracle). Each is built once per content of the
# file that pins it, into a cache outside the work tree keyed by that file's
# hash, so a fresh clone on a warm machine reuses it without the network.
# .cache/venv and .cache/jvm are links to the current ones; tests read only
# those paths (test/support/toolchain.ts).
TOOLCHAIN_CACHE ?= $(HOME)/.cache/mwaa-serverless-contract
VENV_KEY := $(shell sha256sum python/requirements.lock | cut -c1-16)
JVM_KEY := $(shell cat jvm/*/pom.xml $(wildcard jvm/*/suites) | sha256sum | cut -c1-16)
VENV_DIR := $(TOOLCHAIN_CACHE)/venv-$(VENV_KEY)
JVM_DIR := $(TOOLCHAIN_CACHE)/jvm-$(JVM_KEY)

# No file prerequisites: the key in the directory's name already stands for the
# pinning file's content (a fresh clone's newer mtimes must not force a rebuild),
# and flock keeps two clones on one machine from building the same one at once.
$(VENV_DIR)/.stamp:
	@mkdir -p $(TOOLCHAIN_CACHE)
	flock $(TOOLCHAIN_CACHE)/.lock sh -c 'test -f $@ || { \
	  rm -rf $(VENV_DIR) && python3 -m venv $(VENV_DIR) && \
	  $(VENV_DIR)/bin/pip install --quiet --no-deps -r python/requirements.lock && touch $@; }'

.cache/venv: $(VENV_DIR)/.stamp
	@mkdir -p .cache && ln -sfn $(VENV_DIR) $@ && touch -h $@

## venv: the pinned Python test tools (boto3, Schemathesis) in .cache/venv
venv: .cache/venv

# Every jvm/<set>/pom.xml is one pinned set of jars, copied to
# $(JVM_DIR)/<set>/lib. Maven tries offline first so a warm ~/.m2 never touches
# the network. Jars named in a set's `suites` file are unpacked to
# $(JVM_DIR)/<set>/suites/<artifact> instead (data, not classpath).
$(JVM_DIR)/.stamp:
	@mkdir -p $(TOOLCHAIN_CACHE)
	flock $(TOOLCHAIN_CACHE)/.lock $(MAKE) --no-print-directory jvm-build

.PHONY: jvm-build
jvm-build:
	test ! -f $(JVM_DIR)/.stamp || exit 0; \
	rm -rf $(JVM_DIR).tmp && mkdir -p $(JVM_DIR).tmp; \
	for pom in jvm/*/pom.xml; do \
	  set=$$(basename $$(dirname $$pom)); out=$(JVM_DIR).tmp/$$set; \
	  mvn -B -q -o -f $$pom dependency:copy-dependencies -DoutputDirectory=$$out/lib >/dev/null 2>&1 \
	    || mvn -B -q -f $$pom dependency:copy-dependencies -DoutputDirectory=$$out/lib; \
	  if [ -f jvm/$$set/suites ]; then \
	    for a in $$(grep -v '^#' jvm/$$set/suites); do \
	      jar=$$(ls $$out/lib/$$a-*.jar); mkdir -p $$out/suites/$$a; \
	      (cd $$out/suites/$$a && jar xf $$jar) && rm $$jar; \
	    done; \
	  fi; \
	done; \
	rm -rf $(JVM_DIR) && mv $(JVM_DIR).tmp $(JVM_DIR) && touch $(JVM_DIR)/.stamp

.cache/jvm: $(JVM_DIR)/.stamp
	@mkdir -p .cache && ln -sfn $(JVM_DIR) $@ && touch -h $@

## jvm: the pinned Smithy toolchain (and other jvm/* sets) in .cache/jvm
jvm: .cache/jvm

toolchains: venv jvm

# Our batch oracle (jvm/oracle/src): a small Java program compiled against the
# pinned Smithy jars that reads many models per JVM start for the differential
# tests (test/idl/oracle). Rebuilt when its sources or the jars change.
ORACLE_SOURCES := $(shell find jvm/oracle/src -name '*.java' 2>/dev/null)
# The stamp's name carries the jars' key, so other jars mean a rebuild.
$(BUILD)/oracle/.stamp-$(JVM_KEY): $(ORACLE_SOURCES) | .cache/jvm
	rm -rf $(BUILD)/oracle && mkdir -p $(BUILD)/oracle
	javac -nowarn -d $(BUILD)/oracle -cp "$$(ls $(CURDIR)/.cache/jvm/smithy/lib/*.jar | tr '\n' ':')" $(ORACLE_SOURCES)
	@touch $@

## oracle: the batch Smithy oracle used by the differential tests, in build/oracle
oracle: .cache/jvm $(BUILD)/oracle/.stamp-$(JVM_KEY)

all: generate

# Set-up steps speak on stderr (and are not echoed), so that stdout of
# `make conformance FORMAT=junit > r.xml`, `make diff FORMAT=json` ... holds
# only the program's own output, even on a fresh clone.
# better-sqlite3 (pinned) builds from source where no prebuilt binary
# downloads; node-gyp then compiles against the running node's own headers
# (<prefix>/include/node, shipped with node) instead of downloading them.
NODE_PREFIX = $(shell $(NODE) -p "require('path').resolve(process.execPath, '../..')")
# npm ci empties node_modules before it fills it: two makes started together
# (tests running while another builds) must not both run it, and the second
# must not redo what the first has just done, so the install takes a lock and
# checks again under it.
node_modules/.package-lock.json: package-lock.json package.json
	@mkdir -p .cache
	@flock .cache/npm-install.lock sh -c '\
	  if [ ! -e $@ ] || [ package-lock.json -nt $@ ] || [ package.json -nt $@ ]; then \
	    echo "npm ci (installing from package-lock.json)" >&2; \
	    npm_config_nodedir="$${npm_config_nodedir:-$(NODE_PREFIX)}" npm ci --no-audit --no-fund --loglevel=error >&2 && touch $@; \
	  fi'

install: node_modules/.package-lock.json

PRELUDE_SNAPSHOT := codegen/src/idl/prelude/parsed.generated.json
BUNDLED_SHAPES := codegen/src/idl/prelude/shapes.generated.json

$(BUILD)/.stamp: node_modules/.package-lock.json $(TS_SOURCES) $(RUNTIME_SOURCES) $(PRELUDE_SNAPSHOT) $(BUNDLED_SHAPES)
	@mkdir -p $(BUILD)
	@# The parsed prelude, read by the bundled IDL front end on first use
	@# (codegen/src/idl/prelude/snapshot.ts), and its assembled shapes, read by
	@# the trait check of --from-ast (prelude/bundled-shapes.ts), beside the bundles.
	@cp $(PRELUDE_SNAPSHOT) $(BUILD)/parsed.generated.json
	@cp $(BUNDLED_SHAPES) $(BUILD)/shapes.generated.json
	@$(BIN)/tsc -b $(addsuffix /tsconfig.build.json,$(RUNTIME_PACKAGES)) >&2
	@$(BIN)/esbuild $(PRESENT_ENTRIES) --bundle --platform=node --format=esm --target=node20 \
	  --packages=external --outdir=$(BUILD) --out-extension:.js=.mjs --log-level=warning >&2
	@# The full codegen CLI as CommonJS, which build/codegen-main.mjs runs with
	@# V8's code cache (codegen/src/code-cache.ts), and the generator workers'
	@# own smaller program, which build/codegen-worker.cjs runs the same way.
	@# The caches are made by generating the project's own model: once with a
	@# worker forced on that takes every claimable generator (the worker's
	@# cache; the main thread's is partial then), once on one thread (the
	@# main thread's, whole). A model that does
	@# not load still builds (the caches then hold less); generate says what is wrong.
	@$(BIN)/esbuild codegen/src/cli-main.ts --bundle --platform=node --format=cjs --target=node20 \
	  --packages=external --define:import.meta.url=__codegenMainUrl --outfile=$(BUILD)/codegen-main.cjs --log-level=warning >&2
	@$(BIN)/esbuild codegen/src/generator-worker.ts --bundle --platform=node --format=cjs --target=node20 \
	  --packages=external --define:import.meta.url=__codegenMainUrl --outfile=$(BUILD)/codegen-worker-main.cjs --log-level=warning >&2
	@$(BIN)/esbuild codegen/src/worker-loader.ts --bundle --platform=node --format=cjs --target=node20 \
	  --packages=external --outfile=$(BUILD)/codegen-worker.cjs --log-level=warning >&2
	@rm -f $(BUILD)/codegen-main.cjs.v8-cache $(BUILD)/codegen-worker-main.cjs.v8-cache
	@scratch=$$(mktemp -d) && { CODEGEN_WORKERS=1 CODEGEN_CLAIMS=worker CODEGEN_WRITE_CODE_CACHE=1 CODEGEN_CACHE=0 $(NODE) $(BUILD)/codegen.mjs generate --quiet --out "$$scratch" >/dev/null 2>&1 || true; } && rm -rf "$$scratch"
	@scratch=$$(mktemp -d) && { CODEGEN_WORKERS=0 CODEGEN_WRITE_CODE_CACHE=1 CODEGEN_CACHE=0 $(NODE) $(BUILD)/codegen.mjs generate --quiet --out "$$scratch" >/dev/null 2>&1 || true; } && rm -rf "$$scratch"
	@touch $@

build: $(BUILD)/.stamp

## generate: regenerate everything under generated/ from model/
generate: $(BUILD)/.stamp
	@$(NODE) $(BUILD)/prelude-snapshot.mjs write
	@cp $(PRELUDE_SNAPSHOT) $(BUILD)/parsed.generated.json
	@cp $(BUNDLED_SHAPES) $(BUILD)/shapes.generated.json
	$(NODE) $(BUILD)/codegen.mjs generate --quiet

## update-fixtures: after a model change: regenerate, refresh the test fixtures that follow the model, show what changed
# test/fixtures/mwaa-serverless.ast.json is the real model's JSON AST, which the
# parser tests compare byte for byte: after a deliberate model change it is the
# new generated/model.json. Review the diff printed here before committing.
update-fixtures: generate
	@cp generated/model.json test/fixtures/mwaa-serverless.ast.json
	@git --no-pager diff --stat -- model generated test/fixtures
	@git --no-pager diff -- test/fixtures/mwaa-serverless.ast.json
	@git diff --quiet -- model generated test/fixtures && echo "update-fixtures: model/, generated/ and test/fixtures/ are as committed" || true

## check: fail when generated/ is stale or a breaking model change lacks a version bump, then lint and typecheck
check: $(BUILD)/.stamp
	$(NODE) $(BUILD)/prelude-snapshot.mjs check
	$(NODE) $(BUILD)/codegen.mjs check
	$(NODE) $(BUILD)/diff.mjs --since-release
	$(MAKE) --no-print-directory lint typecheck

lint: install
	$(BIN)/eslint --max-warnings=0 .

typecheck: install
	$(BIN)/tsc -p .

## test: every test (unit, protocol, interop, property-based)
# The last line is the plain "N passed, N failed" summary CI logs are read for.
test: $(BUILD)/.stamp toolchains oracle
	@rm -f $(BUILD)/test-results.json
	@status=0; $(BIN)/vitest run --reporter=default --reporter=json --outputFile.json=$(BUILD)/test-results.json $(ARGS) || status=$$?; \
	$(NODE) -e 'const r=require("./$(BUILD)/test-results.json"); console.log("tests: " + r.numPassedTests + " passed, " + r.numFailedTests + " failed" + (r.numPendingTests ? ", " + r.numPendingTests + " skipped" : ""))' || echo "tests: 0 passed, 1 failed (the test run left no results)"; \
	exit $$status

## bench: benchmarks; writes BENCHMARKS.md
bench: $(BUILD)/.stamp toolchains
	$(NODE) --import tsx bench/run.ts

clean:
	rm -rf $(BUILD) dist $(addsuffix /dist,$(RUNTIME_PACKAGES))

## serve: the reference service (HOST, PORT, SEED, AUTH, CREDENTIALS, REGION, THROTTLE, DATA_DIR, GRACE_MS, LOG_LEVEL, VALIDATE_OUTPUT; see README)
serve: $(BUILD)/.stamp
	@$(NODE) $(BUILD)/serve.mjs

## mock: Prism mock of generated/openapi.json on HOST:PORT (127.0.0.1:4010); PROXY=url → validating proxy, ERRORS=1 → --errors
mock: $(BUILD)/.stamp
	@$(NODE) $(BUILD)/mock.mjs

## conformance: the conformance kit (ENDPOINT, WORKFLOW_ARN, RUN_ID, FORMAT=table|json|junit|html, ARGS e.g. --output report.html; no ENDPOINT → the local demo)
conformance: $(BUILD)/.stamp
	@$(NODE) $(BUILD)/conformance.mjs $(if $(ENDPOINT),--endpoint '$(ENDPOINT)' $(if $(WORKFLOW_ARN),--workflow-arn '$(WORKFLOW_ARN)') $(if $(RUN_ID),--run-id '$(RUN_ID)'),--demo) $(if $(FORMAT),--format '$(FORMAT)') $(ARGS)

## pack: the client's, the conformance kit's and the runtime packages' tarballs in dist/
pack: install
	@mkdir -p dist
	cd generated/client && npm pack --pack-destination ../../dist --loglevel=error
	cd packages/conformance && npm pack --pack-destination ../../dist --loglevel=error
	for p in $(RUNTIME_PACKAGES); do (cd $$p && npm pack --pack-destination ../../dist --loglevel=error); done

## diff: breaking-change report of the model against BASE (default: last client-v* release tag, else HEAD~1); FORMAT=text|json|markdown
diff: $(BUILD)/.stamp
	@$(NODE) $(BUILD)/diff.mjs $(if $(BASE),--base '$(BASE)') $(if $(FORMAT),--format '$(FORMAT)')

## changelog: CHANGELOG.md section for the client package from the model diff against BASE
changelog: $(BUILD)/.stamp
	@$(NODE) $(BUILD)/diff.mjs $(if $(BASE),--base '$(BASE)') --changelog CHANGELOG.md
