"""Tables of articles: CSV, JSON Lines, Parquet files and pandas DataFrames.

A table has one article per row. Its columns are found by name: ``text`` (the body;
required), ``doc_id``, ``title``, ``outlet``, ``date``, ``url``. A news database's own names
are given with *columns* (``{"body": "text", "headline": "title"}``: the table's name to
ours); without it, common names are recognised (``body``, ``content``, ``article`` for the
text; ``headline`` for the title; ``published``, ``published_at`` for the date; ``source``,
``publisher`` for the outlet; ``link`` for the url) and a note says which were used.

CSV records are split only at real line ends (``\\n``, ``\\r\\n``, ``\\r``), never at a form
feed or U+2028 inside a field, and fields of any length are read; JSON Lines records are
split only at ``\\n``.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pandas as pd

from .dates import DateError, iso_date, read_date_column

OUR_COLUMNS = ("text", "doc_id", "title", "outlet", "date", "url")
META_COLUMNS = ("title", "outlet", "date", "url")
COMMON_NAMES = {  # ours: the names databases use for it, most telling first
    "text": ("body", "content", "article", "article_text", "full_text", "fulltext", "story", "body_text"),
    "title": ("headline", "heading", "headline_text"),
    "date": ("published", "published_at", "publication_date", "pub_date", "date_published", "publish_date",
             "publishdate", "pubdate"),
    "outlet": ("source", "publisher", "source_name", "publication", "site_name", "newspaper"),
    "url": ("link", "article_url", "web_url", "source_url"),
    "doc_id": ("id", "article_id", "story_id", "uid"),
}


class TableError(ValueError):
    """A table that cannot be read as articles (the message names the file)."""


def parse_columns(spec) -> dict[str, str]:
    """``"body=text,headline=title"`` (the command line's form) or a dict, as a dict of the
    table's column names to ours."""
    if spec is None or spec == "":
        return {}
    if isinstance(spec, dict):
        pairs = list(spec.items())
    else:
        pairs = []
        for part in str(spec).split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise TableError(f"columns: {part.strip()!r} is not of the form THEIRS=OURS (e.g. body=text)")
            theirs, ours = part.split("=", 1)
            pairs.append((theirs.strip(), ours.strip()))
    mapping = {}
    for theirs, ours in pairs:
        if ours not in OUR_COLUMNS:
            raise TableError(f"columns: {theirs!r} is mapped to {ours!r}; the columns are {', '.join(OUR_COLUMNS)}")
        if ours in mapping.values():
            raise TableError(f"columns: two columns are mapped to {ours!r}")
        mapping[str(theirs)] = ours
    return mapping


def resolve_columns(found: list[str], mapping: dict[str, str], where: str, notes: list) -> dict[str, str]:
    """Ours -> the table's column for each column used. Raises TableError naming *where*
    for a mapped column the table lacks, or a table without a text column."""
    found = [str(c) for c in found]
    missing = [theirs for theirs in mapping if theirs not in found]
    if missing:
        raise TableError(f"{where}: no column {', '.join(map(repr, missing))} (columns=... names it); "
                         f"found columns: {', '.join(found) or '(none)'}")
    chosen = {ours: theirs for theirs, ours in mapping.items()}
    taken = set(mapping)
    for ours in OUR_COLUMNS:
        if ours not in chosen and ours in found and ours not in taken:
            chosen[ours] = ours
            taken.add(ours)
    by_lower = {}
    for c in found:
        by_lower.setdefault(c.lower().strip(), c)
    recognised = []
    for ours, names in COMMON_NAMES.items():
        if ours in chosen:
            continue
        for name in (ours,) + names:
            column = by_lower.get(name)
            if column is not None and column not in taken:
                chosen[ours] = column
                taken.add(column)
                recognised.append(f"'{column}' as {ours}")
                break
    if "text" not in chosen:
        raise TableError(
            f"{where}: a table of articles needs a 'text' column (or columns={{'<name>': 'text'}}, "
            f"--columns <name>=text); found columns: {', '.join(found) or '(none)'}")
    if recognised:
        notes.append((where, f"read {', '.join(recognised)} (common column names; columns=... chooses others)"))
    return chosen


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, pd.Timestamp):
        return iso_date(value)
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_rows(text: str, where: str):
    """The header and the ``(row number, values)`` of a CSV text."""
    old_limit = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)  # an article may be longer than the default 131,072 characters
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader, None)
            rows = [(i, row) for i, row in enumerate(reader, start=2)]
        except csv.Error as exc:
            raise TableError(f"{where}, line {reader.line_num}: not valid CSV ({exc})") from None
    finally:
        csv.field_size_limit(old_limit)
    return header or [], rows


def csv_dicts(text: str, where: str) -> tuple[list[str], list[tuple[int, dict]]]:
    """A CSV text's columns and rows as dicts (a short row gets empty values)."""
    header, rows = _csv_rows(text, where)
    header = [h.strip().lstrip("\ufeff") for h in header]
    out = []
    for i, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        out.append((i, {h: (row[j] if j < len(row) else "") for j, h in enumerate(header)}))
    return header, out


def _jsonl_dicts(text: str, where: str) -> tuple[list[str], list[tuple[int, dict]]]:
    rows = []
    columns: list[str] = []
    for i, line in enumerate(text.split("\n"), start=1):  # only \n ends a record
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TableError(f"{where}, line {i}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise TableError(f"{where}, line {i}: expected a JSON object with a 'text' field")
        for key in obj:
            if key not in columns:
                columns.append(key)
        rows.append((i, obj))
    return columns, rows


def frame_dicts(frame: pd.DataFrame) -> tuple[list[str], list[tuple[int, dict]]]:
    columns = [str(c) for c in frame.columns]
    records = frame.to_dict("records")
    return columns, [(i, {str(k): v for k, v in rec.items()}) for i, rec in enumerate(records, start=1)]


def table_rows(path: Path | None, text: str | None, frame: pd.DataFrame | None, where: str):
    """The columns and rows of a CSV / JSON Lines text, a Parquet file or a DataFrame."""
    if frame is not None:
        return frame_dicts(frame)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        try:
            return frame_dicts(pd.read_parquet(path))
        except Exception as exc:  # pyarrow raises several kinds of errors for damaged files
            raise TableError(f"{where}: not a readable Parquet file ({type(exc).__name__}: {exc})") from None
    if suffix == ".csv":
        return csv_dicts(text, where)
    return _jsonl_dicts(text, where)


def table_records(columns: list[str], rows: list[tuple[int, dict]], where: str, *, mapping: dict, notes: list,
                  row_word: str, dayfirst=None, date_format=None):
    """``(row number, text, doc_id, meta)`` for every row, dates read as one column."""
    chosen = resolve_columns(columns, mapping, where, notes)
    dates = None
    if "date" in chosen:
        values = [(f"{row_word} {i}", _cell(row.get(chosen["date"]))) for i, row in rows]
        try:
            dates = read_date_column(values, where, dayfirst=dayfirst, date_format=date_format, notes=notes)
        except DateError as exc:
            raise TableError(str(exc)) from None
    out = []
    for n, (i, row) in enumerate(rows):
        text = row.get(chosen["text"])
        text = "" if text is None or (not isinstance(text, str) and _cell(text) == "") else str(text)
        meta = {}
        for ours in META_COLUMNS:
            if ours in chosen:
                value = dates[n] if ours == "date" else _cell(row.get(chosen[ours]))
                if value:
                    meta[ours] = value
        doc_id = _cell(row.get(chosen["doc_id"])) if "doc_id" in chosen else ""
        out.append((i, text, doc_id, meta))
    return out
