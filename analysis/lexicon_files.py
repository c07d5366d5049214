"""Reading the editable data files in ``analysis/lexicons/``.

Every lexicon is a plain YAML or text file that a non-programmer can edit. This module
finds and parses them, caching by path and modification time so that notebooks pick up
edits on the next call without re-reading files on every document.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
# libyaml's parser when PyYAML was built with it (the wheels are): the same data, ~10x faster
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# Limits of a lexicon file: far above any real lexicon (the largest packaged one is 140 KB,
# five levels deep), far below what could exhaust memory or time.
MAX_LEXICON_BYTES = 16 * 1024 * 1024
MAX_LEXICON_DEPTH = 32


class LexiconError(ValueError):
    """A lexicon data file is missing or malformed."""


def parse_yaml(stream, where: str = "lexicon"):
    """The data of a YAML text (a string or an open file), read with the fastest safe loader
    available, after checking its shape: at most ``MAX_LEXICON_BYTES`` characters,
    ``MAX_LEXICON_DEPTH`` levels of nesting, and no anchors or aliases (``&name``,
    ``*name``): nine levels of aliases, each repeating the one before nine times, are a
    file of a few lines that expands to 387 million strings (the "billion laughs"). Raises
    :class:`LexiconError` naming *where* and the line; ``yaml.YAMLError`` for invalid YAML."""
    text = stream if isinstance(stream, str) else stream.read(MAX_LEXICON_BYTES + 1)
    if len(text) > MAX_LEXICON_BYTES:
        raise LexiconError(f"{where}: too large for a lexicon file (over {MAX_LEXICON_BYTES // 2**20} MB)")
    depth = 0
    # libyaml's events, which expand nothing; checked before the data is built, since
    # building nests deeply by recursion (100,000 levels crash the process)
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise LexiconError(f"{where}, line {event.start_mark.line + 1}: YAML anchors and aliases (&name, *name) "
                               "are not allowed in lexicon files; write each entry out in full")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_LEXICON_DEPTH:
                raise LexiconError(f"{where}, line {event.start_mark.line + 1}: nested more than "
                                   f"{MAX_LEXICON_DEPTH} levels deep; a lexicon is a few levels of lists and mappings")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return yaml.load(text, Loader=SafeLoader)


def read_yaml_file(path: str | Path):
    """The data of the YAML file *path*, checked as :func:`parse_yaml` does; every problem
    (not found, too large, not UTF-8, invalid YAML, aliases, too deep) is a
    :class:`LexiconError` that names the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_LEXICON_BYTES:
            raise LexiconError(f"{path}: too large for a lexicon file ({size:,} bytes; at most "
                               f"{MAX_LEXICON_BYTES // 2**20} MB)")
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    try:
        return parse_yaml(text, where=str(path))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from None


def lexicon_path(name: str) -> Path:
    """Return the path of the lexicon file *name* (e.g. ``"topics.yaml"``)."""
    path = LEXICON_DIR / name
    if not path.exists():
        raise LexiconError(f"Lexicon file not found: {path}")
    return path


@lru_cache(maxsize=64)
def _load_yaml_cached(path: str, mtime_ns: int):
    return read_yaml_file(path)


def load_yaml(path: str | Path):
    """Parse a YAML lexicon (a name in ``analysis/lexicons`` or a path)."""
    path = Path(path)
    if not path.is_absolute() and not path.exists():
        path = lexicon_path(str(path))
    return _load_yaml_cached(str(path), path.stat().st_mtime_ns)


def load_word_list(name: str) -> list[str]:
    """Read a one-entry-per-line text lexicon, skipping blank lines and ``#`` comments."""
    path = lexicon_path(name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


# -- a project's own lexicons ------------------------------------------------------------
#
# A corpus folder may hold a ``lexicons/`` folder with its own ``topics.yaml``,
# ``actors.yaml`` or ``tone_phrases.yaml`` in the packaged format. Their entries add to the
# packaged ones; an entry with the same id (topics), name (actors) or phrase (tone phrases)
# replaces it; ``replace: true`` at the top uses the user's entries only. The folder in use is
# ``$ANALYSIS_LEXICONS`` (set by ``load_corpus``, so that worker processes see it too).

USER_LEXICONS_ENV = "ANALYSIS_LEXICONS"
STARTUP_LEXICONS = os.environ.get(USER_LEXICONS_ENV, "")  # as given when Python started
USER_FILES = ("topics.yaml", "actors.yaml", "tone_phrases.yaml")
# the name of the folder beside the articles that holds a project's lexicons
USER_FOLDER = "lexicons"
# where each file keeps its entries, and the field that names an entry
_ENTRIES = {"actors.yaml": (None, "name"), "tone_phrases.yaml": ("phrases", "phrase"), "topics.yaml": ("", None)}


def user_lexicon_dir() -> Path | None:
    """The folder of the project's own lexicons in use, or None."""
    env = os.environ.get(USER_LEXICONS_ENV, "")
    return Path(env) if env else None


def use_user_lexicons(folder) -> Path | None:
    """Use the lexicons in *folder* (None: the packaged ones only) from now on, in this
    process and the workers it starts. Raises FileNotFoundError for a missing folder."""
    if folder is None:
        os.environ.pop(USER_LEXICONS_ENV, None)
        return None
    path = Path(folder).expanduser().resolve()
    if not path.is_dir():
        raise FileNotFoundError(f"Lexicon folder not found: {folder}")
    os.environ[USER_LEXICONS_ENV] = str(path)
    return path


def user_lexicon_path(name: str) -> Path | None:
    """The project's own version of lexicon *name*, when there is one."""
    folder = user_lexicon_dir()
    if folder is None or name not in USER_FILES:
        return None
    path = folder / name
    return path if path.is_file() else None


def lexicon_version(name: str) -> tuple:
    """What lexicon *name* is made of now: (packaged file, its mtime, user file, its mtime).
    Loaders key their caches on it, so an edit of either file takes effect."""
    path = lexicon_path(name)
    user = user_lexicon_path(name)
    return (str(path), path.stat().st_mtime_ns, str(user or ""), user.stat().st_mtime_ns if user else 0)


def load_lexicon(name: str):
    """Lexicon *name* as data: the packaged file with the project's own file merged in."""
    return _load_lexicon(*lexicon_version(name))


@lru_cache(maxsize=32)
def _load_lexicon(path: str, mtime: int, user: str, user_mtime: int):
    data = _load_yaml_cached(path, mtime)
    if not user:
        return data
    return merge_lexicon(Path(path).name, data, _load_yaml_cached(user, user_mtime), user)


def merge_lexicon(name: str, packaged, own, where: str):
    """*own* (a project's file, at *where*) merged into *packaged* by the rules above. Every
    entry from *own* carries ``_file`` so that errors name the user's file."""
    section, key = _ENTRIES[name]
    replace = False
    if isinstance(own, dict) and "replace" in own:
        own = dict(own)
        replace = own.pop("replace") is True
    if section is None:  # a list of entries (actors.yaml), or {replace:, actors: [...]}
        if isinstance(own, dict):
            own = own.get(name.split(".")[0], own.get("entries"))
        if isinstance(own, list) and own and own[0] == {"replace": True}:
            own, replace = own[1:], True
        if not isinstance(own, list):
            raise LexiconError(f"{where}: expected a list of entries (as in the packaged {name})")
        return _merge_entries([] if replace else list(packaged or []), own, key, where)
    if not isinstance(own, dict):
        raise LexiconError(f"{where}: expected the sections of the packaged {name}")
    if section == "":  # topics.yaml: topic id -> entry
        base = {} if replace else dict(packaged or {})
        for topic, entry in own.items():
            if not isinstance(entry, dict):
                raise LexiconError(f"{where}: topic {topic!r} must have 'label:' and 'terms:'")
            base[topic] = entry
        return base
    out = dict(packaged or {})
    for part, value in own.items():  # tone_phrases.yaml: a new scale replaces, phrases merge
        if part == section:
            if not isinstance(value, list):
                raise LexiconError(f"{where}: '{section}:' must be a list")
            out[section] = _merge_entries([] if replace else list(out.get(section) or []), value, key, where)
        else:
            out[part] = value
    return out


def _merge_entries(base: list, own: list, key: str, where: str) -> list:
    index = {str(e.get(key)).lower(): i for i, e in enumerate(base) if isinstance(e, dict)}
    for i, entry in enumerate(own, start=1):
        if not isinstance(entry, dict) or not entry.get(key):
            raise LexiconError(f"{where}: entry #{i} has no '{key}'")
        entry = {**entry, "_file": where}
        at = index.get(str(entry[key]).lower())
        if at is None:
            index[str(entry[key]).lower()] = len(base)
            base.append(entry)
        else:
            base[at] = entry
    return base


def lexicon_fingerprint() -> str:
    """A hash of every lexicon file's contents (used to key caches)."""
    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.iterdir()):
        if path.suffix in {".yaml", ".yml", ".txt"}:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    for name in USER_FILES:
        user = user_lexicon_path(name)
        if user is not None:
            digest.update(f"user {name}".encode())
            digest.update(user.read_bytes())
    return digest.hexdigest()
