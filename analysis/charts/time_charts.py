"""Charts over time: one line per side (in its side colour), or small multiples for any
other grouping (topics...), on an axis that spans the months with data. The caption says how
many documents had no date and which groups had nothing to draw."""
from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from .colours import NEUTRAL, NEUTRAL_FILL, side_color
from .layout import MIN_N_INTERVAL, add_source, group_word, house_style, no_data, note, plural, short_label, wrap


def dated_note(documents: pd.DataFrame | None) -> tuple[int | None, str]:
    """(number of dated documents, caption note on the undated ones left out)."""
    if documents is None or "date" not in documents.columns:
        return None, ""
    total, dated = len(documents), int(documents["date"].notna().sum())
    if dated in (0, total):  # none dated: the chart says "No dated documents"
        return dated, ""
    return dated, f"{dated} of {plural(total, 'article')} have a date; the {total - dated} undated are left out"


def _format_time_axis(ax, months) -> None:
    months = sorted(pd.to_datetime(pd.Series(list(months))).unique())
    pad = pd.Timedelta(days=20)
    ax.set_xlim(months[0] - pad, months[-1] + pad)
    if len(months) <= 12:
        ax.set_xticks(months, [m.strftime("%b %Y") for m in months], rotation=30, ha="right")
    else:
        locator = mdates.AutoDateLocator(maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _draw_line(ax, part, x, y, color, label, count, few_below):
    part = part.sort_values(x)
    ax.plot(part[x], part[y], linewidth=1.8, linestyle="-", color=color, label=label, zorder=2)
    few = (part[count] < few_below) if (count and few_below) else pd.Series(False, index=part.index)
    if (~few).any():
        ax.scatter(part.loc[~few, x], part.loc[~few, y], s=18, color=color, zorder=3)
    if few.any():
        ax.scatter(part.loc[few, x], part.loc[few, y], s=26, facecolors=NEUTRAL_FILL, edgecolors=color,
                   linewidths=1.4, zorder=3)
    return int(few.sum())


def plot_over_time(table: pd.DataFrame, x: str, y: str, group: str | None = None, top: int = 6,
                   source: str | None = None, title: str = "Over time", ylabel: str = "",
                   documents: pd.DataFrame | None = None, count: str | None = None, what: str | None = None):
    """*y* over *x* (a date column, e.g. months), one line per *group* value.

    Grouped by ``side``: one panel, a line per side in its side colour. Grouped by anything
    else (topics...): small multiples, one neutral panel per group, so that no colour is
    needed. Groups with nothing counted (*count*, default the ``count`` or ``n`` column) are
    not drawn; of the rest, the *top* with the largest total are. Means of fewer than 5
    values (``n``) are hollow points. *documents* (the corpus's documents table) lets the
    caption say how many documents had no date. *table* is a tidy table such as
    ``topic_frequency(by="date")``, ``sentiment_by_speaker(by=["month", "side"])``,
    ``tone_index(by=["month", "side"])``.
    """
    count = count or next((c for c in ("count", "n") if c in table.columns), None)
    unit = "statements" if ("polarity" in y or "vader" in y) else "phrases" if "score" in y else "values"
    what = what or ("topics" if group == "label" and "topic" in table.columns else group_word(group, True))
    n_dated, undated = dated_note(documents)
    notes = [undated]
    data = table.dropna(subset=[x]) if not table.empty else table
    groups: list = []
    if not data.empty:
        groups = [None]
        if group:
            weight = data[count] if count else data[y].abs()
            totals = weight.groupby(data[group]).sum()
            totals = totals.reindex(list(dict.fromkeys(data[group])))
            drawn = totals[totals > 0].sort_values(ascending=False, kind="mergesort")
            empty = len(totals) - len(drawn)
            if len(drawn) > top:
                most = {"count": "mentions", "n": unit}.get(count, "data")
                notes.append(f"showing the {top} of {len(drawn)} {what} with the most {most}")
            if empty and len(drawn):
                notes.append(f"{empty} {what} with nothing in the dated documents left out")
            groups = list(drawn.index[:top])
        elif count and data[count].sum() == 0:
            groups = []
    few_below = MIN_N_INTERVAL if count == "n" and ("mean" in y) else None
    with house_style():
        if not groups:
            fig, ax = plt.subplots(figsize=(9, 4.5))
            if n_dated is None:
                message = "No dated documents" if data.empty else "No data"
            else:
                message = "No dated documents" if n_dated == 0 else f"No data in the {plural(n_dated, 'dated article')}"
            no_data(ax, message)
            ax.set_title(title)
            fig.tight_layout()
            add_source(fig, note(source, *notes))
            return fig
        months = data[x].dropna().unique()
        few_total = 0
        if group is None or group == "side":
            fig, ax = plt.subplots(figsize=(9, 4.5))
            for g in groups:
                part = data if g is None else data[data[group] == g]
                color = side_color(g) if group == "side" else NEUTRAL
                few_total += _draw_line(ax, part, x, y, color, short_label(str(g), 30) if g is not None else None,
                                        count, few_below)
            ax.set_ylabel(ylabel or y)
            ax.grid(True, axis="y")
            _format_time_axis(ax, months)
            if group:
                ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), title="Side" if group == "side" else None)
            ax.set_title(title)
        else:
            ncols = min(3, len(groups))
            nrows = -(-len(groups) // ncols)
            fig, axes = plt.subplots(nrows, ncols, figsize=(3.4 * ncols + 1.2, 2.5 * nrows + 0.9), sharex=True,
                                     sharey=True, squeeze=False)
            for i, ax in enumerate(axes.flat):
                if i >= len(groups):
                    ax.set_visible(False)
                    continue
                few_total += _draw_line(ax, data[data[group] == groups[i]], x, y, NEUTRAL, None, count, few_below)
                ax.set_title(wrap(str(groups[i]), 34), loc="left", fontsize=9.5, fontweight="bold")
                ax.grid(True, axis="y")
                if i % ncols == 0:
                    ax.set_ylabel(wrap(ylabel or y, 24), fontsize=9)
                _format_time_axis(ax, months)
                ax.tick_params(axis="x", labelbottom=i + ncols >= len(groups))
            fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        if few_total:
            notes.append(f"hollow points: means of fewer than {MIN_N_INTERVAL} {unit}")
        fig.tight_layout()
        add_source(fig, note(source, *notes))
    return fig
