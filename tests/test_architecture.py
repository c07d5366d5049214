"""The layering of analysis/ (ARCHITECTURE.md): every import points down, none closes a cycle.

Imports are read with ``ast`` from every module, those inside functions included, so that a
cycle cannot hide in a function body.
"""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"

# Lowest first. A module may import modules of its own layer or of lower layers only.
LAYERS = [
    ("analysis._version", "analysis.tables", "analysis.lexicon_files", "analysis.lexicons"),
    ("analysis.reading",),
    ("analysis.extraction",),
    ("analysis.running",),
    ("analysis.corpus",),
    ("analysis.topics", "analysis.sentiment", "analysis.tone", "analysis.keyness", "analysis.compare", "analysis.stats"),
    ("analysis.charts",),
    ("analysis.export", "analysis.__main__"),
]
MAX_LINES = 800


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of the package that *name* imports (anywhere in the file)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            # "from . import pipeline" imports a module; "from .tables import rows_frame" a name
            targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in known else mod for a in node.names]
        else:
            continue
        out.update(t for t in targets if t in known and t != name)
    return out


def layer_of(name: str) -> int:
    for i, layer in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in layer):
            return i
    raise AssertionError(f"{name} is in no layer of ARCHITECTURE.md: add it to LAYERS")


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items() if name != "analysis"}


def test_every_import_points_to_the_same_or_a_lower_layer():
    upward = [f"{a} -> {b}" for a, deps in graph().items() for b in deps
              if b == "analysis" or layer_of(b) > layer_of(a)]
    assert not upward, "imports from a higher layer: " + "; ".join(sorted(upward))


def find_cycle(g: dict[str, set[str]]):
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(g.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(g):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


def test_no_import_cycle():
    cycle = find_cycle(graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("name", sorted(modules()))
def test_no_module_over_800_lines(name):
    n = len(modules()[name].read_text(encoding="utf-8").splitlines())
    assert n <= MAX_LINES, f"{name} has {n} lines; split it by job"


def test_statement_extraction_is_a_package_of_stages():
    stages = [p for p in (PACKAGE / "extraction" / "statements").glob("*.py") if p.name != "__init__.py"]
    assert len(stages) >= 5
    for p in stages:  # each says what it does
        doc = ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))
        assert doc and len(doc) > 40, f"{p.name} needs a docstring saying what it takes and gives"


def test_old_import_paths_still_work():
    from analysis.extraction.statements import extract_statements
    from analysis.pipeline import analyze_parsed
    from analysis.running.pipeline import analyze_parsed as moved
    from analysis.statements import extract_statements as old

    assert old is extract_statements and analyze_parsed is moved
