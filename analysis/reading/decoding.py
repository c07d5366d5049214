"""Turning the bytes of a file into text, strictly, and saying what was done.

The order of trust:

1. a byte-order mark says the encoding (UTF-32 before UTF-16: the UTF-32 little-endian mark
   starts with the UTF-16 one);
2. UTF-8 that decodes strictly is UTF-8;
3. UTF-8 with a few single bad bytes (a Windows-1252 "é" or "’" pasted into a UTF-8 file)
   is UTF-8 with those bytes repaired: each is read as the Windows-1252 character it stands
   for (U+FFFD where Windows-1252 has none) and counted, so that the caller can say so;
4. anything else is given to ``charset-normalizer``, a library made to detect encodings;
   when it finds a Western single-byte code page, Windows-1252 is used (detection cannot
   tell the Latin code pages apart on a short text, and Windows-1252 is what Western files
   without a declared encoding are written in); otherwise its choice (GB2312, Shift-JIS,
   Windows-1251, UTF-16 without a mark, ...) is used;
5. what no encoding turns into text is binary.

:func:`script_problem` then tells a text in a script the analysis cannot read (it reads
English) from one it can, so that such a text is skipped with that reason instead of
giving empty tables.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# code pages of Latin-script languages, among those charset-normalizer may name
_LATIN_CODE_PAGES = re.compile(
    r"^(cp125[02478]|cp1252|latin_1|iso8859_(1|2|3|4|9|10|13|14|15|16)|mac_(roman|latin2|iceland|turkish)"
    r"|cp437|cp850|cp852|cp858|cp863|cp865|ascii)$")
_REPAIRABLE_SHARE = 0.5  # at most this many bad bytes per well-formed multi-byte character
_SCRIPT_SAMPLE = 200_000  # characters looked at to tell the script of a text
_SCRIPT_MIN_LETTERS = 20


@dataclass
class Decoded:
    """The text of a file (None when it is not text), the problem that made it unreadable,
    the encoding used and the number of bad bytes repaired."""

    text: str | None
    problem: str = ""
    encoding: str = "utf-8"
    repaired: int = 0
    repaired_at: tuple = ()  # line numbers of the first repaired bytes (at most 5)


def _cp1252_char(escaped: str) -> str:
    byte = bytes([ord(escaped) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return "\ufffd"


def _utf8_with_repairs(data: bytes) -> Decoded | None:
    """*data* as UTF-8 with its few bad bytes repaired, or None when it is not mostly
    UTF-8 (no well-formed multi-byte character, or too many bad bytes)."""
    escaped = data.decode("utf-8", "surrogateescape")  # a bad byte becomes U+DC80..U+DCFF
    bad = [m.start() for m in _ESCAPED_BYTE.finditer(escaped)]
    multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
    if multibyte == 0 or len(bad) > max(1, int(multibyte * _REPAIRABLE_SHARE)):
        return None
    text = _ESCAPED_BYTE.sub(lambda m: _cp1252_char(m.group(0)), escaped)
    lines = tuple(escaped.count("\n", 0, at) + 1 for at in bad[:5])
    return Decoded(text.removeprefix("\ufeff"), encoding="utf-8", repaired=len(bad), repaired_at=lines)


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _detected(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return Decoded(None, "binary or unreadable: no text encoding fits its bytes")
    encoding = best.encoding
    if _LATIN_CODE_PAGES.match(encoding):
        try:
            return Decoded(data.decode("cp1252"), encoding="cp1252")
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode(encoding), encoding=encoding)
    except (UnicodeDecodeError, LookupError):
        return Decoded(None, f"unreadable: its bytes do not decode as {encoding}")


def decode_document(data: bytes) -> Decoded:
    """Decode the bytes of one file (see the module's notes for the order of trust)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            return Decoded(data.decode("utf-32"), encoding="utf-32")
        except UnicodeDecodeError:
            return Decoded(None, "unreadable: invalid UTF-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), encoding="utf-16")
        except UnicodeDecodeError:
            return Decoded(None, "unreadable: invalid UTF-16")
    if b"\x00" in data[:8192]:
        # UTF-16 or UTF-32 without a mark, or binary: only text that is mostly ASCII
        # once decoded is taken as text
        decoded = _detected(data)
        text = decoded.text
        if (text is not None and decoded.encoding.startswith("utf_")
                and "\x00" not in text and _ascii_share(text) >= 0.9):
            return decoded
        return Decoded(None, "binary (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    return _utf8_with_repairs(data) or _detected(data)


def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """``(text, problem)`` of :func:`decode_document` (``text`` is None when unreadable)."""
    decoded = decode_document(data)
    return decoded.text, decoded.problem


def _ascii_share(text: str) -> float:
    sample = text[:_SCRIPT_SAMPLE]
    return sum(1 for c in sample if c < "\x80") / max(1, len(sample))


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")  # a letter of another script


def script_problem(text: str) -> str:
    """Why *text* cannot be analysed for its script (``""`` when it can): most of its
    letters are not Latin, e.g. a Chinese or Russian article."""
    sample = text[:_SCRIPT_SAMPLE]
    if sample.isascii():
        return ""
    others = _OTHER_LETTER.findall(sample)
    if len(others) < _SCRIPT_MIN_LETTERS or len(others) * 2 <= len(_LATIN_LETTER.findall(sample)):
        return ""
    import unicodedata

    scripts = Counter(unicodedata.name(c, "OTHER").split(" ")[0] for c in others[:2000])
    script = scripts.most_common(1)[0][0].title() if scripts else "Other"
    script = {"Cjk": "Chinese (CJK)", "Hiragana": "Japanese", "Katakana": "Japanese", "Hangul": "Korean"}.get(script, script)
    return f"not in a language the analysis reads: mostly {script} script (it reads English)"
