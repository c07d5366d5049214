"""Build a self-contained HTML report from executed notebooks: code hidden, figures and
tables in order, a contents list, no external scripts or fonts (it opens offline).

Usage: python tools/make_report.py [--corpus PATH] [--pdf]
  without --corpus: notebooks/*.ipynb (the seeds) -> build/report.html
  with --corpus:    build/<name>/*.ipynb           -> build/<name>/report.html

It prints whole: every figure is the saved 200 dpi file at the full width of the page, with
its caption (the heading and first sentence of the markdown before it) as alternative text;
tables are never cut to a scroll box, and in print their header repeats on every page.
``--pdf`` also writes report.pdf from the HTML with the headless Chromium the browser test
uses (Debian's ``chromium``, driven by the pinned Playwright; offline); without Chromium it
says so and writes only the HTML.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import base64

import nbformat
from nbconvert import HTMLExporter

from figure_index import SAVE_RE, caption

ROOT = Path(__file__).resolve().parent.parent

CSS = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1.5em;
       color: #222; line-height: 1.45; }
h1 { font-size: 1.9em; border-bottom: 2px solid #333; padding-bottom: .2em; }
h2 { margin-top: 1.6em; } nav { background: #f4f4f4; padding: .8em 1.2em; border-radius: 6px; }
nav ul { margin: .2em 0; } nav li { margin: .15em 0; } section.notebook { margin-top: 3em; }
section.notebook > h1 { font-size: 1.6em; }
img { width: 100%; height: auto; display: block; margin: .8em 0; }
table { border-collapse: collapse; font-size: .82em; margin: .6em 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; max-width: 40em; }
thead th { background: #f0f0f0; }
pre { background: #f8f8f8; padding: .6em; overflow-x: auto; font-size: .85em; white-space: pre-wrap; }
.jp-InputArea, .jp-InputPrompt, .jp-OutputPrompt { display: none; }
footer { margin-top: 3em; color: #777; font-size: .85em; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  nav { background: none; padding: 0; }
  table { display: table; overflow: visible; width: 100%; font-size: 7.5pt; }
  thead { display: table-header-group; }
  tr, img { break-inside: avoid; }
  th, td { max-width: none; min-width: 4.5em; overflow-wrap: anywhere; }
  h1, h2, h3 { break-after: avoid; }
  section.notebook { break-before: page; margin-top: 0; }
}
"""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def prepare_figures(nb, figures: Path | None) -> None:
    """In place: every chart output becomes the figure file its cell saved (200 dpi) when it
    exists, and carries its caption as alternative text."""
    last_md = ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            last_md = cell.source
            continue
        names = SAVE_RE.findall(cell.source) if cell.cell_type == "code" else []
        images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        for i, output in enumerate(images):
            name = names[i] if i < len(names) else None
            saved = figures / f"{name}.png" if figures is not None and name else None
            if saved is not None and saved.is_file():
                output["data"]["image/png"] = base64.b64encode(saved.read_bytes()).decode("ascii")
                for key in ("width", "height"):
                    output.get("metadata", {}).get("image/png", {}).pop(key, None)
            alt = caption(last_md) or (name or "Chart").replace("_", " ")
            output.setdefault("metadata", {}).setdefault("image/png", {})["alt"] = alt


def build_report(notebooks: list[Path], out: Path, title: str, figures: Path | None = None) -> Path:
    exporter = HTMLExporter(template_name="basic")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    toc, sections = [], []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        prepare_figures(nb, figures)
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
    ap.add_argument("--pdf", action="store_true", help="also write report.pdf (needs Debian's chromium)")
    args = ap.parse_args(argv)
    if args.corpus is None:
        folder, out, name = ROOT / "notebooks", ROOT / "build" / "report.html", "seeds"
        figures = ROOT / "figures"
    else:
        c = args.corpus.resolve()
        name = c.stem if c.is_file() else c.name
        folder, out = ROOT / "build" / name, ROOT / "build" / name / "report.html"
        figures = folder / "figures"
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        print(f"error: no executed notebooks in {folder}; run `make figures"
              + (f" CORPUS={args.corpus}" if args.corpus else "") + "` first", file=sys.stderr)
        return 2
    print(f"wrote {build_report(notebooks, out, f'Diplomatic discourse report: {name}', figures)}")
    if args.pdf:
        return write_pdf(out, out.with_suffix(".pdf"))
    return 0


PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate) )\(D:\d{14}[+\-Z]\d{2}'\d{2}'\)")


def write_pdf(html_path: Path, pdf_path: Path) -> int:
    """Print *html_path* to *pdf_path* with headless Chromium (offline: the page loads
    nothing from the network). Without Chromium, say so and return 0: the HTML stands."""
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("note: no PDF: Debian's chromium is not installed (apt-get install chromium); "
              f"open {html_path} and print it to PDF instead", file=sys.stderr)
        return 0
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
                       else route.abort())
            page.goto(html_path.resolve().as_uri(), wait_until="load")
            page.pdf(path=str(pdf_path), format="A4", print_background=True,
                     margin={"top": "14mm", "bottom": "14mm", "left": "12mm", "right": "12mm"})
        finally:
            browser.close()
    # Chromium stamps the time of printing: a fixed date of the same length keeps every
    # offset of the file valid and the PDF byte-identical from run to run.
    data = PDF_DATE.sub(lambda m: m.group(1) + b"(D:20000101000000+00'00')", pdf_path.read_bytes())
    pdf_path.write_bytes(data)
    print(f"wrote {pdf_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
