"""Diplomatic discourse notebooks: load articles about diplomacy into tidy tables.

Start with :func:`load_corpus`::

    import analysis
    corpus = analysis.load_corpus("seeds")
    corpus.documents      # one row per article
    corpus.sentences      # one row per sentence, with character spans
    corpus.statements     # who said what, with sentiment
    corpus.topic_mentions # topics of lexicons/topics.yaml
    corpus.tone_phrases   # diplomatic tone phrases of lexicons/tone_phrases.yaml

The package is layered (see ARCHITECTURE.md): ``tables`` and ``lexicon_files`` at the
bottom, then ``reading`` (files to documents and sentences), ``extraction`` (per-document
span tables), ``running`` (pipeline and cache), ``corpus``, the measures (``topics``,
``sentiment``, ``tone``, ``keyness``, ``compare``, ``stats``), then ``charts`` and
``export``.
"""
import importlib
import importlib.abc
import importlib.util
import sys

from ._version import __version__
from .corpus import Corpus, load_corpus
from .keyness import distinctive_terms
from .reading.sources import InputError
from .sentiment import sentiment_by_speaker, side_shares, statement_counts
from .tone import discover_tone_phrases, tone_index
from .topics import kwic, load_topics, topic_cooccurrence, topic_frequency

# Modules that moved into the layers keep their old import paths ("from analysis.statements
# import extract_statements" still works): the old name is the same module object as the new.
MOVED = {
    "sources": "reading.sources", "cleaning": "reading.cleaning", "sentences": "reading.sentences",
    "matching": "extraction.matching", "scoring": "extraction.scoring", "statements": "extraction.statements",
    "actors": "extraction.statements.actors", "cues": "extraction.statements.cues",
    "pipeline": "running.pipeline", "cache": "running.cache", "memo": "running.memo",
}


class _MovedModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds ``analysis.<old name>`` of :data:`MOVED` and gives the module at its new place."""

    def find_spec(self, fullname, path=None, target=None):
        old = fullname.removeprefix(__name__ + ".")
        if old == fullname or old not in MOVED:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        return importlib.import_module(f"{__name__}.{MOVED[spec.name.removeprefix(__name__ + '.')]}")

    def exec_module(self, module):
        pass  # already executed under its new name


if not any(isinstance(f, _MovedModules) for f in sys.meta_path):
    sys.meta_path.append(_MovedModules())

__all__ = [
    "Corpus", "load_corpus", "InputError", "__version__",
    "topic_frequency", "topic_cooccurrence", "kwic", "load_topics", "distinctive_terms",
    "sentiment_by_speaker", "statement_counts", "side_shares",
    "tone_index", "discover_tone_phrases",
]
