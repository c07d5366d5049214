"""The contents manager of `make lab`: exploring another corpus never changes the stored notebooks.

The notebooks in ``notebooks/`` are the seed run, checked by nbval (``make test``). When a user
changes a parameter (``CORPUS``, ``DOC_A``...) in one of them in JupyterLab and saves, or the
saved outputs come from another corpus, the notebook is written to
``build/<corpus name>/<notebook>.ipynb`` instead (the folder where that run's figures go, see
``analysis.charts.figures_dir``), and the stored file is left as it is. Any other file, and a
stored notebook saved with its own parameters on the seeds (a developer's edit), is saved as
usual.

Used by the Makefile (``--ServerApp.contents_manager_class=lab_contents.StoredNotebooksContentsManager``
with ``tools/`` on ``PYTHONPATH``).
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path, PurePosixPath

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager

STORED_FOLDER = "notebooks"
SEED_CORPUS = "seeds"
CORPUS_REPR = re.compile(r"<Corpus '([^']*)'")


def _source(cell) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else str(src)


def parameters_of(nb: dict) -> dict:
    """The literal assignments of the cell tagged ``parameters`` and of an injected cell."""
    values: dict = {}
    for cell in nb.get("cells", []):
        tags = cell.get("metadata", {}).get("tags", [])
        if cell.get("cell_type") != "code" or not ({"parameters", "injected-parameters"} & set(tags)):
            continue
        try:
            tree = ast.parse(_source(cell))
        except SyntaxError:
            values["<unreadable parameters>"] = _source(cell)
            continue
        for node in tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        try:
                            values[target.id] = ast.literal_eval(node.value)
                        except ValueError:
                            values[target.id] = ast.unparse(node.value)
    return values


def corpora_in_outputs(nb: dict) -> set[str]:
    """Names of the corpora the outputs show (``<Corpus 'name': ...>``)."""
    names = set()
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []):
            text = out.get("text", "") or out.get("data", {}).get("text/plain", "")
            names.update(CORPUS_REPR.findall("".join(text) if isinstance(text, list) else str(text)))
    return names


def run_name(params: dict, shown: set[str]) -> str:
    """The folder name of a run: ``CORPUS_NAME``, else the name of ``CORPUS``, else the corpus
    the outputs show."""
    name = params.get("CORPUS_NAME") or ""
    if not name and isinstance(params.get("CORPUS"), str):
        corpus = PurePosixPath(params["CORPUS"].replace("\\", "/"))
        name = corpus.stem if corpus.suffix.lower() in {".csv", ".jsonl", ".txt", ".md"} else corpus.name
    if not name and shown:
        name = sorted(shown)[0]
    name = re.sub(r"[^\w.\- ]+", "_", str(name)).strip(" .")
    return name or "lab"


def redirect_path(model: dict, path: str, root: Path) -> str | None:
    """Where a save of *model* to *path* goes instead, or None to save it in place."""
    parts = PurePosixPath(path.strip("/")).parts
    if model.get("type") != "notebook" or len(parts) != 2 or parts[0] != STORED_FOLDER or not parts[1].endswith(".ipynb"):
        return None
    stored_file = root / STORED_FOLDER / parts[1]
    if not stored_file.is_file():
        return None
    try:
        stored = json.loads(stored_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    new = model.get("content") or {}
    params, shown = parameters_of(new), corpora_in_outputs(new)
    if params == parameters_of(stored) and shown <= {SEED_CORPUS}:
        return None
    return f"build/{run_name(params, shown - {SEED_CORPUS})}/{parts[1]}"


class StoredNotebooksContentsManager(AsyncLargeFileManager):
    """Saves a stored notebook run with other parameters under build/<corpus name>/."""

    async def save(self, model, path=""):
        path = path.strip("/")
        target = redirect_path(model, path, Path(self.root_dir))
        if target is None:
            return await super().save(model, path)
        folder = target.rsplit("/", 1)[0]
        if not await self.dir_exists(folder):
            (Path(self.root_dir) / folder).mkdir(parents=True, exist_ok=True)
        await super().save(model, target)
        self.log.warning("%s was run with other parameters or another corpus: saved as %s; the stored "
                         "notebook is unchanged", path, target)
        return await self.get(path, content=False)
