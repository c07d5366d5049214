"""Build a self-contained HTML report from executed notebooks: code hidden, figures and
tables in order, a contents list, no external scripts or fonts (it opens offline).

Usage: python tools/make_report.py [--corpus PATH]
  without --corpus: notebooks/*.ipynb (the seeds) -> build/report.html
  with --corpus:    build/<name>/*.ipynb           -> build/<name>/report.html
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent

CSS = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1.5em;
       color: #222; line-height: 1.45; }
h1 { font-size: 1.9em; border-bottom: 2px solid #0072B2; padding-bottom: .2em; }
h2 { margin-top: 1.6em; } nav { background: #f4f7fb; padding: .8em 1.2em; border-radius: 6px; }
nav ul { margin: .2em 0; } nav li { margin: .15em 0; } section.notebook { margin-top: 3em; }
section.notebook > h1 { font-size: 1.6em; }
img { max-width: 100%; height: auto; display: block; margin: .8em 0; }
table { border-collapse: collapse; font-size: .82em; margin: .6em 0; display: block; overflow-x: auto; max-height: 32em; }
th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; max-width: 40em; }
thead th { background: #f0f0f0; position: sticky; top: 0; }
pre { background: #f8f8f8; padding: .6em; overflow-x: auto; font-size: .85em; white-space: pre-wrap; }
.jp-InputArea, .jp-InputPrompt, .jp-OutputPrompt { display: none; }
footer { margin-top: 3em; color: #777; font-size: .85em; }
"""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build_report(notebooks: list[Path], out: Path, title: str) -> Path:
    exporter = HTMLExporter(template_name="basic")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    toc, sections = [], []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        heading = next((re.sub(r"^#\s*", "", c.source.strip().splitlines()[0]) for c in nb.cells
                        if c.cell_type == "markdown" and c.source.strip().startswith("# ")), path.stem)
        anchor = _slug(path.stem)
        subs = [re.sub(r"^##\s*", "", line) for c in nb.cells if c.cell_type == "markdown"
                for line in c.source.splitlines() if line.startswith("## ")]
        toc.append(f'<li><a href="#{anchor}">{html.escape(heading)}</a><ul>'
                   + "".join(f'<li><a href="#{_slug(s)}">{html.escape(s)}</a></li>' for s in subs) + "</ul></li>")
        body, _ = exporter.from_notebook_node(nb)
        sections.append(f'<section class="notebook" id="{anchor}">{body}</section>')
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><nav><strong>Contents</strong><ul>{''.join(toc)}</ul></nav>"
        + "".join(sections)
        + "<footer>Built by <code>make report</code> from the executed notebooks. Every table row keeps its "
        "<code>doc_id</code> and character span, so each finding can be traced to its sentence.</footer>"
        "</body></html>\n"
    )
    # nothing may be loaded from the network
    page = re.sub(r"<script\b[^>]*\bsrc=[\"']https?://[^>]*>\s*</script>", "", page)
    page = re.sub(r"<link\b[^>]*\bhref=[\"']https?://[^>]*>", "", page)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.corpus is None:
        folder, out, name = ROOT / "notebooks", ROOT / "build" / "report.html", "seeds"
    else:
        c = args.corpus.resolve()
        name = c.stem if c.is_file() else c.name
        folder, out = ROOT / "build" / name, ROOT / "build" / name / "report.html"
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        print(f"error: no executed notebooks in {folder}; run `make figures"
              + (f" CORPUS={args.corpus}" if args.corpus else "") + "` first", file=sys.stderr)
        return 2
    print(f"wrote {build_report(notebooks, out, f'Diplomatic discourse report: {name}')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
