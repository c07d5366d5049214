"""Reading articles from disk: folders, files of each kind, tables and DataFrames.

This module turns a *source* (a folder, a file, a list of paths, a table file or a pandas
DataFrame) into raw records, one per article, plus a list of the inputs that could not
become articles and why, and notes on what was done to read them (bytes repaired, an
encoding detected, a metadata row without its file, ...). Each kind of file has its reader:
text (:mod:`.decoding`), saved web pages (:mod:`.html_pages`), PDF (:mod:`.pdf_text`), Word
(:mod:`.office_files`), tables (:mod:`.tabular`) and ``metadata.csv`` (:mod:`.metadata`).
It does not clean the text: that is :mod:`.cleaning`'s job.

Nothing here blocks or aborts a whole load on one odd entry: a symbolic link loop, a named
pipe, a device or a file name that is not UTF-8 is a skipped input with its reason (names
are shown with their odd bytes as ``\\xNN``, so a ``doc_id`` is always plain text).
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..lexicon_files import USER_FOLDER
from .decoding import decode_bytes, decode_document, script_problem  # noqa: F401 (decode_bytes: its old place)
from .html_pages import looks_like_html, read_html
from .metadata import Metadata, MetadataError, read_metadata
from .office_files import looks_like_docx, read_docx
from .pdf_text import looks_like_pdf, read_pdf
from .tabular import META_COLUMNS, TableError, parse_columns, table_records, table_rows  # noqa: F401

TEXT_SUFFIXES = {".txt", ".md"}
PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
WORD_SUFFIXES = {".docx"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | PAGE_SUFFIXES | PDF_SUFFIXES | WORD_SUFFIXES
TABLE_SUFFIXES = {".csv", ".jsonl", ".parquet"}
METADATA_FILE = "metadata.csv"
KINDS_READ = ("articles are read from .txt, .md, .html, .pdf and .docx files, "
              "tables of articles from .csv, .jsonl and .parquet files")
_NEXT_STEP = {".doc": "old Word format: save it as .docx", ".rtf": "save it as .docx or .txt",
              ".odt": "save it as .docx", ".pages": "export it as .docx", ".xlsx": "save it as .csv",
              ".xls": "save it as .csv", ".json": "a table of articles is read from JSON Lines (.jsonl)",
              ".mhtml": "save the page as .html", ".mht": "save the page as .html"}


@dataclass
class RawDocument:
    """One article as read from its source, before cleaning.

    *removed*: lines its reader left out (line or page, text, reason), e.g. a web page's
    navigation; *layout*: ``"page"`` for a file (a headline and labels may stand around the
    body) or ``"body"`` for a table's text column (the body alone)."""

    doc_id: str
    path: str
    raw: str
    meta: dict = field(default_factory=dict)
    removed: list = field(default_factory=list)
    layout: str = "page"


@dataclass
class Skipped:
    """An input that did not become a document."""

    path: str
    reason: str


class InputError(ValueError):
    """A source could not be read as a corpus (the message names the file and the problem)."""


_SURROGATE = re.compile("[\ud800-\udfff]")

# A document longer than this is skipped with that reason rather than analysed: it is a
# book or a dump, not an article (the longest text of the real-text set has 8,369
# characters, a long press-conference transcript about 100,000), and one document is
# analysed in one process, in memory. Every stage is linear in a document's length, so the
# limit bounds the time per document too. An article file (not a table of articles) larger
# than MAX_FILE_BYTES is skipped before it is decoded or parsed.
MAX_DOCUMENT_CHARS = 1_000_000
MAX_FILE_BYTES = 64 * 2**20


def plain_text(value: str) -> str:
    """*value* with the bytes a file name could not decode shown as ``\\xNN`` (Python keeps
    them as lone surrogates, which no file format can hold)."""
    def shown(m):
        code = ord(m.group(0))
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"

    return _SURROGATE.sub(shown, value)


def display_path(path) -> str:
    return plain_text(str(path))


@dataclass
class FileText:
    """What the reader of one file found: the text (None when it is no article), its
    metadata, the lines left out, and why it is no article."""

    text: str | None
    meta: dict = field(default_factory=dict)
    removed: list = field(default_factory=list)
    problem: str = ""


def _file_bytes(path: Path) -> tuple[bytes | None, str]:
    """The bytes of a regular file, or the reason it is not one (never blocks on a pipe)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return None, f"unreadable: {exc.strerror or exc}"
    if not stat.S_ISREG(info.st_mode):
        kind = ("a named pipe" if stat.S_ISFIFO(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode)
                else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "not a file")
        return None, f"not a regular file ({kind})"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            return handle.read(), ""
    except OSError as exc:
        return None, f"unreadable: {exc.strerror or exc}"


_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]{2,40})", re.IGNORECASE)


def _declared_charset(data: bytes) -> str:
    """The encoding a web page declares in a ``<meta>`` tag of its head, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else ""


def _text_of(data: bytes, where: str, notes: list, declared: str = "") -> tuple[str | None, str]:
    if declared and declared.replace("-", "").replace("_", "") not in ("utf8", "usascii", "ascii"):
        try:  # a page that declares its encoding (and whose bytes fit it) is read in it
            return data.decode(declared), ""
        except (LookupError, UnicodeDecodeError):
            pass
    decoded = decode_document(data)
    if decoded.text is None:
        return None, decoded.problem
    if decoded.repaired:
        lines = ", ".join(map(str, decoded.repaired_at)) + (", ..." if decoded.repaired > len(decoded.repaired_at) else "")
        notes.append((where, f"repaired {decoded.repaired} byte(s) that are not UTF-8, read as Windows-1252 "
                             f"characters (line {lines})"))
    elif decoded.encoding not in ("utf-8", "utf-16", "utf-32"):  # (UTF-16/32 have a byte-order mark)
        name = "Windows-1252" if decoded.encoding == "cp1252" else decoded.encoding
        notes.append((where, f"not UTF-8: read as {name} (detected by charset-normalizer)"))
    return decoded.text, ""


def read_article_file(path: Path, where: str, notes: list) -> FileText:
    """One article file of any supported kind, by its suffix and, for a ``.txt``/``.md``
    file, by what it holds (a saved page, a PDF or a Word file renamed)."""
    suffix = path.suffix.lower()
    data, problem = _file_bytes(path)
    if data is None:
        return FileText(None, problem=problem)
    if len(data) > MAX_FILE_BYTES:
        return FileText(None, problem=f"too large to analyse as one article ({len(data):,} bytes; at most "
                                      f"{MAX_FILE_BYTES // 2**20} MB): split it into articles")
    if not data.strip():
        return FileText(None, problem="empty")
    kind = {**dict.fromkeys(PDF_SUFFIXES, "pdf"), **dict.fromkeys(WORD_SUFFIXES, "docx"),
            **dict.fromkeys(PAGE_SUFFIXES, "html")}.get(suffix, "text")
    if kind == "text" and looks_like_pdf(data):
        kind = "pdf"
        notes.append((where, "read as a PDF (the file holds one, whatever its name says)"))
    elif kind == "text" and looks_like_docx(data):
        kind = "docx"
        notes.append((where, "read as a Word file (the file holds one, whatever its name says)"))
    if kind == "pdf":
        found = read_pdf(data)
        result = FileText(found.text, found.meta, found.removed, found.problem)
    elif kind == "docx":
        found = read_docx(data)
        result = FileText(found.text, found.meta, [], found.problem)
    else:
        starts_with_tag = data[:256].lstrip(b" \t\r\n\xef\xbb\xbf")[:1] == b"<"
        declared = _declared_charset(data) if kind == "html" or starts_with_tag else ""
        text, problem = _text_of(data, where, notes, declared)
        if text is None:
            return FileText(None, problem=problem)
        if kind == "text" and looks_like_html(text):
            kind = "html"
            notes.append((where, "read as a web page (the file holds HTML, whatever its name says)"))
        if kind == "html":
            page = read_html(text)
            result = FileText(page.text, page.meta, page.removed, page.problem)
        else:
            result = FileText(text)
    if result.problem:
        return FileText(None, problem=result.problem)
    return _checked(result)


def _checked(result: FileText) -> FileText:
    text = result.text or ""
    if not text.strip():
        return FileText(None, problem="empty")
    if len(text) > MAX_DOCUMENT_CHARS:
        return FileText(None, problem=f"too large to analyse as one article ({len(text):,} characters; at most "
                                      f"{MAX_DOCUMENT_CHARS:,}): split it into articles")
    problem = script_problem(text)
    if problem:
        return FileText(None, problem=problem)
    if _SURROGATE.search(text):
        result.text = _SURROGATE.sub("\ufffd", text)
    return result


def _folder_entries(folder: Path, skipped: list[Skipped]) -> tuple[list[Path], list[str]]:
    """The article files of a folder in name order, and the names of all its entries;
    other entries are skipped with their reason (a symbolic link loop among them)."""
    files = []
    with os.scandir(folder) as it:
        names = sorted(e.name for e in it)
    for name in names:
        entry = folder / name
        if name.startswith(".") or name == METADATA_FILE:
            continue  # hidden files, the metadata table
        try:
            is_dir = stat.S_ISDIR(os.stat(entry).st_mode)
        except OSError as exc:  # a symbolic link loop, a link that leads nowhere
            skipped.append(Skipped(display_path(entry), f"unreadable: {exc.strerror or exc}"))
            continue
        if is_dir and name == USER_FOLDER:
            continue  # the project's own lexicons
        suffix = entry.suffix.lower()
        if is_dir:
            skipped.append(Skipped(display_path(entry), "folder (only files directly inside the source folder are read)"))
        elif suffix in ARTICLE_SUFFIXES:
            files.append(entry)
        else:
            kind = entry.suffix or entry.name
            hint = _NEXT_STEP.get(suffix, KINDS_READ)
            if suffix in TABLE_SUFFIXES:
                hint = "a table of articles is read when named as the source itself, not inside a folder"
            skipped.append(Skipped(display_path(entry), f"unsupported file type '{plain_text(kind)}' ({hint})"))
    return files, names


def _metadata_of(folder: Path, notes: list, dayfirst, date_format) -> Metadata:
    path = folder / METADATA_FILE
    if not path.exists():
        return Metadata()
    data, problem = _file_bytes(path)
    if data is None:
        raise InputError(f"{display_path(path)}: {problem}")
    if not data.strip():
        return Metadata(display_path(path))
    text, problem = _text_of(data, display_path(path), notes)
    if text is None:
        raise InputError(f"{display_path(path)}: {problem}")
    try:
        return read_metadata(Path(display_path(path)), text, notes, dayfirst=dayfirst, date_format=date_format)
    except MetadataError as exc:
        raise InputError(str(exc)) from None


def _records_from_files(files: list[Path], metadata: Metadata, notes: list, skipped: list) -> list[RawDocument]:
    records = []
    for file in files:
        where = display_path(file)
        found = read_article_file(file, where, notes)
        if found.text is None:
            skipped.append(Skipped(where, found.problem))
            continue
        name = plain_text(file.name)
        meta = {k: v for k, v in found.meta.items() if k in META_COLUMNS and v}
        meta.update(metadata.for_file(name, plain_text(file.stem), notes, where))
        doc_id = meta.pop("doc_id", "") or plain_text(file.stem)
        records.append(RawDocument(doc_id, where, found.text, meta, list(found.removed)))
    return records


def _records_from_table(path: Path | None, frame, where: str, skipped: list, notes: list, *, mapping: dict,
                        dayfirst, date_format) -> list[RawDocument]:
    text = None
    if frame is None and path.suffix.lower() != ".parquet":
        data, problem = _file_bytes(path)
        if data is None or not data.strip():
            skipped.append(Skipped(where, problem or "empty"))
            return []
        text, problem = _text_of(data, where, notes)
        if text is None:
            skipped.append(Skipped(where, problem))
            return []
    try:
        columns, rows = table_rows(path, text, frame, where)
        row_word = "row" if frame is not None or path.suffix.lower() == ".parquet" else "line"
        found = table_records(columns, rows, where, mapping=mapping, notes=notes, row_word=row_word,
                              dayfirst=dayfirst, date_format=date_format)
    except TableError as exc:
        raise InputError(str(exc)) from None
    stem = plain_text(path.stem) if path is not None else "row"
    records = []
    for i, body, doc_id, meta in found:
        ref = f"{where}#{row_word} {i}"
        checked = _checked(FileText(body))
        if checked.text is None:
            skipped.append(Skipped(ref, checked.problem))
            continue
        meta = {k: plain_text(v) for k, v in meta.items()}  # a lone surrogate (JSON's "\\ud800") shown, not kept
        records.append(RawDocument(plain_text(doc_id) or f"{stem}_{i:05d}", ref, checked.text, meta, layout="body"))
    return records


def read_source(source, *, columns=None, dayfirst: bool | None = None, date_format: str | None = None,
                notes: list | None = None) -> tuple[list[RawDocument], list[Skipped]]:
    """Read a corpus source into raw documents and skipped inputs.

    *source* is a folder (its article files in name order, with an optional
    ``metadata.csv`` merged by file name), one article file (``.txt``, ``.md``, ``.html``,
    ``.pdf``, ``.docx``), a table of articles (``.csv``, ``.jsonl``, ``.parquet`` or a
    pandas DataFrame) or a list of such paths. *columns* maps a table's column names to
    ours (``{"body": "text"}`` or ``"body=text,..."``); *dayfirst* / *date_format* settle
    dates such as 03/04/2023. Notes on what was done to read the inputs are appended to
    *notes* as ``(path, note)`` pairs.
    """
    notes = [] if notes is None else notes
    try:
        mapping = parse_columns(columns)
    except TableError as exc:
        raise InputError(str(exc)) from None
    records: list[RawDocument] = []
    skipped: list[Skipped] = []
    if isinstance(source, pd.DataFrame):
        records = _records_from_table(None, source, "DataFrame", skipped, notes, mapping=mapping,
                                      dayfirst=dayfirst, date_format=date_format)
        return records, skipped
    if isinstance(source, (str, os.PathLike)):
        paths = [Path(source)]
    else:
        try:
            paths = [Path(p) for p in source]
        except TypeError:
            raise TypeError(
                f"source must be a path, a list of paths or a pandas DataFrame, not {type(source).__name__}"
            ) from None
        if not paths:
            raise InputError("The list of source paths is empty.")
    for path in paths:
        if not path.exists():
            if os.path.lexists(path):
                raise InputError(f"{display_path(path)}: a symbolic link that leads nowhere or loops")
            raise FileNotFoundError(f"Corpus source not found: {display_path(path)}")

    for path in paths:
        where = display_path(path)
        if path.is_dir():
            metadata = _metadata_of(path, notes, dayfirst, date_format)
            files, names = _folder_entries(path, skipped)
            found = _records_from_files(files, metadata, notes, skipped)
            read = {r.path for r in found}
            metadata.report([plain_text(f.name) for f in files if display_path(f) in read],
                            [plain_text(n) for n in names], notes)
            records.extend(found)
            continue
        suffix = path.suffix.lower()
        if suffix in TABLE_SUFFIXES:
            records.extend(_records_from_table(path, None, where, skipped, notes, mapping=mapping,
                                               dayfirst=dayfirst, date_format=date_format))
            continue
        if suffix not in ARTICLE_SUFFIXES:
            skipped.append(Skipped(where, f"unsupported file type '{plain_text(path.suffix or path.name)}' "
                                          f"({_NEXT_STEP.get(suffix, KINDS_READ)})"))
            continue
        metadata = _metadata_of(path.parent, notes, dayfirst, date_format) if path.parent != path else Metadata()
        records.extend(_records_from_files([path], metadata, notes, skipped))
    return records, skipped
