"""Coordinated reporting verbs: one reported clause that holds several statements.

Readouts string speech acts together under one subject: "The President reiterated A,
raised B, and expressed C" is three statements ("A", "B", "C"), and "The two sides
reaffirmed X and agreed to Y" two. :func:`split_coordinated` takes the clause after the
first cue and cuts it where a coordinated cue in the past tense opens a new complement
(after a comma, "and" or both), outside quotations and brackets. Participles (", adding
that ...") are left to the second-clause rule of :mod:`.reported`.
"""
from __future__ import annotations

import re

from .cues import CUE_RE, EXPRESS_VERBS, OBJECT_VERBS, PLURAL_PRESENT, cue_text

# Verbs of action, not speech, that a readout coordinates with a cue ("noted the importance of
# X and planned to hold a call"): the statement ends before them
ACTION_VERBS = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?(?:planned|discussed|exchanged|held|reviewed|signed|met|attended|launched|"
    r"invited|visited|received|hosted|thanked|congratulated|briefed|toured|witnessed|explored|identified|"
    r"established|concluded|decided to hold|looked|kept|presented|continued to (?:meet|hold|work))\b")

# A coordination before a verb: ", and", ", while", ", and also", " and", " but also", with the subject
# repeated as a pronoun (", and he emphasized")
# (", and both sides decided to ...": a joint subject of its own)
JOIN_RE = re.compile(r"(?:\s*,\s*(?:and\s+|while\s+|and\s+also\s+|but\s+(?:also\s+)?)?|\s+(?:and|but)\s+(?:also\s+)?|\s+as\s+(?=(?:he|she|they)\s))"
                     r"(?:(?P<subject>he|she|they|(?:both|the\s+two)\s+(?:sides|leaders|ministers|presidents|delegations|"
                     r"governments|countries|foreign\s+ministers)|(?-i:(?<=while |, and )(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"
                     r"|(?P<and_subject>(?-i:(?<= and )(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+))"  # ("... and the Kremlin said ...")
                     r"|(?-i:(?<=, )(?:[A-Z][\w'’.-]+\s+(?:(?:[A-Z][\w'’.-]+|of|for|the)\s+){0,5})?[A-Z][\w'’-]+))\s+(?:also\s+)?)?"  # ("..., Shahid expressed ...", "..., Kenya’s Foreign Affairs PS Macharia Kamau said ...")
                     r"(?:(?:strongly|firmly|also|again|further|repeatedly|specifically|(?:once|yet)\s+again|once\s+more)\s+)?$", re.I)
JOINT_SUBJECT = "both sides"
_THAT_NEXT_RE = re.compile(r"\s+that\b")  # "congratulated X ... and say that ...": a cue of any tense with its clause
MIN_WORDS = 2
# Cues that, joined by a bare "and" after a "that" clause, are the speaker's again
# ("said India will always be a friend and stressed the need for ...")
SPEAKER_VERBS = {"said", "stressed", "emphasised", "emphasized", "underlined", "underscored", "urged", "reiterated",
                 "added", "called", "welcomed", "noted", "highlighted", "reaffirmed", "expressed", "voiced"}
_AND_BEFORE_RE = re.compile(r"(?<!,)\s+and\s+(?:also\s+)?$")


def _past(verb: str) -> bool:
    v = verb.lower()
    return v.endswith("ed") or v in {"said", "told", "made", "wrote"}


def _open_at(text: str, pos: int) -> bool:
    """True when *pos* lies inside a quotation or brackets of *text*."""
    head = text[:pos]
    return (head.count("“") > head.count("”") or head.count('"') % 2 == 1
            or head.count("(") > head.count(")"))


def split_coordinated(clause: str, full_clause: bool = False, present: bool = False) -> list[tuple[int, int, str, str]]:
    """The statements of a reported *clause* as ``(start, end, cue, subject)`` offsets into
    it; the first has cue ``""`` (the caller's cue); *subject* is ``"both sides"`` for a part
    with a joint subject of its own (", and the two sides agreed to ..."), else ``""`` (the
    caller's speaker). One item when the clause holds one statement. *present*: the first cue
    is in the present tense, and so may the coordinated ones be.

    *full_clause*: the first cue took a "that" clause ("expressed that the meeting has
    reviewed A, reiterated B and highlighted C"), whose own subject owns the verbs that
    follow; then only a coordinated cue with a "that" clause of its own starts a statement
    ("said that A, and stressed that B")."""
    if "," not in clause and " and " not in clause and " but " not in clause:
        return [(0, len(clause), "", "")]
    cuts: list[tuple[int, int, str, str]] = []  # (end of the previous part, start of the next, cue, subject)
    stop = len(clause)
    for m in CUE_RE.finditer(clause):
        if not (_past(m.group(1)) or (present or clause.endswith(" and ", 0, m.start())) and (m.group(1).lower().endswith("s")
                                                                                             or present and m.group(1).lower() in PLURAL_PRESENT)
                or _THAT_NEXT_RE.match(clause, m.end())) or m.start() == 0:  # ("reaffirmed A and condemns B": tenses mix)
            continue  # after a cue in the present ("urges X and appeals to Y"), the present too
        if full_clause and not re.match(r"\s+that\b", clause[m.end():]) and not (
                m.group(1).lower() in OBJECT_VERBS and re.match(r"\s+(?:[\w.'’-]+\s+){1,5}?to\s+[a-z]", clause[m.end():])) \
                and not (m.group(1).lower() in EXPRESS_VERBS and re.match(r"\s+(?:his|her|their)\b", clause[m.end():])) \
                and not (m.group(1).lower() in SPEAKER_VERBS and _AND_BEFORE_RE.search(clause, 0, m.start())):
            # inside a "that" clause only a cue with a clause or an addressee of its own, or
            # one whose object is the speaker's ("..., and expressed his intention to ...")
            continue
        join = JOIN_RE.search(clause, 0, m.start())
        if join is None or _open_at(clause, m.start()):
            continue
        cue = cue_text(m, clause[m.end():])
        if cue is None:
            continue
        after = clause[m.start() + cue[1]:]
        if _QUOTE_NEXT_RE.match(after) and not raw_subject(join):
            stop = join.start()  # '... and added, “...”': the quotation is a direct statement of its own
            break
        lead = re.match(r"\s*(?:,?\s*in\s+the\s+strongest(?:\s+possible)?\s+terms\s*,?\s*)?(?:that\s+)?", after)  # ("condemns, in the strongest terms, X")
        start = m.start() + cue[1] + lead.end()
        if re.match(r"\s*(?:with|by|of|in|at|from)\b", after):
            continue  # "agreed with ...": not a new complement
        raw = join.group("subject") or ""
        if join.group("and_subject") and (full_clause or not _past(m.group(1))):
            continue  # "said that Japan and the US agreed ...": one subject of the clause, not a new speaker
        subject = raw.lower()
        named = raw if (raw[:1].isupper() or raw.startswith("the ")) and subject not in ("he", "she", "they") else ""  # ", while Hamas announced ..."
        cuts.append((join.start(), start, cue[0], named or (JOINT_SUBJECT if subject not in ("", "he", "she", "they") else "")))
    parts: list[tuple[int, int, str, str]] = []
    begin, cue, subject = 0, "", ""
    for end, nxt, ncue, nsubject in cuts:
        if len(re.findall(r"\w+", clause[begin:end])) < MIN_WORDS:
            continue
        parts.append((begin, _action_stop(clause, begin, end, full_clause), cue, subject))
        begin, cue, subject = nxt, ncue, nsubject
    parts.append((begin, _action_stop(clause, begin, stop, full_clause), cue, subject))
    if any(len(re.findall(r"\w+", clause[a:b])) < MIN_WORDS for a, b, _, _ in parts):
        return [(0, len(clause), "", "")]
    return parts


_QUOTE_NEXT_RE = re.compile(r"\s*[,:]\s*[“\"]")


def raw_subject(join: re.Match) -> str:
    return join.group("subject") or ""


def _action_stop(clause: str, begin: int, end: int, full_clause: bool) -> int:
    """Where the part ``clause[begin:end]`` ends: before a verb of action ("... and planned to
    hold a call"), except inside a "that" clause, whose subject owns its verbs."""
    if full_clause:
        return end
    stop = ACTION_VERBS.search(clause, begin, end)
    if stop and not _open_at(clause, stop.start()) and len(re.findall(r"\w+", clause[begin:stop.start()])) >= MIN_WORDS:
        return stop.start()
    return end
