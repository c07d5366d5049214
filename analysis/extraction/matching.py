"""Find the phrases of a lexicon in a text: one compiled matcher, one pass per document.

A lexicon is a set of *terms* (words or phrases written in a small pattern language),
each tagged with a *key* (a topic id, a tone category...). :func:`compile_terms` turns the
whole lexicon into one finder regular expression (plus one resolver per first letter)
and :meth:`Matcher.find` scans a document once, returning ``Match(start, end, key, text)``
tuples whose spans index the document. :func:`load_matcher` compiles a lexicon file and
caches the result until the file changes.

Pattern language of a term (also documented in ``lexicons/topics.yaml``):

- Case does not matter, and only whole words match: ``taiwan`` finds "Taiwan" but not
  "Taiwanese" (write ``taiwan*`` for that). A hyphen counts as a word boundary, so
  ``Taiwan`` is found in "pro-Taiwan".
- Each word also matches its plural and possessive: ``tariff`` finds "tariffs",
  "tariff's" and "tariff’s"; ``policy`` finds "policies"; ``crisis`` finds "crises".
  Other verb forms are not added ("spy" does not find "spied").
- A space in a term matches a space, a line break or a hyphen/en dash in the text; a
  hyphen in a term matches the same and also no gap at all ("de-risk" finds "derisk").
  A comma in a term is optional in the text ("one country, two systems").
- Straight (') and curly (’) apostrophes are the same.
- A word typed entirely in capitals (two or more letters: ``AI``, ``WTO``, ``U.S.``)
  matches only in capitals, so ``AI`` does not fire on the name "Ai".
- ``word*``: any word starting with "word".
- ``(a|b)``: one of several words or phrases; ``[a]`` or ``[a|b]``: optional word(s).
- ``...``: up to three arbitrary words in between, within a sentence
  ("bear ... consequences" finds "bear the consequences").

Competing matches are settled leftmost-longest across all keys: scanning from the left,
at the first position where any term matches, the longest match wins and scanning
resumes after it. So "South China Sea" is one mention, not also "China". Terms given as
*exclude* take part in this competition and are then dropped from the output, which
silences the shorter terms they cover ("trade-off" stops "trade"). When terms of
different keys match exactly the same span, each key gets the match (an exclude among
them wins).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping, NamedTuple

from ..lexicon_files import USER_FILES, LexiconError, lexicon_path, lexicon_version, load_lexicon, load_yaml, read_yaml_file

__all__ = [
    "Match",
    "Matcher",
    "TermError",
    "term_regex",
    "compile_terms",
    "compile_lexicon",
    "load_matcher",
]


class TermError(LexiconError):
    """A lexicon term is malformed (a ValueError naming the file, the entry and the problem)."""


class Match(NamedTuple):
    """One match: ``text[start:end] == text`` for the scanned document."""

    start: int
    end: int
    key: str
    text: str


# --------------------------------------------------------------------------- parsing

_HYPHENS = "-\u2010\u2011\u2013"  # hyphen-minus, hyphen, non-breaking hyphen, en dash
_SPECIAL = set("()[]|,") | set(_HYPHENS)
_GAP_WORDS = 3
# Function words get no plural or possessive ("of" must not find "ofs").
_UNINFLECTED = {
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto",
    "and", "or", "nor", "but", "as", "than", "over", "under", "between", "against", "about",
    "its", "his", "her", "their", "our", "this", "these", "those", "is", "was", "be", "not", "no",
}

# Regex fragments for the text side.
_APOS = "['\u2019]"
_WORDCHAR = r"[^\W_]"
_START = r"(?<![^\W_])"
_END = r"(?![^\W_])"
_DASH = f"[{re.escape(_HYPHENS)}]"
_SEP_SPACE = rf"(?:\s+|{_DASH}\s*)"  # a space in a term: whitespace or a hyphen/en dash
_SEP_HYPHEN = rf"(?:\s+|{_DASH}\s*)?"  # a hyphen in a term: the same, or nothing
_SEP_COMMA = rf",?(?:\s+|{_DASH}\s*)"  # a comma in a term: optional in the text
_GAP = rf"(?:[^\s.!?;:]+{_SEP_SPACE}){{0,{_GAP_WORDS}}}"  # up to 3 words, no sentence end


@dataclass
class _Tok:
    kind: str  # word, sep, gap, open, close, bopen, bclose, pipe
    value: str = ""


def _tokenize(term: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(term)
    while i < n:
        ch = term[i]
        if term.startswith("...", i) or ch == "\u2026":
            step = 3 if term.startswith("...", i) else 1
            toks.append(_Tok("gap"))
            i += step
        elif ch.isspace() or ch in _HYPHENS or ch == ",":
            j = i
            while j < n and (term[j].isspace() or term[j] in _HYPHENS or term[j] == ","):
                j += 1
            chunk = term[i:j]
            if "," in chunk:
                kind = "comma"
            elif any(c.isspace() for c in chunk):
                kind = "space"  # a space, or a hyphen between spaces ("a - b")
            else:
                kind = "hyphen"
            toks.append(_Tok("sep", kind))
            i = j
        elif ch in "()[]|":
            toks.append(_Tok({"(": "open", ")": "close", "[": "bopen", "]": "bclose", "|": "pipe"}[ch]))
            i += 1
        else:
            j = i
            while j < n and not (term[j].isspace() or term[j] in _SPECIAL or term[j] in "()[]|"
                                 or term.startswith("...", j) or term[j] == "\u2026"):
                j += 1
            toks.append(_Tok("word", term[i:j]))
            i = j
    return toks


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_LEAD_MAX = 4  # characters of a term's first word the finder looks for


def _lead(word: str) -> str:
    """The lowercased literal text (at most 4 characters) every match of *word* starts with.

    This is what the finder looks for before trying the terms that start with it; it
    stops before an apostrophe and before the letters a plural rewrites ("polic" for
    "policy", "cris" for "crisis"). A word starting with an apostrophe gives "'", which
    stands for either apostrophe.
    """
    glob = word.endswith("*")
    stem = word[:-1] if glob else word
    low = stem.lower()
    if not glob and not _is_acronym(stem) and stem[-1:].isalpha() and low not in _UNINFLECTED:
        if len(low) > 1 and low[-1] == "y" and low[-2] not in "aeiou":
            low = low[:-1]
        elif len(low) > 2 and low.endswith("is"):
            low = low[:-2]
    lead = re.split("['\u2019]", low, maxsplit=1)[0][:_LEAD_MAX]
    return lead or "'"


def _trie_regex(heads) -> str:
    """A regex matching where any of *heads* starts: a trie of the leads (one branch per
    character), each followed by the rests of the words it begins (see :func:`_heads`)."""
    trie: dict = {}
    for lead, rest in heads:
        node = trie
        for ch in lead:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(rest)

    def emit(node) -> str:
        alts = []
        if "" in node:
            if None in node[""]:
                return ""  # the lead alone: what follows does not matter to the finder
            alts.extend(sorted(node[""], key=lambda r: (-len(r), r)))
        alts += [(_APOS if ch == "'" else re.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


def _literal(text: str) -> str:
    return "".join(_APOS if c in "'\u2019" else re.escape(c) for c in text)


def _word_regex(word: str, problem) -> str:
    """Regex for one word of a term, with glob, plural/possessive and acronym rules."""
    glob = word.endswith("*")
    stem = word[:-1] if glob else word
    if "*" in stem:
        problem(f"'*' may only end a word (in {word!r})")
    if not stem:
        problem("'*' must follow the start of a word")
    if not any(c.isalnum() for c in stem):
        problem(f"{word!r} is not a word")
    possessive = f"(?:{_APOS}s)?"
    if glob:
        body = _literal(stem) + _WORDCHAR + "*" + possessive
    elif _is_acronym(stem):
        body = _literal(stem) + (f"(?:s|{_APOS}s)?" if stem[-1].isalpha() else possessive)
    elif not stem[-1].isalpha() or stem.lower() in _UNINFLECTED:
        body = _literal(stem) + (possessive if not stem[-1].isalpha() else "")
    else:
        low = stem.lower()
        if len(low) > 1 and low[-1] == "y" and low[-2] not in "aeiou":
            body = _literal(stem[:-1]) + "(?:y|ies)"
        elif len(low) > 2 and low.endswith("is"):
            body = _literal(stem[:-2]) + "(?:is|es)"
        elif low.endswith(("s", "x", "z", "ch", "sh")):
            body = _literal(stem) + "(?:es)?"
        elif low.endswith("o"):
            body = _literal(stem) + "(?:es|s)?"
        else:
            body = _literal(stem) + "s?"
        body += possessive
    if _is_acronym(stem):
        return f"(?-i:{body})"
    return body


_SEP_RE = {"space": _SEP_SPACE, "hyphen": _SEP_HYPHEN, "comma": _SEP_COMMA}


def _literal_length(term: str) -> int:
    return len(re.sub(r"[\[\]()|*]", "", term))


def term_regex(term: str, where: str = "term") -> str:
    """Translate one lexicon *term* into a regular expression (to be used case-insensitively).

    Raises :class:`TermError` (a ValueError) naming *where* for a malformed term.
    """
    return _compile_term(term, where)[0]


def _compile_term(term, where: str) -> tuple[str, frozenset]:
    """The regex of *term* and the set of leads (see :func:`_lead`) a match can start with."""

    def problem(msg: str):
        raise TermError(f"{where}: {term!r}: {msg}")

    if not isinstance(term, str):
        kind = {bool: "a yes/no value", type(None): "empty"}.get(type(term), f"a {type(term).__name__}")
        raise TermError(f"{where}: {term!r} is not text (YAML read it as {kind}); put the term in quotes")
    if not term.strip():
        problem("empty term")
    toks = _tokenize(term.strip())

    # Parse into items: ("word", regex), ("alt", regex), ("opt", regex), ("gap", None),
    # separated by separator kinds.
    items: list[tuple[str, str | None]] = []
    firsts: list[set] = []  # per item: the characters it can start with (filled when parsed)
    seps: list[str] = []  # seps[i] is between items[i] and items[i+1]
    pending_sep: str | None = None
    i = 0

    def parse_alternatives(close: str) -> list[str]:
        nonlocal i
        alts: list[list[str]] = [[]]  # each: pieces of regex (words and seps)
        raw_alts: list[list[str]] = [[]]
        last = None
        while True:
            if i >= len(toks):
                problem(f"unbalanced {'(' if close == 'close' else '['}: missing {')' if close == 'close' else ']'}")
            tok = toks[i]
            i += 1
            if tok.kind == close:
                break
            if tok.kind == "pipe":
                alts.append([])
                raw_alts.append([])
                last = None
                continue
            if tok.kind in ("open", "bopen"):
                problem("brackets cannot be nested")
            if tok.kind in ("close", "bclose"):
                problem("mismatched brackets")
            if tok.kind == "gap":
                problem("'...' cannot be used inside brackets")
            if tok.kind == "sep":
                if alts[-1]:
                    last = tok.value
                continue
            # word
            if alts[-1]:
                alts[-1].append(_SEP_RE[last or "space"])
            alts[-1].append(_word_regex(tok.value, problem))
            raw_alts[-1].append(tok.value)
            last = None
        if any(not a for a in alts):
            problem("empty alternative in brackets")
        # Longest literal alternative first, so that the longest one wins within a term.
        order = sorted(range(len(alts)), key=lambda k: -len(" ".join(raw_alts[k])))
        firsts.append({_lead(raw_alts[k][0]) for k in order})
        return ["".join(alts[k]) for k in order]

    while i < len(toks):
        tok = toks[i]
        if tok.kind == "sep":
            pending_sep = tok.value if pending_sep is None else max(pending_sep, tok.value, key=["hyphen", "space", "comma"].index)
            i += 1
            continue
        if tok.kind in ("close", "bclose"):
            problem(f"unbalanced {')' if tok.kind == 'close' else ']'}")
        if tok.kind == "pipe":
            problem("'|' may only be used inside (...) or [...]")
        if items and pending_sep is None and items[-1][0] != "gap" and tok.kind != "gap":
            problem("put a space between a word and a bracket")
        if items:
            seps.append(pending_sep or "space")
        pending_sep = None
        i += 1
        if tok.kind == "word":
            items.append(("word", _word_regex(tok.value, problem)))
            firsts.append({_lead(tok.value)})
        elif tok.kind == "open":
            items.append(("alt", "(?:" + "|".join(parse_alternatives("close")) + ")"))
        elif tok.kind == "bopen":
            items.append(("opt", "(?:" + "|".join(parse_alternatives("bclose")) + ")"))
        elif tok.kind == "gap":
            if not items:
                problem("a term cannot start with '...'")
            if items[-1][0] == "gap":
                problem("two '...' in a row")
            items.append(("gap", None))
            firsts.append(set())
    if not items:
        problem("no words in term")
    if items[-1][0] == "gap":
        problem("a term cannot end with '...'")
    if all(kind == "opt" for kind, _ in items):
        problem("a term needs at least one word that is not optional")
    if any(kind == "gap" for kind, _ in items) and any(
        a == "opt" and b == "gap" or a == "gap" and b == "opt" for (a, _), (b, _) in zip(items, items[1:])
    ):
        problem("'...' cannot be next to an optional [word]")

    # Assemble: an optional item carries the separator after it (or, when it ends the
    # term, the separator before it); a gap carries its own separators.
    out: list[str] = []
    n = len(items)
    for k, (kind, rx) in enumerate(items):
        sep_before = _SEP_RE[seps[k - 1]] if k > 0 else ""
        prev_kind = items[k - 1][0] if k > 0 else None
        if prev_kind == "opt":
            sep_before = ""  # the optional item before already consumed its separator
        if kind == "gap":
            out.append(sep_before + _GAP)
            continue
        if prev_kind == "gap":
            sep_before = ""
        if kind == "opt":
            if k == n - 1:
                out.append(f"(?:{sep_before}{rx})?")
            else:
                out.append(sep_before + f"(?:{rx}{_SEP_RE[seps[k]]})?")
            continue
        out.append(sep_before + rx)
    # The leads a match can start with: those of the first item, and of the following
    # ones while the items before are optional.
    start_chars: set = set()
    for (kind, _), chars in zip(items, firsts):
        start_chars |= chars
        if kind != "opt":
            break
    return "".join(out) + _END, frozenset(start_chars)


def _heads(term: str) -> frozenset:
    """How a match of *term* (a valid term) can begin: ``(lead, rest)`` pairs, one per
    possible first word, where *rest* is the regex of the rest of that word (and the end
    of the word when a separator follows it), or None when the finder cannot tell and must
    stop at the lead alone. The finder looks for a lead followed by its rest, so it stops
    at "China" for a term starting with "China", not at "Chinese" or "chin"; for a term
    that starts with two plain words, the rest reaches into the second word."""
    toks = _tokenize(term.strip())

    def fail(msg):
        raise TermError(msg)

    def head(word: str, follow):
        lead = _lead(word)
        stem = word[:-1] if word.endswith("*") else word
        body = _word_regex(word, fail)
        prefix = _literal(stem[:len(lead)])
        if lead == "'" or stem[:len(lead)].lower() != lead:
            return (lead, None)
        if not word.endswith("*") and _is_acronym(stem):
            # the acronym's case-sensitive regex, loosened to what the finder can check
            rest = _literal(stem[len(lead):]) + f"(?:s|{_APOS}s)?"
        elif body.startswith(prefix):
            rest = body[len(prefix):]
        else:
            return (lead, None)
        if follow in ("space", "comma", "gap", "end"):
            rest += _END
        return (lead, rest)

    def follow_at(j: int):
        if j >= len(toks):
            return "end"
        tok = toks[j]
        if tok.kind == "sep":
            return tok.value
        return "gap" if tok.kind == "gap" else None

    def word_start(word: str):
        """Regex of the lead of *word* as the text spells it (None if it cannot tell)."""
        stem = word[:-1] if word.endswith("*") else word
        lead = _lead(word)
        if lead == "'" or not stem.lower().startswith(lead):
            return None
        return _literal(stem[:len(lead)])

    def item_start(j: int):
        """Regex of how the item at toks[j] begins: a word's lead, or the leads of the first
        words of a (...) group's alternatives; None for anything else."""
        if j >= len(toks):
            return None
        if toks[j].kind == "word":
            return word_start(toks[j].value)
        if toks[j].kind != "open":
            return None
        starts, first = set(), True
        for k in range(j + 1, len(toks)):
            if toks[k].kind == "close":
                break
            if toks[k].kind == "pipe":
                first = True
            elif toks[k].kind == "word" and first:
                starts.add(word_start(toks[k].value))
                first = False
        if None in starts or not starts:
            return None
        return "(?:" + "|".join(sorted(starts)) + ")"

    def with_next(word: str, j: int):
        """The head of *word* when toks[j] is the separator after it: the word, the
        separator and the start of the next item ("the most ...", "China coast ..."), so
        that the finder does not stop at every "the" or "China". None if the next item's
        start cannot be told."""
        if not (j + 1 < len(toks) and toks[j].kind == "sep"):
            return None
        lead, rest = head(word, None)
        nxt = item_start(j + 1)
        if rest is None or nxt is None:
            return None
        return (lead, rest + _SEP_RE[toks[j].value] + nxt)

    heads = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "sep":
            i += 1
            continue
        if tok.kind == "word":
            heads.add(with_next(tok.value, i + 1) or head(tok.value, follow_at(i + 1)))
            break
        if tok.kind not in ("open", "bopen"):
            break
        close = "close" if tok.kind == "open" else "bclose"
        end = next(j for j in range(i + 1, len(toks)) if toks[j].kind == close)
        first = True
        for j in range(i + 1, end):
            if toks[j].kind == "pipe":
                first = True
            elif toks[j].kind == "word" and first:
                nxt = toks[j + 1]
                if nxt.kind in ("pipe", close):  # a one-word alternative
                    heads.add((tok.kind == "open" and with_next(toks[j].value, end + 1))
                              or head(toks[j].value, follow_at(end + 1)))
                else:
                    heads.add(with_next(toks[j].value, j + 1) or head(toks[j].value, follow_at(j + 1)))
                first = False
        if tok.kind == "open":
            break
        i = end + 1  # an optional group: the item after it can begin the match too
    return frozenset(heads)


# --------------------------------------------------------------------------- matcher


@dataclass
class _Entry:
    key: str
    term: str
    exclude: bool
    regex: str
    leads: frozenset  # see _lead()
    heads: frozenset = frozenset()  # see _heads()
    order: int = 0  # position in the lexicon


@dataclass
class Matcher:
    """A compiled lexicon. :meth:`find` returns the matches in one document text.

    Two kinds of regular expression: a *finder*, built once, a trie of the leads of every
    term (the first letters of its first word, see :func:`_lead`), whose ``search`` gives
    the next position where a term may start; and *resolvers*, one for each set of leads
    found at a position (compiled on first use), where an optional lookahead per term
    captures every term matching there, so that the longest can be chosen. Checking a
    few letters at each word start, and the full terms only where they fit, is what
    keeps a lexicon of hundreds of terms fast.
    """

    entries: list[_Entry]
    source: str = "<terms>"
    _finder: re.Pattern = field(init=False, repr=False)
    _by_lead: dict = field(init=False, repr=False)
    _lead_lengths: tuple = field(init=False, repr=False)
    _resolvers: dict = field(init=False, repr=False)
    _dispatch: dict = field(init=False, repr=False)
    _key_rank: dict = field(init=False, repr=False)

    def __post_init__(self):
        self._resolvers = {}  # entry indexes -> resolver
        self._dispatch = {}  # lowercased first letters at a hit -> (resolver, entry indexes)
        self._key_rank = {key: i for i, key in enumerate(self.keys)}
        self._by_lead = {}
        for k, e in enumerate(self.entries):
            for lead in e.leads:
                self._by_lead.setdefault(lead, []).append(k)
        self._lead_lengths = tuple(sorted({len(lead) for lead in self._by_lead}))
        if not self.entries:
            self._finder = re.compile(r"(?!)")
            return
        self._finder = re.compile(_START + _trie_regex({h for e in self.entries for h in e.heads}), re.IGNORECASE)

    def _bucket(self, prefix: str) -> tuple:
        """(resolver, entry indexes) for the lowercased text *prefix* at a finder hit."""
        idx: set = set()
        for n in self._lead_lengths:
            idx.update(self._by_lead.get(prefix[:n], ()))
        # None found: a case mapping lower() does not share with the regex; try every term.
        order = tuple(sorted(idx)) if idx else tuple(range(len(self.entries)))
        resolver = self._resolvers.get(order)
        if resolver is None:
            resolver = self._resolvers[order] = re.compile(
                "".join(f"(?:(?=({self.entries[k].regex})))?" for k in order), re.IGNORECASE
            )
        return resolver, order

    def _candidates(self, text: str, start: int) -> list[tuple[int, int]]:
        """(end, entry index) of every term matching at *start*."""
        prefix = text[start:start + _LEAD_MAX].lower().replace("\u2019", "'")
        bucket = self._dispatch.get(prefix)
        if bucket is None:
            bucket = self._dispatch[prefix] = self._bucket(prefix)
        resolver, order = bucket
        spans = resolver.match(text, start).regs
        return [(spans[j][1], k) for j, k in enumerate(order, start=1) if spans[j][1] > start]

    @property
    def keys(self) -> list[str]:
        """The keys in lexicon order (each once)."""
        return list(dict.fromkeys(e.key for e in sorted(self.entries, key=lambda e: e.order)))

    def terms(self, key: str, exclude: bool = False) -> list[str]:
        """The terms (or exclude terms) of *key*, as written in the lexicon."""
        return [e.term for e in sorted(self.entries, key=lambda e: e.order) if e.key == key and e.exclude == exclude]

    def finditer(self, text: str, keep_excluded: bool = False) -> Iterator[Match]:
        """Yield the matches in *text*, left to right (leftmost-longest, see module doc).

        With *keep_excluded*, matches of exclude terms are yielded too, with the key
        ``"<key>:exclude"`` (useful to debug a lexicon).
        """
        pos = 0
        find = self._finder.search
        while True:
            m = find(text, pos)
            if m is None:
                return
            start = m.start()
            cands = self._candidates(text, start)
            if not cands:  # cannot happen (the finder matched here); never loop forever
                pos = start + 1
                continue
            best = max(end for end, _ in cands)
            winners = [k for end, k in cands if end == best]
            excluded = [k for k in winners if self.entries[k].exclude]
            if excluded:
                if keep_excluded:
                    yield Match(start, best, self.entries[excluded[0]].key + ":exclude", text[start:best])
            else:
                for key in sorted({self.entries[k].key for k in winners}, key=self._key_order):
                    yield Match(start, best, key, text[start:best])
            pos = best

    def _key_order(self, key: str) -> int:
        return self._key_rank[key]

    def find(self, text: str) -> list[Match]:
        """All matches in *text* as a list (see :meth:`finditer`)."""
        return list(self.finditer(text))

    def which_terms(self, text: str) -> list[str]:
        """The lexicon terms that match the whole of *text*, for debugging a lexicon."""
        return [e.term for e in sorted(self.entries, key=lambda e: e.order)
                if re.fullmatch(e.regex, text, re.IGNORECASE)]


def compile_terms(terms: Iterable[tuple[str, str]], excludes: Iterable[tuple[str, str]] = (),
                  source: str = "<terms>") -> Matcher:
    """Compile ``(key, term)`` pairs (and exclude pairs) into a :class:`Matcher`.

    Raises :class:`TermError` (a ValueError) naming *source*, the key and the term when a
    term is malformed.
    """
    entries = []
    for excl, pairs in ((False, terms), (True, excludes)):
        for key, term in pairs:
            where = f"{source}: entry {key!r}" + (" (exclude)" if excl else "")
            regex, leads = _compile_term(term, where)
            heads = _heads(term)
            if {lead for lead, _ in heads} != set(leads):  # cannot happen; never miss a match
                heads = frozenset((lead, None) for lead in leads)
            entry = _Entry(str(key), term, excl, regex, leads, heads=heads, order=len(entries))
            entries.append(entry)
    # Within each alternation, longer literal terms first (a cheap head start; the
    # result does not depend on it: the resolver compares every term at a position).
    entries.sort(key=lambda e: (-_literal_length(e.term), e.order))
    return Matcher(entries, source)


def compile_lexicon(data: Mapping, source: str = "<lexicon>", terms_field: str = "terms",
                    exclude_field: str = "exclude") -> Matcher:
    """Compile a lexicon mapping ``{key: {terms: [...], exclude: [...]}}`` into a Matcher.

    Raises :class:`TermError` (a ValueError) naming *source*, the entry and the problem.
    """
    if not isinstance(data, Mapping) or not data:
        raise TermError(f"{source}: expected a mapping of entries (key: {{{terms_field}: [...]}})")
    terms, excludes = [], []
    for key, entry in data.items():
        if not isinstance(entry, Mapping):
            raise TermError(f"{source}: entry {key!r}: expected '{terms_field}:' with a list of terms")
        for fld, out, required in ((terms_field, terms, True), (exclude_field, excludes, False)):
            values = entry.get(fld)
            if values is None:
                if required:
                    raise TermError(f"{source}: entry {key!r}: missing '{fld}:' (a list of terms)")
                continue
            if isinstance(values, str) or not isinstance(values, list):
                raise TermError(f"{source}: entry {key!r}: '{fld}:' must be a list, one term per line starting with '- '")
            if required and not values:
                raise TermError(f"{source}: entry {key!r}: '{fld}:' is empty")
            out.extend((str(key), v) for v in values)
    return compile_terms(terms, excludes, source=source)


@lru_cache(maxsize=16)
def _load_matcher_cached(path: str, mtime_ns: int, terms_field: str, exclude_field: str) -> Matcher:
    data = read_yaml_file(path)  # every problem a LexiconError naming the file
    return compile_lexicon(data, source=path, terms_field=terms_field, exclude_field=exclude_field)


def load_matcher(name: str | Path, terms_field: str = "terms", exclude_field: str = "exclude") -> Matcher:
    """The compiled matcher of a lexicon file (a name in ``analysis/lexicons`` or a path).

    Cached by path and modification time: editing the file takes effect on the next call.
    """
    path = Path(name)
    if not path.exists():
        if str(name) in USER_FILES:  # the packaged file with the project's own merged in
            return _load_merged_matcher(lexicon_version(str(name)), terms_field, exclude_field)
        path = lexicon_path(str(name))
    path = path.resolve()
    return _load_matcher_cached(str(path), path.stat().st_mtime_ns, terms_field, exclude_field)


@lru_cache(maxsize=16)
def _load_merged_matcher(version: tuple, terms_field: str, exclude_field: str) -> Matcher:
    packaged, _, user, _ = version
    if user:  # the project's own entries first on their own, so that an error names its file
        compile_lexicon(_user_entries(user), source=user, terms_field=terms_field, exclude_field=exclude_field)
    data = load_lexicon(Path(packaged).name)
    source = f"{packaged} + {user}" if user else packaged
    return compile_lexicon(data, source=source, terms_field=terms_field, exclude_field=exclude_field)


def _user_entries(user: str):
    data = load_yaml(user)
    return {k: v for k, v in data.items() if k != "replace"} if isinstance(data, dict) else data
