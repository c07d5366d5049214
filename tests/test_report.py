"""The HTML report and the figure index, built from the stored (executed) notebooks."""
import re
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from figure_index import figure_entries, write_index  # noqa: E402
from make_report import build_report  # noqa: E402

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_report_is_self_contained_with_contents(tmp_path):
    out = build_report(NOTEBOOKS, tmp_path / "report.html", "Test report")
    page = out.read_text(encoding="utf-8")
    # opens offline: nothing loaded from the network
    assert not re.search(r"<(script|link|img)\b[^>]*(src|href)=[\"']https?://", page)
    assert "<nav><strong>Contents</strong>" in page
    for title in ["01 · Corpus overview", "02 · Topic frequency", "03 · Sentiment by speaker",
                  "04 · Diplomatic tone phrases", "05 · Comparing accounts"]:
        assert title in page
    # figures are embedded, code is hidden
    assert page.count('src="data:image/png;base64,') >= 15
    assert "import analysis" not in page
    # tables are there
    assert "US-China Divide Persists as Blinken Concludes Beijing Meetings" in page


def test_figure_index_lists_every_saved_figure(tmp_path):
    entries = figure_entries(NOTEBOOKS)
    names = [n for n, _, _ in entries]
    assert names[0] == "01_document_lengths"
    assert "04_tone_vs_sentiment" in names and "05_two_accounts_topics" in names
    caption = dict((n, c) for n, c, _ in entries)["03_sentiment_by_speaker"]
    assert caption.startswith("Sentiment by speaker: ")
    # only figures that exist are listed (here: none in an empty folder but one)
    (tmp_path / "01_document_lengths.png").write_bytes(b"png")
    text = write_index(tmp_path, NOTEBOOKS).read_text(encoding="utf-8")
    assert "| [01_document_lengths](01_document_lengths.png) | Words and sentences per article | 01_corpus_overview.ipynb |" in text
    assert "02_topic_heatmap" not in text


def test_report_prints_whole_with_captions_as_alt_text(tmp_path):
    import base64

    out = build_report(NOTEBOOKS, tmp_path / "report.html", "Test report", ROOT / "figures")
    page = out.read_text(encoding="utf-8")
    assert "No description has been provided" not in page
    alts = re.findall(r'<img [^>]*alt="([^"]*)"', page)
    assert len(alts) >= 15 and "Words and sentences per article" in alts
    # figures are the saved 200 dpi files at the full width of the page
    saved = base64.b64encode((ROOT / "figures" / "01_document_lengths.png").read_bytes()).decode("ascii")
    assert saved in page
    assert re.search(r"\bimg \{ width: 100%", page)
    # tables are never cut to a scroll box, and print with their header on every page
    assert "max-height" not in page
    assert "@media print" in page and "thead { display: table-header-group; }" in page
    # tables show article titles, not ids, in their headers
    assert not re.search(r"<th>\d{3}_[0-9a-f]{16}</th>", page)


def test_lab_saves_a_stored_notebook_run_on_another_corpus_under_build(tmp_path):
    import asyncio
    import json

    import nbformat
    from lab_contents import StoredNotebooksContentsManager

    (tmp_path / "notebooks").mkdir()
    stored = tmp_path / "notebooks" / "01_corpus_overview.ipynb"
    stored.write_bytes((ROOT / "notebooks" / "01_corpus_overview.ipynb").read_bytes())
    original = stored.read_bytes()
    manager = StoredNotebooksContentsManager(root_dir=str(tmp_path))

    def save(nb):
        model = {"type": "notebook", "format": "json", "content": json.loads(nbformat.writes(nb))}
        return asyncio.run(manager.save(model, "notebooks/01_corpus_overview.ipynb"))

    nb = nbformat.read(stored, as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params.source = params.source.replace('CORPUS = "../seeds"', 'CORPUS = "/data/my_articles"')
    returned = save(nb)
    assert returned["path"] == "notebooks/01_corpus_overview.ipynb"
    assert stored.read_bytes() == original
    copy = tmp_path / "build" / "my_articles" / "01_corpus_overview.ipynb"
    assert '/data/my_articles' in copy.read_text(encoding="utf-8")
    # the seed run with its own parameters (a developer's edit) is saved in place
    nb = nbformat.read(stored, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("A new note."))
    save(nb)
    assert "A new note." in stored.read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == ["my_articles"]


def test_parameters_go_only_to_the_notebooks_that_declare_them():
    import nbformat
    from run_notebooks import inject_parameters

    nb = nbformat.read(ROOT / "notebooks" / "01_corpus_overview.ipynb", as_version=4)
    inject_parameters(nb, {"CORPUS": "x", "DOC_A": "a"})
    injected = [c.source for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected == ["# Parameters injected by tools/run_notebooks.py\nCORPUS = 'x'"]
    nb5 = nbformat.read(ROOT / "notebooks" / "05_compare_accounts.ipynb", as_version=4)
    inject_parameters(nb5, {"CORPUS": "x", "DOC_A": "a"})
    assert "DOC_A = 'a'" in next(c.source for c in nb5.cells if "injected-parameters" in c.metadata.get("tags", []))


def test_no_two_stored_figures_are_the_same():
    import hashlib

    seen = {}
    for path in sorted((ROOT / "figures").glob("*.png")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest not in seen, f"{path.name} is a copy of {seen.get(digest)}"
        seen[digest] = path.name
    assert len(seen) >= 15


def test_pdf_of_the_report_is_printed_offline_and_byte_identical(tmp_path):
    import shutil

    import pytest
    from make_report import write_pdf

    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        pytest.skip("Debian's chromium is not installed")
    page = tmp_path / "report.html"
    # an image from the network must not load (nor hang the print)
    page.write_text("<!DOCTYPE html><html><body><h1>Report</h1><table><tr><th>a</th></tr><tr><td>1</td></tr></table>"
                    "<img src='http://192.0.2.1/x.png' alt='x'></body></html>", encoding="utf-8")
    assert write_pdf(page, tmp_path / "a.pdf") == 0 and write_pdf(page, tmp_path / "b.pdf") == 0
    first = (tmp_path / "a.pdf").read_bytes()
    assert first.startswith(b"%PDF") and b"(D:20000101000000+00'00')" in first
    assert first == (tmp_path / "b.pdf").read_bytes()
