"""Sentiment scores of one text: TextBlob polarity and subjectivity, VADER compound.

Both analyzers come with their pinned packages (TextBlob's pattern lexicon, the
``vaderSentiment`` lexicon); nothing is downloaded.

Both are lexicon scorers: a text none of whose tokens is in the lexicon scores exactly 0.
Many statements are such texts ("The two sides met on Monday."), and finding that out
costs a few set look-ups, against tens of microseconds for tokenizing and scoring. So each
scorer is guarded by a test that is *conservative*: it answers "certainly zero" only when no
token the analyzer could form is in its lexicon (and no emoticon or emoji is present);
otherwise the analyzer runs as usual. The scores are therefore the analyzers' own, to the
last bit; ``tests/test_scoring.py`` checks this on every sentence of the test corpora.
"""
from __future__ import annotations

import re
import string

_state: dict = {}

# A TextBlob token that equals a one-word lexicon entry appears in the lower-cased text as a
# maximal run of this pattern (tokens are cut at spaces, quote marks and the punctuation
# stripped from their ends, none of which can continue such a run).
_TB_RUN = re.compile(r"[a-z0-9]+(?:[-*][a-z0-9]+)*")
_PUNCT = string.punctuation


def _load() -> dict:
    if not _state:
        # TextBlob's PatternAnalyzer.analyze() is a call to this lexicon wrapped in a
        # namedtuple class that it builds anew on every call; calling the lexicon directly
        # gives the same numbers at a fraction of the cost.
        from textblob._text import EMOTICONS
        from textblob.en import sentiment as pattern_sentiment
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        pattern_sentiment("load")  # the lexicon loads on first use
        words = [k.lower() for k in pattern_sentiment.keys()]
        # Entries with a space or an apostrophe never equal a token (TextBlob splits at both).
        single = [w for w in words if " " not in w and "'" not in w]
        _state.update(
            tb=pattern_sentiment,
            tb_words=frozenset(w for w in single if _TB_RUN.fullmatch(w)),
            tb_other=tuple(w for w in single if not _TB_RUN.fullmatch(w)),
            tb_emoticons=re.compile("|".join(re.escape(e) for e in sorted(
                {e.lower() for forms in EMOTICONS.values() for e in forms} | {"(!)"}))),
            vader=SentimentIntensityAnalyzer(),
        )
        _state["vader_words"] = _state["vader"].lexicon
        _state["vader_emoji"] = _state["vader"].emojis
    return _state


def textblob_certainly_zero(text: str) -> bool:
    """True only if TextBlob's pattern analyzer gives this text polarity and subjectivity 0:
    no token it could form is a lexicon word, and no emoticon or "(!)" can be formed."""
    s = _load()
    if "\n\n" in text:  # paragraph marker tokens
        return False
    low = text.lower()
    # TextBlob joins the characters of an emoticon or of "(!)" across the spaces between
    # them ("QUESTION: (Off-mike.)" holds ":("), so these are looked for with no spaces.
    if s["tb_emoticons"].search("".join(low.split())):
        return False
    # TextBlob splits "n't" off before tokenizing ("isn't" -> "is n't")
    if not s["tb_words"].isdisjoint(_TB_RUN.findall(low.replace("n't", " n't"))):
        return False
    return not any(w in low for w in s["tb_other"])


def vader_certainly_zero(text: str) -> bool:
    """True only if VADER gives this text a compound score of 0: no emoji, and no
    whitespace token (as is, or with its punctuation stripped) is in VADER's lexicon."""
    s = _load()
    if not text.isascii() and any(ch in s["vader_emoji"] for ch in set(text)):
        return False
    lexicon = s["vader_words"]
    for token in text.lower().split():
        if token in lexicon:
            return False
        stripped = token.strip(_PUNCT)
        if len(stripped) > 2 and stripped in lexicon:
            return False
    return True


def score_sentiment(text: str) -> tuple[float, float, float]:
    """(TextBlob polarity, TextBlob subjectivity, VADER compound) of *text*, rounded to
    6 decimals."""
    s = _load()
    if textblob_certainly_zero(text):
        pol = subj = 0.0
    else:
        pol, subj = s["tb"](text)
    comp = 0.0 if vader_certainly_zero(text) else s["vader"].polarity_scores(text)["compound"]
    return round(float(pol), 6), round(float(subj), 6), round(float(comp), 6)
