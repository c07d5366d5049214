"""Who said what: direct quotes and reported speech, attributed to speakers.

:func:`extract_statements` reads one document (its cleaned text and sentence spans) and
returns one row per statement: direct quotes (attribution before, after or in the middle;
over several sentences or paragraphs; after a colon lead-in or a dash), reported speech
after a reporting verb ("Wang insisted that ...") or "according to X", mixed quotes,
transcript turns ("SECRETARY BLINKEN: ..."), and sentences of a readout that continue a
speaker's words without a new verb.

Speakers are resolved within the document: pronouns to the most recent compatible speaker
or sentence subject, surnames to the fullest form of the name in the document, titles and
role nouns ("the Secretary", "the senior Chinese official") to the person who holds them.
The registry ``lexicons/actors.yaml`` supplies canonical names and sides. The rules are
general; none is written for a particular article.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pandas as pd

from .actors import Actor, Registry, load_actors
from .cues import (
    BOTH_SIDES, CUE_VERBS, EXPRESS_OBJECTS, INSTITUTION_HEADS, NATIONALITY_SIDE, NON_NAME_WORDS,
    OBJECT_VERBS, PARTICLE_CUES, PRONOUNS, RAISE_OBJECTS, ROLE_HEADS, STAGE_DIRECTION, TITLE_WORDS,
    TOLD_OBJECTS,
)

OPEN_CLOSE = {"“": "”", "«": "»", '"': '"'}
CLOSERS = {"”", "»", '"'}
DASH = r"(?:—|–|--|-)"
CUE_RE = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(set(CUE_VERBS), key=len, reverse=True)) + r")(?![\w'’-])")
ACCORDING_RE = re.compile(r"(?<!\w)(?:according to|as reported by|citing)\s+", re.I)
AUX_RE = re.compile(
    r"(?:[\s,]+|^)(?:\w+ly|also|again|later|then|further|once|previously|earlier|has|have|had|was|were|is|are|"
    r"would|will|did|does|do|not|never|had|in turn|was quoted as|is quoted as|were quoted as|"
    r"quoted as|has been|have been|had been|reportedly|publicly|privately|separately|himself|herself|"
    r"themselves|too|both|all|alone|first|last|at the time|at one point|at the meeting|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))$",
    re.I,
)
LABEL_RE = re.compile(r"^((?:[A-Z][A-Z.'’\-]*)(?:\s+[A-Z][A-Z.'’\-]*){0,4}|Q|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s*:\s+(?=\S)")
STAGE_RE = re.compile(r"\s*" + STAGE_DIRECTION, re.I)
CONNECTORS = {"of", "the", "for", "de", "van", "von", "bin", "al", "la", "le", "da", "del", "on", "and"}
DETERMINERS = {"the", "a", "an", "two", "both", "several", "some", "many", "other", "three", "four", "one",
               "another", "his", "her", "their", "its", "our", "these", "those", "this", "that", "most", "all", "few"}
EXPRESS_VERBS = {"expressed", "expresses", "expressing"}
RAISE_VERBS = {"raised", "raises", "raising"}
PROFILE_WORDS = {"said", "told"}  # verbs that readout continuation can follow


@dataclass
class Speaker:
    name: str
    side: str
    pronoun: str = ""
    kind: str = "person"  # person | institution | group | anonymous


@dataclass
class Statement:
    speaker: Speaker
    kind: str
    cue: str
    via: str
    text: str
    start: int
    end: int


def _strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def _clean_tok(tok: str) -> str:
    return tok.strip(",.;:!?()[]\"“”«»").replace("’", "'")


def _side_from_words(words) -> str:
    for w in words:
        side = NATIONALITY_SIDE.get(_clean_tok(w).lower())
        if side:
            return side
    return "unknown"


class _Doc:
    """Per-document state: text, sentences, name index and speaker salience."""

    NAME_RUN = re.compile(r"(?:(?:[A-Z]\.)+|[A-Z][\w'’\-]*)(?:[ ]+(?:(?:of|the|for|de|van|von|bin|al)[ ]+)?(?:(?:[A-Z]\.)+|[A-Z][\w'’\-]*))*")

    def __init__(self, text: str, sentences: list[tuple[int, int, int]], registry: Registry):
        self.text = text
        self.sents = sentences
        self.sent_starts = [s for _, s, _ in sentences]
        self.registry = registry
        self.salience: list[tuple[int, Speaker]] = []
        self._names = None

    # -- sentences -------------------------------------------------------------
    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    # -- names -------------------------------------------------------------------
    @property
    def names(self) -> list[tuple[int, list[str], list[str]]]:
        """Every capitalised run in the text: (start, title tokens, name tokens)."""
        if self._names is None:
            out = []
            for m in self.NAME_RUN.finditer(self.text):
                toks = m.group(0).split()
                titles, rest = _split_titles(toks)
                rest = [t for t in rest if t.lower() not in CONNECTORS]
                rest = [_clean_tok(t) for t in rest]
                while rest and rest[0] in NON_NAME_WORDS:
                    rest = rest[1:]
                if rest:
                    out.append((m.start(), titles, rest))
            self._names = out
        return self._names

    def fullest_name(self, surname: str, pos: int) -> tuple[str, list[str]] | None:
        """The fullest form of a name ending in *surname*, preferring mentions before *pos*."""
        best = None
        for start, titles, toks in self.names:
            if len(toks) >= 2 and toks[-1] == surname and all(t[:1].isupper() for t in toks):
                if any(t.rstrip(".").lower() in INSTITUTION_HEADS_LOWER for t in toks):
                    continue
                score = (start < pos, len(toks) <= 4, len(toks), -abs(pos - start))
                if best is None or score > best[0]:
                    best = (score, " ".join(toks), titles)
        return (best[1], best[2]) if best else None

    def mentioned(self, actor: Actor, before: int) -> int:
        """Position of the last mention of *actor* before *before* (-1 if none)."""
        last = -1
        forms = [actor.name, *actor.aliases] + ([actor.surname] if actor.surname else [])
        hay = self.text[:before]
        for form in forms:
            if not form:
                continue
            i = hay.rfind(form)
            while i >= 0:
                j = i + len(form)
                if (i == 0 or not hay[i - 1].isalnum()) and (j >= len(hay) or not hay[j].isalnum()):
                    last = max(last, i)
                    break
                i = hay.rfind(form, 0, i)
        return last

    # -- resolution ----------------------------------------------------------------
    def actor_speaker(self, actor: Actor) -> Speaker:
        return Speaker(actor.name, actor.side, actor.pronoun, actor.kind)

    def resolve_pronoun(self, pron: str, pos: int) -> Speaker | None:
        want = PRONOUNS.get(pron.lower(), "")
        for p, sp in reversed(self.salience):
            if p > pos:
                continue
            if want in ("he", "she"):
                if sp.kind in ("person",) and sp.pronoun in (want, ""):
                    return sp
            elif want == "they":
                if sp.kind in ("group", "anonymous", "both") or sp.name == "both sides":
                    return sp
                return None
            elif want == "it":
                if sp.kind in ("institution", "group"):
                    return sp
            if pos - p > 1500:
                break
        return None

    def resolve_role(self, role: str, pos: int, definite: bool) -> Speaker | None:
        role_l = role.lower().replace("’", "'")
        if not definite:
            return None
        cands = self.registry.role(role_l)
        best = None
        for actor in cands:
            at = self.mentioned(actor, pos)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, actor)
        # People in this document whose title matches the role ("Foreign Minister Yoko Kamikawa")
        words = [w for w in re.findall(r"[\w'.-]+", role_l) if w not in NATIONALITY_SIDE and w not in {"senior", "top", "leading"}]
        if words:
            for start, titles, toks in self.names:
                if start >= pos or len(toks) < 2:
                    continue
                tl = [t.lower().rstrip(".") for t in titles]
                if all(w in tl for w in words):
                    if best is None or start > best[0]:
                        name = " ".join(toks)
                        actor = self.registry.alias(name)
                        best = (start, actor or Speaker(name, _side_from_words(titles)))
        if best is None:
            return None
        found = best[1]
        return self.actor_speaker(found) if isinstance(found, Actor) else found

    def resolve(self, np: str, pos: int) -> Speaker | None:
        """Resolve a speaker noun phrase at *pos* to a Speaker, or None."""
        np = np.strip().strip(",")
        if not np:
            return None
        low = np.lower().replace("’", "'")
        if low in PRONOUNS:
            return self.resolve_pronoun(low, pos)
        if low in BOTH_SIDES:
            return Speaker("both sides", "both sides", "they", "both")
        actor = self.registry.alias(np) or self.registry.alias(_strip_det(np))
        if actor:
            return self.actor_speaker(actor)
        toks = np.split()
        definite = toks[0].lower() in {"the"} or toks[0].lower().endswith(("'s", "’s"))
        first_cap = toks[0][:1].isupper() and toks[0].lower() not in DETERMINERS
        core = [t for t in toks if t.lower() not in {"the", "a", "an"}]
        if not core:
            return None
        # Documents, posts and statements stand for their author: "a Commerce Ministry statement"
        head = _clean_tok(core[-1]).lower()
        if head in {"statement", "statements", "post", "readout", "release", "communique", "communiqué", "report", "letter", "notice", "editorial", "commentary"} and len(core) > 1:
            inner = " ".join(core[:-1])
            if inner.lower().endswith(("'s", "’s")):
                inner = inner[:-2]
            sp = self.resolve(inner, pos) if inner[:1].isupper() else None
            if sp:
                return sp
        # Institutions: "the Commerce Ministry", "China's Foreign Ministry"
        if any(_clean_tok(t).rstrip(".") in INSTITUTION_HEADS for t in core) and core[-1][:1].isupper():
            name = " ".join(_clean_tok(t) for t in core)
            actor = self.registry.alias(name)
            if actor:
                return self.actor_speaker(actor)
            return Speaker(name, _side_from_words(core), "it", "institution")
        caps = [t for t in core if t[:1].isupper()]
        if len(caps) == len(core) or (first_cap and core[-1][:1].isupper()):
            titles, rest = _split_titles(core)
            rest = [_clean_tok(t) for t in rest if t.lower() not in CONNECTORS]
            rest = [t for t in rest if t and t not in NON_NAME_WORDS]
            if rest:
                name = " ".join(rest)
                actor = self.registry.alias(name)
                if actor:
                    return self.actor_speaker(actor)
                if len(rest) == 1:
                    full = self.fullest_name(rest[0], pos)
                    if full:
                        actor = self.registry.alias(full[0])
                        if actor:
                            return self.actor_speaker(actor)
                        return Speaker(full[0], _side_from_words(titles + full[1]), "", "person")
                    regs = self.registry.surname(rest[0])
                    if regs:
                        seen = [(self.mentioned(a, len(self.text)), a) for a in regs]
                        seen = [x for x in seen if x[0] >= 0]
                        if len(regs) == 1 or seen:
                            return self.actor_speaker(max(seen, key=lambda x: x[0])[1] if seen else regs[0])
                    if rest[0].upper() == rest[0] and len(rest[0]) > 1:
                        return Speaker(rest[0], _side_from_words(titles), "it", "institution")
                side = _side_from_words(titles)
                if side == "unknown":
                    full = self.fullest_name(rest[-1], pos)
                    if full:
                        side = _side_from_words(full[1])
                return Speaker(name, side, "", "person")
            # Only titles: "President", "The Secretary", "Foreign Minister"
            role = " ".join(_clean_tok(t).lower() for t in titles if t.lower() not in {"the"})
            sp = self.resolve_role(role, pos, True)
            if sp:
                return sp
            return Speaker(_strip_det(np), _side_from_words(titles), "", "anonymous")
        # Lower-case role phrases: "the senior Chinese official", "US officials", "analysts"
        role = " ".join(_clean_tok(t) for t in core)
        if core[0].lower() in DETERMINERS - {"the"}:
            role = " ".join(_clean_tok(t) for t in core[1:]) if len(core) > 1 else role
        if toks[0].lower() in {"his", "her", "their", "its"}:
            return None  # "his counterpart said" is too vague to attribute safely
        if definite and toks[0].lower() == "the":
            sp = self.resolve_role(_strip_det(role), pos, True)
            if sp:
                return sp
        if _clean_tok(core[-1]).lower() not in ROLE_HEADS:
            return None
        display = _strip_det(" ".join(_clean_tok(t) for t in toks))
        if toks[0].lower() in {"a", "an", "one", "another"}:
            display = role
        plural = _clean_tok(core[-1]).lower().endswith("s")
        return Speaker(display, _side_from_words(core), "they" if plural else "", "anonymous")

    def remember(self, pos: int, sp: Speaker | None) -> None:
        if sp is not None:
            self.salience.append((pos, sp))


INSTITUTION_HEADS_LOWER = {h.lower() for h in INSTITUTION_HEADS}


def _split_titles(toks: list[str]) -> tuple[list[str], list[str]]:
    """Split leading title words ("Secretary of State") from the name that follows."""
    i = 0
    while i < len(toks) - 0:
        t = _clean_tok(toks[i]).lower()
        if t in TITLE_WORDS or t.rstrip(".") in TITLE_WORDS or (t in CONNECTORS and i > 0 and i < len(toks) - 1):
            i += 1
            continue
        break
    # never swallow the whole run when the last word looks like a surname
    return toks[:i], toks[i:]


def np_before(s: str) -> tuple[str, int] | None:
    """The noun phrase that ends string *s* (the subject before a reporting verb).

    Returns ``(phrase, offset_in_s)`` or None. Skips adverbs and auxiliaries ("also",
    "firmly", "has") and a trailing aside ("Hugh Hill, a doctor,"); takes an appositive
    name ("China's leading diplomat, Wang Yi,").
    """
    s = s.rstrip()
    for _ in range(4):
        m = AUX_RE.search(s)
        if not m or m.start() == m.end():
            break
        s = s[: m.start()].rstrip()
    if s.endswith(","):
        inner = s[:-1].rstrip()
        idx = max(inner.rfind(","), inner.rfind("—"), inner.rfind("–"))
        if idx < 0:
            return None
        aside = inner[idx + 1:].strip()
        head = inner[:idx].rstrip()
        aside_toks = aside.split()
        if aside_toks and all(t[:1].isupper() or t.lower() in CONNECTORS for t in aside_toks) and aside_toks[0] not in NON_NAME_WORDS:
            got = _np_at_end(inner)
            if got:
                # keep the title before the comma as context: "China's top diplomat, Wang Yi"
                return got
        if aside_toks and aside_toks[0].lower() in {"who", "which", "whose", "whom", "where", "when"}:
            return np_before(head)
        return np_before(head) if aside_toks else None
    return _np_at_end(s)


def _np_at_end(s: str) -> tuple[str, int] | None:
    toks = list(re.finditer(r"\S+", s))
    if not toks:
        return None
    last = toks[-1].group(0)
    if re.search(r"[,;:.!?)\]”\"]$", last) and not re.fullmatch(r"(?:[A-Z]\.)+", last):
        if not last.endswith(".") or last.lower().rstrip(".") not in {"jr", "sr"}:
            return None
    low_last = _clean_tok(last).lower()
    if low_last in PRONOUNS and low_last not in {"him", "her"}:
        return last, toks[-1].start()
    # Capitalised run (with titles and connectors): "Secretary of State Antony Blinken"
    i = len(toks) - 1
    if last[:1].isupper():
        while i >= 0:
            w = toks[i].group(0)
            if w[:1].isupper() and not re.search(r"[,;:!?)\]”\"]$", w):
                i -= 1
                continue
            if w.lower() in {"of", "the", "for", "de", "van", "von", "bin", "al"} and i > 0 and toks[i - 1].group(0)[:1].isupper():
                i -= 1
                continue
            break
        j = i + 1
        # include a leading "the" and lower-case role words before it ("the senior Chinese official")
        while j < len(toks) and toks[j].group(0) in NON_NAME_WORDS:
            j += 1
        if j >= len(toks):
            return None
        k = j
        while k > 0 and k > j - 5:
            w = toks[k - 1].group(0)
            if w.lower() in DETERMINERS or w.lower().endswith(("'s", "’s")) or (w.islower() and w.isalpha() and w not in {"and", "or", "but", "that", "as", "with", "to", "by", "from", "in", "on", "at", "after", "before", "said", "told"}):
                k -= 1
                if w.lower() in DETERMINERS:
                    break
                continue
            break
        start = toks[k].start() if k < j and (toks[k].group(0).lower() in DETERMINERS or toks[k].group(0).lower().endswith(("'s", "’s"))) else toks[j].start()
        return s[start:], start
    # Lower-case role phrase ending in a role noun: "the senior Chinese official", "analysts"
    if _clean_tok(last).lower() not in ROLE_HEADS:
        return None
    k = len(toks) - 1
    while k > 0 and k > len(toks) - 7:
        w = toks[k - 1].group(0)
        wl = w.lower()
        if re.search(r"[,;:.!?)]$", w) and wl not in {"u.s.", "u.n."}:
            break
        if wl in DETERMINERS or wl.endswith(("'s", "’s")):
            k -= 1
            break
        if wl in {"and", "or", "but", "that", "as", "with", "to", "by", "from", "in", "on", "at", "said", "told", "after", "before", "when", "while", "if", "because"}:
            break
        k -= 1
    return s[toks[k].start():], toks[k].start()


def np_after(s: str) -> str | None:
    """The speaker phrase right after an inverted cue: ", said Wang Wenbin, a spokesman"."""
    m = re.match(r"\s*((?:the|a|an)\s+)?([^,.;:!?“”\"]{1,80})", s, re.I)
    if not m:
        return None
    phrase = (m.group(1) or "") + m.group(2)
    # stop before a following clause ("said Wang in a statement")
    phrase = re.split(r"\s+(?:in|on|at|during|after|before|when|while|to|of a|at a|who|which|told|adding|saying|according|last|this|on)\s", phrase)[0]
    return phrase.strip() or None


class _Extractor:
    def __init__(self, text: str, sentences, registry: Registry):
        self.d = _Doc(text, [(p, s, e) for p, s, e in sentences], registry)
        self.text = text
        self.out: list[Statement] = []
        self.claimed: list[tuple[int, int]] = []  # text spans used by direct quotes and attributions
        self.used_quotes: set[int] = set()  # start offsets of quotes already consumed

    # ---------------------------------------------------------------------------
    def run(self) -> list[Statement]:
        turns = self.transcript_turns()
        quotes = self.find_quotes(skip=turns)
        q_by_sent: dict[int, list] = {}
        for q in quotes:
            q_by_sent.setdefault(self.d.sent_index(q[0][0]), []).append(q)
        done_quotes: set[int] = set()
        pending_join = None
        last_para = None
        for si, (para, s, e) in enumerate(self.d.sents):
            if para in turns:
                sp = turns[para]
                self.d.remember(s, sp[0])
                continue
            sent = self.text[s:e]
            n_before = len(self.out)
            for q in q_by_sent.get(si, []):
                if q[0][0] in self.used_quotes:
                    continue
                self.used_quotes.add(q[0][0])
                self.handle_quote(q, si, quotes)
            self.handle_indirect(si, s, e, sent)
            if len(self.out) == n_before:
                self.handle_continuation(si, para, s, e, sent)
            if len(self.out) == n_before:
                subj = self.sentence_subject(s, e)
                if subj:
                    self.d.remember(s, subj)
        self.out.sort(key=lambda st: (st.start, st.end))
        # drop duplicates (same span)
        uniq, seen = [], set()
        for st in self.out:
            if (st.start, st.end) in seen:
                continue
            seen.add((st.start, st.end))
            uniq.append(st)
        return uniq

    # -- transcripts ---------------------------------------------------------------
    def transcript_turns(self) -> dict[int, tuple[Speaker, int]]:
        """Paragraphs of a press transcript that belong to a labelled turn."""
        paras: dict[int, tuple[int, int]] = {}
        for p, s, e in self.d.sents:
            a, b = paras.get(p, (s, e))
            paras[p] = (min(a, s), max(b, e))
        labels = {}
        for p, (s, e) in paras.items():
            m = LABEL_RE.match(self.text[s:e])
            if m:
                label = m.group(1).strip()
                words = label.split()
                if label.isupper() or label == "Q" or (len(words) <= 4 and all(w[:1].isupper() for w in words)):
                    labels[p] = (label, s + m.end())
        upper = [v for v in labels.values() if v[0].isupper()]
        if len(labels) < 2 or (len(upper) < 2 and len(labels) < 3):
            return {}
        turns: dict[int, tuple[Speaker, int]] = {}
        current = None
        for p in sorted(paras):
            s, e = paras[p]
            if p in labels:
                label, body_start = labels[p]
                current = self.label_speaker(label, s)
            else:
                body_start = s
            if current is None:
                continue
            turns[p] = (current, body_start)
            self.add_turn(current, body_start, e)
        return {p: v for p, v in turns.items()}

    def label_speaker(self, label: str, pos: int) -> Speaker:
        clean = label.strip().rstrip(":")
        if clean.upper() in {"Q", "QUESTION", "QUESTIONER", "REPORTER", "AUDIENCE MEMBER", "PARTICIPANT"}:
            return Speaker("QUESTION", "unknown", "", "anonymous")
        if clean.upper() in {"MODERATOR", "OPERATOR"}:
            return Speaker(clean.upper(), "unknown", "", "anonymous")
        words = clean.split()
        titles, rest = _split_titles(words)
        name = " ".join(w.title() if w.isupper() else w for w in (rest or words))
        actor = self.d.registry.alias(name)
        if actor:
            return self.d.actor_speaker(actor)
        if len(rest) == 1:
            regs = self.d.registry.surname(name)
            full = self.d.fullest_name(name, len(self.text))
            if full:
                a = self.d.registry.alias(full[0])
                return self.d.actor_speaker(a) if a else Speaker(full[0], _side_from_words(full[1]), "", "person")
            if len(regs) == 1:
                return self.d.actor_speaker(regs[0])
        return Speaker(name, _side_from_words(titles), "", "person")

    def add_turn(self, sp: Speaker, start: int, end: int) -> None:
        body = self.text[start:end]
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
        self.out.append(Statement(sp, "direct", "", "", " ".join(cleaned.split()), a, b))

    # -- quotes ------------------------------------------------------------------
    def find_quotes(self, skip) -> list[list[tuple[int, int]]]:
        """Quotations as lists of content pieces (start, end); several pieces when a quote
        runs over paragraphs. Unbalanced marks never raise."""
        paras: dict[int, tuple[int, int]] = {}
        for p, s, e in self.d.sents:
            a, b = paras.get(p, (s, e))
            paras[p] = (min(a, s), max(b, e))
        quotes = []
        carry = None  # an open quote from the previous paragraph
        for p in sorted(paras):
            if p in skip:
                carry = None
                continue
            ps, pe = paras[p]
            seg = self.text[ps:pe]
            i = 0
            open_at = None
            pieces = []
            if carry is not None:
                if seg[:1] in OPEN_CLOSE:
                    open_at = ps + 1
                    pieces = carry
                    i = 1
                else:
                    # unclosed quote that does not continue: keep it if it filled its paragraph
                    if carry and carry[0][0] - 1 in self.para_starts(paras):
                        quotes.append(carry)
                carry = None
            while i < len(seg):
                ch = seg[i]
                pos = ps + i
                if open_at is None:
                    if ch in OPEN_CLOSE and (ch != '"' or i == 0 or not seg[i - 1].isalnum()):
                        open_at = pos + 1
                else:
                    closes = ch in CLOSERS and (ch != '"' or i + 1 >= len(seg) or not seg[i + 1].isalnum() or seg[i - 1] in ".,!?")
                    if ch == "“":
                        # a new opening mark while one is open: the first one was never closed
                        open_at = pos + 1
                        pieces = []
                    elif closes:
                        pieces = pieces + [(open_at, pos)]
                        if pieces[-1][1] > pieces[-1][0]:
                            quotes.append(pieces)
                        pieces = []
                        open_at = None
                i += 1
            if open_at is not None:
                carry = pieces + [(open_at, pe)]
        if carry and carry[0][0] - 1 in self.para_starts(paras):
            quotes.append(carry)
        return quotes

    @staticmethod
    def para_starts(paras) -> set[int]:
        return {s for s, _ in paras.values()}

    def _cue_text(self, m: re.Match, after: str) -> tuple[str, int] | None:
        """Validate a cue match; return (cue as written, length incl. particle)."""
        verb = m.group(1)
        vl = verb.lower()
        tail = after
        if vl in PARTICLE_CUES:
            parts = PARTICLE_CUES[vl]
            if vl in EXPRESS_VERBS:
                w = re.match(r"\s+(\w+)", tail)
                if not w or w.group(1).lower() not in EXPRESS_OBJECTS:
                    return None
                return verb, len(verb)
            if vl in RAISE_VERBS:
                w = re.match(r"\s+(\w+(?:\s+\w+)?)", tail)
                if not w or not any(w.group(1).lower().startswith(o) for o in RAISE_OBJECTS):
                    return None
                return verb, len(verb)
            w = re.match(r"\s+(\w+)", tail)
            if not w or w.group(1).lower() not in parts:
                return None
            return f"{verb} {w.group(1)}", len(verb) + w.end()
        if vl in {"urged", "urges", "urging", "insisted", "insists", "insisting"}:
            w = re.match(r"\s+(for|on)\b", tail)
            if w:
                return f"{verb} {w.group(1)}", len(verb) + w.end()
        if vl in {"described", "describes", "describing"}:
            if not re.match(r"[^.;]{1,120}?\bas\b", tail):
                return None
            return f"{verb} ... as", len(verb)
        return verb, len(verb)

    def handle_quote(self, pieces, si: int, all_quotes) -> None:
        text = self.text
        q_start, q_end = pieces[0][0], pieces[-1][1]
        open_pos = q_start - 1
        close_end = q_end + 1 if q_end < len(text) and text[q_end:q_end + 1] in CLOSERS else q_end
        para, s, e = self.d.sents[si]
        p_end = self._para_end(para)
        p_start = self._para_start(para)
        words = len(re.findall(r"\w+", " ".join(text[a:b] for a, b in pieces)))
        # 1. attribution after the closing mark
        after = text[close_end:p_end]
        attr = self.attribution_after(after, close_end)
        speaker, cue, attr_end = (attr if attr else (None, "", None))
        # 2. attribution before the opening mark, in the same sentence (or colon lead-in)
        kind = "direct"
        if speaker is None:
            sent_start = self.d.sents[self.d.sent_index(open_pos)][1]
            before = text[sent_start:open_pos]
            got = self.attribution_before(before, sent_start, open_pos, q_end, e)
            if got == "indirect":
                return  # part of a reported clause (mixed quote): the indirect pass takes it
            if got:
                speaker, cue, cue_at = got
                self.claimed.append((cue_at, open_pos))
        if speaker is None and open_pos == p_start:
            # colon lead-in in the previous paragraph
            prev = self._prev_para_text(para)
            if prev and prev[1].rstrip().endswith(":"):
                pt, pstart = prev
                m = None
                for m in CUE_RE.finditer(pt):
                    pass
                if m:
                    npb = np_before(pt[: m.start()])
                    if npb:
                        speaker = self.d.resolve(npb[0], pstart + npb[1])
                        cue = m.group(1)
        if speaker is None:
            # continuation of the previous direct quote (same or previous paragraph)
            if words >= 4 and self.out:
                last = self.out[-1]
                lp = self.d.sents[self.d.sent_index(last.start)][0]
                gap = text[last.end:open_pos]
                if last.kind == "direct" and (lp == para or lp == para - 1) and len(re.findall(r"\w+", gap)) <= 8 and open_pos == self.d.sents[self.d.sent_index(open_pos)][1]:
                    last_text = " ".join(text[a:b] for a, b in pieces)
                    last.text = f"{last.text} {' '.join(last_text.split())}"
                    last.end = q_end
                    self.claimed.append((open_pos, close_end))
                    return
            return
        if speaker is None:
            return
        body = " ".join(" ".join(text[a:b].split()) for a, b in pieces)
        st = Statement(speaker, kind, cue, "", body, q_start, q_end)
        self.out.append(st)
        self.claimed.append((open_pos, max(close_end, attr_end or close_end)))
        self.d.remember(q_start, speaker)
        # 3. a second quote right after the attribution joins: "A," he said, "B."
        if attr_end is not None:
            rest = text[attr_end:p_end]
            m = re.match(r"\s*[,.:;]?\s*([“\"«])", rest)
            if m:
                nxt_open = attr_end + m.end()
                for q in all_quotes:
                    if q[0][0] == nxt_open:
                        st.text = f"{st.text} {' '.join(' '.join(text[a:b].split()) for a, b in q)}"
                        st.end = q[-1][1]
                        self.claimed.append((nxt_open - 1, q[-1][1] + 1))
                        self.used_quotes.add(q[0][0])
                        break

    def attribution_after(self, after: str, offset: int):
        """Find "..., he said" / ", said Wang" / " — Mao Ning, spokeswoman" after a quote."""
        if after.startswith((" (", "(")):
            return None
        window = after[:160]
        # stop at the next quotation
        nq = re.search(r"[“\"«]", window)
        if nq:
            window = window[: nq.start()]
        # dash attribution without a verb: “...” — Mao Ning, Foreign Ministry spokeswoman
        m = re.match(r"\s*(?:—|–|--)\s*([A-Z][^.;!?]{1,80})$", after.split("\n")[0]) if re.match(r"\s*(?:—|–|--)", after) else None
        if m:
            phrase = m.group(1).split(",")[0].strip()
            sp = self.d.resolve(phrase, offset + m.start(1))
            if sp:
                return sp, "—", offset + m.end(1)
        for cm in CUE_RE.finditer(window):
            pre = window[: cm.start()]
            cue = self._cue_text(cm, window[cm.end():])
            if not cue:
                continue
            if re.search(r"[.!?]\s", pre.lstrip(" ,.!?")) or len(re.findall(r"\w+", pre)) > 14:
                return None
            pre_stripped = pre.strip(" ,")
            if not re.search(r"\w", pre_stripped) or pre_stripped.lower() in {"", "—", "–"}:
                # inverted: ", said Wang Wenbin, a spokesman"
                phrase = np_after(window[cm.end():])
                if phrase:
                    sp = self.d.resolve(phrase, offset + cm.end())
                    if sp:
                        end = offset + cm.end() + len(phrase) + (window[cm.end():].find(phrase))
                        return sp, cue[0], end
                return None
            npb = np_before(pre)
            if npb:
                sp = self.d.resolve(npb[0], offset + npb[1])
                if sp:
                    return sp, cue[0], offset + cm.start() + cue[1]
            return None
        return None

    def attribution_before(self, before: str, sent_start: int, open_pos: int, q_end: int, sent_end: int):
        """Find "Wang said:" / "he said, “" / "remarking, “" before a quote."""
        b = before.rstrip()
        if not b:
            return None
        m = None
        for m in CUE_RE.finditer(b):
            pass
        if m is None:
            return None
        between = b[m.end():]
        cue = self._cue_text(m, between)
        if not cue:
            return None
        between = b[m.start() + cue[1]:]
        bw = between.strip()
        lead_ok = re.fullmatch(r"[,:]?", bw) or re.fullmatch(
            r"(?:\s*(?:to\s+)?(?:reporters|journalists|the media|the press|lawmakers|an audience|the audience|state media|state television|students|delegates|the committee|a news conference|a press conference|a briefing|in a statement|in a post\b[^,:]*|on (?:X|Twitter|Weibo|Facebook)|in an interview\b[^,:]*|in remarks\b[^,:]*|in a speech\b[^,:]*|at a [^,:]*|during [^,:]*|on [A-Z]\w+day|,|:)\s*)*[,:]?",
            bw,
            re.I,
        )
        if not lead_ok:
            if re.fullmatch(r"(?:that|,? that)", bw, re.I) and q_end >= sent_end - 3:
                lead_ok = True  # said that “...” running to the end of the sentence
            else:
                return "indirect" if re.match(r"that\b", bw) or len(bw) > 0 else None
        pre = b[: m.start()]
        if m.group(1).lower().endswith("ing") and pre.rstrip().endswith(","):
            # participial: "Xi hinted at progress, remarking, “...”"
            sp = self.sentence_subject(sent_start, open_pos)
            return (sp, cue[0], sent_start + m.start()) if sp else None
        npb = np_before(pre)
        if not npb:
            return None
        sp = self.d.resolve(npb[0], sent_start + npb[1])
        return (sp, cue[0], sent_start + m.start()) if sp else None

    # -- reported speech -----------------------------------------------------------
    def _in_claimed(self, a: int, b: int) -> bool:
        return any(a < y and b > x for x, y in self.claimed)

    def _inside_quote(self, pos: int, s: int, e: int) -> bool:
        seg = self.text[s:pos]
        return (seg.count("“") > seg.count("”")) or (seg.count('"') % 2 == 1)

    def handle_indirect(self, si: int, s: int, e: int, sent: str) -> None:
        text = self.text
        acc = None
        for am in ACCORDING_RE.finditer(sent):
            acc = am
            break
        made = False
        for cm in CUE_RE.finditer(sent):
            a = s + cm.start()
            if self._in_claimed(a, a + len(cm.group(0))) or self._inside_quote(a, s, e):
                continue
            cue = self._cue_text(cm, sent[cm.end():])
            if not cue:
                continue
            pre = sent[: cm.start()]
            if re.search(r"\b(?:which|that|who)\s*$", pre.rstrip(), re.I) and not pre.rstrip().endswith(","):
                continue
            npb = np_before(pre)
            verb = cm.group(1).lower()
            if npb is None and verb.endswith("ing") and pre.rstrip().endswith(","):
                sp = self.sentence_subject(s, a)
                np_pos = s
            elif npb is None and re.search(r"\b(?:but|and)\s*$", pre.rstrip()):
                sp = self.sentence_subject(s, a)
                np_pos = s
            elif npb is None:
                continue
            else:
                sp = self.d.resolve(npb[0], s + npb[1])
                np_pos = s + npb[1]
            if sp is None:
                continue
            rest_start = cm.start() + cue[1]
            rest = sent[rest_start:]
            # skip the object of "told reporters (that) ...", "assured his counterpart that ..."
            mt = re.match(r"\s*,?\s*that\b\s*", rest)
            if mt:
                rest_start += mt.end()
            elif verb in OBJECT_VERBS:
                mt = re.match(r"\s*([^,;:“\"]{0,60}?)\s+that\b\s*", rest)
                if mt:
                    rest_start += mt.end()
                else:
                    low = rest.lower().lstrip()
                    for obj in sorted(TOLD_OBJECTS, key=len, reverse=True):
                        if verb in {"told", "tells", "telling"} and low.startswith(obj + " "):
                            rest_start += len(rest) - len(rest.lstrip()) + len(obj)
                            break
            if verb.startswith("describ"):
                pass
            rest = sent[rest_start:]
            lead = len(rest) - len(rest.lstrip(" ,:"))
            rest_start += lead
            clause_end = len(sent)
            if acc and acc.start() > rest_start:
                clause_end = acc.start()
            clause = sent[rest_start:clause_end].rstrip()
            clause = clause.rstrip(" ,;")
            while clause and clause[-1] in ".!?" and not re.search(r"(?:[A-Z]\.){2,}$", clause):
                clause = clause[:-1]
            if clause.endswith("”.") or clause.endswith('".'):
                clause = clause[:-1]
            if len(re.findall(r"\w+", clause)) < 2:
                continue
            # "the State Department reported that Blinken emphasized ...": nested speaker
            via = ""
            inner = CUE_RE.search(clause)
            if inner and verb in {"reported", "reports", "said", "says", "stated", "announced", "confirmed", "wrote", "posted"}:
                icue = self._cue_text(inner, clause[inner.end():])
                inb = np_before(clause[: inner.start()]) if icue else None
                if inb and inb[1] == 0 and len(clause[: inner.start()].split()) <= 8:
                    isp = self.d.resolve(inb[0], s + rest_start)
                    if isp and isp.kind in ("person", "both"):
                        via = sp.name
                        sp = isp
                        cue = icue
                        rest_start2 = inner.start() + icue[1]
                        rr = clause[rest_start2:]
                        mt = re.match(r"\s*,?\s*that\b\s*|\s*", rr)
                        rest_start += rest_start2 + mt.end()
                        clause = clause[rest_start2 + mt.end():]
            if acc and acc.start() > cm.start() and not via:
                via_np = self._according_np(sent[acc.end():])
                if via_np:
                    via = _strip_det(via_np)
            start = s + rest_start
            self.out.append(Statement(sp, "indirect", cue[0], via, " ".join(clause.split()), start, start + len(clause)))
            self.d.remember(np_pos, sp)
            made = True
            break
        if not made and acc is not None:
            np_text = self._according_np(sent[acc.end():])
            if not np_text:
                return
            sp = self.d.resolve(np_text, s + acc.end())
            if sp is None:
                sp = Speaker(_strip_det(np_text), _side_from_words(np_text.split()), "they", "anonymous")
            if acc.start() == 0:
                tail = sent[acc.end() + len(np_text):]
                lead = len(tail) - len(tail.lstrip(" ,"))
                a = acc.end() + len(np_text) + lead
                clause = sent[a:].rstrip().rstrip(".")
            else:
                a = 0
                clause = sent[: acc.start()].rstrip(" ,;—–-")
            if len(re.findall(r"\w+", clause)) < 3 or self._in_claimed(s + a, s + a + len(clause)):
                return
            self.out.append(Statement(sp, "indirect", "according to", "", " ".join(clause.split()), s + a, s + a + len(clause)))

    @staticmethod
    def _according_np(s: str) -> str | None:
        m = re.match(r"\s*([^,;.!?“”\"]+?)(?=\s*(?:[,;.!?]|$|\s(?:who|which|that|in|on|at|during|after|as)\s))", s)
        if not m:
            return None
        phrase = m.group(1).strip()
        # "a readout from the State Department" -> the State Department
        mm = re.match(r"(?:a|the)\s+(?:readout|statement|report|transcript|release|summary)\s+(?:from|by|of|issued by)\s+(.+)", phrase, re.I)
        if mm:
            phrase = mm.group(1)
        return phrase or None

    def handle_continuation(self, si: int, para: int, s: int, e: int, sent: str) -> None:
        """Readout style: after "Wang Yi said that ..." opening a paragraph, the following
        sentences of the paragraph continue his words without a new reporting verb."""
        if si == 0 or not self.out:
            return
        prev_para, ps, pe = self.d.sents[si - 1]
        if prev_para != para:
            return
        last = self.out[-1]
        if last.kind != "indirect" or last.cue == "according to":
            return
        first = next(i for i in range(si, -1, -1) if i == 0 or self.d.sents[i - 1][0] != para)
        fs = self.d.sents[first][1]
        if self.d.sent_index(last.start) not in range(first, si):
            return
        # the paragraph must open with the attribution: "<speaker> said that ..."
        opener = self.text[fs:last.start]
        if not re.search(r"\b(?:said|stated|noted|stressed|emphasized|emphasised|pointed out|added|underlined|underscored|expressed)\b[^.]*\bthat\s*$", opener):
            return
        if len(opener.split()) > 14 or any(c in sent for c in "“”\""):
            return
        if CUE_RE.search(sent) and np_before(sent[: CUE_RE.search(sent).start()]):
            return
        clause = sent.rstrip()
        while clause and clause[-1] in ".!?":
            clause = clause[:-1]
        self.out.append(Statement(last.speaker, "indirect", "", last.via, clause, s, s + len(clause)))

    # -- subjects --------------------------------------------------------------------
    def sentence_subject(self, s: int, e: int) -> Speaker | None:
        """The speaker-like subject at the start of a sentence (after an intro clause)."""
        sent = self.text[s:e]
        body = sent
        off = 0
        m = re.match(r"(?:(?:In|On|At|During|After|Before|Although|While|Though|As|When|Speaking|Despite|Following|Earlier|Later|However|Meanwhile|Separately|In response|For (?:his|her|their) part)\b[^,]{0,120},\s*)", body)
        if m:
            off = m.end()
            body = body[off:]
        vm = re.search(r"\s(?:" + "|".join(["has", "have", "had", "is", "was", "were", "are", "did", "does", "will", "would", "also", "then"]) + r")\b|,\s|\s[a-z]+ed\b|\s(?:says|said|tells|told|insists|warns|urges|stresses|notes|adds|agrees|hopes|believes|thinks|wants|sees|remains|seems|appears)\b", body)
        head = body[: vm.start()] if vm else body
        if not head.strip() or len(head.split()) > 8:
            return None
        npb = _np_at_end(head.rstrip())
        if npb is None:
            return None
        return self.d.resolve(npb[0], s + off + npb[1])

    # -- paragraph helpers ---------------------------------------------------------
    def _para_end(self, para: int) -> int:
        return max(e for p, _, e in self.d.sents if p == para)

    def _para_start(self, para: int) -> int:
        return min(s for p, s, _ in self.d.sents if p == para)

    def _prev_para_text(self, para: int):
        spans = [(s, e) for p, s, e in self.d.sents if p == para - 1]
        if not spans:
            return None
        a, b = spans[0][0], spans[-1][1]
        return self.text[a:b], a


def extract_statements(text: str, sentences, registry: Registry | None = None) -> list[Statement]:
    """All statements of one document, in text order.

    *sentences* is a list of ``(paragraph, start, end)`` spans (as in ``corpus.sentences``).
    """
    registry = registry or load_actors()
    if not sentences:
        return []
    return _Extractor(text, list(sentences), registry).run()


# -- sentiment -----------------------------------------------------------------------
_analyzers = {}


def score_sentiment(text: str) -> tuple[float, float, float]:
    """(TextBlob polarity, TextBlob subjectivity, VADER compound) of *text*."""
    if "tb" not in _analyzers:
        from textblob.en.sentiments import PatternAnalyzer
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _analyzers["tb"] = PatternAnalyzer()
        _analyzers["vader"] = SentimentIntensityAnalyzer()
    pol, subj = _analyzers["tb"].analyze(text)
    comp = _analyzers["vader"].polarity_scores(text)["compound"]
    return round(float(pol), 6), round(float(subj), 6), round(float(comp), 6)


def statements_for_document(doc_id: str, text: str, sentence_rows) -> list[tuple]:
    """Statement rows (tuples in STATEMENT_COLUMNS order) for one document."""
    spans = [(p, s, e) for _, _, p, s, e, _ in sentence_rows]
    starts = [s for _, s, _ in spans]
    rows = []
    for i, st in enumerate(extract_statements(text, spans)):
        sent_id = max(0, bisect.bisect_right(starts, st.start) - 1)
        pol, subj, comp = score_sentiment(st.text)
        rows.append((doc_id, f"{doc_id}:{i}", sent_id, st.speaker.name, st.speaker.side, st.kind, st.cue, st.via,
                     st.text, st.start, st.end, pol, subj, comp))
    return rows


def statements_table(corpus) -> pd.DataFrame:
    """The statements of every document of *corpus* (see ``Corpus.statements``)."""
    from .corpus import STATEMENT_COLUMNS

    rows = []
    for r in corpus._results:
        doc = r["document"]
        rows.extend(statements_for_document(doc["doc_id"], doc["text"], r["sentences"]))
    df = pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    return df.astype({"sent_id": "int64", "start": "int64", "end": "int64",
                      "polarity": "float64", "subjectivity": "float64", "vader_compound": "float64"})
