"""Every notebook runs to the end, with readable output, on varied corpora.

The corpora: a single article, articles without any quotation, articles with no topic or
tone phrase, a press-briefing transcript (all in tests/corpora/), and 552 dated articles
built here from the hand-made statement cases. Each is run the way a user runs it
(``tools/run_notebooks.py --corpus``, as ``make figures CORPUS=...`` does) into a temporary
folder, so the stored notebooks and figures/ are not touched.
"""
import json
import os
import subprocess
import sys

import pytest
import yaml

from conftest import DATA, ROOT

CORPORA = DATA.parent / "corpora"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
NO_DATES = "The documents have no dates"


def build_large_corpus(folder, copies=4):
    """552 articles (138 hand-made cases x 4) with outlets and dates over 2023-2024."""
    cases = yaml.safe_load((DATA / "statements_gold.yaml").read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    meta = ["file,title,outlet,date,url"]
    for k in range(copies):
        for i, case in enumerate(cases):
            name = f"{k}_{case['id']}.txt"
            (folder / name).write_text(case["text"], encoding="utf-8")
            month = 1 + (i + 3 * k) % 12
            meta.append(f"{name},,{['Wire A', 'Wire B', 'Daily C'][i % 3]},{2023 + k % 2}-{month:02d}-15,")
    (folder / "metadata.csv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return folder


def run_all(corpus, out, tmp_path):
    env = dict(os.environ, ANALYSIS_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "run_notebooks.py"), *map(str, NOTEBOOKS),
         "--corpus", str(corpus), "--out-dir", str(out)],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.ipynb"))}


def outputs_text(nb) -> str:
    parts = []
    for cell in nb["cells"]:
        for o in cell.get("outputs", []):
            assert o["output_type"] != "error", o.get("evalue")
            parts.append("".join(o.get("text", "")))
            parts.append("".join(o.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


@pytest.mark.parametrize("name, dated", [
    ("single_article", False), ("no_quotes", True), ("no_matches", False), ("transcript", False), ("large", True),
])
def test_every_notebook_runs_on_corpus(name, dated, tmp_path):
    corpus = build_large_corpus(tmp_path / "large") if name == "large" else CORPORA / name
    out = tmp_path / "out"
    nbs = run_all(corpus, out, tmp_path)
    assert list(nbs) == [p.name for p in NOTEBOOKS]
    texts = {k: outputs_text(nb) for k, nb in nbs.items()}
    # every notebook ran on the requested corpus
    assert f"<Corpus '{name}'" in texts["01_corpus_overview.ipynb"]
    figures = out / "figures"
    assert (figures / "01_document_lengths.png").exists()
    assert (figures / "04_tone_categories.png").exists()
    assert (figures / "README.md").exists()
    over_time = ["02_topics_over_time", "03_sentiment_over_time", "04_tone_over_time"]
    if dated:
        assert all((figures / f"{f}.png").exists() for f in over_time)
    else:
        assert NO_DATES in texts["02_topic_frequency.ipynb"]
        assert not any((figures / f"{f}.png").exists() for f in over_time)
    if name == "single_article":
        assert "Only one document in this corpus" in texts["05_compare_accounts.ipynb"]
    if name == "transcript":
        assert "Matthew Miller" in texts["03_sentiment_by_speaker.ipynb"]
        assert "QUESTION" in texts["03_sentiment_by_speaker.ipynb"]


def _digest(*folders):
    import hashlib

    return {p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in folders for p in sorted(folder.rglob("*"))
            if p.is_file() and ".ipynb_checkpoints" not in p.parts}


def test_a_lab_style_run_with_another_corpus_leaves_figures_and_notebooks_unchanged(tmp_path, monkeypatch):
    """As in JupyterLab: change CORPUS in the stored notebook, run it in notebooks/ (no
    $ANALYSIS_FIGURES_DIR), save it through the contents manager of `make lab`."""
    import asyncio
    import shutil
    import uuid

    import nbformat
    from nbclient import NotebookClient

    sys.path.insert(0, str(ROOT / "tools"))
    from lab_contents import StoredNotebooksContentsManager

    name = f"lab_style_{uuid.uuid4().hex[:8]}"
    corpus = tmp_path / name
    shutil.copytree(CORPORA / "single_article", corpus)
    monkeypatch.delenv("ANALYSIS_FIGURES_DIR", raising=False)
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    before = _digest(ROOT / "figures", ROOT / "notebooks")
    out = ROOT / "build" / name
    try:
        nb = nbformat.read(ROOT / "notebooks" / "01_corpus_overview.ipynb", as_version=4)
        params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
        assert 'CORPUS = "../seeds"' in params.source
        params.source = params.source.replace('CORPUS = "../seeds"', f"CORPUS = {str(corpus)!r}")
        NotebookClient(nb, kernel_name="python3", timeout=600,
                       resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
        manager = StoredNotebooksContentsManager(root_dir=str(ROOT))
        model = {"type": "notebook", "format": "json", "content": json.loads(nbformat.writes(nb))}
        asyncio.run(manager.save(model, "notebooks/01_corpus_overview.ipynb"))
        assert _digest(ROOT / "figures", ROOT / "notebooks") == before
        assert (out / "figures" / "01_document_lengths.png").exists()
        saved = (out / "01_corpus_overview.ipynb").read_text(encoding="utf-8")
        assert f"<Corpus '{name}'" in saved
    finally:
        shutil.rmtree(out, ignore_errors=True)


def test_a_rerun_removes_the_figures_it_no_longer_makes(tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('MAKE = "both"\nCORPUS = "../seeds"', metadata={"tags": ["parameters"]})
    body = nbformat.v4.new_code_cell(
        "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\nfrom analysis import charts\n"
        "fig, ax = plt.subplots()\n"
        "_ = charts.save_figure(fig, '07_kept')\n"
        "if MAKE == 'both':\n"
        "    _ = charts.save_figure(fig, '07_dropped')\n")
    nb.cells = [nbformat.v4.new_markdown_cell("## A chart\n\nMade for the test."), params, body]
    folder = tmp_path / "nbs"
    folder.mkdir()
    nbformat.write(nb, folder / "07_test.ipynb")
    out = tmp_path / "out"
    env = dict(os.environ, ANALYSIS_CACHE_DIR=str(tmp_path / "cache"))

    def run(value):
        proc = subprocess.run([sys.executable, str(ROOT / "tools" / "run_notebooks.py"), str(folder / "07_test.ipynb"),
                               "--param", f"MAKE={value}", "--out-dir", str(out)],
                              capture_output=True, text=True, env=env, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return proc

    run("both")
    assert (out / "figures" / "07_dropped.png").exists()
    (out / "figures" / "08_other_notebook.png").write_bytes(b"not made by 07")
    run("one")
    names = sorted(p.name for p in (out / "figures").iterdir())
    assert "07_dropped.png" not in names and "07_dropped.svg" not in names and "07_kept.png" in names
    assert "08_other_notebook.png" in names  # another notebook's figure is not this run's to remove
    index = (out / "figures" / "README.md").read_text(encoding="utf-8")
    assert "07_kept" in index and "07_dropped" not in index


def test_an_unknown_parameter_is_an_error(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "run_notebooks.py"), *map(str, NOTEBOOKS),
                           "--param", "DOC_C=x"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "no notebook has the parameter 'DOC_C'" in proc.stderr and "DOC_A" in proc.stderr
