"""Speaker resolution within a document: from the words that name a speaker to a Speaker.

:class:`DocumentSpeakers` adds to the document's :class:`~.cast.Cast` the speakers in
focus (salience) and resolves a speaker phrase at a position: pronouns to the speaker in
focus, surnames to the fullest name, titles and role nouns ("the Secretary", "the senior
Chinese official") to their holder, institutions, unnamed sources, "the two sides";
:meth:`DocumentSpeakers.subject_of` resolves the subject that opens a sentence.
"""
from __future__ import annotations

import bisect
import re

from .actors import Actor
from .cast import PORTFOLIO_WORDS, Cast
from .cues import (
    BOTH_SIDES,
    BOTH_SIDES_RE,
    DOCUMENT_HEADS,
    INSTITUTION_HEADS,
    NON_NAME_WORDS,
    OFFICIAL_HEADS,
    PRONOUNS,
    ROLE_HEADS,
    TITLE_WORDS,
)
from .model import Speaker
from .documents import document_authors, resolve_document
from .groups import GROUP_HEAD_RE, GROUP_HEADS, MEETING_NP_RE, MET_WITH_RE, REGIONAL_GROUP_RE, body_of_organisation, meeting_body, organisation_group, recent_organisation
from .phrases import (
    HONORIFIC_START_RE,
    DETERMINERS,
    DOCUMENT_BY_RE,
    DOCUMENT_OCCASION_RE,
    INSTITUTION_NAME_WORDS,
    INSTITUTION_WORDS,
    PERSON_HEADS,
    PRONOUN_WORDS,
    SOURCE_PHRASE_RE,
    cap,
    clean_tok,
    is_role_head,
    name_words,
    person_after_title,
    NAME_PARTICLES,
    np_at_start,
    np_before,
    person_of_body,
    source_head,
    split_titles,
    strip_det,
)
from .countries import current_countries
from .offices import STATE_BODIES, office_of_country, state_body
from .sides import body_in_place, country_as_subject, named_with_side, settle_side, side_from_words

# Patterns of the hot functions below (noun phrases, cues, clauses, resolution), compiled once
_ROLE_WORD_RE = re.compile(r"[\w'.-]+")
# ", Andrés Manuel López Obrador," after a role that opens a sentence ("The president of Mexico")
_APPOSITIVE_NAME_RE = re.compile(r"(?:\s+(?:of|for)\s+[^,.;]{1,60}?)?,\s+((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|de|da|del|dos|van|von|der|bin|al|la|le)){1,5}),")
_AND_COUNTERPART_RE = re.compile(r",?\s+and\s+(?:his|her|their)\s+(?:[\w.-]+\s+){0,3}counterparts?\b")
# Office words that may follow a body's name ("the ASEM Chair", "the OSCE Chairperson-in-Office")
_ROLE_AFTER_BODY = {"chair", "chairman", "chairwoman", "chairperson", "chairperson-in-office", "chairmanship", "presidency",
                    "president", "spokesperson", "spokesman", "spokeswoman", "secretary-general", "commissioner", "envoy",
                    "rapporteur", "coordinator", "secretariat"}
# Roles of someone who speaks for another ("Rishi Sunak's spokesman", "the President's envoy")
_SPEAKS_FOR_HEADS = {"spokesman", "spokeswoman", "spokesperson", "envoy", "aide", "adviser", "advisor", "representative", "office"}
_LOWER_WORDS_THEN_NAME_RE = re.compile(r"(?:(?:[\w.]+\s+){0,2}[\w.]+['’]s\s+|(?:[A-Z][\w.&-]*\s+){1,3}(?=[a-z]))?(?:[a-z][\w'’-]*\s+)+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*)$")
_DETERMINER_POSSESSIVE_RE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[\w.]+\s+){0,2}[\w.]+['’]s\s")
_COMPANY_TITLE_THEN_NAME_RE = re.compile(r"(?:[A-Z][\w.&-]*\s+){1,2}(?:(?:Chief|Executive|Officer|CEO|Chairman|Chairwoman|Founder|Managing|Director)\s+)+"
                         r"((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){1,2})$")
_AND_WORD_RE = re.compile(r"\s(?:and|&)\s")
_DOCUMENT_ADJECTIVE_START_RE = re.compile(r"^(?:joint|official|written|brief|short|separate)\s+")
_ACTING_RE = re.compile(r"(?<=^[Tt]he )(?:acting|interim|caretaker|outgoing|incoming|newly[- ](?:appointed|elected))\s+(?=[A-Z])")
_AFTER_MEETING_RE = re.compile(r"(?:After|Following)\s+(?:(?:a|the|their)\s+)?(?:meeting|meetings|talks|(?:a\s+)?(?:phone|telephone)\s+call)\s+with\b[^.;]*,\s*$")
_FROM_SOURCE_END_RE = re.compile(r"\b(?:from|by|of)\s+(.+)$")
_INDEFINITE_START_RE = re.compile(r"^(?:a|an|one)\s+", re.I)
_FUNCTION_WORD_RE = re.compile(r"\b(?:of|for|in|at|and|or|by|from|with|to)\s")
_IN_OR_AT_RE = re.compile(r"\s+(?:in|at)\s+")
_PERSON_AFTER_BODY_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Commission|Council|Ministry|Office|Union|Agency|"
                                   r"Bank|Organization|Organisation|Forum|Court|Affairs|Nations|Republic|Federation|Kingdom)\s+"
                                   r"((?:[A-Z][\w'’-]+\s+(?:(?:von|van|der|de|da|du|bin|al|el)\s+)*){1,3}[A-Z][\w'’-]+)$")
_THE_ROLE_THEN_NAME_RE = re.compile(r"(?:the|The)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*)$")
_OF_COUNTRY_RE = re.compile(r"^(?:[A-Z][\w-]*\s+){1,4}of\s+(?:the\s+)?((?:(?:[A-Z][\w.'’-]*|of|the|and|van|von|der|de|da|du|bin|al|el)\s+){1,8}[A-Z][\w.'’-]*)$")
_TRAILING_RUN_RE = re.compile(r"((?:[A-Z][\w.'’-]*\s+(?:(?:bin|ibn|al|el|von|van|der|de|da|du)\s+)*){1,6}[A-Z][\w'’-]+)$")
_BODY_OF_RE = re.compile(r"\sof\s")
_INTRO_CLAUSE_RE = re.compile(r"(?:(?:[A-Z][a-z]+ly\s+[a-z]+ing|In|On|At|During|After|Before|Although|While|Though|As|When|Despite|Following|Earlier|Later|However|Meanwhile|Separately|In response|For (?:his|her|their) part|[A-Z][a-z]+ing|[A-Z][a-z]*ed|Led|Held|Made|Taken|Given|Told|Seen|Known|Built|Brought|Drawn|Sent|Shown|Met|Backed|Set)\b[^,]{0,140},\s*)")



# Offices every country has: "the President" names an office holder only in a text of that
# President's government
OWN_COUNTRY_ROLES = {"president", "premier", "minister", "chancellor", "spokesperson", "spokesman", "spokeswoman", "king",
                     "emir", "ambassador", "secretary"}


# Plural heads of a joint subject of two nationalities ("the Turkish and Greek foreign ministers")
JOINT_HEADS = {"ministers", "leaders", "presidents", "premiers", "delegations", "governments", "diplomats", "envoys", "negotiators"}


_ROYAL_FIRST_NAME_RE = re.compile(r"(?:Sheikh|Shaikh|Sheikha|Prince|Princess|Emir|Sultan)\s+([A-Z][\w'’-]+)")
_FORMER_EPITHET_RE = re.compile(r"(?:[Tt]he|[Tt]his)\s+former\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+")
_CAPTION_START_RE = re.compile(r"\s*(?:Photos?|Images?|Pictures?|Credits?|Sources?|File\s+photo|Video|Caption|Illustration)\s*:", re.I)
# "The members of the Security Council": a body named by its members
_MEMBERS_OF_BODY_RE = re.compile(r"(?:[Tt]he\s+)?(?:[Mm]ember\s+[Ss]tates|[Mm]embers)\s+of\s+((?:the\s+)?[A-Z].*)")
# "Foreign ministers from the EU and the AU": members of two sides, who speak together
_MEMBERS_OF_TWO_RE = re.compile(r"(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}(?i:ministers|leaders|officials|delegations|representatives|envoys|negotiators)\s+"
                                r"(?:(?:of|for)\s+(?:the\s+)?(?:Foreign|External)\s+Affairs\s+)?(?:from|of)\s+((?:the\s+)?[A-Z][^,;]{1,50}?)\s+and\s+((?:the\s+)?[A-Z][^,;]{1,50})$")
# "Vice Premier for Law and Security": a title whose portfolio has an "and" of its own
_PORTFOLIO_END_RE = re.compile(r"\b(?:[Mm]inister|[Pp]remier|[Ss]ecretary|[Cc]ommissioner|[Cc]hancellor|[Dd]irector|[Ee]nvoy|[Rr]epresentative)\s+(?:of|for)\s+"
                               r"(?:the\s+)?(?:(?:Law|Security|Foreign|Affairs|Trade|Defen[cs]e|Justice|Home|Interior|Economy|Economic|Finance|Development|"
                               r"Cooperation|International|Relations|Europe|European|Commonwealth|Culture|Education|Health|Energy|Environment|"
                               r"Agriculture|Industry|Investment|Tourism|Information|Planning|Public|National|Social|Human|Rights|Labou?r|Youth|"
                               r"Science|Technology|Transport|Communications|Digital|Climate|Integration|Diaspora|Expatriates|Regional)\s*)+$")
_GIVEN_NAME_TITLES = {"prince", "princess", "sheikh", "sheikha", "emir", "king", "queen", "sultan"}

_ORGANISATION_NOUNS = {"the bloc", "the union", "the alliance", "the organisation", "the organization", "the grouping"}


class DocumentSpeakers(Cast):
    """A document's cast, with the speakers in focus and the resolution of speaker phrases."""

    def __init__(self, text: str, sentences, registry, title: str = "", outlet: str = ""):
        super().__init__(text, sentences, registry, title, outlet)
        self.salience: list[tuple[int, Speaker]] = []
        self.turn_side: str | None = None  # the side of the transcript turn being read, if any
        self._appositives: dict[str, list] = {}  # role noun -> people introduced with it (role_appositives)
        self._authors: list | None = None  # documents whose author the text names (document_authors)
        self.date = ""  # the document's date (ISO), for office holders the text never names

    def resolve_pronoun(self, pron: str, pos: int) -> Speaker | None:
        want = PRONOUNS.get(pron.lower(), "")
        if want == "they" and self.sents and _AFTER_MEETING_RE.match(self.text, self.sents[self.sent_index(pos)][1], pos):
            return Speaker("both sides", "both sides", "they", "both")  # "After meeting with X and Y, they expressed ..."
        for p, sp in reversed(self.salience):
            if p > pos:
                continue
            if want in ("he", "she"):
                if sp.kind in ("person",) and sp.pronoun in (want, ""):
                    return sp
                if sp.kind == "anonymous" and sp.pronoun in (want, "") and clean_tok(sp.name.split()[-1]).lower() in OFFICIAL_HEADS \
                        and (len(sp.name.split()) <= 2 or clean_tok(sp.name.split()[-1]).lower().startswith("spokes")):
                    # "The Secretary-General reiterates ... He urges ...", "Foreign Office Spokesperson
                    # said ... He said ...": one official, unnamed
                    return sp
            elif want == "they":
                if sp.kind in ("group", "anonymous", "both") or sp.name == "both sides" or sp.pronoun == "they":
                    return sp
                if sp.kind == "person" and MET_WITH_RE.search(self.text, p, self.sents[self.sent_index(p)][2]):
                    return Speaker("both sides", "both sides", "they", "both")  # "X met Y on Monday. They agreed ..."
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
        words = [w for w in _ROLE_WORD_RE.findall(role_l) if current_countries().side_of(w) is None and w not in {"senior", "top", "leading", "the"}]
        if "of" in words[1:] and (" of the " in role_l or re.search(r"\bof\s+[A-Z]", role)):
            words = words[:words.index("of")]  # "the chairperson of the commission": a chairperson (not "... of one firm")
        head = words[-1] if words else ""
        if head in INSTITUTION_WORDS and head not in PERSON_HEADS:
            return self.resolve_institution(head, pos)
        if head in {"person", "persons", "people", "source", "sources", "official", "officials", "diplomat", "diplomats", "insider", "insiders"}:
            stem = head.rstrip("s") if head != "people" else "people"
            for p, sp in reversed(self.salience):
                if p <= pos and sp.kind == "anonymous":
                    sh = source_head(sp.name)
                    if sh and (sh.rstrip("s") if sh != "people" else "people") == stem:
                        return sp
        cands = self.registry.role(role_l)
        found: list[tuple[int, object]] = []  # (position of the mention, speaker or actor)
        # a recent speaker or subject who holds the role (registry role, or title in this text)
        nationality = side_from_words(role_l.split())
        prefer = self.home_side or self.turn_side
        own_office = prefer and getattr(current_countries().by_name.get(prefer), "kind", "") == "state" and nationality == "unknown" \
            and (head in {"president", "secretary", "premier", "chancellor"} or role_l.endswith("prime minister"))
        for p, sp in reversed(self.salience):
            if p > pos or pos - p > 2500 or own_office and sp.side != prefer:
                continue  # ("The Prime Minister" of India's own readout is never Japan's, named last)
            if nationality != "unknown" and sp.side != nationality and (sp.side != "unknown" or self.introduced_sides.get(sp.name, nationality) != nationality):
                continue  # "the Guatemalan foreign minister" is not the Belizean one in focus
            actor = self.registry.by_name.get(sp.name)
            if (actor is not None and actor in cands) or (words and sp.kind == "person" and all(w in self.titles_of(sp.name, registry=False) for w in words)):
                return sp  # the holder in focus wins over mere mentions
            if sp.kind == "anonymous" and head.startswith("spokes") and clean_tok(sp.name.split()[-1]).lower() == head and " " in sp.name:
                return sp  # "Foreign Office Spokesperson said ... The spokesperson said ...": the same one
        # a registry actor with that role mentioned earlier
        for actor in cands:
            at = self.mentioned(actor, pos) if nationality in ("unknown", actor.side) else -1
            if at >= 0:  # (of the role's country: "the Jordanian minister" is no Egyptian one)
                found.append((at, actor))
        # a person introduced with that title ("Foreign Minister Yoko Kamikawa"): the last one
        # before *pos* (and the last of the side a government's own text prefers, below)
        if words:
            entries = self.titled_names.get(words[0], [])
            k = bisect.bisect_left(entries, (pos,))
            wanted = self.home_side or self.turn_side
            first = True
            while k > 0:
                k -= 1
                start, tl, titles, toks = entries[k]
                if all(w in tl for w in words) and not all(t in INSTITUTION_HEADS for t in toks):
                    name = " ".join(toks)  # not "Chairperson of the Commission": a body, no name
                    regs = self.registry.surname(name) if len(toks) == 1 else []  # "Minister Sybiha", never named in full
                    full = self.fullest_name(name, start) if len(toks) == 1 and not regs or len(toks) == 2 and toks[0] in ("Al", "El") else None
                    name = full[0] if full and " " in full[0] else name  # "RSF Commander Hemetti", named in full before
                    sp = self.lookup(name) or (regs[0] if len(regs) == 1 else None) or Speaker(name, side_from_words(titles))
                    known = getattr(sp, "side", "unknown")
                    if nationality != "unknown" and nationality != known and (known != "unknown" or self.introduced_sides.get(name, nationality) != nationality):
                        continue  # another country's holder of the title
                    own = getattr(sp, "side", None) == wanted
                    if first or own:
                        found.append((start, sp))
                    first = False
                    if not wanted or own:
                        break
        # a person introduced by the role in apposition: "The Chairperson of the Commission of
        # the African Union, Moussa Faki Mahamat, ..." / "Moussa Faki Mahamat, the Chairperson of ..."
        if head in PERSON_HEADS or head in OFFICIAL_HEADS:
            found.extend((end, sp) for end, sp in self.role_appositives(head) if end <= pos)
        # an earlier indefinite mention: "a senior U.S. defense official ... the official"
        if head and head not in {"minister", "president", "secretary", "premier"}:
            mentions = self.indefinite_mentions(head)
            k = bisect.bisect_right(mentions, (pos,)) - 1
            while k >= 0 and mentions[k][1] > pos:
                k -= 1  # a mention must end before *pos*
            if k >= 0 and len(mentions[k][2].split()) > len(role_l.split()):
                phrase = mentions[k][2]
                found.append((mentions[k][0], Speaker(phrase, side_from_words(phrase.split()), "", "anonymous")))
        if found and own_office:
            # "the President" in a government's own text, or in its spokesperson's turn, is its
            # own president: never the foreign one named last ("President Xi")
            found = [f for f in found if getattr(f[1], "side", None) == prefer]
            if not found:
                return None
        if found:
            best = max(found, key=lambda x: x[0])[1]
            return self.actor_speaker(best) if isinstance(best, Actor) else best
        # the holder of the office on the document's date: "the Secretary-General" of a UN
        # briefing of 2016; a bare "President" only in its own government's text
        holders = self.registry.holders(role_l, self.date) if self.date else []
        if prefer and prefer != "unknown":
            holders = [a for a in holders if a.side == prefer]
        elif head in OWN_COUNTRY_ROLES and side_from_words(role_l.split()) == "unknown":  # "Iran's foreign minister" names its country
            holders = []
        if len(holders) == 1:
            return self.actor_speaker(holders[0])
        # "Iran's foreign minister said ..." in a lede that names him further on
        if cands and side_from_words(role_l.split()) != "unknown":
            later = [(at, a) for a in cands if (at := self.mentioned(a, len(self.text))) > pos]
            if len(later) == 1:
                return self.actor_speaker(later[0][1])
        # "the Chair" of a "Chair's Statement of the ... ASEM Foreign Ministers' Meeting": the
        # chair of the organisation the headline names
        if head in {"chair", "chairman", "chairperson", "chairwoman", "chairmanship", "presidency"}:
            titled = [self.resolve(name, pos) for name in sorted(self._org_titled)]  # "OSCE Chairperson-in-Office X"
            if len(titled) == 1 and titled[0] is not None and titled[0].kind == "person":
                return titled[0]
            side = side_from_words((self.title or "").replace("'s", " ").replace("’s", " ").split())
            org = current_countries().by_name.get(side)
            if org is not None and org.kind == "organisation":
                return Speaker(f"{side} Chair", side, "", "anonymous")
        # the most recent person in focus whose side fits
        if head in PERSON_HEADS:
            want = nationality
            for p, sp in reversed(self.salience):
                if p <= pos and sp.kind == "person" and (want == "unknown" or sp.side == want or sp.side == "unknown"
                                                         and self.titles_of(sp.name, registry=False) & OFFICIAL_HEADS):
                    return sp  # (a person of no known side only with an official's title: not "Falklands")
            # "the Saudi minister": the registry's person of that side and role the text named last
            if want != "unknown":
                best = None
                for start, _titles, toks in self.names:
                    if 0 <= start < pos:
                        actor = self.lookup(" ".join(toks))
                        if actor is not None and actor.side == want and any(head in r.split() for r in actor.roles):
                            best = (start, actor) if best is None or start > best[0] else best
                if best is not None:
                    return self.actor_speaker(best[1])
                # or the person the text introduced as of that side ("his Guatemalan counterpart X")
                named = [(start, " ".join(toks)) for start, _titles, toks in self.names
                         if 0 <= start < pos and len(toks) >= 2 and self.introduced_sides.get(" ".join(toks)) == want]
                if named:
                    name = max(named)[1]
                    actor = self.lookup(name)
                    return self.actor_speaker(actor) if actor else Speaker(name, want, "", "person")
        return None

    def role_appositives(self, head: str) -> list[tuple[int, Speaker]]:
        """Every person the text introduces with the role *head* in apposition, as ``(end of
        the mention, speaker)``; found once per document and role noun."""
        if head not in self._appositives:
            # the role and its prepositional phrase only ("The Chairperson of the Commission of the
            # African Union, X,"), never a clause ("the Secretary-General spoke with His Excellency, X,")
            # "The ...", or a country's: "Brazil's Foreign Minister, Mauro Vieira,"
            role_re = r"(?:[Tt]he|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?i:" + re.escape(head) + r")\b(?:\s+(?:of|for|to|on|at|in)\b[^,.;:\n]{0,80})?"
            word = r"(?:[A-Z][\w'’-]+|(?:al|el|ad|as|ash|bin|ibn|abu)-[A-Z][\w'’-]+)"  # "Mariam al-Sadiq al-Mahdi"
            name_re = r"(?:(?:Dr|Mr|Ms|Mrs|Prof|H\.\s?E)\.?\s+)?([A-Z][\w'’-]+\s+(?:(?:bin|ibn|de|da|van|von|der|du|al|el)\s+)?(?:" + word + r"\s+){0,2}" + word + r")"
            out = []
            for m in re.finditer(r"\b" + role_re + r",\s+" + name_re + r"[,.;]|\b" + name_re + r",\s+" + role_re + r"[,.;]", self.text):
                name = m.group(1) or m.group(2)
                role_side = side_from_words(m.group(0).replace(name, " ").split())  # "... of the African Union"
                out.append((m.end(), self.lookup(name) or Speaker(name, role_side, "", "person")))
            self._appositives[head] = out
        return self._appositives[head]

    def resolve_document(self, pos: int) -> Speaker | None:
        """"the statement", "the communique" without an author of their own: see :mod:`.documents`."""
        if self._authors is None:
            self._authors = document_authors(self)
        return resolve_document(self, self._authors, pos)

    def resolve_institution(self, head: str, pos: int) -> Speaker | None:
        """"the ministry", "the agency", "the council": the most recent institution named
        before, preferring one whose name ends with that word."""
        best = None
        for p, sp in reversed(self.salience):
            if p <= pos and sp.kind == "institution":
                if sp.name.lower().split()[-1] == head:
                    return sp
                best = best or sp
            elif p <= pos and best is None and head in STATE_BODIES and sp.kind == "group" and sp.side in current_countries().names:
                # "Algeria recalled its ambassador. The government said ...": that state's government
                state = state_body(self, head, p)
                if state is not None:
                    return state
        for start, titles, toks in reversed(self.names):
            if 0 <= start < pos and toks and len(toks) >= 2 and (toks[-1].lower() == head or _BODY_OF_RE.search(" ".join(toks[1:]).lower() + " ", 0) and head in [t.lower() for t in toks[:-1]]):
                # "the council" is "the Peace and Security Council of the African Union" too
                name = " ".join(toks)
                actor = self.lookup(name)
                if actor:
                    return self.actor_speaker(actor)
                full = self.text[start:start + 200]
                m = re.match(r"(?:(?:the|The)\s+)?((?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|the)\s+)*)*" + re.escape(toks[-1]) + r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)", full)
                return Speaker(m.group(1) if m else name, side_from_words(titles + toks), "it", "institution")
        return best or state_body(self, head, pos) or body_of_organisation(self, head, pos)

    def resolve(self, np: str, pos: int) -> Speaker | None:
        """Resolve a speaker noun phrase at *pos* to a Speaker, or None.

        Sides, where the phrase itself names none: a person takes the side the document gave
        them where it introduced them (``introduced_sides``); an unnamed official the side of
        the institution named ("a State Department spokesperson"); and people who speak for
        no government ("Chinese experts", "analysts") have no side."""
        sp = self._resolve(np, pos)
        if sp is not None and sp.kind == "anonymous" and _FORMER_EPITHET_RE.fullmatch(np.strip()):
            # '"...," the former ambassador to Senegal said': an epithet of the person in focus
            sp = next((p_sp for p, p_sp in reversed(self.salience) if p <= pos and pos - p < 1500 and p_sp.kind == "person"), sp)
        return None if sp is None else named_with_side(settle_side(sp, self, pos))

    def _resolve(self, np: str, pos: int) -> Speaker | None:
        np = _ACTING_RE.sub("", np.strip().strip(","))  # "The acting Afghan Foreign Minister X": the minister X
        if not np:
            return None
        low = np.lower().replace("’", "'")
        if low in PRONOUNS:
            return self.resolve_pronoun(low, pos)
        honorific = HONORIFIC_START_RE.match(np)
        if honorific and honorific.end() < len(np):  # "His Highness Sheikh X", "HH Prince Y": the person
            return self._resolve(np[honorific.end():], pos)
        royal = _ROYAL_FIRST_NAME_RE.fullmatch(np)
        if royal:  # "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": by the first name
            full = None
            for full in re.compile(r"\b" + re.escape(royal.group(1)) + r"(?:\s+(?:bin|ibn|bint|[Aa]l|[A-Z][\w'’-]+)){2,5}").finditer(self.text, 0, pos):
                pass
            if full is not None:
                return self._resolve(full.group(0), pos)
        if low in BOTH_SIDES or low.startswith(("the ", "both ")) and f"the {strip_det(low)}" in BOTH_SIDES \
                or BOTH_SIDES_RE.fullmatch(low):  # "the leaders" are the two, "leaders" are some
            return organisation_group(self, low, pos) or Speaker("both sides", "both sides", "they", "both")
        if REGIONAL_GROUP_RE.fullmatch(np):  # "the Nordic and Baltic countries": several states together
            return Speaker("both sides", "both sides", "they", "both")
        if GROUP_HEAD_RE.fullmatch(low) and side_from_words(low.split()) == "unknown":  # "the Co-Chairs" of a body named before
            group = organisation_group(self, low, pos)
            if group is not None:
                return group
        two = _MEMBERS_OF_TWO_RE.match(np)
        pair = two.group(1, 2) if two else _AND_WORD_RE.split(np) if " and " in np and np.count(" and ") == 1 else ()
        if len(pair) == 2 and ", " in pair[0] and len(pair[0].split(", ")) <= 3:
            pair = (*pair[0].split(", "), pair[1])  # "Germany, Poland and France": three sides together
        if len(pair) >= 2:
            # "Foreign ministers from the European Union (EU) and African Union (AU)", "the European
            # Union and African Union": two sides named as such speak together
            sides = {_side_or_context(strip_det(re.sub(r"\s*\([^()]*\)", "", g).strip())) for g in pair}  # ("Jordan": a name too)
            if len(sides) == len(pair) and None not in sides:
                return Speaker("both sides", "both sides", "they", "both")
            people = [self.resolve(g, pos) for g in pair] if len(pair) == 2 and all(g.strip().lower().startswith("the ") for g in pair) else []
            if people and all(p is not None and p.kind == "person" and p.side != "unknown" for p in people) and people[0].side != people[1].side:
                return Speaker("both sides", "both sides", "they", "both")  # "The Prime Minister and the Chairperson of the Commission"
        if MEETING_NP_RE.fullmatch(np):  # "the meeting expressed ...": the body that met
            body = meeting_body(self, np, pos)
            if body is not None:
                return body
        members = _MEMBERS_OF_BODY_RE.fullmatch(np)
        if members:  # "The members of the Security Council": the body, spoken of as "they" after
            body = self.resolve(members.group(1), pos)
            if body is not None and body.kind in ("institution", "group"):
                return Speaker(body.name, body.side, "they", body.kind)
        actor = self.lookup(np) or self.lookup(strip_det(np))
        if actor:
            return self.actor_speaker(actor)
        if low in _ORGANISATION_NOUNS:  # "the bloc said", "a communique issued by the union"
            org = recent_organisation(self, low.split()[-1], pos)
            if org is not None:
                return org
        if low.startswith("its ") and len(low.split()) <= 5:  # "its foreign affairs ministry": the state's
            sp = state_body(self, low[4:], pos)
            if sp is not None:
                return sp
        body = body_in_place(np, self.registry)
        if body is not None:
            return body
        office = office_of_country(self, np)
        if office is not None:
            return office
        bare_np = strip_det(np)
        if bare_np.lower() in current_countries().candidates:
            side = current_countries().in_context(bare_np)  # "Congo accuses ..." in a story about DR Congo
            if side:
                return Speaker(bare_np, side, "it", "group")
        country = country_as_subject(np)
        if country is not None:  # "Moscow rejected ...", "Britain said ...": named as written
            return Speaker(strip_det(np).rstrip("'’").removesuffix("'s").removesuffix("’s"), country, "it", "group")
        # "(the) European Union's foreign policy chief Kaja Kallas", "Kremlin spokesman Dmitry
        # Peskov", "Nvidia Chief Executive Jensen Huang" -> the name at the end
        np2 = strip_det(np) if _DETERMINER_POSSESSIVE_RE.match(np) else np
        m = _LOWER_WORDS_THEN_NAME_RE.match(np2)
        if m is None:
            m = _COMPANY_TITLE_THEN_NAME_RE.match(np2)
        if m and np2.split()[0].lower() not in {"the", "a", "an"} | PRONOUN_WORDS | DETERMINERS and not _FUNCTION_WORD_RE.search(np2[: m.start(1)]) \
                and (np2[: m.start(1)].split()[-1] not in NAME_PARTICLES or len(np2[: m.start(1)].split()) == 1):  # not "Majed bin Mohammad Al Ansari"
            return self.resolve(m.group(1), pos)
        if " " not in np and len(np) >= 7 and np.endswith("ing") and np[:1].isupper() \
                and self.lookup(np) is None and self.fullest_name(np, len(self.text)) is None:
            # "Fighting between two rival generals ...": a gerund opening a sentence, no name
            # (but "Quisumbing said", after "Maria Elena Quisumbing")
            return None
        the_role = _THE_ROLE_THEN_NAME_RE.match(np)
        if the_role and is_role_head(the_role.group(1).split()[-1].lower()):
            # "the envoy Ana Roca", "the chief negotiator Ali Bagheri": the person named
            sp = self.resolve(the_role.group(2), pos)
            if sp is not None and sp.kind == "person":
                return sp
        toks = np.split()
        if len(toks) == 1 and toks[0].lower() in DETERMINERS:
            return None
        if toks[0][:1].isupper() and toks[0].lower() in ROLE_HEADS | {"senior", "top", "western", "foreign", "local", "regional", "military", "government", "administration", "industry", "security", "trade", "defense", "defence"} - {"president", "premier", "secretary", "minister", "chairman", "chair", "ambassador", "envoy"} and len(toks) <= 5 and is_role_head(toks[-1]):
            toks[0] = toks[0].lower()  # "Analysts said" at the start of a sentence
            np = " ".join(toks)
        last_word = clean_tok(np.split()[-1])
        if _AND_WORD_RE.search(np) and last_word not in INSTITUTION_NAME_WORDS and last_word not in INSTITUTION_HEADS:
            parts = _AND_WORD_RE.split(np)
            if len(parts) == 2 and _PORTFOLIO_END_RE.search(parts[0]):
                # "Vice Premier for Law and Security Tokon Mamytov", "Minister for Foreign Affairs and
                # Trade X": the "and" is the portfolio's; the person is the name at the end
                tail = _TRAILING_RUN_RE.search(np)
                sp = self.resolve(tail.group(1), pos) if tail else None
                if sp is not None and sp.kind == "person":
                    side = side_from_words(parts[0].split())
                    return sp if sp.side != "unknown" or side == "unknown" else Speaker(sp.name, side, sp.pronoun, sp.kind)
            # "South Korean and Japanese officials" is one group; "The Secretary and the National
            # Security Advisor" two phrases, each with its own determiner
            whole_first = parts[0].split()[0].lower() in {"the", "a", "an"} or parts[0][:1].isupper() and len(parts[0].split()) >= 2
            if len(parts) > 2:
                # "President X and Qatari Prime Minister and Foreign Minister Y": the split whose
                # halves are two people of two sides
                for k in range(1, len(parts)):
                    a = self.resolve(" and ".join(parts[:k]), pos)
                    b = self.resolve(" and ".join(parts[k:]), pos) if a is not None and a.kind == "person" else None
                    if a is not None and a.kind == "person" and (b is None or b.kind != "person"):
                        tail = _TRAILING_RUN_RE.search(" and ".join(parts[k:]))
                        b = self.resolve(tail.group(1), pos) if tail else None
                    if a is not None and b is not None and b.kind == "person" and a.side != b.side and "unknown" not in (a.side, b.side):
                        return Speaker("both sides", "both sides", "they", "both")
            if len(parts) == 2 and all(p.strip() for p in parts) and (whole_first or not is_role_head(clean_tok(parts[0].split()[-1]))):
                a, b = (self.resolve(p, pos) for p in parts)
                if b is not None and b.kind == "person" and " " in b.name and all(clean_tok(w).lower() in TITLE_WORDS for w in parts[0].split()):
                    return b  # "Deputy Prime Minister and Foreign Minister Ayman Safadi": two titles, one person
                if b is not None and b.kind == "person" and (a is None or a.kind in ("institution", "anonymous")) and parts[0].split()[0].lower() not in DETERMINERS \
                        and clean_tok(parts[1].split()[0]).lower() not in TITLE_WORDS:
                    return b  # "International Relations and Cooperation Minister Naledi Pandor": a ministry's name in the title
                if a and b and ({a.side, b.side} == {"United States", "China"} or (a.kind != "person" and b.kind != "person" and a.name != b.name)):
                    return Speaker("both sides", "both sides", "they", "both")
                if a and b and a.name == b.name:
                    return a
                if clean_tok(toks[-1]).lower() in JOINT_HEADS and len({side_from_words(p.split()) for p in parts} - {"unknown"}) == 2:
                    return Speaker("both sides", "both sides", "they", "both")  # "Nigerian and Kenyan Presidents"
                if toks[-1][:1].islower():  # "South Korean and Japanese officials"
                    sides = {side_from_words(p.split()) for p in parts}
                    if len(sides) == 2 and "unknown" not in sides and clean_tok(toks[-1]).lower() in JOINT_HEADS:
                        return Speaker("both sides", "both sides", "they", "both")  # "the Turkish and Greek foreign ministers"
                    return Speaker(strip_det(np), "unknown", "they", "anonymous")
                if a and b and a.kind == b.kind == "person":
                    # "Secretary Blinken and Minister Akiba emphasized": a joint statement,
                    # unless both speak for the same side (then the two of them as a group)
                    if a.side == b.side and a.side != "unknown":
                        return Speaker(f"{a.name} and {b.name}", a.side, "they", "group")
                    return Speaker("both sides", "both sides", "they", "both")
                return Speaker(strip_det(np), a.side if a and b and a.side == b.side else "unknown", "they", "group")
        definite = toks[0].lower() in {"the"} or toks[0].lower().endswith(("'s", "’s"))
        first_cap = cap(toks[0]) and toks[0].lower() not in DETERMINERS
        core = [t for t in toks if t.lower() not in {"the", "a", "an"}]
        if not core:
            return None
        # Documents, posts and statements stand for their author: "a Commerce Ministry statement"
        if len(core) > 2 and core[-1].lower() in {"published", "released", "issued", "posted", "carried", "run"} and clean_tok(core[-2]).lower() in DOCUMENT_HEADS:
            core = core[:-1]
        occasion = DOCUMENT_OCCASION_RE.fullmatch(np)
        if occasion:  # "the joint statement after their meeting": the statement's author
            sp = self.resolve(occasion.group(1), pos)
            if sp is not None:
                return sp
            if re.search(r"\bjoint\b", occasion.group(1), re.I):  # "a joint statement issued after the meeting": the parties
                return Speaker("both sides", "both sides", "they", "both")
        by = DOCUMENT_BY_RE.fullmatch(np)
        if by and not re.search(r"\bjoint\b", np, re.I):  # "a statement from the ministry said": the ministry
            sp = self.resolve(by.group(1), pos)
            if sp is not None:
                return sp
        head = clean_tok(core[-1]).lower()
        if head in DOCUMENT_HEADS and core[0].lower() in ("his", "her", "their") and len(core) <= 5:
            return self.resolve_pronoun({"his": "he", "her": "she", "their": "they"}[core[0].lower()], pos)  # "his Twitter (X) post"
        if head in DOCUMENT_HEADS and len(core) > 1:
            inner = " ".join(core[:-2] if head == "sheet" and core[-2].lower() == "fact" else core[:-1])
            if inner.lower().endswith(("'s", "’s")):
                inner = inner[:-2]
            inner = _DOCUMENT_ADJECTIVE_START_RE.sub("", inner)
            sp = self.resolve(inner, pos) if inner[:1].isupper() else None
            if sp:
                return sp
        if head in DOCUMENT_HEADS:
            m = _FROM_SOURCE_END_RE.search(np)
            if m:
                return self.resolve(m.group(1), pos)
            return self.resolve_document(pos) if definite or toks[0].lower() in {"this", "that", "its"} else None
        src = SOURCE_PHRASE_RE.match(np)
        if src:
            display = _INDEFINITE_START_RE.sub("", strip_det(np))
            if display.split()[0].lower() in DETERMINERS:
                display = display[0].lower() + display[1:]
            head = src.group(2).lower()
            return Speaker(display, side_from_words(src.group(1).split()),  # the words before the head: "U.S."
                           "they" if head.endswith(("s", "people")) else "", "anonymous")
        # A person and the body they belong to: "Scott Kennedy of the Center for Strategic and
        # International Studies" is Scott Kennedy (not an institution of that name).
        person = person_of_body(np)
        if person:
            sp = self.resolve(person, pos)
            if sp is not None and sp.kind == "person":
                return sp
        # "the President of the European Commission Ursula von der Leyen": the person after the body
        tail = _PERSON_AFTER_BODY_RE.search(np) if (" of " in np or " for " in np) else None
        if tail:
            sp = self.resolve(tail.group(1), pos)
            if sp is not None and sp.kind == "person":
                return sp if sp.side != "unknown" else Speaker(sp.name, side_from_words(np.split()), sp.pronoun, sp.kind)
        of = _OF_COUNTRY_RE.search(np) if (" of " in np and toks[0][:1].isupper()) else None
        if of:  # "President of the Republic of Korea Yoon Suk Yeol", "President of the Philippines Ferdinand Marcos Jr."
            words = of.group(1).split()
            country, i = None, 0
            for i in range(len(words) - 2, 0, -1):  # the country part ends where the name begins
                if words[i][:1].isupper() and words[i - 1][:1].isupper():
                    country = next((c for j in range(i) if (c := current_countries().side_of(" ".join(words[j:i])))), None)
                    if country:
                        break
            if country:
                name = " ".join(words[i:])
                actor = self.lookup(name)
                if actor is not None:
                    return self.actor_speaker(actor)
                return Speaker(name, country, "", "person")
        # Institutions: "the Commerce Ministry", "China's Foreign Ministry"
        bare = toks[1:] if toks[0].lower() in {"the", "a", "an"} and len(toks) > 1 else toks
        inst = _IN_OR_AT_RE.split(" ".join(bare))[0].split()
        owner = []
        poss = [i for i, t in enumerate(inst[:-1]) if t.endswith(("'s", "’s")) and t[:1].isupper()]
        if poss:
            owner, inst = inst[: poss[0] + 1], inst[poss[0] + 1:]  # "Japan's Foreign Ministry" -> "Foreign Ministry"
        is_inst = any(clean_tok(t).rstrip(".") in INSTITUTION_HEADS or clean_tok(t).lower() in INSTITUTION_WORDS for t in inst[-1:])
        is_inst = is_inst or (len(inst) > 1 and all(t[:1].isupper() or t.lower() in {"of", "for", "and", "the", "on"} for t in inst)
                              and (clean_tok(inst[-1]) in INSTITUTION_NAME_WORDS
                                   # "Ministry of Foreign Affairs of Chile", "Office of the President"
                                   or clean_tok(inst[0]) in INSTITUTION_HEADS and inst[1].lower() == "of" and len(inst) > 2))
        if inst and is_inst and len(inst) > 2 and inst[1] == "of" and clean_tok(inst[0]).lower() in OFFICIAL_HEADS:
            sp = self.resolve_role(" ".join(inst).lower(), pos, True)  # "the Chairperson of the Commission": a person
            if sp is not None and sp.kind == "person":
                return sp
        if inst and is_inst:
            name = " ".join(clean_tok(t) for t in inst)
            actor = self.lookup(name) or (None if owner else self.lookup(" ".join(clean_tok(t) for t in core)))
            owner_side = side_from_words(owner) if owner else ""
            if actor and (not owner or owner_side == actor.side or self.lookup(" ".join(owner + inst))):
                return self.actor_speaker(actor)
            if owner:
                return Speaker(name, owner_side, "it", "institution")
            if inst[-1][:1].islower() and inst[0].lower() in {"the", "a", "an"}:
                name = " ".join(clean_tok(t) for t in inst[1:])
            if len(inst) == 1 and inst[0] in INSTITUTION_HEADS and toks[0].lower() == "the":
                sp = self.resolve_institution(name.lower(), pos)  # "The Authority" of "The Authority of Heads of State ... of ECOWAS"
                if sp is not None and sp.name != name:
                    return sp
            if name.lower() in ROLE_HEADS or name.lower() in INSTITUTION_WORDS:
                # "the ministry", or "Council" alone (a communique's "Council: 1. Takes note ...")
                sp = self.resolve_role(name.lower(), pos, toks[0].lower() == "the" or len(toks) == 1)
                if sp:
                    return sp
            return Speaker(name, side_from_words(core), "it", "institution")
        if any(clean_tok(t).rstrip(".") in INSTITUTION_HEADS and not (i + 1 < len(core) and clean_tok(core[i + 1]).lower() in TITLE_WORDS)
               for i, t in enumerate(core)) and core[-1][:1].isupper():  # not "Chief Cabinet Secretary Yoshimasa Hayashi"
            full = toks[1:] if toks[0].lower() in {"the", "a", "an"} else toks
            name = " ".join(clean_tok(t) for t in (full[1:] if full[0].lower().endswith(("'s", "’s")) else full))
            actor = self.lookup(name)
            if actor:
                return self.actor_speaker(actor)
            return Speaker(name, side_from_words(core), "it", "institution")
        if len(core) > 1 and core[0].endswith(("'s", "’s")) and core[0][:1].isupper() and core[1][:1].isupper():
            sp = self.resolve(" ".join(core[1:]), pos)
            if sp:
                return sp
        caps = [t for t in core if cap(t)]
        if len(caps) == len(core) or (first_cap and cap(core[-1])):
            titles, rest = split_titles(core)
            rest = [clean_tok(t) for t in name_words(rest)]  # "von der Leyen" keeps its particles, "Jiang Bin" stays
            more, rest = person_after_title(rest)
            titles = titles + more
            rest = [t for i, t in enumerate(rest) if t and (t not in NON_NAME_WORDS or (t == "He" and i + 1 < len(rest)))]
            if " of " in " ".join(rest) and len(rest) > 3:
                # "Zhang Yuxin of Xiamen University's Taiwan Research Institute" -> the person
                head, _, tail = " ".join(rest).partition(" of ")
                if 2 <= len(head.split()) <= 3 and any(w.strip("'’s") in INSTITUTION_HEADS or w in INSTITUTION_NAME_WORDS or w.startswith("Universit") for w in tail.split()):
                    rest = head.split()
            if " of " in np and len(rest) >= 3:
                # "Minister of Foreign Affairs Kang Kyung-wha of the ROK": the person, of that side
                who, _, where = np.rpartition(" of ")
                country = current_countries().side_of(strip_det(where.strip()))
                if country:
                    sp = self.resolve(who, pos)
                    if sp is not None and sp.kind == "person":
                        return sp if sp.side != "unknown" else Speaker(sp.name, country, sp.pronoun, sp.kind)
            if len(rest) >= 2 and rest[-1].lower() in GROUP_HEADS and side_from_words(rest) != "unknown":
                # "The BRICS Foreign Ministers", "G7 Leaders": the members of a group, together
                return Speaker(" ".join(core).removeprefix("The "), side_from_words(rest), "they", "group")
            if len(rest) >= 2 and rest[-1].lower() in _ROLE_AFTER_BODY and side_from_words(rest[:-1]) != "unknown":
                # "The ASEM Chair", "the OSCE Chairperson": a body's office, no person's name
                sp = self.resolve_role(" ".join(t.lower() for t in core), pos, True)
                return sp or Speaker(strip_det(np), side_from_words(rest[:-1]), "", "anonymous")
            if len(rest) >= 3 and rest[0] in PORTFOLIO_WORDS:
                titles, rest = titles + rest[:1], rest[1:]  # "minister for the Americas David Rutley"
            if rest:
                name = " ".join(rest)
                actor = self.lookup(name) or (self.lookup(" ".join(rest[-2:])) if len(rest) >= 3 else None) \
                    or (self.lookup(" ".join(rest[:3])) if len(rest) >= 4 and rest[1] in NAME_PARTICLES else None)  # ("Policy Josep Borrell", "Faisal bin Farhan bin Abdullah")
                if actor:
                    return self.actor_speaker(actor)
                if len(rest) == 1 and any(clean_tok(t).lower() in _GIVEN_NAME_TITLES for t in titles):
                    # "Prince Faisal" after "Prince Faisal bin Farhan": royals go by their given name
                    given = [" ".join(tk) for at, _t, tk in self.names if at < pos and len(tk) >= 2 and tk[0] == rest[0]]
                    if given:
                        full_given = max(given, key=len)
                        actor = self.lookup(full_given)
                        return self.actor_speaker(actor) if actor else Speaker(full_given, side_from_words(titles), "", "person")
                initials = all(t.upper() == t and len(t) > 1 for t in rest)  # "PSC", "AU PSC": a body by its initials
                if initials and rest[-1] in self.acronyms:
                    return Speaker(self.acronyms[rest[-1]][0], self.acronyms[rest[-1]][1], "it", "institution")  # "the PSC" defined before
                if len(rest) <= 2:
                    full = self.fullest_name(name, pos)
                    if full and (" " in full[0] or len(rest) > 1 or not self.registry.surname(rest[0])):  # ("Minister Sybiha" alone: the registry's)
                        actor = self.lookup(full[0])
                        if actor:
                            return self.actor_speaker(actor)
                        return Speaker(full[0], side_from_words(titles + full[1]), "", "person")
                    regs = self.registry.surname(rest[0]) if len(rest) == 1 else []
                    if regs:
                        seen = [(self.mentioned(a, len(self.text), surname=len(regs) == 1), a) for a in regs]
                        seen = [x for x in seen if x[0] >= 0]
                        if len(regs) == 1 or seen:
                            return self.actor_speaker(max(seen, key=lambda x: x[0])[1] if seen else regs[0])
                    if initials:
                        side = side_from_words(titles + rest[:-1])  # ("AU" in a text that names the African Union)
                        side = next(filter(None, map(current_countries().in_context, rest[:-1])), side) if side == "unknown" else side
                        return Speaker(" ".join(rest), side, "it", "institution")
                side = side_from_words(titles)
                if side == "unknown":
                    full = self.fullest_name(rest[-1], pos)
                    if full:
                        side = side_from_words(full[1])
                return Speaker(name, side, "", "person")
            # Only titles: "President", "The Secretary", "Foreign Minister"
            role = " ".join(clean_tok(t).lower() for t in titles if t.lower() not in {"the"})
            sp = self.resolve_role(role, pos, True)
            if sp:
                return sp
            return Speaker(strip_det(np), side_from_words(titles), "", "anonymous")
        # Lower-case role phrases: "the senior Chinese official", "US officials", "analysts"
        role = " ".join(clean_tok(t) for t in core)
        if core[0].lower() in DETERMINERS - {"the"}:
            role = " ".join(clean_tok(t) for t in core[1:]) if len(core) > 1 else role
        if toks[0].lower() in {"his", "her", "their", "its"}:
            return None  # "his counterpart said" is too vague to attribute safely
        owned = self.owned_role(toks, pos)
        if owned is not None:
            return owned
        if definite:
            sp = self.resolve_role(strip_det(role), pos, True)
            if sp:
                return sp
        if not is_role_head(clean_tok(core[-1])) and not toks[0].lower() in {"a", "an", "the", "one", "another"}:
            return None
        display = strip_det(" ".join(clean_tok(t) for t in toks))
        if toks[0].lower() in {"a", "an", "one", "another"}:
            display = role
        first = display.split()[0] if display else ""
        if first[:1].isupper() and first.lower() in ROLE_HEADS | DETERMINERS | {"senior", "top", "chinese", "western"} - {"chinese"}:
            display = first.lower() + display[len(first):]
        plural = clean_tok(core[-1]).lower().endswith("s")
        words = display.split()
        if len(words) > 1 and words[0] == "foreign" and words[1][:1].isupper():
            display = display[:1].upper() + display[1:]  # "Foreign Office Spokesperson", as written
        return Speaker(display, side_from_words(core), "they" if plural else "", "anonymous")

    def owned_role(self, toks: list[str], pos: int) -> Speaker | None:
        """"Rishi Sunak's official spokesman", "the UK prime minister's spokesman": someone who
        speaks for the owner named before the possessive, never the owner (nor the last person
        named). The side is the owner's."""
        k = next((i for i, t in enumerate(toks[:-1]) if t.endswith(("'s", "’s"))), -1)
        if k < 0 or clean_tok(toks[-1]).lower() not in _SPEAKS_FOR_HEADS:
            return None
        owner = " ".join(toks[: k + 1])[:-2]
        if not any(cap(t) for t in toks[: k + 1]):
            return None
        osp = self.resolve(owner, pos)
        side = osp.side if osp is not None and osp.kind != "anonymous" else side_from_words(toks[: k + 1])
        if side == "unknown":
            side = side_from_words(toks)
        return Speaker(strip_det(" ".join(toks)), side, "", "anonymous")

    def remember(self, pos: int, sp: Speaker | None) -> None:
        if sp is not None:
            self.salience.append((pos, sp))

    def subject_of(self, s: int, e: int) -> Speaker | None:
        """The speaker-like subject at the start of a sentence (after an intro clause); none
        in a caption or credit line ("Photo: AA Photo.")."""
        body = self.text[s:e]
        if _CAPTION_START_RE.match(body):
            return None
        off = 0
        m = _INTRO_CLAUSE_RE.match(body)
        if m:
            off = m.end()
            body = body[off:]
        np = np_at_start(body)
        named = _APPOSITIVE_NAME_RE.match(body, len(np)) if np is not None and body.startswith(np) else None
        if named:  # "The president of Mexico, Andrés Manuel López Obrador, on Wednesday ...": the name
            sp = self.resolve(named.group(1), s + off + named.start(1))
            if sp is not None and sp.kind == "person":
                return sp
        if np is not None and np.endswith(("'s", "’s", "s'", "s’")):
            # "Brazil's government confirmed ...": the possessed role or body speaks; "Abiy's
            # stated ambition ... has raised concerns": no speaker
            owned = re.match(re.escape(np) + r"\s+((?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))\b", body)
            np = f"{np} {owned.group(1)}" if owned and (is_role_head(owned.group(2)) or owned.group(2) in INSTITUTION_WORDS) else None
        if np is None:
            return None
        sp = self.resolve(np, s + off)
        if sp is not None and sp.kind == "person" and " " not in sp.name and " " not in np.strip() and self.lookup(sp.name) is None:
            full = self.fullest_name(sp.name, len(self.text))
            if full is None or " " not in full[0]:
                return None  # "Talks resumed on Monday": a capitalised word no fuller name explains is no one in focus
        if sp is not None and sp.kind == "person" and _AND_COUNTERPART_RE.match(body, len(np)):
            # "X and his new South Korean counterpart, Y, met ...": the two of them ("They agreed")
            return Speaker("both sides", "both sides", "they", "both")
        return sp


def _side_or_context(name: str) -> str | None:
    """The side *name* stands for in a list of sides ("The EU and Jordan"): also a word that
    may be a person's name ("Jordan"), and an ambiguous one the document settles."""
    c = current_countries()
    cands = c.candidates.get(name.lower(), ())
    return c.side_of(name) or (cands[0] if len(cands) == 1 else c.in_context(name) if cands else None)
