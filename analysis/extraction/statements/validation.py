"""The last check of a statement's speaker: a person, a body, a group or "Reporter", never
a fragment of a sentence.

:func:`is_speaker` rejects names that end or begin with a function word ("range of regional
and", "two sides just"), a word in lower case that heads no speaking phrase ("spy balloon",
"report"), a nationality word alone ("Russian"), a title alone ("Mr") and a first-person
contraction ("I'm Dan Kritenbrink"). ``extract_statements`` drops statements whose speaker
fails it rather than attribute words to a fragment.
"""
from __future__ import annotations

import re

from .countries import current_countries
from .cues import DOCUMENT_HEADS, INSTITUTION_HEADS, NON_OFFICIAL_HEADS, OFFICIAL_HEADS, ROLE_HEADS, TITLE_WORDS
from .model import Speaker
from .phrases import INSTITUTION_WORDS, PERSON_HEADS, clean_tok, source_head

FUNCTION_WORDS = {"and", "or", "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that",
                  "which", "who", "whom", "just", "also", "but", "than", "into", "about", "over", "under", "said", "says"}
FIRST_PERSON = re.compile(r"^(?:I|I['’](?:m|ve|ll|d)|we|We['’](?:re|ve|ll|d)|[Oo]ur|[Mm]y)\b")  # "our Foreign Ministers": the text's own voice
# Lower-case heads that name someone who can speak ("officials", "the ministry", "analysts")
SPEAKING_HEADS = ROLE_HEADS | PERSON_HEADS | OFFICIAL_HEADS | NON_OFFICIAL_HEADS | INSTITUTION_WORDS \
    | {h.lower() for h in INSTITUTION_HEADS} | {"sides", "side", "parties", "both", "reporter", "moderator", "employee", "staff", "group", "body"}


HEAD_ENDS = {"of", "for", "from", "in", "at", "on", "with", "by", "to", "about", "against", "over"}


def _not_speaker_labels() -> frozenset:
    from .transcripts import labels_lexicon  # the lexicon of transcript labels, read once

    lex = labels_lexicon()
    return frozenset(str(w).upper() for w in lex.get("not_speakers", ()))


def is_speaker(sp: Speaker) -> bool:
    """True when *sp* names a person, a body, a group or "Reporter"."""
    key = (sp.name, sp.kind, id(current_countries()))
    known = _CHECKED.get(key)
    if known is None:
        if len(_CHECKED) > 100_000:
            _CHECKED.clear()
        known = _CHECKED[key] = _is_speaker(sp)
    return known


_CHECKED: dict[tuple, bool] = {}
_ADJECTIVE_TITLES = {"foreign", "senior", "deputy", "acting", "former", "top", "chief", "vice", "assistant", "special"}
_VERB_IN_NAME_RE = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|made up)\s")
_LAW_HEADS = {"Statute", "Charter", "Treaty", "Convention", "Constitution", "Resolution", "Protocol", "Act", "Accord", "Accords"}  # a pure function of the name, the kind and the lexicon


def _is_speaker(sp: Speaker) -> bool:
    name = sp.name.strip()
    if sp.kind == "both" or name in ("both sides", "Reporter", "Moderator"):
        return True
    words = name.split()
    if not words or not re.search(r"[A-Za-z]", name):
        return False
    first, last = clean_tok(words[0]).lower(), clean_tok(words[-1]).lower()
    if first in FUNCTION_WORDS - {"the", "a", "an"} or last in FUNCTION_WORDS or FIRST_PERSON.match(name):
        return False
    if all(clean_tok(w).lower().rstrip(".") in TITLE_WORDS for w in words) and (sp.kind == "person" or len(words) == 1
                                                                                and sp.kind == "anonymous" and words[0].lower() in _ADJECTIVE_TITLES):
        return False  # "Mr", "Minister" alone; "Foreign" (of "Foreign ministers of ...")
    if len(words) == 1 and last in current_countries().adjectives:
        return False  # "Russian"
    if len(words) > 1 and _VERB_IN_NAME_RE.search(name):
        return False  # "authorities is made up of 18 people": a clause, not a name
    if words[0] in _LAW_HEADS and (len(words) == 1 or words[1] == "of"):
        return False  # "Statute of the Council of Europe": a text of law, no one's voice
    if sp.kind in ("anonymous", "group") and clean_tok(words[-1]).lower() in DOCUMENT_HEADS and all(w[:1].islower() for w in words):
        return False  # "statement", "joint statement", "the report": a text whose author is not named
    if len(words) == 1 and name.upper() in _not_speaker_labels():
        return False  # "Quote", "Details", "Previously": a page's own labels
    if sp.kind in ("anonymous", "group") and words[0][:1].islower() and not source_head(name):
        # the head noun stands before the first preposition: "call for the Modi government" is a call
        cut = next((i for i, w in enumerate(words) if w.lower() in HEAD_ENDS), len(words))
        heads = {clean_tok(w).lower().rstrip("'’") for w in words[:cut] or words}
        if not heads & SPEAKING_HEADS and not {h[:-1] for h in heads if h.endswith("s")} & SPEAKING_HEADS:
            return False  # "spy balloon", "report", "set of well-established"
    return True
