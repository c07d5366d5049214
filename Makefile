# Two commands: `make figures` and `make test` (both set everything up first). `make lab` opens JupyterLab.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup figures test lab report bench accuracy clean

# Results cache of the analysis (per-document tables as Parquet), kept inside the project.
export ANALYSIS_CACHE_DIR ?= $(CURDIR)/build/cache

# make figures CORPUS=path/to/articles runs every notebook on that corpus into build/<name>/.
CORPUS ?=
# LEXICONS=path/to/folder: the project's own topics.yaml / actors.yaml / tone_phrases.yaml
# (default: a lexicons/ folder inside the corpus folder)
LEXICONS ?=
LEXICONS_ENV = $(if $(LEXICONS),ANALYSIS_LEXICONS="$(abspath $(LEXICONS))")
# COLUMNS=body=text,headline=title,...: a table's own column names (theirs=ours)
COLUMNS ?=
COLUMNS_ENV = $(if $(COLUMNS),ANALYSIS_COLUMNS="$(COLUMNS)")

# Notebook parameters: make figures DOC_A=<doc_id> DOC_B=<doc_id> BY=outlet (notebook 05), or
# PARAMS="NAME=VALUE NAME=VALUE" for any name of a notebook's `parameters` cell (values without
# spaces). Each notebook gets the ones it declares; a run with parameters goes to build/<corpus name>/.
DOC_A ?=
DOC_B ?=
BY ?=
PARAMS ?=
NB_PARAMS = $(foreach p,DOC_A DOC_B BY,$(if $($(p)),--param "$(p)=$($(p))")) $(foreach p,$(PARAMS),--param "$(p)")
# make report with parameters reads the run in build/<corpus name>/ (build/seeds/ without CORPUS)
REPORT_CORPUS = $(or $(CORPUS),$(if $(strip $(NB_PARAMS)),seeds))

setup: $(STAMP)

# (Re)build the environment when it is missing or older than requirements.txt / pyproject.toml.
$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

# Re-run every notebook in notebooks/ in order, in place; charts go to figures/ (with its
# index figures/README.md). With CORPUS=..., the executed notebooks and figures go to
# build/<corpus name>/ and the stored notebooks and figures/ are left untouched.
figures: $(STAMP)
	$(if $(CORPUS),$(COLUMNS_ENV) $(BIN)/python -m analysis check "$(CORPUS)")
	$(LEXICONS_ENV) $(COLUMNS_ENV) $(BIN)/python tools/run_notebooks.py notebooks/*.ipynb $(if $(CORPUS),--corpus "$(CORPUS)") $(NB_PARAMS)

# A self-contained HTML report of the executed notebooks: build/report.html, or
# build/<corpus name>/report.html with CORPUS=... (runs the notebooks first); and report.pdf
# beside it, printed offline by Debian's chromium when it is installed (else it says so).
report: figures
	$(LEXICONS_ENV) $(BIN)/python tools/make_report.py $(if $(REPORT_CORPUS),--corpus "$(REPORT_CORPUS)") --pdf

# The benchmark (see BENCHMARKS.md): ARTICLES=10000 by default.
ARTICLES ?= 10000
bench: $(STAMP)
	$(BIN)/python bench/run.py --articles $(ARTICLES)

# Who said what on real texts: the public-domain texts in tests/data/real and, where it is
# present, ../shared/realdev (figures overall, per kind of statement and per file; see README).
accuracy: $(STAMP)
	$(BIN)/python tests/real_eval.py $(if $(VERBOSE),--verbose)

# Unit tests, then every notebook under strict nbval (stored outputs must match).
# tools/ensure_chromium.sh installs Debian's Chromium for the JupyterLab browser test if it is missing.
test: $(STAMP)
	tools/ensure_chromium.sh
	$(BIN)/python -m pytest tests
	$(BIN)/python -m pytest --nbval notebooks -p no:cacheprovider

# Extra arguments for JupyterLab, e.g. make lab LAB_ARGS="--no-browser --port=8890"
# JupyterLab opens at the project root; as root (uid 0, e.g. in a container) with --allow-root.
# A stored notebook run with another CORPUS (or other parameters) is saved under
# build/<corpus name>/, never over notebooks/ (tools/lab_contents.py); its figures go there too.
LAB_ARGS ?=
lab: $(STAMP)
	PYTHONPATH="$(CURDIR)/tools$(if $(PYTHONPATH),:$(PYTHONPATH))" $(BIN)/jupyter lab \
	  $(if $(filter 0,$(shell id -u)),--allow-root) --ServerApp.root_dir="$(CURDIR)" \
	  --ServerApp.contents_manager_class=lab_contents.StoredNotebooksContentsManager $(LAB_ARGS)

clean:
	rm -rf $(VENV) build
