"""Report-ready charts in one house style.

Like quanteda's ``textplot_*`` functions, each ``plot_*`` function draws exactly one table
computed elsewhere (never computing and plotting at once) and returns the matplotlib
Figure. :func:`save_figure` writes PNG, SVG and PDF files that are byte-identical from
run to run.
"""
from __future__ import annotations

import hashlib

import os
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker
import matplotlib.colors
import pandas as pd

from .stats import doc_labels, short_label  # noqa: F401 (doc_labels is public here too)

STYLE_FILE = Path(__file__).resolve().parent / "styles" / "house.mplstyle"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
SIDE_COLORS = {"United States": "#0072B2", "China": "#D55E00", "both sides": "#009E73", "unknown": "#999999", "": "#999999"}
# Every side keeps one colour in every chart and every run. The sides diplomacy coverage
# quotes most have colours of their own, no two alike; any other side gets one of a second set,
# chosen from its name (two such sides may share one).
PROMINENT_SIDE_COLORS = {
    # sides often quoted together get colours far apart: Russia/Ukraine, India/Pakistan,
    # European Union/United Kingdom, Japan/South Korea, China/Taiwan, Israel/Iran
    "Russia": "#E69F00", "Ukraine": "#56B4E9", "European Union": "#F0E442", "United Kingdom": "#CC79A7",
    "India": "#882255", "Pakistan": "#332288", "Japan": "#E73F74", "South Korea": "#117733",
    "North Korea": "#000000", "Taiwan": "#80BA5A", "United Nations": "#8C564B", "NATO": "#999933",
    "France": "#A6761D", "Germany": "#DDCC77", "Iran": "#B2182B", "Israel": "#5E9ED6",
    "Philippines": "#C51B7D", "Brazil": "#6A3D9A",
}
OTHER_SIDE_PALETTE = ["#B15928", "#FB9A99", "#FDBF6F", "#B2DF8A", "#A6CEE3", "#CAB2D6", "#FFFF99", "#1F3A93"]
# What a reader calls each colour, for captions
COLOR_NAMES = {"#0072B2": "blue", "#D55E00": "vermilion", "#009E73": "green", "#999999": "grey",
               "#E69F00": "orange", "#56B4E9": "sky blue", "#F0E442": "yellow", "#CC79A7": "pink",
               "#882255": "wine", "#332288": "indigo", "#E73F74": "red", "#117733": "dark green",
               "#000000": "black", "#80BA5A": "light green", "#8C564B": "brown", "#999933": "olive",
               "#A6761D": "ochre", "#DDCC77": "sand", "#B2182B": "crimson", "#5E9ED6": "light blue",
               "#C51B7D": "magenta", "#6A3D9A": "violet", "#B15928": "rust", "#FB9A99": "salmon",
               "#FDBF6F": "peach", "#B2DF8A": "pale green", "#A6CEE3": "pale blue", "#CAB2D6": "lavender",
               "#FFFF99": "pale yellow", "#1F3A93": "navy"}


def use_house_style() -> None:
    """Apply the house style to every following matplotlib figure."""
    plt.style.use(str(STYLE_FILE))
    # Fixed SVG ids and no dates in any output format: byte-identical files.
    matplotlib.rcParams["svg.hashsalt"] = "diplomatic-discourse"


@contextmanager
def house_style():
    """Context manager applying the house style temporarily."""
    with plt.style.context(str(STYLE_FILE)):
        yield


def figures_dir() -> Path:
    """Where figures go: ``$ANALYSIS_FIGURES_DIR`` if set, else ``figures/`` in the project."""
    env = os.environ.get("ANALYSIS_FIGURES_DIR")
    return Path(env) if env else PROJECT_ROOT / "figures"


def save_figure(fig, name: str, directory: str | os.PathLike | None = None, dpi: int = 200) -> dict:
    """Write *fig* as ``<name>.png`` (200 dpi), ``.svg`` and ``.pdf``; return their paths.

    Files carry no dates or software versions, and SVG ids use a fixed salt, so saving the
    same figure twice gives identical bytes.
    """
    if not name or any(c in name for c in "/\\"):
        raise ValueError(f"Figure name must be a plain file name without folders, got {name!r}")
    out = Path(directory) if directory is not None else figures_dir()
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    with matplotlib.rc_context({"svg.hashsalt": "diplomatic-discourse"}):
        for ext, meta in (
            ("png", {"Software": None}),
            ("svg", {"Date": None, "Creator": None}),
            ("pdf", {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None}),
        ):
            path = out / f"{name}.{ext}"
            fig.savefig(path, format=ext, dpi=dpi, metadata=meta, bbox_inches="tight", facecolor="white")
            paths[ext] = path
    return paths


def add_source(fig, source: str | None) -> None:
    """Write a source line such as "Source: 2 articles (seeds)" under the chart."""
    if source:
        fig.text(0.01, -0.02, source, ha="left", va="top", fontsize=8.5, color="#555555")


def no_data(ax, message: str = "No data") -> None:
    """Mark an empty chart instead of failing."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#777777", transform=ax.transAxes)


def _bar_height(n: int) -> float:
    return max(2.2, 0.45 * n + 1.3)


def plot_document_lengths(lengths: pd.DataFrame, source: str | None = None, title: str = "Words and sentences per article"):
    """Horizontal bars of words and sentences per document.

    *lengths* is the table from :func:`analysis.stats.document_lengths` (columns
    ``label``, ``n_words``, ``n_sentences``).
    """
    lengths, note = limit_groups(lengths, "label" if "label" in lengths.columns else [], MAX_GROUPS, "n_words", "articles")
    source = _note(source, note.replace("n words", "words"))
    with house_style():
        fig, axes = plt.subplots(1, 2, figsize=(9, _bar_height(len(lengths))), sharey=True)
        if lengths.empty:
            for ax in axes:
                no_data(ax)
        else:
            y = range(len(lengths))
            for ax, col, color, xlabel in (
                (axes[0], "n_words", PALETTE[0], "Words"),
                (axes[1], "n_sentences", PALETTE[1], "Sentences"),
            ):
                ax.barh(list(y), lengths[col], color=color)
                ax.set_xlabel(xlabel)
                for yi, v in zip(y, lengths[col]):
                    ax.text(v, yi, f" {v:,}", va="center", fontsize=8.5)
                ax.margins(x=0.15)
            axes[0].set_yticks(list(y), lengths["label"])
            axes[0].invert_yaxis()
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, source)
    return fig


# --------------------------------------------------------------------------- topics


def _wrap(text: str, width: int = 30) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


MAX_GROUPS = 30  # rows (articles, outlets) in one chart; more would not be readable
MAX_PANELS = 12  # panels of small multiples


def limit_groups(table: pd.DataFrame, keys, max_groups: int | None, weight: str, what: str = "articles"):
    """Keep the *max_groups* groups with the largest total *weight* (in their original
    order) and say so: returns ``(table, note)``; the note is empty when nothing was cut."""
    keys = [keys] if isinstance(keys, str) else list(keys or [])
    if not keys or table.empty or max_groups is None or weight not in table.columns:
        return table, ""
    totals = table.groupby(keys, sort=False)[weight].sum()
    if len(totals) <= max_groups:
        return table, ""
    keep = set(totals.sort_values(ascending=False, kind="mergesort").head(max_groups).index)
    index = table.set_index(keys).index
    mask = [k in keep for k in index]
    return table[mask], f"showing the {max_groups} of {len(totals)} {what} with the most {weight.replace('_', ' ')}"


def _note(source: str | None, note: str) -> str | None:
    if not note:
        return source
    return f"{source} · {note}" if source else note


def _group_column(table: pd.DataFrame, after: tuple[str, ...] = ("topic",)) -> list[str]:
    """The group columns of a tidy table: the columns before ``topic`` (or ``term``)."""
    cols = list(table.columns)
    for name in after:
        if name in cols:
            return cols[: cols.index(name)]
    return cols[:1]


def _group_names(table: pd.DataFrame, keys: list[str], group_labels=None) -> pd.Series:
    """One readable name per row: the group values (mapped through *group_labels*)."""
    group_labels = group_labels or {}

    def name(values) -> str:
        parts = []
        for v in values:
            if isinstance(v, pd.Timestamp):
                parts.append(v.strftime("%b %Y"))
            else:
                v = group_labels.get(v, v)
                parts.append(str(v) if str(v) != "" else "(unknown)")
        return " · ".join(parts)

    return pd.Series([name(vals) for vals in table[keys].itertuples(index=False, name=None)], index=table.index)


def _value_label(freq: pd.DataFrame, keys: list[str]) -> str:
    if (freq["value"] == freq["count"]).all():
        return "Mentions"
    sums = freq.groupby(keys, dropna=False)["value"].sum()
    if (((sums - 1).abs() < 1e-9) | (sums == 0)).all():
        return "Share of mentions"
    return "Mentions per 1,000 words"


def _mentioned_topics(freq: pd.DataFrame, max_topics: int | None = None) -> list[tuple[str, str]]:
    """(topic, label) of the topics mentioned at least once, most mentioned first."""
    totals = freq.groupby(["topic", "label"], sort=False).agg(count=("count", "sum"), value=("value", "sum")).reset_index()
    totals["order"] = range(len(totals))
    totals = totals[totals["count"] > 0].sort_values(["value", "count", "order"], ascending=[False, False, True], kind="mergesort")
    if max_topics:
        totals = totals.head(max_topics)
    return list(zip(totals["topic"], totals["label"]))


def _format_value(v: float, label: str) -> str:
    if label == "Mentions":
        return f"{v:,.0f}"
    if label == "Share of mentions":
        return f"{v:.0%}"
    return f"{v:,.1f}"


def plot_topic_frequency(freq: pd.DataFrame, source: str | None = None, title: str = "Topics per article",
                         group_labels: dict | None = None, max_topics: int | None = 15, ncols: int = 3,
                         max_groups: int | None = MAX_PANELS):
    """Small multiples: one panel per group (article...), a horizontal bar per topic.

    *freq* is the table from :func:`analysis.topics.topic_frequency` (any ``by`` and
    ``normalize``); the axis says which measure it holds. Topics never mentioned are left
    out; the *max_topics* most mentioned overall are shown, in the same order in every
    panel. *group_labels* maps group values (e.g. doc_id) to readable names, such as
    :func:`analysis.stats.document_label_map`. With many articles, prefer
    :func:`plot_topic_heatmap`, which stays one chart. At most *max_groups* panels (the
    groups with most mentions) are drawn, and the source line says so.
    """
    keys = _group_column(freq)
    freq, note = limit_groups(freq, keys, max_groups, "count", "groups")
    source = _note(source, note.replace("most count", "most mentions"))
    with house_style():
        topics = _mentioned_topics(freq, max_topics) if not freq.empty else []
        if not topics:
            fig, ax = plt.subplots(figsize=(8, 3))
            no_data(ax)
        else:
            names = _group_names(freq, keys, group_labels)
            groups = list(dict.fromkeys(names))
            ncols = max(1, min(ncols, len(groups)))
            nrows = -(-len(groups) // ncols)
            height = max(2.4, 0.3 * len(topics) + 1.4)
            fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols + 1.6, height * nrows), sharex=True,
                                     sharey=True, squeeze=False)
            vlabel = _value_label(freq, keys)
            topic_ids = [t for t, _ in topics]
            y = list(range(len(topics)))
            vmax = float(freq.loc[freq["topic"].isin(topic_ids), "value"].max()) or 1.0
            for i, ax in enumerate(axes.flat):
                if i >= len(groups):
                    ax.set_visible(False)
                    continue
                part = freq[names == groups[i]].set_index("topic").reindex(topic_ids)
                values = part["value"].fillna(0).to_numpy()
                ax.barh(y, values, color=PALETTE[0], height=0.7)
                for yi, v, n in zip(y, values, part["count"].fillna(0).astype(int)):
                    if n:
                        ax.text(v + vmax * 0.02, yi, _format_value(v, vlabel), va="center", fontsize=8)
                ax.set_title(_wrap(groups[i], 36), loc="left", fontsize=9.5, fontweight="bold")
                ax.tick_params(axis="y", length=0)
                ax.set_xlim(0, vmax * 1.22)
                if i % ncols == 0:
                    ax.set_yticks(y, [label for _, label in topics])
                if i // ncols == nrows - 1 or i + ncols >= len(groups):
                    ax.set_xlabel(vlabel)
                    ax.tick_params(axis="x", labelbottom=True)
            axes[0, 0].invert_yaxis()
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, source)
    return fig


def _heatmap(ax, values, counts, row_labels, col_labels, cbar_label: str, fig, mask=None):
    """Draw a cividis heatmap of *values* with *counts* written in the cells.

    Cells with no count (and cells where *mask* is True) are left light grey, so that
    "not mentioned" never looks like a low value.
    """
    import numpy as np

    values = np.asarray(values, dtype=float)
    counts = np.asarray(counts)
    hidden = counts == 0 if mask is None else (counts == 0) | np.asarray(mask)
    vmax = values[~hidden].max() if (~hidden).any() and values[~hidden].max() > 0 else 1.0
    cmap = matplotlib.colormaps["cividis"].with_extremes(bad="#f2f2f2")
    im = ax.imshow(np.ma.masked_array(values, hidden), cmap=cmap, vmin=0, vmax=vmax, aspect="auto")
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xticks(range(len(col_labels)), col_labels, rotation=40, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(row_labels)), row_labels)
    ax.tick_params(length=0)
    ax.set_xticks([x - 0.5 for x in range(1, len(col_labels))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(row_labels))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for (r, c), n in np.ndenumerate(counts):
        if not hidden[r, c]:
            dark = values[r, c] / vmax < 0.55
            ax.text(c, r, f"{int(n):,}", ha="center", va="center", fontsize=8.5, color="white" if dark else "black")
    cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    cbar.set_label(_wrap(cbar_label, 16))
    cbar.outline.set_visible(False)
    return im


def plot_topic_heatmap(freq: pd.DataFrame, source: str | None = None, title: str = "Topic mentions by article",
                       group_labels: dict | None = None, max_topics: int | None = 20,
                       max_groups: int | None = MAX_GROUPS):
    """Heatmap of groups (rows) by topics (columns): colour = ``value``, number = mentions.

    *freq* is the table from :func:`analysis.topics.topic_frequency`. Topics never
    mentioned are left out; columns run from the most to the least mentioned topic. At
    most *max_groups* rows (the groups with most mentions) are drawn, and the source line
    says so.
    """
    keys = _group_column(freq)
    freq, note = limit_groups(freq, keys, max_groups, "count", "groups")
    source = _note(source, note.replace("most count", "most mentions"))
    with house_style():
        topics = _mentioned_topics(freq, max_topics) if not freq.empty else []
        if not topics:
            fig, ax = plt.subplots(figsize=(8, 3))
            no_data(ax)
        else:
            names = _group_names(freq, keys, group_labels)
            groups = list(dict.fromkeys(names))
            topic_ids = [t for t, _ in topics]
            table = freq.assign(_name=names)
            values = table.pivot_table(index="_name", columns="topic", values="value", aggfunc="sum", sort=False)
            counts = table.pivot_table(index="_name", columns="topic", values="count", aggfunc="sum", sort=False)
            values = values.reindex(index=groups, columns=topic_ids).fillna(0)
            counts = counts.reindex(index=groups, columns=topic_ids).fillna(0).astype(int)
            width = min(16, max(6.5, 0.62 * len(topics) + 4.2))
            fig, ax = plt.subplots(figsize=(width, max(3.0, 0.5 * len(groups) + 2.0)))
            _heatmap(ax, values.to_numpy(), counts.to_numpy(), [_wrap(g, 40) for g in groups],
                     [label for _, label in topics], _value_label(freq, keys), fig)
            ax.set_title("Numbers: mentions", loc="left", fontsize=9, fontweight="normal", color="#555555")
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, source)
    return fig


def plot_topics_by_speaker(freq: pd.DataFrame, source: str | None = None, title: str = "Topics by speaker",
                           max_speakers: int = 15, max_topics: int | None = 15):
    """Heatmap of speakers (rows, most mentions first) by topics, from
    ``topic_frequency(corpus, by="speaker")``: colour = ``value``, number = mentions.

    Says "No data" when no topic is mentioned inside an attributed statement.
    """
    keys = _group_column(freq)
    if not freq.empty:
        totals = freq.groupby(keys, sort=False)["count"].sum()
        keep = totals[totals > 0].sort_values(ascending=False, kind="mergesort").head(max_speakers).index
        mask = freq.set_index(keys).index.isin(keep)
        freq = freq[mask]
        # rows ordered by total mentions
        rank = {k: i for i, k in enumerate(keep)}
        freq = freq.assign(_rank=[rank[k] for k in freq.set_index(keys).index]).sort_values("_rank", kind="mergesort").drop(columns="_rank")
    return plot_topic_heatmap(freq, source=source, title=title, max_topics=max_topics)


def plot_topic_cooccurrence(matrix: pd.DataFrame, source: str | None = None,
                            title: str = "Topics mentioned together", labels: dict | None = None,
                            unit: str = "sentences"):
    """Heatmap of a topic x topic matrix from :func:`analysis.topics.topic_cooccurrence`.

    Topics never mentioned are left out. The diagonal is the number of *unit* mentioning
    the topic; below it, the number mentioning both (the matrix is symmetric, so the
    upper half is left blank). *labels* maps topic ids to names (default: the labels of
    ``topics.yaml``).
    """
    import numpy as np

    if labels is None:
        try:
            from .topics import load_topics

            t = load_topics()
            labels = dict(zip(t["topic"], t["label"]))
        except Exception:  # a chart must not fail for want of labels
            labels = {}
    with house_style():
        keep = [t for t in matrix.index if matrix.loc[t, t] > 0] if not matrix.empty else []
        if not keep:
            fig, ax = plt.subplots(figsize=(7, 3))
            no_data(ax)
        else:
            keep = sorted(keep, key=lambda t: (-matrix.loc[t, t], list(matrix.index).index(t)))
            sub = matrix.loc[keep, keep].to_numpy()
            names = [labels.get(t, t) for t in keep]
            size = min(14, max(5.5, 0.55 * len(keep) + 3.2))
            fig, ax = plt.subplots(figsize=(size + 1.0, size * 0.85))
            upper = np.triu(np.ones_like(sub, dtype=bool), k=1)
            _heatmap(ax, sub, sub, names, names, f"Number of {unit}", fig, mask=upper)
            ax.set_title(f"Numbers: {unit} mentioning both topics (diagonal: mentioning the topic)", loc="left",
                         fontsize=9, fontweight="normal", color="#555555")
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, source)
    return fig


SIGNIFICANT_G2 = 3.84  # log-likelihood critical value, p < 0.05, one degree of freedom


def plot_distinctive_terms(terms: pd.DataFrame, source: str | None = None, title: str = "Distinctive terms per article",
                           group_labels: dict | None = None, n: int = 10, ncols: int = 3,
                           max_groups: int | None = MAX_PANELS):
    """Small multiples of horizontal bars: the *n* terms with the highest log-likelihood
    (G2) per group, from :func:`analysis.keyness.distinctive_terms` (with or without a
    group column). Numbers at the bar ends: occurrences in the group. The dashed line
    marks G² = 3.84 (p < 0.05 for a single term).
    """
    keys = _group_column(terms, after=("term",))
    terms, note = limit_groups(terms, keys, max_groups, "g2", "groups")
    source = _note(source, note.replace("most g2", "most distinctive terms (G²)"))
    with house_style():
        if terms.empty:
            fig, ax = plt.subplots(figsize=(8, 3))
            no_data(ax)
        else:
            if keys:
                names = _group_names(terms, keys, group_labels)
            else:
                names = pd.Series([""] * len(terms), index=terms.index)
            groups = list(dict.fromkeys(names))
            ncols = max(1, min(ncols, len(groups)))
            nrows = -(-len(groups) // ncols)
            height = max(2.4, 0.3 * n + 1.4)
            fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols + 1.2, height * nrows), squeeze=False)
            gmax = max(float(terms["g2"].max()), SIGNIFICANT_G2 * 1.05)
            for i, ax in enumerate(axes.flat):
                if i >= len(groups):
                    ax.set_visible(False)
                    continue
                part = terms[names == groups[i]].head(n)
                y = list(range(len(part)))
                ax.barh(y, part["g2"], color=PALETTE[i % len(PALETTE)], height=0.7)
                ax.set_yticks(y, part["term"])
                ax.tick_params(axis="y", length=0)
                ax.invert_yaxis()
                for yi, g, c in zip(y, part["g2"], part["count_target"]):
                    ax.text(g + gmax * 0.02, yi, f"{int(c)}×", va="center", fontsize=8)
                ax.set_xlim(0, gmax * 1.2)
                ax.axvline(SIGNIFICANT_G2, color="#777777", linestyle="--", linewidth=0.9)
                ax.text(SIGNIFICANT_G2, 0.01, " p < 0.05", transform=ax.get_xaxis_transform(), fontsize=7.5,
                        color="#555555", va="bottom", ha="left")
                ax.set_xlabel("Log-likelihood (G²)")
                if groups[i]:
                    ax.set_title(_wrap(groups[i], 36), loc="left", fontsize=9.5, fontweight="bold")
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, source)
    return fig


# -- statements and sentiment by speaker ------------------------------------------------

def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _side_color(side: str) -> str:
    if side in SIDE_COLORS:
        return SIDE_COLORS[side]
    if side in PROMINENT_SIDE_COLORS:
        return PROMINENT_SIDE_COLORS[side]
    digest = int(hashlib.sha256(side.encode("utf-8")).hexdigest()[:8], 16)
    return OTHER_SIDE_PALETTE[digest % len(OTHER_SIDE_PALETTE)]


def _side_legend(ax, sides) -> None:
    from matplotlib.patches import Patch

    seen = [s for s in dict.fromkeys(sides) if s]
    if seen:
        ax.legend(handles=[Patch(color=_side_color(s), label=s) for s in seen], loc="upper left",
                  bbox_to_anchor=(1.02, 1.0), title="Side")


def plot_sentiment_by_speaker(table: pd.DataFrame, source: str | None = None, top: int = 15,
                              title: str = "Sentiment of statements by speaker"):
    """Mean TextBlob polarity and VADER compound per speaker, with 95% intervals and n.

    *table* is :func:`analysis.sentiment.sentiment_by_speaker` (by speaker or side); the
    ``top`` groups with most statements are shown.
    """
    key = "speaker" if "speaker" in table.columns else table.columns[0]
    data = table.head(top).iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, axes = plt.subplots(1, 2, figsize=(10, _bar_height(len(data))), sharey=True)
        if data.empty:
            for ax in axes:
                no_data(ax, "No statements found")
        else:
            y = list(range(len(data)))
            colors = [_side_color(s) for s in data.get("side", data[key])]
            for ax, m, label in ((axes[0], "polarity", "TextBlob polarity"), (axes[1], "vader_compound", "VADER compound")):
                mean, lo, hi = data[f"{m}_mean"], data[f"{m}_lo"], data[f"{m}_hi"]
                ax.errorbar(mean, y, xerr=[mean - lo, hi - mean], fmt="none", ecolor="#888888", elinewidth=1.4, capsize=3)
                ax.scatter(mean, y, c=colors, s=46, zorder=3)
                ax.axvline(0, color="#444444", linewidth=0.8)
                ax.set_xlim(-1.05, 1.05)
                ax.set_xlabel(f"{label}\n(−1 negative … +1 positive)")  # two lines: side by side, one line each would touch
            axes[0].set_yticks(y, [f"{short_label(k, 30)}  (n={n})" for k, n in zip(data[key], data["n"])])
            if "side" in data:
                _side_legend(axes[1], data["side"])
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, _note(source, "Points: mean per statement; bars: 95% bootstrap interval"))
    return fig


def plot_statement_counts(table: pd.DataFrame, source: str | None = None, top: int = 15,
                          title: str = "Statements per speaker: direct quotes and reported speech"):
    """Stacked bars of direct and indirect statements per speaker (or side, document).

    *table* is :func:`analysis.sentiment.statement_counts`.
    """
    key = table.columns[0] if len(table.columns) else "speaker"
    data = table.head(top).iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, ax = plt.subplots(figsize=(8.5, _bar_height(len(data))))
        if data.empty:
            no_data(ax, "No statements found")
        else:
            y = list(range(len(data)))
            ax.barh(y, data["direct"], color=PALETTE[0], label="direct quote")
            ax.barh(y, data["indirect"], left=data["direct"], color=PALETTE[5], label="reported speech")
            for yi, total in zip(y, data["total"]):
                ax.text(total, yi, f" {total}", va="center", fontsize=8.5)
            labels = [short_label(k, 32) for k in data[key]]
            ax.set_yticks(y, labels)
            if "side" in data:
                for tick, side in zip(ax.get_yticklabels(), data["side"]):
                    tick.set_color(_side_color(side) if side and side != "unknown" else "#333333")
            ax.set_xlabel("Statements")
            ax.margins(x=0.12)
            ax.legend(loc="lower right")
        ax.set_title(title)
        fig.tight_layout()
        sides = [x for x in dict.fromkeys(data["side"].astype(str)) if x and x != "unknown"] if "side" in data else []
        if sides:
            key_text = ", ".join(f"{COLOR_NAMES.get(_side_color(x), 'coloured')} {x}" for x in sides)
            source = _note(source, f"Speaker names coloured by side: {key_text}")
        add_source(fig, source)
    return fig


def plot_side_shares(table: pd.DataFrame, labels: dict | None = None, source: str | None = None,
                     title: str = "Whose voices each article carries"):
    """Stacked 100% bars: share of statements by side in each document or outlet.

    *table* is :func:`analysis.sentiment.side_shares`; *labels* maps its first column's
    values (e.g. doc_id) to readable labels.
    """
    key = table.columns[0] if len(table.columns) else "doc_id"
    table, note = limit_groups(table, key, MAX_GROUPS, "n", "groups")
    source = _note(source, note.replace("most n", "most statements"))
    with house_style():
        groups = list(dict.fromkeys(table[key])) if not table.empty else []
        fig, ax = plt.subplots(figsize=(8.5, _bar_height(len(groups))))
        if not groups:
            no_data(ax, "No statements found")
        else:
            wide = table.pivot_table(index=key, columns="side", values="share", fill_value=0).reindex(groups)
            order = [s for s in ["United States", "China", "both sides", "unknown"] if s in wide.columns]
            order += [s for s in wide.columns if s not in order]
            left = pd.Series(0.0, index=wide.index)
            y = list(range(len(groups)))[::-1]
            for side in order:
                ax.barh(y, wide[side], left=left, color=_side_color(side), label=side)
                left = left + wide[side]
            names = [(labels or {}).get(g, g) for g in groups]
            ax.set_yticks(y, [short_label(n, 42) for n in names])
            ax.set_xlim(0, 1)
            ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
            ax.set_xlabel("Share of statements")
            ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), title="Side")
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, source)
    return fig


# -- tone phrases ---------------------------------------------------------------------------

def _tone_color(score: float, top: float = 4.0):
    """Blue for warm, vermilion for hostile, grey in between (colour-blind safe)."""
    if score > 0:
        return matplotlib.colors.to_hex(matplotlib.colors.LinearSegmentedColormap.from_list("w", ["#c6dbef", "#0072B2"])(min(1, score / 3)))
    if score < 0:
        return matplotlib.colors.to_hex(matplotlib.colors.LinearSegmentedColormap.from_list("h", ["#f6cfb6", "#D55E00"])(min(1, -score / top)))
    return "#bbbbbb"


def plot_tone_categories(table: pd.DataFrame, source: str | None = None,
                         title: str = "Diplomatic tone phrases by atmosphere category"):
    """Bars of tone phrases per category, warm (top) to hostile (bottom).

    *table* is :func:`analysis.tone.tone_category_counts`.
    """
    with house_style():
        fig, ax = plt.subplots(figsize=(8.5, _bar_height(len(table))))
        if table.empty or table["n"].sum() == 0:
            no_data(ax, "No tone phrases found")
        else:
            y = list(range(len(table)))[::-1]
            ax.barh(y, table["n"], color=[_tone_color(s) for s in table["score"]])
            for yi, n in zip(y, table["n"]):
                ax.text(n, yi, f" {n}", va="center", fontsize=8.5)
            ax.set_yticks(y, [f"{lab} ({s:+g})" for lab, s in zip(table["label"], table["score"])])
            ax.set_xlabel("Phrases found")
            ax.margins(x=0.12)
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, _note(source, "Scale from analysis/lexicons/tone_phrases.yaml: warm (+) to hostile (−)"))
    return fig


def plot_tone_vs_sentiment(table: pd.DataFrame, source: str | None = None, top: int = 15,
                           title: str = "Diplomatic tone vs. general sentiment, by speaker"):
    """Per speaker (or side): the tone index beside TextBlob and VADER, all on −1…+1.

    *table* is :func:`analysis.tone.tone_vs_sentiment`.
    """
    key = table.columns[0] if len(table.columns) else "speaker"
    data = table.head(top).iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, ax = plt.subplots(figsize=(9, _bar_height(len(data))))
        if data.empty:
            no_data(ax, "No speaker has both statements and tone phrases")
        else:
            y = list(range(len(data)))
            for col, marker, color, label, dy in (
                ("tone_scaled", "D", "#000000", "Tone index (lexicon)", 0.18),
                ("polarity_mean", "o", PALETTE[0], "TextBlob polarity", 0.0),
                ("vader_compound_mean", "s", PALETTE[3], "VADER compound", -0.18),
            ):
                ax.scatter(data[col], [v + dy for v in y], marker=marker, color=color, label=label, s=40, zorder=3)
            for yi, row in zip(y, data.itertuples()):
                lo = min(row.tone_scaled, row.polarity_mean, row.vader_compound_mean)
                hi = max(row.tone_scaled, row.polarity_mean, row.vader_compound_mean)
                ax.plot([lo, hi], [yi, yi], color="#cccccc", linewidth=1, zorder=1)
            ax.axvline(0, color="#444444", linewidth=0.8)
            ax.set_xlim(-1.05, 1.05)
            ax.set_yticks(y, [f"{short_label(k, 28)} ({_plural(p, 'phrase')}, {_plural(s, 'statement')})" for k, p, s in zip(data[key], data["n_phrases"], data["n_statements"])])
            ax.set_xlabel("−1 hostile / negative … +1 warm / positive")
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3)
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, source)
    return fig


def plot_tone_index(table: pd.DataFrame, source: str | None = None, top: int = 15,
                    title: str = "Atmosphere score by speaker"):
    """Bars of the mean atmosphere score per speaker (or side, document) with counts.

    *table* is :func:`analysis.tone.tone_index`.
    """
    key = table.columns[0] if len(table.columns) else "speaker"
    data = table.head(top).iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, ax = plt.subplots(figsize=(8.5, _bar_height(len(data))))
        if data.empty:
            no_data(ax, "No tone phrases found")
        else:
            y = list(range(len(data)))
            ax.barh(y, data["mean_score"], color=[_tone_color(s) for s in data["mean_score"]])
            for yi, v, n in zip(y, data["mean_score"], data["n"]):
                ax.text(v, yi, f" {v:+.2f} (n={n}) " if v >= 0 else f" {v:+.2f} (n={n}) ", va="center",
                        ha="left" if v >= 0 else "right", fontsize=8.5)
            ax.axvline(0, color="#444444", linewidth=0.8)
            ax.set_xlim(-4.6, 3.6)
            ax.set_yticks(y, [short_label(k, 32) for k in data[key]])
            ax.set_xlabel("Mean atmosphere score (−4 protest … +3 cordial)")
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, source)
    return fig


# -- comparing accounts -----------------------------------------------------------------------

def plot_account_topics(table: pd.DataFrame, label_a: str, label_b: str, source: str | None = None,
                        title: str = "Topics in two accounts (mentions per 1,000 words)"):
    """Butterfly chart: topic weight in account A (left) and B (right).

    *table* is :func:`analysis.compare.account_differences` (its ``topic`` rows are used).
    """
    data = table[table["aspect"] == "topic"].iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, ax = plt.subplots(figsize=(9, _bar_height(len(data))))
        if data.empty:
            no_data(ax, "Neither account mentions a topic of the dictionary")
        else:
            y = list(range(len(data)))
            ax.barh(y, -data["a"].astype(float), color=PALETTE[0], label=short_label(label_a, 50))
            ax.barh(y, data["b"].astype(float), color=PALETTE[1], label=short_label(label_b, 50))
            ax.axvline(0, color="#444444", linewidth=0.8)
            top = float(max(data["a"].max(), data["b"].max())) * 1.15 or 1
            ax.set_xlim(-top, top)
            ax.set_yticks(y, data["item"])
            ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{abs(v):g}"))
            ax.set_xlabel("← account A    mentions per 1,000 words    account B →")
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2)
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, source)
    return fig


# -- over time -------------------------------------------------------------------------------

def plot_over_time(table: pd.DataFrame, x: str, y: str, group: str | None = None, top: int = 6,
                   source: str | None = None, title: str = "Over time", ylabel: str = ""):
    """Lines of *y* over *x* (a date column, e.g. months), one per *group* value.

    Only the *top* groups with the largest total are drawn, so the chart stays readable.
    *table* is any tidy table with those columns (e.g. ``topic_frequency(by="date")``,
    ``sentiment_by_speaker(by=["month", "side"])``, ``tone_index(by=["month", "side"])``).
    """
    with house_style():
        fig, ax = plt.subplots(figsize=(9, 4.5))
        data = table.dropna(subset=[x]) if not table.empty else table
        if data.empty:
            no_data(ax, "No dated documents")
        else:
            groups = [None]
            if group:
                totals = data.groupby(group)[y].apply(lambda s: s.abs().sum()).sort_values(ascending=False, kind="mergesort")
                groups = list(totals.index[:top])
            for i, g in enumerate(groups):
                part = data if g is None else data[data[group] == g]
                part = part.sort_values(x)
                color = _side_color(g) if group == "side" else PALETTE[i % len(PALETTE)]
                ax.plot(part[x], part[y], marker="o", linewidth=1.8, markersize=4, color=color,
                        label=short_label(str(g), 30) if g is not None else None)
            ax.set_ylabel(ylabel or y)
            ax.grid(True, axis="y")
            fig.autofmt_xdate()
            if group:
                ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, source)
    return fig
