"""Offices and bodies of a state named without a person: "The Minister of Foreign Affairs of the
Russian Federation", "the government" or "its foreign ministry" of the state in focus.

Both functions take the document's :class:`~.resolution.DocumentSpeakers` (its registry,
salience and actor look-ups) and return a :class:`~.model.Speaker` or None.
"""
from __future__ import annotations

import re

from .countries import current_countries
from .cues import OFFICIAL_HEADS, TITLE_WORDS
from .model import Speaker
from .phrases import clean_tok, strip_det

# Bodies of a state that "the ...", "its ..." can name
STATE_BODIES = {"government", "ministry", "cabinet", "presidency"}
# Words of an office named in full ("Minister of Foreign Affairs and International Cooperation")
_MINISTRY_WORDS = {"foreign", "affairs", "external", "international", "relations", "cooperation", "co-operation",
                   "trade", "europe", "european", "development", "commonwealth", "worship", "expatriates", "for"}
_SENTENCE_SUBJECT_RE = re.compile(r"\s*(?:[“\"]\s*)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:in\s+response\s+|also\s+|on\s+\w+day\s+|has\s+|had\s+)?[a-z]+ed\b")
_FOREIGN_MINISTER_RE = re.compile(r"minister (?:of|for) foreign affairs(?: and [a-z -]+)?|foreign affairs minister")


def state_body(doc, body: str, pos: int) -> Speaker | None:
    """"the government", "its foreign ministry" after "Algeria recalled its ambassador": that
    body of the state last in focus as a speaker or subject (within a few paragraphs), else None."""
    if body.split()[-1] not in STATE_BODIES:
        return None
    # "Algeria in response summoned ... according to a statement by its foreign affairs ministry":
    # the state that opens the sentence comes first
    start = max(doc.text.rfind(". ", 0, pos), doc.text.rfind("\n", 0, pos)) + 1
    lead = _SENTENCE_SUBJECT_RE.match(doc.text, start, pos)
    side = current_countries().side_of(lead.group(1)) if lead else None
    country = current_countries().by_name.get(side or "")
    if country is not None and country.kind == "state":
        return Speaker(f"{current_countries().adjective(side)} {body}", side, "it", "institution")
    for p, sp in reversed(doc.salience):
        if p > pos:
            continue
        if pos - p > 1500:
            break
        country = current_countries().by_name.get(sp.side)
        if sp.kind == "group" and country is not None and country.kind == "state":
            return Speaker(f"{current_countries().adjective(sp.side)} {body}", sp.side, "it", "institution")
    return None


def office_of_country(doc, np: str) -> Speaker | None:
    """"The Minister of Foreign Affairs of the Russian Federation": the one holder of that
    office the registry knows for that country, else the office itself with its side; None
    when *np* is no office of a country."""
    who, sep, where = np.rpartition(" of ")
    if not sep:
        return None
    role_words = [clean_tok(w).lower() for w in strip_det(who.strip()).split()]
    if not role_words or not any(w in OFFICIAL_HEADS for w in role_words) \
            or not all(w in TITLE_WORDS or w in _MINISTRY_WORDS for w in role_words):
        return None
    country = current_countries().side_of(strip_det(where.strip()))
    if country is None:
        return None
    role = _FOREIGN_MINISTER_RE.sub("foreign minister", " ".join(role_words))
    holders = [a for a in doc.registry.role(f"{current_countries().adjective(country)} {role}".lower()) if a.side == country]
    if len(holders) == 1:
        return doc.actor_speaker(holders[0])
    return Speaker(strip_det(np), country, "", "anonymous")
