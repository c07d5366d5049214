"""Diplomatic discourse notebooks: load articles about diplomacy into tidy tables.

Start with :func:`load_corpus`::

    import analysis
    corpus = analysis.load_corpus("seeds")
    corpus.documents      # one row per article
    corpus.sentences      # one row per sentence, with character spans
    corpus.statements     # who said what, with sentiment
    corpus.topic_mentions # topics of lexicons/topics.yaml
    corpus.tone_phrases   # diplomatic tone phrases of lexicons/tone_phrases.yaml
"""
from .corpus import Corpus, load_corpus
from .keyness import distinctive_terms
from .sentiment import sentiment_by_speaker, side_shares, statement_counts
from .sources import InputError
from .tone import discover_tone_phrases, tone_index
from .topics import kwic, load_topics, topic_cooccurrence, topic_frequency

__version__ = "0.1.0"
__all__ = [
    "Corpus", "load_corpus", "InputError", "__version__",
    "topic_frequency", "topic_cooccurrence", "kwic", "load_topics", "distinctive_terms",
    "sentiment_by_speaker", "statement_counts", "side_shares",
    "tone_index", "discover_tone_phrases",
]
