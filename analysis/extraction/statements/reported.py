"""Reported speech: the clause after a reporting verb, and "according to X".

:func:`handle_indirect` reads one sentence: the cue ("said", "urged ... to", "expressed
concern"), the speaker before it (or the subject of the clause it hangs on), and the
reported clause after it; a postposed attribution ("China will retaliate, the ministry
said"), a parenthetical one ("Chief among his concerns, he said, was ..."), a second
clause after a participle (", adding that ...") and an intermediary ("the State
Department reported that Blinken emphasized ...") each have their rule.
"""
from __future__ import annotations

import re

from .cues import (
    ACCORDING_RE,
    CUE_RE,
    ING_CUE_RE,
    OFFICIAL_HEADS,
    PLURAL_PRESENT,
    POSTPOSED_TAIL_RE,
    SECOND_CLAUSE_RE,
    THAT_ONLY,
    TITLE_WORDS,
    clause_after_cue,
    cue_text,
)
from .countries import current_countries
from .coordination import JOINT_SUBJECT, split_coordinated
from .attributions import (
    INVERTED_VERBS,
    narrated_participles,
    backward_attribution,
    dash_paragraph_start,
    inside_quote_text,
    inverted_attribution,
    subordinate_report,
    told_object_stripped,
    trailing_attribution,
    trim_clause,
)
from .leadins import announced_message, listed_item, reports_in, source_lead_in
from .model import Extraction, Speaker, Statement
from .phrases import clean_tok, is_appositive, np_before, strip_det
from .sides import side_from_words

# Patterns of the hot functions below (noun phrases, cues, clauses, resolution), compiled once
_ASKED_LEAD_RE = re.compile(r"\s*(?:(?:When|After\s+being|On\s+being)\s+)?[Aa]sked\s+(?:whether|if|about|what|how|why|when|who)\b[^,;]{0,200},")
_ROLE_APPOSITION_END_RE = re.compile(r",\s+((?:the|a|an)\s+[^,;“”\"]{2,80}),\s*$")
_MODAL_END_RE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|to|did|does|do)\s+(?:\w+ly\s+)?$", re.I)
_COMMA_NEXT_RE = re.compile(r"\s*,")
COUNTERPART_END_RE = re.compile(r"\band\s+(?:his|her|their)\s+(?:[\w.-]+\s+){0,3}counterparts?\s*,?\s*$")
_LEADING_CONJUNCTION_RE = re.compile(r"^(?:(?:and|but|so|then)\s+)?(?:\w+ly\s*,?\s+)?", re.I)
_NEITHER_NO_START_RE = re.compile(r"\s*(?:neither|no)\b", re.I)
_TITLE_AFTER_COMMA_RE = re.compile(r"[,—–]\s*((?:[\w.'’-]+\s+){1,6})$")
_NAMED_SUBJECT_CUE_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}?" + CUE_RE.pattern)
_PREPOSITION_END_RE = re.compile(r"\b(?:at|in|on|to|from|during)\s+$")  # (not "with X saying": X speaks)
_DASH_BEFORE_RE = re.compile(r"\s-[”\"]?\s*$")
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z]+\b")
_COMMA_BEFORE_RE = re.compile(r"(?:[,—–]|\s-)[”\"]?\s*$")  # "..., the ministry said" / "... - Umerov said"
_COMMA_IN_CLOSING_QUOTE_RE = re.compile(r"[,—–][”\"]$")
_THAT_END_RE = re.compile(r"\bthat\s*$")
_THAT_WORD_RE = re.compile(r"\bthat\b")
_RELATIVE_OR_ASIDE_NEXT_RE = re.compile(r"\s*(?:who|which|whose|speaking|citing|in a|on condition)\b")
# "for a warm welcome and stressed ...": a cue word after an article or a possessive is a noun
_NOUN_BEFORE_END_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|your|my)(?:\s+(?:warm|cordial|hearty|warmest|kind|generous|friendly|rousing|joint|verbal|diplomatic|formal|written|separate|similar))?\s+$", re.I)
_BUT_AND_END_RE = re.compile(r"\b(?:but|and)(?:\s+(?:have|has|had|also|then|later|jointly|subsequently|again|once\s+again|once\s+more|further))*\s*$")
_TO_VERB_NEXT_RE = re.compile(r"\s*to\s+[“\"‘']?[a-z]")  # "pledged to \"improve ...\"": an infinitive, quoted or not
_WORD_RE = re.compile(r"\w+")
_COMMA_THEN_SUBJECT_END_RE = re.compile(r"[,—–]\s*(?:[\w.'’-]+\s+){1,8}$|,\s*(?:[\w.'’-]+\s+){1,10}?[\w.'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+$")  # "..., the spokesman of the EEAS, Peter Stano, revealed."
_FIGURES_BY_SOURCE_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}(?:estimates?|figures?|data|report|study|survey|analysis|count|tally|poll|research)\s+(?:by|from|of|published by|compiled by)\s+(.+)", re.I)
_POSSESSIVE_DOCUMENT_RE = re.compile(r"(.+?)['’]s?\s+(?:latest\s+|official\s+|own\s+)?(?:statement|readout|report|remarks|release|announcement|post|"
                  r"communiqu[eé]|notice|letter)$", re.I)
_DOCUMENT_FROM_SOURCE_RE = re.compile(r"(?:a|the)\s+(?:readout|statement|report|transcript|release|press\s+release|summary|communiqu[eé]|declaration|note)\s+"
                                      r"(?:from|by|of|(?:issued|released|published)\s+by)\s+(.+)", re.I)  # ("a communique issued by the union")


# What "citing ..." must name to be a source of speech ("citing officials", "citing a
# ministry statement") and not a reason ("citing fines and raids", "citing weak demand").
SOURCE_WORDS = re.compile(
    r"\b(?:officials?|sources?|people|persons?|diplomats?|aides?|spokes(?:man|woman|person|people)|"
    r"statements?|reports?|readouts?|data|figures|surveys?|analysts?|experts?|ministry|ministries|"
    r"agency|agencies|media|outlets?|newspapers?|documents?|memos?|briefings?|officers?|insiders?|"
    r"authorities|government|embassy|department|office|minister|secretary|envoy|ambassador|"
    r"president|leaders?|negotiators?|lawmakers?|senators?|testimony|remarks|interview|transcript)\b", re.I)


_RULE_HEAD_RE = re.compile(r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:references?|laws?|principles?|[Cc]harter|resolutions?|agreements?|[Cc]onstitution|"
                           r"rules|plan|schedule|timetable|norms|standards|procedures?|terms|provisions|mandate)\b(?!['’])")


def cites_a_source(marker: str, np_text: str) -> bool:
    """True unless *marker* is "citing" and *np_text* names a reason rather than a source:
    a source is a name (a capitalised word first) or a phrase with a word such as "officials",
    "sources", "a statement", "data"."""
    if not marker.lower().startswith("citing"):
        # "according to international references", "according to the UN Charter": a rule, no source
        return not _RULE_HEAD_RE.match(np_text)
    words = [w for w in np_text.split() if w.lower() not in {"the", "a", "an", "two", "three", "several", "unnamed", "anonymous"}]
    # "citing Xinhua", "citing Chinese officials"; not "citing EU sanctions among other pretexts"
    return bool(words) and (words[0][:1].isupper() and words[-1][:1].isupper() or bool(SOURCE_WORDS.search(np_text)))


# Verbs whose "to ..." is their complement ("agreed to promote exchanges"), never the tail of
# a postposed attribution
FIRST_PERSON = {"i", "we", "you", "i've", "we've", "i'd", "we'd", "my colleagues and i"}
INFINITIVE_VERBS = {"agreed", "agrees", "decided", "decides", "pledged", "pledges", "vowed", "vows", "promised",
                    "promises", "urged", "urges", "called", "calls", "appealed", "appeals", "concurred"}


def _inside_quote(ex: Extraction, pos: int, s: int, e: int) -> bool:
    """True when *pos* lies inside a quotation, counted from the sentence's start, or from
    the opening mark of a quotation found to run into the sentence ('... future. Cooperation
    benefits all parties," he said, adding that ...')."""
    opened = next((st.start - 1 for st in reversed(ex.out[-5:]) if st.kind == "direct" and st.start < s <= st.end), None)
    return inside_quote_text(ex.text[s if opened is None else opened:pos])

# The spoken marker of a quotation in a transcript: "said, quote, ...", "said to me, and I quote:"
QUOTE_MARKER_RE = re.compile(r"(?:to\s+(?:me|us|him|her|them)\s*,?\s*)?(?:and\s+I\s+)?quote\s*[,:]?\s*"
                             r"(?:[\w ]{1,20}\s*[—–-]+\s*)?(?=[“\"])", re.I)
# Words just before a cue that make it no statement of the phrase before: a relative ("which
# said"), a negation or passive ("did not say", "was asked"), a state ("is committed to")
WHO_END_RE = re.compile(r"(?<=[A-Za-z]),\s*who(?:\s+(?:also|had|has|later|earlier))?\s*$")
RELATIVE_END_RE = re.compile(r"\b(?:which|that|who|whom|what)\s*$", re.I)
NEGATED_END_RE = re.compile(r"(?:\b(?:not|never|n't|declined to|refused to|neither|nor|no one|nobody|was|were|been|being|be|to)\s+(?:\w+ly\s+)?)$", re.I)
STATE_END_RE = re.compile(r"\b(?:is|are|am|'s|’s|'re|’re)\s+(?:\w+ly\s+)?$", re.I)
YOU_END_RE = re.compile(r"(?:^|[\s,])you$", re.I)
# A named or titled subject, an aside, a verb in the past and its object, then "and" (before a cue)
COORDINATED_SUBJECT_RE = re.compile(
    r"(?:^|\bthat\s+|,\s+|\.\s+|\b(?:later|then|also|earlier|afterwards)\s+)(?P<np>(?:the\s+)?(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+)\s*(?:,[^,]{1,80},\s*)?"
    r"(?:called|met|phoned|wrote to|spoke with|spoke to|reached out to|visited|received)\b[^.;:]{0,100}\band$")
# A visit whose purpose is speech: "leaders came up to the President to say that ..."
PURPOSE_RE = re.compile(r"(?:^|[.;:]\s+)(?:[^,.;:]{0,60},\s+)?(?P<subject>[^,.;:]{2,60}?)\s+"
                        r"(?:came|went|walked|wrote|called|phoned|rose|stood up|reached out|turned|approached)\b[^.;:]{0,60}?\bto$", re.I)
# "Source: news agencies, citing Peskov": a news site's line naming its source, no statement
SOURCE_LINE_RE = re.compile(r"\s*(?:Sources?|Via|Credit)\s*:")
# Thanks with nothing said: "expressed his gratitude", "conveyed their appreciation"
CIRCUMSTANCE_RE = re.compile(r"(?:after|before|during|while|upon|when)\s+[a-z]+ing\b(?![^.;]*\bthat\b)")
# "has said this repeatedly, and ...": a pronoun for words said elsewhere, no statement here
EMPTY_OBJECT_RE = re.compile(r"(?:this|that|it|so|as much)(?:\s+\w+ly)?\s*(?:[,;]|$|and\b|but\b)|(?:as follows|the following)\W*$"
                             r"|not to be (?:named|identified|quoted)|(?:for |on condition of )?anonymity", re.I)  # "who asked not to be named"
# "will welcome the Chairperson of the Commission to the White House": hosting a visitor
HOSTING_RE = re.compile(r"(?:the\s+)?(?:[A-Z][\w.'’-]*|of|the|for)(?:\s+(?:[A-Z][\w.'’-]*|of|the|for|and))*\s+to\s+(?:the\s+)?[A-Z]")
PLEASANTRY_RE = re.compile(r"(?:(?:his|her|their|its|deep|sincere|heartfelt|warm)\s+)*(?:gratitude|thanks|appreciation)", re.I)
# A clause that is one quotation and nothing else
WHOLE_QUOTE_RE = re.compile(r"[“\"]([^“”\"]{3,})[”\"]")
# A clause that is one quotation followed by more words of the sentence's own
QUOTED_CLAUSE_RE = re.compile(r"(?:“[^“”]{3,600}”(?=\s*(?:[—–;]|\s(?!(?:over|about|regarding|at|with|towards?|for)\s)[a-z]))|\"[^\"“”]{3,600}\"(?=,?\s+(?:where|which|who|amid|while|as)\s))(?!\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|"
                              r"must|may|might|remains?|do|does|did)\b)")  # (not 'said that “bilateral approaches” are ...': its subject)


# "The Secretary-General is deeply concerned by ...", "The Chairperson is monitoring with deep
# concern ...": a stance stated in the formula of a statement, its object the statement
CONCERN_RE = re.compile(
    r"\s+(?:is|are|was|were|remains|remain|remained)\s+(?:(?:deeply|gravely|very|extremely|seriously|increasingly|"
    r"particularly|also|greatly|profoundly|most|further)\s+)*(?P<cue>(?:concerned|alarmed|dismayed|troubled|saddened|"
    r"encouraged|disturbed|appalled|shocked|heartened|worried|disappointed|outraged)\s+(?:by|about|over|at|that|with)"
    r"|(?:following|monitoring)\s+with\s+(?:(?:deep|grave|great|serious|growing|increasing)\s+)?(?:concern|alarm))\s+")


def concern_statement(ex: Extraction, s: int, sent: str) -> bool:
    """A statement for "X is deeply concerned by Y" / "X is monitoring with deep concern Y"
    when X is a speaker (a person, an office, a body or a side); True when made."""
    m = CONCERN_RE.search(sent)
    if not m or m.start() > 200:
        return False
    npb = np_before(sent[: m.start()])
    if npb is None:
        return False
    sp = ex.d.resolve(npb[0], s + npb[1])
    if sp is None or sp.kind not in ("person", "institution", "group", "both") and not OFFICIAL_HEADS & set(sp.name.lower().split()):
        return False
    start = m.end()
    clause = trim_clause(sent[start:])
    if len(_WORD_RE.findall(clause)) < 3 or ex.in_claimed(s + start, s + start + len(clause)):
        return False
    ex.out.append(Statement(sp, "indirect", " ".join(m.group("cue").split()), "", " ".join(clause.split()), s + start, s + start + len(clause)))
    ex.d.remember(s + npb[1], sp)
    return True


# A person who speaks inside what another reports: "Jaiswal said that while in Dhaka, Misri took
# up the issue ... and stressed that ..."; the words are the inner speaker's, through the outer
OUTER_REPORT_VERBS = {"said", "says", "told", "added", "noted", "explained", "recalled", "confirmed", "informed"}
INNER_SPEAKER_RE = re.compile(r"(?:(?:while|when|during|in|at|on|after)\b[^,]{1,80},\s*)?(?P<np>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
                              r"|(?:the\s+two|both)\s+(?:sides|leaders|ministers|presidents|delegations))"
                              r"\s+(?:had\s+|has\s+|also\s+)*(?P<verb>took up|raised|conveyed|stressed|emphasi[sz]ed|underscored|"
                              r"urged|told|assured|reiterated|reaffirmed|expressed|called for|called on|warned|insisted)\b")


def _inner_speaker(ex: Extraction, clause: str, start: int, outer: Speaker) -> Speaker | None:
    m = INNER_SPEAKER_RE.match(clause)
    if m is None:
        return None
    sp = ex.d.resolve(m.group("np"), start + m.start("np"))
    if sp is None or sp.kind not in ("person", "both") or sp.name == outer.name:
        return None
    return sp, m.end()  # ("He noted that the two sides expressed ...": both sides, through him)


# Speech named by a noun with its speaker: "Kim Jong-un's call to revise the constitution", "his
# vow to occupy ...", "Noted Guyana's assertion that it is committed ..."
_SPEECH_NOUNS = r"(?:call|calls|vow|vows|pledges?|assertions?|insistence|demands?|warnings?|promises?|proposals?)"
_SPEECH_NOUN_QUICK_RE = re.compile(r" (?:call|vow|pledge|assertion|insistence|demand|warning|promise|proposal)")
NOMINAL_HINT_RE = re.compile(r"['’]s?\s+(?:[a-z]+\s+)?" + _SPEECH_NOUNS + r"\s+(?:that|to|for)\s|\b(?:his|her|their|its)\s+(?:[a-z]+\s+)?"
                             + _SPEECH_NOUNS + r"\s+(?:that|to|for)\s")
NOMINAL_RE = re.compile(r"(?:(?P<np>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)['’]s?|\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+"
                        r"(?:(?:recent|latest|earlier|repeated|renewed|public|own|fresh)\s+)?(?P<noun>" + _SPEECH_NOUNS + r")\s+(?P<link>that|to|for)\s+")
NOMINAL_END_RE = re.compile(r",\s+(?:as|which|while|amid|who|after|before|[a-z]+ed)\b|\s+and\s+(?:his|her|their)\s+(?:[a-z]+\s+)?" + _SPEECH_NOUNS + r"\b|[;:]")


def nominal_statements(ex: Extraction, s: int, sent: str) -> None:
    """Statements for speech named by a noun ("X's call to ...", "his vow to ...") whose
    owner is a speaker; the words after the noun, to the end of its phrase."""
    for m in NOMINAL_RE.finditer(sent):
        if m.group("np"):
            if m.group("np").split()[0] in ("The", "A", "An"):
                continue
            sp = ex.d.resolve(m.group("np"), s + m.start("np"))
        elif m.group("pron").lower() == "its":  # "Bangladesh has continued its call for ...": the subject's
            sp = ex.d.subject_of(s, s + m.start())
        else:
            sp = ex.d.resolve_pronoun(m.group("pron").lower(), s + m.start())
        if sp is None or sp.kind not in ("person", "institution", "group"):
            continue
        a = m.start("link") if m.group("link") == "to" else m.end()  # ("his call for X": X; "his vow to occupy": "to occupy")
        stop = NOMINAL_END_RE.search(sent, a)
        clause = trim_clause(sent[a: stop.start() if stop else len(sent)])
        if len(_WORD_RE.findall(clause)) < 3 or ex.in_claimed(s + a, s + a + len(clause)) \
                or any(st.start <= s + a < st.end for st in ex.out[-5:]):
            continue
        ex.out.append(Statement(sp, "indirect", m.group("noun"), "", " ".join(clause.split()), s + a, s + a + len(clause)))


_POSTPOSED_VERBS = {"said", "says", "added", "stated", "told", "noted"}
_NARRATOR_TAIL_RE = re.compile(r"(?:as|while|amid|after|before|when)\b")
_POSTPOSED_QUICK_RE = re.compile(r",\s[^,]{1,80}\b(?:said|says|added|stated|told|noted)\b")
_AS_CLAUSE_RE = re.compile(r",\s+(?:as|while|amid)\b.*$")
_THAT_NEXT_WORDS_RE = re.compile(r"\s+(?:[\w.'’-]+\s+){0,6}?that\b")
_POSTPOSED_END_RE = re.compile(r",\s+(?:[\w.'’-]+\s+){1,8}?$")


def _cues_postposed_first(sent: str) -> list:
    """The cues of *sent* in order, but a final postposed attribution ("Japan and the
    Philippines agreed Tuesday to ..., Foreign Minister X said.") first: the whole clause is
    its speaker's report, whatever verbs the clause holds."""
    if not _POSTPOSED_QUICK_RE.search(sent, max(0, len(sent) - 160)):
        return CUE_RE.finditer(sent)  # most sentences: no final "..., X said"
    cues = list(CUE_RE.finditer(sent))
    if len(cues) > 1:
        last = cues[-1]
        tail = _AS_CLAUSE_RE.sub("", sent[last.end():])
        who = _POSTPOSED_END_RE.search(sent, 0, last.start())
        if last.group(1).lower() in _POSTPOSED_VERBS and who and re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]", who.group(0)) \
                and POSTPOSED_TAIL_RE.fullmatch(tail) and not any(_THAT_NEXT_WORDS_RE.match(sent, c.end()) for c in cues[:-1]):
            return [last] + cues[:-1]  # (not "X told Y that ..., an official said": X's words, relayed)
    return cues


# "While emphasizing A, and highlighting B, the two sides reiterated C": participles that open
# the sentence before its subject, each with its own complement
_LEADING_PARTICIPLE_RE = re.compile(r"(?:(?:while|after|in)\s+)?(?P<cue>" + ING_CUE_RE.pattern + r")", re.I)
_NEXT_PARTICIPLE_RE = re.compile(r",\s*(?:and\s+)?(?:(?:while|also)\s+)?(?=" + ING_CUE_RE.pattern + r")", re.I)


def leading_participles(ex: Extraction, s: int, head: str, sp: Speaker, via: str) -> None:
    """Statements of *sp* for the participle clauses in *head*, the words of the sentence at
    *s* before its subject, when they open the sentence."""
    m = _LEADING_PARTICIPLE_RE.match(head)
    if m is None:
        return
    starts = [m]
    for nxt in _NEXT_PARTICIPLE_RE.finditer(head, m.end()):
        got = _LEADING_PARTICIPLE_RE.match(head, nxt.end())
        if got:
            starts.append(got)
    for i, got in enumerate(starts):
        a = got.end()
        b = _NEXT_PARTICIPLE_RE.search(head, a).start() if i + 1 < len(starts) else len(head)
        part = trim_clause(head[a:b].rstrip(" ,"))
        if len(_WORD_RE.findall(part)) >= 3 and not ex.in_claimed(s + a, s + a + len(part)):
            ex.out.append(Statement(sp, "indirect", got.group("cue").strip(), via, " ".join(part.split()), s + a, s + a + len(part)))


# "takes note of", "took note with": the subject is before the verb "take"
_TAKE_NOTE_END_RE = re.compile(r"\s(?:takes|took|take|taking|has\s+taken|have\s+taken)\s*$")
_MEDIA_END_RE = re.compile(r"\b(?:media|press|news|newspaper|television|TV|agency|wire)\s*$", re.I)
# "took the opportunity to express", "used his closing remarks to praise": the speech act is the subject's
_OCCASION_TO_END_RE = re.compile(r"\s+(?:also\s+)?(?:took|takes|taking|used|uses|using|seized|seizes)\s+(?:the|this|that|his|her|their|its)\s+"
                                 r"(?:[\w-]+\s+){0,2}(?:opportunity|occasion|chance|remarks|speech|address|visit)\s+to$")
# '"...," X said in a statement, adding that': a participle after a quotation and its attribution
_QUOTE_BEFORE_RE = re.compile(r"[”\"][^“”\"]*,$")
# "the RIA report quoted Lavrov as": the person quoted, before "as saying"
_QUOTED_AS_END_RE = re.compile(r"\b(?:quoted|cited)\s+((?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)\s+as\s*$")


def _joint_voice_before(ex: Extraction, s: int) -> bool:
    """The statement just before *s* is of several sides together (a declaration's "Ministers
    of ... recognize ..."), so that "They underline ..." goes on in their voice."""
    return bool(ex.out) and ex.out[-1].speaker.kind in ("both", "group") and 0 <= s - ex.out[-1].end < 400


def handle_indirect(ex: Extraction, si: int, s: int, e: int, sent: str) -> None:
    if listed_item(ex, si, s, sent) or source_lead_in(ex, s, sent) or reports_in(ex, s, sent) or announced_message(ex, si, s, sent) \
            or not ex.in_turn and backward_attribution(ex, si, s, sent) \
            or IN_VIEW_RE.match(sent) and in_view_statement(ex, s, sent) \
            or " agreed that " in sent and _agreed_statement(ex, s, sent):  # "However, in his words, Armenia hopes ...": his
        return
    acc = next(ACCORDING_RE.finditer(sent), None)
    made = False
    for cm in _cues_postposed_first(sent):
        a = s + cm.start()
        if ex.in_claimed(a, a + len(cm.group(0))) or _inside_quote(ex, a, s, e):
            continue
        cue = cue_text(cm, sent[cm.end():])
        if not cue and cm.group(1).lower() in THAT_ONLY and POSTPOSED_TAIL_RE.fullmatch(sent[cm.end():]) \
                and _COMMA_THEN_SUBJECT_END_RE.search(sent[: cm.start()]):
            cue = (cm.group(1), len(cm.group(1)))  # "..., the two diplomats announced on Monday."
        if not cue:
            continue
        asked = _ASKED_LEAD_RE.match(sent)
        if asked and cm.start() < asked.end():
            continue  # "Asked whether he thinks Turkey will ..., the prime minister answered that ...": the question
        pre = sent[: cm.start()]
        verb = cm.group(1).lower()
        pre_r = pre.rstrip()
        if (pre_r.endswith(",") or _DASH_BEFORE_RE.search(pre_r + " ")) and verb in INVERTED_VERBS and inverted_attribution(ex, si, s, sent, cm, cue):
            made = True
            break
        if verb in {"hopes", "hoped"} and CUE_RE.search(pre):
            continue  # "Mao said China hoped ...": part of what Mao said
        tail = pre_r[-120:]  # the checks below look at the words just before the cue (a bounded slice keeps them linear)
        who = WHO_END_RE.search(tail)
        if who:  # "Foreign Minister Vincent Biruta, who claimed that ...": the name before "who" speaks
            pre = pre_r = pre_r[: len(pre_r) - len(who.group(0))]
            tail = pre_r[-120:]
        elif RELATIVE_END_RE.search(tail) and not pre_r.endswith(","):
            continue
        # "leaders came up to the President to say that ...": the subject of the visit speaks
        purpose = PURPOSE_RE.search(pre_r[-200:]) if verb in {"say", "stress", "express", "urge", "warn", "ask"} else None
        if purpose:
            subject = _LEADING_CONJUNCTION_RE.sub("", purpose.group("subject"))
            psp = ex.d.resolve(subject, s + purpose.start("subject")) if subject and subject.lower() not in FIRST_PERSON else None
            if psp is not None:
                clause = trim_clause(sent[clause_after_cue(sent, cm.end(), verb):])
                c0 = s + len(sent) - len(sent[clause_after_cue(sent, cm.end(), verb):])
                if len(_WORD_RE.findall(clause)) >= 3:
                    ex.out.append(Statement(psp, "indirect", verb, "", " ".join(clause.split()), c0, c0 + len(clause)))
                    ex.d.remember(s + purpose.start("subject"), psp)
                    made = True
                    break
        # negated or passive speech is no statement: "did not say", "was asked about"
        occasion = _OCCASION_TO_END_RE.search(tail)
        if NEGATED_END_RE.search(tail + " ") and not tail.endswith("quoted as") and not occasion:
            continue
        if verb in ("reports", "report") and _MEDIA_END_RE.search(tail):
            continue  # "did not confirm US media reports that ...": a noun
        if _NEITHER_NO_START_RE.match(pre) and len(pre.split()) <= 3 \
                or not verb.endswith("ing") and _NOUN_BEFORE_END_RE.search(tail + " "):
            continue
        if not verb.endswith("ing") and STATE_END_RE.search(tail + " "):
            continue  # "is committed to", "are welcome to": a state, not speech
        take = _TAKE_NOTE_END_RE.search(pre) if verb == "note" else None  # "The Brazilian government takes note of ..."
        npb = np_before(pre[: len(pre_r) - len(tail) + occasion.start()] if occasion else pre[: take.start()] if take else pre)  # (the subject of "took")
        if npb is not None and verb.endswith("ing") and pre_r.endswith(",") and (
                _QUOTE_BEFORE_RE.search(pre_r) or current_countries().side_of(strip_det(npb[0])) is not None):
            # '"...," X said in a statement, adding that': X's, not a noun inside the quotation; '... talks in
            # Nigeria's capital, Abuja, calling on ...': the sentence's subject, not the place
            npb = None
        quoted_as = _QUOTED_AS_END_RE.search(tail) if verb in {"saying", "telling", "stating"} else None
        if quoted_as:  # "TASS quoted Lavrov as saying ...": the one quoted speaks
            npb = (quoted_as.group(1), len(pre_r) - len(tail) + quoted_as.start(1))
        if verb in {"committed", "commits", "commit"}:
            continue  # a commitment is speech only beside a cue ("noted X and committed to Y")
        if verb in PLURAL_PRESENT and (npb is None or npb[0].strip().lower() in FIRST_PERSON or sent.rstrip().endswith("?")
                                       or npb[0].strip().lower() == "they" and not _joint_voice_before(ex, s)):
            continue  # (nor "What action does China call for?"; "they" only after a joint statement: "They also recognize ...")
        addressed = None
        if npb is not None and npb[1] > 0 and verb.endswith("ing") and _PREPOSITION_END_RE.search(pre[: npb[1]]):
            # "... signed a declaration at the Conference expressing their support": the subject's participle
            addressed, npb = ex.d.subject_of(s, a), None
            if addressed is None:
                continue
        if addressed is not None:
            pass
        elif ex.in_turn and ex.addressee is not None and YOU_END_RE.search(tail):
            npb = None  # "you said to me": the one other person of a two-person transcript
            addressed = ex.addressee
        elif ex.in_turn and npb is None and tail.endswith(" and"):
            # "... the Secretary, while we were in the region, called Wang Yi and made clear to him
            # that ...": the subject of the verb the cue is coordinated with
            window = pre_r[-300:]
            got = COORDINATED_SUBJECT_RE.search(window)
            addressed = ex.d.resolve(got.group("np"), a - len(window) + got.start("np")) if got else None
            if addressed is None or addressed.kind != "person":
                continue
        elif ex.in_turn and (npb is None or npb[0].strip().lower() in FIRST_PERSON | {"it"}):
            continue  # inside a turn, the speaker's own words ("I said", "we made clear") stay in it;
            # "it" there is too loose a subject to name a third party
        if npb is not None and npb[1] > 0:
            # ", Ministry of Commerce spokesperson He Yadong said": the title belongs to the name
            pm = _TITLE_AFTER_COMMA_RE.search(pre[: npb[1]])
            last = clean_tok(pm.group(1).split()[-1]).lower() if pm else ""
            if pm and last in OFFICIAL_HEADS | TITLE_WORDS and last not in {"the", "of", "and", "for", "his", "her", "their", "its"} \
                    and not CUE_RE.search(pm.group(1)):
                npb = (pre[pm.start(1): npb[1] + len(npb[0])], pm.start(1))
        np_pos = s
        sp = addressed
        if sp is not None:
            pass
        elif npb is None and verb.endswith("ing") and pre_r.endswith(","):
            # "..., adding that ...": the speaker of the clause it hangs on
            prev = [st for st in ex.out if s <= st.start < a or (st.kind == "direct" and s <= st.end + 2 <= a + 2 and st.start < a)]
            sp = prev[-1].speaker if prev else ex.d.subject_of(s, a)
        elif npb is None and _BUT_AND_END_RE.search(pre_r):
            sp = ex.d.subject_of(s, a)
            if sp is None:  # '"...," said Minister X and added that ...': the speaker of the quotation
                prev = [st for st in ex.out if s <= st.start < a]
                sp = prev[-1].speaker if prev else None
        elif npb is not None:
            sp = ex.d.resolve(npb[0], s + npb[1])
            np_pos = s + npb[1]
            if sp is not None and sp.kind == "person" and COUNTERPART_END_RE.search(pre[: npb[1]]):
                sp = Speaker("both sides", "both sides", "they", "both")  # "X and his South Korean counterpart, Y, agreed"
        if sp is None:
            continue
        after = sent[cm.start() + cue[1]:]
        tail_after = told_object_stripped(after) if verb in {"told", "tells"} else after  # "..., X told journalists."
        # postposed attribution: "China will retaliate, the ministry said (in a statement)."
        if npb is not None and npb[1] > 0 and _COMMA_BEFORE_RE.search(pre[: npb[1]]) and not _THAT_WORD_RE.search(after) \
                and (not _DASH_BEFORE_RE.search(pre[: npb[1]]) or len(_LOWER_WORD_RE.findall(pre[: npb[1]])) >= 5) and not is_appositive(pre[: npb[1]]) and POSTPOSED_TAIL_RE.fullmatch(tail_after) \
                and not (verb in INFINITIVE_VERBS and _TO_VERB_NEXT_RE.match(after)):
            head = pre[: npb[1]].rstrip()
            role = _ROLE_APPOSITION_END_RE.search(head)
            if role and any(clean_tok(w).lower() in OFFICIAL_HEADS for w in role.group(1).split()):
                head = head[: role.start()]  # "..., the spokesman of the EEAS, Peter Stano, revealed": the role is the speaker's
            if _COMMA_IN_CLOSING_QUOTE_RE.search(head):  # 'have "agreed to ...," the ministry said': the comma inside
                head = head[:-2] + head[-1]
            clause = trim_clause(head.rstrip(",—–").rstrip().removesuffix(" -").rstrip())
            start = dash_paragraph_start(ex, si, s, head + " ")
            if start < s:
                clause = ex.text[start:s + len(clause)]
            if not ex.in_claimed(start, start + len(clause)) and narrated_participles(ex, start, clause, sp):
                made = True  # "X spoke with Y on Sunday, expressing A ..., state media reported": X's, through them
                break
            via = ""
            cited = _CITING_RE.match(tail_after)
            cited_sp = ex.d.resolve(cited.group(1).rstrip("."), s + cm.start() + cue[1]) if cited else None
            if cited_sp is not None and cited_sp.side != "unknown":  # "..., Trend reports citing the statement of OIC": the OIC's
                sp, via = cited_sp, sp.name
            if len(_WORD_RE.findall(clause)) >= 3 and not ex.in_claimed(start, start + len(clause)):
                ex.out.append(Statement(sp, "indirect", cue[0], via, " ".join(clause.split()), start, start + len(clause)))
                ex.d.remember(np_pos, sp)
                made = True
                break
            continue
        # parenthetical attribution: "Chief among his concerns, he said, was ..."
        if npb is not None and npb[1] > 0 and pre[: npb[1]].rstrip().endswith(",") and _COMMA_NEXT_RE.match(after):
            head = pre[: npb[1]].rstrip().rstrip(",")
            tail = after.lstrip().lstrip(",").lstrip()
            inner = _NAMED_SUBJECT_CUE_RE.match(tail)
            if inner and cue_text(inner, tail[inner.end():]):
                continue  # "On climate, she said, President X applauded ...": X's words, by the next cue
            ing = ING_CUE_RE.match(tail)
            if ing:
                # "The probe is unilateral, He said, noting that the U.S. subsidizes its chips":
                # two statements, the clause before the attribution and the one after "noting"
                first = trim_clause(head)
                second_start = len(sent) - len(tail) + ing.end()
                second = trim_clause(sent[second_start:])
                if len(_WORD_RE.findall(first)) >= 3 and len(_WORD_RE.findall(second)) >= 2:
                    ex.out.append(Statement(sp, "indirect", cue[0], "", " ".join(first.split()), s, s + len(first)))
                    ex.out.append(Statement(sp, "indirect", ing.group(1), "", " ".join(second.split()),
                                              s + second_start, s + second_start + len(second)))
                    ex.d.remember(np_pos, sp)
                    made = True
                    break
            clause = trim_clause(head if _NARRATOR_TAIL_RE.match(tail) else f"{head} {tail}")  # not "..., as both countries face ..."
            if len(_WORD_RE.findall(clause)) >= 3:
                ex.out.append(Statement(sp, "indirect", cue[0], "", " ".join(clause.split()), s, e))
                ex.d.remember(np_pos, sp)
                made = True
                break
        rest_start = clause_after_cue(sent, cm.start() + cue[1], verb)
        rest = sent[rest_start:]
        rest_start += len(rest) - len(rest.lstrip(" ,:"))
        marker = QUOTE_MARKER_RE.match(sent, rest_start)  # 'said, quote, "..."'
        if marker:
            rest_start = marker.end()
        clause_end = len(sent)
        if acc and acc.start() > rest_start:
            clause_end = acc.start()
        closing = QUOTED_CLAUSE_RE.match(sent, rest_start, clause_end)
        if closing:  # 'as Biden said, "Nothing about Ukraine without Ukraine" - if that is ...'
            clause_end = closing.end()
        clause = trim_clause(sent[rest_start:clause_end])
        # a second, postposed attribution at the end of the clause is the channel, not
        # what was said: "Sullivan raised concerns about X, an official told reporters."
        via = ""
        trailing = trailing_attribution(ex, clause, s + rest_start)
        if trailing:
            clause, via = trailing
        lead = len(sent[rest_start:]) - len(sent[rest_start:].lstrip())  # (the quotation's words, not the space before its mark)
        if len(_WORD_RE.findall(clause)) < 2 or clause.lstrip()[:1] in "“\"" and ex.in_claimed(s + rest_start, s + rest_start + lead + 3):
            continue
        # "the State Department reported that Blinken emphasized ...": nested speaker
        inner = CUE_RE.search(clause)
        if inner and not via and verb in {"reported", "reports", "said", "says", "stated", "announced", "confirmed", "wrote", "posted"} \
                and not _MODAL_END_RE.search(clause[: inner.start()]):  # not "... Kishida will express his opposition"
            icue = cue_text(inner, clause[inner.end():])
            inb = np_before(clause[: inner.start()]) if icue else None
            if inb and inb[1] == 0 and len(clause[: inner.start()].split()) <= 12 \
                    and inb[0].strip().lower() not in ("he", "she", "they", "it"):  # "X said that he looked forward to ...": X's own
                isp = ex.d.resolve(inb[0], s + rest_start)
                if isp and isp.kind in ("person", "both"):
                    via = sp.name
                    sp = isp
                    cue = icue
                    rest_start2 = clause_after_cue(clause, inner.start() + icue[1], inner.group(1).lower())
                    tail = clause[rest_start2:]
                    lead = len(tail) - len(tail.lstrip(" ,:"))
                    rest_start += rest_start2 + lead
                    clause = tail[lead:]
        if acc and acc.start() > cm.start() and not via:
            via_np = according_np(sent[acc.end():])
            if via_np and cites_a_source(acc.group(0), via_np):
                via = strip_det(via_np)
        start = s + rest_start
        # "..., adding that ..." / "expressed concern, saying ...": the participle opens a
        # second statement of the same speaker
        second = SECOND_CLAUSE_RE.search(clause)
        # (a comma inside a closing mark, 'was "tied to the Red Sea," adding that ...', ends the quotation first)
        head_end = second.start() + 2 if second and clause[second.start() + 1:second.start() + 2] in ("”", '"', "’") else second.start() if second else 0
        if second and not inside_quote_text(clause[:head_end]):
            tail = trim_clause(clause[second.end():])
            inner = _inner_speaker(ex, clause, start, sp) if verb in OUTER_REPORT_VERBS and not ex.in_turn else None
            h0 = clause_after_cue(clause, inner[1], "") if inner is not None and inner[1] < head_end else 0
            head = trim_clause(clause[h0:head_end].rstrip(" ,"))  # (after an inner speaker's verb: "added that X emphasized A noting B")
            sp2, via2 = (inner[0], via or sp.name) if h0 else (sp, via)
            if len(_WORD_RE.findall(tail)) >= 2:
                if len(_WORD_RE.findall(head)) >= 3:  # not "condemned the drills, saying ..."
                    parts = split_coordinated(head)  # ("proposed A, and emphasised B, calling on C": three)
                    if any(subject for _, _, _, subject in parts):
                        parts = [(0, len(head), "", "")]
                    for a, b, part_cue, _ in parts:
                        part = trim_clause(head[a:b])
                        p0 = start + h0 + a
                        ex.out.append(Statement(sp2, "indirect", part_cue or cue[0], via2, " ".join(part.split()), p0, p0 + len(part)))
                t0 = start + second.end()
                ex.out.append(Statement(sp2, "indirect", second.group(1), via2, " ".join(tail.split()), t0, t0 + len(tail)))
                ex.d.remember(np_pos, sp)
                made = True
                break
        # "X said A after Argentina's new president said B": B is the other speaker's
        clause, sub = subordinate_report(ex, clause, start)
        # "reiterated A, raised B, and expressed C": one statement per coordinated cue
        took_that = bool(_THAT_END_RE.search(sent[cm.start() + cue[1]:rest_start]))
        if PLEASANTRY_RE.fullmatch(clause):
            continue  # "Trump expressed his gratitude.": thanks, no statement
        if EMPTY_OBJECT_RE.match(clause) or verb.startswith("welcom") and HOSTING_RE.match(clause) \
                or CIRCUMSTANCE_RE.match(clause):  # "told reporters after meeting with X": when, not what
            continue  # "has said this repeatedly", "will welcome the Chairperson to the White House"
        whole = WHOLE_QUOTE_RE.fullmatch(clause)
        if whole:  # 'said, quote, "..."': the words themselves, a direct statement
            q0 = start + whole.start(1)
            ex.out.append(Statement(sp, "direct", cue[0], via, " ".join(whole.group(1).split()), q0, q0 + len(whole.group(1))))
            ex.d.remember(np_pos, sp)
            made = True
            break
        inner = _inner_speaker(ex, clause, start, sp) if verb in OUTER_REPORT_VERBS and not ex.in_turn else None
        skip = clause_after_cue(clause, inner[1], "") if inner is not None else 0  # the inner verb's own complement
        for a, b, part_cue, subject in split_coordinated(clause[skip:], took_that and not inner, present=verb.endswith("s") and verb not in {"says", "is"} or verb in PLURAL_PRESENT):
            a, b = a + skip, b + skip
            part = trim_clause(clause[a:b])
            part_sp = sp
            if inner is not None:  # "Jaiswal said that Misri stressed that ...": Misri's words, through Jaiswal
                part_sp, via = inner[0], via or sp.name
            if subject and subject != JOINT_SUBJECT:  # ", while Hamas announced ...": a speaker of its own
                part_sp = ex.d.resolve(subject, start + a)
                if part_sp is None:
                    continue
            elif subject:
                part_sp = ex.d.resolve(subject, start + a) or Speaker(subject, subject, "they", "both")
            ex.out.append(Statement(part_sp, "indirect", part_cue or cue[0], via, " ".join(part.split()), start + a, start + a + len(part)))
        if sub is not None:
            ex.out.append(sub)
        if npb is not None and npb[1] > 0:
            leading_participles(ex, s, pre[: npb[1]], sp, via)
        ex.d.remember(np_pos, sp)
        made = True
        break
    if not made and acc is None and in_view_statement(ex, s, sent):
        return
    if not made and acc is None and concern_statement(ex, s, sent):
        return
    if not ex.in_turn and _SPEECH_NOUN_QUICK_RE.search(sent) and NOMINAL_HINT_RE.search(sent):
        nominal_statements(ex, s, sent)
    if not made and acc is not None and not SOURCE_LINE_RE.match(sent):
        np_text = according_np(sent[acc.end():])
        if not np_text or not cites_a_source(acc.group(0), np_text):
            return
        np_len = len(according_raw(sent[acc.end():]))  # the words as written ("the DFA's statement")
        sp = ex.d.resolve(np_text, s + acc.end())
        if sp is None:
            sp = Speaker(strip_det(np_text), side_from_words(np_text.split()), "they", "anonymous")
        ex.d.remember(s + acc.end(), sp)
        mid = _COMMA_NEXT_RE.match(sent[acc.end() + np_len:])
        if acc.start() > 0 and sent[: acc.start()].rstrip().endswith(",") and mid and not _RELATIVE_OR_ASIDE_NEXT_RE.match(sent[acc.end() + np_len + mid.end():]):
            head = sent[: acc.start()].rstrip().rstrip(",")
            tail = sent[acc.end() + np_len + mid.end():].lstrip()
            clause = trim_clause(f"{head} {tail}")
            if len(_WORD_RE.findall(clause)) >= 3:
                ex.out.append(Statement(sp, "indirect", "according to", "", " ".join(clause.split()), s, e))
            return
        if acc.start() == 0:
            tail = sent[acc.end() + np_len:]
            occasion = _OCCASION_THEN_COMMA_RE.match(tail)  # "According to a joint statement issued after the talks, ..."
            lead = occasion.end() if occasion else len(tail) - len(tail.lstrip(" ,"))
            aside = _ASIDE_THEN_COMMA_RE.match(tail, lead) if tail[:lead].strip() == "," else None
            if aside and is_appositive(aside.group(1)):  # "According to X, the official spokesman for Y, the envoy ..."
                lead = aside.end()
            a = acc.end() + np_len + lead
            clause = trim_clause(sent[a:])
        else:
            a = 0
            clause = sent[: acc.start()].rstrip(" ,;—–-")
        if len(_WORD_RE.findall(clause)) < 3 or ex.in_claimed(s + a, s + a + len(clause)):
            return
        ex.out.append(Statement(sp, "indirect", "according to", "", " ".join(clause.split()), s + a, s + a + len(clause)))

# "In Sikorski's assessment, ...", "In her view, ...": a clause of the person's own judgement
IN_VIEW_RE = re.compile(r"(?:(?:However|But|Yet|Still|Meanwhile|Moreover|Also),?\s+)?[Ii]n\s+(?:(?P<pron>his|her|their)|(?P<np>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*?)['’]s?)\s+"
                        r"(?:(?:own|personal)\s+)?(?:view|views|assessment|opinion|words|judgement|judgment|estimation|analysis)\s*,\s*")


# "It was also agreed that Pakistan and China will ...": the two sides of a readout, together
IT_WAS_AGREED_RE = re.compile(r"(?:[A-Z]\w*(?:\s+\w+){0,3},\s+)?[Ii]t\s+was\s+(?:also\s+|further\s+)?agreed\s+that\s+")


def _agreed_statement(ex: Extraction, s: int, sent: str) -> bool:
    m = IT_WAS_AGREED_RE.match(sent)
    clause = trim_clause(sent[m.end():]) if m else ""
    if len(_WORD_RE.findall(clause)) < 3 or ex.in_claimed(s + m.end(), s + m.end() + len(clause)):
        return False
    ex.out.append(Statement(Speaker("both sides", "both sides", "they", "both"), "indirect", "agreed", "", " ".join(clause.split()),
                            s + m.end(), s + m.end() + len(clause)))
    return True


def in_view_statement(ex: Extraction, s: int, sent: str) -> bool:
    """A statement for a sentence opened by "In X's view," (X resolved); True when one was made."""
    m = IN_VIEW_RE.match(sent)
    if m is None:
        return False
    who = {"his": "he", "their": "they"}.get(m.group("pron"), m.group("pron")) or m.group("np")
    sp = ex.d.resolve(who, s + m.start())
    clause = trim_clause(sent[m.end():])
    if sp is None or len(_WORD_RE.findall(clause)) < 3 or ex.in_claimed(s + m.end(), s + m.end() + len(clause)):
        return False
    ex.out.append(Statement(sp, "indirect", m.group(0).strip(" ,"), "", " ".join(clause.split()), s + m.end(), s + m.end() + len(clause)))
    ex.d.remember(s, sp)
    return True


_OCCASION_THEN_COMMA_RE = re.compile(r"\s+(?:issued|released|published|in|on|at|during|after|following)\s[^,;:“”\"]{1,60},\s*")
_CITING_RE = re.compile(r"\s*,?\s*(?:citing|quoting)\s+(?:(?:the|a)\s+(?:statement|communiqu[eé]|release|readout|press\s+release)\s+(?:of|by|from)\s+)?"
                        r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and))*)\W*$")
_ASIDE_THEN_COMMA_RE = re.compile(r"([^,;]{3,80}),\s*")
ACCORDING_NP_RE = re.compile(r"\s*((?:(?:[A-Z]\.)+|[^,;.!?“”\"])+?)(?=\s*(?:[,;!?]|\.(?:\s|$)|$|\s(?:who|which|that|in|on|at|during|after|as)\s))")


def according_raw(s: str) -> str:
    """The source phrase after "according to" as written, with the spaces before it ("" when none)."""
    m = ACCORDING_NP_RE.match(s)
    return s[: m.end(1)] if m else ""


def according_np(s: str) -> str | None:
    """The source after "according to", reduced to who speaks ("the DFA's statement" -> "the DFA")."""
    m = ACCORDING_NP_RE.match(s)
    if not m:
        return None
    phrase = _ISSUED_END_RE.sub("", m.group(1).strip())  # "the OSCE statement released (on Saturday)": the statement
    mm = _FIGURES_BY_SOURCE_RE.match(phrase)
    if mm:
        phrase = mm.group(1)
    # "the Philippine DFA's statement" -> the Philippine DFA
    mm = _POSSESSIVE_DOCUMENT_RE.match(phrase)
    if mm and mm.group(1)[:1].isupper() or mm and mm.group(1).lower().startswith("the "):
        phrase = mm.group(1)
    # "a readout from the State Department" -> the State Department
    mm = _DOCUMENT_FROM_SOURCE_RE.match(phrase)
    if mm:
        phrase = mm.group(1)
    if _JOINT_DOCUMENT_RE.match(phrase):
        return "both sides"  # "according to a joint press release between the two sides"
    return phrase or None


_ISSUED_END_RE = re.compile(r"\s+(?:released|issued|published|posted|circulated|distributed)$")
_JOINT_DOCUMENT_RE = re.compile(r"(?:a|the|their)\s+joint\s+(?:statement|declaration|communiq[uú][eé]|press\s+release|readout)\b", re.I)

