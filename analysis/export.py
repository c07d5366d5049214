"""Writing a corpus's tables as CSV files (for R, Excel or a report)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

# Tables written by `python -m analysis export`, in this order. Each name is a Corpus
# attribute and becomes <name>.csv.
EXPORT_TABLES = ["documents", "sentences", "removed", "skipped", "statements", "topic_mentions", "tone_phrases"]


# A cell a spreadsheet would read as a formula ("=HYPERLINK(...)", "+1", "-cmd", "@SUM(...)",
# or one starting with a tab or carriage return) gets a leading apostrophe in the CSV files
# (the OWASP rule): Excel shows the text and runs nothing. The tables in Python and the
# results cache keep the values as they are.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """*df* with every text cell that starts like a formula prefixed with an apostrophe."""
    out = None
    for col in df.columns:
        values = df[col]
        if values.dtype == object or isinstance(values.dtype, (pd.CategoricalDtype, pd.StringDtype)):
            text = values.astype(object)
            risky = text.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START))
            if risky.any():
                out = df.copy() if out is None else out
                out[col] = text.where(~risky, "'" + text.astype(str))
    return df if out is None else out


def export_tables(corpus, out_dir, tables=None) -> list[Path]:
    """Write each table of *corpus* to ``<out_dir>/<table>.csv`` (UTF-8), safe to open in a
    spreadsheet (see ``spreadsheet_safe``); return the paths."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"Output path exists and is not a folder: {out}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in tables or EXPORT_TABLES:
        df = spreadsheet_safe(getattr(corpus, name))
        path = out / f"{name}.csv"
        df.to_csv(path, index=False, encoding="utf-8", date_format="%Y-%m-%d", lineterminator="\n")
        written.append(path)
    return written
