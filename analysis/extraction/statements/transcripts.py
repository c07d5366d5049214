"""Transcript turns and attributed statements: paragraphs that belong to a speaker as a whole.

- :func:`transcript_turns`: in a press transcript ("SECRETARY BLINKEN: ...", "Q: ..."),
  every paragraph of a labelled turn is a direct statement of the label's speaker;
- :func:`attributed_statement` and :func:`add_attributed_paragraphs`: after "The following
  is attributable to X:", the paragraphs with no reported speech of their own are X's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon_files import LexiconError, lexicon_path, load_yaml
from .cues import HEADLINE_VERBS, NON_NAME_WORDS, OFFICIAL_HEADS, STAGE_DIRECTION
from .countries import current_countries
from .model import Extraction, Speaker, Statement
from .phrases import clean_tok, np_before, split_titles
from .sides import side_from_words

LABELS_FILE = "transcript_labels.yaml"
STAGE_RE = re.compile(r"\s*" + STAGE_DIRECTION, re.I)
# "The following is attributable to Spokesperson Matthew Miller:" (US statements)
ATTRIBUTABLE_RE = re.compile(r"\s*(?:The following|The below|Below|What follows)(?: statement)? (?:is|are) attributable to (.+?)\s*[:.]?\s*$", re.I)


# "UK-EU Joint Statement on the Windsor Framework", "Joint Declaration of ... and ...": a text that
# is the parties' own words (not a story about one: "X and Y issue joint statement")
JOINT_TEXT_TITLE_RE = re.compile(r"(?:(?:[A-Z][\w.'’&]*|[A-Z][\w.'’&]*-[A-Z][\w.'’&]*|\d{4})[:,]?[ ]+){0,6}(?i:joint)[ ]+(?i:statement|declaration|"
                                 r"communiqu[eé]|press release)\b(?![ ]+(?:says?|said|urges?|calls?)\b)")


def attributed_statement(ex: Extraction) -> tuple[Speaker, int] | None:
    """(speaker, paragraph) of a line "The following is attributable to Spokesperson
    Matthew Miller:" that opens a statement, else None. A joint statement whose headline says
    so is both sides' from its first paragraph."""
    if JOINT_TEXT_TITLE_RE.match(ex.d.title or ""):
        return Speaker("both sides", "both sides", "they", "both"), -1
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

# "The statement, which was released yesterday evening, reads:", "The communique said:": a
# document's words follow, printed without quotation marks
READS_LEAD_RE = re.compile(r"(?P<doc>(?:The|Its|Their|This)\s+(?:[\w-]+\s+){0,3}?(?:statement|communiqu[eé]|declaration|text|letter))"
                           r"\b[^.;:\n]{0,80}?\s(?:reads|read|said|says|states|stated)(?:\s+as\s+follows)?\s*:\s*$")
NUMBERED_RE = re.compile(r"\s*(?:\d{1,2}[.)]|[•▪●◦*])\s+")
# "..., the Minister of Foreign Affairs, Carlos Holmes Trujillo expressed the following on behalf of
# the National Government:": the speaker's own points follow
# "On the situation in Myanmar, the Leaders reached five points of consensus:": agreed points follow
CONSENSUS_LEAD_RE = re.compile(r"\b(?:reached|agreed\s+(?:on|upon)|adopted)\s+(?:the\s+following\s+|(?:\w+\s+){0,3}?(?:points?|consensus))"
                               r"[^.;:\n]{0,60}:\s*$")
# "First, there shall be ...", "Secondly, ...": an item of a list by its ordinal
ORDINAL_RE = re.compile(r"\s*(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Firstly|Secondly|Thirdly|"
                        r"Fourthly|Fifthly|Lastly|Finally)\b,?\s")


def _listed(text: str, at: int) -> bool:
    """A paragraph that opens as an item of a list: a number, a bullet or an ordinal."""
    return bool(NUMBERED_RE.match(text, at) or ORDINAL_RE.match(text, at))


FOLLOWING_LEAD_RE = re.compile(r"\b(?:expressed|stated|said|declared|noted|conveyed|made)\s+the\s+following\b[^.;:\n]{0,80}:\s*$")


def read_out_paragraphs(ex: Extraction) -> None:
    """The paragraphs after a line that says a document "reads:": the first one, and the
    numbered or bulleted ones that follow it, are that document's author's words, whole (a
    statement of another side found in one ends the run)."""
    if ":" not in ex.text:
        return
    order = sorted({p for p, _, _ in ex.d.sents})
    for i, p in enumerate(order[:-1]):
        m = READS_LEAD_RE.search(ex.text, ex.para_start(p), ex.para_end(p))
        if m is not None:
            sp = ex.d.resolve(m.group("doc"), m.start("doc"))
        else:
            m = FOLLOWING_LEAD_RE.search(ex.text, ex.para_start(p), ex.para_end(p)) \
                or CONSENSUS_LEAD_RE.search(ex.text, ex.para_start(p), ex.para_end(p))
            if m is None or not _listed(ex.text, ex.para_start(order[i + 1])):
                continue
            s0 = ex.d.sents[ex.d.sent_index(m.start())][1]
            got = np_before(ex.text[s0:m.start()])
            sp = ex.d.resolve(got[0], s0 + got[1]) if got else None
            ex.out = [st for st in ex.out if not (m.start() <= st.start < m.end())]  # ("the following ...:" is no statement)
        if sp is None:
            continue
        for k, q in enumerate(order[i + 1:]):
            a, b = ex.para_start(q), ex.para_end(q)
            inside = [st for st in ex.out if a <= st.start < b]
            if k and not _listed(ex.text, a) or any(st.speaker.side != sp.side for st in inside):
                break
            ex.out = [st for st in ex.out if st not in inside]  # (its own sentences' cues: the same voice, whole)
            add_turn(ex, sp, a, b)


PARTICLES = {"of", "for", "the", "and", "from", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von",
             "der", "den", "bin", "ibn", "al", "el", "le", "la", "at", "on", "in", "to", "y", "&"}
# A label: "Q" and spaces ("Q    Thank you."), or up to 100 characters before a colon that ends
# the label ("MS. JEAN-PIERRE:  ...", "Mao Ning: ...", "Question:" alone on its line).
LABEL_AT_START_RE = re.compile(r"(?:(?P<q>Q)(?=[ \t]{2,}\S|\t)|(?P<qa>[QA])\.(?=[ \t]+[A-Z“\"])|(?P<label>[^\n:“”\"()\[\]]{1,100}?(?:[ \t]*\([^\n:()]{1,40}\)|[ \t]*\[[^\n:\[\]]{1,60}\])?)[ \t]*:(?=\s|$))")
_ASIDE_RE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")  # "(WION)", "[NATO Spokesperson]"
_BRACKETED_END_RE = re.compile(r"\s*\[([^\[\]]+)\]\s*$")
OFFICIAL_LABEL_RE = re.compile(r"((?:[A-Z][A-Z.\-]* )*OFFICIALS?)(?: (?:\d+|#\d+|[A-Z]|ONE|TWO|THREE))?")
TERMINAL_RE = re.compile(r"[.?!:;…—–-][”\"’)\]]*\s*$")


@lru_cache(maxsize=4)
def _labels(_mtime: int) -> dict:
    path = lexicon_path(LABELS_FILE)
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected sections reporter, answer, moderator, media_words, media_names, not_speakers, honorifics")
    out = {}
    for key in ("reporter", "answer", "moderator", "not_speakers", "honorifics"):
        out[key] = frozenset(_label_key(str(w)) for w in data.get(key) or [])
    words = [str(w) for w in data.get("media_words") or []]
    names = [str(w) for w in data.get("media_names") or []]
    out["media_words"] = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w'’-])", re.I) if words else None
    out["media_names"] = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w'’-])") if names else None
    return out


def labels_lexicon() -> dict:
    """The label words of ``lexicons/transcript_labels.yaml`` (re-read when the file changes)."""
    return _labels(lexicon_path(LABELS_FILE).stat().st_mtime_ns)


def _label_key(label: str) -> str:
    """A label as compared with the lexicon: capitals, no final period or colon, no
    parenthesis ("Reporter (WION)" -> "REPORTER")."""
    label = _ASIDE_RE.sub("", label)
    return " ".join(label.replace("’", "'").upper().rstrip(".:").split())


def _is_media(label: str, lex: dict) -> bool:
    return any(r is not None and r.search(label) for r in (lex["media_words"], lex["media_names"]))


def label_at(text: str, start: int, end: int, lex: dict) -> tuple[str, int] | None:
    """``(label, body start)`` when the paragraph ``text[start:end]`` opens with a speaker label."""
    head = text[start:min(end, start + 160)]
    if ":" not in head and not head.startswith(("Q", "A.")):
        return None  # most paragraphs: no label, no regex
    m = LABEL_AT_START_RE.match(text, start, end)
    if not m:
        return None
    label = (m.group("q") or m.group("qa") or m.group("label")).strip()
    if label != "Q" and not _looks_like_label(label, lex):
        return None
    body = m.end()
    while body < end and text[body].isspace():
        body += 1
    return label, body


def _looks_like_label(label: str, lex: dict) -> bool:
    key = _label_key(label)
    if not key or key in lex["not_speakers"] or not re.search(r"[A-Za-z]", label):
        return False
    if key in lex["reporter"] or key in lex["answer"] or key in lex["moderator"]:
        return True
    words = _ASIDE_RE.sub("", label).replace(",", " , ").split()
    if not words or len(words) > 14 or not words[0][:1].isupper() or (re.search(r"\d$", label) and not OFFICIAL_LABEL_RE.fullmatch(key)) \
            or words[0] in ("By", "BY"):  # "By Nargiz Sadikhova - Trend:": a byline
        return False
    if words[0] in NON_NAME_WORDS and not _is_media(label, lex) and words[0] != "The" \
            and not (words[0] == "He" and len(words) in (2, 3)):  # "He Yadong:" (He is a surname)
        return False
    return all(w == "," or w[:1].isupper() or w[:1].isdigit() or w.lower() in PARTICLES or w in {"-", "–"} for w in words)


def transcript_turns(ex: Extraction) -> dict[int, tuple[Speaker, int]]:
    """Paragraphs of a press transcript that belong to a labelled turn: ``{paragraph:
    (speaker, body start)}``; adds a direct statement for every paragraph of a turn.

    A transcript has at least two labelled paragraphs and two different labels. A turn runs
    from its label to the next one, over every paragraph but headings (a short line with no
    final punctuation, such as "Outlook for Japan-China relations"). When the first turn is a
    question, the paragraphs before it are the opening announcements of the person the
    headline names ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference")."""
    lex = labels_lexicon()
    paras: dict[int, tuple[int, int]] = {}
    for p, s, e in ex.d.sents:
        a, b = paras.get(p, (s, e))
        paras[p] = (min(a, s), max(b, e))
    labels = {}
    for p, (s, e) in paras.items():
        found = label_at(ex.text, s, e, lex)
        if found:
            labels[p] = found
    event = TRANSCRIPT_TITLE_RE.search(ex.d.title or "")
    headings = voice_headings(ex, paras)
    if not labels and not headings:
        return _unlabelled_transcript(ex, paras)
    if (len(labels) < 2 or len({_label_key(v[0]) for v in labels.values()}) < 2) and not event and not headings:
        return {}  # a transcript has two kinds of label, or its headline names the event
    speakers = {}
    for p in sorted(labels):
        label, body_start = labels[p]
        speakers[p] = label_speaker(ex, label, paras[p][0], lex)
    full_names = {}  # "PRIME MINISTER RABUKA:" after "SITIVENI RABUKA, PRIME MINISTER OF FIJI:": one person
    for sp in speakers.values():
        if sp.kind == "person" and len(sp.name.split()) >= 2:
            full_names.setdefault(sp.name.split()[-1].lower(), {})[sp.name] = sp
    for p, sp in speakers.items():
        same = full_names.get(sp.name.split()[-1].lower(), {}) if sp.kind == "person" and len(sp.name.split()) == 1 else {}
        if len(same) == 1:
            speakers[p] = next(iter(same.values()))
    for p, sp in headings.items():  # "Statement by President X": X's words follow, up to the next label
        labels[p] = ("", paras[p][1])
        speakers[p] = sp
    if len(labels) == 1 and speakers[min(labels)].kind != "person" and not headings \
            and not (event and speakers[min(labels)].name == REPORTER.name):
        return {}  # one label alone must name a person ("Ms. KAMIKAWA Yoko, Minister for Foreign Affairs:"),
        # or be a question after the remarks of the person the headline names ("Q." in "Press remarks by X")
    _name_moderators(ex, labels, speakers, paras)
    _self_introduced_reporters(ex, labels, speakers, paras)
    _interviewers_are_reporters(ex, labels, speakers, paras)
    turns: dict[int, tuple[Speaker, int]] = {}
    first = min(labels)
    named = briefer(ex, paras)
    opening = named[0] if named else \
        ex.d.main_speaker() if speakers[first].name == REPORTER.name or ONE_VOICE_TITLE_RE.match(ex.d.title or "") else None
    if opening is not None and opening.name == speakers[first].name:
        opening = None  # the headline's speaker opens with a label of their own
    # questions are the only labels ("Question: ..." then the answer as plain paragraphs, as
    # the EEAS and some ministries print them): after a question, the main speaker answers
    answerer = (named[0] if named else ex.d.main_speaker()) \
        if all(sp.name == REPORTER.name for sp in speakers.values()) and not headings else None
    current, cue = None, ""
    for p in sorted(paras):
        s, e = paras[p]
        if p in labels:
            current, cue = speakers[p], labels[p][0]
            body_start = labels[p][1]
        else:
            body_start = s
            if answerer is not None and current is not None and current.name == REPORTER.name and p - 1 in labels:
                current, cue = answerer, ""
            if current is None:
                if opening is None or not _is_opening_paragraph(ex.text[s:e]) or named and p <= named[1]:
                    continue
                current, cue = opening, ""
            elif _is_heading(ex.text[s:e]):
                continue
        if current is None:
            continue
        turns[p] = (current, body_start)
        answer_at = _answer_after_question(ex, p, body_start, e) if answerer is not None and current.name == REPORTER.name else None
        if answer_at is not None:  # "Q. Do you think ...? More measures are needed ...": the answer printed on the question's line
            add_turn(ex, current, body_start, answer_at, cue)
            current, cue = answerer, ""
            add_turn(ex, current, answer_at, e, cue)
        elif body_start < e:
            add_turn(ex, current, body_start, e, cue)
    return turns


def _answer_after_question(ex: Extraction, para: int, start: int, end: int) -> int | None:
    """Where the answer starts in a question's paragraph whose questions end before its last
    sentences (a page that printed question and answer on two lines of one paragraph), else None."""
    sents = [(a, b) for p, a, b in ex.d.sents if p == para and b > start]
    asked = [k for k, (a, b) in enumerate(sents) if ex.text[a:b].rstrip().rstrip("”\"’").endswith("?")]
    if not asked or asked[-1] == len(sents) - 1:
        return None
    at = sents[asked[-1] + 1][0]
    return at if len(ex.text[at:end].split()) >= 5 else None


# Headlines of a transcript: "Press Conference by ...", "Remarks by ...", "Press Briefing ..."
TRANSCRIPT_TITLE_RE = re.compile(r"\b(?:press conference|remarks|briefing|interview|transcript|press gaggle|press statement|"
                                 r"background (?:press )?call|press availability|speech)\b", re.I)
# "My name is Jed Wolfington": a moderator who names himself
SELF_NAMED_RE = re.compile(r"\b[Mm]y name is ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){1,2})")


# "Transcript of the Weekly Media Briefing by the Spokesperson", "Remarks by President X at ...",
# "Statement by the Secretary-General on ...": a headline that says the text is one voice's words
ONE_VOICE_TITLE_RE = re.compile(r"^(?:[\w'’ -]{2,40}:\s+)?(?:(?-i:by\s+[A-Z])|(?:(?:full\s+)?(?:transcript|text)\s+of\s+(?:the\s+)?|(?:(?:opening|closing|keynote|media|welcome|welcoming|introductory|concluding|televised|video)\s+)?"
                                r"(?=remarks|statement|speech|address|briefing|(?:joint\s+)?press\s+(?:conference|statement|remarks)|(?:daily|weekly|regular|noon)\s))(?:[\w'’-]+\s+){0,4}?"
                                r"(?:briefing|remarks|statement|speech|address|press conference)(?:\s+to\s+(?:the\s+)?(?:media|press|reporters|journalists|nation|parliament))?"
                                r"\s+(?:by|of)\b)", re.I)  # ("Statement to Media by ...")
# "Kim Yo Jong ... made public the following press statement ... on January 13:": the narration
# that introduces a statement, not part of it
FOLLOWING_STATEMENT_RE = re.compile(r"\b(?:made public|issued|released|published|delivered|gave|read out|made)\s+the following\s+"
                                    r"(?:[\w-]+\s+){0,2}?(?:statement|remarks|message|address|speech|comments?|answers?)\b[^\n]*:\s*$", re.I)
BRACKET_NOTE_RE = re.compile(r"\s*\[[^\]]*\]\s*$")


# "The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric,
# Spokesman for the Secretary-General.": the line that names a briefing's one speaker
TRANSCRIPT_BY_RE = re.compile(r"\s*(?:The following is|Following is|Below is|This is|What follows is)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:transcript|text|record)\s+of\b(?:[^\n]{0,160}?\bby\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
                              r"|\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+?)['’]s?\s)")  # "... of UN Secretary-General António Guterres' press encounter"


def briefer(ex: Extraction, paras: dict) -> tuple[Speaker, int] | None:
    """(speaker, paragraph) of a line among the first paragraphs that names the one
    speaker of the transcript that follows ("The following is a near-verbatim transcript of
    ... by X, Spokesman for ..."), else None."""
    for p in sorted(paras)[:4]:
        s, e = paras[p]
        m = TRANSCRIPT_BY_RE.match(ex.text, s, e)
        if m:
            g = 1 if m.group(1) else 2
            sp = ex.d.resolve(m.group(g), m.start(g))
            if sp is not None and sp.kind == "person":
                if sp.side == "unknown" and ex.d.home_side:
                    sp = Speaker(sp.name, ex.d.home_side, sp.pronoun, sp.kind)
                return sp, p
    return None


# "E3 Statement for the Special Session of the IAEA Board", "G7 Foreign Ministers' Statement on
# ...": a statement whose headline names the country, organisation or group that makes it
AUTHOR_STATEMENT_TITLE_RE = re.compile(r"((?:[A-Z][\w.'’&-]*\s+){1,5}?)(?:Joint\s+)?(?:Statement|Declaration|Communiqu[eé])\s+"
                                       r"(?:for|on|at|to|by|after|following|of|regarding|concerning)\b")


def _statement_author(title: str) -> Speaker | None:
    """The side a statement's headline names as its author ("E3 Statement for ..."), else None."""
    m = AUTHOR_STATEMENT_TITLE_RE.match(title)
    if not m:
        return None
    words = m.group(1).split()
    if words and (words[-1] in HEADLINE_VERBS or words[-1].lower() in {"issue", "issues", "release", "releases", "adopt", "adopts", "sign", "signs"}):
        return None  # "ASEAN Foreign Ministers Issue Statement on ...": news of a statement, not its text
    side = side_from_words(words[:1]) if words else "unknown"
    if side == "unknown" or len(words) > 1 and words[1][:1].islower():
        return None
    return Speaker(" ".join(re.sub(r"['’]s?$", "", w) for w in words), side, "they", "group")  # ("ASEAN Chairman’s")


# A line that names whose words follow: "Statement by President Recep Tayyip Erdogan", "by NATO
# Secretary General Mark Rutte following the meetings of ..." (under a headline "Press
# conference"), "PRIME MINISTER KEIR STARMER'S WORDS AT KYIV PRESS CONFERENCE"
VOICE_HEADING_RE = re.compile(
    r"\s*[-–•]?\s*(?:(?:(?:opening|closing|keynote|joint|introductory|concluding|video)\s+)?(?:press\s+)?"
    r"(?:statement|remarks|speech|address|press conference|briefing|words|intervention|message|press statement)\s+(?:by|of|from)\s+"
    r"|(?P<by>by)\s+)(?P<who>[^\n:]{3,120}?)(?=\s+(?:at|on|following|after|during|to|before|in|for|with)\s|[,:]|\s*$)", re.I)
POSSESSIVE_WORDS_RE = re.compile(r"\s*(?P<who>[^\n:]{3,80}?)['’]s?\s+(?:words|remarks|speech|statement|address|message)\b", re.I)


def _title_voice(ex: Extraction) -> Speaker | None:
    """The person a headline names as speaking ("PRIME MINISTER KEIR STARMER'S WORDS AT KYIV ..."), else None."""
    m = POSSESSIVE_WORDS_RE.match(ex.d.title or "")
    if m is None or not all(w[:1].isupper() or w.lower() in PARTICLES for w in m.group("who").split()):
        return None  # "Armenia FM gives diplomatic response to question about X's statement": no one's words
    return _heading_person(ex, m.group("who"), 0)


def _heading_person(ex: Extraction, who: str, pos: int) -> Speaker | None:
    who = who.strip()
    if who.isupper():  # "PRIME MINISTER KEIR STARMER"
        who = " ".join(w.capitalize() if len(w) > 2 or w in ("MR", "MS", "DR") else w.lower() for w in who.split())
    sp = ex.d.resolve(who, pos)
    if sp is None or sp.kind != "person":
        return None
    if sp.side == "unknown" and ex.d.home_side:
        sp = Speaker(sp.name, ex.d.home_side, sp.pronoun, sp.kind)
    return sp


def voice_headings(ex: Extraction, paras: dict) -> dict[int, Speaker]:
    """Heading lines that name the person whose words follow them, by paragraph. A heading is
    short, has no final period and names a person; "by X" alone only right under the headline."""
    out: dict[int, Speaker] = {}
    order = sorted(paras)
    spoken = bool(TRANSCRIPT_TITLE_RE.search(ex.d.title or "") or ONE_VOICE_TITLE_RE.match(ex.d.title or ""))
    for i, p in enumerate(order):
        s, e = paras[p]
        if e - s > 400:
            continue
        line = ex.text[s:e]
        if line.rstrip().endswith((".", "?", "!", "”", '"')) or len(line.split()) > 60:
            continue
        m = VOICE_HEADING_RE.match(line)
        if (e - s > 220 or len(line.split()) > 25) and (m is None or m.group("by") or i > 2):
            continue  # a long heading only under the headline: "Statement by His Excellency X, President of ... and Chairperson of ... on ..."
        if m and m.group("by") and i > 1:
            m = None  # "by X" only continues the headline
        if m is None and i <= 2:
            m = POSSESSIVE_WORDS_RE.match(line)
        if m is None:
            sp = _official_heading(ex, line, s) if spoken else None
            if sp is not None:
                out[p] = sp
            continue
        sp = _heading_person(ex, m.group("who"), s + m.start("who"))
        if sp is not None:
            out[p] = sp
    return out


# "President of the Republic of Indonesia (Joko Widodo)": an official's title, their name in brackets
TITLE_THEN_NAME_IN_BRACKETS_RE = re.compile(r"\s*(?P<title>[^()\n]{3,80}?)\s*\((?P<who>[^()\n]{3,60})\)\s*$")


def _official_heading(ex: Extraction, line: str, pos: int) -> Speaker | None:
    """The person a heading line of a spoken text's transcript names by an official title and
    a name alone ("President of the Republic of Indonesia (Joko Widodo)", "Prime Minister Ismail
    Sabri Yaakob"), else None: their words follow it."""
    if len(line.split()) > 12 or re.search(r"[:;.?!,]", line):
        return None  # a label ("PRESIDENT BIDEN: ... (Laughs.)") or a sentence, no heading
    m = TITLE_THEN_NAME_IN_BRACKETS_RE.match(line)
    title, who = (m.group("title"), m.group("who")) if m else (line, line)
    if not all(w[:1].isupper() or w.lower() in PARTICLES for w in who.split()) or not any(clean_tok(w).lower() in OFFICIAL_HEADS for w in title.split()):
        return None
    sp = _heading_person(ex, who.strip(), pos + (m.start("who") if m else 0))
    if sp is not None and sp.side == "unknown":
        side = side_from_words(title.split())
        sp = Speaker(sp.name, side, sp.pronoun, sp.kind) if side != "unknown" else sp
    return sp


# "... by the Commonwealth Secretary-General on ...", "... by the President of the European Council"
TITLE_OFFICE_RE = re.compile(r"(?:\bby|\b(?i:statement|remarks|speech|address|message)\s+of)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){0,4}(?:Secretary[- ]General|President|Chair(?:man|woman|person)?|"
                             r"Prime\s+Minister|Minister|High\s+Representative|Commissioner|Director[- ]General)(?![\w-])"
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)")


# "The Daily Press Briefing", "Regular Press Briefing": a ministry's briefing, its speaker unnamed
BRIEFING_TITLE_RE = re.compile(r"\s*(?:(?:summary|transcript|minutes)\s+of\s+)?(?:the\s+)?(?:daily|weekly|regular|noon|(?:spokesperson|spokesman|spokeswoman)['’]s(?:\s+regular)?)\s+(?:press\s+|media\s+)?"
                               r"briefing(?:\s+(?:of|on)?\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:\s+at\s+[\d.:]+\s*(?:hrs|h)?\.?)?"
                               r"|\s*\(?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\)?)?\s*$", re.I)  # ("Summary of Weekly Press Briefing 19 April 2024")


# "Statement by the Ministry of Foreign Affairs of Kenya on ...": a body's statement
TITLE_BODY_RE = re.compile(r"^(?:[\w'’ -]{2,40}:\s+)?(?:Press\s+)?(?:Statement|Declaration|Communiqu[eé])\s+(?:by|of|from)\s+(?:the\s+)?"
                           r"((?:Ministry|Department|Office|Government|Presidency)\b(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*?)(?=\s+(?:on|regarding|concerning|about|in|at|following)\b|\s*[,:(]|\s*$)")
# (a statement that names its body as the subject, "The Ministry ... expresses ...", is read clause by clause)
_SELF_NAMED_BODY_RE = re.compile(r"\b(?:The|the)\s+(?:Ministry|Department|Government|Office|Presidency)(?:\s+(?:of|for|the|[A-Z][\w'’-]*))*"
                                 r"\s+(?:\w+ly\s+)?[a-z]+s\b")
def _speaks_of_itself(ex: Extraction) -> bool:
    """True when the text names the publisher's body as a subject ("The Ministry of Foreign Affairs of
    Georgia expresses ..."), not another state's ("the Government of Somalia has ...")."""
    start = len(ex.d.title) if ex.d.title and ex.text.startswith(ex.d.title) else 0
    return any(side_from_words(m.group(0).split()) in ("unknown", ex.d.home_side) for m in _SELF_NAMED_BODY_RE.finditer(ex.text, start))


# "Ethiopia – Dam on the Nile - Q&A from the press briefing": a ministry's questions and its answers, unlabelled
QA_TITLE_RE = re.compile(r"\bQ\s*&\s*A\b|\bquestions?\s+and\s+answers?\b", re.I)


def _unlabelled_transcript(ex: Extraction, paras: dict) -> dict[int, tuple[Speaker, int]]:
    """A transcript without labels whose headline names its one speaker ("Transcript of the
    Weekly Media Briefing by the Spokesperson"), or whose first lines do ("The following is a
    transcript of ... by X"): every paragraph but headings and editors' notes ("[This is a
    rush transcript ...]") is that speaker's."""
    named = briefer(ex, paras)
    author = _statement_author(ex.d.title or "") if named is None else None
    if author is not None and not any(_FIRST_PERSON_RE.search(ex.text[slice(*paras[p])]) for p in paras):
        author = None  # "ASEAN Chairman's Statement": "The Foreign Ministers of ASEAN expressed ...", reported in the third person
    author = author or (_title_voice(ex) if named is None else None)
    first = [ex.text[slice(*paras[p])] for p in sorted(paras)[:2]] if not ex.d.title else []
    briefing = BRIEFING_TITLE_RE.match(ex.d.title or "") or next((m for m in map(BRIEFING_TITLE_RE.match, first) if m), None) \
        or (ex.d.home_side and QA_TITLE_RE.search(ex.d.title or ""))  # (a headline left in the text; a ministry's "Q&A from the press briefing")
    release = None
    if not ONE_VOICE_TITLE_RE.match(ex.d.title or "") and named is None and author is None and not briefing:
        release = _first_person_release(ex, paras)
        if release is None:
            return {}
    main = named[0] if named else author or ex.d.main_speaker()
    if release is not None and (main is None or ex.d.lookup(main.name) is None):
        main = release  # (a headline's capitalised words are no speaker: "Press Release Regarding ...")
    role = re.search(r"\bby\s+(?:the\s+)?((?:official\s+)?(?:spokesperson|spokesman|spokeswoman))\b", ex.d.title, re.I)
    if main is None and role:  # "... by the Spokesperson": the publisher's spokesperson, unnamed
        main = Speaker(" ".join(w.capitalize() for w in role.group(1).split()), ex.d.home_side or "unknown", "", "anonymous")
    office = TITLE_OFFICE_RE.search(ex.d.title or "") if main is None else None
    if office:  # "Statement by the Commonwealth Secretary-General on ...": that office (its holder on the day)
        sp = ex.d.resolve(office.group(1), 0)
        main = sp if sp is not None and sp.kind in ("person", "anonymous") and sp.side != "unknown" else None
    body = TITLE_BODY_RE.search(ex.d.title or "") if main is None and ex.d.home_side and not _speaks_of_itself(ex) else None
    if body:  # "Statement by the Ministry of Foreign Affairs of Kenya on ...": the publisher's own body
        sp = ex.d.resolve(body.group(1), 0)
        main = sp if sp is not None and sp.kind == "institution" and sp.side == ex.d.home_side else None
    if main is None and briefing:  # "The Daily Press Briefing" of a ministry: its spokesperson, unnamed
        main = Speaker("Spokesperson", ex.d.home_side or "unknown", "", "anonymous")
    if main is None:
        return {}
    asked = bool(briefing or TRANSCRIPT_TITLE_RE.search(ex.d.title or "") and re.search(r"(?i)briefing|press conference|interview", ex.d.title or ""))
    turns: dict[int, tuple[Speaker, int]] = {}
    for p in sorted(paras):
        s, e = paras[p]
        para = ex.text[s:e]
        if _is_heading(para) or BRACKET_NOTE_RE.fullmatch(para) or FOLLOWING_STATEMENT_RE.search(para) or BRIEFING_TITLE_RE.match(para) \
                or named and p <= named[1]:
            continue
        # a briefing printed without labels: its questions are the paragraphs that end with one
        sp = REPORTER if asked and para.rstrip().endswith("?") else main
        turns[p] = (sp, s)
        add_turn(ex, sp, s, e, "")
    return turns


# First-person words of a text's own voice, and signs of reported speech (a news story)
_FIRST_PERSON_RE = re.compile(r"\b(?:we|We|I|our|Our|us|my|My)\b")
_REPORTED_RE = re.compile(r"\b(?:said|says|told|added|according to)\b|[“”\"]")


def _first_person_release(ex: Extraction, paras: dict) -> Speaker | None:
    """The publisher of a government's or organisation's own release written in its first
    person, without quotations or reporting verbs ("We are deeply concerned about ...",
    "I will also relay Malaysia's concern to my counterpart"): the text is its statement,
    paragraph by paragraph. None for any other text (news, readouts in the third person)."""
    home = ex.d.home_side
    if not home:
        return None
    body = [ex.text[slice(*paras[p])] for p in sorted(paras)]
    body = [b for b in body if not _is_heading(b)]
    if len(body) < 2 or any(_REPORTED_RE.search(b) for b in body) \
            or sum(1 for b in body if _FIRST_PERSON_RE.search(b)) < 2:
        return None
    if JOINT_TEXT_TITLE_RE.match(ex.d.title or ""):
        return Speaker("both sides", "both sides", "they", "both")  # "EU-Japan Summit 2023: Joint Statement", in the leaders' "we"
    if getattr(current_countries().by_name.get(home), "kind", "") != "state":
        return Speaker(home, home, "it", "institution")
    ministry = re.search(r"(?i)\b(?:ministry of foreign affairs|foreign ministry|foreign office|MFA)\b", ex.d.outlet or "")
    return Speaker(f"{'Ministry of Foreign Affairs' if ministry else 'Government'} of {home}", home, "it", "institution")


def _self_introduced_reporters(ex: Extraction, labels: dict, speakers: dict, paras: dict) -> None:
    """A label whose speaker introduces themself with an outlet ("Rishabh: Hi sir, Rishabh
    from Times Now.") is a reporter, in every turn of that label."""
    for p in sorted(labels):
        sp = speakers[p]
        if sp.kind != "person" or sp.side != "unknown":
            continue
        first = re.escape(sp.name.split()[0])
        body = ex.text[labels[p][1]:paras[p][1]][:160]
        if re.search(r"\b" + first + r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:from|with)\s+(?:the\s+)?[A-Z]", body):
            key = _label_key(labels[p][0])
            for q in labels:
                if _label_key(labels[q][0]) == key:
                    speakers[q] = REPORTER


def _interviewers_are_reporters(ex: Extraction, labels: dict, speakers: dict, paras: dict) -> None:
    """In an interview of one official ("GERRY BROWNLEE: ... DON WISEMAN: ...?"), a person of no side
    whom the registry does not know, and most of whose turns ask, is the reporter."""
    official = {sp.name for sp in speakers.values() if sp.kind == "person" and sp.side != "unknown"}
    for name in {sp.name for sp in speakers.values() if sp.kind == "person" and sp.side == "unknown"}:
        turns = [p for p in labels if speakers[p].name == name]
        asks = sum("?" in ex.text[labels[p][1]:paras[p][1]] for p in turns)
        if len(official) == 1 and len(turns) >= 2 and asks * 2 >= len(turns) and ex.d.lookup(name) is None:
            for p in turns:
                speakers[p] = REPORTER


def _name_moderators(ex: Extraction, labels: dict, speakers: dict, paras: dict) -> None:
    """A moderator who gives their name in their first turn is named by it in every turn."""
    order = sorted(labels)
    for i, p in enumerate(order):
        if speakers[p].name == "Moderator":
            s = paras[p][0]
            e = paras[order[i + 1]][0] if i + 1 < len(order) else len(ex.text)
            m = SELF_NAMED_RE.search(ex.text, s, e)
            if m:
                named = Speaker(m.group(1), speakers[p].side, "", "person")
                for q in labels:
                    if speakers[q].name == "Moderator":
                        speakers[q] = named
            return


def _is_heading(para: str) -> bool:
    """A short line with no final punctuation ("Outlook for Japan-China relations", "Related
    Information (Japan-China Relations)"), or a few words before a colon ("Suggest to a
    friend:"): a heading or page label, not the speaker's words."""
    words = len(para.split())
    return words <= 15 and not TERMINAL_RE.search(para) or words <= 5 and para.rstrip().endswith(":")


def _is_opening_paragraph(para: str) -> bool:
    return bool(re.match(r"[A-Z“\"]", para)) and (len(para.split()) >= 6 or bool(GREETING_RE.fullmatch(para.strip()))) \
        and bool(TERMINAL_RE.search(para))


# "Good evening.", "Thank you very much.": a speaker's short opening words, not page furniture
GREETING_RE = re.compile(r"(?:Good (?:morning|afternoon|evening)|Hello|Welcome|Thank you(?: very much)?|Thanks)"
                         r"(?:,? (?:everyone|all|ladies and gentlemen|and welcome|so much))?[.!]")


REPORTER = Speaker("Reporter", "unknown", "", "anonymous")


_FULL_LABEL_RE = re.compile(r"(?m)^([A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){1,2}):")
_ASKER_ROLE_RE = re.compile(r"\((?:presenter|host|anchor|interviewer|journalist|correspondent)\)", re.I)


def label_speaker(ex: Extraction, label: str, pos: int, lex: dict | None = None) -> Speaker:
    """The speaker a transcript label names: "Reporter" for a question (Q, QUESTION:, an
    outlet), the headline's person for an answer (A:), "Moderator", an anonymous official in
    normal case ("Senior Administration Official"), or the person whose title and surname the
    label gives, by the fullest form of the name in the document ("PRESIDENT LULA" is "Luiz
    Inácio Lula da Silva"); anonymous voices of a government's transcript speak for it."""
    lex = lex or labels_lexicon()
    key = _label_key(label)
    home = ex.d.home_side or "unknown"
    if label == "Q" or key in lex["reporter"] or _ASKER_ROLE_RE.search(label):
        return REPORTER  # ("Glenda Chong (presenter):" asks the questions of a broadcast interview)
    if key in lex["answer"]:
        return ex.d.main_speaker() or _first_official(ex, pos) or Speaker(
            "Spokesperson" if _BRIEFING_WORD_RE.search(ex.d.title or "") else "Answer", home, "", "anonymous")
    if key in lex["moderator"]:
        return Speaker("Moderator", home, "", "anonymous")
    if re.fullmatch(r"[A-Z]{2,3}", label):  # "GB:" after "GERRY BROWNLEE:": the same speaker, by the initials
        for m in reversed(list(_FULL_LABEL_RE.finditer(ex.text, 0, pos))):
            if "".join(w[0] for w in m.group(1).split()).upper() == label:
                return label_speaker(ex, m.group(1), m.start(1), lex)
    official = OFFICIAL_LABEL_RE.fullmatch(key)
    if official:
        name = " ".join(w if "." in w else w.capitalize() for w in key.split())  # "Senior State Department Official One"
        side = side_from_words(label.split())
        return Speaker(name, side if side != "unknown" else home, "", "anonymous")
    name_part, comma, described = label.partition(",")
    aside = _BRACKETED_END_RE.search(label) if not comma else None
    if aside:  # "Jens Stoltenberg [NATO Secretary General]:", NATO's transcripts: the role in brackets
        name_part, comma, described = label[: aside.start()], ",", aside.group(1)
    if _is_media(label, lex) and not (comma and _names_an_official(described)):
        return REPORTER  # "Reuters:", "Ojima, TV Asahi:", "Sidhant from WION:"
    if comma and len(name_part.split()) <= 2 and described.strip() and not _names_an_official(described) \
            and side_from_words(described.split()) == "unknown":
        return REPORTER  # "Fukai, TBS:": a reporter's name and an outlet the lexicon does not know
    words = [w for w in name_part.split() if _label_key(w) not in lex["honorifics"]]
    honorific = len(words) < len(name_part.split())
    if not words:
        return Speaker(label.strip(), home, "", "anonymous")
    titles, rest = split_titles(words)
    side = side_from_words((titles + described.split()))
    if not rest:  # a title alone: "Minister:", "Spokesperson:", "THE PRESIDENT:"
        role = " ".join(clean_tok(t).lower() for t in titles if t.lower() != "the")
        sp = ex.d.resolve_role(role, pos, True)
        main = ex.d.main_speaker()
        if sp is None and main is not None and (not role or any(w in ex.d.titles_of(main.name) for w in role.split())):
            sp = main
        return sp or Speaker(" ".join(w.capitalize() for w in role.split()) or label.strip(), side if side != "unknown" else home, "", "anonymous")
    if titles and titles[-1].lower() == "of" and len(rest) >= 3:
        for k in (1, 2):  # "President of Kazakhstan Kassym-Jomart Tokayev:": the country, then the person
            of_side = current_countries().side_of(" ".join(_name_case(rest[:k])))
            if of_side:
                sp = _person(ex, rest[k:], pos) or Speaker(" ".join(_name_case(rest[k:])), of_side, "", "person")
                return sp if sp.side != "unknown" else Speaker(sp.name, of_side, sp.pronoun, sp.kind)
    if titles and titles[-1].lower() in ("of", "for") and len(rest) <= 3:
        place = " ".join(_name_case(rest))
        cands = current_countries().candidates.get(place.lower(), ())
        of_side = current_countries().side_of(place) or (cands[0] if len(cands) == 1 else None)
        if of_side:  # "PRIME MINISTER OF SAMOA:": an office of that country, not a person "Samoa"
            office = " ".join(w.lower() if w.lower() in ("of", "for") else w.capitalize() for w in titles) + " " + place
            sp = ex.d.resolve_role(office.lower(), pos, True)
            return sp if sp is not None and sp.side == of_side else Speaker(office, of_side, "", "anonymous")
    sp = _person(ex, rest, pos)
    if sp is None:
        if len(rest) == 1 and not titles and not comma and ex.d.main_speaker() is not None:
            return REPORTER  # an outlet's name the lexicon does not know ("Bernama:")
        sp = Speaker(" ".join(_name_case(rest)), "unknown", "", "person")
    if sp.side == "unknown":
        if side == "unknown" and (any(clean_tok(t).lower() in OFFICIAL_HEADS for t in titles + described.split())
                                  or ex.d.titles_of(sp.name, registry=False) & OFFICIAL_HEADS) and sp.kind == "person":
            side = ex.d.introduced_sides.get(sp.name, home)
        elif side == "unknown" and honorific and sp.kind == "person":
            # "MR PRICE:" at a government's own briefing: its spokesperson, not a foreign guest
            # (a guest's label carries a title: "PRESIDENT LULA:")
            side = ex.d.introduced_sides.get(sp.name, home)
        if side != "unknown":
            sp = Speaker(sp.name, side, sp.pronoun, sp.kind)
    return sp


# "Q:", "Question 2:": a line that asks
_QUESTION_LINE_RE = re.compile(r"(?:Q|QUESTION|Question)\s*\d*\s*[:.]\s")
# an answer at a press briefing or press conference with no one named is the spokesperson's
_BRIEFING_WORD_RE = re.compile(r"(?i)\bpress\s+(?:briefing|conference)|\bbriefing\b|\bspokes(?:person|man|woman)\b")


def _first_official(ex: Extraction, pos: int) -> Speaker | None:
    """The first person the text names with an official's title before *pos*, when that is in
    its opening line ("The answer of the MFA Spokesperson Ani Badalyan to the question of the
    media:" over a "Question: ... Answer: ..." text with no headline), else None."""
    for at, titles, toks in ex.d.names:
        if at < 0 or at >= min(pos, 300) or _QUESTION_LINE_RE.match(ex.text, ex.text.rfind("\n", 0, at) + 1):
            continue  # (a person a reporter's question names is not the one who answers)
        if len(toks) >= 2 and any(clean_tok(t).lower() in OFFICIAL_HEADS for t in titles):
            sp = ex.d.resolve(" ".join(toks), at)
            if sp is not None and sp.kind == "person":
                return sp if sp.side != "unknown" or not ex.d.home_side else Speaker(sp.name, ex.d.home_side, sp.pronoun, sp.kind)
    return None


def _names_an_official(described: str) -> bool:
    return any(clean_tok(w).lower() in OFFICIAL_HEADS for w in described.split())


def _name_case(words: list[str]) -> list[str]:
    """Names as written in text: "JEAN-PIERRE" -> "Jean-Pierre"; in "KAMIKAWA Yoko" (a family
    name in capitals, as Japan's foreign ministry writes it) the family name goes last."""
    caps = [w for w in words if w.isupper() and len(w) > 1]
    if caps and len(caps) < len(words) and len(words) == 2 and words[0] in caps:
        words = [words[1], words[0]]
    return [w.title() if w.isupper() and len(w) > 1 else w for w in words]


def _person(ex: Extraction, rest: list[str], pos: int) -> Speaker | None:
    """The person a label's name words stand for: the registry, then the fullest form of the
    name in the document; None when neither knows it."""
    for words in (_name_case(rest), [w.title() if w.isupper() and len(w) > 1 else w for w in rest]):
        name = " ".join(words)
        actor = ex.d.lookup(name)
        if actor:
            return ex.d.actor_speaker(actor)
        for part in (name, words[-1], words[0]) if len(words) <= 2 else (name,):
            full = ex.d.fullest_name(part, len(ex.text))
            if full:
                a = ex.d.lookup(full[0])
                return ex.d.actor_speaker(a) if a else Speaker(full[0], side_from_words(full[1]), "", "person")
        regs = ex.d.registry.surname(words[-1]) if len(words) == 1 else []
        if len(regs) == 1:
            return ex.d.actor_speaker(regs[0])
    if len(rest) >= 2:
        return Speaker(" ".join(_name_case(rest)), "unknown", "", "person")
    return None


def add_turn(ex: Extraction, sp: Speaker, start: int, end: int, cue: str = "") -> None:
    body = ex.text[start:end]
    if re.fullmatch(r"\s*\([^()]*\)\.?\s*", body):
        return  # "(The briefing was concluded at 2:51 p.m.)"
    cleaned = STAGE_RE.sub("", body).strip()
    if not re.search(r"\w", cleaned):
        return
    # span without leading/trailing stage directions
    m = re.match(r"(?:\s*" + STAGE_DIRECTION + r")*\s*(?:[•▪●◦*]\s+|\d{1,2}[.)]\s+(?=[A-Z“\"]))?", body, re.I)  # (and a bullet or number)
    a = start + (m.end() if m else 0)
    b = end
    tail = re.search(r"(?:\s*" + STAGE_DIRECTION + r")+\s*$", body, re.I)
    if tail and tail.start() > a - start:
        b = start + tail.start()
    ex.out.append(Statement(sp, "direct", cue, "", " ".join(STAGE_RE.sub("", ex.text[a:end]).split()), a, b))

