# Two commands: `make figures` and `make test` (both set everything up first). `make lab` opens JupyterLab.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup figures test lab clean

setup: $(STAMP)

# (Re)build the environment when it is missing or older than requirements.txt / pyproject.toml.
$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

# Re-run every notebook in notebooks/ in order, in place; charts go to figures/.
figures: $(STAMP)
	$(BIN)/python tools/run_notebooks.py notebooks/*.ipynb

# Unit tests, then every notebook under strict nbval (stored outputs must match).
test: $(STAMP)
	$(BIN)/python -m pytest tests
	$(BIN)/python -m pytest --nbval notebooks -p no:cacheprovider

# Extra arguments for JupyterLab, e.g. make lab LAB_ARGS="--no-browser --port=8890"
LAB_ARGS ?=
lab: $(STAMP)
	$(BIN)/jupyter lab $(LAB_ARGS) notebooks

clean:
	rm -rf $(VENV) build
