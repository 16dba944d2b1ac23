# Acoge: build, run and test. `make help` lists the targets.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

VENV ?= .venv
PORT ?= 8000
PYTEST_ARGS ?=
# Test processes (pytest-xdist): one per core. JOBS=0 runs the tests in this process.
JOBS ?= auto
# Python used to create the venv. Recursive (=), so it is only looked up when the
# venv rule needs it: `make help` works on a machine without Python 3.12.
PY = $(shell scripts/find-python.sh)
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LOCKS := requirements.lock requirements-dev.lock
UV_VERSION ?= 0.13.9
# pip on some machines warns about missing local index folders from its config: drop that noise.
PIP_QUIET_FILTER := { grep -v "is ignored: it is neither a file nor a directory" || true; }

.PHONY: help venv lock run test test-fast lint messages screenshots bench clean

help:
	@echo "Acoge make targets:"
	@echo "  make venv         create .venv (Python >= 3.12) and install the locked dependencies"
	@echo "  make run          create dev keys (var/dev.env), migrate, load demo data, serve on 127.0.0.1:$(PORT)"
	@echo "  make test         all tests (browser tests need /usr/bin/chromium and npm ci)"
	@echo "  make test-fast    tests without the browser (e2e) tests"
	@echo "  make lint         ruff check, the layer check, and mypy on services.py / permissions.py"
	@echo "  make messages     update and compile translations (es, en, ht; needs gettext)"
	@echo "  make screenshots  take screenshots of the main pages into screenshots/"
	@echo "  make bench        run the benchmarks (bench/)"
	@echo "  make lock         regenerate requirements.lock and requirements-dev.lock from pyproject.toml"
	@echo "  make clean        remove .venv, .pytest_cache and screenshots/ (var/ is kept)"
	@echo "Variables: PORT=$(PORT)  JOBS=$(JOBS) (test processes)  PYTEST_ARGS='...'  ACOGE_PYTHON=/path/to/python3.12"

venv: $(STAMP)

$(VPY):
	@py="$(PY)"; \
	if [ -z "$$py" ]; then echo "Cannot create $(VENV): no Python 3.12 or newer (see the message above)." >&2; exit 1; fi; \
	echo "Creating virtual environment $(VENV) with $$py ($$("$$py" -V 2>&1))"; \
	rm -rf "$(VENV)"; \
	"$$py" -m venv "$(VENV)"

$(STAMP): $(VPY) $(LOCKS)
	@echo "Installing locked dependencies from requirements-dev.lock into $(VENV) (hash-checked)..."
	@$(VPY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock 2>&1 | $(PIP_QUIET_FILTER)
	@echo "Installing the acoge project itself in editable mode..."
	@$(VPY) -m pip install --quiet --disable-pip-version-check --no-deps -e . 2>&1 | $(PIP_QUIET_FILTER)
	@touch "$(STAMP)"
	@echo "Dependencies are installed in $(VENV)."
	@$(VPY) -c "import weasyprint" >/dev/null 2>&1 || echo "Note: PDFs (WeasyPrint) need Pango: apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"

lock:
	@py="$(PY)"; [ -n "$$py" ] || exit 1; \
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	echo "Installing uv $(UV_VERSION) into a throwaway venv..."; \
	"$$py" -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)" 2>&1 | $(PIP_QUIET_FILTER); \
	opts=(--quiet --generate-hashes --python-version 3.12 --python-platform x86_64-unknown-linux-gnu --custom-compile-command "make lock"); \
	echo "Writing requirements.lock..."; \
	"$$tmp/venv/bin/uv" pip compile pyproject.toml "$${opts[@]}" -o requirements.lock; \
	echo "Writing requirements-dev.lock (with the dev extra)..."; \
	"$$tmp/venv/bin/uv" pip compile pyproject.toml --extra dev "$${opts[@]}" -o requirements-dev.lock; \
	echo "Done. Run 'make venv' to install."

run: venv
	@$(VPY) scripts/dev_keys.py
	@set -a; . ./var/dev.env; set +a; \
	echo "Applying database migrations..."; \
	$(VPY) manage.py migrate --noinput; \
	echo "Loading demo data..."; \
	$(VPY) manage.py load_demo
	@PY=$(VPY) PORT=$(PORT) scripts/serve.sh

# NO_TESTS_OK=1 turns pytest's "no tests collected" (exit 5) into success (used by .ci/run).
test: venv
	@if [ ! -f node_modules/axe-core/axe.min.js ]; then \
		if command -v npm >/dev/null 2>&1; then \
			echo "Installing axe-core for the accessibility checks (npm ci)..."; \
			npm ci --no-audit --no-fund --loglevel=error; \
		else \
			echo "npm not found: the accessibility checks in the browser tests will be skipped (apt-get install npm, then npm ci)."; \
		fi; \
	fi
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "Note: /usr/bin/chromium is missing, so the browser (e2e) tests will be skipped. To run them: apt-get install chromium && npm ci"; \
	fi
	@rc=0; $(VPY) -m pytest -n $(JOBS) $(PYTEST_ARGS) || rc=$$?; \
	if [ "$$rc" = 5 ] && [ -n "$(NO_TESTS_OK)" ]; then rc=0; fi; \
	exit $$rc

test-fast: venv
	@rc=0; $(VPY) -m pytest -n $(JOBS) -m "not e2e" $(PYTEST_ARGS) || rc=$$?; \
	if [ "$$rc" = 5 ] && [ -n "$(NO_TESTS_OK)" ]; then rc=0; fi; \
	exit $$rc

lint: venv
	@echo "ruff check ."
	@$(VENV)/bin/ruff check .
	@echo "scripts/check_layers.py (core at the bottom, no domain app imports another)"
	@$(VPY) scripts/check_layers.py
	@files=(); \
	for f in acoge/*/services.py acoge/*/services/*.py acoge/*/permissions.py; do [ -f "$$f" ] && files+=("$$f"); done; \
	if [ $${#files[@]} -gt 0 ]; then \
		echo "mypy $${files[*]}"; \
		$(VENV)/bin/mypy "$${files[@]}"; \
	else \
		echo "mypy: no acoge/*/services.py or permissions.py yet, skipped"; \
	fi

messages: venv
	@command -v msgfmt >/dev/null 2>&1 || { echo "gettext is missing: apt-get install gettext" >&2; exit 1; }
	$(VPY) scripts/messages.py

screenshots: venv
	@$(VPY) scripts/dev_keys.py
	@set -a; . ./var/dev.env; set +a; $(VPY) scripts/screenshots.py

bench: venv
	@if [ -f bench/__main__.py ]; then $(VPY) -m bench; else echo "no benchmarks yet"; fi

clean:
	rm -rf "$(VENV)" .pytest_cache .mypy_cache .ruff_cache .hypothesis screenshots
	@echo "Removed $(VENV), caches and screenshots/ (var/ with your dev keys and database is kept)."
