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
