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

    fixed = [charts.side_color(s) for s in ("United States", "China", "both sides", "unknown", *charts.PROMINENT_SIDE_COLORS)]
    assert len(set(fixed)) == len(fixed)  # no two of them alike
    assert charts.side_color("Chile") == charts.side_color("Chile")  # any side: one colour, from its name
    assert charts.side_color("Chile") in charts.OTHER_SIDE_PALETTE
    # pairs often quoted together are not the same colour
    for a, b in [("India", "Pakistan"), ("Russia", "Ukraine"), ("European Union", "United Kingdom"), ("Japan", "South Korea")]:
        assert charts.side_color(a) != charts.side_color(b)


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


# -- the colour rule, intervals and captions (issue 19) ------------------------------------

import matplotlib.colors as mcolors  # noqa: E402
import pytest  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.collections import PathCollection  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

CHINA, US = "#D55E00", "#0072B2"  # the colours the README gives the two seed sides


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def _hex(c) -> str | None:
    rgba = mcolors.to_rgba(c)
    return None if rgba[3] == 0 else mcolors.to_hex(rgba[:3]).upper()


def legend_colours(fig) -> dict:
    """{label: colour} of every legend entry of *fig*."""
    out = {}
    for ax in fig.axes:
        legends = [a for a in ax.get_children() if a.__class__.__name__ == "Legend"]
        for legend in legends:
            for handle, text in zip(legend.legend_handles, legend.get_texts()):
                colour = handle.get_facecolor() if hasattr(handle, "get_facecolor") else handle.get_color()
                out[text.get_text()] = _hex(colour)
    return out


def data_colours(fig) -> set:
    """Colours of the bars, points and lines that draw data (not the axes, grid or legends)."""
    out = set()
    grey_interval = "#888888"  # the error bars and caps of intervals
    for ax in fig.axes:
        for patch in ax.patches:
            if isinstance(patch, Rectangle):
                out |= {_hex(patch.get_facecolor()), _hex(patch.get_edgecolor())}
        for coll in ax.collections:
            if isinstance(coll, PathCollection):
                out |= {_hex(c) for c in coll.get_facecolors()} | {_hex(c) for c in coll.get_edgecolors()}
        for line in ax.lines:
            if line.get_linestyle() in ("None", "") and line.get_marker() not in (None, "None", ""):
                out |= {_hex(line.get_markeredgecolor()), _hex(line.get_markerfacecolor())}  # markers only
            elif len(line.get_xdata()) > 2 or line.get_marker() not in (None, "None", ""):
                out.add(_hex(line.get_color()))
    return out - {None, "#FFFFFF", grey_interval}


def caption(fig) -> str:
    return " ".join(t.get_text().replace("\n", " ") for t in fig.texts)


def speakers_table():
    return pd.DataFrame({
        "speaker": ["Wang Yi", "Antony Blinken", "Xi Jinping"], "side": ["China", "United States", "China"],
        "direct": [3, 2, 1], "indirect": [4, 3, 1], "total": [7, 5, 2],
    })


def sentiment_table(by="speaker"):
    rows = {"n": [7, 5, 2], "polarity_mean": [0.1, 0.2, 0.3], "polarity_lo": [0.0, 0.1, 0.25],
            "polarity_hi": [0.2, 0.3, 0.35], "vader_compound_mean": [0.1, 0.2, 0.7], "vader_compound_lo": [0.0, 0.1, 0.62],
            "vader_compound_hi": [0.2, 0.3, 0.86], "subjectivity_mean": [0.4, 0.4, 0.4]}
    if by == "speaker":
        return pd.DataFrame({"speaker": ["Wang Yi", "Antony Blinken", "Xi Jinping"],
                             "side": ["China", "United States", "China"], **rows})
    return pd.DataFrame({"side": ["China", "United States", "both sides"], **rows})


def test_a_side_has_the_same_colour_in_every_chart_of_a_run():
    month = pd.Timestamp("2023-06-01")
    figures = [
        charts.plot_statement_counts(speakers_table()),
        charts.plot_sentiment_by_speaker(sentiment_table("speaker")),
        charts.plot_sentiment_by_speaker(sentiment_table("side")),
        charts.plot_side_shares(pd.DataFrame({"doc_id": ["a", "a", "b"], "side": ["China", "United States", "China"],
                                              "n": [3, 1, 2], "share": [0.75, 0.25, 1.0]})),
        charts.plot_over_time(pd.DataFrame({"month": [month, month], "side": ["China", "United States"],
                                            "n": [6, 6], "polarity_mean": [0.1, 0.2]}),
                              x="month", y="polarity_mean", group="side"),
    ]
    for fig in figures:
        legend = legend_colours(fig)
        assert legend["China"] == CHINA and legend["United States"] == US, legend
        # every mark of data is in the colour of a side it shows (or neutral white)
        assert data_colours(fig) <= {CHINA, US, charts.side_color("both sides").upper()}, data_colours(fig)
    # the bars of the statement counts are the speakers' side colours, Wang Yi's too
    bars = [p for p in figures[0].axes[0].patches if isinstance(p, Rectangle)]
    assert {_hex(p.get_facecolor()) for p in bars[:3]} == {CHINA, US}


def test_charts_that_show_no_side_use_no_side_colour():
    side_colours = charts.all_side_colors()
    accounts = pd.DataFrame({"aspect": ["topic", "topic"], "item": ["Trade", "Taiwan"], "a": [2.0, 0.0], "b": [1.0, 3.0]})
    tone = pd.DataFrame({"speaker": ["Wang Yi", "Xi Jinping"], "n": [4, 3], "mean_score": [-2.5, 1.0]})
    scale = pd.DataFrame({"score": [3, -4], "label": ["cordial", "protest"]})
    lengths = pd.DataFrame({"label": ["A", "B"], "n_words": [100, 50], "n_sentences": [5, 3]})
    for fig in (charts.plot_account_topics(accounts, "First", "Second"), charts.plot_tone_index(tone, scale=scale),
                charts.plot_document_lengths(lengths)):
        assert data_colours(fig) and not (data_colours(fig) & side_colours), data_colours(fig)
    # accounts A and B are told apart without a hue: charcoal and hatched white
    bars = [p for p in charts.plot_account_topics(accounts, "First", "Second").axes[0].patches]
    assert {p.get_hatch() for p in bars} == {None, charts.HATCH}


def _lab(hex_colour):
    rgb = np.array(mcolors.to_rgb(hex_colour))
    rgb = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ rgb
    f = np.cbrt(xyz / np.array([0.95047, 1.0, 1.08883]))
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_scores_use_a_diverging_scale_that_no_side_uses():
    for step in charts.SCORE_COLORS:
        nearest = min(np.linalg.norm(_lab(step) - _lab(side)) for side in charts.all_side_colors())
        assert nearest >= 15, (step, nearest)  # CIELAB distance: clearly another colour
    assert charts.score_color(3, -4, 3) == charts.SCORE_COLORS[4]  # most warm: dark teal
    assert charts.score_color(-4, -4, 3) == charts.SCORE_COLORS[0]  # most hostile: dark brown
    assert charts.score_color(-1, -4, 3) == charts.SCORE_COLORS[1]


def test_no_interval_is_drawn_for_fewer_than_five_statements():
    fig = charts.plot_sentiment_by_speaker(sentiment_table("speaker"))
    for ax in fig.axes[:2]:
        # one error bar per panel: Wang Yi (n=7) and Blinken (n=5) have one each, Xi (n=2) none
        bars = [c for c in ax.collections if c.__class__.__name__ == "LineCollection"]
        assert len(bars) == 2
        points = [c for c in ax.collections if isinstance(c, PathCollection)]
        faces = [_hex(p.get_facecolors()[0]) for p in points]
        assert faces.count("#FFFFFF") == 1  # Xi's point is hollow
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "Xi Jinping  (n=2, few)" in labels and "Wang Yi  (n=7)" in labels
    assert "fewer than 5 statements, no interval drawn (1 of 3 speakers)" in caption(fig)


def test_every_cut_is_said_in_the_caption():
    many = pd.DataFrame({"speaker": [f"Speaker {i:02d}" for i in range(20)], "side": ["unknown"] * 20,
                         "direct": [1] * 20, "indirect": [0] * 20, "total": [1] * 20})
    assert "showing the 15 of 20 speakers with the most statements (ties at 1 broken by name)" in \
        caption(charts.plot_statement_counts(many))
    freq = pd.DataFrame({"doc_id": ["a", "a", "a"], "topic": ["trade", "taiwan", "energy"],
                         "label": ["Trade", "Taiwan", "Energy"], "count": [2, 1, 0], "value": [2.0, 1.0, 0.0]})
    assert "1 topic never mentioned left out" in caption(charts.plot_topic_frequency(freq))
    # over time: 2 of 8 documents dated; the topic never mentioned is neither drawn nor in a legend
    docs = pd.DataFrame({"date": [pd.Timestamp("2023-06-18"), pd.Timestamp("2023-06-19")] + [pd.NaT] * 6})
    month = pd.Timestamp("2023-06-01")
    over = pd.DataFrame({"date": [month] * 3, "topic": ["trade", "taiwan", "energy"],
                         "label": ["Trade", "Taiwan", "Energy"], "count": [2, 1, 0], "value": [2.0, 1.0, 0.0]})
    fig = charts.plot_over_time(over, x="date", y="value", group="label", documents=docs)
    text = caption(fig)
    assert "2 of 8 articles have a date; the 6 undated are left out" in text
    assert "1 topics with nothing in the dated documents left out" in text
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_visible()]
    assert titles == ["Trade", "Taiwan"]
    left, right = fig.axes[0].get_xlim()  # the axis spans the one month of data, not years
    assert right - left < 60


def test_over_time_says_what_is_missing():
    docs = pd.DataFrame({"date": [pd.Timestamp("2023-06-18"), pd.Timestamp("2023-07-02")]})
    empty = pd.DataFrame(columns=["month", "side", "n", "polarity_mean"])
    fig = charts.plot_over_time(empty, x="month", y="polarity_mean", group="side", documents=docs)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert texts == ["No data in the 2 dated articles"]  # dated, but no statement: not "No dated documents"
    undated = charts.plot_over_time(empty, x="month", y="polarity_mean", group="side",
                                    documents=pd.DataFrame({"date": [pd.NaT]}))
    assert [t.get_text() for ax in undated.axes for t in ax.texts] == ["No dated documents"]
    month = pd.Timestamp("2023-06-01")
    zeros = pd.DataFrame({"date": [month, month], "topic": ["trade", "taiwan"], "label": ["Trade", "Taiwan"],
                          "count": [0, 0], "value": [0.0, 0.0]})
    flat = charts.plot_over_time(zeros, x="date", y="value", group="label", documents=docs)
    assert [t.get_text() for ax in flat.axes for t in ax.texts] == ["No data in the 2 dated articles"]
    assert not any(ax.lines for ax in flat.axes)  # no flat lines at 0


def test_titles_follow_the_grouping():
    freq = pd.DataFrame({"outlet": ["Wire", "Wire"], "topic": ["trade", "taiwan"], "label": ["Trade", "Taiwan"],
                         "count": [2, 1], "value": [2.0, 1.0]})
    assert charts.plot_topic_frequency(freq)._suptitle.get_text() == "Topics per outlet"
    assert charts.plot_topic_heatmap(freq)._suptitle.get_text() == "Topic mentions by outlet"
    shares = pd.DataFrame({"outlet": ["Wire"], "side": ["China"], "n": [2], "share": [1.0]})
    assert charts.plot_side_shares(shares).axes[0].get_title(loc="left") == "Whose voices each outlet carries"


def test_the_tone_index_is_drawn_on_its_own_scale():
    table = pd.DataFrame({"speaker": ["Xi Jinping"], "n_phrases": [3], "tone_score": [3.0], "tone_scaled": [0.75],
                          "n_statements": [2], "polarity_mean": [0.2], "vader_compound_mean": [0.7]})
    scale = pd.DataFrame({"score": [3, -4], "label": ["cordial", "protest"]})
    fig = charts.plot_tone_vs_sentiment(table, scale=scale)
    tone_ax = fig.axes[0]
    assert [p.get_width() for p in tone_ax.patches] == [3.0]  # cordial at +3, not 0.75 on a −1…+1 axis
    low, high = tone_ax.get_xlim()
    assert low < -4 and high > 3 and "+3 cordial" in tone_ax.get_xlabel() and "−4 protest" in tone_ax.get_xlabel()
    assert fig.axes[1].get_xlim() == (-1.05, 1.05)


def test_distinctive_term_numbers_are_counts_not_ratios():
    terms = pd.DataFrame({"doc_id": ["a"], "term": ["stern"], "g2": [6.0], "count_target": [2]})
    fig = charts.plot_distinctive_terms(terms)
    assert "n=2" in [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "n = occurrences in the group" in caption(fig)


def test_figures_of_other_corpora_never_go_to_the_repository_figures(seeds, monkeypatch, tmp_path):
    monkeypatch.delenv("ANALYSIS_FIGURES_DIR", raising=False)
    root = charts.PROJECT_ROOT
    assert charts.figures_dir(seeds) == root / "figures"
    assert charts.figures_dir() == root / "build" / "figures"  # your own code, no corpus named
    assert charts.figures_dir("my articles") == root / "build" / "my articles" / "figures"
    assert charts.figures_dir("../../etc") == root / "build" / "etc" / "figures"
    other = analysis_corpus(tmp_path, "mine")
    assert charts.figures_dir(other) == root / "build" / "mine" / "figures"
    monkeypatch.setenv("ANALYSIS_FIGURES_DIR", str(tmp_path / "here"))
    paths = charts.save_figure(charts.plot_document_lengths(stats.document_lengths(seeds)), "x", corpus=seeds)
    assert paths["png"].parent == tmp_path / "here"


def analysis_corpus(tmp_path, name):
    import analysis

    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text("Talks\n\nThe minister said the talks were useful.\n", encoding="utf-8")
    return analysis.load_corpus(folder, cache=False)


def test_export_summaries_writes_the_tables_behind_the_charts(seeds, tmp_path):
    from analysis import sentiment, tone, topics
    from analysis.export import export_summaries

    names = {p.stem for p in export_summaries(seeds, tmp_path)}
    assert {"topic_frequency", "sentiment_by_speaker", "sentiment_by_side", "tone_index_by_speaker",
            "tone_index_by_side", "statement_counts", "topics_over_time", "two_accounts"} <= names
    by_side = pd.read_csv(tmp_path / "summaries" / "sentiment_by_side.csv", keep_default_na=False)
    expected = sentiment.sentiment_by_speaker(seeds, by="side")
    assert list(by_side["side"]) == list(expected["side"]) and list(by_side["n"]) == list(expected["n"])
    counts = pd.read_csv(tmp_path / "summaries" / "statement_counts.csv", keep_default_na=False)
    assert counts["total"].sum() == len(seeds.statements)
    freq = pd.read_csv(tmp_path / "summaries" / "topic_frequency.csv")
    assert freq["count"].sum() == len(seeds.topic_mentions)
    tone_idx = pd.read_csv(tmp_path / "summaries" / "tone_index_by_speaker.csv", keep_default_na=False)
    assert list(tone_idx["n"]) == list(tone.tone_index(seeds)["n"]) and tone_idx["n"].sum() > 0
    assert topics.topic_frequency(seeds, by="doc_id")["count"].sum() == freq["count"].sum()


def test_cli_export_summaries(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "analysis", "export", str(ROOT / "seeds"), "--out", str(tmp_path),
                         "--summaries"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "summaries" / "tone_index_by_side.csv").exists() and (tmp_path / "documents.csv").exists()


def test_tone_layers_chart_stacks_the_layers_and_scores_only_atmosphere(seeds):
    from analysis import tone

    table = tone.tone_layers(seeds)
    fig = charts.plot_tone_layers(table, source="seeds")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["atmosphere", "stance", "process", "concern"]
    # one bar segment per layer and speaker, each as long as the table's count
    wang = table.set_index("speaker").loc["Wang Yi"]
    widths = sorted(p.get_width() for p in ax.patches)
    assert wang["stance"] in widths and wang["atmosphere"] in widths
    assert "Only the atmosphere layer is scored" in caption(fig)
    labels = " ".join(t.get_text() for t in ax.texts)
    assert "atmosphere −1.75" in labels  # Wang Yi's index, from his characterisations only
    empty = charts.plot_tone_layers(table.iloc[0:0], source="seeds")
    assert any("No tone phrases found" in t.get_text() for t in empty.axes[0].texts)


@pytest.mark.parametrize("n_topics", [2, 12])
def test_account_topics_legend_never_covers_the_axis_label(n_topics):
    table = pd.DataFrame({"aspect": ["topic"] * n_topics, "item": [f"topic {i}" for i in range(n_topics)],
                          "a": [float(i % 3) for i in range(n_topics)], "b": [float((i + 1) % 3) for i in range(n_topics)]})
    fig = charts.plot_account_topics(table, "Account one", "Account two", source="test")
    fig.canvas.draw()
    ax = fig.axes[0]
    assert ax.get_legend().get_window_extent().y1 < ax.xaxis.label.get_window_extent().y0
