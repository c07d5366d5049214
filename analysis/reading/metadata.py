"""``metadata.csv``: the title, outlet, date and url of the files of a folder, by file name.

Nothing about it passes in silence: a row naming no file of the folder, a file without a
row, a name matched only when case is ignored (``notes_on_trade.TXT``) and a file listed
twice are each said in a note; two rows for one file that disagree, and dates that cannot
be read for certain, are errors naming the file and the line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .dates import DateError, read_date_column
from .tabular import META_COLUMNS, TableError, csv_dicts


class MetadataError(ValueError):
    """A metadata file that cannot be trusted (the message names the file and the line)."""


@dataclass
class Metadata:
    """The rows of a metadata file, by file name, and the line each came from."""

    path: str = ""
    rows: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)
    used: set = field(default_factory=set)  # the rows matched to a file
    matched_files: set = field(default_factory=set)  # the files matched to a row

    def for_file(self, name: str, stem: str, notes: list, where: str) -> dict:
        """The metadata of the file *name* (by name, then by stem, then ignoring case)."""
        for key in (name, stem):
            if key in self.rows:
                self.used.add(key)
                self.matched_files.add(name)
                return dict(self.rows[key])
        folded = {k.casefold(): k for k in self.rows}
        for key in (name, stem):
            match = folded.get(key.casefold())
            if match is not None:
                self.used.add(match)
                self.matched_files.add(name)
                notes.append((where, f"matched to the row for {match!r} of {self.path} (line {self.lines[match]}) "
                                     "though the case of the names differs"))
                return dict(self.rows[match])
        return {}

    def report(self, read_names: list[str], listed_names: list[str], notes: list) -> None:
        """Notes for rows naming no file and for files without a row (*read_names*: the
        files read; *listed_names*: every file of the folder)."""
        if not self.rows:
            return
        listed = set(listed_names) | {Path(n).stem for n in listed_names}
        folded = {n.casefold() for n in listed}
        orphans = [k for k in self.rows if k not in self.used and k not in listed and k.casefold() not in folded]
        if orphans:
            detail = ", ".join(f"{k!r} (line {self.lines[k]})" for k in orphans)
            notes.append((self.path, f"{len(orphans)} row(s) name no file of the folder: {detail}"))
        missing = [n for n in read_names if n not in self.matched_files]
        if missing:
            notes.append((self.path, f"no row for {len(missing)} file(s): {', '.join(missing)}"))


def read_metadata(path: Path, text: str, notes: list, *, dayfirst=None, date_format=None) -> Metadata:
    """The rows of a ``metadata.csv`` (its decoded *text*) keyed by file name."""
    where = str(path)
    try:
        columns, rows = csv_dicts(text, where)
    except TableError as exc:
        raise MetadataError(str(exc)) from None
    if rows and "file" not in columns:
        raise MetadataError(f"{path}: a metadata file needs a 'file' column; found columns: {', '.join(columns)}")
    if "date" in columns:
        try:
            dates = read_date_column([(f"line {i} ({(row.get('file') or '').strip()!r})", (row.get("date") or "").strip())
                                      for i, row in rows], where,
                                     dayfirst=dayfirst, date_format=date_format, notes=notes)
        except DateError as exc:
            raise MetadataError(str(exc)) from None
        for (_, row), date in zip(rows, dates):
            row["date"] = date
    meta = Metadata(where)
    for i, row in rows:
        name = (row.get("file") or "").strip()
        if not name:
            raise MetadataError(f"{path}, line {i}: empty 'file' value")
        values = {k: (row.get(k) or "").strip() for k in META_COLUMNS if k in row and (row.get(k) or "").strip()}
        if (row.get("doc_id") or "").strip():
            values["doc_id"] = row["doc_id"].strip()
        if name in meta.rows:
            first = meta.lines[name]
            if meta.rows[name] != values:
                raise MetadataError(f"{path}: {name!r} has two rows that differ (lines {first} and {i}): keep one")
            notes.append((where, f"{name!r} is listed twice (lines {first} and {i}, the same values)"))
            continue
        meta.rows[name] = values
        meta.lines[name] = i
    return meta
