"""Charts of diplomatic tone: phrases per category, the atmosphere score by speaker or side
(on the lexicon's own scale), and the score beside the general sentiment tools. Scores are
coloured with the diverging teal/brown scale, which no side uses."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .colours import NEUTRAL, NEUTRAL_EDGE, NEUTRAL_FILL, SCORE_COLOR_NAMES, score_color
from .layout import add_source, bar_height, group_word, house_style, no_data, note, plural, short_label, top_rows

DEFAULT_SCALE = (-3.0, "hostile", 3.0, "cordial")


def tone_bounds(scale: pd.DataFrame | None = None) -> tuple[float, str, float, str]:
    """(lowest score, its label, highest score, its label) of the atmosphere scale: of
    *scale* (a table with ``score`` and ``label``), else of the active tone lexicon."""
    if scale is None:
        try:
            from ..tone import tone_scale

            scale = tone_scale()
        except Exception:  # a chart must not fail for want of the scale: the packaged one
            return DEFAULT_SCALE
    if scale is None or scale.empty:
        return DEFAULT_SCALE
    lo, hi = scale.loc[scale["score"].idxmin()], scale.loc[scale["score"].idxmax()]
    return float(lo["score"]), str(lo["label"]), float(hi["score"]), str(hi["label"])


def signed(v: float) -> str:
    """+3, 0, −4 (a true minus sign)."""
    return f"{v:+g}".replace("-", "−")


def score_key(low: float, high: float) -> str:
    return f"Bar colour: {SCORE_COLOR_NAMES[1]} warm (+), {SCORE_COLOR_NAMES[0]} hostile (−), darker beyond half the scale"


def plot_tone_categories(table: pd.DataFrame, source: str | None = None,
                         title: str = "Diplomatic tone phrases by atmosphere category"):
    """Bars of tone phrases per category, warm (top) to hostile (bottom).

    *table* is :func:`analysis.tone.tone_category_counts`.
    """
    low, _, high, _ = tone_bounds(table if {"score", "label"} <= set(table.columns) else None)
    with house_style():
        fig, ax = plt.subplots(figsize=(8.5, bar_height(len(table))))
        if table.empty or table["n"].sum() == 0:
            no_data(ax, "No tone phrases found")
        else:
            y = list(range(len(table)))[::-1]
            ax.barh(y, table["n"], color=[score_color(s, low, high) for s in table["score"]])
            for yi, n in zip(y, table["n"]):
                ax.text(n, yi, f" {n}", va="center", fontsize=8.5)
            ax.set_yticks(y, [f"{lab} ({s:+g})" for lab, s in zip(table["label"], table["score"])])
            ax.set_xlabel("Phrases found")
            ax.margins(x=0.12)
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, note(source, "Scale from the tone lexicon (tone_phrases.yaml): warm (+) to hostile (−)",
                             score_key(low, high) if len(table) and table["n"].sum() else ""))
    return fig


def plot_tone_index(table: pd.DataFrame, source: str | None = None, top: int = 15, title: str | None = None,
                    scale: pd.DataFrame | None = None):
    """Bars of the mean atmosphere score per speaker (or side, document) with counts, on the
    scale of the tone lexicon (e.g. −4 protest … +3 cordial).

    *table* is :func:`analysis.tone.tone_index`; the ``top`` groups with most phrases are
    shown and the caption says how many were left out. *scale* is the lexicon's scale
    (:func:`analysis.tone.tone_scale`; default: the active lexicon's).
    """
    key = table.columns[0] if len(table.columns) else "speaker"
    title = title or f"Atmosphere score by {group_word(key)}"
    low, low_label, high, high_label = tone_bounds(scale)
    data, cut = top_rows(table, top, "tone phrases", group_word(key, True), "n")
    data = data.iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, ax = plt.subplots(figsize=(8.5, bar_height(len(data))))
        if data.empty:
            no_data(ax, "No tone phrases found")
        else:
            y = list(range(len(data)))
            ax.barh(y, data["mean_score"], color=[score_color(s, low, high) for s in data["mean_score"]])
            for yi, v, n in zip(y, data["mean_score"], data["n"]):
                ax.text(v, yi, f" {v:+.2f} (n={n}) ".replace("-", "−"), va="center", ha="left" if v >= 0 else "right", fontsize=8.5)
            ax.axvline(0, color="#444444", linewidth=0.8)
            span = high - low
            ax.set_xlim(low - 0.15 * span, high + 0.15 * span)
            ax.set_yticks(y, [short_label(k, 32) for k in data[key]])
            ax.set_xlabel(f"Mean atmosphere score ({signed(low)} {low_label} … {signed(high)} {high_label})")
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, note(source, "n = atmosphere phrases (stance, process and concern are counted, not scored)" if len(data) else "", score_key(low, high) if len(data) else "", cut))
    return fig


def plot_tone_vs_sentiment(table: pd.DataFrame, source: str | None = None, top: int = 15, title: str | None = None,
                           scale: pd.DataFrame | None = None):
    """Per speaker (or side): the tone index on the lexicon's own scale (left) beside the
    TextBlob and VADER means on −1…+1 (right): no measure is rescaled to look like another.

    *table* is :func:`analysis.tone.tone_vs_sentiment` (its ``tone_score`` column).
    """
    key = table.columns[0] if len(table.columns) else "speaker"
    title = title or f"Diplomatic tone vs. general sentiment, by {group_word(key)}"
    low, low_label, high, high_label = tone_bounds(scale)
    data, cut = top_rows(table, top, "tone phrases", group_word(key, True), "n_phrases")
    data = data.iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, (left, right) = plt.subplots(1, 2, figsize=(11, bar_height(len(data))), sharey=True,
                                          gridspec_kw={"width_ratios": [1, 1]})
        if data.empty:
            for ax in (left, right):
                no_data(ax, "No speaker has both statements and tone phrases")
        else:
            y = list(range(len(data)))
            scores = data["tone_score"].astype(float)
            left.barh(y, scores, color=[score_color(s, low, high) for s in scores], height=0.6)
            left.axvline(0, color="#444444", linewidth=0.8)
            span = high - low
            left.set_xlim(low - 0.1 * span, high + 0.1 * span)
            left.set_xlabel(f"Tone index: mean atmosphere score\n({signed(low)} {low_label} … {signed(high)} {high_label})")
            for yi, row in zip(y, data.itertuples(index=False)):
                lo_v, hi_v = sorted((row.polarity_mean, row.vader_compound_mean))
                right.plot([lo_v, hi_v], [yi, yi], color="#cccccc", linewidth=1, zorder=1)
            right.scatter(data["polarity_mean"], y, marker="o", s=42, zorder=3, color=NEUTRAL, label="TextBlob polarity")
            right.scatter(data["vader_compound_mean"], y, marker="s", s=42, zorder=3, facecolors=NEUTRAL_FILL,
                          edgecolors=NEUTRAL_EDGE, linewidths=1.4, label="VADER compound")
            right.axvline(0, color="#444444", linewidth=0.8)
            right.set_xlim(-1.05, 1.05)
            right.set_xlabel("Mean sentiment of the statements\n(−1 negative … +1 positive)")
            right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.42), ncol=2)
            left.set_yticks(y, [f"{short_label(k, 28)} ({plural(p, 'phrase')}, {plural(s, 'statement')})"
                                for k, p, s in zip(data[key], data["n_phrases"], data["n_statements"])])
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=12.5)
        fig.tight_layout()
        add_source(fig, note(source, score_key(low, high) if len(data) else "", cut))
    return fig



# Layers other than atmosphere are counted, not scored: greys and a hatch, no side hue and
# none of the score scale's teal or brown but the atmosphere bar's
LAYER_STYLE = {"atmosphere": ("#4C9A93", ""), "stance": ("#6B6B6B", ""), "process": ("#BDBDBD", ""),
               "concern": ("#FFFFFF", "////")}


def plot_tone_layers(table: pd.DataFrame, source: str | None = None, top: int = 15, title: str | None = None):
    """Per speaker (or side): tone phrases of each layer, stacked (atmosphere, stance, process,
    concern), with the tone index (the mean atmosphere score) after each bar.

    *table* is :func:`analysis.tone.tone_layers`.
    """
    key = table.columns[0] if len(table.columns) else "speaker"
    title = title or f"Tone phrases by layer and {group_word(key)}"
    layers = [c for c in LAYER_STYLE if c in table.columns]
    data, cut = top_rows(table, top, "tone phrases", group_word(key, True), "n")
    data = data.iloc[::-1].reset_index(drop=True)
    low, _, high, _ = tone_bounds()
    with house_style():
        fig, ax = plt.subplots(figsize=(9, bar_height(len(data))))
        if data.empty:
            no_data(ax, "No tone phrases found")
        else:
            y = list(range(len(data)))
            left = pd.Series(0.0, index=data.index)
            for layer in layers:
                colour, hatch = LAYER_STYLE[layer]
                ax.barh(y, data[layer], left=left, color=colour, hatch=hatch, edgecolor=NEUTRAL, linewidth=0.6, label=layer)
                left = left + data[layer]
            for yi, total, mean in zip(y, data["n"], data["mean_atmosphere"]):
                text = "no atmosphere phrase" if mean != mean else f"atmosphere {mean:+.2f}".replace("-", "−")
                ax.text(total, yi, f"  {text}", va="center", fontsize=8.5,
                        color=NEUTRAL if mean != mean else score_color(mean, low, high))
            ax.set_yticks(y, [short_label(k, 32) for k in data[key]])
            ax.set_xlabel("Tone phrases found")
            ax.margins(x=0.35)
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=len(layers))
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, note(source, "Only the atmosphere layer is scored (the tone index); stance, process and concern "
                                     "phrases are counted" if len(data) else "", cut))
    return fig
