"""Execute notebooks in place, or on another corpus into build/<corpus name>/.

Usage:
  python tools/run_notebooks.py NOTEBOOK...                 # in place, on their default corpus
  python tools/run_notebooks.py NOTEBOOK... --corpus PATH   # into build/<name>/, figures in build/<name>/figures/
  python tools/run_notebooks.py NOTEBOOK... [--param NAME=VALUE ...] [--out-dir DIR]

Like papermill, parameter values are injected in a new cell right after the cell tagged
``parameters`` (``--corpus PATH`` sets ``CORPUS`` and ``CORPUS_NAME``); a notebook gets only
the parameters its ``parameters`` cell declares, and a parameter no notebook declares is an
error. Unlike papermill, no timestamps or durations are written into the notebook, so stored
outputs stay byte-stable for nbval and git.

Only a run of the stored notebooks on their own parameters (the seeds) writes in place and
into figures/. A run with ``--corpus`` or any ``--param`` goes to build/<corpus name>/ (the
seeds' name is ``seeds``), its figures to build/<corpus name>/figures/. After the run,
figures of the run's notebooks that the run no longer made are removed from the figure
folder, and its index (README.md) is regenerated.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# jsonschema (under nbformat) imports rfc3987_syntax, when installed, to check "iri" strings,
# and that import builds a parser: 2.4 s on a slow machine, before the first notebook can
# start. nbformat's schemas check no such strings, so this process goes without it.
sys.modules.setdefault("rfc3987_syntax", None)

import nbformat  # noqa: E402
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

INJECTED_TAG = "injected-parameters"


def declared_parameters(nb) -> set[str]:
    """The names the cell tagged ``parameters`` assigns."""
    import ast

    names = set()
    for cell in nb.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            for node in ast.parse(cell.source).body:
                if isinstance(node, ast.Assign):
                    names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def inject_parameters(nb, params: dict) -> None:
    """Insert (or replace) a cell after the ``parameters`` cell that sets those of *params*
    the notebook declares."""
    nb.cells = [c for c in nb.cells if INJECTED_TAG not in c.get("metadata", {}).get("tags", [])]
    declared = declared_parameters(nb)
    params = {k: v for k, v in params.items() if k in declared}
    if not params:
        return
    index = next(
        (i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])),
        None,
    )
    if index is None:
        raise SystemExit("error: the notebook has no cell tagged 'parameters'")
    source = "# Parameters injected by tools/run_notebooks.py\n" + "\n".join(
        f"{k} = {v!r}" for k, v in params.items()
    )
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    cell["id"] = "injected-parameters"
    nb.cells.insert(index + 1, cell)


def run(path: Path, out_path: Path, params: dict, timeout: int) -> None:
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, params)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent.resolve())}},
    )
    client.execute()
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
    nb.metadata.pop("papermill", None)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_path)


FIGURE_SUFFIXES = (".png", ".svg", ".pdf")


def figure_files(folder: Path, notebooks) -> dict:
    """{figure file: modification time} of the figures in *folder* made by *notebooks*
    (a figure is named after its notebook's number, ``02_...`` for ``02_topic_frequency``)."""
    prefixes = tuple(p.name.split("_", 1)[0] + "_" for p in notebooks)
    if not folder.is_dir():
        return {}
    return {p: p.stat().st_mtime_ns for p in sorted(folder.iterdir())
            if p.suffix in FIGURE_SUFFIXES and p.name.startswith(prefixes)}


def warm_cache(corpus_path: Path) -> None:
    """Analyse the corpus once, into the results cache, before the notebooks start: run
    side by side on a cold cache, every notebook would analyse the whole corpus itself.
    A corpus that cannot be read is left to the notebooks, which show the error in place."""
    try:
        import analysis

        analysis.load_corpus(corpus_path).statements  # the analysis tables, all three
    except Exception as exc:  # noqa: BLE001 - reported by the notebooks themselves
        print(f"note: could not analyse {corpus_path} ahead of the notebooks: {exc}", file=sys.stderr)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebooks", nargs="+", type=Path)
    ap.add_argument("--param", action="append", default=[], help="NAME=VALUE (a string)")
    ap.add_argument("--out-dir", type=Path, default=None, help="write executed notebooks here instead of in place")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="run on this corpus (folder or .csv/.jsonl); results go to build/<name>/")
    ap.add_argument("--timeout", type=int, default=3600)
    ap.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: one per core)")
    args = ap.parse_args(argv)
    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier():
            ap.error(f"--param needs NAME=VALUE, got {item!r}")
        params[name] = value
    root = Path(__file__).resolve().parent.parent
    figures = root / "figures"
    missing = [p for p in args.notebooks if not p.is_file()]
    if missing:
        print(f"error: notebook not found: {missing[0]}", file=sys.stderr)
        return 2
    declared = set().union(*(declared_parameters(nbformat.read(p, as_version=4)) for p in args.notebooks))
    unknown = sorted(set(params) - declared)
    if unknown:
        print(f"error: no notebook has the parameter {unknown[0]!r}; the parameters are: "
              f"{', '.join(sorted(declared))}", file=sys.stderr)
        return 2
    if args.corpus is None and (params or args.out_dir):
        # other parameters on the seeds: a run of its own, never the stored notebooks
        args.corpus = root / "seeds"
    if args.corpus is not None:
        corpus = args.corpus.resolve()
        if not corpus.exists():
            print(f"error: corpus not found: {args.corpus}", file=sys.stderr)
            return 2
        name = corpus.stem if corpus.is_file() else corpus.name
        params.setdefault("CORPUS", str(corpus))
        params.setdefault("CORPUS_NAME", name)
        args.out_dir = args.out_dir or root / "build" / name
        figures = args.out_dir / "figures"
    # the kernels inherit the environment: save_figure writes there
    os.environ["ANALYSIS_FIGURES_DIR"] = str(figures)
    before = figure_files(figures, args.notebooks)
    # Notebooks are independent (each has its own kernel): run them side by side.
    from concurrent.futures import ThreadPoolExecutor

    paths = sorted(args.notebooks)
    jobs = max(1, min(args.jobs or (os.cpu_count() or 1), len(paths)))
    if jobs > 1:
        # the notebooks' CORPUS (default ../seeds), relative to the notebooks' folder
        warm_cache((paths[0].resolve().parent / params.get("CORPUS", "../seeds")).resolve())

    def one(path):
        out = (args.out_dir / path.name) if args.out_dir else path
        print(f"running {path} -> {out}", flush=True)
        try:
            run(path, out, params, args.timeout)
            return None
        except CellExecutionError as exc:
            return f"error: {path} failed:\n{exc}"

    with ThreadPoolExecutor(jobs) as pool:
        failures = [f for f in pool.map(one, paths) if f]
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    for path, stamp in before.items():  # figures of these notebooks this run did not make again
        if path.exists() and path.stat().st_mtime_ns == stamp:
            print(f"removed {path} (no longer made)")
            path.unlink()
    if figures.exists():
        from figure_index import write_index

        notebooks_dir = args.out_dir or args.notebooks[0].parent
        print(f"wrote {write_index(figures, sorted(Path(notebooks_dir).glob('*.ipynb')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
