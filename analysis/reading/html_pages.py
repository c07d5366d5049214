"""Saved web pages: the article's body, headline, date, author and site name.

The body is taken by ``trafilatura`` (a library made for news pages; it works offline on
the saved file), with its own boilerplate filters; when it finds no body, the visible text
of the page is used instead (and cleaned like a text file). Every visible line of the page
that is not in the body is reported as removed, with the source line it is on and a reason
from where it stands (navigation, cookie banner, share prompt, caption, related links, ...).
The headline loses the site's name (``"Talks resume | World News"`` -> ``"Talks resume"``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DateError, iso_date, parse_date

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead "
    "time tr ul button label option select".split())
HIDDEN_TAGS = frozenset("script style noscript template head svg iframe object canvas".split())
_MAIN_PART = re.compile(r"(?:^|\s)(?:article|main)(?:\s|$)")  # a line inside <article> or <main>
_SITE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|·|•|»)\s+")
# where a removed line stood, by the tag or class/id words of it or an ancestor, first match wins
_PLACES = (
    (re.compile(r"cookie|consent|gdpr"), "cookie banner"),
    (re.compile(r"share|social|newsletter|subscribe|signup|sign-up"), "share or subscribe prompt"),
    (re.compile(r"\bad\b|ads\b|advert|sponsor|promo|dfp"), "advertisement"),
    (re.compile(r"figcaption|caption|credit"), "caption"),
    (re.compile(r"related|recommend|more-stories|read-more|trending|popular|aside"), "related links"),
    (re.compile(r"byline|author"), "byline"),
    (re.compile(r"\btime\b|date|timestamp|published"), "date stamp"),
    (re.compile(r"\bnav\b|menu|breadcrumb|header|masthead|skip"), "navigation"),
    (re.compile(r"footer|copyright|legal"), "page footer"),
    (re.compile(r"comment"), "comments"),
)


@dataclass
class PageText:
    """What a saved page holds: its body as paragraphs (blank lines between), the
    metadata found, and the visible lines left out (source line, text, reason)."""

    text: str
    meta: dict = field(default_factory=dict)
    removed: list = field(default_factory=list)
    problem: str = ""


def looks_like_html(text: str) -> bool:
    """Whether *text* is a web page (a saved page renamed to ``.txt``)."""
    head = text[:1000].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head)


def _visible_lines(root) -> list[tuple[int, str, str]]:
    """The page's visible text as lines ``(source line, text, where)``: a new line at every
    block element; *where* holds the tags, classes and ids of the line's ancestors."""
    lines: list[tuple[int, str, str]] = []
    parts: list[str] = []
    state = {"line": 0, "where": ""}

    def flush():
        text = " ".join("".join(parts).split())
        if text:
            lines.append((state["line"], text, state["where"]))
        parts.clear()

    def context(el) -> str:
        words = []
        node = el
        while node is not None:
            tag = node.tag if isinstance(node.tag, str) else ""
            words.append(tag.lower())
            words.append(str(node.get("class") or "").lower())
            words.append(str(node.get("id") or "").lower())
            words.append(str(node.get("role") or "").lower())
            node = node.getparent()
        return " ".join(w for w in words if w)

    def walk(el):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in HIDDEN_TAGS or not tag:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        if el.text:
            if not parts or not "".join(parts).strip():
                state["line"], state["where"] = el.sourceline or 0, context(el)
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail and child.tail.strip() and not "".join(parts).strip():
                state["line"], state["where"] = el.sourceline or 0, context(el)
        if block:
            flush()
        if el.tail:
            parts.append(el.tail)

    body = root.find(".//body")
    walk(body if body is not None else root)
    flush()
    return lines


def _reason(where: str) -> str:
    for rx, reason in _PLACES:
        if rx.search(where):
            return reason
    return "page boilerplate"


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def headline_without_site(title: str, site: str, h1: str = "") -> str:
    """*title* without the site's name it carries (``"Talks resume | World News"``): the
    part that is not the site name, or the ``<h1>`` headline when the title holds it."""
    title = " ".join(title.split())
    parts = _SITE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if h1 and _key(h1) in {_key(p) for p in parts}:
        return " ".join(h1.split())
    site_key = _key(site)
    kept = [p for p in parts if _key(p) != site_key] if site_key else parts
    if len(kept) < len(parts):
        return " - ".join(kept) if len(kept) > 1 else kept[0]
    # no site name known: the last part is the site's when it is short and the rest is not
    if len(parts[-1].split()) <= 4 and len(" ".join(parts[:-1]).split()) >= 3:
        return " - ".join(parts[:-1])
    return title


def _headline(root, site: str, found: str) -> str:
    """The headline: the page's ``og:title``, its ``<h1>``, its ``<title>`` or the one
    trafilatura found, first that is not the site's name, without the site's name."""
    def meta_content(*names):
        for name in names:
            for el in root.iter("meta"):
                if (el.get("property") or el.get("name") or "").lower() == name and el.get("content"):
                    return el.get("content")
        return ""

    h1 = root.find(".//h1")
    h1_text = " ".join(h1.text_content().split()) if h1 is not None else ""
    title_el = root.find(".//title")
    page_title = title_el.text_content() if title_el is not None else ""
    site_key = _key(site)
    for candidate in (meta_content("og:title", "twitter:title"), h1_text, page_title, found):
        headline = headline_without_site(candidate, site, h1_text) if candidate.strip() else ""
        if headline and _key(headline) != site_key and len(headline.split()) >= 2:
            return headline
    return ""


def read_html(text: str) -> PageText:
    """The article of a saved web page (see the module's notes)."""
    import lxml.html
    import trafilatura

    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as exc:  # lxml raises several kinds of errors for broken markup
        return PageText("", problem=f"unreadable web page ({type(exc).__name__}: {exc})")
    lines = _visible_lines(root)
    try:
        extracted = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            favor_precision=True, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"})
    except Exception:  # trafilatura failing on odd markup: the visible text is used instead
        extracted = None
    found = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    body_lines = [" ".join(line.split()) for line in str(found.get("text") or "").split("\n")]
    body_lines = [line for line in body_lines if line]
    meta = {}
    site = str(found.get("sitename") or "").strip()
    title = _headline(root, site, str(found.get("title") or ""))
    if title:
        meta["title"] = title
    if site:
        meta["outlet"] = site
    if found.get("author"):
        meta["author"] = str(found["author"]).strip()
    if found.get("url"):
        meta["url"] = str(found["url"]).strip()
    if found.get("date"):
        try:
            meta["date"] = iso_date(parse_date(str(found["date"])))
        except DateError:
            pass  # a page date we cannot be sure of is left out, never guessed
    if not body_lines:
        # no article body found: the visible text (of the <article> or <main> element when
        # the page has one), cleaned like a text file
        inside = [line for line in lines if _MAIN_PART.search(line[2])]
        if not inside:
            return PageText("\n\n".join(t for _, t, _ in lines), meta)
        outside = [(no, t, _reason(where)) for no, t, where in lines if not _MAIN_PART.search(where)]
        return PageText("\n\n".join(t for _, t, _ in inside), meta, outside)
    body_keys = {_key(b) for b in body_lines}
    body_blob = "\n".join(f" {k} " for k in body_keys)
    removed = []
    for line_no, line, where in lines:
        key = _key(line)
        # in the body: a whole paragraph of it, or (a line of four words or more) a part
        in_body = key in body_keys or (len(key.split()) >= 4 and f" {key} " in body_blob)
        if key and not in_body:
            removed.append((line_no, line, _reason(where)))
    return PageText("\n\n".join(body_lines), meta, removed)
