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
from functools import lru_cache
from sys import intern

import pandas as pd

from .actors import Actor, Registry, load_actors
from .cues import (
    BOTH_SIDES, CUE_VERBS, DOCUMENT_HEADS, EVENT_WORDS, EXPRESS_OBJECTS, INSTITUTION_HEADS, NATIONALITY_SIDE,
    NON_NAME_WORDS, NON_OFFICIAL_BODIES, NON_OFFICIAL_HEADS, OBJECT_VERBS, OFFICIAL_HEADS, PARTICLE_CUES,
    PLACE_SIDES, PRONOUNS, RAISE_OBJECTS, ROLE_HEADS, STAGE_DIRECTION, TITLE_WORDS, THAT_ONLY, TOLD_OBJECTS,
)
from .scoring import score_sentiment

OPEN_CLOSE = {"“": "”", "«": "»", '"': '"'}
CLOSERS = {"”", "»", '"'}
_QUOTE_MARK_RE = re.compile("[" + re.escape("".join(sorted(set(OPEN_CLOSE) | CLOSERS))) + "]")
DASH = r"(?:—|–|--|-)"
CUE_RE = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(set(CUE_VERBS), key=len, reverse=True)) + r")(?![\w'’-])")
ACCORDING_RE = re.compile(r"(?<!\w)(?:according to|as reported by|citing)\s+", re.I)
# What may follow the verb of a postposed attribution ("..., the ministry said on Monday in a
# statement.", "..., an official told reporters after the meeting."): a time or place, or nothing.
POSTPOSED_TAIL_RE = re.compile(
    r"(?:\s*(?:,\s*)?(?:on|in|at|during|after|before|late|early|to|via|through|when|while|speaking|citing)\b[^.;]*|"
    r"\s*(?:\w+ly|again|later|yesterday|today|afterwards|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"last \w+|this \w+|earlier \w+)?)\W*"
)
AUX_RE = re.compile(
    r"(?:\s+|^)(?:\w+ly|also|again|later|then|further|once|previously|earlier|has|have|had|was|were|is|are|"
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


_ABBREVIATED_RE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_INITIAL_OR_SUFFIX_RE = re.compile(r"[A-Z]\.?|Jr\.?|Sr\.?|II|III|IV")


@lru_cache(maxsize=1 << 16)
def _clean_tok(tok: str) -> str:
    tok = tok.strip(",;:!?()[]\"“”«»").replace("’", "'")
    if tok.endswith(".") and not _ABBREVIATED_RE.fullmatch(tok):
        tok = tok.rstrip(".")
    return tok


def _side_from_words(words) -> str:
    for w in words:
        side = NATIONALITY_SIDE.get(_clean_tok(w).lower())
        if side:
            return side
    return "unknown"


class _Doc:
    """Per-document state: text, sentences, name index and speaker salience."""

    # A capital letter first (an initialism "U.S." or a word), so that the regex engine can
    # skip ahead to the next capital instead of trying every position.
    NAME_RUN = re.compile(r"[A-Z](?:\.(?:[A-Z]\.)*|[\w'’\-]*)(?:[ ]+(?:(?:of|the|for|de|van|von|bin|al)[ ]+)?(?:(?:[A-Z]\.)+|[A-Z][\w'’\-]*))*")

    def __init__(self, text: str, sentences: list[tuple[int, int, int]], registry: Registry, title: str = ""):
        self.text = text
        self.title = title
        self.sents = sentences
        self.sent_starts = [s for _, s, _ in sentences]
        self.registry = registry
        self.salience: list[tuple[int, Speaker]] = []
        self._names = None
        self._name_index = None
        self._titles: dict = {}
        self._introduced_sides: dict | None = None

    # -- sentences -------------------------------------------------------------
    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    # -- names -------------------------------------------------------------------
    @property
    def names(self) -> list[tuple[int, list[str], list[str]]]:
        """Every capitalised run in the text: (start, title tokens, name tokens)."""
        if self._names is None:
            out = []
            found = [(-1 - m.start(), m) for m in self.NAME_RUN.finditer(self.title)] if self.title else []
            found += [(m.start(), m) for m in self.NAME_RUN.finditer(self.text)]
            for at, m in found:
                toks = m.group(0).split()
                titles, rest = _split_titles(toks)
                rest = [t for t in rest if t not in CONNECTORS]
                rest = [_clean_tok(t) for t in rest]
                for i, t in enumerate(rest):  # "Lai Ching-te's stopover": the name ends at the possessive
                    if t.endswith(("'s", "’s")) and len(t) > 2:
                        rest = rest[:i] + [t[:-2]]
                        break
                while rest and rest[0] in NON_NAME_WORDS and not (rest[0] == "He" and len(rest) == 2 and rest[1] not in NON_NAME_WORDS and rest[1].lower() not in TITLE_WORDS):
                    rest = rest[1:]
                for i, t in enumerate(rest):
                    if t in NON_NAME_WORDS or t.lower() in TITLE_WORDS or (i >= 2 and t in EVENT_WORDS):
                        rest = rest[:i]  # "... Gilberto Teodoro Joint Press Conference": the name ends
                        break
                if rest:
                    out.append((at, titles, rest))
            self._names = out
        return self._names

    @property
    def name_index(self) -> tuple[dict, dict]:
        """Positions in :attr:`names` of the names by their last and by their first token."""
        if self._name_index is None:
            by_last: dict = {}
            by_first: dict = {}
            for k, (_, _, toks) in enumerate(self.names):
                by_last.setdefault(toks[-1], []).append(k)
                by_first.setdefault(toks[0], []).append(k)
            self._name_index = (by_last, by_first)
        return self._name_index

    def fullest_name(self, short: str, pos: int) -> tuple[str, list[str]] | None:
        """The fullest form of a name that ends (or, for East Asian names, starts) with
        *short* ("Raimondo" -> "Gina Raimondo", "Gao" -> "Gao Runze"), preferring mentions
        before *pos*."""
        best = None
        parts = short.split()
        n = len(parts)
        if not parts:
            return None
        names = self.names
        by_last, by_first = self.name_index
        found = by_last.get(parts[-1], ())
        if n == 1 and parts[0] in by_first:
            found = sorted(set(found) | set(by_first[parts[0]]))
        for k in found:
            start, titles, toks = names[k]
            if len(toks) > n and (toks[-n:] == parts or (n == 1 and len(toks) in (2, 3) and toks[0] == parts[0])) and all(t[:1].isupper() for t in toks):
                if any(t.rstrip(".").lower() in INSTITUTION_HEADS_LOWER for t in toks):
                    continue
                score = (start < pos, len(toks) <= 4, len(toks), -abs(pos - start))
                if best is None or score > best[0]:
                    best = (score, " ".join(toks), titles)
        return (best[1], best[2]) if best else None

    def mentioned(self, actor: Actor, before: int, surname: bool = True) -> int:
        """Position of the last mention of *actor* before *before* (-1 if none)."""
        last = -1
        forms = [actor.name, *actor.aliases] + ([actor.surname] if actor.surname and surname else [])
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
    def lookup(self, name: str) -> Actor | None:
        """Registry look-up tolerant of middle initials and suffixes ("Lloyd J. Austin III")."""
        actor = self.registry.alias(name)
        if actor:
            return actor
        toks = [t for t in name.split() if not _INITIAL_OR_SUFFIX_RE.fullmatch(t)]
        if toks and len(toks) != len(name.split()):
            return self.registry.alias(" ".join(toks))
        return None

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
        """Resolve a definite role noun phrase ("the Secretary", "the official", "the
        ministry") to the most recently mentioned holder of that role, or None."""
        role_l = role.lower().replace("’", "'")
        if not definite:
            return None
        words = [w for w in re.findall(r"[\w'.-]+", role_l) if w not in NATIONALITY_SIDE and w not in {"senior", "top", "leading", "the"}]
        head = words[-1] if words else ""
        if head in INSTITUTION_WORDS and head not in PERSON_HEADS:
            return self.resolve_institution(head, pos)
        if head in {"person", "persons", "people", "source", "sources", "official", "officials", "diplomat", "diplomats", "insider", "insiders"}:
            stem = head.rstrip("s") if head != "people" else "people"
            for p, sp in reversed(self.salience):
                if p <= pos and sp.kind == "anonymous":
                    sh = _source_head(sp.name)
                    if sh and (sh.rstrip("s") if sh != "people" else "people") == stem:
                        return sp
        cands = self.registry.role(role_l)
        found: list[tuple[int, object]] = []  # (position of the mention, speaker or actor)
        # a recent speaker or subject who holds the role (registry role, or title in this text)
        for p, sp in reversed(self.salience):
            if p > pos or pos - p > 2500:
                continue
            actor = self.registry.by_name.get(sp.name)
            if (actor is not None and actor in cands) or (words and sp.kind == "person" and all(w in self.titles_of(sp.name, registry=False) for w in words)):
                return sp  # the holder in focus wins over mere mentions
        # a registry actor with that role mentioned earlier
        for actor in cands:
            at = self.mentioned(actor, pos)
            if at >= 0:
                found.append((at, actor))
        # a person introduced with that title ("Foreign Minister Yoko Kamikawa")
        if words:
            for start, titles, toks in self.names:
                if 0 <= start < pos and len(toks) >= 2:
                    tl = [t.lower().rstrip(".") for t in titles]
                    if all(w in tl for w in words):
                        name = " ".join(toks)
                        found.append((start, self.lookup(name) or Speaker(name, _side_from_words(titles))))
        # an earlier indefinite mention: "a senior U.S. defense official ... the official"
        if head and head not in {"minister", "president", "secretary", "premier"}:
            last = None
            for m in re.finditer(r"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w.'’-]+\s+){0,4}?" + re.escape(head) + r")\b", self.text[:pos]):
                last = m
            if last and len(last.group(1).split()) > len(role_l.split()):
                phrase = last.group(1)
                found.append((last.start(), Speaker(phrase, _side_from_words(phrase.split()), "", "anonymous")))
        if found:
            best = max(found, key=lambda x: x[0])[1]
            return self.actor_speaker(best) if isinstance(best, Actor) else best
        # the most recent person in focus whose side fits
        if head in PERSON_HEADS:
            want = _side_from_words(role_l.split())
            for p, sp in reversed(self.salience):
                if p <= pos and sp.kind == "person" and (want == "unknown" or sp.side in (want, "unknown")):
                    return sp
        return None

    def resolve_institution(self, head: str, pos: int) -> Speaker | None:
        """"the ministry", "the agency", "the council": the most recent institution named
        before, preferring one whose name ends with that word."""
        best = None
        for p, sp in reversed(self.salience):
            if p <= pos and sp.kind == "institution":
                if sp.name.lower().split()[-1] == head:
                    return sp
                best = best or sp
        for start, titles, toks in reversed(self.names):
            if 0 <= start < pos and toks and toks[-1].lower() == head and len(toks) >= 2:
                name = " ".join(toks)
                actor = self.lookup(name)
                if actor:
                    return self.actor_speaker(actor)
                full = self.text[start:start + 200]
                m = re.match(r"(?:(?:the|The)\s+)?((?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|the)\s+)*)*" + re.escape(toks[-1]) + r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)", full)
                return Speaker(m.group(1) if m else name, _side_from_words(titles + toks), "it", "institution")
        return best

    def titles_of(self, name: str, registry: bool = True) -> frozenset[str]:
        """Lower-case title and appositive words used with *name* in the document (and,
        with *registry*, the words of its registry roles). Computed once per name: it
        depends only on the document."""
        known = self._titles.get((name, registry))
        if known is None:
            known = self._titles[(name, registry)] = frozenset(self._titles_of(name, registry))
        return known

    def _titles_of(self, name: str, registry: bool) -> set[str]:
        out: set[str] = set()
        last = name.split()[-1]
        for start, titles, toks in self.names:
            if toks and toks[-1] == last:
                out.update(t.lower().rstrip(".") for t in titles)
        for m in re.finditer(re.escape(last) + r",\s+(?:a|an|the)\s+([^,.;]{1,80}),", self.text):
            out.update(w.lower() for w in m.group(1).split())
        actor = self.registry.by_name.get(name) if registry else None
        if actor:
            for role in actor.roles:
                out.update(role.split())
        return out

    @property
    def introduced_sides(self) -> dict[str, str]:
        """Sides of people the document introduces with an official role that says whom they
        speak for: "Wang Wentao, the Chinese commerce minister," or "China Coast Guard
        spokesman Liu Dejun" or "Japan's ambassador to Manila, Kazuya Endo," -> the side of
        the nationality or institution named (see _role_side). A name given two sides gets none."""
        if self._introduced_sides is None:
            found: dict[str, set] = {}
            for m in APPOSITIVE_RE.finditer(self.text):
                side = _role_side(m.group(2), self.registry)
                if side:
                    found.setdefault(m.group(1), set()).add(side)
            for m in ROLE_THEN_NAME_RE.finditer(self.text):
                # up to five words before the role, within the line
                before = self.text[max(0, m.start() - 80): m.start()].rsplit("\n", 1)[-1].split()[-5:]
                side = _role_side(" ".join(before + [m.group(1)]), self.registry, bare_countries=True) if before else None
                if side:
                    found.setdefault(m.group(2), set()).add(side)
            self._introduced_sides = {name: sides.pop() for name, sides in found.items() if len(sides) == 1}
        return self._introduced_sides

    def resolve(self, np: str, pos: int) -> Speaker | None:
        """Resolve a speaker noun phrase at *pos* to a Speaker, or None.

        Sides, where the phrase itself names none: a person takes the side the document gave
        them where it introduced them (``introduced_sides``); an unnamed official the side of
        the institution named ("a State Department spokesperson"); and people who speak for
        no government ("Chinese experts", "analysts") have no side."""
        sp = self._resolve(np, pos)
        if sp is None:
            return None
        if sp.kind == "anonymous":
            head = _source_head(sp.name) or _clean_tok(sp.name.split()[-1]).lower()
            if head in NON_OFFICIAL_HEADS:
                return sp if sp.side == "unknown" else Speaker(sp.name, "unknown", sp.pronoun, sp.kind)
        if sp.kind == "institution" and sp.side != "unknown" and self.registry.by_name.get(sp.name) is None \
                and _clean_tok(sp.name.split()[-1]) in NON_OFFICIAL_BODIES:
            return Speaker(sp.name, "unknown", sp.pronoun, sp.kind)  # "China Semiconductor Industry Association"
        if sp.side != "unknown":
            return sp
        side = _PLACE_SIDES_RE.search(sp.name)
        side = PLACE_SIDES[side.group(0).lower()] if side else None
        if side is None and sp.kind == "person":
            side = self.introduced_sides.get(sp.name)
        elif side is None and sp.kind == "anonymous":
            side = _institution_side(sp.name, self.registry)
            words = [w.lower() for w in sp.name.split()]
            if side is None and len(words) >= 2 and words[-1] in OFFICIAL_HEADS and words[-2] in INSTITUTION_WORDS:
                # "a ministry spokeswoman": of the ministry the document named last
                inst = self.resolve_institution(words[-2], pos)
                side = inst.side if inst is not None and inst.side != "unknown" else None
        return Speaker(sp.name, side, sp.pronoun, sp.kind) if side else sp

    def _resolve(self, np: str, pos: int) -> Speaker | None:
        np = np.strip().strip(",")
        if not np:
            return None
        low = np.lower().replace("’", "'")
        if low in PRONOUNS:
            return self.resolve_pronoun(low, pos)
        if low in BOTH_SIDES or f"the {_strip_det(low)}" in BOTH_SIDES:
            return Speaker("both sides", "both sides", "they", "both")
        actor = self.lookup(np) or self.lookup(_strip_det(np))
        if actor:
            return self.actor_speaker(actor)
        if np in COUNTRIES:
            return Speaker(np, NATIONALITY_SIDE.get(np.lower(), "other"), "it", "group")
        # "(the) European Union's foreign policy chief Kaja Kallas", "Kremlin spokesman Dmitry
        # Peskov", "Nvidia Chief Executive Jensen Huang" -> the name at the end
        np2 = _strip_det(np) if re.match(r"(?:[Tt]he|[Aa]n?)\s+(?:[\w.]+\s+){0,2}[\w.]+['’]s\s", np) else np
        m = re.match(r"(?:(?:[\w.]+\s+){0,2}[\w.]+['’]s\s+|(?:[A-Z][\w.&-]*\s+){1,3}(?=[a-z]))?(?:[a-z][\w'’-]*\s+)+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*)$", np2)
        if m is None:
            m = re.match(r"(?:[A-Z][\w.&-]*\s+){1,2}(?:(?:Chief|Executive|Officer|CEO|Chairman|Chairwoman|Founder|Managing|Director)\s+)+"
                         r"((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){1,2})$", np2)
        if m and np2.split()[0].lower() not in {"the", "a", "an"} | PRONOUN_WORDS | DETERMINERS and not re.search(
                r"\b(?:of|for|in|at|and|or|by|from|with|to)\s", np2[: m.start(1)]):
            return self.resolve(m.group(1), pos)
        toks = np.split()
        if len(toks) == 1 and toks[0].lower() in DETERMINERS:
            return None
        if toks[0][:1].isupper() and toks[0].lower() in ROLE_HEADS | {"senior", "top", "western", "foreign", "local", "regional", "military", "government", "administration", "industry", "security", "trade", "defense", "defence"} - {"president", "premier", "secretary", "minister", "chairman", "chair", "ambassador", "envoy"} and len(toks) <= 5 and _is_role_head(toks[-1]):
            toks[0] = toks[0].lower()  # "Analysts said" at the start of a sentence
            np = " ".join(toks)
        last_word = _clean_tok(np.split()[-1])
        if re.search(r"\s(?:and|&)\s", np) and last_word not in INSTITUTION_NAME_WORDS and last_word not in INSTITUTION_HEADS:
            parts = re.split(r"\s(?:and|&)\s", np)
            if len(parts) == 2 and all(p.strip() for p in parts) and not _is_role_head(_clean_tok(parts[0].split()[-1])):
                a, b = (self.resolve(p, pos) for p in parts)
                if a and b and ({a.side, b.side} == {"United States", "China"} or (a.kind != "person" and b.kind != "person" and a.name != b.name)):
                    return Speaker("both sides", "both sides", "they", "both")
                if a and b and a.name == b.name:
                    return a
                if toks[-1][:1].islower():  # "South Korean and Japanese officials"
                    return Speaker(_strip_det(np), "unknown", "they", "anonymous")
                if a and b and a.kind == b.kind == "person":
                    return None  # two people: no single speaker
                return Speaker(_strip_det(np), a.side if a and b and a.side == b.side else "unknown", "they", "group")
        definite = toks[0].lower() in {"the"} or toks[0].lower().endswith(("'s", "’s"))
        first_cap = toks[0][:1].isupper() and toks[0].lower() not in DETERMINERS
        core = [t for t in toks if t.lower() not in {"the", "a", "an"}]
        if not core:
            return None
        # Documents, posts and statements stand for their author: "a Commerce Ministry statement"
        if len(core) > 2 and core[-1].lower() in {"published", "released", "issued", "posted", "carried", "run"} and _clean_tok(core[-2]).lower() in DOCUMENT_HEADS:
            core = core[:-1]
        head = _clean_tok(core[-1]).lower()
        if head in DOCUMENT_HEADS and len(core) > 1:
            inner = " ".join(core[:-2] if head == "sheet" and core[-2].lower() == "fact" else core[:-1])
            if inner.lower().endswith(("'s", "’s")):
                inner = inner[:-2]
            inner = re.sub(r"^(?:joint|official|written|brief|short|separate)\s+", "", inner)
            sp = self.resolve(inner, pos) if inner[:1].isupper() else None
            if sp:
                return sp
        if head in DOCUMENT_HEADS:
            m = re.search(r"\b(?:from|by|of)\s+(.+)$", np)
            return self.resolve(m.group(1), pos) if m else None
        src = _SOURCE_PHRASE_RE.match(np)
        if src:
            display = re.sub(r"^(?:a|an|one)\s+", "", _strip_det(np), flags=re.I)
            if display.split()[0].lower() in DETERMINERS:
                display = display[0].lower() + display[1:]
            head = src.group(2).lower()
            return Speaker(display, _side_from_words(src.group(1).split()),  # the words before the head: "U.S."
                           "they" if head.endswith(("s", "people")) else "", "anonymous")
        # A person and the body they belong to: "Scott Kennedy of the Center for Strategic and
        # International Studies" is Scott Kennedy (not an institution of that name).
        person = _person_of_body(np)
        if person:
            sp = self.resolve(person, pos)
            if sp is not None and sp.kind == "person":
                return sp
        # Institutions: "the Commerce Ministry", "China's Foreign Ministry"
        bare = toks[1:] if toks[0].lower() in {"the", "a", "an"} and len(toks) > 1 else toks
        inst = re.split(r"\s+(?:in|at)\s+", " ".join(bare))[0].split()
        owner = []
        poss = [i for i, t in enumerate(inst[:-1]) if t.endswith(("'s", "’s")) and t[:1].isupper()]
        if poss:
            owner, inst = inst[: poss[0] + 1], inst[poss[0] + 1:]  # "Japan's Foreign Ministry" -> "Foreign Ministry"
        is_inst = any(_clean_tok(t).rstrip(".") in INSTITUTION_HEADS or _clean_tok(t).lower() in INSTITUTION_WORDS for t in inst[-1:])
        is_inst = is_inst or (len(inst) > 1 and all(t[:1].isupper() or t.lower() in {"of", "for", "and", "the", "on"} for t in inst)
                              and _clean_tok(inst[-1]) in INSTITUTION_NAME_WORDS)
        if inst and is_inst:
            name = " ".join(_clean_tok(t) for t in inst)
            actor = self.lookup(name) or (None if owner else self.lookup(" ".join(_clean_tok(t) for t in core)))
            owner_side = _side_from_words(owner) if owner else ""
            if actor and (not owner or owner_side == actor.side or self.lookup(" ".join(owner + inst))):
                return self.actor_speaker(actor)
            if owner:
                return Speaker(name, owner_side, "it", "institution")
            if inst[-1][:1].islower() and inst[0].lower() in {"the", "a", "an"}:
                name = " ".join(_clean_tok(t) for t in inst[1:])
            if name.lower() in ROLE_HEADS or name.lower() in INSTITUTION_WORDS:
                sp = self.resolve_role(name.lower(), pos, toks[0].lower() == "the")
                if sp:
                    return sp
            return Speaker(name, _side_from_words(core), "it", "institution")
        if any(_clean_tok(t).rstrip(".") in INSTITUTION_HEADS and not (i + 1 < len(core) and _clean_tok(core[i + 1]).lower() in TITLE_WORDS)
               for i, t in enumerate(core)) and core[-1][:1].isupper():  # not "Chief Cabinet Secretary Yoshimasa Hayashi"
            full = toks[1:] if toks[0].lower() in {"the", "a", "an"} else toks
            name = " ".join(_clean_tok(t) for t in (full[1:] if full[0].lower().endswith(("'s", "’s")) else full))
            actor = self.lookup(name)
            if actor:
                return self.actor_speaker(actor)
            return Speaker(name, _side_from_words(core), "it", "institution")
        if len(core) > 1 and core[0].endswith(("'s", "’s")) and core[0][:1].isupper() and core[1][:1].isupper():
            sp = self.resolve(" ".join(core[1:]), pos)
            if sp:
                return sp
        caps = [t for t in core if t[:1].isupper()]
        if len(caps) == len(core) or (first_cap and core[-1][:1].isupper()):
            titles, rest = _split_titles(core)
            rest = [_clean_tok(t) for t in rest if t not in CONNECTORS]  # "bin Salman" goes, "Jiang Bin" stays
            rest = [t for i, t in enumerate(rest) if t and (t not in NON_NAME_WORDS or (t == "He" and i + 1 < len(rest)))]
            if " of " in " ".join(rest) and len(rest) > 3:
                # "Zhang Yuxin of Xiamen University's Taiwan Research Institute" -> the person
                head, _, tail = " ".join(rest).partition(" of ")
                if 2 <= len(head.split()) <= 3 and any(w.strip("'’s") in INSTITUTION_HEADS or w in INSTITUTION_NAME_WORDS or w.startswith("Universit") for w in tail.split()):
                    rest = head.split()
            if rest:
                name = " ".join(rest)
                actor = self.lookup(name)
                if actor:
                    return self.actor_speaker(actor)
                if len(rest) <= 2:
                    full = self.fullest_name(name, pos)
                    if full:
                        actor = self.lookup(full[0])
                        if actor:
                            return self.actor_speaker(actor)
                        return Speaker(full[0], _side_from_words(titles + full[1]), "", "person")
                    regs = self.registry.surname(rest[0]) if len(rest) == 1 else []
                    if regs:
                        seen = [(self.mentioned(a, len(self.text), surname=len(regs) == 1), a) for a in regs]
                        seen = [x for x in seen if x[0] >= 0]
                        if len(regs) == 1 or seen:
                            return self.actor_speaker(max(seen, key=lambda x: x[0])[1] if seen else regs[0])
                    if len(rest) == 1 and rest[0].upper() == rest[0] and len(rest[0]) > 1:
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
        if definite:
            sp = self.resolve_role(_strip_det(role), pos, True)
            if sp:
                return sp
        if not _is_role_head(_clean_tok(core[-1])) and not toks[0].lower() in {"a", "an", "the", "one", "another"}:
            return None
        display = _strip_det(" ".join(_clean_tok(t) for t in toks))
        if toks[0].lower() in {"a", "an", "one", "another"}:
            display = role
        first = display.split()[0] if display else ""
        if first[:1].isupper() and first.lower() in ROLE_HEADS | DETERMINERS | {"senior", "top", "chinese", "western"} - {"chinese"}:
            display = first.lower() + display[len(first):]
        plural = _clean_tok(core[-1]).lower().endswith("s")
        return Speaker(display, _side_from_words(core), "they" if plural else "", "anonymous")

    def remember(self, pos: int, sp: Speaker | None) -> None:
        if sp is not None:
            self.salience.append((pos, sp))


INSTITUTION_HEADS_LOWER = {h.lower() for h in INSTITUTION_HEADS}
PRONOUN_WORDS = set(PRONOUNS)
COUNTRIES = {
    "Japan", "South Korea", "North Korea", "Korea", "Taiwan", "the Philippines", "Philippines", "Vietnam",
    "India", "Australia", "Russia", "Ukraine", "Britain", "France", "Germany", "Italy", "Canada",
    "Indonesia", "Malaysia", "Singapore", "Thailand", "Iran", "Israel", "Pakistan", "Brazil",
    "Mexico", "Tokyo", "Seoul", "Manila", "Hanoi", "New Delhi", "Canberra", "Moscow", "Kyiv",
    "London", "Paris", "Berlin", "Brussels", "Taipei", "Pyongyang", "Ottawa", "Jakarta",
}
# Capitalised words that make a name an institution's ("Customs and Border Protection")
INSTITUTION_NAME_WORDS = {
    "Customs", "Protection", "Resources", "Affairs", "Security", "Defense", "Defence", "Control",
    "Prevention", "Development", "Industry", "Trade", "Commerce", "Energy", "Health", "Services",
    "Management", "Enforcement", "Immigration", "Relations", "Studies", "Research", "Statistics",
    "Fisheries", "Staff", "Intelligence", "Investigation", "Justice", "Treasury", "Finance",
    "Cooperation", "Exchange", "Reserve", "Aviation", "Maritime", "Coast", "Forces", "Chiefs",
}
# Role nouns for a person ("the official", "the spokeswoman"), as opposed to institutions.
PERSON_HEADS = {
    "official", "diplomat", "spokesperson", "spokesman", "spokeswoman", "minister", "secretary",
    "president", "premier", "leader", "envoy", "ambassador", "negotiator", "adviser", "advisor",
    "aide", "lawmaker", "senator", "professor", "scholar", "researcher", "analyst", "expert",
    "chairman", "chair", "officer", "commander", "general", "admiral", "economist", "executive",
    "representative", "counterpart", "student", "man", "woman", "source", "delegate",
}
# Paragraph labels that do not name a speaker ("Note: ...", "Update: ...")
NOT_SPEAKER_LABELS = {
    "note", "notes", "update", "updated", "editor's note", "editor’s note", "correction", "source", "sources",
    "photo", "video", "related", "read more", "watch", "listen", "disclaimer", "background", "context",
    "summary", "key points", "highlights", "analysis", "opinion", "warning", "advertisement", "tags",
    "topics", "location", "date", "time", "venue", "subject", "re", "attention", "important", "ps", "p.s",
    "see also", "also read", "more", "fact check", "bottom line", "why it matters", "what's next",
    "the big picture", "between the lines", "driving the news", "go deeper", "what they're saying",
}
# Lower-case institution heads ("the Philippine coast guard", "Chinese state media")
INSTITUTION_WORDS = INSTITUTION_HEADS_LOWER | {
    "guard", "media", "embassy", "ministry", "military", "police", "navy", "army", "authorities",
    "regulator", "regulators", "company", "firm", "think", "tank", "institute", "bloc", "alliance",
    "council", "committee", "parliament", "court", "government", "administration", "mission",
    "consulate", "agency", "office", "department", "forces", "spokesperson's",
}


NOT_HEADS = {"time", "day", "week", "year", "month", "way", "same", "other", "rest", "end", "moment", "meeting",
             "talks", "visit", "trip", "call", "event", "issue", "matter", "question", "point", "case"}


def _is_role_head(word: str) -> bool:
    """A noun that can head a speaker phrase ("officials", "presidents", "spokeswoman")."""
    w = word.lower().replace("’", "'")
    return w in ROLE_HEADS or (w.endswith("s") and w[:-1] in ROLE_HEADS) or (w.endswith("es") and w[:-2] in ROLE_HEADS)


# What "citing ..." must name to be a source of speech ("citing officials", "citing a
# ministry statement") and not a reason ("citing fines and raids", "citing weak demand").
_SOURCE_WORDS = re.compile(
    r"\b(?:officials?|sources?|people|persons?|diplomats?|aides?|spokes(?:man|woman|person|people)|"
    r"statements?|reports?|readouts?|data|figures|surveys?|analysts?|experts?|ministry|ministries|"
    r"agency|agencies|media|outlets?|newspapers?|documents?|memos?|briefings?|officers?|insiders?|"
    r"authorities|government|embassy|department|office|minister|secretary|envoy|ambassador|"
    r"president|leaders?|negotiators?|lawmakers?|senators?|testimony|remarks|interview|transcript)\b", re.I)


def _cites_a_source(marker: str, np_text: str) -> bool:
    """True unless *marker* is "citing" and *np_text* names a reason rather than a source:
    a source is a name (a capitalised word first) or a phrase with a word such as "officials",
    "sources", "a statement", "data"."""
    if not marker.lower().startswith("citing"):
        return True
    words = [w for w in np_text.split() if w.lower() not in {"the", "a", "an", "two", "three", "several", "unnamed", "anonymous"}]
    return bool(words) and (words[0][:1].isupper() or bool(_SOURCE_WORDS.search(np_text)))


# "Wang Wentao, the Chinese commerce minister," / "Kurt Campbell, a senior U.S. diplomat,":
# a capitalised name, a comma, and a noun phrase opened by an article or a possessive.
APPOSITIVE_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,3}),[ ]+((?:the|a|an|[A-Z][\w.]*['’]s)[ ]"
    r"(?:[^,;:.“”\"\n]|\.(?=\S)){2,80}?)(?=[,;:]|\.(?:\s|$))"
)
# Nationality words that say whom a person speaks for ("a Chinese minister", "China's envoy"),
# unlike a bare country name, which may be a subject of study ("a China expert").
_SIDE_ADJECTIVES = {w for w in NATIONALITY_SIDE if w not in {"china", "beijing", "washington", "japan", "taiwan",
                                                              "korea", "russia", "ukraine", "india", "australia",
                                                              "britain", "france", "germany", "philippines"}}
# "US ambassador MaryKay Carlson", "China Coast Guard spokesman Liu Dejun", "Japan's ambassador to
# Manila, Kazuya Endo": an official role (and where), then the name; the words before the role
# (up to five) are looked at apart, so that the regex only starts at a role word.
ROLE_THEN_NAME_RE = re.compile(
    r"(?<![\w'’-])((?i:" + "|".join(sorted(OFFICIAL_HEADS, key=len, reverse=True))
    + r"))(?:[ ]+(?:to|in|for|at)[ ]+(?:the[ ]+)?[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)?)?,?[ ]+"
    r"([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,2})(?![\w'’-])")


_PLACE_SIDES_RE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_SIDES, key=len, reverse=True)) + r")\b", re.I)


def _institution_side(phrase: str, registry: Registry) -> str | None:
    """The side of a US or Chinese institution of the registry named in *phrase* ("a State
    Department spokesperson" -> United States), else None."""
    low = f" {phrase.lower()} "
    for alias, side in registry.institution_sides:
        if f" {alias} " in low:
            return side
    return None


def _role_side(phrase: str, registry: Registry, bare_countries: bool = False) -> str | None:
    """The side a role phrase gives its person: a nationality word (with *bare_countries*,
    also a country name: "China Coast Guard spokesman") or a registry institution, with an
    official role within the next four words ("the Chinese commerce minister" -> China,
    "a China expert" -> None); else None."""
    words = [_clean_tok(w).lower() for w in phrase.split()]
    if not any(w in OFFICIAL_HEADS for w in words):
        return None
    for i, w in enumerate(words):
        if (w in _SIDE_ADJECTIVES or (bare_countries and w in NATIONALITY_SIDE)) and any(x in OFFICIAL_HEADS for x in words[i + 1:i + 5]):
            return NATIONALITY_SIDE[w]
    return _institution_side(phrase, registry)


# Unnamed sources described by what they know: "people familiar with the matter", "a person
# briefed on the talks", "two sources close to the negotiations".
_SOURCE_HEADS = r"(?:people|persons?|sources?|officials?|diplomats?|individuals?|insiders?|executives?|aides?)"
_SOURCE_POSTMOD = (r"(?:familiar with|briefed on|with(?: direct)? knowledge of|knowledgeable about|close to|"
                   r"involved in|aware of|privy to)")
_SOURCE_PHRASE_RE = re.compile(
    r"(?:(?:a|an|the|one|two|three|four|five|several|some|many|other)\s+)?((?:[\w.'’-]+\s+){0,3}?)(" + _SOURCE_HEADS
    + r")\s+" + _SOURCE_POSTMOD + r"\s+\S", re.I)
_SOURCE_AT_END_RE = re.compile(
    r"(?<![\w'’-])(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther)\s+)?"
    r"(?:[\w.'’-]+\s+){0,2}?" + _SOURCE_HEADS + r"\s+" + _SOURCE_POSTMOD + r"\s+(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+$", re.I)


def _source_head(name: str) -> str | None:
    """"people familiar with the matter" -> "people"; None for other phrases."""
    m = _SOURCE_PHRASE_RE.match(name)
    return m.group(2).lower() if m else None


_INFINITIVE_RE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b|this\b|that\b)[a-z]+\b")

# "The following is attributable to Spokesperson Matthew Miller:" (US statements)
ATTRIBUTABLE_RE = re.compile(r"\s*(?:The following|The below|Below|What follows)(?: statement)? (?:is|are) attributable to (.+?)\s*[:.]?\s*$", re.I)

# A participle cue that opens a second reported clause: "..., he said, noting that ..."
ING_CUE_RE = re.compile(r"(noting|adding|saying|stressing|warning|arguing|insisting|explaining|pointing out|"
                        r"emphasizing|emphasising|underscoring|acknowledging|calling on|urging)\s+(?:that\s+)?")

_SECOND_CLAUSE_RE = re.compile(r",\s+" + ING_CUE_RE.pattern)

_NOT_PERSON_HEAD_WORDS = {"Republic", "States", "Kingdom", "Union", "Emirates", "Islands", "Nations", "Sea", "Strait"}


def _person_of_body(np: str) -> str | None:
    """"Bonnie Glaser of the German Marshall Fund" -> "Bonnie Glaser": the capitalised words
    before the first "of" when they end in a name (not a title, as in "Secretary of State",
    nor an institution, as in "Ministry of Commerce") and the words after it name a body."""
    head, sep, tail = np.partition(" of ")
    if not sep:
        return None
    words = head.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) or any(w.endswith(("'s", "’s")) for w in words):
        return None
    last = _clean_tok(words[-1])
    if (last.lower() in TITLE_WORDS or last.rstrip(".").lower() in TITLE_WORDS or last in INSTITUTION_HEADS
            or last in INSTITUTION_NAME_WORDS or last in _NOT_PERSON_HEAD_WORDS or last.lower() in ROLE_HEADS
            or len(last) < 2 or last.isupper()):
        return None
    body = [_clean_tok(w) for w in tail.split()]
    if tail.strip() in COUNTRIES or tail.strip().lower() in NATIONALITY_SIDE:  # "Wang Yi of China"
        return head
    if not any(w in INSTITUTION_HEADS or w in INSTITUTION_NAME_WORDS or w.startswith("Universit") for w in body):
        return None
    return head


def _is_appositive(head: str) -> bool:
    """True when *head* ("The U.S. ambassador in Manila,") is a short noun phrase that
    introduces the name after it, rather than a clause."""
    h = head.rstrip().rstrip(",").strip()
    words = h.split()
    return 0 < len(words) <= 7 and words[0].lower() in {"the", "a", "an", "his", "her", "their", "its"} | {"china's", "china’s"} and not CUE_RE.search(h) and not re.search(r"\b(?:is|are|was|were|will|would|has|have|had)\b", h)


def _split_titles(toks: list[str]) -> tuple[list[str], list[str]]:
    """Split leading title words ("Secretary of State") from the name that follows."""
    i = 0
    while i < len(toks) - 0:
        t = _clean_tok(toks[i]).lower()
        if t in {"to", "for"} and i > 0 and i + 2 < len(toks):
            # "Ambassador to the Philippines MaryKay Carlson"
            j = i + 1 + (toks[i + 1].lower() == "the")
            if j + 1 < len(toks) and toks[j][:1].isupper():
                i = j + 1
                continue
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
    s = re.sub(r"\s*\([^()]{0,40}\)", lambda m: " " * len(m.group(0)), s).rstrip()  # "(R-Ind.)"
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
    # "a person familiar with the deliberations": the source, not the deliberations
    m = _SOURCE_AT_END_RE.search(s)
    if m:
        return s[m.start():], m.start()
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
            if w == "to" and i > 0 and _clean_tok(toks[i - 1].group(0)).lower() in {"ambassador", "envoy", "representative", "delegate", "emissary"}:
                i -= 1  # "U.S. Ambassador to Japan Rahm Emanuel"
                continue
            if w.lower() in {"of", "the", "for", "de", "van", "von", "bin", "al"}:
                k2 = i
                while k2 > 0 and toks[k2 - 1].group(0).lower() in {"of", "the", "for", "de"}:
                    k2 -= 1
                if k2 > 0 and toks[k2 - 1].group(0)[:1].isupper() and not re.search(r"[,;:!?)\]”\"]$", toks[k2 - 1].group(0)):
                    i = k2 - 1
                    continue
            break
        j = i + 1
        # include a leading "the" and lower-case role words before it ("the senior Chinese official")
        while j < len(toks) and toks[j].group(0) in NON_NAME_WORDS and not (
            toks[j].group(0) == "He" and j + 1 == len(toks) - 1 and toks[j + 1].group(0)[:1].isupper()
        ):
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
        if last.endswith(("'s", "’s")):
            return None  # "Wang's remarks": a possessive is not a subject
        if j >= 2 and toks[j - 1].group(0) in {"and", "&"}:
            first = _np_at_end(s[: toks[j - 1].start()].rstrip())
            if first and first[0].split()[-1][:1].isupper():
                return s[first[1]:], first[1]
        # "the Chinese embassy in Washington", "the U.S. Embassy in Manila"
        if j >= 2 and toks[j - 1].group(0).lower() in {"in", "at"}:
            prev = _np_at_end(s[: toks[j - 1].start()].rstrip())
            if prev and _clean_tok(prev[0].split()[-1]).lower() in INSTITUTION_WORDS:
                return s[prev[1]:], prev[1]
        return s[start:], start
    # Lower-case role phrase ending in a role noun: "the senior Chinese official", "analysts"
    if not _is_role_head(_clean_tok(last).lower()) and _clean_tok(last).lower() not in INSTITUTION_WORDS:
        # any short determiner phrase ending in a noun: "a ministry employee"
        k = len(toks) - 1
        while k > 0 and len(toks) - k <= 4:
            w = toks[k - 1].group(0).lower()
            if w in {"a", "an", "the", "one", "another"}:
                words = [t.group(0) for t in toks[k:]]
                if all(t.isalpha() or re.fullmatch(r"[\w.'’-]+", t) for t in words) and not re.search(r"ly$|ing$", words[-1]) and words[-1].lower() not in NOT_HEADS:
                    return s[toks[k - 1].start():], toks[k - 1].start()
                return None
            if not re.fullmatch(r"[\w.'’-]+", w) or w in {"and", "or", "but", "that", "which", "who", "to", "of", "in", "on", "at", "by", "with", "for", "from"}:
                return None
            k -= 1
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


def _np_at_start(body: str) -> str | None:
    """The noun phrase that opens *body*: a pronoun, a capitalised name with titles
    ("Chinese Ambassador Xie Feng"), or a determiner phrase ending in a role noun."""
    toks = re.findall(r"\S+", body)
    if not toks:
        return None
    first = _clean_tok(toks[0])
    if first.lower() in PRONOUNS and first.lower() not in {"him", "her"}:
        return first
    out = []
    if first[:1].isupper() and first not in NON_NAME_WORDS - {"The"}:
        for t in toks:
            ct = t.rstrip(",;:.!?")
            if ct[:1].isupper() or (out and t.lower() in {"of", "the", "for"}) or (not out and t == "The"):
                out.append(ct)
                if ct != t and not re.fullmatch(r"(?:[A-Z]\.)+", t):
                    break
                continue
            break
        while out and out[-1].lower() in {"of", "the", "for"}:
            out.pop()
        if out and not (len(out) == 1 and out[0] == "The"):
            if out[0] == "The" and len(toks) > len(out):
                # "The senior Chinese official", "The Philippine coast guard"
                more = []
                for t in toks[len(out):len(out) + 5]:
                    ct = _clean_tok(t).lower()
                    more.append(t.rstrip(",;:.!?"))
                    if _is_role_head(ct) or ct in INSTITUTION_WORDS:
                        tail = toks[len(out) + len(more):]
                        if tail and tail[0].lower() in {"from", "by", "of"}:
                            extra = [tail[0]]
                            for t in tail[1:8]:
                                if t[:1].isupper() or t.lower() in {"the", "of", "for"}:
                                    extra.append(t.rstrip(",;:.!?"))
                                    if t != t.rstrip(",;:.!?"):
                                        break
                                else:
                                    break
                            if len(extra) > 1:
                                return " ".join(out + more + extra)
                        return " ".join(out + more)
                    if t != t.rstrip(",;:.!?") or not t.isalpha():
                        break
            return " ".join(out)
    if first.lower() in DETERMINERS or first.lower().endswith(("'s", "’s")):
        out = [toks[0]]
        for t in toks[1:7]:
            ct = _clean_tok(t).lower()
            out.append(t.rstrip(",;:.!?"))
            if _is_role_head(ct) or ct in INSTITUTION_WORDS:
                return " ".join(out)
            if t != t.rstrip(",;:.!?"):
                break
    return None


def np_after(s: str) -> str | None:
    """The speaker phrase right after an inverted cue: ", said Wang Wenbin, a spokesman"."""
    m = re.match(r"\s*((?:the|a|an)\s+)?((?:(?-i:(?:[A-Z]\.)+)|[^,.;:!?“”\"]){1,80})", s, re.I)
    if not m:
        return None
    phrase = (m.group(1) or "") + m.group(2)
    # stop before a following clause ("said Wang in a statement")
    phrase = re.split(r"\s+(?:in|on|at|during|after|before|when|while|to|of a|at a|who|which|told|adding|saying|according|last|this|on)\s", phrase)[0]
    return phrase.strip() or None


class _Extractor:
    def __init__(self, text: str, sentences, registry: Registry, title: str = ""):
        self.d = _Doc(text, [(p, s, e) for p, s, e in sentences], registry, title)
        self.text = text
        self.out: list[Statement] = []
        self.claimed: list[tuple[int, int]] = []  # text spans used by direct quotes and attributions
        self.used_quotes: set[int] = set()  # start offsets of quotes already consumed

    # ---------------------------------------------------------------------------
    def attributed_statement(self) -> tuple[Speaker, int] | None:
        """(speaker, paragraph) of a line "The following is attributable to Spokesperson
        Matthew Miller:" that opens a statement, else None."""
        if "ttributable to" not in self.text:
            return None
        seen = set()
        for p, s, e in self.d.sents:
            if p in seen:
                continue
            seen.add(p)
            m = ATTRIBUTABLE_RE.match(self.text[s:e])
            if m:
                sp = self.d.resolve(m.group(1), s + m.start(1))
                return (sp, p) if sp is not None else None
        return None

    def run(self) -> list[Statement]:
        turns = self.transcript_turns()
        attributed = None if turns else self.attributed_statement()
        found_in_para: dict[int, int] = {}
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
            found_in_para[para] = found_in_para.get(para, 0) + len(self.out) - n_before
        if attributed is not None:
            # after "The following is attributable to X:", a paragraph with no reported speech
            # of its own is X's statement, word for word
            sp, at = attributed
            spans: dict[int, tuple[int, int]] = {}
            for para, s, e in self.d.sents:
                if para > at:
                    a, b = spans.get(para, (s, e))
                    spans[para] = (min(a, s), max(b, e))
            for para, (a, b) in sorted(spans.items()):
                if not found_in_para.get(para):
                    self.add_turn(sp, a, b)
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
        labels = {p: v for p, v in labels.items() if v[0].lower() not in NOT_SPEAKER_LABELS}
        if len(labels) < 2 or len({v[0] for v in labels.values()}) < 2:
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
        if clean.upper() in {"A", "ANSWER"}:
            # "Q: ... A: ...": the answers are those of the person the headline names
            # ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference")
            for at, _titles, toks in self.d.names:
                if at < 0 and len(toks) >= 2:
                    sp = self.d.resolve(" ".join(toks), 0)
                    if sp is not None and sp.kind == "person":
                        return sp
            return Speaker("ANSWER", "unknown", "", "anonymous")
        words = clean.split()
        titles, rest = _split_titles(words)
        keep = rest or words
        if len(keep) == 1 and keep[0].isupper() and len(keep[0]) <= 5 and not self.d.fullest_name(keep[0].title(), len(self.text)) and not self.d.registry.surname(keep[0].title()):
            return Speaker(keep[0], "unknown", "it", "institution")  # an outlet such as AFP, CCTV
        name = " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in keep)
        actor = self.d.lookup(name)
        if actor:
            return self.d.actor_speaker(actor)
        if len(rest) == 1:
            regs = self.d.registry.surname(name)
            full = self.d.fullest_name(name, len(self.text))
            if full:
                a = self.d.lookup(full[0])
                return self.d.actor_speaker(a) if a else Speaker(full[0], _side_from_words(full[1]), "", "person")
            if len(regs) == 1:
                return self.d.actor_speaker(regs[0])
        return Speaker(name, _side_from_words(titles), "", "person")

    def add_turn(self, sp: Speaker, start: int, end: int) -> None:
        body = self.text[start:end]
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
            for qm in _QUOTE_MARK_RE.finditer(seg, i):  # only quote marks change the state
                i = qm.start()
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
            if open_at is not None and open_at - 1 == ps:
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
        if vl in THAT_ONLY and not re.match(r"\s*(?:,\s*)?(?:that\b|[,:]?\s*[“\"«]|[,.;]|$)", tail):
            return None
        if vl.startswith("agree"):
            if not re.match(r"\s+(?:that|to|with|on the need|in principle)\b", tail):
                return None
            return verb, len(verb)
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
        p_start = self._para_start(para)
        words = len(re.findall(r"\w+", " ".join(text[a:b] for a, b in pieces)))
        # 1. attribution after the closing mark, within the sentence that holds the mark
        last_si = self.d.sent_index(max(q_end - 1, q_start))
        last_para, _, last_e = self.d.sents[last_si]
        if last_si + 1 < len(self.d.sents) and self.d.sents[last_si + 1][0] == last_para:
            nxt = text[self.d.sents[last_si + 1][1]:self.d.sents[last_si + 1][2]]
            pure = re.fullmatch(r"\s*(?:[—–]\s*)?(?:(?:\S+\s+){0,5}?(?:\w+ly\s+)?%s|%s\s+(?:\S+\s*){1,8})[.!?]?\s*" % (CUE_RE.pattern, CUE_RE.pattern), nxt)
            if close_end > last_e or (
                not text[close_end:last_e].strip() and len(nxt.split()) <= 10 and pure
            ):
                last_e = self.d.sents[last_si + 1][2]  # “...?” Wang asked.
        after = text[close_end:max(last_e, close_end)]
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
            if prev and prev[0].rstrip().endswith(":"):
                pt, pstart = prev
                got = self.attribution_before(pt.rstrip(), pstart, pstart + len(pt.rstrip()), q_end, q_end)
                if got and got != "indirect":
                    speaker, cue, cue_at = got
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
        body = " ".join(" ".join(text[a:b].split()) for a, b in pieces)
        st = Statement(speaker, kind, cue, "", body, q_start, q_end)
        self.out.append(st)
        self.claimed.append((open_pos, max(close_end, attr_end or close_end)))
        self.d.remember(q_start, speaker)
        # 3. a second quote right after the attribution joins: "A," he said, "B." (also
        # after an aside: "A," said Senator Marsh, a Republican, "B.")
        if attr_end is not None:
            rest = text[attr_end:self._para_end(last_para)]
            m = re.match(r"[^.!?“”\"«»]{0,80}?[,.:;]?\s*([“\"«])", rest)
            if m and not re.search(r"\b(?:and|but|while|as)\s*[“\"«]$", m.group(0)):
                nxt_open = attr_end + m.end()
                for q in all_quotes:
                    if q[0][0] == nxt_open and q[0][0] not in self.used_quotes:
                        st.text = f"{st.text} {' '.join(' '.join(text[a:b].split()) for a, b in q)}"
                        st.end = q[-1][1]
                        self.claimed.append((attr_end, q[-1][1] + 1))
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
        m = re.match(r"\s*(?:—|–|--)\s*((?:[A-Z]\.)+[^;!?]{1,100}|[A-Z][^.;!?]{1,100})", after.split("\n")[0]) if re.match(r"\s*(?:—|–|--)", after) else None
        if m and not CUE_RE.match(m.group(1)):
            phrase = np_after(m.group(1))
            sp = self.d.resolve(phrase, offset + m.start(1)) if phrase else None
            if sp:
                return sp, "—", offset + m.start(1) + len(phrase)
        for cm in CUE_RE.finditer(window):
            pre = window[: cm.start()]
            cue = self._cue_text(cm, window[cm.end():])
            if not cue:
                continue
            if re.search(r"[.!?]\s", pre.lstrip(" ,.!?")) or len(re.findall(r"\w+", pre)) > 14:
                return None
            pre_stripped = pre.strip(" ,—–-")
            if not re.search(r"\w", pre_stripped) or pre_stripped.lower() in {"so", "as", "thus"}:
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
        if m is None or (b.endswith(":") and len(re.findall(r"\w+", b[m.end():])) > 6):
            if b.endswith(":"):
                # lead-in without a reporting verb: "Lloyd Austin was blunt:"
                sp = self.sentence_subject(sent_start, sent_start + len(b))
                return (sp, ":", sent_start + len(b) - 1) if sp else None
            return None
        between = b[m.end():]
        cue = self._cue_text(m, between)
        if not cue:
            return None
        between = b[m.start() + cue[1]:]
        bw = between.strip()
        lead_ok = re.fullmatch(r"[,:]?", bw) or re.fullmatch(
            r"(?:\s*(?:to\s+)?(?:reporters|journalists|the media|the press|lawmakers|an audience|the audience|state media|state television|students|delegates|the committee|a news conference|a press conference|a briefing|in a statement|in a post\b[^,:]*|on (?:X|Twitter|Weibo|Facebook)|in an interview\b[^,:]*|in remarks\b[^,:]*|in a speech\b[^,:]*|at a [^,:]*|during [^,:]*|on [A-Z]\w+day|afterwards|afterward|later|then|again|yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in (?:a|an|his|her|their) (?:statement|post|interview|speech|message|letter|op-ed|video)(?:\s+(?:on|to|in|at)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?|,|:)\s*)*[,:]?",
            bw,
            re.I,
        )
        if not lead_ok and re.fullmatch(r"(?:(?:on|in|at|to|via|during|after|before|from|through|with)\s+[^,:;“”\"]{1,60}?)?\s*[,:]", bw):
            lead_ok = True  # "wrote on his Truth Social platform:"
        if not lead_ok or re.search(r"\bthat\b", bw):
            return "indirect" if bw else None
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
        return self._inside_quote_text(self.text[s:pos])

    def _clause_after_cue(self, sent: str, rest_start: int, verb: str) -> int:
        """Where the reported clause starts after a cue: skips "that", adverbs
        ("said privately that"), a short prepositional phrase before "that" ("stressed in
        his remarks that") and the object of "told reporters (that)"."""
        rest = sent[rest_start:]
        m = re.match(r"(?:\s*,?\s*(?:\w+ly|again|also|later|then|on \w+day|yesterday|today)\b)*\s*,?\s*that\b\s*", rest)
        if m:
            return rest_start + m.end()
        m = re.match(r"\s*(?:(?:in|at|on|during|after|before|to|via|through|with|from|over)\b[^,;:“”\"]{0,60}?|[^,;:“”\"]{0,60}?)\s+that\b\s*", rest)
        if m and verb in OBJECT_VERBS and _INFINITIVE_RE.search(rest[: m.end()]):
            m = None  # "urged the PRC to stop selling goods that sustain ...": "that" is a relative
        if m and (verb in OBJECT_VERBS or re.match(r"\s*(?:in|at|on|during|after|before|to|via|through|with|from|over)\b", rest)):
            return rest_start + m.end()
        if verb in {"told", "tells", "telling"}:
            m = re.match(r"\s*(?:the\s+)?(?:(?:[A-Z][\w.&'’-]*|of)\s+){0,3}[A-Z][\w.&'’-]*\s+(?=(?:the|a|an|it|he|she|they|we|China|Beijing|Washington|[a-z]+)\b)", rest)
            if m and not re.match(r"\s*(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+)*(?:that|on|in|at|after|before|during)\b", rest[m.end():]):
                return rest_start + m.end()
            low = rest.lower().lstrip()
            for obj in sorted(TOLD_OBJECTS, key=len, reverse=True):
                if low.startswith(obj + " "):
                    return rest_start + len(rest) - len(rest.lstrip()) + len(obj)
        return rest_start

    @staticmethod
    def _trim_clause(clause: str) -> str:
        clause = clause.rstrip().rstrip(" ,;")
        while clause and clause[-1] in ".!?" and not re.search(r"(?:[A-Z]\.){2,}$", clause):
            clause = clause[:-1]
        if clause.endswith(("”.", '".')):
            clause = clause[:-1]
        if re.search(r"\w[.!?][”\"]$", clause) and clause.count(clause[-1]) % 2 == 0 or re.search(r"\w[.!?]”$", clause):
            clause = clause[:-2] + clause[-1]  # 'were "long overdue."' -> 'were "long overdue"'
        return clause

    def handle_indirect(self, si: int, s: int, e: int, sent: str) -> None:
        acc = next(ACCORDING_RE.finditer(sent), None)
        made = False
        for cm in CUE_RE.finditer(sent):
            a = s + cm.start()
            if self._in_claimed(a, a + len(cm.group(0))) or self._inside_quote(a, s, e):
                continue
            cue = self._cue_text(cm, sent[cm.end():])
            if not cue:
                continue
            pre = sent[: cm.start()]
            verb = cm.group(1).lower()
            pre_r = pre.rstrip()
            if re.search(r"\b(?:which|that|who|whom|what)\s*$", pre_r, re.I) and not pre_r.endswith(","):
                continue
            # negated or passive speech is no statement: "did not say", "was asked about"
            if re.search(r"(?:\b(?:not|never|n't|declined to|refused to|neither|nor|no one|nobody|was|were|been|being|be|to)\s+(?:\w+ly\s+)?)$", pre_r + " ", re.I) and not re.search(r"quoted as\s*$", pre_r):
                continue
            if re.match(r"\s*(?:neither|no)\b", pre, re.I) and len(pre.split()) <= 3:
                continue
            npb = np_before(pre)
            if npb is not None and npb[1] > 0:
                # ", Ministry of Commerce spokesperson He Yadong said": the title belongs to the name
                pm = re.search(r"[,—–]\s*((?:[\w.'’-]+\s+){1,6})$", pre[: npb[1]])
                if pm and _clean_tok(pm.group(1).split()[-1]).lower() in OFFICIAL_HEADS | TITLE_WORDS and not CUE_RE.search(pm.group(1)):
                    npb = (pre[pm.start(1):], pm.start(1))
            np_pos = s
            sp = None
            if npb is None and verb.endswith("ing") and pre_r.endswith(","):
                # "..., adding that ...": the speaker of the clause it hangs on
                prev = [st for st in self.out if s <= st.start < a or (st.kind == "direct" and s <= st.end + 2 <= a + 2 and st.start < a)]
                sp = prev[-1].speaker if prev else self.sentence_subject(s, a)
            elif npb is None and re.search(r"\b(?:but|and)\s*$", pre_r):
                sp = self.sentence_subject(s, a)
            elif npb is not None:
                sp = self.d.resolve(npb[0], s + npb[1])
                np_pos = s + npb[1]
            if sp is None:
                continue
            after = sent[cm.start() + cue[1]:]
            # postposed attribution: "China will retaliate, the ministry said (in a statement)."
            if npb is not None and npb[1] > 0 and re.search(r"[,—–]\s*$", pre[: npb[1]]) and not re.search(r"\bthat\b", after) and not _is_appositive(pre[: npb[1]]) and POSTPOSED_TAIL_RE.fullmatch(after):
                head = pre[: npb[1]].rstrip().rstrip(",—–").rstrip()
                parenthetical = False
                clause = self._trim_clause(head)
                start = s
                if len(re.findall(r"\w+", clause)) >= 3 and not self._in_claimed(start, start + len(clause)):
                    self.out.append(Statement(sp, "indirect", cue[0], "", " ".join(clause.split()), start, start + len(clause)))
                    self.d.remember(np_pos, sp)
                    made = True
                    break
                continue
            # parenthetical attribution: "Chief among his concerns, he said, was ..."
            if npb is not None and npb[1] > 0 and pre[: npb[1]].rstrip().endswith(",") and re.match(r"\s*,", after):
                head = pre[: npb[1]].rstrip().rstrip(",")
                tail = after.lstrip().lstrip(",").lstrip()
                ing = ING_CUE_RE.match(tail)
                if ing:
                    # "The probe is unilateral, He said, noting that the U.S. subsidizes its chips":
                    # two statements, the clause before the attribution and the one after "noting"
                    first = self._trim_clause(head)
                    second_start = len(sent) - len(tail) + ing.end()
                    second = self._trim_clause(sent[second_start:])
                    if len(re.findall(r"\w+", first)) >= 3 and len(re.findall(r"\w+", second)) >= 2:
                        self.out.append(Statement(sp, "indirect", cue[0], "", " ".join(first.split()), s, s + len(first)))
                        self.out.append(Statement(sp, "indirect", ing.group(1), "", " ".join(second.split()),
                                                  s + second_start, s + second_start + len(second)))
                        self.d.remember(np_pos, sp)
                        made = True
                        break
                clause = self._trim_clause(f"{head} {tail}")
                if len(re.findall(r"\w+", clause)) >= 3:
                    self.out.append(Statement(sp, "indirect", cue[0], "", " ".join(clause.split()), s, e))
                    self.d.remember(np_pos, sp)
                    made = True
                    break
            rest_start = self._clause_after_cue(sent, cm.start() + cue[1], verb)
            rest = sent[rest_start:]
            rest_start += len(rest) - len(rest.lstrip(" ,:"))
            clause_end = len(sent)
            if acc and acc.start() > rest_start:
                clause_end = acc.start()
            clause = self._trim_clause(sent[rest_start:clause_end])
            # a second, postposed attribution at the end of the clause is the channel, not
            # what was said: "Sullivan raised concerns about X, an official told reporters."
            via = ""
            trailing = self._trailing_attribution(clause, s + rest_start)
            if trailing:
                clause, via = trailing
            if len(re.findall(r"\w+", clause)) < 2 or clause.lstrip()[:1] in "“\"" and self._in_claimed(s + rest_start, s + rest_start + 2):
                continue
            # "the State Department reported that Blinken emphasized ...": nested speaker
            inner = CUE_RE.search(clause)
            if inner and not via and verb in {"reported", "reports", "said", "says", "stated", "announced", "confirmed", "wrote", "posted"}:
                icue = self._cue_text(inner, clause[inner.end():])
                inb = np_before(clause[: inner.start()]) if icue else None
                if inb and inb[1] == 0 and len(clause[: inner.start()].split()) <= 8:
                    isp = self.d.resolve(inb[0], s + rest_start)
                    if isp and isp.kind in ("person", "both"):
                        via = sp.name
                        sp = isp
                        cue = icue
                        rest_start2 = self._clause_after_cue(clause, inner.start() + icue[1], inner.group(1).lower())
                        tail = clause[rest_start2:]
                        lead = len(tail) - len(tail.lstrip(" ,:"))
                        rest_start += rest_start2 + lead
                        clause = tail[lead:]
            if acc and acc.start() > cm.start() and not via:
                via_np = self._according_np(sent[acc.end():])
                if via_np and _cites_a_source(acc.group(0), via_np):
                    via = _strip_det(via_np)
            start = s + rest_start
            # "..., adding that ..." / "expressed concern, saying ...": the participle opens a
            # second statement of the same speaker
            second = _SECOND_CLAUSE_RE.search(clause)
            if second and not self._inside_quote_text(clause[: second.start()]):
                tail = self._trim_clause(clause[second.end():])
                head = clause[: second.start()].rstrip(" ,")
                if len(re.findall(r"\w+", tail)) >= 2:
                    if len(re.findall(r"\w+", head)) >= 3:  # not "condemned the drills, saying ..."
                        self.out.append(Statement(sp, "indirect", cue[0], via, " ".join(head.split()), start, start + len(head)))
                    t0 = start + second.end()
                    self.out.append(Statement(sp, "indirect", second.group(1), via, " ".join(tail.split()), t0, t0 + len(tail)))
                    self.d.remember(np_pos, sp)
                    made = True
                    break
            self.out.append(Statement(sp, "indirect", cue[0], via, " ".join(clause.split()), start, start + len(clause)))
            self.d.remember(np_pos, sp)
            made = True
            break
        if not made and acc is not None:
            np_text = self._according_np(sent[acc.end():])
            if not np_text or not _cites_a_source(acc.group(0), np_text):
                return
            sp = self.d.resolve(np_text, s + acc.end())
            if sp is None:
                sp = Speaker(_strip_det(np_text), _side_from_words(np_text.split()), "they", "anonymous")
            self.d.remember(s + acc.end(), sp)
            mid = re.match(r"\s*,", sent[acc.end() + len(np_text):])
            if acc.start() > 0 and sent[: acc.start()].rstrip().endswith(",") and mid and not re.match(
                r"\s*(?:who|which|whose|speaking|citing|in a|on condition)\b", sent[acc.end() + len(np_text) + mid.end():]):
                head = sent[: acc.start()].rstrip().rstrip(",")
                tail = sent[acc.end() + len(np_text) + mid.end():].lstrip()
                clause = self._trim_clause(f"{head} {tail}")
                if len(re.findall(r"\w+", clause)) >= 3:
                    self.out.append(Statement(sp, "indirect", "according to", "", " ".join(clause.split()), s, e))
                return
            if acc.start() == 0:
                tail = sent[acc.end() + len(np_text):]
                lead = len(tail) - len(tail.lstrip(" ,"))
                a = acc.end() + len(np_text) + lead
                clause = self._trim_clause(sent[a:])
            else:
                a = 0
                clause = sent[: acc.start()].rstrip(" ,;—–-")
            if len(re.findall(r"\w+", clause)) < 3 or self._in_claimed(s + a, s + a + len(clause)):
                return
            self.out.append(Statement(sp, "indirect", "according to", "", " ".join(clause.split()), s + a, s + a + len(clause)))

    def _trailing_attribution(self, clause: str, offset: int) -> tuple[str, str] | None:
        """``(clause without it, who)`` when *clause* ends in a postposed attribution of its
        own (", the statement said", ", officials said on Monday", ", a senior official told
        reporters"), else None. *offset* is the clause's position in the document."""
        if "," not in clause and "—" not in clause and "–" not in clause:
            return None
        last = None
        for cm in CUE_RE.finditer(clause):
            last = cm
        if last is None or self._cue_text(last, clause[last.end():]) is None:
            return None
        after = clause[last.end():]
        if last.group(1).lower() in {"told", "tells"}:
            low = after.lower().lstrip()
            obj = next((o for o in sorted(TOLD_OBJECTS, key=len, reverse=True) if low == o or low.startswith(o + " ")), None)
            if obj is None:
                return None
            after = after.lstrip()[len(obj):]
        if not POSTPOSED_TAIL_RE.fullmatch(after) or re.search(r"\bthat\b", after):
            return None
        npb = np_before(clause[: last.start()])
        if npb is None or npb[1] == 0:
            return None
        head = clause[: npb[1]]
        if not re.search(r"[,—–]\s*$", head) or _is_appositive(head) or self._inside_quote_text(head):
            return None
        kept = self._trim_clause(head.rstrip().rstrip(",—–"))
        if len(re.findall(r"\w+", kept)) < 3:
            return None
        who = self.d.resolve(npb[0], offset + npb[1])
        return kept, (who.name if who is not None else _strip_det(npb[0]))

    @staticmethod
    def _inside_quote_text(text: str) -> bool:
        """True when *text* ends inside an open quotation."""
        return text.count("“") > text.count("”") or text.count('"') % 2 == 1

    @staticmethod
    def _according_np(s: str) -> str | None:
        m = re.match(r"\s*((?:(?:[A-Z]\.)+|[^,;.!?“”\"])+?)(?=\s*(?:[,;!?]|\.(?:\s|$)|$|\s(?:who|which|that|in|on|at|during|after|as)\s))", s)
        if not m:
            return None
        phrase = m.group(1).strip()
        mm = re.match(r"(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}(?:estimates?|figures?|data|report|study|survey|analysis|count|tally|poll|research)\s+(?:by|from|of|published by|compiled by)\s+(.+)", phrase, re.I)
        if mm:
            phrase = mm.group(1)
        # "a readout from the State Department" -> the State Department
        mm = re.match(r"(?:a|the)\s+(?:readout|statement|report|transcript|release|summary)\s+(?:from|by|of|issued by)\s+(.+)", phrase, re.I)
        if mm:
            phrase = mm.group(1)
        return phrase or None

    def handle_continuation(self, si: int, para: int, s: int, e: int, sent: str) -> None:
        """Readout style: after "Wang Yi said that ..." opening a paragraph, the following
        sentences of the paragraph continue his words without a new reporting verb."""
        if si == 0 or self.d.sents[si - 1][0] != para or not self.out:
            return
        first = si
        while first > 0 and self.d.sents[first - 1][0] == para:
            first -= 1
        fs, fe = self.d.sents[first][1], self.d.sents[first][2]
        opener_st = next((st for st in self.out if fs <= st.start < fe), None)
        if opener_st is None or opener_st.kind != "indirect" or opener_st.cue in ("according to", ""):
            return
        opener = self.text[fs:opener_st.start]
        if not re.search(r"\bthat\s*$", opener) or len(opener.split()) > 16:
            return
        # every sentence in between must continue the same speaker
        for i in range(first + 1, si):
            a, b = self.d.sents[i][1], self.d.sents[i][2]
            if not any(a <= st.start < b and st.speaker.name == opener_st.speaker.name for st in self.out):
                return
        cm = CUE_RE.search(sent)
        if cm and np_before(sent[: cm.start()]):
            return
        clause = self._trim_clause(sent)
        self.out.append(Statement(opener_st.speaker, "indirect", "", opener_st.via, clause, s, s + len(clause)))

    # -- subjects --------------------------------------------------------------------
    def sentence_subject(self, s: int, e: int) -> Speaker | None:
        """The speaker-like subject at the start of a sentence (after an intro clause)."""
        body = self.text[s:e]
        off = 0
        m = re.match(r"(?:(?:In|On|At|During|After|Before|Although|While|Though|As|When|Despite|Following|Earlier|Later|However|Meanwhile|Separately|In response|For (?:his|her|their) part|[A-Z][a-z]+ing|[A-Z][a-z]+ed)\b[^,]{0,140},\s*)", body)
        if m:
            off = m.end()
            body = body[off:]
        np = _np_at_start(body)
        if np is None:
            return None
        return self.d.resolve(np, s + off)

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


def extract_statements(text: str, sentences, registry: Registry | None = None, title: str = "") -> list[Statement]:
    """All statements of one document, in text order.

    *sentences* is a list of ``(paragraph, start, end)`` spans (as in ``corpus.sentences``);
    *title* (the headline) helps to name people who are introduced only there.
    """
    registry = registry or load_actors()
    if not sentences:
        return []
    return _Extractor(text, list(sentences), registry, title).run()


# -- sentiment -----------------------------------------------------------------------


def statement_rows(doc_id: str, text: str, sentence_rows, title: str = "") -> list[tuple]:
    """Statement rows for one document without sentiment (the last three columns None)."""
    spans = [(p, s, e) for _, _, p, s, e, _ in sentence_rows]
    starts = [s for _, s, _ in spans]
    rows = []
    for i, st in enumerate(extract_statements(text, spans, title=title)):
        sent_id = max(0, bisect.bisect_right(starts, st.start) - 1)
        rows.append((doc_id, f"{doc_id}:{i}", sent_id, intern(st.speaker.name), intern(st.speaker.side), st.kind,
                     intern(st.cue), intern(st.via), st.text, st.start, st.end, None, None, None))
    return rows


def add_sentiment(rows: list[tuple]) -> list[tuple]:
    """Fill the TextBlob and VADER columns of statement rows."""
    return [row[:11] + score_sentiment(row[8]) for row in rows]


def statements_for_document(doc_id: str, text: str, sentence_rows, title: str = "") -> list[tuple]:
    """Statement rows (tuples in STATEMENT_COLUMNS order) for one document."""
    return add_sentiment(statement_rows(doc_id, text, sentence_rows, title))


def statements_in_context(corpus, columns=("doc_id", "speaker", "side", "kind", "cue", "via", "text")) -> pd.DataFrame:
    """The statements table with the source sentence of each statement (``sentence``)."""
    st = corpus.statements
    sents = corpus.sentences[["doc_id", "sent_id", "text"]].rename(columns={"text": "sentence"})
    out = st.merge(sents, on=["doc_id", "sent_id"], how="left")
    return out[list(columns) + ["sentence"]]
