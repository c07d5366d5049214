"""Word files (``.docx``): their paragraphs, with ``python-docx``.

Each paragraph of the document body becomes a paragraph of the text (blank lines between);
page headers and footers are not part of the body and are left out. A paragraph styled
``Title`` (or a ``Heading 1`` before any body text) is the headline; without one, the
headline is found as in a text file.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field


@dataclass
class WordText:
    text: str
    meta: dict = field(default_factory=dict)
    problem: str = ""


def looks_like_docx(data: bytes) -> bool:
    """Whether *data* is a Word (OOXML) file, whatever the file's name says."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # a Word file larger than this unpacked is not read (a zip bomb)


def read_docx(data: bytes) -> WordText:
    """The paragraphs and headline of a Word file."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        return WordText("", problem=f"unreadable Word file (BadZipFile: {exc})")
    if unpacked > MAX_UNPACKED_BYTES:
        return WordText("", problem=f"Word file too large when unpacked ({unpacked:,} bytes; at most "
                                    f"{MAX_UNPACKED_BYTES:,} are read)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds of errors for damaged files
        return WordText("", problem=f"unreadable Word file ({type(exc).__name__}: {exc})")
    paragraphs = []
    title = ""
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if not title and not paragraphs and (style == "Title" or style.startswith("Heading 1")):
            title = text
        paragraphs.append(text)
    # the title in the file's properties is often a template's ("Document1"): not used
    meta = {"title": title} if title else {}
    if document.core_properties.author:
        meta["author"] = document.core_properties.author.strip()
    return WordText("\n\n".join(paragraphs), meta)
