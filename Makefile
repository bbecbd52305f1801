# Содружество — two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000
PIP := $(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock

.PHONY: run install demo serve test lint e2e bench-search lock clean messages

## run: install, migrate, load the demo network, build the search index, serve on PORT
run: install demo serve

## install: virtualenv with the locked dependencies (skipped when nothing changed)
install: $(VENV)/.installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml requirements.lock | $(BIN)/python
	$(PIP) -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml requirements.lock $(VENV)/.installed
	$(PIP) -e ".[test]"
	@touch $@

$(VENV)/.installed-e2e: pyproject.toml requirements.lock $(VENV)/.installed-test
	$(PIP) -e ".[test,e2e]"
	@touch $@

## demo: migrate, load the demo network (idempotent), build the search index
demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) update_index

## serve: development server on 127.0.0.1:$(PORT)
serve: install
	@echo "Сайт: http://127.0.0.1:$(PORT)/   Админка: http://127.0.0.1:$(PORT)/admin/"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

## test: the whole suite (SQLite, or the database in DATABASE_URL); gettext's tools are
## needed by the catalogue-completeness test (installed as root when missing)
XGETTEXT := /usr/bin/xgettext

test: $(VENV)/.installed-test $(XGETTEXT)
	$(BIN)/pytest $(PYTEST_ARGS)

$(XGETTEXT):
	@if [ "$$(id -u)" != 0 ]; then echo "$(XGETTEXT) is missing: run 'apt-get install gettext' as root" >&2; exit 1; fi
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null

## e2e: browser tests in Debian's Chromium against a live server, with axe-core; installs
## what they need first (the chromium package as root, the e2e extra, axe-core from npm)
E2E := tests/e2e
CHROMIUM := /usr/bin/chromium

e2e: $(VENV)/.installed-e2e $(E2E)/node_modules/.installed $(CHROMIUM)
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest $(E2E) -v $(PYTEST_ARGS)

$(E2E)/node_modules/.installed: $(E2E)/package.json $(E2E)/package-lock.json
	npm ci --prefix $(E2E) --no-audit --no-fund --loglevel=error
	@touch $@

# Never `playwright install` (it downloads a browser): Debian's Chromium is the one used.
$(CHROMIUM):
	@if [ "$$(id -u)" != 0 ]; then echo "$(CHROMIUM) is missing: run 'apt-get install chromium' as root" >&2; exit 1; fi
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

## lint: ruff, Django's system checks and a missing-migration check
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

## bench-search: search benchmark on PostgreSQL (127.0.0.1:5432, user postgres): a synthetic
## corpus of 10 000 and 100 000 pages in a database made and dropped for it; not in `make test`
BENCH_SIZES ?= 10000 100000
bench-search: install
	$(BIN)/python -m search.bench $(BENCH_SIZES)

## lock: re-pin every dependency after changing pyproject.toml
lock: $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[test,e2e]"
	$(BIN)/pip freeze --exclude-editable > requirements.lock
	@touch $(VENV)/.installed $(VENV)/.installed-test $(VENV)/.installed-e2e

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(E2E)/node_modules e2e-artifacts

## messages: refresh the gettext catalogues from the code and compile them (.mo are committed)
messages: $(VENV)/.installed $(XGETTEXT)
	$(MANAGE) makemessages -l ru -l en --ignore=.venv --ignore=tests --no-obsolete
	$(BIN)/python -c "import polib, pathlib; [polib.pofile(str(p)).save_as_mofile(str(p.with_suffix('.mo'))) for p in pathlib.Path('locale').glob('*/LC_MESSAGES/django.po')]"
