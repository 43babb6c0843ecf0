# Set-up is part of every target: a fresh clone needs only `make demo` or `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: demo test lint typecheck browser redis bench

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/korzina demo

browser:
	@bash scripts/install-chromium

redis:
	@bash scripts/install-redis

lint: $(STAMP)
	$(VENV)/bin/ruff check korzina tests benchmarks examples
	$(VENV)/bin/ruff format --check korzina tests benchmarks examples

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: $(STAMP) browser redis lint typecheck
	$(VENV)/bin/pytest -q

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done
