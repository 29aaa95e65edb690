# jihadprog — the two commands of the README are `make report` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
KWARTAAL ?=

.PHONY: install report pdf lint test check bench schemas readme clean

$(BIN)/jihadprog: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/jihadprog

## The main job: lint the shipped corpus, then write the report of the latest quarter.
report: install
	$(BIN)/jihadprog lint --strict
	$(BIN)/jihadprog report $(if $(KWARTAAL),--kwartaal $(KWARTAAL),--kwartaal) --format md
	@if command -v latexmk >/dev/null 2>&1; then \
		$(BIN)/jihadprog report $(if $(KWARTAAL),--kwartaal $(KWARTAAL),--kwartaal) --format pdf; \
	else echo "latexmk niet gevonden: PDF overgeslagen (zie README, 'PDF')"; fi

## Only the PDF (needs TeX, see README 'Rapportage'); KWARTAAL=2015-K2 for another quarter.
pdf: install
	$(BIN)/jihadprog report $(if $(KWARTAAL),--kwartaal $(KWARTAAL),--kwartaal) --format pdf

lint: install
	$(BIN)/jihadprog lint --strict

test: install
	$(BIN)/pytest -q

check: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py

schemas: install
	for kind in maatregel begrippen organisaties programma rapportages; do \
		$(BIN)/jihadprog schema --soort $$kind > schemas/$$kind.schema.json; done

## Regenerate the rule table in README.md from the rule registry.
readme: install
	$(BIN)/python -m jihadprog.ruletable README.md

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
