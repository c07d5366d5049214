"""The actor registry (``lexicons/actors.yaml``): canonical names, aliases, roles, sides.

The registry helps name speakers consistently ("Secretary Blinken", "Blinken" and "the
Secretary" all become "Antony Blinken"), but speakers who are not in it are still found:
see :mod:`analysis.extraction.statements`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon_files import LexiconError, lexicon_path, lexicon_version, load_lexicon
from .countries import FILE as COUNTRIES_FILE, load_countries

# Sides that are no country or organisation of countries.yaml
SPECIAL_SIDES = ("unknown", "both sides")


@dataclass(frozen=True)
class Actor:
    name: str
    side: str
    kind: str = "person"
    pronoun: str = ""
    aliases: tuple = ()
    surname: str = ""
    roles: tuple = ()
    offices: tuple = ()  # (role words, first day, last day): "the Secretary" of a text of that date


class Registry:
    """Look-ups over the actor registry."""

    def __init__(self, actors: list[Actor]):
        self.actors = actors
        self.by_name = {a.name: a for a in actors}
        self.by_alias: dict[str, Actor] = {}
        self.by_surname: dict[str, list[Actor]] = {}
        self.by_role: dict[str, list[Actor]] = {}
        for a in actors:
            for alias in (a.name, *a.aliases):
                self.by_alias.setdefault(_key(alias), a)
            if a.surname:
                self.by_surname.setdefault(_key(a.surname), []).append(a)
            for role in a.roles:
                self.by_role.setdefault(_key(role), []).append(a)
        self.by_office: dict[str, list[tuple[str, str, Actor]]] = {}
        for a in actors:
            for roles, first, last in a.offices:
                for role in roles:
                    self.by_office.setdefault(_key(role), []).append((first, last, a))
        # (lower-cased alias, side) of the institutions of either side, longest alias first:
        # "a State Department spokesperson" speaks for the United States
        self.institution_sides: tuple[tuple[str, str], ...] = tuple(sorted(
            {(alias.lower(), a.side) for a in actors if a.kind == "institution" and a.side not in SPECIAL_SIDES
             for alias in (a.name, *a.aliases) if len(alias) > 3 and not alias.lower().startswith("the ")},
            key=lambda x: (-len(x[0]), x[0])))
        self._institution_re = None
        self._institution_side: dict[str, str] = {}

    @property
    def institution_re(self):
        """One regex over every institution alias (word-bounded, any case), built once."""
        if self._institution_re is None:
            aliases = [a for a, _ in self.institution_sides]
            self._institution_re = re.compile(r"(?<![\w])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])", re.I) \
                if aliases else re.compile(r"(?!x)x")
            self._institution_side = dict(self.institution_sides)
        return self._institution_re

    def institution_in(self, phrase: str) -> str | None:
        """The side of the longest institution alias in *phrase*, or None."""
        best = None
        for m in self.institution_re.finditer(phrase):
            if best is None or len(m.group(1)) > len(best):
                best = m.group(1)
        return self._institution_side[best.lower()] if best else None

    def alias(self, text: str) -> Actor | None:
        return self.by_alias.get(_key(text))

    def surname(self, text: str) -> list[Actor]:
        return self.by_surname.get(_key(text), [])

    def role(self, text: str) -> list[Actor]:
        return self.by_role.get(_key(text), [])

    def holders(self, role: str, date: str) -> list[Actor]:
        """The actors who held the office *role* on *date* (ISO "YYYY-MM-DD"), by name."""
        if not date:
            return []
        found = {a.name: a for first, last, a in self.by_office.get(_key(role), []) if first <= date[:10] and (not last or date[:10] <= last)}
        return [found[k] for k in sorted(found)]


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """The look-up form of a name: lower case, without accents, article, hyphens or the
    particles al-/el- ("Mohammed bin Abdulrahman al-Thani" is "... Al Thani", "Lajcak" is
    "Lajčák")."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("’", "'").lower().strip()
    if text.startswith("the "):
        text = text[4:]
    text = _PARTICLE_RE.sub("", text).replace("-", " ")
    return " ".join(text.split())


_PARTICLE_RE = re.compile(r"\b(?:al|el)[- ]")


@lru_cache(maxsize=4)
def _load(version: tuple, _countries_mtime: int) -> Registry:
    path = version[0]
    data = load_lexicon("actors.yaml") or []
    if not isinstance(data, list):
        raise LexiconError(f"{path}: expected a list of actors")
    countries_path = lexicon_path(COUNTRIES_FILE)
    sides = load_countries().names
    actors = []
    # a project's own entries first, so that their aliases and surnames win
    data = sorted(data, key=lambda e: not (isinstance(e, dict) and "_file" in e))
    for i, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise LexiconError(f"{path}: actor #{i} has no 'name'")
        side = str(entry.get("side") or "unknown")
        if side not in sides and side not in SPECIAL_SIDES:
            raise LexiconError(f"{entry.get('_file', path)}: actor {entry['name']!r} has side {side!r}, which is no country or organisation "
                               f"of {countries_path}; use a name listed there (e.g. 'India', 'European Union') or 'unknown'")
        actors.append(
            Actor(
                name=str(entry["name"]),
                side=side,
                kind=str(entry.get("kind", "person")),
                pronoun=str(entry.get("pronoun", "") or ""),
                aliases=tuple(str(a) for a in entry.get("aliases", []) or []),
                surname=str(entry.get("surname", "") or ""),
                roles=tuple(str(r) for r in entry.get("roles", []) or []),
                offices=_offices(entry, entry.get("_file", path)),
            )
        )
    return Registry(actors)


_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _offices(entry: dict, where) -> tuple:
    """An entry's ``offices``: ``[{roles: [secretary, secretary of state], from: 2021-01-26,
    to: 2025-01-20}]`` (``to`` left out while in office), as (roles, first day, last day)."""
    value = entry.get("offices") or []
    if not isinstance(value, list):
        raise LexiconError(f"{where}: actor {entry['name']!r}: 'offices' must be a list of {{roles, from, to}}")
    out = []
    for office in value:
        roles = office.get("roles") if isinstance(office, dict) else None
        first, last = (str(office.get(k) or "") if isinstance(office, dict) else "" for k in ("from", "to"))
        if not roles or not isinstance(roles, list) or not _DAY_RE.fullmatch(first) or last and not _DAY_RE.fullmatch(last):
            raise LexiconError(f"{where}: actor {entry['name']!r}: each office needs 'roles' (a list) and 'from' "
                               f"(and optionally 'to') as dates such as 2021-01-26")
        out.append((tuple(str(r) for r in roles), first, last))
    return tuple(out)


def load_actors() -> Registry:
    """The actor registry (re-read when the file changes)."""
    return _load(lexicon_version("actors.yaml"), lexicon_path(COUNTRIES_FILE).stat().st_mtime_ns)
