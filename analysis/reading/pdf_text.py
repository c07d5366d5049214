"""PDF files: their text layer as paragraphs, with ``pypdf``.

A PDF has lines, not paragraphs: the text of each page is read line by line with the
position of every line, then

- page headers and footers (a line at the top or bottom of the page that comes back on
  other pages, numbers aside) and page numbers ("3", "Page 3 of 9", "- 3 -") are removed
  and reported;
- wrapped lines are joined into paragraphs: a line is joined to the next unless it ends a
  paragraph, that is when a gap wider than the line spacing follows it, when it is short
  (well short of the text's full line width: the last line of a paragraph) and ends a
  sentence, when it is half as long as a full line, when the next line is indented (a
  first-line indent) after a line that ends a sentence, when the type size changes (a
  headline), or when the next line opens with a transcript label ("MR. PRICE:",
  "QUESTION:", "Q ") or a bullet;
  a word broken with a hyphen at the end of a line is joined without a space.

Columns are read in the order the file stores them (column by column in the PDFs that
word processors and typesetters write). A PDF with no text layer (a scan) is skipped with
that reason; so is an encrypted one.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_LABEL = re.compile(
    r"^(?:Q|A)\s+\S|^(?:(?:MR|MRS|MS|DR)\.?\s+)?[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|the|from|for|and)){0,5}\s*:(?:\s|$)")
_BULLET = re.compile(r"^(?:[•▪◦·\-–—*]|\d{1,2}[.)])\s+")
_SHORT_SHARE = 0.75  # a line this short (in characters, of the full line) that ends a sentence ends a paragraph
_TERMINAL = '.?!:;"”’)]'  # (a line half as long ends one whatever its last character)
_GAP_SHARE = 1.5  # a gap this many times the usual line spacing ends a paragraph
_INDENT = (6.0, 60.0)  # a next line starting this far (points) right of a line ending a sentence: a new paragraph


@dataclass
class PdfText:
    text: str
    meta: dict = field(default_factory=dict)
    removed: list = field(default_factory=list)
    problem: str = ""


@dataclass
class _Line:
    page: int
    y: float
    size: float
    text: str
    x: float = 0.0


def _page_lines(page, number: int) -> list[_Line]:
    chunks: list[tuple[float, float, str, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text or not text.strip():
            if chunks and text and "\n" in text:
                chunks.append((chunks[-1][0], float(font_size or 0), "\n", 0.0))
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs(float(font_size or 0) * (tm[3] or 1) * (cm[3] or 1))
        chunks.append((y, size, text, x))

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    for y, size, text, x in chunks:
        if text == "\n":
            if lines and lines[-1].text:
                lines.append(_Line(number, y, size, ""))
            continue
        if lines and (lines[-1].text == "" or abs(lines[-1].y - y) > 1.0):
            if lines[-1].text == "":
                lines.pop()
            lines.append(_Line(number, y, size, text, x))
        elif lines:
            lines[-1].text += text
        else:
            lines.append(_Line(number, y, size, text, x))
    out = []
    for line in lines:
        for part in line.text.split("\n"):
            part = " ".join(part.split())
            if part:
                out.append(_Line(number, line.y, line.size, part, line.x))
    return out


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _drop_page_furniture(pages: list[list[_Line]]) -> tuple[list[list[_Line]], list[tuple[int, str, str]]]:
    """Remove running headers, footers and page numbers: the first and last two lines of
    a page that recur (numbers aside) on other pages, and lines that are only a page number."""
    edge_counts: Counter = Counter()
    for lines in pages:
        edges = {_shape(line.text) for line in lines[:2] + lines[-2:]}
        edge_counts.update(edges)
    recurring = {shape for shape, n in edge_counts.items() if len(pages) > 1 and n >= max(2, (len(pages) + 1) // 2)}
    removed = []
    kept_pages = []
    for number, lines in enumerate(pages, start=1):
        kept = []
        for i, line in enumerate(lines):
            at_edge = i < 2 or i >= len(lines) - 2
            if at_edge and _PAGE_NUMBER.match(line.text):
                removed.append((number, line.text, "page number"))
            elif at_edge and _shape(line.text) in recurring:
                removed.append((number, line.text, "page header" if i < 2 else "page footer"))
            else:
                kept.append(line)
        kept_pages.append(kept)
    return kept_pages, removed


def _paragraphs(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    widths = sorted(len(line.text) for line in lines)
    full = widths[int(len(widths) * 0.9)] if len(widths) > 1 else widths[0]
    spacings = Counter(round(a.y - b.y) for a, b in zip(lines, lines[1:]) if a.page == b.page and a.y > b.y)
    spacing = spacings.most_common(1)[0][0] if spacings else 0
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if current.endswith("-") and re.search(r"[^\W\d_]-$", current) and line.text[:1].islower():
            current += line.text
        else:
            current = f"{current} {line.text}" if current else line.text
        following = lines[i + 1] if i + 1 < len(lines) else None
        ends = following is None
        if following is not None:
            gap = line.y - following.y if following.page == line.page else 0
            short = len(line.text) < full * _SHORT_SHARE
            indented = following.page == line.page and _INDENT[0] < following.x - line.x < _INDENT[1]
            ends = (
                (spacing > 0 and gap > spacing * _GAP_SHARE)
                or (indented and line.text[-1] in _TERMINAL)
                or (short and line.text[-1] in _TERMINAL)
                or len(line.text) < full * _SHORT_SHARE * 2 / 3
                or abs(following.size - line.size) > 0.5
                or bool(_LABEL.match(following.text))
                or bool(_BULLET.match(following.text))
            )
        if ends:
            paragraphs.append(current)
            current = ""
    return paragraphs


def looks_like_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def read_pdf(data: bytes) -> PdfText:
    """The text of a PDF as paragraphs, its running headers, footers and page numbers
    removed (see the module's notes)."""
    import pypdf
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs in a damaged file; the reason a file is skipped is said instead
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return PdfText("", problem="encrypted PDF (a password is needed to read it)")
            except Exception:  # pypdf raises several kinds of errors for unknown encryption
                return PdfText("", problem="encrypted PDF (a password is needed to read it)")
        pages = [_page_lines(page, n) for n, page in enumerate(reader.pages, start=1)]
    except (PdfReadError, RecursionError) as exc:
        return PdfText("", problem=f"unreadable PDF ({type(exc).__name__}: {exc})")
    except Exception as exc:  # a damaged file can fail in any part of pypdf: a skipped file, never a traceback
        return PdfText("", problem=f"unreadable PDF ({type(exc).__name__}: {exc})")
    if not any(pages):
        has_images = False
        try:
            has_images = any(page.images for page in reader.pages)
        except Exception:  # the images are only looked at to name the reason
            pass
        reason = ("scanned PDF: no text layer, only images (run OCR on it first, e.g. with ocrmypdf)"
                  if has_images else "PDF without text (no text layer)")
        return PdfText("", problem=reason)
    pages, removed = _drop_page_furniture(pages)
    lines = [line for page in pages for line in page]
    # the title in the file's properties is often a template's or a file name: the headline
    # is found in the text, as in a text file
    return PdfText("\n\n".join(_paragraphs(lines)), {}, removed)
