"""Writing a corpus's tables as CSV files (for R, Excel or a report)."""
from __future__ import annotations

from pathlib import Path

# Tables written by `python -m analysis export`, in this order. Each name is a Corpus
# attribute and becomes <name>.csv.
EXPORT_TABLES = ["documents", "sentences", "removed", "skipped", "statements", "topic_mentions", "tone_phrases"]


def export_tables(corpus, out_dir, tables=None) -> list[Path]:
    """Write each table of *corpus* to ``<out_dir>/<table>.csv`` (UTF-8); return the paths."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"Output path exists and is not a folder: {out}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in tables or EXPORT_TABLES:
        df = getattr(corpus, name)
        path = out / f"{name}.csv"
        df.to_csv(path, index=False, encoding="utf-8", date_format="%Y-%m-%d", lineterminator="\n")
        written.append(path)
    return written
