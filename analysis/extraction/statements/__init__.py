"""Who said what: direct quotes and reported speech, attributed to speakers.

:func:`extract_statements` reads one document (its cleaned text and sentence spans) and
returns one :class:`~.model.Statement` per statement, running the stages of this package
in order:

1. :mod:`.transcripts`: labelled transcript turns, and paragraphs after "The following is
   attributable to X:";
2. for each sentence: :mod:`.quotes` (direct quotations and their attributions),
   :mod:`.reported` (reported speech after a cue, "according to X") and
   :mod:`.continuations` (readout sentences that go on reporting the same speaker);
3. duplicates (same span) removed, statements in text order.

Speakers are resolved within the document (:mod:`.resolution`, over the names of
:mod:`.cast` and the phrases of :mod:`.phrases`; offices and bodies of a state named without
a person in :mod:`.offices`; documents that stand for their author in :mod:`.documents`); sides
come from :mod:`.sides`, the countries file (:mod:`.countries`), the registry :mod:`.actors` and
the word lists of :mod:`.cues`. The rules are general; none is written for a particular article.
"""
from __future__ import annotations

import bisect
import re
from sys import intern

import pandas as pd

from ..scoring import score_sentiment
from .actors import Registry, load_actors
from .continuations import continuation_opener, handle_continuation
from .countries import load_countries
from .model import Extraction, Speaker, Statement
from .quotes import QUOTE_MARK_RE, find_quotes, handle_quote, single_quoted_paragraphs
from .reported import handle_indirect
from .resolution import DocumentSpeakers
from .transcripts import _is_heading as is_heading, add_turn, attributed_statement, read_out_paragraphs, transcript_turns
from .validation import is_speaker

__all__ = ["Speaker", "Statement", "extract_statements", "statement_rows", "add_sentiment", "statements_for_document",
           "statements_in_context"]


def _run(ex: Extraction) -> list[Statement]:
    turns = transcript_turns(ex)
    persons = {sp.name: sp for sp, _ in turns.values() if sp.kind == "person"}
    attributed = None if turns else attributed_statement(ex)
    found_in_para: dict[int, int] = {}
    quotes = find_quotes(ex, skip=turns)
    quotes += single_quoted_paragraphs(ex, skip=set(turns) | {ex.d.sents[ex.d.sent_index(q[0][0])][0] for q in quotes})
    q_by_sent: dict[int, list] = {}
    for q in quotes:
        q_by_sent.setdefault(ex.d.sent_index(q[0][0]), []).append(q)
    for si, (para, s, e) in enumerate(ex.d.sents):
        sent = ex.text[s:e]
        if para in turns:
            body = turns[para][1]
            if s < body < e:  # the label is not part of the sentence's words ("QUESTION: According to ...")
                s, sent = body, ex.text[body:e]
            others = [sp for name, sp in persons.items() if name != turns[para][0].name]
            ex.addressee = others[0] if len(persons) == 2 and len(others) == 1 else None
            nested_speech(ex, turns[para][0], si, s, e, sent)
            continue
        n_before = len(ex.out)
        for q in q_by_sent.get(si, []):
            if q[0][0] in ex.used_quotes:
                continue
            ex.used_quotes.add(q[0][0])
            handle_quote(ex, q, si, quotes)
        ex.out[n_before:] = [st for st in ex.out[n_before:] if is_speaker(st.speaker)]  # not 'Quote: "..."'
        handle_indirect(ex, si, s, e, sent)
        own_country = ex.out[n_before:]
        if own_country and all(st.speaker.kind == "group" or st.speaker.name.lower().endswith(" side") for st in own_country):
            # "China welcomes ..." inside Wang Yi's paragraph goes on reporting him
            opener = continuation_opener(ex, si, para, sent)
            if opener is not None and all(st.speaker.side == opener.speaker.side for st in own_country):
                del ex.out[n_before:]
                last_end = ex.out[-1].end if ex.out else -1
                handle_continuation(ex, si, para, s, e, sent)
                if len(ex.out) == n_before and (not ex.out or ex.out[-1].end == last_end):
                    ex.out.extend(own_country)  # (a run of continuations grows its last statement instead)
        if len(ex.out) == n_before:
            handle_continuation(ex, si, para, s, e, sent)
        if len(ex.out) == n_before and q_by_sent.get(si):
            quoted_paragraph(ex, si, para, s, q_by_sent[si])
        if len(ex.out) == n_before:
            subj = ex.d.subject_of(s, e)
            if subj:
                ex.d.remember(s, subj)
        found_in_para[para] = found_in_para.get(para, 0) + len(ex.out) - n_before
    read_out_paragraphs(ex)
    if attributed is None:
        attributed = _issuer(ex)
    if attributed is not None:
        # after "The following is attributable to X:", a paragraph with no reported speech
        # of its own is X's statement, word for word
        sp, at = attributed
        spans: dict[int, tuple[int, int]] = {}
        for para, s, e in ex.d.sents:
            if para > at:
                a, b = spans.get(para, (s, e))
                spans[para] = (min(a, s), max(b, e))
        for para, (a, b) in sorted(spans.items()):
            if not found_in_para.get(para) and not MEETING_NARRATION_RE.match(ex.text, a, b) and not is_heading(ex.text[a:b]) \
                    and (sp.kind != "both" or WE_RE.search(ex.text, a, b)):  # a joint statement's own voice: "we"
                add_turn(ex, sp, a, b)
    ex.out = [st for st in ex.out if is_speaker(st.speaker) and not (st.kind == "indirect" and NARRATION_RE.match(st.text))]
    # (never a fragment as speaker; never the narration of a meeting reported by a spokesperson)
    ex.out = [_without_article(st) for st in ex.out]
    ex.out.sort(key=lambda st: (st.start, st.end))
    ex.out = _outside_quotations(ex.out)
    # drop duplicates (same span)
    uniq, seen = [], set()
    for st in ex.out:
        if (st.start, st.end) in seen:
            continue
        seen.add((st.start, st.end))
        uniq.append(st)
    return uniq


_STATEMENT_TITLE_RE = re.compile(r"(?i)\b(?:statement|declaration|press release|communiqu[eé]|announcement)\b")


def _issuer(ex: Extraction) -> tuple[Speaker, int] | None:
    """``(speaker, paragraph)`` when the text is a government body's own statement (so its
    headline says) that opens with its voice in the present tense ("The Ministry of Foreign
    Affairs of Georgia expresses its deep concern ..."): its later paragraphs with no speech of
    their own and no quotation ("This is a continuation of the illegal process ...") go on
    being its words."""
    home = ex.d.home_side
    first = min((st for st in ex.out if st.kind == "indirect"), key=lambda st: st.start, default=None) if home else None
    words = first.cue.lower().split() if first is not None else []
    verb = words[1] if len(words) > 1 and words[0].endswith("ly") else words[0] if words else ""
    if first is None or first.speaker.side != home or first.speaker.kind != "institution" \
            or not _STATEMENT_TITLE_RE.search(ex.d.title or "") \
            or not verb.endswith("s") or verb.endswith("ss") or verb in ("was", "has", "is"):
        return None  # (a present tense: "expresses", "strongly condemns"; not "said", "discussed")
    para = ex.d.sents[ex.d.sent_index(first.start)][0]
    if any(st.start < first.start and st.speaker.name != first.speaker.name for st in ex.out) or "“" in ex.text or '"' in ex.text:
        return None
    return first.speaker, para


# "Secretary of State Antony J. Blinken met with ...": the narration of a readout, not the
# words of the spokesperson it is attributable to
MEETING_NARRATION_RE = re.compile(r"(?:[^.\n]|(?<=\b[A-Z])\.){0,200}?\b(?:met|meets|spoke|speaks|held|holds|hosted|hosts|traveled|"
                                  r"travelled|visited|visits)\s+(?:with|by|a|an|the|today|in|on|to)\b")


# "X on Sunday made a phone contact with Y" / "the meeting tackled ...", said the spokesman: what
# happened, not anyone's stance (a description, rule 5 of the annotation guide)
NARRATION_RE = re.compile(r"(?:[A-Z][^,;]{0,120}?\s)?(?:made|held|had|received|conducted)\s+(?:a\s+)?(?:phone|telephone)\s+(?:call|contact|conversation)"
                          r"(?:\s+(?:with|from|to)\b(?:(?!\band\b)[^;])*)?$"  # (not "had a phone call and reached consensus on ...")
                          r"|(?:[Tt]he\s+)?(?:meeting|talks|call|phone\s+call|conversation|discussions?)\s+(?:also\s+)?(?:tackled|discussed|covered|"
                          r"focused|addressed|touched|dealt|reviewed|was\s+followed|was\s+held|took\s+place)\b")


# "Has the ministry raised ...?": the reporting verb is the question's own
QUESTION_CUE_RE = re.compile(r"\W*(?:(?:and|but|so|sir|also)\W+)*(?:has|have|had|did|does|do|is|are|was|were|will|would|"
                             r"can|could|should|shall)\s+(?:[\w.'’-]+\s+){1,4}?[\w'’-]+\s*$", re.I)
QUOTE_LABEL_RE = re.compile(r"(?:Quote|Literally|In (?:his|her|their) words)\s*:\s*")
CITING_RE = re.compile(r"\bciting\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*$", re.M)


def _without_article(st: Statement) -> Statement:
    """*st* with its speaker named without a leading article before an acronym ("The EU" -> "EU")."""
    words = st.speaker.name.split()
    if len(words) >= 2 and words[0] == "The" and words[1].isupper() and len(words[1]) > 1:
        sp = st.speaker
        return Statement(Speaker(" ".join(words[1:]), sp.side, sp.pronoun, sp.kind), st.kind, st.cue, st.via, st.text, st.start, st.end)
    return st


def _outside_quotations(out: list[Statement]) -> list[Statement]:
    """*out* (sorted by start) without reported statements that lie inside a quotation of
    the same speaker: the quotation already holds those words."""
    kept, reach, reach_sp = [], -1, None
    for st in out:
        if st.kind == "indirect" and st.end <= reach and st.speaker.name == reach_sp:
            continue
        kept.append(st)
        if st.kind == "direct" and st.end > reach:
            reach, reach_sp = st.end, st.speaker.name
    # a reported clause that is only a quotation the speaker's direct statement holds ('Bessent
    # said. "We are not going to ..."'): the direct one stays
    direct = [(st.start, st.end, st.speaker.name, len(st.text.split())) for st in kept if st.kind == "direct"]
    return [st for st in kept if st.kind != "indirect" or not any(
        st.start <= a and b <= st.end + 2 and name == st.speaker.name and len(st.text.split()) <= n + 1
        for a, b, name, n in direct)]


def quoted_paragraph(ex: Extraction, si: int, para: int, s: int, sent_quotes) -> None:
    """A paragraph that is one quotation, after a paragraph that ends in a colon (inside or
    outside a quotation: 'Miller said these actions "demonstrate ...:"'), is the words of
    that paragraph's last speaker."""
    if si == 0 or ex.d.sents[si - 1][0] == para:
        return
    label = QUOTE_LABEL_RE.match(ex.text, s)  # 'Quote: "..."' (a news site's own label)
    open_at = label.end() if label else s
    if ex.text[open_at:open_at + 1] not in "“\"«":
        return
    q = next((q for q in sent_quotes if q[0][0] == open_at + 1), None)
    prev_start, prev_end = ex.d.sents[si - 1][1], ex.d.sents[si - 1][2]
    if q is None:
        return
    colon = label or re.search(r":\s*[”\"»]?\s*$", ex.text[max(0, prev_end - 4):prev_end])
    if not colon:
        # a paragraph that is one quotation, right after a paragraph that reports someone's
        # words ("X reiterated the need to ..." / "“We affirm ...”"): that speaker goes on
        whole = not ex.text[q[-1][1]:ex.para_end(para)].strip(" ”\"».,")
        prev = [st for st in ex.out[-5:] if ex.para_start(ex.d.sents[si - 1][0]) <= st.start < prev_end] if whole else []
        if whole and not prev and ex.d.sents[si - 1][0] == para - 1:
            # "He made the remark on the sidelines of ..." / "“In international relations ...”": the
            # previous paragraph tells of someone who has spoken; the quotation goes on with them
            first = next(i for i in range(si - 1, -1, -1) if i == 0 or ex.d.sents[i - 1][0] != para - 1)
            subj = ex.d.subject_of(ex.d.sents[first][1], ex.d.sents[first][2])
            spoke = [st for st in ex.out[-20:] if subj is not None and subj.kind == "person" and st.speaker.name == subj.name]
            prev = spoke[-1:] if spoke else []
        if whole and not prev and ex.d.sents[si - 1][0] == para - 1 and FIRST_PERSON_QUOTE_RE.search(ex.text, q[0][0], q[-1][1]) \
                and not QUOTE_MARK_RE.search(ex.text, ex.para_start(para - 1), ex.para_end(para - 1)):
            # "This was confirmed in a statement issued by Wong's office." / "“I look forward to ...": a
            # quotation in the first person, unattributed, after a paragraph that names one person
            named = {sp.name: sp for at, _t, toks in ex.d.names if ex.para_start(para - 1) <= at < ex.para_end(para - 1)
                     for sp in [ex.d.resolve(" ".join(toks), at)] if sp is not None and sp.kind == "person" and sp.side != "unknown"}
            if len(named) == 1:
                sp = next(iter(named.values()))
                prev = [Statement(sp, "direct", "", "", "", q[0][0], q[0][0])]
        if not prev or prev[-1].speaker.kind not in ("person", "institution") or prev[-1].speaker.name == "Reporter" \
                or any(st.start <= q[0][0] <= st.end for st in ex.out[-5:]):  # already part of a quotation
            return
    before = [st for st in ex.out[-20:] if prev_start - 2000 <= st.start < prev_end] if colon else prev
    if before:
        speaker, cue, via = before[-1].speaker, before[-1].cue, before[-1].via
    elif label:
        # "Source: news agencies, citing Peskov" just before: the one cited
        cited = CITING_RE.search(ex.text, max(0, s - 400), s)
        speaker, cue, via = (ex.d.resolve(cited.group(1), cited.start(1)) if cited else None), "quote", ""
    else:
        speaker = None
    if speaker is None:
        return
    ex.used_quotes.add(q[0][0])
    ex.claimed.append((s, q[-1][1] + 1))
    for k, (a, b) in enumerate(q):  # a quotation over several paragraphs: one statement per paragraph
        ex.out.append(Statement(speaker, "direct", cue if not k else "", via, " ".join(ex.text[a:b].split()), a, b))


WE_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
FIRST_PERSON_QUOTE_RE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")
# "the Government of Japan", "the Japanese government": the turn's own government as a whole
GOVERNMENT_RE = re.compile(r"\b[Gg]overnment\b")
# "the Secretary-General", "the President": one office holder of the turn's side, a third party
OFFICE_HOLDER_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[\w.'’-]+\s+){0,2}(?:Secretary-General|President|Prime Minister|Secretary|Minister|Chancellor|Chairperson|Chair|High Representative)$")


def nested_speech(ex: Extraction, turn: Speaker, si: int, s: int, e: int, sent: str) -> None:
    """Reported speech of a third party inside a transcript turn ("Mr. Sullivan underscored
    that ...", "as the Pentagon said, ..."): an extra statement, with the turn's speaker as
    ``via``. What the speaker or their own side says in the first person ("we have made
    clear that") stays in the turn; reporters' and the speaker's own words are not repeated."""
    n_before = len(ex.out)
    ex.in_turn = True
    ex.d.turn_side = turn.side if turn.name != "Reporter" else None
    try:
        handle_indirect(ex, si, s, e, sent)
    finally:
        ex.in_turn = False
        ex.d.turn_side = None
    kept = []
    for st in ex.out[n_before:]:
        if st.speaker.name in (turn.name, "Reporter"):
            continue
        if sent.rstrip().endswith("?") and QUESTION_CUE_RE.match(ex.text, s, max(s, st.start - 1)) \
                and not re.search(r"\bthat\s*$", ex.text[s:st.start]):
            continue  # "Has the ministry raised the matter with Ottawa?": asked, not said
        if turn.name == "Reporter" and re.match(r"(?:\W*\w+\W+){0,3}?(?:he|she|they)\s", ex.text[s:st.start], re.I) \
                and not any(o.speaker.name == st.speaker.name and o.start < s for o in ex.out[max(0, n_before - 5):n_before]):
            continue  # a reporter's "he mentioned that ...": only someone the question itself just quoted
        if (st.speaker.kind == "group" or st.speaker.kind == "anonymous" and not OFFICE_HOLDER_RE.search(st.speaker.name)
                or GOVERNMENT_RE.search(st.speaker.name)) and st.speaker.side == turn.side != "unknown":
            continue  # the speaker's own government in the third person ("Japan is calling for ...");
            # another body of it ("my colleagues at the Department of Defense") is a third party
        kept.append(Statement(st.speaker, st.kind, st.cue, st.via or turn.name, st.text, st.start, st.end))
        ex.d.remember(s, st.speaker)
    ex.out[n_before:] = kept


def extract_statements(text: str, sentences, registry: Registry | None = None, title: str = "",
                       outlet: str = "", date: str = "") -> list[Statement]:
    """All statements of one document, in text order.

    *sentences* is a list of ``(paragraph, start, end)`` spans (as in ``corpus.sentences``);
    *title* (the headline) helps to name people who are introduced only there; *outlet*
    (a government's, such as "Ministry of Foreign Affairs of Japan") gives the side of its
    anonymous officials and moderators; *date* (ISO, "2016-07-14") names the holder of an office
    the text never names ("the Secretary-General" of that day, see ``offices`` in actors.yaml).
    """
    if not sentences:
        return []
    load_countries().set_document(text)  # once per document: the side look-ups of every stage use it
    registry = registry or load_actors()
    doc = DocumentSpeakers(text, [(p, s, e) for p, s, e in sentences], registry, title, outlet)
    doc.date = date or ""
    return _run(Extraction(text, doc))


# -- sentiment -----------------------------------------------------------------------


def statement_rows(doc_id: str, text: str, sentence_rows, title: str = "", outlet: str = "", date: str = "") -> list[tuple]:
    """Statement rows for one document without sentiment (the last three columns None)."""
    spans = [(p, s, e) for _, _, p, s, e, _ in sentence_rows]
    starts = [s for _, s, _ in spans]
    rows = []
    for i, st in enumerate(extract_statements(text, spans, title=title, outlet=outlet, date=date)):
        sent_id = max(0, bisect.bisect_right(starts, st.start) - 1)
        rows.append((doc_id, f"{doc_id}:{i}", sent_id, intern(st.speaker.name), intern(st.speaker.side), st.kind,
                     intern(st.cue), intern(st.via), st.text, st.start, st.end, None, None, None))
    return rows


def add_sentiment(rows: list[tuple]) -> list[tuple]:
    """Fill the TextBlob and VADER columns of statement rows."""
    return [row[:11] + score_sentiment(row[8]) for row in rows]


def statements_for_document(doc_id: str, text: str, sentence_rows, title: str = "", outlet: str = "", date: str = "") -> list[tuple]:
    """Statement rows (tuples in STATEMENT_COLUMNS order) for one document."""
    return add_sentiment(statement_rows(doc_id, text, sentence_rows, title, outlet, date))


def statements_in_context(corpus, columns=("doc_id", "speaker", "side", "kind", "cue", "via", "text")) -> pd.DataFrame:
    """The statements table with the source sentence of each statement (``sentence``)."""
    st = corpus.statements
    sents = corpus.sentences[["doc_id", "sent_id", "text"]].rename(columns={"text": "sentence"})
    out = st.merge(sents, on=["doc_id", "sent_id"], how="left")
    return out[list(columns) + ["sentence"]]
