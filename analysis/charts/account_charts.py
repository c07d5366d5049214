"""Charts comparing two accounts (documents or outlets). Account A and B are neutral:
charcoal and hatched white, never a side colour."""
from __future__ import annotations

import matplotlib.pyplot as plt
import matplotlib.transforms
import matplotlib.ticker
import pandas as pd

from .colours import HATCH, NEUTRAL, NEUTRAL_EDGE, NEUTRAL_FILL
from .layout import add_source, bar_height, house_style, no_data, note, short_label


def plot_account_topics(table: pd.DataFrame, label_a: str, label_b: str, source: str | None = None,
                        title: str = "Topics in two accounts (mentions per 1,000 words)"):
    """Butterfly chart: topic weight in account A (left, charcoal) and B (right, hatched).

    *table* is :func:`analysis.compare.account_differences` (its ``topic`` rows are used).
    """
    data = table[table["aspect"] == "topic"].iloc[::-1].reset_index(drop=True)
    with house_style():
        fig, ax = plt.subplots(figsize=(9, bar_height(len(data))))
        if data.empty:
            no_data(ax, "Neither account mentions a topic of the dictionary")
        else:
            y = list(range(len(data)))
            ax.barh(y, -data["a"].astype(float), color=NEUTRAL, edgecolor=NEUTRAL_EDGE, label=f"A: {short_label(label_a, 50)}")
            ax.barh(y, data["b"].astype(float), color=NEUTRAL_FILL, edgecolor=NEUTRAL_EDGE, hatch=HATCH,
                    label=f"B: {short_label(label_b, 50)}")
            ax.axvline(0, color="#444444", linewidth=0.8)
            top = float(max(data["a"].max(), data["b"].max())) * 1.15 or 1
            ax.set_xlim(-top, top)
            ax.set_yticks(y, data["item"])
            ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{abs(v):g}"))
            ax.set_xlabel("← account A    mentions per 1,000 words    account B →")
            # below the axis label by a fixed distance, whatever the chart's height (a fraction of
            # a short chart's height put the legend on the label)
            below = matplotlib.transforms.offset_copy(ax.transAxes, fig=fig, y=-36, units="points")
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0), bbox_transform=below, ncol=1)
        ax.set_title(title)
        fig.tight_layout()
        add_source(fig, note(source, "Topics neither account mentions are left out" if len(data) else ""))
    return fig
