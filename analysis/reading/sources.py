"""Reading articles from disk: folders, text files, CSV and JSON Lines.

This module turns a *source* (a folder, a file, a list of paths, or a table file) into raw
records, one per article, plus a list of the inputs that could not become articles and
why. It decodes text (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252) but does
not clean it: that is :mod:`analysis.cleaning`'s job.
"""
from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..lexicon_files import USER_FOLDER

TEXT_SUFFIXES = {".txt", ".md"}
TABLE_SUFFIXES = {".csv", ".jsonl"}
METADATA_FILE = "metadata.csv"
META_COLUMNS = ("title", "outlet", "date", "url")


@dataclass
class RawDocument:
    """One article as read from its source, before cleaning."""

    doc_id: str
    path: str
    raw: str
    meta: dict = field(default_factory=dict)


@dataclass
class Skipped:
    """An input that did not become a document."""

    path: str
    reason: str


class InputError(ValueError):
    """A source could not be read as a corpus (the message names the file and the problem)."""


def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """Decode file contents; return ``(text, problem)``; ``text`` is None when unreadable.

    Tries UTF-16 (only with a BOM), UTF-8 (BOM removed), then Windows-1252. Bytes that are
    NUL-heavy are treated as binary.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError:
            return None, "unreadable: invalid UTF-16"
    if b"\x00" in data[:8192]:
        return None, "binary (contains NUL bytes)"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ""
    except UnicodeDecodeError as exc:
        return None, f"unreadable: neither UTF-8 nor Windows-1252 (byte {exc.start})"


def _read_text_file(path: Path) -> tuple[str | None, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"unreadable: {exc.strerror or exc}"
    if not data.strip():
        return None, "empty"
    text, problem = decode_bytes(data)
    if text is not None and not text.strip():
        return None, "empty"
    return text, problem


def _norm_key(value) -> str:
    return "" if value is None else str(value).strip()


def read_metadata(path: Path) -> dict[str, dict]:
    """Read a ``metadata.csv`` (columns file, title, outlet, date, url) keyed by file name."""
    text, problem = _read_text_file(path)
    if text is None:
        if problem == "empty":
            return {}
        raise InputError(f"{path}: {problem}")
    rows = list(csv.DictReader(text.splitlines()))
    if rows and "file" not in rows[0]:
        raise InputError(
            f"{path}: a metadata file needs a 'file' column; found columns: "
            f"{', '.join(rows[0].keys())}"
        )
    out = {}
    for i, row in enumerate(rows, start=2):
        name = _norm_key(row.get("file"))
        if not name:
            raise InputError(f"{path}, line {i}: empty 'file' value")
        meta = {k: _norm_key(row.get(k)) for k in META_COLUMNS if k in row}
        if row.get("doc_id"):
            meta["doc_id"] = _norm_key(row["doc_id"])
        out[name] = meta
    return out


def _files_from_folder(folder: Path, skipped: list[Skipped]) -> list[Path]:
    files = []
    with os.scandir(folder) as it:  # scandir knows folders from the listing: no stat per file
        listing = sorted(((e.name, e.is_dir()) for e in it), key=lambda x: x[0])
    for name, is_dir in listing:
        entry = folder / name
        if name.startswith(".") or name == METADATA_FILE or (is_dir and name == USER_FOLDER):
            continue  # hidden files, the metadata table, the project's own lexicons
        if is_dir:
            skipped.append(Skipped(str(entry), "folder (only files directly inside the source folder are read)"))
        elif entry.suffix.lower() in TEXT_SUFFIXES:
            files.append(entry)
        else:
            skipped.append(Skipped(str(entry), f"unsupported file type '{entry.suffix or entry.name}' (expected .txt or .md)"))
    return files


def _records_from_table(path: Path, skipped: list[Skipped]) -> list[RawDocument]:
    text, problem = _read_text_file(path)
    if text is None:
        skipped.append(Skipped(str(path), problem))
        return []
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines(keepends=True))
        columns = reader.fieldnames or []
        if "text" not in columns:
            raise InputError(
                f"{path}: a CSV corpus needs a 'text' column; found columns: {', '.join(columns) or '(none)'}"
            )
        rows = [(i, row) for i, row in enumerate(reader, start=2)]
        where = "line"
    else:
        rows = []
        for i, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}, line {i}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise InputError(f"{path}, line {i}: expected a JSON object with a 'text' field")
            rows.append((i, obj))
        if rows and not any("text" in obj for _, obj in rows):
            raise InputError(
                f"{path}: a JSON Lines corpus needs a 'text' field; found fields: {', '.join(rows[0][1].keys())}"
            )
        where = "line"
    records = []
    for i, row in rows:
        body = row.get("text")
        ref = f"{path}#{where} {i}"
        if body is None or not str(body).strip():
            skipped.append(Skipped(ref, "empty"))
            continue
        doc_id = _norm_key(row.get("doc_id")) or f"{path.stem}_{i:05d}"
        meta = {k: _norm_key(row.get(k)) for k in META_COLUMNS if row.get(k) is not None}
        records.append(RawDocument(doc_id, ref, str(body), meta))
    return records


def read_source(source) -> tuple[list[RawDocument], list[Skipped]]:
    """Read a corpus source into raw documents and skipped inputs.

    *source* is a folder (its ``.txt`` and ``.md`` files in name order, with an optional
    ``metadata.csv`` merged by file name), a single text file, a ``.csv`` or ``.jsonl``
    table with a ``text`` column, or a list of such paths.
    """
    if isinstance(source, (str, os.PathLike)):
        paths = [Path(source)]
    else:
        try:
            paths = [Path(p) for p in source]
        except TypeError:
            raise TypeError(
                f"source must be a path or a list of paths, not {type(source).__name__}"
            ) from None
        if not paths:
            raise InputError("The list of source paths is empty.")
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"Corpus source not found: {path}")

    records: list[RawDocument] = []
    skipped: list[Skipped] = []
    for path in paths:
        if path.is_dir():
            meta_path = path / METADATA_FILE
            metadata = read_metadata(meta_path) if meta_path.exists() else {}
            files = _files_from_folder(path, skipped)
        else:
            metadata = {}
            if path.suffix.lower() in TABLE_SUFFIXES:
                records.extend(_records_from_table(path, skipped))
                continue
            if path.suffix.lower() not in TEXT_SUFFIXES:
                skipped.append(Skipped(str(path), f"unsupported file type '{path.suffix or path.name}' (expected .txt, .md, .csv or .jsonl)"))
                continue
            sibling = path.parent / METADATA_FILE
            metadata = read_metadata(sibling) if sibling.exists() else {}
            files = [path]
        for file in files:
            text, problem = _read_text_file(file)
            if text is None:
                skipped.append(Skipped(str(file), problem))
                continue
            meta = dict(metadata.get(file.name) or metadata.get(file.stem) or {})
            doc_id = meta.pop("doc_id", "") or file.stem
            records.append(RawDocument(doc_id, str(file), text, meta))
    return records, skipped
