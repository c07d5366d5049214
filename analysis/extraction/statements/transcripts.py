"""Transcript turns and attributed statements: paragraphs that belong to a speaker as a whole.

- :func:`transcript_turns`: in a press transcript ("SECRETARY BLINKEN: ...", "Q: ..."),
  every paragraph of a labelled turn is a direct statement of the label's speaker;
- :func:`attributed_statement` and :func:`add_attributed_paragraphs`: after "The following
  is attributable to X:", the paragraphs with no reported speech of their own are X's.
"""
from __future__ import annotations

import re

from .cues import STAGE_DIRECTION
from .model import Extraction, Speaker, Statement
from .phrases import split_titles
from .sides import side_from_words

LABEL_RE = re.compile(r"^((?:[A-Z][A-Z.'’\-]*)(?:\s+[A-Z][A-Z.'’\-]*){0,4}|Q|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s*:\s+(?=\S)")
STAGE_RE = re.compile(r"\s*" + STAGE_DIRECTION, re.I)
# Paragraph labels that do not name a speaker ("Note: ...", "Update: ...")
NOT_SPEAKER_LABELS = {
    "note", "notes", "update", "updated", "editor's note", "editor’s note", "correction", "source", "sources",
    "photo", "video", "related", "read more", "watch", "listen", "disclaimer", "background", "context",
    "summary", "key points", "highlights", "analysis", "opinion", "warning", "advertisement", "tags",
    "topics", "location", "date", "time", "venue", "subject", "re", "attention", "important", "ps", "p.s",
    "see also", "also read", "more", "fact check", "bottom line", "why it matters", "what's next",
    "the big picture", "between the lines", "driving the news", "go deeper", "what they're saying",
}
# "The following is attributable to Spokesperson Matthew Miller:" (US statements)
ATTRIBUTABLE_RE = re.compile(r"\s*(?:The following|The below|Below|What follows)(?: statement)? (?:is|are) attributable to (.+?)\s*[:.]?\s*$", re.I)


def attributed_statement(ex: Extraction) -> tuple[Speaker, int] | None:
    """(speaker, paragraph) of a line "The following is attributable to Spokesperson
    Matthew Miller:" that opens a statement, else None."""
    if "ttributable to" not in ex.text:
        return None
    seen = set()
    for p, s, e in ex.d.sents:
        if p in seen:
            continue
        seen.add(p)
        m = ATTRIBUTABLE_RE.match(ex.text[s:e])
        if m:
            sp = ex.d.resolve(m.group(1), s + m.start(1))
            return (sp, p) if sp is not None else None
    return None

def transcript_turns(ex: Extraction) -> dict[int, tuple[Speaker, int]]:
    """Paragraphs of a press transcript that belong to a labelled turn."""
    paras: dict[int, tuple[int, int]] = {}
    for p, s, e in ex.d.sents:
        a, b = paras.get(p, (s, e))
        paras[p] = (min(a, s), max(b, e))
    labels = {}
    for p, (s, e) in paras.items():
        m = LABEL_RE.match(ex.text[s:e])
        if m:
            label = m.group(1).strip()
            words = label.split()
            if label.isupper() or label == "Q" or (len(words) <= 4 and all(w[:1].isupper() for w in words)):
                labels[p] = (label, s + m.end())
    labels = {p: v for p, v in labels.items() if v[0].lower() not in NOT_SPEAKER_LABELS}
    if len(labels) < 2 or len({v[0] for v in labels.values()}) < 2:
        return {}
    turns: dict[int, tuple[Speaker, int]] = {}
    current = None
    for p in sorted(paras):
        s, e = paras[p]
        if p in labels:
            label, body_start = labels[p]
            current = label_speaker(ex, label, s)
        else:
            body_start = s
        if current is None:
            continue
        turns[p] = (current, body_start)
        add_turn(ex, current, body_start, e)
    return {p: v for p, v in turns.items()}

def label_speaker(ex: Extraction, label: str, pos: int) -> Speaker:
    clean = label.strip().rstrip(":")
    if clean.upper() in {"Q", "QUESTION", "QUESTIONER", "REPORTER", "AUDIENCE MEMBER", "PARTICIPANT"}:
        return Speaker("QUESTION", "unknown", "", "anonymous")
    if clean.upper() in {"MODERATOR", "OPERATOR"}:
        return Speaker(clean.upper(), "unknown", "", "anonymous")
    if clean.upper() in {"A", "ANSWER"}:
        # "Q: ... A: ...": the answers are those of the person the headline names
        # ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference")
        for at, _titles, toks in ex.d.names:
            if at < 0 and len(toks) >= 2:
                sp = ex.d.resolve(" ".join(toks), 0)
                if sp is not None and sp.kind == "person":
                    return sp
        return Speaker("ANSWER", "unknown", "", "anonymous")
    words = clean.split()
    titles, rest = split_titles(words)
    keep = rest or words
    if len(keep) == 1 and keep[0].isupper() and len(keep[0]) <= 5 and not ex.d.fullest_name(keep[0].title(), len(ex.text)) and not ex.d.registry.surname(keep[0].title()):
        return Speaker(keep[0], "unknown", "it", "institution")  # an outlet such as AFP, CCTV
    name = " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in keep)
    actor = ex.d.lookup(name)
    if actor:
        return ex.d.actor_speaker(actor)
    if len(rest) == 1:
        regs = ex.d.registry.surname(name)
        full = ex.d.fullest_name(name, len(ex.text))
        if full:
            a = ex.d.lookup(full[0])
            return ex.d.actor_speaker(a) if a else Speaker(full[0], side_from_words(full[1]), "", "person")
        if len(regs) == 1:
            return ex.d.actor_speaker(regs[0])
    return Speaker(name, side_from_words(titles), "", "person")

def add_turn(ex: Extraction, sp: Speaker, start: int, end: int) -> None:
    body = ex.text[start:end]
    if re.fullmatch(r"\s*\([^()]*\)\.?\s*", body):
        return  # "(The briefing was concluded at 2:51 p.m.)"
    cleaned = STAGE_RE.sub("", body).strip()
    if not re.search(r"\w", cleaned):
        return
    # span without leading/trailing stage directions
    m = re.match(r"(?:\s*" + STAGE_DIRECTION + r")*\s*", body, re.I)
    a = start + (m.end() if m else 0)
    b = end
    tail = re.search(r"(?:\s*" + STAGE_DIRECTION + r")+\s*$", body, re.I)
    if tail and tail.start() > a - start:
        b = start + tail.start()
    ex.out.append(Statement(sp, "direct", "", "", " ".join(cleaned.split()), a, b))

