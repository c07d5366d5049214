"""Charts are byte-identical across saves; the CSV export round-trips; the CLI fails clearly."""
import subprocess
import sys

import pandas as pd

from analysis import charts, stats
from analysis.export import EXPORT_TABLES, export_tables
from conftest import ROOT


def test_figures_are_byte_identical_across_saves(seeds, tmp_path):
    fig = charts.plot_document_lengths(stats.document_lengths(seeds), source=seeds.source_line())
    first = charts.save_figure(fig, "lengths", tmp_path / "a")
    fig2 = charts.plot_document_lengths(stats.document_lengths(seeds), source=seeds.source_line())
    second = charts.save_figure(fig2, "lengths", tmp_path / "b")
    for ext in ("png", "svg", "pdf"):
        data = first[ext].read_bytes()
        assert len(data) > 1000
        assert data == second[ext].read_bytes(), ext
    assert "Source: 2 articles (seeds)" in [t.get_text() for t in fig.texts]
    assert first["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_source_line(seeds):
    assert seeds.source_line() == "Source: 2 articles (seeds)"


def test_empty_chart_says_no_data(tmp_path):
    empty = pd.DataFrame({"label": [], "n_words": [], "n_sentences": []})
    fig = charts.plot_document_lengths(empty)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "No data" in texts


def test_csv_export_round_trips(seeds, tmp_path):
    paths = export_tables(seeds, tmp_path)
    assert [p.name for p in paths] == [f"{t}.csv" for t in EXPORT_TABLES]
    docs = pd.read_csv(tmp_path / "documents.csv", keep_default_na=False)
    assert list(docs["doc_id"]) == list(seeds.documents["doc_id"])
    assert list(docs["text"]) == list(seeds.documents["text"])
    sents = pd.read_csv(tmp_path / "sentences.csv", keep_default_na=False)
    pd.testing.assert_frame_equal(sents, seeds.sentences, check_dtype=False)
    for row in sents.itertuples():
        assert docs.set_index("doc_id").loc[row.doc_id, "text"][row.start:row.end] == row.text


def test_cli_export_and_bad_input(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "analysis", "export", str(ROOT / "seeds"), "--out", str(tmp_path)],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "sentences.csv").exists()
    bad = subprocess.run([sys.executable, "-m", "analysis", "export", str(tmp_path / "missing"), "--out", str(tmp_path)],
                         capture_output=True, text=True)
    assert bad.returncode != 0
    assert "missing" in bad.stderr and "Traceback" not in bad.stderr


def test_every_side_keeps_one_colour_and_prominent_sides_differ():
    from analysis import charts

    fixed = [charts._side_color(s) for s in ("United States", "China", "both sides", "unknown", *charts.PROMINENT_SIDE_COLORS)]
    assert len(set(fixed)) == len(fixed)  # no two of them alike
    assert charts._side_color("Chile") == charts._side_color("Chile")  # any side: one colour, from its name
    assert charts._side_color("Chile") in charts.OTHER_SIDE_PALETTE
    # pairs often quoted together are not the same colour
    for a, b in [("India", "Pakistan"), ("Russia", "Ukraine"), ("European Union", "United Kingdom"), ("Japan", "South Korea")]:
        assert charts._side_color(a) != charts._side_color(b)


def test_exported_csv_cells_never_start_a_formula(tmp_path):
    import csv

    import analysis
    from analysis.export import export_tables

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "=cmd.txt").write_text("=HYPERLINK(\"http://x\")\n\n@SUM(A1:A9) was the reply, officials said.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,title,outlet,date,url\n=cmd.txt,+1 Talks,-Outlet,,\n", encoding="utf-8")
    corpus = analysis.load_corpus(folder, cache=False)
    assert corpus.documents["doc_id"].iloc[0].startswith("=")  # the table itself keeps the value
    for path in export_tables(corpus, tmp_path / "out"):
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (path.name, cell)
    with open(tmp_path / "out" / "documents.csv", newline="", encoding="utf-8") as fh:
        doc = next(csv.DictReader(fh))
    assert doc["doc_id"].startswith("'=") and doc["title"] == "'+1 Talks" and doc["outlet"] == "'-Outlet"
