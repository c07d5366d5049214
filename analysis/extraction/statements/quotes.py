"""Direct quotations and their attributions.

:func:`find_quotes` finds the quotations of a document (over several paragraphs, with
unbalanced marks tolerated); :func:`handle_quote` attributes one: a cue after the closing
mark ("..., he said"), before the opening mark ("Wang said: ..."), a colon lead-in in the
previous paragraph, or the previous quotation it continues; "A," he said, "B." is one
statement.

The work is linear in the length of a document: a quotation that follows an attribution is
looked up by its opening mark in an index built once per document
(:func:`quotes_by_opening`), paragraph bounds through the extraction's own index, never by
scanning every quotation or sentence for each quotation.
"""
from __future__ import annotations

import re
import weakref

from .cues import CUE_RE, ING_CUE_RE, THAT_ONLY, cue_text
from .model import Extraction, Statement
from .phrases import DOCUMENT_BY_RE, DOCUMENT_OCCASION_RE, np_after, np_before

OPEN_CLOSE = {"“": "”", "«": "»", '"': '"'}
CLOSERS = {"”", "»", '"'}
SINGLE_OPENERS = ("'", "‘")
_SINGLE_AT_PARAGRAPH_RE = re.compile(r"(?:\A|\n)['‘]")
# the end of a single-quoted paragraph: a mark after a sentence's end or before a comma
SINGLE_CLOSE_RE = re.compile(r"(?<=[.!?,])['’](?=[\s,])|['’](?=,\s)")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")
_SINGLE_AFTER_ATTRIBUTION_RE = re.compile(r"\s*['‘]([^'‘’\n]{3,600}?[.!?])['’]\s*$")
QUOTE_MARK_RE = re.compile("[" + re.escape("".join(sorted(set(OPEN_CLOSE) | CLOSERS))) + "]")
# "..., the statement reads": a document speaks for its author ("reads" is a cue only here)
DOCUMENT_READS_RE = re.compile(r"[\s,.;:—–-]*((?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:statement|communiqu[eé]|declaration|readout|message|document|letter|release|note))\s+(reads|read)\b"
                               r"|[\s,.;:—–-]*(reads|read)\s+((?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"  # ("..., reads the statement")
                               r"(?:statement|communiqu[eé]|declaration|readout|message|document|letter|release|note))\b", re.I)
# a second quotation right after an attribution: "A," he said, "B."
NEXT_QUOTE_RE = re.compile(r"[^.!?“”\"«»]{0,80}?[,.:;]?\s*([“\"«])")


_BY_OPENING: "weakref.WeakKeyDictionary[Extraction, dict]" = weakref.WeakKeyDictionary()


def quotes_by_opening(ex: Extraction, all_quotes) -> dict[int, list]:
    """The document's quotations by the position just after their opening mark (the first
    one found there, as a scan of *all_quotes* would), built on first use."""
    index = _BY_OPENING.get(ex)
    if index is None:
        index = _BY_OPENING[ex] = {}
        for q in all_quotes:
            index.setdefault(q[0][0], q)
    return index


def find_quotes(ex: Extraction, skip) -> list[list[tuple[int, int]]]:
    """Quotations as lists of content pieces (start, end); several pieces when a quote
    runs over paragraphs. Unbalanced marks never raise."""
    paras: dict[int, tuple[int, int]] = {}
    for p, s, e in ex.d.sents:
        a, b = paras.get(p, (s, e))
        paras[p] = (min(a, s), max(b, e))
    starts = para_starts(paras)
    quotes = []
    carry = None  # an open quote from the previous paragraph
    for p in sorted(paras):
        if p in skip:
            carry = None
            continue
        ps, pe = paras[p]
        seg = ex.text[ps:pe]
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
                if carry and carry[0][0] - 1 in starts:
                    quotes.append(carry)
            carry = None
        for qm in QUOTE_MARK_RE.finditer(seg, i):  # only quote marks change the state
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
                    pieces.append((open_at, pos))  # in place: a quote over many paragraphs is never copied
                    if pieces[-1][1] > pieces[-1][0]:
                        quotes.append(pieces)
                    pieces = []
                    open_at = None
        to_end = open_at is not None and not pieces and _CUE_BEFORE_OPEN_RE.search(ex.text, max(ps, open_at - 40), open_at) \
            and ex.text[pe - 1:pe] in ".!?" and len(ex.text[open_at:pe].split()) >= 6
        # 'Borrell said "the European Union condemns ... . We call for ... .' never closed: the
        # quotation runs to the end of its paragraph
        nxt = paras.get(p + 1)
        if open_at is not None and (open_at - 1 == ps or not pieces and nxt and ex.text[nxt[0]:nxt[0] + 1] in OPEN_CLOSE
                                    and ex.text[max(ps, open_at - 4):open_at - 1].rstrip().endswith(":")):
            # (a quotation opened after a colon runs on over the paragraphs that reopen with a
            # mark: 'A statement ... read: “Today, ... .' then '“The Minister expressed ...”')
            pieces.append((open_at, pe))
            carry = pieces
        elif to_end:
            quotes.append([(open_at, pe)])
    if carry and carry[0][0] - 1 in starts:
        quotes.append(carry)
    return quotes

def single_quoted_paragraphs(ex: Extraction, skip) -> list[list[tuple[int, int]]]:
    """Paragraphs that open with a single quotation mark ('...', the statement reads.), the
    house style of some outlets: the quotation runs to a closing mark after a sentence's end
    or before a comma, and an attribution follows it in the paragraph. A single mark elsewhere
    is an apostrophe or a quoted term, never a quotation."""
    out = []
    if not _SINGLE_AT_PARAGRAPH_RE.search(ex.text):
        return out  # most texts: no paragraph opens with a single mark
    seen = set()
    quoted_paras: set[int] = set()
    for p, s, e in ex.d.sents:
        if p in skip or p in seen:
            continue
        seen.add(p)
        ps, pe = ex.para_start(p), ex.para_end(p)
        if ex.text[ps:ps + 1] not in SINGLE_OPENERS:
            continue
        if p - 1 in quoted_paras:
            # "'A,' Mr Peters says. / 'B.'": a paragraph that opens with a single mark after a quoted
            # paragraph goes on with the quotation (closed at its end, or left open for the next)
            end = pe - 1 if ex.text[pe - 1:pe] in "'’" else pe
            if len(re.findall(r"\w+", ex.text[ps:end])) >= 6 and not SINGLE_CLOSE_RE.search(ex.text, ps + 1, end):
                out.append([(ps + 1, end)])
                quoted_paras.add(p)
                continue
        for m in SINGLE_CLOSE_RE.finditer(ex.text, ps + 1, pe):
            after = ex.text[m.end():pe]
            first = _SENTENCE_END_RE.search(after)
            attribution = after[: first.end()] if first else after
            words = len(re.findall(r"\w+", ex.text[ps:m.start()]))
            if (len(attribution) < 120 or CUE_RE.search(attribution, 0, 50)) and (words >= 6 or words >= 3 and CUE_RE.search(attribution, 0, 30)) \
                    and (DOCUMENT_READS_RE.match(attribution) or CUE_RE.search(attribution)):  # (", said X, who is in Norway, together with ...")
                out.append([(ps + 1, m.start())])
                quoted_paras.add(p)
                # "'A,' Kallas said. 'B.'": a new quotation after the attribution
                nxt = _SINGLE_AFTER_ATTRIBUTION_RE.match(ex.text, m.end() + len(attribution), pe)
                if nxt:
                    out.append([(nxt.start(1), nxt.end(1))])
                break
    return out


def para_starts(paras) -> set[int]:
    return {s for s, _ in paras.values()}

def handle_quote(ex: Extraction, pieces, si: int, all_quotes) -> None:
    text = ex.text
    q_start, q_end = pieces[0][0], pieces[-1][1]
    open_pos = q_start - 1
    single = text[open_pos:open_pos + 1] in SINGLE_OPENERS
    close_end = q_end + 1 if q_end < len(text) and (text[q_end:q_end + 1] in CLOSERS or single and text[q_end:q_end + 1] in "'’") else q_end
    para, s, e = ex.d.sents[si]
    p_start = ex.para_start(para)
    words = len(re.findall(r"\w+", " ".join(text[a:b] for a, b in pieces)))
    # 1. attribution after the closing mark, within the sentence that holds the mark
    last_si = ex.d.sent_index(max(q_end - 1, q_start))
    last_para, _, last_e = ex.d.sents[last_si]
    if last_si + 1 < len(ex.d.sents) and ex.d.sents[last_si + 1][0] == last_para:
        nxt = text[ex.d.sents[last_si + 1][1]:ex.d.sents[last_si + 1][2]]
        pure = re.fullmatch(r"\s*(?:[—–]\s*)?(?:(?:\S+\s+){0,5}?(?:\w+ly\s+)?%s|%s\s+(?:\S+\s*){1,8})[.!?]?\s*" % (CUE_RE.pattern, CUE_RE.pattern), nxt)
        if close_end > last_e or (
            not text[close_end:last_e].strip() and len(nxt.split()) <= 10 and pure
        ):
            last_e = ex.d.sents[last_si + 1][2]  # “...?” Wang asked.
    after = text[close_end:max(last_e, close_end)]
    attr = attribution_after(ex, after, close_end)
    speaker, cue, attr_end = (attr if attr else (None, "", None))
    # 2. attribution before the opening mark, in the same sentence (or colon lead-in)
    kind = "direct"
    if speaker is None:
        sent_start = ex.d.sents[ex.d.sent_index(open_pos)][1]
        before = text[sent_start:open_pos]
        got = attribution_before(ex, before, sent_start, open_pos, q_end, e)
        if got == "indirect":
            return  # part of a reported clause (mixed quote): the indirect pass takes it
        if got:
            speaker, cue, cue_at = got
            ex.claimed.append((cue_at, open_pos))
    if speaker is None and open_pos == p_start:
        # colon lead-in in the previous paragraph
        prev = ex.prev_para_text(para)
        if prev and prev[0].rstrip().endswith(":"):
            pt, pstart = prev
            got = attribution_before(ex, pt.rstrip(), pstart, pstart + len(pt.rstrip()), q_end, q_end)
            if got and got != "indirect":
                speaker, cue, cue_at = got
    if speaker is None:
        # continuation of the previous direct quote (same or previous paragraph)
        if words >= 4 and ex.out:
            last = ex.out[-1]
            lp = ex.d.sents[ex.d.sent_index(last.start)][0]
            gap = text[last.end:open_pos]
            if last.kind == "direct" and (lp == para or lp == para - 1) and len(re.findall(r"\w+", gap)) <= 8 and open_pos == ex.d.sents[ex.d.sent_index(open_pos)][1]:
                if lp != para and open_pos == p_start and (text[last.end:last.end + 1] in CLOSERS and re.search(r"\w", gap)
                                                           and not QUOTE_MARK_RE.search(gap[1:])  # not '"A," he said, "B ...' left open
                                                           or not re.search(r"\w", gap)):  # ("'A / 'B': a quotation over paragraphs)
                    # a new quoted paragraph after a quotation closed and attributed in the
                    # paragraph before: the same speaker goes on, as a statement of its own
                    body = " ".join(" ".join(text[a:b].split()) for a, b in pieces)
                    ex.out.append(Statement(last.speaker, "direct", "", last.via, body, q_start, q_end))
                    ex.claimed.append((open_pos, close_end))
                    return
                last_text = " ".join(text[a:b] for a, b in pieces)
                ex.claimed.append((open_pos, close_end))
                if re.search(r"\w", gap) and _ends_a_sentence(gap, 6) and not QUOTE_MARK_RE.search(gap[1:]):
                    # "'A,' Kallas said. 'B.'": a new quoted sentence after the attribution is a statement of its own
                    ex.out.append(Statement(last.speaker, "direct", "", last.via, " ".join(last_text.split()), q_start, q_end))
                    return
                last.text = f"{last.text} {' '.join(last_text.split())}"
                last.end = q_end
                return
        return
    # a quotation over several paragraphs: one statement per paragraph, the first with the cue
    for k, (a, b) in enumerate(pieces):
        st = Statement(speaker, kind if not k else "direct", cue if not k else "", "", " ".join(text[a:b].split()), a, b)
        ex.out.append(st)
    ex.claimed.append((open_pos, max(close_end, attr_end or close_end)))
    ex.d.remember(q_start, speaker)
    # 3. a second quote right after the attribution joins: "A," he said, "B." (also
    # after an aside: "A," said Senator Marsh, a Republican, "B.")
    if attr_end is not None:
        # matched in place up to the paragraph's end (no copy of the rest of the paragraph)
        m = NEXT_QUOTE_RE.match(text, attr_end, ex.para_end(last_para))
        if m and not re.search(r"\b(?:and|but|while|as)\s*[“\"«]$", m.group(0)):
            nxt_open = m.end()
            q = quotes_by_opening(ex, all_quotes).get(nxt_open)
            between = text[attr_end:nxt_open - 1]
            new_sentence = _ends_a_sentence(between, 20)  # (at most 80 characters: 'told reporters after meeting with X. "')
            participle = ING_CUE_RE.search(between)
            if participle and re.search(r"\w", between[participle.end():]):
                q = None  # '..., going on to note that Mercosur is "a key tool" ...': a mixed quotation, the indirect pass's
            elif participle:  # '..., said Petro, adding that "...": a second statement, after its own cue
                cue = participle.group(1)
                new_sentence = True
            again = _AND_CUE_RE.search(between)
            if again:  # '"A," said Shringla and added, "B."': a second cue, a second statement
                cue = again.group(1)
                new_sentence = True
            if q is not None and new_sentence and _OWN_ATTRIBUTION_RE.match(text, q[-1][1], ex.para_end(last_para)):
                q = None  # '"B," Jaishankar said.': the next quotation has an attribution of its own
            if q is not None and nxt_open not in ex.used_quotes:
                words = " ".join(" ".join(text[a:b].split()) for a, b in q)
                ex.claimed.append((attr_end, q[-1][1] + 1))
                ex.used_quotes.add(q[0][0])
                if new_sentence:
                    # '"A," Kallas added. "B."': a new quoted sentence is a statement of its own
                    ex.out.append(Statement(speaker, "direct", cue, "", words, q[0][0], q[-1][1]))
                else:  # '"A," she added, "B."': one sentence broken by its attribution
                    st.text = f"{st.text} {words}"
                    st.end = q[-1][1]

_AND_CUE_RE = re.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(added|said|stressed|noted|continued|went\s+on|emphasi[sz]ed|underlined)\b")


def _ends_a_sentence(between: str, max_words: int) -> bool:
    """True when the few words between two quotations end a sentence (' Kallas said. '): the
    next quotation is a new statement, not the rest of the one before."""
    return bool(_SENTENCE_END_RE.search(between)) and len(re.findall(r"\w+", between)) <= max_words


# A reporting verb right before an opening mark: 'said "', 'stated: "', 'added, "'
_CUE_BEFORE_OPEN_RE = re.compile(r"\b(?:said|says|stated|states|added|adds|declared|wrote|told\s+\w+)\s*[,:]?\s*[“\"«]$")
# '"...," the ABC reported Sogavare as saying', '..., Reuters quoted the minister as telling ...'
_QUOTED_AS_SAYING_RE = re.compile(r"\s*,?\s*[^.;!?“”\"«»]{0,60}?\b(?:reported|quoted|cited)\s+([^.;!?,“”\"«»]{1,60}?)\s+(?:as\s+)?(?:saying|telling|stating|writing)\b")


# '"...," he continued.', '"...?" the minister questioned.': verbs that attribute only here
_WENT_ON_RE = re.compile(r"[”\"»]?\s*[,—–]?\s*((?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.'’-]*|he|she|they|the\s+[a-z][\w\s'’-]{1,40}?)\s+"
                         r"(continued|concluded|questioned|went\s+on)\s*[.,;]")
# A quotation's own attribution right after it: '"...," Jaishankar said.', '"...," said the minister'
_OWN_ATTRIBUTION_RE = re.compile(r"[”\"»]?\s*[,—–]?[”\"»]?\s+(?:(?:[A-Z][\w.'’-]*|the|he|she|they)\s+){1,5}?"
                                 r"(?:said|says|added|adds|told|stressed|noted|explained|insisted|warned)\b"
                                 r"|[”\"»]?\s*[,—–]?[”\"»]?\s+(?:said|added|stressed|noted|explained)\s+(?:the\s+)?[A-Z]")
# An aside between a quotation and its speaker: '"...," in a statement, the ministry said'
_ASIDE_START_RE = re.compile(r"\s*[,—–]?\s*(?:in|on|at|during|after|before|speaking|writing|via|through|later|earlier|meanwhile|however)\b", re.I)
# Words of a clause, not of a speaker's title, between a quotation and its speaker ('"no doubt"
# the islands are British after X said'; but '"...," coast guard spokesperson X said')
_CLAUSE_WORD_RE = re.compile(r"\b(?:of|to|for|in|on|at|by|with|from|after|before|because|when|while|since|as|is|are|was|"
                             r"were|be|been|that|which|and|but|or|has|have|had|will|would|can|could|should|may|might|not)\b")


def attribution_after(ex: Extraction, after: str, offset: int):
    """Find "..., he said" / ", said Wang" / " — Mao Ning, spokeswoman" after a quote."""
    if after.startswith((" (", "(")):
        return None
    doc = DOCUMENT_READS_RE.match(after) if "read" in after[:90] else None
    if doc:
        g = 1 if doc.group(1) else 4
        sp = ex.d.resolve(doc.group(g), offset + doc.start(g))
        return (sp, doc.group(2) or doc.group(3), offset + doc.end()) if sp else None
    saying = _QUOTED_AS_SAYING_RE.match(after) if " as " in after[:160] or " saying" in after[:160] else None
    if saying:  # '"...," the ABC reported Sogavare as saying': the one quoted speaks
        sp = ex.d.resolve(saying.group(1), offset + saying.start(1))
        if sp is not None:
            return sp, "as saying", offset + saying.end()
    went_on = _WENT_ON_RE.match(after)
    if went_on:  # '"...," he continued.': verbs that report words only right after them
        sp = ex.d.resolve(went_on.group(1), offset + went_on.start(1))
        if sp is not None:
            return sp, went_on.group(2), offset + went_on.end(2)
    window = after[:160]
    # stop at the next quotation
    nq = re.search(r"[“\"«]", window)
    if nq:
        window = window[: nq.start()]
    # dash attribution without a verb: “...” — Mao Ning, Foreign Ministry spokeswoman
    m = re.match(r"\s*(?:—|–|--)\s*((?:[A-Z]\.)+[^;!?]{1,100}|[A-Z][^.;!?]{1,100})", after.split("\n")[0]) if re.match(r"\s*(?:—|–|--)", after) else None
    if m and not CUE_RE.match(m.group(1)):
        phrase = np_after(m.group(1))
        sp = ex.d.resolve(phrase, offset + m.start(1)) if phrase else None
        if sp:
            return sp, "—", offset + m.start(1) + len(phrase)
    for cm in CUE_RE.finditer(window):
        pre = window[: cm.start()]
        cue = cue_text(cm, window[cm.end():])
        if not cue and (cm.group(1).lower() in THAT_ONLY or cm.group(1).lower() in {"posted", "posts"}) and not re.search(r"\w", pre):
            cue = (cm.group(1), len(cm.group(1)))  # '"...," added Jaishankar.': after a quotation, any cue attributes
        if not cue:
            continue
        if re.search(r"[.!?]\s", pre.lstrip(" ,.!?")) or len(re.findall(r"\w+", pre)) > 14:
            return None
        pre_stripped = pre.strip(" ,—–-")
        if not re.search(r"\w", pre_stripped) or pre_stripped.lower() in {"so", "as", "thus"}:
            # inverted: ", said Wang Wenbin, a spokesman" (not a participle: ', arguing the
            # Islamic State had ...' is what the sentence's subject argued)
            phrase = np_after(window[cm.end():]) if not cm.group(1).lower().endswith("ing") else None
            if phrase:
                sp = ex.d.resolve(phrase, offset + cm.end())
                if sp:
                    end = offset + cm.end() + len(phrase) + (window[cm.end():].find(phrase))
                    return sp, cue[0], end
            return None
        occasion = DOCUMENT_OCCASION_RE.fullmatch(pre_stripped) or DOCUMENT_BY_RE.fullmatch(pre_stripped)
        if occasion:  # '"...," the joint statement after their meeting said', '..., a statement from the ministry said': its author
            sp = ex.d.resolve(pre_stripped, offset + pre.find(pre_stripped))
            if sp:
                return sp, cue[0], offset + cm.start() + cue[1]
        npb = np_before(pre)
        between = pre[: npb[1]] if npb else ""
        if re.search(r"\w", between) and not (_ASIDE_START_RE.match(between) and re.search(r"[,—–]\s*$", between)) \
                and _CLAUSE_WORD_RE.search(between):
            # '"no doubt" the islands are British after X said', 'a "geostrategic choice" of direction, X
            # said': words of a clause go on after the quotation, which the reported clause holds
            return None
        if npb:
            sp = ex.d.resolve(npb[0], offset + npb[1])
            if sp:
                return sp, cue[0], offset + cm.start() + cue[1]
        return None
    return None

# 'A statement from the ministry read:', 'The statement said:': a document whose words follow
DOCUMENT_LEAD_RE = re.compile(r"(?:^|[.;]\s+)(?P<np>(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:statement|readout|communiqu[eé]|release|message|letter|post|note)"
                              r"(?:\s+(?:from|by|of)\s+(?P<src>[^:;“”\"]{2,120}?))?)\s+(?P<verb>read|reads|said|says|stated|states)\s*:$")
_TIME_END_RE = re.compile(r"\s*,?\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)$")


def attribution_before(ex: Extraction, before: str, sent_start: int, open_pos: int, q_end: int, sent_end: int):
    """Find "Wang said:" / "he said, “" / "remarking, “" before a quote."""
    b = before.rstrip()
    if not b:
        return None
    m = None
    for m in CUE_RE.finditer(b):
        pass
    according = _ACCORDING_COLON_RE.search(b) if b.endswith((":", ",")) else None
    if according:  # 'According to Ambassador Adeleke: “The Ethiopian Prime Minister ...'
        sp = ex.d.resolve(according.group(1), sent_start + according.start(1))
        return (sp, "according to", sent_start + according.start()) if sp else None
    doc = DOCUMENT_LEAD_RE.search(b) if b.endswith(":") else None
    if doc:  # 'A statement from the minister's spokesman, X, on Wednesday read: "...'
        src = doc.group("src")
        if src:
            src = _TIME_END_RE.sub("", src).rstrip(" ,")
            src = src.rsplit(", ", 1)[-1] if ", " in src and src.rsplit(", ", 1)[-1][:1].isupper() else src
        at = sent_start + doc.start("src" if src else "np")
        sp = ex.d.resolve(src, at) if src else ex.d.resolve(doc.group("np"), at)
        return (sp, doc.group("verb"), sent_start + doc.start("verb")) if sp else None
    if m is None or (b.endswith(":") and len(re.findall(r"\w+", b[m.end():])) > 6):
        if b.endswith(":"):
            # lead-in without a reporting verb: "Lloyd Austin was blunt:"
            sp = ex.d.subject_of(sent_start, sent_start + len(b))
            return (sp, ":", sent_start + len(b) - 1) if sp else None
        return None
    between = b[m.end():]
    cue = cue_text(m, between)
    if not cue and m.group(1).lower() in THAT_ONLY and re.fullmatch(r"\s*[,:]?", between):
        cue = (m.group(1), len(m.group(1)))  # 'and added: “...': right before a quotation, any cue attributes
    if not cue:
        return None
    if m.group(1).lower() in ("hopes", "hoped"):
        return "indirect"  # 'China hoped "all parties concerned" would ...': a mixed quote
    between = b[m.start() + cue[1]:]
    bw = between.strip()
    lead_ok = re.fullmatch(r"[,:]?", bw) or re.fullmatch(
        r"(?:\s*(?:to\s+)?(?:reporters|journalists|the media|the press|lawmakers|an audience|the audience|state media|state television|students|delegates|the committee|a news conference|a press conference|a briefing|in a statement|in a post\b[^,:]*|on (?:X|Twitter|Weibo|Facebook)|in an interview\b[^,:]*|in remarks\b[^,:]*|in a speech\b[^,:]*|at a [^,:]*|during [^,:]*|on [A-Z]\w+day|afterwards|afterward|later|then|again|yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in (?:a|an|his|her|their) (?:statement|post|interview|speech|message|letter|op-ed|video)(?:\s+(?:on|to|in|at)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?|,|:)\s*)*[,:]?",
        bw,
        re.I,
    )
    if not lead_ok and re.fullmatch(r"(?:(?:on|in|at|to|via|during|after|before|from|through|with)\s+[^,:;“”\"]{1,60}?)?\s*[,:]", bw):
        lead_ok = True  # "wrote on his Truth Social platform:"
    if re.fullmatch(r"that\s*:", bw):
        lead_ok = True  # 'Touray lamented that: “Coup d’etat is ...': a colon opens the words themselves
    elif not lead_ok or re.search(r"\bthat\b", bw):
        return "indirect" if bw else None
    pre = b[: m.start()]
    if m.group(1).lower().endswith("ing") and pre.rstrip().endswith(","):
        # participial: "Xi hinted at progress, remarking, “...”"
        sp = ex.d.subject_of(sent_start, open_pos)
        return (sp, cue[0], sent_start + m.start()) if sp else None
    npb = np_before(pre)
    if not npb and _AND_END_RE.search(pre):
        # 'She said A and added, “...”': the coordinated verb's subject is the clause's
        sp = ex.d.subject_of(sent_start, open_pos)
        return (sp, cue[0], sent_start + m.start()) if sp else None
    if not npb:
        return None
    sp = ex.d.resolve(npb[0], sent_start + npb[1])
    return (sp, cue[0], sent_start + m.start()) if sp else None


_AND_END_RE = re.compile(r"\s(?:and|but)(?:\s+(?:also|then|later))?\s*$")
_ACCORDING_COLON_RE = re.compile(r"(?:^|[.;]\s+)(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+([^,:;“”\"]{2,80}?)\s*[:,]$")

