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
