"""Countries and organisations as sides: the lexicon ``lexicons/countries.yaml``, compiled.

A side is the state or organisation a speaker speaks for, under one common English short
name. :func:`load_countries` gives a :class:`Countries` with look-ups from the words that
stand for a side in text: names and aliases ("Republic of India"), adjectives ("Indian"),
capitals and metonyms used as subjects ("New Delhi", "the Kremlin"), foreign ministries and
leaders' offices ("the Ministry of External Affairs", "Downing Street"). Words the file marks
``ambiguous`` (Georgia, Jordan, Korean, ...) never give a side on their own.
:meth:`Countries.home_side` names the side that publishes a document (a ministry's readout,
the White House's transcript) from its outlet and headline.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon_files import LexiconError, lexicon_path, load_yaml

FILE = "countries.yaml"
# Words of an outlet or headline that make it a government's own publication
GOVERNMENT_WORDS = re.compile(
    r"\b(?:ministry|ministries|department|government|office|embassy|mission|presidency|president's|"
    r"cabinet|chancellery|secretariat|commission|white house|kremlin|state council|foreign office|"
    r"permanent mission|consulate|prime minister|spokesperson)\b", re.I)


@dataclass(frozen=True)
class Country:
    name: str
    code: str
    kind: str
    forms: tuple  # every word or phrase that names it (lower case)
    bodies: tuple  # foreign ministries and leaders' offices (lower case)
    adjectives: tuple = ()  # "indian", "south korean" (lower case)
    news_agencies: tuple = ()  # its state news agencies ("TASS", "Xinhua", "Kazinform"), as written
    national_outlets: tuple = ()  # its national papers and broadcasters ("Dawn", "Tehran Times"), as written


class Countries:
    """Look-ups from words of a text to the side they stand for."""

    def __init__(self, entries: list[Country], ambiguous: set[str], listed: dict | None = None):
        self.entries = entries
        self.names = {c.name for c in entries}
        self.by_name = {c.name: c for c in entries}
        self.by_form: dict[str, str] = {}
        clash: set[str] = set()
        for c in entries:
            for f in c.forms + c.bodies:
                if f in self.by_form and self.by_form[f] != c.name:
                    clash.add(f)
                self.by_form.setdefault(f, c.name)
        self.ambiguous = ambiguous | clash
        for f in self.ambiguous:
            self.by_form.pop(f, None)
        self.bodies = {b: c.name for c in entries for b in c.bodies if b not in self.ambiguous}
        bodies = sorted(self.bodies, key=lambda f: (-len(f), f))
        self.body_re = re.compile(r"(?<!\w)(" + "|".join(re.escape(b) for b in bodies) + r")(?!\w)", re.I) \
            if bodies else re.compile(r"(?!x)x")
        self._home: dict[str, str | None] = {}
        # an ambiguous word -> the sides it may stand for ("Korean": North Korea, South Korea)
        self.candidates: dict[str, tuple] = {}
        for c in entries:
            for f in (*c.forms, *c.bodies, *(listed or {}).get(c.name, ())):
                if f in self.ambiguous:
                    self.candidates[f] = tuple(sorted(set(self.candidates.get(f, ())) | {c.name}))
        self.context_text = ""  # the document being read (set by load_countries' caller)
        self._context: dict | None = None  # side -> whether the document names it
        self._side_res: dict = {}
        self._agency: dict[str, str | None] = {}  # outlet -> the side of the state news agency it names
        agencies = {a: c.name for c in entries for a in c.news_agencies}
        self.agency_side_by_name = agencies
        self.agency_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(agencies, key=lambda a: (-len(a), a)))
                                    + r")(?![\w-])") if agencies else re.compile(r"(?!x)x")
        outlets = {o: c.name for c in entries for o in c.national_outlets}
        self.national_outlet_side_by_name = outlets
        self.national_outlet_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(o) for o in sorted(outlets, key=lambda o: (-len(o), o)))
                                             + r")(?![\w-])") if outlets else re.compile(r"(?!x)x")
        self._national: dict[str, str | None] = {}
        self.adjectives = {a.lower().replace("’", "'") for c in entries for a in c.adjectives} & set(self.by_form)
        self.phrase_set = frozenset(f for f in self.by_form if " " in f)  # forms of several words
        self.long_form_starts = frozenset(f.split()[0] for f in self.phrase_set if len(f.split()) >= 4)
        forms = sorted(self.by_form, key=lambda f: (-len(f), f))
        # a form as whole words, with an optional possessive ("India's", "Japan’s")
        self.form_re = re.compile(r"(?<![\w.'’-])(" + "|".join(re.escape(f) for f in forms) + r")(?:['’]s?)?(?![\w'’-])", re.I) \
            if forms else re.compile(r"(?!x)x")

    def phrase_side(self, text: str) -> str | None:
        """The side of the first form of several words in *text* ("Hong Kong government",
        "South Korean officials"), or None. Looks up word pairs and triples, not a regex over
        every form: this is asked for many speaker names."""
        words = re.findall(r"[\w.'’-]+", text.lower().replace("’", "'"))
        for i in range(len(words) - 1):
            for n in (4, 3, 2):
                if i + n <= len(words):
                    phrase = " ".join(words[i:i + n])
                    if phrase in self.phrase_set:
                        return self.by_form[phrase]
        return None

    def adjective(self, side: str) -> str:
        """The first nationality word of *side* as written ("Pakistani"), or its name."""
        c = self.by_name.get(side)
        return c.adjectives[0] if c is not None and c.adjectives else side

    def side_of(self, word: str) -> str | None:
        """The side a word or phrase stands for ("Indian", "India's", "New Delhi"), or None."""
        w = word.strip().lower().replace("’", "'")
        if w.startswith("the "):
            w = w[4:]
        if w.endswith("'s"):
            w = w[:-2]
        elif w.endswith("'"):
            w = w[:-1]
        got = self.by_form.get(w)
        if got is None and not w.isascii():  # "Việt Nam", "Türkiye"
            got = self.by_form.get("".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)))
        return got

    def set_document(self, text: str) -> None:
        """The document whose unambiguous mentions settle ambiguous words (see in_context)."""
        self.context_text = text
        self._context = None

    def in_context(self, word: str) -> str | None:
        """The side an ambiguous word ("Korean", "Congolese") stands for in the current
        document: the one of its candidates that the document names unambiguously ("South
        Korea", "Seoul", "Kinshasa"), else None."""
        cands = self.candidates.get(word.strip().lower().replace("’", "'"))
        if not cands:
            return None
        if self._context is None:
            self._context = {}
        for c in cands:  # is each candidate named in the document? (a small regex per side, once per document)
            if c not in self._context:
                self._context[c] = any(self._names_side(m, c) for m in self._side_re(c).finditer(self.context_text))
        found = [c for c in cands if self._context[c]]
        return found[0] if len(found) == 1 else None

    def _names_side(self, m, side: str) -> bool:
        """False when the match *m* of a form of *side* is the end of a longer form of another
        side ("Republic of Congo" in "Democratic Republic of Congo")."""
        before = self.context_text[max(0, m.start() - 40):m.start()].split()
        for k in (1, 2, 3):
            if len(before) >= k:
                longer = self.by_form.get(" ".join(before[-k:] + [m.group(0)]).lower().replace("’", "'"))
                if longer and longer != side:
                    return False
        return True

    def _side_re(self, side: str):
        """A regex of the unambiguous forms of *side*, compiled once."""
        rx = self._side_res.get(side)
        if rx is None:
            forms = sorted((f for f, sd in self.by_form.items() if sd == side), key=lambda f: (-len(f), f))
            rx = re.compile(r"(?<![\w.'’-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w'’-])", re.I) if forms \
                else re.compile(r"(?!x)x")
            self._side_res[side] = rx
        return rx

    def sides_in(self, text: str) -> list[tuple[int, int, str]]:
        """Every form in *text* that stands for a side: ``(start, end, side)``."""
        return [(m.start(), m.end(), self.by_form[m.group(1).lower().replace("’", "'")]) for m in self.form_re.finditer(text)
                if m.group(1).lower().replace("’", "'") in self.by_form]

    def body_side(self, phrase: str) -> str | None:
        """The side of a foreign ministry or leader's office named by *phrase* ("Ministry of
        External Affairs", "the Kremlin", "Downing Street"), or None."""
        p = phrase.strip().lower().replace("’", "'")
        if p.startswith("the "):
            p = p[4:]
        return self.bodies.get(p)

    def home_side(self, outlet: str, title: str = "") -> str | None:
        """The side that publishes a document: the one country or organisation named in an
        outlet that is a government's ("Ministry of Foreign Affairs of Japan", "The White House",
        "U.S. Department of State"), else None (news outlets, no outlet)."""
        text = outlet or ""
        if text not in self._home:
            self._home[text] = self._home_side(text) if text.strip() else None
        return self._home[text]

    def agency_side(self, outlet: str) -> str | None:
        """The side whose state news agency *outlet* names ("Kazinform", "Qatar News Agency
        (QNA)"), else None."""
        outlet = outlet or ""
        if outlet not in self._agency:
            found = {self.agency_side_by_name[m.group(1)] for m in self.agency_re.finditer(outlet)}
            self._agency[outlet] = found.pop() if len(found) == 1 else None
        return self._agency[outlet]

    def outlet_side(self, outlet: str) -> str | None:
        """The one state a news outlet belongs to: a national outlet of the lexicon ("Dawn",
        "Fana Broadcasting Corporate") or the one state its name names ("Tehran Times", "Daily
        Times (Pakistan)"), else None. Weaker than :meth:`home_side`: it only gives a side to
        officials the story names by a bare title."""
        outlet = outlet or ""
        if outlet not in self._national:
            found = {self.national_outlet_side_by_name[m.group(1)] for m in self.national_outlet_re.finditer(outlet)}
            if not found:
                named = {sd for _, _, sd in self.sides_in(outlet)}
                found = {sd for sd in named if (c := self.by_name.get(sd)) is not None and c.kind == "state"} if len(named) == 1 else set()
            self._national[outlet] = found.pop() if len(found) == 1 else None
        return self._national[outlet]

    def _home_side(self, text: str) -> str | None:
        plain = re.sub(r"\s*\(.*?\)\s*", " ", text).strip()
        body = self.body_side(plain)
        if body:
            return body
        side = self.side_of(plain)  # the whole outlet names it ("United Nations", "African Union")
        if side is None:  # or its first part does ("United Nations (press.un.org), noon briefing transcript")
            side = self.side_of(re.split(r"\s*[(,;|]\s*", text, maxsplit=1)[0].strip())
        if side is None:  # or its bracket names an organisation ("Office of the Special Envoy ... (OSESGY, United Nations)")
            inside = {self.side_of(part.strip()) for b in re.findall(r"\(([^()]*)\)", text) for part in b.split(",")} - {None}
            side = inside.pop() if len(inside) == 1 and getattr(self.by_name.get(next(iter(inside))), "kind", "") == "organisation" else None
        if side is None:  # or opens with a body of an organisation ("UN Security Council press statement")
            lead = self.phrase_side(" ".join(plain.split()[:4]))
            side = lead if lead and plain.lower().startswith(tuple(f for f in self.phrase_set if self.by_form[f] == lead)) else None
        org = self.by_name.get(side or "")
        if org is not None and org.kind == "organisation":
            return org.name  # an organisation publishing its own text
        named = self.body_re.search(text)
        found = {side for a, b, side in self.sides_in(text)}
        if len(found) == 1 and (GOVERNMENT_WORDS.search(text) or named):
            return found.pop()
        if named:
            return self.bodies.get(named.group(1).lower().replace("’", "'"))
        # a state news agency reports its own government's officials by their titles alone
        # ("the Head of State", "Foreign Ministry Spokesman Bahram Ghasemi")
        return self.agency_side(text)


def _strings(value, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise LexiconError(f"{where}: expected a list of names")
    return [str(v) for v in value if str(v).strip()]


_SPELLINGS = (("Cooperation", "Co-operation"), ("Organisation", "Organization"))


def _spellings(form: str) -> list[str]:
    """The other spellings of a name's words both ways are written ("Cooperation" and
    "Co-operation", "Organisation" and "Organization")."""
    out = [form]
    for a, b in _SPELLINGS:
        out += [v.replace(a, b) for v in out if a in v] + [v.replace(b, a) for v in out if b in v]
    return [v for v in dict.fromkeys(out) if v != form]


def _load_file(path) -> list[tuple[Country, set]]:
    data = load_yaml(path) or []
    if not isinstance(data, list):
        raise LexiconError(f"{path}: expected a list of countries and organisations")
    out = []
    for i, e in enumerate(data, start=1):
        if not isinstance(e, dict) or not e.get("name"):
            raise LexiconError(f"{path}: entry #{i} has no 'name'")
        name = str(e["name"])
        where = f"{path}: {name}"
        forms = [name, *_strings(e.get("aliases"), where), *_strings(e.get("adjectives"), where),
                 *_strings(e.get("capital"), where), *_strings(e.get("metonyms"), where), *_strings(e.get("regions"), where)]
        bodies = [*_strings(e.get("foreign_ministry"), where), *_strings(e.get("leader_offices"), where)]
        forms += [v for f in forms for v in _spellings(f)]  # "Shanghai Co-operation Organisation" too
        low = lambda xs: tuple(dict.fromkeys(x.strip().lower().replace("’", "'") for x in xs))  # noqa: E731
        amb = {x.strip().lower().replace("’", "'") for x in _strings(e.get("ambiguous"), where)}
        adjectives = tuple(dict.fromkeys(_strings(e.get("adjectives"), where)))  # as written: "Indian"
        out.append((Country(name, str(e.get("code", "") or ""), str(e.get("kind", "state")), low(forms), low(bodies),
                            adjectives, tuple(_strings(e.get("news_agencies"), where)),
                            tuple(_strings(e.get("national_outlets"), where))), amb))
    return out


@lru_cache(maxsize=4)
def _load(path: str, _mtime: int) -> Countries:
    loaded = _load_file(path)
    ambiguous = set().union(*(a for _, a in loaded)) if loaded else set()
    return Countries([c for c, _ in loaded], ambiguous, {c.name: a for c, a in loaded})


def load_countries() -> Countries:
    """The countries lexicon (re-read when the file changes)."""
    global _current
    path = lexicon_path(FILE)
    _current = _load(str(path), path.stat().st_mtime_ns)
    return _current


_current: Countries | None = None


def current_countries() -> Countries:
    """The lexicon as last loaded: :func:`load_countries` is called once per document
    (by ``extract_statements``), the many look-ups within it use this one."""
    return _current if _current is not None else load_countries()
