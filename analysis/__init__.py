"""Diplomatic discourse notebooks: load articles about diplomacy into tidy tables.

Start with :func:`load_corpus`::

    import analysis
    corpus = analysis.load_corpus("seeds")
    corpus.documents      # one row per article
    corpus.sentences      # one row per sentence, with character spans
"""
from .corpus import Corpus, load_corpus
from .sources import InputError

__version__ = "0.1.0"
__all__ = ["Corpus", "load_corpus", "InputError", "__version__"]
