"""House style, saving figures, and what every chart writes under itself: the source and
every cut (groups left out, undated documents, rows without data), so nothing is left out in
silence."""
from __future__ import annotations

import os
import re
import textwrap
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from ..stats import short_label  # noqa: F401 (used by the chart modules through this one)

STYLE_FILE = Path(__file__).resolve().parent.parent / "styles" / "house.mplstyle"
PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
SEED_CORPUS = "seeds"  # the corpus whose figures are the repository's figures/

MAX_GROUPS = 30  # rows (articles, outlets) in one chart; more would not be readable
MAX_PANELS = 12  # panels of small multiples
MIN_N_INTERVAL = 5  # fewer values than this: no interval is drawn, the point is marked as few

# What a group column is called in titles and captions
GROUP_WORDS = {"doc_id": "article", "outlet": "outlet", "speaker": "speaker", "side": "side", "date": "month",
               "month": "month", "kind": "kind of statement", "cue": "reporting verb", "category": "category",
               "label": "article", "topic": "topic"}


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


def _project_root() -> Path:
    """The project folder (where figures/ and build/ are), or the working folder when the
    package is installed elsewhere."""
    return PROJECT_ROOT if (PROJECT_ROOT / "pyproject.toml").exists() else Path.cwd()


def safe_folder_name(name: str) -> str:
    """*name* as one folder name: no separators, nothing hidden, never empty."""
    last = re.split(r"[\\/]+", str(name).strip().rstrip("/\\"))[-1]
    return re.sub(r"[^\w.\- ]+", "_", last).strip(" ._") or "corpus"


def is_seed_corpus(corpus) -> bool:
    """True for the repository's seed articles analysed with the packaged lexicons: the only
    corpus whose figures go to the repository's ``figures/``."""
    if corpus is None or getattr(corpus, "name", None) != SEED_CORPUS or getattr(corpus, "lexicons", None):
        return False
    paths = corpus.documents["path"].astype(str) if "path" in corpus.documents else pd.Series(dtype=object)
    return len(paths) > 0 and all(Path(p).parts[-2:-1] == (SEED_CORPUS,) for p in paths)


def figures_dir(corpus=None) -> Path:
    """Where figures go: ``$ANALYSIS_FIGURES_DIR`` if set; else ``figures/`` of the project for
    the seed corpus, ``build/<corpus name>/figures/`` for any other corpus, and
    ``build/figures/`` when no corpus is named. So exploring another corpus (in JupyterLab,
    or with your own code) never changes the repository's figures."""
    env = os.environ.get("ANALYSIS_FIGURES_DIR")
    if env:
        return Path(env)
    root = _project_root()
    if corpus is None:
        return root / "build" / "figures"
    if is_seed_corpus(corpus):
        return root / "figures"
    name = corpus if isinstance(corpus, str) else getattr(corpus, "name", "corpus")
    return root / "build" / safe_folder_name(name) / "figures"


def save_figure(fig, name: str, directory: str | os.PathLike | None = None, dpi: int = 200, corpus=None) -> dict:
    """Write *fig* as ``<name>.png`` (200 dpi), ``.svg`` and ``.pdf``; return their paths.

    The folder is *directory*, else :func:`figures_dir` of *corpus* (a Corpus or its name).
    Files carry no dates or software versions, and SVG ids use a fixed salt, so saving the
    same figure twice gives identical bytes.
    """
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(f"Figure name must be a plain file name without folders, got {name!r}")
    out = Path(directory) if directory is not None else figures_dir(corpus)
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
    """Write the caption (source line and notes) under the chart, wrapped to its width."""
    if source:
        width = max(60, int(fig.get_figwidth() * 15))
        text = "\n".join(textwrap.wrap(source, width, break_on_hyphens=False))
        fig.text(0.01, -0.02, text, ha="left", va="top", fontsize=8.5, color="#555555")


def no_data(ax, message: str = "No data") -> None:
    """Mark an empty chart instead of failing."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#777777", transform=ax.transAxes)


def note(source: str | None, *notes: str) -> str | None:
    """The caption: *source* followed by every non-empty note."""
    parts = [p for p in (source, *notes) if p]
    return " · ".join(parts) if parts else None


def bar_height(n: int) -> float:
    return max(2.2, 0.45 * n + 1.3)


def wrap(text: str, width: int = 30) -> str:
    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def group_word(key, plural_form: bool = False) -> str:
    """What the groups of column *key* are: "article", "outlet", "speaker"..."""
    word = GROUP_WORDS.get(key if isinstance(key, str) else (key[-1] if key else ""), "group")
    if plural_form:
        return {"kind of statement": "kinds of statement", "reporting verb": "reporting verbs",
                "category": "categories"}.get(word, word + "s")
    return word


def limit_groups(table: pd.DataFrame, keys, max_groups: int | None, weight: str, what: str = "articles",
                 weight_words: str | None = None):
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
    words = weight_words or weight.replace("_", " ")
    return table[mask], f"showing the {max_groups} of {len(totals)} {what} with the most {words}"


def top_rows(table: pd.DataFrame, top: int | None, weight: str, what: str, count_col: str | None = None):
    """The first *top* rows of *table* (sorted by *count_col*, largest first) and the caption
    note when rows were left out; ties at the cut are broken by name, and the note says so."""
    if top is None or len(table) <= top:
        return table, ""
    text = f"showing the {top} of {len(table)} {what} with the most {weight}"
    if count_col in table.columns and table[count_col].iloc[top - 1] == table[count_col].iloc[top]:
        text += f" (ties at {int(table[count_col].iloc[top]):,} broken by name)"
    return table.head(top), text


def group_column(table: pd.DataFrame, after: tuple[str, ...] = ("topic",)) -> list[str]:
    """The group columns of a tidy table: the columns before ``topic`` (or ``term``)."""
    cols = list(table.columns)
    for name in after:
        if name in cols:
            return cols[: cols.index(name)]
    return cols[:1]


def group_names(table: pd.DataFrame, keys: list[str], group_labels=None) -> pd.Series:
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
