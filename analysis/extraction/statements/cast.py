"""The cast of a document: every name it mentions, and look-ups over them.

:class:`Cast` holds a document's text, its sentence spans and the registry, and knows the
capitalised names of the text and headline (with their titles), the fullest form of a
short name ("Raimondo" -> "Gina Raimondo"), where an actor was last mentioned, the titles
a name is given, and the sides the document gives the people it introduces.
"""
from __future__ import annotations

import bisect
import re
from itertools import islice

from .actors import Actor, Registry
from .countries import current_countries
from .cues import EVENT_WORDS, HEADLINE_VERBS, NON_NAME_WORDS, OFFICIAL_HEADS, TITLE_WORDS
from .model import Speaker
from .phrases import NAME_PARTICLES, INITIAL_OR_SUFFIX_RE, INSTITUTION_HEADS_LOWER, INSTITUTION_WORDS, cap, clean_tok, fold, name_words, split_titles
from .sides import APPOSITIVE_RE, role_side, role_then_name, side_from_words


# "Foreign Ministry Spokesperson's Remarks on ...": an office speaking, named by its role
HEADLINE_ROLE_RE = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+){0,4}(?:Spokesperson|Spokesman|Spokeswoman|Minister|Secretary|"
                              r"Ambassador|Embassy|Ministry|Office))['’]s?\s+(?:Remarks|Statement|Comments?|Answers?|Press)\b")


# "Koichiro Gemba, Minister for Foreign Affairs of Japan," / "Yang Jiechi, Minister of Foreign
# Affairs of the People's Republic of China,": a name, a comma and an official role of a country
APPOSITIVE_OF_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,2}),[ ]+((?:[A-Z][\w'’-]*|of|for|and|the)(?:[ ]+(?:[A-Z][\w'’-]*|of|for|and|the)){2,14})"
    r"(?:[ ]+\([A-Z][\w.]{1,10}\))?(?=[,;]|\.(?:\s|$))")  # "... of the Republic of Korea (ROK),"


# "his Guatemalan counterpart Carlos Raul Morales", "her Kenyan counterpart, Ana Roca"
COUNTERPART_RE = re.compile(r"\b(?:his|her)[ ]+(?P<nat>(?:[A-Z][\w'’.-]*[ ]+){1,2})counterpart(?:,?[ ]+(?P<name>[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,3}))?")
# the name of the person whose counterpart that is: "Foreign Minister Wilfred Elrington who met his ..."
OWNER_BEFORE_RE = re.compile(r"([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,3}),?[ ]+(?:who[ ]+)?(?:(?:also|later|then|on[ ]+\w+day)[ ]+)?"
                             r"(?:met|meets|received|hosted|called|phoned|spoke[ ]+(?:with|to)|held[ ]+talks[ ]+with|thanked|told|urged)[ ]+(?=(?:his|her)[ ])")
# "..., the Chinese vice foreign minister said." at the end of a lede; "Liu Zhenmin told ..." after it
LEDE_ROLE_RE = re.compile(r",?\s+(?:the|a|an)\s+((?:[A-Z][\w'’-]*\s+){1,2}(?:[a-z][\w'’-]*\s+){0,3}?(?:minister|spokes(?:man|woman|person)|"
                          r"secretary|president|premier|envoy|ambassador|negotiator|chief))\s+(?:said|says|told\s+\w+|stated|announced)\s*\.?$")
NEXT_SPEAKER_RE = re.compile(r"([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,2})[ ]+(?:told|said|says|stated|added|explained)\b")
# "Prime Minister X", "The Honourable Prime Minister X" in a government's own release: its own
OWN_LEADER_RE = re.compile(r"(?:(?:The\s+)?(?:Honourable|Hon\.?|Rt\.?\s+Hon\.?|Right\s+Honourable)\s+)?(?:Prime\s+Minister|President)\s+.*", re.I)
# "OSCE Chairperson-in-Office Zbigniew Rau": an organisation's chair, named after the title
ORG_CHAIR_RE = re.compile(r"\(?\b([A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,2})\)?[ ]+Chair(?:man|woman|person)?-in-Office[ ]+"
                          r"((?:[A-Z][\w'’-]+[ ]+){1,3}[A-Z][\w'’-]+)")
# "his counterpart Mohammad Jashim Uddin": no nationality
BARE_COUNTERPART_RE = re.compile(r"\b(?:his|her)[ ]+counterpart,?[ ]+(?P<name>[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,3})")
NAME_BEFORE_RE = re.compile(r"\b([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,4})")
# "Pakistan rejects ...", "Somalia expels ...": a state that speaks or acts in a headline
HEADLINE_SPEAKER_RE = re.compile(r"(?:^|[:;,.]\s+)((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:(?:strongly|firmly)\s+)?"
                                 r"(?:rejects|condemns|says|urges|warns|welcomes|calls|slams|denies|accuses|protests|summons|recalls|"
                                 r"expels|demands|vows|voices|expresses|hails|backs|criticises|criticizes|blames|dismisses|responds|"
                                 r"reacts|rebuffs|deplores|denounces|insists|asks|objects|lodges)\b")
# "the Ukrainian delegation, headed by Defense Minister Rustem Umerov", "the Russian delegation led
# by presidential aide Vladimir Medinsky": the delegation's side is its head's
HEADED_BY_RE = re.compile(r"\b((?:[A-Z][\w'’-]*[ ]+){1,2})delegation,?[ ]+(?:headed|led)[ ]+by[ ]+(?:[^,.;\n]{0,60}[ ])?"
                          r"([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,2})(?=[,.;)]|[ ]+(?:and|said|says|told)\b|$)")


# "Mr. Taro Kono, Minister for Foreign Affairs," / "Ned Price, Department Spokesperson": an
# official role that names no country, in a document its government publishes
APPOSITIVE_ROLE_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){1,2}),[ ]+((?:[A-Z][\w'’-]*)(?:[ ]+(?:[A-Z][\w'’-]*|of|for|and|the)){0,8})(?=[ ]*(?:[,;\n]|\.(?:\s|$)|$)|[ ]+(?!(?:of|for|and|the|to|in|at|on)\b)[a-z])")  # ("X, Minister of ... today held", never a role cut at "of")


# "the African Union Peace and Security Council (PSC)": a body's name, then its initials
_ACRONYM_DEFINED_RE = re.compile(r"((?:[A-Z][\w'’-]*[ ]+(?:(?:of|for|and|the|on)[ ]+)*){1,8}?[A-Z][\w'’-]*)[ ]+\(([A-Z]{2,8})\)"
                                 r"(?:[ ]+of[ ]+(?:the[ ]+)?((?:[A-Z][\w'’-]*[ ]+){0,4}[A-Z][\w'’-]*))?")  # ("... Council (PSC) of the African Union")
# "Foreign ministry secretary general X" in the ministry's own text: an office of a body it names without a country
_BARE_BODY_RE = re.compile(r"\b(?:foreign\s+ministry|ministry|foreign\s+office|government|presidency|secretariat)\b", re.I)
# A nickname in quotation marks right after a full name ("Mohamed Hamdan Dagalo “Hemetti”")
NICKNAME_AFTER_RE = re.compile(r"[ ]+[“\"]([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)[”\"]")


# Roles of a person sent to a place: "special envoy for Yemen" is not Yemen's (a "minister for Belize" is Belize's)
SENT_ROLES = {"envoy", "envoys", "ambassador", "representative", "coordinator", "rapporteur", "mediator", "adviser", "advisor"}


# Words of a portfolio that end a title, never a name's first word ("for the Americas David Rutley")
PORTFOLIO_WORDS = {"Americas", "Africa", "Asia", "Europe", "Pacific", "Caribbean", "Commonwealth", "Development", "Security",
                    "Defence", "Defense", "Trade", "Finance", "Policy", "Affairs", "Cooperation", "Co-operation", "Relations"}


_CLAUSE_BREAK_RE = re.compile(r"[,;:!?“”\"()]|\.(?=\s)")


class Cast:
    """Per-document names: text, sentences, name index."""


    # A capital letter first (an initialism "U.S." or a word), so that the regex engine can
    # skip ahead to the next capital instead of trying every position.
    NAME_RUN = re.compile(r"[A-Z](?:\.(?:[A-Z]\.)*|[\w'’\-]*)(?:[ ]+(?:(?:of|the|for|de|da|do|dos|das|del|della|di|du|van|von|der|den|"
                          r"bin|ibn|al|el|la|le)[ ]+){0,2}(?:(?:[A-Z]\.)+|[A-Z][\w'’\-]*|(?:al|el|ad|ash|as|ar|at|az|an|bin|ibn|abu|ul|ud|ed)-[A-Z][\w'’\-]*"
                          r"|[“\"][A-Z][\w'’\-]*[”\"](?=[ ]+[A-Z])))*")  # (a nickname inside: Joko “Jokowi” Widodo)

    def __init__(self, text: str, sentences: list[tuple[int, int, int]], registry: Registry, title: str = "",
                 outlet: str = ""):
        self.text = text
        self.title = title
        self.outlet = outlet
        self.sents = sentences
        self.sent_starts = [s for _, s, _ in sentences]
        self.registry = registry
        self._names = None
        self._name_index = None
        self._fullest: dict[str, list] = {}  # short form -> its fuller forms (_fullest_candidates)
        self._titles: dict = {}
        self._introduced_sides: dict | None = None
        self._org_titled: set[str] = set()  # people titled by the publishing organisation ("OSCE Chairperson-in-Office, ...")
        self._of_sides: dict[str, set] = {}  # "Former Prime Minister Yasuo Fukuda of Japan"
        self._nicknames: dict[str, int] = {}  # nickname -> position in names of the full name it was given with
        self._home_side: str | None | bool = False
        self._headline_side: str | None | bool = False
        self._outlet_side: str | None | bool = False
        self._main: Speaker | None | bool = False
        self._titled: dict | None = None  # title word -> names with it (titled_names)
        self._acronyms: dict | None = None
        self._indefinite: dict[str, list] = {}  # role noun -> its indefinite mentions

    @property
    def titled_names(self) -> dict[str, list]:
        """Names with titles in the text by each title word (lower case): ``(start, title words,
        titles, name tokens)`` in text order; built once per document."""
        if self._titled is None:
            index: dict[str, list] = {}
            for start, titles, toks in self.names:
                if start >= 0 and (len(toks) >= 2 or titles):
                    tl = [t.lower().rstrip(".") for t in titles]
                    entry = (start, tl, titles, toks)
                    for w in set(tl):
                        index.setdefault(w, []).append(entry)
            for entries in index.values():
                entries.sort(key=lambda x: x[0])
            self._titled = index
        return self._titled

    def indefinite_mentions(self, head: str) -> list[tuple[int, int, str]]:
        """Indefinite mentions of a role noun ("a senior U.S. defense official"): ``(start,
        end, phrase after the article)`` in text order, once per document and noun."""
        if head not in self._indefinite:
            pattern = r"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w.'’-]+\s+){0,4}?" + re.escape(head) + r")\b"
            self._indefinite[head] = [(m.start(), m.end(), m.group(1)) for m in re.finditer(pattern, self.text)]
        return self._indefinite[head]

    @property
    def acronyms(self) -> dict[str, tuple[str, str]]:
        """Acronyms the text defines: "the African Union Peace and Security Council (PSC)" ->
        {"PSC": ("African Union Peace and Security Council", "African Union")}, where the full
        name names a side."""
        if self._acronyms is None:
            self._acronyms = {}
            for m in _ACRONYM_DEFINED_RE.finditer(self.text):
                full = re.sub(r"^(?:The|the)\s+", "", m.group(1).strip())
                side = side_from_words(full.split())
                if side == "unknown" and m.group(3):
                    side = side_from_words(m.group(3).split())
                    full = f"{full} of the {m.group(3)}" if side != "unknown" else full
                if side != "unknown":
                    self._acronyms.setdefault(m.group(2), (full, side))
        return self._acronyms

    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    @property
    def names(self) -> list[tuple[int, list[str], list[str]]]:
        """Every capitalised run in the text: (start, title tokens, name tokens)."""
        if self._names is None:
            out = []
            countries = current_countries()
            found = [(-1 - m.start(), m) for m in self.NAME_RUN.finditer(self.title)] if self.title else []
            found += [(m.start(), m) for m in self.NAME_RUN.finditer(self.text)]
            for at, m in found:
                run = m.group(0)
                quoted = "“" in run or '"' in run
                toks = [t for t in run.split() if t[:1] not in "“\""] if quoted else run.split()
                nick = [t[1:-1] for t in run.split() if t[:1] in "“\""] if quoted else []  # Joko “Jokowi” Widodo
                if at >= 0 and not nick and self.text[m.end() + 1:m.end() + 2] in ("“", '"'):  # Mohamed Hamdan Dagalo “Hemetti”
                    after = NICKNAME_AFTER_RE.match(self.text, m.end())
                    nick = [after.group(1)] if after else []
                of_side = None
                for i, t in enumerate(toks):  # "Prime Minister Kishida of Japan": the name ends before "of Japan"
                    sides = [countries.side_of(" ".join(toks[i + 1:i + 1 + n])) for n in range(1, 8)] \
                        if t == "of" and 0 < i < len(toks) - 1 else []  # (up to "the Federal Democratic Republic of Ethiopia")
                    if sides and not any(sides) and clean_tok(toks[i - 1]).lower() in OFFICIAL_HEADS \
                            and len(one := countries.candidates.get(toks[i + 1].lower().replace("’", "'"), ())) == 1:
                        sides[0] = one[0]  # "the Prime Minister of Samoa", "the King of Jordan": after an office, the country
                    if any(sides):
                        n = next(k for k, x in zip(range(1, 8), sides) if x)
                        after = toks[i + 1 + n:]
                        # "Prime Minister of Kosovo Albin Kurti": the title, then the name after the country
                        # (also after a long title: "Permanent Secretary of the Ministry of Foreign Affairs of ... Somalia Mohamed Ali Nur")
                        named_after = len(after) >= 2 and (toks[i - 1].lower() in TITLE_WORDS or any(
                            clean_tok(t).lower() in OFFICIAL_HEADS for t in toks[:i]) and not any(
                            w.lower() in TITLE_WORDS or w.lower() in OFFICIAL_HEADS or w[:1].islower() for w in after))
                        toks = toks[:i] + after if named_after else toks[:i]
                        of_side = sides[n - 1]
                        break
                titles, rest = split_titles(toks)
                if titles and titles[-1] in ("of", "the", "for") and rest and (clean_tok(rest[-1]).lower() in INSTITUTION_WORDS
                                                                           or len(rest) == 1 and clean_tok(titles[0]).lower() in OFFICIAL_HEADS
                                                                           and titles[-1] == "for"):
                    rest = []  # "Acting Foreign Minister of the Interim Government": an office of a body, no one's name
                    # ("Minister for Europe and Foreign Affairs": a portfolio)
                rest = name_words(rest)
                rest = [clean_tok(t) for t in rest]
                for i, t in enumerate(rest):  # "Lai Ching-te's stopover": the name ends at the possessive
                    if t.endswith(("'s", "’s")) and len(t) > 2:
                        rest = rest[:i] + [t[:-2]]
                        break
                while rest and rest[0] in NON_NAME_WORDS and not (rest[0] == "He" and len(rest) == 2 and rest[1] not in NON_NAME_WORDS and rest[1].lower() not in TITLE_WORDS):
                    rest = rest[1:]
                for i, t in enumerate(rest):
                    if t in NON_NAME_WORDS or t.lower() in TITLE_WORDS or (i >= 2 and t in EVENT_WORDS) or (i >= 1 and t in HEADLINE_VERBS):
                        after = rest[i + 1:]
                        if t.lower() in TITLE_WORDS and len(after) >= 2 and not any(
                                w in NON_NAME_WORDS or w.lower() in TITLE_WORDS or w in EVENT_WORDS for w in after):
                            # "Commission President Ursula von der Leyen": the title ends the body's
                            # name, the person follows
                            titles, rest = titles + rest[:i + 1], after
                        else:
                            rest = rest[:i]  # "... Gilberto Teodoro Joint Press Conference": the name ends
                        break
                if len(rest) == 2 and len(rest[0]) > 1 and rest[0].isupper() and rest[1][:1].isupper() and not rest[1].isupper() \
                        and "." not in rest[0]:
                    rest = [rest[1], rest[0].title()]  # "KAMIKAWA Yoko" (family name in capitals first) is Yoko Kamikawa
                if len(rest) >= 3 and rest[0] in PORTFOLIO_WORDS:
                    titles, rest = titles + rest[:1], rest[1:]  # "minister for the Americas David Rutley"
                if len(rest) >= 3 and self.registry.alias(" ".join(rest)) is None:
                    # "... and Security Policy Josep Borrell", "Rodrigo Roa Duterte": the registry's person
                    for short in (rest[-2:], [rest[0], rest[-1]]):
                        if self.registry.alias(" ".join(short)) is not None:
                            titles, rest = (titles + rest[:-2], short) if short == rest[-2:] else (titles, short)
                            break
                if rest:
                    if nick and len(rest) >= 2:
                        self._nicknames.setdefault(nick[0], len(out))
                    out.append((at, titles, rest))
                    if of_side and any(clean_tok(t).lower() in OFFICIAL_HEADS for t in titles):
                        self._of_sides.setdefault(" ".join(rest), set()).add(of_side)
            self._names = out
        return self._names

    @property
    def name_index(self) -> tuple[dict, dict]:
        """Positions in :attr:`names` of the names by their last and by their first token."""
        if self._name_index is None:
            by_last: dict = {}
            by_first: dict = {}
            for k, (_, _, toks) in enumerate(self.names):
                by_last.setdefault(fold(toks[-1]), []).append(k)  # "Lajcak" finds "Miroslav Lajčák"
                by_first.setdefault(fold(toks[0]), []).append(k)
            self._name_index = (by_last, by_first)
        return self._name_index

    def fullest_name(self, short: str, pos: int) -> tuple[str, list[str]] | None:
        """The fullest form of a name that ends (or, for East Asian names, starts) with
        *short* ("Raimondo" -> "Gina Raimondo", "Gao" -> "Gao Runze"), preferring mentions
        before *pos*."""
        best = None
        found = self._fullest_candidates(short)
        parts = short.split()
        if not found and len(parts) == 2 and parts[0].lower() in ("al", "el"):
            # "Al Ansari" after "Majed bin Mohammed Al Ansari" (read as the registry's "Majed Ansari")
            found = [c for c in self._fullest_candidates(parts[1]) if [t.lower() for t in c[0]] != [t.lower() for t in parts]]
        # "Al Ansari" is no fuller form of "Ansari" than "Majed Ansari", only a shorter way of writing it
        found = [c for c in found if not (len(c[0]) == 2 and c[0][0] in ("Al", "El"))] or found
        for toks, starts, titles_at in found:
            # of each fuller form, the mention nearest before *pos* (else the first after it)
            k = bisect.bisect_left(starts, pos)
            k = k - 1 if k > 0 else k
            start = starts[k]
            # a name of up to three words first: a longer run often carries a descriptor
            # ("Strategic Communications John Kirby")
            score = (start < pos, len(toks) <= (5 if any(t in NAME_PARTICLES for t in toks) else 3), len(toks), -abs(pos - start))
            if best is None or score > best[0]:
                best = (score, " ".join(toks), titles_at[k])
        return (best[1], best[2]) if best else None

    def _fullest_candidates(self, short: str) -> list[tuple[tuple, list, list]]:
        """The fuller forms of *short* in the text, each with the starts of its mentions and
        their titles (in text order); found once per document and short form."""
        got = self._fullest.get(short)
        if got is None:
            parts = short.split()
            n = len(parts)
            groups: dict[tuple, tuple[list, list]] = {}
            if parts:
                names = self.names
                by_last, by_first = self.name_index
                folded = [fold(t) for t in parts]
                found = by_last.get(folded[-1], ())
                if n == 1 and folded[0] in by_first:
                    found = sorted(set(found) | set(by_first[folded[0]]))
                nicked = self._nicknames.get(short)
                if nicked is not None:  # "Hemetti", given after "Mohamed Hamdan Dagalo"
                    start, titles, toks = names[nicked]
                    groups[tuple(toks)] = ([start], [titles])
                low = [t.lower() for t in folded]
                if n >= 2 and low[0] in ("bin", "ibn", "bint"):
                    # "Bin Abdelrahman" after "Mohammed bin Abdelrahman Al Thani": the middle of the name
                    for start, titles, toks in names:
                        lt = [fold(t).lower() for t in toks]
                        if len(toks) > n and any(lt[i:i + n] == low for i in range(1, len(lt) - n + 1)):
                            starts, titles_at = groups.setdefault(tuple(toks), ([], []))
                            starts.append(start)
                            titles_at.append(titles)
                for k in found:
                    start, titles, toks = names[k]
                    if len(toks) > n and ([fold(t) for t in toks[-n:]] == folded or (n == 1 and fold(toks[0]) == folded[0] and (
                            len(toks) in (2, 3) or any(t.lower() in ("bin", "ibn", "bint") for t in toks)))) \
                            and all(cap(t) or t in NAME_PARTICLES for t in toks) \
                            and not any(t.rstrip(".").lower() in INSTITUTION_HEADS_LOWER for t in toks):
                        starts, titles_at = groups.setdefault(tuple(toks), ([], []))
                        starts.append(start)
                        titles_at.append(titles)
            got = []
            for toks, (starts, titles_at) in groups.items():
                order = sorted(range(len(starts)), key=lambda i: starts[i])
                got.append((toks, [starts[i] for i in order], [titles_at[i] for i in order]))
            self._fullest[short] = got
        return got

    def mentioned(self, actor: Actor, before: int, surname: bool = True) -> int:
        """Position of the last mention of *actor* before *before* (-1 if none)."""
        last = -1
        forms = [actor.name, *actor.aliases] + ([actor.surname] if actor.surname and surname else [])
        text = self.text
        end = min(max(before, 0), len(text))  # the text before *before*, read in place (no copy)
        for form in forms:
            if not form:
                continue
            i = text.rfind(form, 0, end)
            while i >= 0:
                j = i + len(form)
                if (i == 0 or not text[i - 1].isalnum()) and (j >= end or not text[j].isalnum()):
                    last = max(last, i)
                    break
                i = text.rfind(form, 0, i)
        return last

    def lookup(self, name: str) -> Actor | None:
        """Registry look-up tolerant of middle initials and suffixes ("Lloyd J. Austin III")."""
        actor = self.registry.alias(name)
        if actor:
            return actor
        toks = [t for t in name.split() if not INITIAL_OR_SUFFIX_RE.fullmatch(t)]
        if toks and len(toks) != len(name.split()):
            return self.registry.alias(" ".join(toks))
        if len(toks) >= 3 and toks[-1][:1].isupper():
            # "Juan Ramón de la Fuente Ramírez", "Claudia Sheinbaum Pardo": a second (mother's) surname
            actor = self.registry.alias(" ".join(toks[:-1]))
            if actor is not None and actor.kind == "person":
                return actor
        if len(toks) >= 4 and ("bin" in toks or "ibn" in toks or "bint" in toks):
            # "Majed bin Mohammed Al Ansari": the registry's "Majed Al Ansari", without the father's name
            full = " ".join(toks)
            fathers = list(re.finditer(r"\s(?:bin|ibn|bint)\s+[A-Z][\w'’-]+(?=\s)", full))
            for drop in [[f] for f in fathers] + [fathers] * (len(fathers) > 1):
                short = "".join(full[a:b] for a, b in zip([0] + [f.end() for f in drop], [f.start() for f in drop] + [len(full)]))
                actor = self.registry.alias(short)
                if actor is not None and actor.kind == "person":
                    return actor
        return None

    def actor_speaker(self, actor: Actor) -> Speaker:
        """*actor* as a speaker of this document: the registry's side, unless the document
        introduces the person with a title of another side (a former foreign minister now an
        EU envoy: "EU Special Representative Miroslav Lajčák")."""
        side = actor.side
        countries = current_countries()
        if actor.kind == "person" and getattr(countries.by_name.get(side), "kind", "") == "state":
            intro = self.introduced_sides
            first, last = actor.name.split()[0], actor.name.split()[-1]
            fuller = [k for k in intro if " " in k and k.split()[0] == first and k.split()[-1] == last]  # "Stergomena Lawrence Tax"
            for form in (actor.name, *actor.aliases, *fuller):
                given = intro.get(form)
                if given and given != side and (given != self.home_side or form in self._org_titled) \
                        and getattr(countries.by_name.get(given), "kind", "") == "organisation":
                    side = given  # only towards an organisation: a text's titles are less sure than the registry
                    break
        date = getattr(self, "date", "")
        if actor.kind == "person" and date and actor.offices and side == actor.side:
            # Tedros in 2014 was Ethiopia's foreign minister, not yet the WHO's head: the side of
            # the office the registry says he held on the document's date
            # (a role's side is its first word's, a nationality: "ethiopian foreign minister", never
            # the place of "un special envoy for libya")
            held = [{side_from_words(role.split()[:1]) for role in roles} - {"unknown"} for roles, first, last in actor.offices
                    if (not first or first <= date) and (not last or date <= last)]
            if held and all(len(h) == 1 for h in held) and len(set().union(*held)) == 1 and side not in held[0]:
                side = next(iter(held[0]))
        return Speaker(actor.name, side, actor.pronoun, actor.kind)

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
                out.update(self._role_before(self.title, -1 - start) if start < 0 else self._role_before(self.text, start))
        for m in re.finditer(re.escape(last) + r",\s+(?:a|an|the)\s+([^,.;]{1,80}),", self.text):
            words = m.group(1).split()
            for i in range(1, len(words) - 2):  # "the official spokesman for the Secretary-General": a spokesman, not the Secretary-General
                if words[i] in ("for", "to") and words[i + 1] == "the" and clean_tok(words[i + 2]).lower() in OFFICIAL_HEADS:
                    words = words[:i]
                    break
            out.update(w.lower() for w in words)
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
        the nationality or institution named (see role_side). A name given two sides gets none."""
        if self._introduced_sides is None:
            self.names  # noqa: B018 (reading the names records "X of Japan")
            found: dict[str, set] = {name: set(sides) for name, sides in self._of_sides.items()}
            for m in APPOSITIVE_OF_RE.finditer(self.text):
                # "Mr. Koichiro Gemba, Minister for Foreign Affairs of Japan,"
                role = m.group(2)
                if any(clean_tok(w).lower() in OFFICIAL_HEADS for w in role.split()[:4]) and " of " in role:
                    # the longest place after "of": "... of the Republic of Korea" is South Korea, not "Korea"
                    parts = role.split(" of ")
                    side = next((sd for sd in (current_countries().side_of(" of ".join(parts[i:])) for i in range(1, len(parts)))
                                 if sd), None) or side_from_words(parts[-1].split())
                    if side != "unknown":
                        found.setdefault(m.group(1), set()).add(side)
            for m in APPOSITIVE_RE.finditer(self.text):
                side = role_side(m.group(2), self.registry)
                if side:
                    found.setdefault(m.group(1), set()).add(side)
            for m in (HEADED_BY_RE.finditer(self.text) if "delegation" in self.text else ()):
                # "the Ukrainian delegation, headed by Defense Minister Rustem Umerov"
                side = side_from_words(m.group(1).split())
                if side != "unknown":
                    found.setdefault(m.group(2), set()).add(side)
            if "counterpart" in self.text:
                self._counterpart_sides(found)
            self._lede_role_side(found)
            home = self.home_side
            weak = self.outlet_side or self.headline_side
            agency = current_countries().agency_side(self.outlet) is not None
            for m in role_then_name(self.text):
                # up to five words before the role, within the line, and the role's own words
                # ("the spokesperson of India's Ministry of External Affairs, Anurag Srivastava")
                line = self.text[max(0, m.start() - 80): m.start()].rsplit("\n", 1)[-1]
                before = _CLAUSE_BREAK_RE.split(line)[-1].split()[-5:]  # (not "jets to Chinese airlines, Chief Executive X")
                role_words = self.text[m.start(1):m.start(2)].split()
                head = next((i for i, w in enumerate(role_words[:3]) if clean_tok(w).lower() in OFFICIAL_HEADS), 0)  # "Prime Minister"
                side = role_side(" ".join(before + role_words[:head + 1]), self.registry, bare_countries=True) if before else None
                if not side and len(role_words) > 1:
                    # the role's own words, not the place an envoy is sent to ("special envoy for Yemen",
                    # "ambassador to Sudan"); an organisation's official: "spokesperson for the Taliban"
                    own = next((i for i, w in enumerate(role_words) if w.lower() == "to" or w.lower() == "for"
                                and clean_tok(role_words[i - 1]).lower() in SENT_ROLES), len(role_words))
                    side = side_from_words(role_words[1:own]) if own > 1 else "unknown"
                    side = role_side(" ".join(role_words), self.registry) if side == "unknown" else side
                if side and home and side_from_words(line.split()[-5:]) == home \
                        and getattr(current_countries().by_name.get(home), "kind", "") == "organisation":
                    side = home  # "OSCE Chairperson-in-Office, Swiss Foreign Minister X" in the OSCE's own text
                    self._org_titled.add(m.group(2))
                if side:
                    found.setdefault(m.group(2), set()).add(side)
                elif home and side_from_words(before) == "unknown" and (m.group(1).lower().startswith("spokes") or agency
                                                                      or _BARE_BODY_RE.search(" ".join(before + role_words))
                                                                      or OWN_LEADER_RE.fullmatch(" ".join(role_words))):
                    # "Foreign Ministry Spokesman Bahram Ghasemi" in his own government's or
                    # state agency's text: its spokesman (a counterpart's is named with a
                    # country); in a state agency's story, any official named by title alone
                    # ("Deputy Prime Minister and Foreign Minister Pham Binh Minh")
                    found.setdefault(m.group(2), set()).add(home)
                elif not home and weak and side_from_words(before) == "unknown" and m.group(2) not in found \
                        and self.registry.alias(m.group(2)) is None:
                    # a national outlet's or a one-state headline's official named by title alone
                    # ("Foreign Minister Gedu Andargachew" in an Ethiopian broadcaster's story);
                    # a foreign official is named with a country ("his Estonian counterpart X")
                    found.setdefault(m.group(2), set()).add(weak)
            for m in ORG_CHAIR_RE.finditer(self.text) if "Chair" in self.text else ():
                # "Polish Foreign Minister and OSCE Chairperson-in-Office Zbigniew Rau": in that office he
                # speaks for the organisation, not for his country
                side = side_from_words(m.group(1).split())
                if getattr(current_countries().by_name.get(side), "kind", "") == "organisation":
                    found[m.group(2)] = {side}
                    self._org_titled.add(m.group(2))
            if home:
                for m in APPOSITIVE_ROLE_RE.finditer(self.text):
                    role = m.group(2)
                    words = [clean_tok(w).lower() for w in role.split()]
                    if m.group(1) not in found and any(w in OFFICIAL_HEADS for w in words[:4]) \
                            and side_from_words(role.split()) == "unknown":
                        found[m.group(1)] = {home}  # the publishing government's own official
            for name in list(found):
                # "Mr Elias Magosi, the Executive Secretary of Sadc,", "Ambassador Andrzej Kasprzyk,
                # Personal Representative of ...": the person is the name without its title
                rest = split_titles(name.split())[1]
                if 2 <= len(rest) < len(name.split()):
                    found.setdefault(" ".join(rest), set()).update(found[name])
            self._introduced_sides = {name: sides.pop() for name, sides in found.items() if len(sides) == 1}
        return self._introduced_sides

    def _lede_role_side(self, found: dict) -> None:
        """A lede that ends "..., the Chinese vice foreign minister said." and a next paragraph
        that opens with a name and a speech verb ("Liu Zhenmin told reporters ..."): the name is
        that role's, and so of its side (unless the registry or the text gives one)."""
        paras = list(islice(re.finditer(r"[^\n]+", self.text), 4))
        for a, b in zip(paras, paras[1:]):
            role = LEDE_ROLE_RE.search(a.group(0))
            if role is None:
                continue
            side = side_from_words(role.group(1).split())
            name = NEXT_SPEAKER_RE.match(b.group(0))
            if side != "unknown" and name and name.group(1) not in found and self.registry.alias(name.group(1)) is None:
                found[name.group(1)] = {side}
            return

    def _counterpart_sides(self, found: dict) -> None:
        """"X, who met his Guatemalan counterpart Carlos Morales, ...": the counterpart speaks for
        the country named; X for the other of the two states the headline and lede name (the
        story's two sides), when there are exactly two."""
        lede = self.title + "\n" + self.text[:600]
        two = {sd for _, _, sd in current_countries().sides_in(lede)
               if (c := current_countries().by_name.get(sd)) is not None and c.kind == "state"}
        for m in COUNTERPART_RE.finditer(self.text):
            side = side_from_words(m.group("nat").split())
            if side == "unknown":
                continue
            if m.group("name"):
                found.setdefault(m.group("name"), set()).add(side)
            owner = OWNER_BEFORE_RE.search(self.text, max(0, m.start() - 160), m.start() + 4)
            if owner and len(two) == 2 and side in two:
                rest = split_titles(owner.group(1).split())[1]
                if len(rest) >= 2:
                    found.setdefault(" ".join(rest), set()).add(next(iter(two - {side})))
        if len(two) != 2:
            return
        for m in BARE_COUNTERPART_RE.finditer(self.text):
            # "Foreign Secretary Vikram Misri ... met his counterpart Mohammad Jashim Uddin": the
            # counterpart is of the other of the story's two states than the person before
            start = max(self.text.rfind("\n", 0, m.start()), m.start() - 300)
            owners = [" ".join(split_titles(r.split())[1]) for r in NAME_BEFORE_RE.findall(self.text, start, m.start())]
            owner = next((o for o in reversed(owners) if len(o.split()) >= 2), None)
            actor = self.registry.alias(owner) if owner else None
            sides = {actor.side} if actor is not None else found.get(owner, set()) if owner else set()
            if len(sides) == 1 and (side := next(iter(sides))) in two:
                found.setdefault(m.group("name"), set()).add(next(iter(two - {side})))

    @property
    def home_side(self) -> str | None:
        """The side that publishes the document (a ministry's readout, the White House's
        transcript), from its outlet; None for news and unknown outlets."""
        if self._home_side is False:
            self._home_side = current_countries().home_side(self.outlet, self.title)
        return self._home_side

    @property
    def outlet_side(self) -> str | None:
        """The one state a news outlet's name names ("Tehran Times", "Daily Times (Pakistan)",
        "Kazinform (Kazakhstan's national news agency)"), else None: in a national outlet, an
        official named by a bare title ("Foreign Ministry Spokesman X") is that country's."""
        if self._outlet_side is False:
            self._outlet_side = current_countries().outlet_side(self.outlet)
        return self._outlet_side

    @property
    def headline_side(self) -> str | None:
        """The one state a news headline makes speak ("Pakistan rejects Indian assertions",
        "Somalia expels Kenyan envoy"), else None: the side of the officials the story names by
        a bare title ("Foreign Office Spokesperson said ...")."""
        if self._headline_side is False:
            found = {current_countries().side_of(m.group(1)) for m in HEADLINE_SPEAKER_RE.finditer(self.title or "")}
            found.discard(None)
            states = {sd for sd in found if (c := current_countries().by_name.get(sd)) is not None and c.kind == "state"}
            self._headline_side = states.pop() if len(states) == 1 and len(found) == 1 else None
        return self._headline_side

    @staticmethod
    def _role_before(text: str, start: int) -> list[str]:
        """The official's role in lower case right before the name at *start* of *text* (the
        headline's "The answer of MFA spokesman Tigran Balayan", or the text's), as a list of one
        title, else []."""
        before = text[max(0, start - 30):start].split()
        return [before[-1]] if before and before[-1].lower() in OFFICIAL_HEADS and before[-1].islower() else []

    def main_speaker(self) -> Speaker | None:
        """The person or office the headline names as speaking ("Press Conference by Foreign
        Minister Fumio Kishida", "Press Conference by Minister Nishimura", "Foreign Ministry
        Spokesperson's Remarks on ..."), resolved; None when the headline names none. A name
        with a title comes first; a place in the headline ("Remarks on ... Ren'ai Jiao") is no
        speaker."""
        if self._main is False:
            self._main = None
            headline = [(titles + self._role_before(self.title, -1 - at), toks) for at, titles, toks in self.names if at < 0]
            headline = [(titles, toks[next((i for i, t in enumerate(toks) if t not in EVENT_WORDS), len(toks)):]) if toks and toks[0] in EVENT_WORDS
                        and len(toks) > 2 else (titles, toks) for titles, toks in headline]  # "Press Statement of Kim Yo Jong"
            for at, titles, toks in self.names:  # "Statement to Media by Mangala Samaraweera, Minister of ...": the author
                if at < 0 and len(toks) >= 2 and self.title[:-1 - at].rstrip().endswith(" by"):
                    sp = self.resolve(" ".join(toks), 0)
                    if sp is not None and sp.kind == "person":
                        self._main = sp
                        break
            for titles, toks in headline if self._main is None else ():
                official = any(clean_tok(t).lower() in OFFICIAL_HEADS for t in titles)
                if titles and (len(toks) >= 2 or official) and toks[0] not in EVENT_WORDS:
                    sp = self.resolve(" ".join(toks), 0)
                    if sp is None and len(toks) == 1:  # "Press Conference by Minister Nishimura"
                        sp = Speaker(toks[0], "unknown", "", "person")
                    if sp is not None and sp.kind == "person":
                        self._main = sp
                        break
            if self._main is None:
                for titles, toks in headline:
                    actor = self.lookup(" ".join(toks)) if len(toks) >= 2 else None
                    if actor is not None and actor.kind == "person":
                        self._main = self.actor_speaker(actor)
                        break
            if self._main is None:
                m = HEADLINE_ROLE_RE.search(self.title)
                if m:
                    self._main = Speaker(m.group(1), side_from_words(m.group(1).split()), "", "anonymous")
            if self._main is not None and self._main.side == "unknown" and self.home_side:
                self._main = Speaker(self._main.name, self.home_side, self._main.pronoun, self._main.kind)
        return self._main
