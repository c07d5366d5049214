"""Charts of documents and topics: lengths, topic frequency (small multiples and heatmap),
topics by speaker, topics mentioned together, distinctive terms."""
from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .colours import NEUTRAL
from .layout import (
    MAX_GROUPS, MAX_PANELS, add_source, bar_height, group_column, group_names, group_word, house_style, limit_groups,
    no_data, note, plural, wrap,
)


def plot_document_lengths(lengths: pd.DataFrame, source: str | None = None, title: str = "Words and sentences per article"):
    """Horizontal bars of words and sentences per document.

    *lengths* is the table from :func:`analysis.stats.document_lengths` (columns
    ``label``, ``n_words``, ``n_sentences``).
    """
    lengths, cut = limit_groups(lengths, "label" if "label" in lengths.columns else [], MAX_GROUPS, "n_words",
                                "articles", "words")
    source = note(source, cut)
    with house_style():
        fig, axes = plt.subplots(1, 2, figsize=(9, bar_height(len(lengths))), sharey=True)
        if lengths.empty:
            for ax in axes:
                no_data(ax)
        else:
            y = range(len(lengths))
            for ax, col, xlabel in ((axes[0], "n_words", "Words"), (axes[1], "n_sentences", "Sentences")):
                ax.barh(list(y), lengths[col], color=NEUTRAL)
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


def value_label(freq: pd.DataFrame, keys: list[str]) -> str:
    if (freq["value"] == freq["count"]).all():
        return "Mentions"
    sums = freq.groupby(keys, dropna=False)["value"].sum() if keys else pd.Series([freq["value"].sum()])
    if (((sums - 1).abs() < 1e-9) | (sums == 0)).all():
        return "Share of mentions"
    return "Mentions per 1,000 words"


def mentioned_topics(freq: pd.DataFrame, max_topics: int | None = None):
    """(topics, note): (topic, label) of the topics mentioned at least once, most mentioned
    first, at most *max_topics*; the note says how many were left out and why."""
    totals = freq.groupby(["topic", "label"], sort=False).agg(count=("count", "sum"), value=("value", "sum")).reset_index()
    totals["order"] = range(len(totals))
    never = int((totals["count"] == 0).sum())
    totals = totals[totals["count"] > 0].sort_values(["value", "count", "order"], ascending=[False, False, True], kind="mergesort")
    notes = []
    if max_topics and len(totals) > max_topics:
        notes.append(f"showing the {max_topics} of {len(totals)} mentioned topics with the most mentions")
        totals = totals.head(max_topics)
    if never and len(totals):
        notes.append(f"{plural(never, 'topic')} never mentioned left out")
    return list(zip(totals["topic"], totals["label"])), " · ".join(notes)


def format_value(v: float, label: str) -> str:
    if label == "Mentions":
        return f"{v:,.0f}"
    if label == "Share of mentions":
        return f"{v:.0%}"
    return f"{v:,.1f}"


def plot_topic_frequency(freq: pd.DataFrame, source: str | None = None, title: str | None = None,
                         group_labels: dict | None = None, max_topics: int | None = 15, ncols: int = 3,
                         max_groups: int | None = MAX_PANELS):
    """Small multiples: one panel per group (article, outlet...), a horizontal bar per topic.

    *freq* is the table from :func:`analysis.topics.topic_frequency` (any ``by`` and
    ``normalize``); the axis says which measure it holds and the title names the grouping.
    Topics never mentioned are left out; the *max_topics* most mentioned overall are shown,
    in the same order in every panel. *group_labels* maps group values (e.g. doc_id) to
    readable names, such as :func:`analysis.stats.document_label_map`. At most *max_groups*
    panels (the groups with most mentions) are drawn. The caption says what was left out.
    """
    keys = group_column(freq)
    title = title or f"Topics per {group_word(keys)}"
    freq, cut = limit_groups(freq, keys, max_groups, "count", group_word(keys, True), "mentions")
    with house_style():
        topics, left_out = mentioned_topics(freq, max_topics) if not freq.empty else ([], "")
        source = note(source, cut, left_out)
        if not topics:
            fig, ax = plt.subplots(figsize=(8, 3))
            no_data(ax)
        else:
            names = group_names(freq, keys, group_labels)
            groups = list(dict.fromkeys(names))
            ncols = max(1, min(ncols, len(groups)))
            nrows = -(-len(groups) // ncols)
            height = max(2.4, 0.3 * len(topics) + 1.4)
            fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols + 1.6, height * nrows), sharex=True,
                                     sharey=True, squeeze=False)
            vlabel = value_label(freq, keys)
            topic_ids = [t for t, _ in topics]
            y = list(range(len(topics)))
            vmax = float(freq.loc[freq["topic"].isin(topic_ids), "value"].max()) or 1.0
            for i, ax in enumerate(axes.flat):
                if i >= len(groups):
                    ax.set_visible(False)
                    continue
                part = freq[names == groups[i]].set_index("topic").reindex(topic_ids)
                values = part["value"].fillna(0).to_numpy()
                ax.barh(y, values, color=NEUTRAL, height=0.7)
                for yi, v, n in zip(y, values, part["count"].fillna(0).astype(int)):
                    if n:
                        ax.text(v + vmax * 0.02, yi, format_value(v, vlabel), va="center", fontsize=8)
                ax.set_title(wrap(groups[i], 36), loc="left", fontsize=9.5, fontweight="bold")
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


def heatmap(ax, values, counts, row_labels, col_labels, cbar_label: str, fig, mask=None):
    """Draw a cividis heatmap of *values* with *counts* written in the cells.

    Cells with no count (and cells where *mask* is True) are left light grey, so that
    "not mentioned" never looks like a low value.
    """
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
    cbar.set_label(wrap(cbar_label, 16))
    cbar.outline.set_visible(False)
    return im


def plot_topic_heatmap(freq: pd.DataFrame, source: str | None = None, title: str | None = None,
                       group_labels: dict | None = None, max_topics: int | None = 20,
                       max_groups: int | None = MAX_GROUPS, notes: tuple[str, ...] = ()):
    """Heatmap of groups (rows) by topics (columns): colour = ``value``, number = mentions.

    *freq* is the table from :func:`analysis.topics.topic_frequency`. Topics never
    mentioned are left out; columns run from the most to the least mentioned topic. At
    most *max_groups* rows (the groups with most mentions) are drawn. The caption says what
    was left out (and adds *notes*).
    """
    keys = group_column(freq)
    title = title or f"Topic mentions by {group_word(keys)}"
    freq, cut = limit_groups(freq, keys, max_groups, "count", group_word(keys, True), "mentions")
    with house_style():
        topics, left_out = mentioned_topics(freq, max_topics) if not freq.empty else ([], "")
        source = note(source, *notes, cut, left_out)
        if not topics:
            fig, ax = plt.subplots(figsize=(8, 3))
            no_data(ax)
        else:
            names = group_names(freq, keys, group_labels)
            groups = list(dict.fromkeys(names))
            topic_ids = [t for t, _ in topics]
            table = freq.assign(_name=names)
            values = table.pivot_table(index="_name", columns="topic", values="value", aggfunc="sum", sort=False)
            counts = table.pivot_table(index="_name", columns="topic", values="count", aggfunc="sum", sort=False)
            values = values.reindex(index=groups, columns=topic_ids).fillna(0)
            counts = counts.reindex(index=groups, columns=topic_ids).fillna(0).astype(int)
            width = min(16, max(6.5, 0.62 * len(topics) + 4.2))
            fig, ax = plt.subplots(figsize=(width, max(3.0, 0.5 * len(groups) + 2.0)))
            heatmap(ax, values.to_numpy(), counts.to_numpy(), [wrap(g, 40) for g in groups],
                    [label for _, label in topics], value_label(freq, keys), fig)
            ax.set_title("Numbers: mentions", loc="left", fontsize=9, fontweight="normal", color="#555555")
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, source)
    return fig


def plot_topics_by_speaker(freq: pd.DataFrame, source: str | None = None, title: str = "Topics by speaker",
                           max_speakers: int = 15, max_topics: int | None = 15):
    """Heatmap of speakers (rows, most mentions first) by topics, from
    ``topic_frequency(corpus, by="speaker")``: colour = ``value``, number = mentions.

    Says "No data" when no topic is mentioned inside an attributed statement; the caption
    says how many speakers were left out (without mentions, or beyond *max_speakers*).
    """
    keys = group_column(freq)
    notes = []
    if not freq.empty:
        totals = freq.groupby(keys, sort=False)["count"].sum()
        mentioned = totals[totals > 0].sort_values(ascending=False, kind="mergesort")
        keep = mentioned.head(max_speakers).index
        if len(mentioned) > max_speakers:
            notes.append(f"showing the {max_speakers} of {len(mentioned)} speakers with the most mentions")
        if (totals == 0).sum() and len(mentioned):
            notes.append(f"{plural(int((totals == 0).sum()), 'speaker')} with no topic mention left out")
        mask = freq.set_index(keys).index.isin(keep)
        freq = freq[mask]
        rank = {k: i for i, k in enumerate(keep)}  # rows ordered by total mentions
        freq = freq.assign(_rank=[rank[k] for k in freq.set_index(keys).index]).sort_values("_rank", kind="mergesort").drop(columns="_rank")
    return plot_topic_heatmap(freq, source=source, title=title, max_topics=max_topics, notes=tuple(notes))


def plot_topic_cooccurrence(matrix: pd.DataFrame, source: str | None = None,
                            title: str = "Topics mentioned together", labels: dict | None = None,
                            unit: str = "sentences"):
    """Heatmap of a topic x topic matrix from :func:`analysis.topics.topic_cooccurrence`.

    Topics never mentioned are left out (the caption says how many). The diagonal is the
    number of *unit* mentioning the topic; below it, the number mentioning both (the matrix
    is symmetric, so the upper half is left blank). *labels* maps topic ids to names
    (default: the labels of ``topics.yaml``).
    """
    if labels is None:
        try:
            from ..topics import load_topics

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
            never = len(matrix.index) - len(keep)
            source = note(source, f"{plural(never, 'topic')} never mentioned left out" if never else "")
            keep = sorted(keep, key=lambda t: (-matrix.loc[t, t], list(matrix.index).index(t)))
            sub = matrix.loc[keep, keep].to_numpy()
            names = [labels.get(t, t) for t in keep]
            size = min(14, max(5.5, 0.55 * len(keep) + 3.2))
            fig, ax = plt.subplots(figsize=(size + 1.0, size * 0.85))
            upper = np.triu(np.ones_like(sub, dtype=bool), k=1)
            heatmap(ax, sub, sub, names, names, f"Number of {unit}", fig, mask=upper)
            ax.set_title(f"Numbers: {unit} mentioning both topics (diagonal: mentioning the topic)", loc="left",
                         fontsize=9, fontweight="normal", color="#555555")
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, source)
    return fig


SIGNIFICANT_G2 = 3.84  # log-likelihood critical value, p < 0.05, one degree of freedom


def plot_distinctive_terms(terms: pd.DataFrame, source: str | None = None, title: str | None = None,
                           group_labels: dict | None = None, n: int = 10, ncols: int = 3,
                           max_groups: int | None = MAX_PANELS):
    """Small multiples of horizontal bars: the *n* terms with the highest log-likelihood
    (G2) per group, from :func:`analysis.keyness.distinctive_terms` (with or without a
    group column). Numbers at the bar ends (``n=``): occurrences in the group. The dashed
    line marks G² = 3.84 (p < 0.05 for a single term).
    """
    keys = group_column(terms, after=("term",))
    title = title or (f"Distinctive terms per {group_word(keys)}" if keys else "Distinctive terms")
    terms, cut = limit_groups(terms, keys, max_groups, "g2", group_word(keys, True), "distinctive terms (G²)")
    source = note(source, cut, "n = occurrences in the group" if not terms.empty else "")
    with house_style():
        if terms.empty:
            fig, ax = plt.subplots(figsize=(8, 3))
            no_data(ax)
        else:
            names = group_names(terms, keys, group_labels) if keys else pd.Series([""] * len(terms), index=terms.index)
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
                ax.barh(y, part["g2"], color=NEUTRAL, height=0.7)
                ax.set_yticks(y, part["term"])
                ax.tick_params(axis="y", length=0)
                ax.invert_yaxis()
                for yi, g, c in zip(y, part["g2"], part["count_target"]):
                    ax.text(g + gmax * 0.02, yi, f"n={int(c)}", va="center", fontsize=8)
                ax.set_xlim(0, gmax * 1.25)
                ax.axvline(SIGNIFICANT_G2, color="#777777", linestyle="--", linewidth=0.9)
                ax.text(SIGNIFICANT_G2, 0.01, " p < 0.05", transform=ax.get_xaxis_transform(), fontsize=7.5,
                        color="#555555", va="bottom", ha="left")
                ax.set_xlabel("Log-likelihood (G²)")
                if groups[i]:
                    ax.set_title(wrap(groups[i], 36), loc="left", fontsize=9.5, fontweight="bold")
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, source)
    return fig
