"""Report-ready charts in one house style.

Like quanteda's ``textplot_*`` functions, each ``plot_*`` function draws exactly one table
computed elsewhere (never computing and plotting at once) and returns the matplotlib
Figure. :func:`save_figure` writes PNG, SVG and PDF files that are byte-identical from
run to run.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

STYLE_FILE = Path(__file__).resolve().parent / "styles" / "house.mplstyle"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
SIDE_COLORS = {"United States": "#0072B2", "China": "#D55E00", "both sides": "#009E73", "other": "#999999", "": "#999999"}


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


def short_label(text: str, width: int = 42) -> str:
    """Shorten a title for an axis label."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def doc_labels(documents: pd.DataFrame, width: int = 42) -> pd.Series:
    """Readable labels for documents: shortened title, or doc_id when there is no title."""
    titles = documents["title"].fillna("").astype(str)
    labels = [short_label(t, width) if t.strip() else d for t, d in zip(titles, documents["doc_id"])]
    # Keep labels unique (two articles may share a headline).
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return pd.Series(out, index=documents.index)


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
