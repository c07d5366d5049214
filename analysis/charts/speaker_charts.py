"""Charts of who speaks: statements per speaker, sentiment by speaker or side (with honest
intervals), and whose voices each article carries. Every mark of a side is in its side
colour (:mod:`analysis.charts.colours`)."""
from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch

from .colours import HATCH, NEUTRAL, NEUTRAL_EDGE, NEUTRAL_FILL, side_color, side_key_text
from .layout import (
    MAX_GROUPS, MIN_N_INTERVAL, add_source, bar_height, group_word, house_style, limit_groups, no_data, note,
    short_label, top_rows,
)


def _sides_of(data: pd.DataFrame, key: str) -> list | None:
    """The side of each row: its ``side`` column, or the key itself when grouping by side;
    None when the rows are not speakers or sides (then the marks are neutral)."""
    if "side" in data.columns:
        return [str(s) for s in data["side"]]
    if key == "side":
        return [str(s) for s in data[key]]
    return None


def side_legend(ax, sides, **kwargs) -> None:
    seen = [s for s in dict.fromkeys(sides) if s]
    if seen:
        options = {"loc": "upper left", "bbox_to_anchor": (1.02, 1.0), "title": "Side", **kwargs}
        ax.legend(handles=[Patch(color=side_color(s), label=s) for s in seen], **options)



def plot_sentiment_by_speaker(table: pd.DataFrame, source: str | None = None, top: int = 15, title: str | None = None):
    """Mean TextBlob polarity and VADER compound per speaker (or side...), with n.

    *table* is :func:`analysis.sentiment.sentiment_by_speaker`; the ``top`` groups with
    most statements are shown (the caption says how many were left out). A 95% bootstrap
    interval is drawn only for groups of at least 5 statements; smaller groups are hollow
    points marked "few", and the caption says so. Points take their side's colour.
    """
    key = "speaker" if "speaker" in table.columns else (table.columns[0] if len(table.columns) else "speaker")
    title = title or f"Sentiment of statements by {group_word(key)}"
    data, cut = top_rows(table, top, "statements", group_word(key, True), "n")
    data = data.iloc[::-1].reset_index(drop=True)
    few = [int(n) < MIN_N_INTERVAL for n in data.get("n", [])]
    with house_style():
        fig, axes = plt.subplots(1, 2, figsize=(10, bar_height(len(data))), sharey=True)
        if data.empty:
            for ax in axes:
                no_data(ax, "No statements found")
        else:
            y = list(range(len(data)))
            sides = _sides_of(data, key)
            colors = [side_color(s) for s in sides] if sides else [NEUTRAL] * len(data)
            for ax, m, label in ((axes[0], "polarity", "TextBlob polarity"), (axes[1], "vader_compound", "VADER compound")):
                for yi, row, color, is_few in zip(y, data.itertuples(index=False), colors, few):
                    mean, lo, hi = (getattr(row, f"{m}_{s}") for s in ("mean", "lo", "hi"))
                    if not is_few and pd.notna(lo) and pd.notna(hi):
                        ax.errorbar([mean], [yi], xerr=[[mean - lo], [hi - mean]], fmt="none", ecolor="#888888",
                                    color="#888888", elinewidth=1.4, capsize=3)
                    ax.scatter([mean], [yi], s=46, zorder=3, linewidths=1.6,
                               facecolors=NEUTRAL_FILL if is_few else color, edgecolors=color)
                ax.axvline(0, color="#444444", linewidth=0.8)
                ax.set_xlim(-1.05, 1.05)
                ax.set_xlabel(f"{label}\n(−1 negative … +1 positive)")  # two lines: side by side, one line each would touch
            axes[0].set_yticks(y, [f"{short_label(k, 30)}  (n={n}{', few' if f else ''})"
                                   for k, n, f in zip(data[key], data["n"], few)])
            if sides:
                side_legend(axes[1], sides[::-1])  # top row first
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        n_few = sum(few)
        few_note = (f"hollow points: fewer than {MIN_N_INTERVAL} statements, no interval drawn "
                    f"({n_few} of {len(data)} {group_word(key, True)})") if n_few else ""
        bars = "bars: 95% bootstrap interval" if n_few < len(data) else ""
        add_source(fig, note(source, "Points: mean per statement" if len(data) else "", bars, few_note, cut))
    return fig


def plot_statement_counts(table: pd.DataFrame, source: str | None = None, top: int = 15, title: str | None = None):
    """Stacked bars of direct (solid) and reported (hatched) statements per speaker (or side,
    document), each bar in its speaker's side colour.

    *table* is :func:`analysis.sentiment.statement_counts`; the ``top`` groups with most
    statements are shown, and the caption says how many were left out.
    """
    key = table.columns[0] if len(table.columns) else "speaker"
    title = title or f"Statements per {group_word(key)}: direct quotes and reported speech"
    data, cut = top_rows(table, top, "statements", group_word(key, True), "total")
    data = data.iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, ax = plt.subplots(figsize=(8.5, bar_height(len(data))))
        sides = None
        if data.empty:
            no_data(ax, "No statements found")
        else:
            y = list(range(len(data)))
            sides = _sides_of(data, key)
            colors = [side_color(s) for s in sides] if sides else [NEUTRAL] * len(data)
            ax.barh(y, data["direct"], color=colors, edgecolor=colors, linewidth=0.8)
            ax.barh(y, data["indirect"], left=data["direct"], color=NEUTRAL_FILL, edgecolor=colors, hatch=HATCH,
                    linewidth=0.8)
            for yi, total in zip(y, data["total"]):
                ax.text(total, yi, f" {total}", va="center", fontsize=8.5)
            ax.set_yticks(y, [short_label(k, 32) for k in data[key]])
            ax.set_xlabel("Statements")
            ax.margins(x=0.12)
            kinds = [Patch(facecolor=NEUTRAL, edgecolor=NEUTRAL_EDGE, label="direct quote"),
                     Patch(facecolor=NEUTRAL_FILL, edgecolor=NEUTRAL_EDGE, hatch=HATCH, label="reported speech")]
            if sides:
                side_legend(ax, sides[::-1])  # top row first
                ax.add_artist(ax.get_legend())
                ax.legend(handles=kinds, loc="lower left", bbox_to_anchor=(1.02, 0.0))
            else:
                ax.legend(handles=kinds, loc="lower right")
        ax.set_title(title)
        fig.tight_layout()
        shown = [s for s in dict.fromkeys((sides or [])[::-1]) if s]
        key_text = f"Bars coloured by side: {side_key_text(shown)}; solid: direct quotes, hatched: reported speech" if shown else ""
        add_source(fig, note(source, key_text, cut))
    return fig


def plot_side_shares(table: pd.DataFrame, labels: dict | None = None, source: str | None = None, title: str | None = None):
    """Stacked 100% bars: share of statements by side in each document or outlet.

    *table* is :func:`analysis.sentiment.side_shares`; *labels* maps its first column's
    values (e.g. doc_id) to readable labels.
    """
    key = table.columns[0] if len(table.columns) else "doc_id"
    title = title or f"Whose voices each {group_word(key)} carries"
    table, cut = limit_groups(table, key, MAX_GROUPS, "n", group_word(key, True), "statements")
    with house_style():
        groups = list(dict.fromkeys(table[key])) if not table.empty else []
        fig, ax = plt.subplots(figsize=(8.5, bar_height(len(groups))))
        if not groups:
            no_data(ax, "No statements found")
        else:
            wide = table.pivot_table(index=key, columns="side", values="share", fill_value=0).reindex(groups)
            order = [s for s in ["United States", "China", "both sides", "unknown"] if s in wide.columns]
            order += [s for s in wide.columns if s not in order]
            left = pd.Series(0.0, index=wide.index)
            y = list(range(len(groups)))[::-1]
            for side in order:
                ax.barh(y, wide[side], left=left, color=side_color(side), label=side)
                left = left + wide[side]
            totals = table.groupby(key, sort=False)["n"].sum().reindex(groups)
            names = [(labels or {}).get(g, g) for g in groups]
            ax.set_yticks(y, [f"{short_label(n, 42)} (n={int(t)})" for n, t in zip(names, totals)])
            ax.set_xlim(0, 1)
            ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
            ax.set_xlabel("Share of statements")
            ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), title="Side")
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, note(source, "n = statements" if groups else "", cut))
    return fig

