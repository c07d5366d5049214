"""Separating an article's body from web boilerplate.

:func:`clean_text` turns the raw text of one file into the cleaned body (paragraphs joined
by a blank line), the headline (which becomes the title) and the list of dropped lines
with the reason for each. The rules are data: ``analysis/lexicons/boilerplate.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice

from ..lexicon_files import lexicon_path, load_yaml

WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")


@dataclass
class CleanResult:
    """The cleaned body of one document."""

    text: str
    paragraphs: list[tuple[int, int]]
    title: str = ""
    removed: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Rules:
    exact: dict
    patterns: tuple
    datelines: tuple
    section_label_max_words: int
    terminal_chars: str
    trailing_label_max_words: int
    body_min_words: int

    @cached_property
    def max_limit(self) -> int:
        """The largest ``max_words`` of the patterns (0 if none has one)."""
        return max((limit for _, _, limit in self.patterns if limit is not None), default=0)


def _line_key(line: str) -> str:
    return re.sub(r"[\W_]+", " ", line.lower()).strip()


@lru_cache(maxsize=4)
def _compile(_token) -> _Rules:
    data = load_yaml("boilerplate.yaml")
    exact: dict[str, str] = {}
    patterns = []
    for rule in data.get("rules", []):
        reason = rule["reason"]
        limit = rule.get("max_words")
        for line in rule.get("lines", []) or []:
            exact.setdefault(_line_key(str(line)), reason)
        for pat in rule.get("patterns", []) or []:
            try:
                rx = re.compile(r"(?:%s)\Z" % pat, re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"boilerplate.yaml: bad pattern {pat!r}: {exc}") from None
            patterns.append((rx, reason, limit))
    datelines = tuple(re.compile(p) for p in data.get("dateline_patterns", []) or [])
    layout = data.get("layout", {}) or {}
    return _Rules(
        exact=exact,
        patterns=tuple(patterns),
        datelines=datelines,
        section_label_max_words=int(layout.get("section_label_max_words", 3)),
        terminal_chars=str(layout.get("terminal_chars", '.?!"”’')),
        trailing_label_max_words=int(layout.get("trailing_label_max_words", 12)),
        body_min_words=int(layout.get("body_min_words", 30)),
    )


def _rules() -> _Rules:
    return _compile(lexicon_path("boilerplate.yaml").stat().st_mtime_ns)


def n_words(text: str) -> int:
    """Count words (runs of letters/digits, joined by apostrophes, hyphens or dots)."""
    return len(WORD_RE.findall(text))


def boilerplate_reason(line: str, rules: _Rules | None = None) -> str:
    """Return why *line* is boilerplate, or ``""`` when it is not."""
    rules = rules or _rules()
    stripped = line.strip()
    key = _line_key(stripped)
    if not key:
        # Lines of pure punctuation: end marks such as ### or * * *
        for rx, reason, _ in rules.patterns:
            if rx.match(stripped):
                return reason
        return ""
    if key in rules.exact:
        return rules.exact[key]
    # the word count matters only up to the largest limit: stop counting beyond it
    words = sum(1 for _ in islice(WORD_RE.finditer(stripped), rules.max_limit + 1))
    for rx, reason, limit in rules.patterns:
        if limit is not None and words > limit:
            continue
        if rx.match(stripped):
            return reason
    return ""


def _split_blocks(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Group lines into paragraphs: a blank line always ends one; inside a block separated
    by blank lines a line ending with sentence punctuation ends one too. A file without
    any blank line has one paragraph per line."""
    has_blank = any(not line.strip() for line in lines)
    soft = has_blank and _soft_line_breaks(lines)
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for no, line in enumerate(lines, start=1):
        s = line.strip()
        if not s:
            if current:
                blocks.append(current)
                current = []
            continue
        if soft and current and _OWN_LINE_RE.match(s):
            blocks.append(current)  # a label or list item starts its own paragraph
            current = []
        current.append((no, s))
        if not has_blank or not soft and s[-1] in ".?!\"”’»:":
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


# A line that starts a paragraph of its own even inside a block: a speaker label ("MR. X:",
# "Question:"), a list item ("- Agreed that", "2.", "(a)")
_OWN_LINE_RE = re.compile(r"(?:[-•*–—]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|[A-Z][^:\n]{0,60}:(?:\s|$)|Q\s)")


def _soft_line_breaks(lines: list[str]) -> bool:
    """True when blank lines separate the paragraphs of the text and the single line breaks
    inside some of them only break lines (a speech printed one phrase per line): most blocks
    between blank lines are one line long, and there are at least four of them. A text whose
    paragraphs are single lines under one blank line after the headline has hard breaks."""
    sizes, n = [], 0
    for line in lines:
        if line.strip():
            n += 1
        elif n:
            sizes.append(n)
            n = 0
    if n:
        sizes.append(n)
    single = sum(1 for k in sizes if k == 1)
    return len(sizes) >= 4 and single >= len(sizes) - single


# A line under the headline that says whose words follow ("Statement by President X", "Remarks by
# the Foreign Minister"): part of the text, not a label
VOICE_HEADING = re.compile(r"\s*(?:(?:opening|closing|keynote|joint|introductory|concluding)\s+)?(?:press\s+)?"
                           r"(?:statement|remarks|speech|address|intervention)\s+(?:by|of)\s+[A-Z]"
                           r"|[^\n]{3,80}?['’]s?\s+(?:words|remarks|speech|statement|address)\s+(?:at|to|on|in|before)\b"
                           # "President of the Republic of Indonesia (Joko Widodo)": a speaker's title, their name in brackets
                           r"|(?:[A-Z][\w'’.-]*\s+){0,3}(?:president|prime\s+minister|minister|secretary|chancellor|spokes(?:person|man|woman)"
                           r"|ambassador|king|emir|premier|chair(?:man|woman|person)?)\b[^\n()]{0,80}\((?!(?:photo|file|image|picture|credit|source)\b)(?-i:[A-Z])[^()\n:/ ]+ [^()\n:/]{2,50}\)\s*$", re.I)


def _is_body(text: str, rules: _Rules) -> bool:
    # a headline may end in a note in brackets: "Press Conference by Minister Nishimura (Excerpt)"
    bare = re.sub(r"\s*\([^()]{1,40}\)$", "", text) or text
    return bare[-1] in rules.terminal_chars or n_words(text) > rules.body_min_words


_LABELLED_DATE = re.compile(r"^\s*(?:(?:first\s+|last\s+)?published|updated|posted)\s*:\s*(.{6,60})$", re.IGNORECASE)


def _labelled_date(line: str) -> bool:
    """A line that only states when the article was published or updated, in any form the
    date reader knows ("Published: 10:00am, 30 Mar, 2023")."""
    m = _LABELLED_DATE.match(line)
    if not m:
        return False
    from .dates import DateError, parse_date

    value = re.sub(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT|UTC)?\s*,?\s*", "", m.group(1).strip(),
                   flags=re.IGNORECASE)
    try:
        parse_date(value.strip(" ,.|"))
    except DateError:
        return False
    return True


def clean_text(raw: str, title_hint: str = "", layout: str = "page") -> CleanResult:
    """Clean the raw text of one article.

    Drops boilerplate lines (navigation, share prompts, date stamps, bylines, credit lines,
    end marks), takes the headline as title, drops section labels before it and captions
    between it and the body, cuts an inline dateline ("BEIJING (AP) — ") from the first
    paragraph, and drops unpunctuated labels after the body. *title_hint* (a title from
    metadata) is removed from the top of the body when the text repeats it.

    *layout* ``"body"`` (the text column of a table) holds the body alone: no paragraph of
    it is taken for a headline, a section label, a caption or a trailing label.
    """
    rules = _rules()
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # two single quotation marks typed for a double one ("‘‘The Prime Minister ...”, ‘‘...’’): one mark
    raw = raw.replace("‘‘", "“").replace("’’", "”").replace("``", "“").replace("''", "”") if ("‘‘" in raw or "``" in raw) else raw
    # Markdown headings: keep the heading text, drop the marker ("## Talks resume" -> "Talks resume")
    lines = [re.sub(r"^\s{0,3}#{1,6}\s+(?=\S)", "", line) for line in raw.split("\n")]
    removed: list[tuple[int, str, str]] = []

    kept_lines = []
    for no, line in enumerate(lines, start=1):
        reason = boilerplate_reason(line, rules) if line.strip() else ""
        if not reason and line.strip() and _labelled_date(line.strip()):
            reason = "date stamp"
        if reason:
            removed.append((no, line.strip(), reason))
            kept_lines.append("")  # keeps line numbers and paragraph breaks
        else:
            kept_lines.append(line)

    blocks = _split_blocks(kept_lines)
    paras = [(block[0][0], " ".join(s for _, s in block)) for block in blocks]

    title = ""
    hint_key = _line_key(title_hint) if title_hint else ""
    body_idx = [i for i, (_, t) in enumerate(paras) if _is_body(t, rules)]
    first_body = body_idx[0] if body_idx else len(paras)
    last_body = body_idx[-1] if body_idx else -1
    if layout == "body":
        # the body alone: only a repeated title at its top is removed
        body_idx = list(range(len(paras)))
        first_body = 1 if paras and hint_key and _line_key(paras[0][1]) == hint_key else 0
        last_body = len(paras) - 1
    drop: dict[int, str] = {}
    for i in range(first_body):
        no, text = paras[i]
        if title and VOICE_HEADING.match(text):
            continue  # "Statement by President X" under the headline: whose words follow, kept
        if hint_key and _line_key(text) == hint_key:
            drop[i] = "headline"
            title = title or text
        elif n_words(text) <= rules.section_label_max_words:
            drop[i] = "section label"
        elif not title and not hint_key:
            drop[i] = "headline"
            title = text
        else:
            drop[i] = "caption"
    if not title and not hint_key:
        # no longer line before the body: a short one just before it of as many words as a
        # section label may have is the headline ("Talks Resume Today"), not a label
        for i in range(first_body - 1, -1, -1):
            if drop.get(i) == "section label" and n_words(paras[i][1]) >= rules.section_label_max_words:
                drop[i] = "headline"
                title = paras[i][1]
                break
    if not body_idx:
        # No paragraph looks like body text (a one-line note, a list): keep every line as
        # body rather than lose the document.
        drop = {}
        title = ""
    for i in range(last_body + 1, len(paras) if body_idx else 0):
        if i in drop:
            continue
        no, text = paras[i]
        if n_words(text) <= rules.trailing_label_max_words:
            drop[i] = "trailing label"
    if hint_key and first_body < len(paras) and _line_key(paras[first_body][1]) == hint_key:
        drop[first_body] = "headline"
        title = title or paras[first_body][1]

    body_paras = []
    dated = False
    for i, (no, text) in enumerate(paras):
        if i in drop:
            removed.append((no, text, drop[i]))
            continue
        if not dated and len(body_paras) < 3:  # (after a "posted in: Africa" line left before it)
            for rx in rules.datelines:
                m = rx.match(text)
                if m and m.end() < len(text):
                    removed.append((no, m.group(0).strip(), "dateline"))
                    text = text[m.end():]
                    dated = True
                    break
        body_paras.append(text)

    spans = []
    pos = 0
    for text in body_paras:
        spans.append((pos, pos + len(text)))
        pos += len(text) + 2
    removed.sort(key=lambda r: r[0])
    return CleanResult("\n\n".join(body_paras), spans, title or title_hint, removed)
