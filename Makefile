# jihadprog — the two commands of the README are `make report` and `make test`.
PYTHON   ?= python3
VENV     ?= .venv
BIN       = $(VENV)/bin
KWARTAAL ?=
# Pinned versions of every dependency (generated from pyproject.toml by `make lock`).
LOCK      = constraints.txt
# PIP_CONSTRAINT (not -c) so the pins also hold inside pip's isolated build environments.
PIP       = PIP_CONSTRAINT=$(LOCK) $(BIN)/pip
QUARTER   = $(if $(KWARTAAL),--kwartaal "$(KWARTAAL)",--kwartaal)
SMOKE    ?= /tmp/jihadprog-wiel

.PHONY: install report pdf lint test test-latest check bench schemas readme lock wheel smoke-wheel clean tekenset

$(BIN)/jihadprog: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/jihadprog

## The main job: lint the shipped corpus, then write the report of the latest quarter.
report: install
	$(BIN)/jihadprog lint --strict
	$(BIN)/jihadprog report $(QUARTER) --format md
	@if command -v latexmk >/dev/null 2>&1; then \
		$(BIN)/jihadprog report $(QUARTER) --format pdf; \
	else echo "latexmk niet gevonden: PDF overgeslagen (zie README, 'PDF')"; fi

## Only the PDF (needs TeX, see README); KWARTAAL=2015-K2 for another quarter.
pdf: install
	$(BIN)/jihadprog report $(QUARTER) --format pdf

lint: install
	$(BIN)/jihadprog lint --strict

test: install
	$(BIN)/pytest -q

## The tests against the newest versions pyproject.toml allows (ignores the lock): drift shows here.
test-latest:
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/pip install --quiet --upgrade pip
	.venv-latest/bin/pip install --quiet --upgrade --upgrade-strategy eager -e '.[dev]'
	.venv-latest/bin/pip list --format=freeze | grep -iE '^(typer|pyyaml|pydantic|jinja2|rich)=='
	.venv-latest/bin/pytest -q

check: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

## The characters the PDF fonts can set (src/jihadprog/tekenset.txt), read from the installed fonts.
tekenset:
	$(PYTHON) scripts/tekenset.py

bench: install
	$(PIP) install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py

## Regenerate the lock from pyproject.toml: one file for Python 3.11-3.13 on every platform.
lock: install
	$(BIN)/pip install --quiet 'uv>=0.9'
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
		--no-header --quiet --output-file $(LOCK)

## sdist and wheel in dist/.
wheel: install
	rm -rf dist
	$(BIN)/python -m build --outdir dist

## Install the wheel in a fresh venv outside the checkout and run it on the shipped corpus.
smoke-wheel: wheel
	rm -rf "$(SMOKE)"
	$(PYTHON) -m venv "$(SMOKE)/venv"
	PIP_CONSTRAINT=$(CURDIR)/$(LOCK) "$(SMOKE)/venv/bin/pip" install --quiet dist/*.whl
	cd "$(SMOKE)" && venv/bin/jihadprog --version
	cd "$(SMOKE)" && venv/bin/jihadprog lint --corpus "$(CURDIR)"
	cd "$(SMOKE)" && venv/bin/jihadprog query --corpus "$(CURDIR)" --groep 1
	cd "$(SMOKE)" && venv/bin/jihadprog report --corpus "$(CURDIR)" --kwartaal 2014-K4 \
		--format md --output "$(SMOKE)/rapport.md"
	test -s "$(SMOKE)/rapport.md"
	cd "$(SMOKE)" && venv/bin/jihadprog site --corpus "$(CURDIR)" --output "$(SMOKE)/site"
	test -s "$(SMOKE)/site/site.css" && test -s "$(SMOKE)/site/filter.js"
	@if command -v latexmk >/dev/null 2>&1; then \
		cd "$(SMOKE)" && venv/bin/jihadprog report --corpus "$(CURDIR)" --kwartaal 2014-K4 \
			--format pdf --output "$(SMOKE)/rapport.pdf" && test -s "$(SMOKE)/rapport.pdf"; \
	else echo "latexmk niet gevonden: PDF-rooktest overgeslagen"; fi

schemas: install
	for kind in maatregel begrippen organisaties programma rapportages; do \
		$(BIN)/jihadprog schema --soort $$kind > schemas/$$kind.schema.json; done

## Regenerate the rule table in README.md from the rule registry.
readme: install
	$(BIN)/python -m jihadprog.output.ruletable README.md

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
