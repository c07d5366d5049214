"""Articles as users have them: saved web pages, PDF transcripts, Word files, tables from
news databases with their own column names, and metadata that is checked, not trusted.

Every input is written by the test itself (pages as HTML text, PDFs with fpdf2, Word files
with python-docx); the expected body, headline and date are written out by hand, and a
transcript read from a PDF must give exactly the statements of the same transcript as clean
text.
"""
from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.reading.html_pages import headline_without_site

ROOT = Path(__file__).resolve().parent.parent


def load(source, **kw):
    """load_corpus without cache, its warnings kept (returned beside the corpus)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = analysis.load_corpus(source, cache=False, workers=1, **kw)
    return corpus, [str(w.message) for w in caught]


def statements_of(corpus):
    return list(zip(corpus.statements["speaker"], corpus.statements["text"]))


# -- saved web pages ---------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Blinken and Qin hold candid talks in Beijing | World News</title>
<meta property="og:title" content="Blinken and Qin hold candid talks in Beijing">
<meta property="og:site_name" content="World News">
<meta property="article:published_time" content="2023-06-18T21:30:00+08:00">
<script>var charset = "utf-8"; window.dataLayer = [];</script>
<style>body { font-family: sans-serif }</style>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/world/china">China</a></li></ul></nav></header>
<main><article>
<h1>Blinken and Qin hold candid talks in Beijing</h1>
<p class="byline">By Jane Doe, /world/china byline</p>
<div class="share"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Email</a></div>
<figure><img src="a.jpg"><figcaption>Secretary Blinken arrives in Beijing. (Photo: Reuters)</figcaption></figure>
<p>U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday for talks that both sides called candid and constructive.</p>
<div class="ad">Advertisement · Scroll to continue</div>
<p>"We had substantive and frank conversations," Blinken told reporters after the meeting.</p>
<p>Qin said China wanted a stable relationship with the United States and urged Washington to respect China's core interests.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/x">China protests U.S. chip curbs</a></li><li><a href="/y">Five things to know about the visit</a></li></ul></aside>
</main>
<footer><p>© 2023 World News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""
NEWS_BODY = (
    "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday for talks "
    "that both sides called candid and constructive.\n\n"
    "\"We had substantive and frank conversations,\" Blinken told reporters after the meeting.\n\n"
    "Qin said China wanted a stable relationship with the United States and urged Washington to respect "
    "China's core interests."
)

READOUT_PAGE = """<!doctype html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Readout of Secretary Blinken’s Call with Foreign Minister Wang Yi - United States Department of State</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Readout of Secretary Blinken’s Call with Foreign Minister Wang Yi","datePublished":"2024-02-16T22:05:00-05:00"}</script>
</head><body>
<a class="skip-link" href="#main">Skip to content</a>
<div id="site-header"><div class="menu"><a href="/">Home</a> <a href="/countries">Countries &amp; Areas</a></div></div>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/briefings">Press Releases</a> › Readout</nav>
<main id="main"><div class="entry-content">
<h1 class="featured-content__headline">Readout of Secretary Blinken’s Call with Foreign Minister Wang Yi</h1>
<p>The following is attributable to Spokesperson Matthew Miller:</p>
<p>Secretary of State Antony J. Blinken spoke today with People’s Republic of China Foreign Minister Wang Yi on the margins of the Munich Security Conference.</p>
<p>The Secretary underscored that the United States will continue to stand up for its interests and values, and he stressed the importance of maintaining open lines of communication.</p>
<div class="social-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">Email</a></div>
</div></main>
<footer id="footer"><p>Privacy Policy</p></footer>
</body></html>
"""
READOUT_BODY = (
    "The following is attributable to Spokesperson Matthew Miller:\n\n"
    "Secretary of State Antony J. Blinken spoke today with People’s Republic of China Foreign Minister Wang Yi on "
    "the margins of the Munich Security Conference.\n\n"
    "The Secretary underscored that the United States will continue to stand up for its interests and values, and "
    "he stressed the importance of maintaining open lines of communication."
)

WIRE_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>China warns Manila over shoal :: Asia Wire</title>
<meta name="date" content="2023-12-14">
</head><body>
<div id="topbar"><ul class="nav"><li>Asia</li><li>Business</li><li>Subscribe</li></ul></div>
<div id="cookie-consent"><p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p><button>OK</button></div>
<div id="content"><div class="post">
<h2 class="post-title">China warns Manila over shoal</h2>
<div class="post-byline">By Lee Wan | Staff reporter</div>
<div class="post-body">
<p>China’s foreign ministry on Thursday warned the Philippines to stop what it called provocations near Second Thomas Shoal.</p>
<p>“The Philippine side must immediately stop its infringing actions,” spokesperson Mao Ning told a regular news briefing in Beijing.</p>
<p>Manila rejected the warning and said its vessels were carrying out a legitimate resupply mission.</p>
</div>
<div class="sharebar"><a>Tweet</a> <a>Share</a></div>
</div>
<div class="related-posts"><h3>Read more</h3><ul><li><a href="/1">Philippines summons Chinese envoy</a></li></ul></div>
</div>
<div id="footer">Copyright 2023 Asia Wire Ltd. All rights reserved.</div>
</body></html>
"""
WIRE_BODY = (
    "China’s foreign ministry on Thursday warned the Philippines to stop what it called provocations near Second "
    "Thomas Shoal.\n\n"
    "“The Philippine side must immediately stop its infringing actions,” spokesperson Mao Ning told a regular news "
    "briefing in Beijing.\n\n"
    "Manila rejected the warning and said its vessels were carrying out a legitimate resupply mission."
)


def test_three_saved_page_layouts_give_body_headline_date_and_outlet(tmp_path):
    (tmp_path / "news.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "readout.htm").write_text(READOUT_PAGE, encoding="utf-8")
    (tmp_path / "wire.html").write_text(WIRE_PAGE, encoding="utf-8")
    corpus, _ = load(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["news", "text"] == NEWS_BODY
    assert docs.loc["news", "title"] == "Blinken and Qin hold candid talks in Beijing"
    assert docs.loc["news", "outlet"] == "World News"
    # 21:30 in Beijing on 18 June: the date written on the page, not the UTC one
    assert docs.loc["news", "date"] == pd.Timestamp("2023-06-18")
    assert docs.loc["readout", "text"] == READOUT_BODY
    assert docs.loc["readout", "title"] == "Readout of Secretary Blinken’s Call with Foreign Minister Wang Yi"
    assert docs.loc["readout", "date"] == pd.Timestamp("2024-02-16")
    assert docs.loc["wire", "text"] == WIRE_BODY
    assert docs.loc["wire", "title"] == "China warns Manila over shoal"
    assert docs.loc["wire", "date"] == pd.Timestamp("2023-12-14")
    assert corpus.skipped.empty


def test_page_boilerplate_is_reported_with_where_it_stood(tmp_path):
    (tmp_path / "news.html").write_text(NEWS_PAGE, encoding="utf-8")
    corpus, _ = load(tmp_path)
    removed = dict(zip(corpus.removed["line"], corpus.removed["reason"]))
    assert removed["We use cookies to improve your experience."] == "cookie banner"
    assert removed["Home"] == "navigation"
    assert removed["Share on Facebook Share on Twitter Email"] == "share or subscribe prompt"
    assert removed["Secretary Blinken arrives in Beijing. (Photo: Reuters)"] == "caption"
    assert removed["Advertisement · Scroll to continue"] == "advertisement"
    assert removed["China protests U.S. chip curbs"] == "related links"
    assert removed["By Jane Doe, /world/china byline"] == "byline"
    # the headline is in the title once, not in the body three times
    assert removed["Blinken and Qin hold candid talks in Beijing"] == "headline"
    # the line of the page source each came from
    line_of = dict(zip(corpus.removed["line"], corpus.removed["line_no"]))
    assert line_of["Advertisement · Scroll to continue"] == NEWS_PAGE.split("\n").index(
        '<div class="ad">Advertisement · Scroll to continue</div>') + 1
    text = corpus.documents["text"][0]
    for junk in ("utf-8", "byline", "Advertisement", "cookies", "Related", "Privacy"):
        assert junk not in text


def test_a_page_gives_the_statements_of_its_clean_text(tmp_path):
    pages, clean = tmp_path / "pages", tmp_path / "clean"
    pages.mkdir()
    clean.mkdir()
    (pages / "news.html").write_text(NEWS_PAGE, encoding="utf-8")
    (clean / "news.txt").write_text("Blinken and Qin hold candid talks in Beijing\n\n" + NEWS_BODY, encoding="utf-8")
    from_page, _ = load(pages)
    from_text, _ = load(clean)
    assert statements_of(from_page) == statements_of(from_text)
    assert [speaker for speaker, _ in statements_of(from_page)] == ["Antony Blinken", "Qin Gang", "Qin Gang"]


def test_a_page_renamed_to_txt_is_read_as_a_page_with_a_note(tmp_path):
    (tmp_path / "news.txt").write_text(NEWS_PAGE, encoding="utf-8")
    corpus, messages = load(tmp_path)
    assert corpus.documents["text"][0] == NEWS_BODY
    assert any("read as a web page" in m for m in messages)
    assert "read as a web page" in corpus.notes["note"][0]


def test_site_name_comes_off_the_headline():
    assert headline_without_site("Talks resume | World News", "World News") == "Talks resume"
    assert headline_without_site("World News - Talks resume in Geneva", "World News") == "Talks resume in Geneva"
    assert headline_without_site("Talks resume in Geneva on Monday | WN", "") == "Talks resume in Geneva on Monday"
    assert headline_without_site("Talks resume :: WN", "", h1="Talks resume") == "Talks resume"
    # a dash inside the headline is not a site separator
    assert headline_without_site("U.S.-China talks resume", "World News") == "U.S.-China talks resume"


def test_a_page_without_an_article_body_falls_back_to_its_visible_text(tmp_path):
    page = ("<html><head><title>Note</title><script>var a = 1;</script></head><body>"
            "<div>Wang Yi said the two sides would keep talking.</div></body></html>")
    (tmp_path / "note.html").write_text(page, encoding="utf-8")
    corpus, _ = load(tmp_path)
    assert corpus.documents["text"][0] == "Wang Yi said the two sides would keep talking."


def test_the_fallback_keeps_to_the_main_part_of_a_page(tmp_path):
    page = ("<html><head><title>Note</title></head><body><nav><a>Home</a> <a>World</a></nav>"
            "<main><div>Wang Yi said the two sides would keep talking.</div></main>"
            "<footer>Privacy policy</footer></body></html>")
    (tmp_path / "note.html").write_text(page, encoding="utf-8")
    corpus, _ = load(tmp_path)
    assert corpus.documents["text"][0] == "Wang Yi said the two sides would keep talking."
    assert list(zip(corpus.removed["line"], corpus.removed["reason"])) == [
        ("Home World", "navigation"), ("Privacy policy", "page footer")]


# -- PDF ---------------------------------------------------------------------------------

TRANSCRIPT_TITLE = "Department Press Briefing by Spokesperson Ned Price"
TRANSCRIPT_DATE = "June 5, 2023"
TRANSCRIPT_TURNS = [
    "MR PRICE: Good afternoon, everyone. Secretary Blinken will travel to Beijing next week, where he will meet "
    "senior officials of the People's Republic of China and raise the full range of issues in the relationship, "
    "including our concerns about the defense industrial base.",
    "QUESTION: Will the Secretary meet President Xi Jinping during the visit, and will he raise the detained "
    "American citizens?",
    "MR PRICE: We do not have any meetings to announce at this time, but the cases of detained Americans remain at "
    "the top of our agenda in every meeting with officials in Beijing.",
    "QUESTION: What does the department expect from the talks on military channels?",
    "MR PRICE: We believe it is essential to keep lines of communication open, especially between our militaries, "
    "so that competition does not veer into conflict.",
    "QUESTION: Is there any change in the policy on export controls?",
    "MR PRICE: There is no change. Our export controls are narrowly tailored to protect national security, and we "
    "will continue to coordinate them closely with our allies and partners around the world.",
    "QUESTION: Thank you, Ned.",
    "MR PRICE: Thank you all very much.",
]


def _transcript_pdf(path: Path) -> None:
    """The transcript on two small pages (A6): wrapped lines, a running header, page numbers."""
    from fpdf import FPDF

    class Briefing(FPDF):
        def header(self):
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, "U.S. Department of State - Office of the Spokesperson", align="C")
            self.ln(12)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Briefing(format=(105, 148))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=12)
    pdf.multi_cell(0, 7, TRANSCRIPT_TITLE)
    pdf.ln(3)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, TRANSCRIPT_DATE)
    pdf.ln(2)
    for turn in TRANSCRIPT_TURNS:
        pdf.multi_cell(0, 5, turn)
        pdf.ln(2)
    assert pdf.page_no() >= 2
    pdf.output(str(path))


def test_pdf_transcript_gives_the_statements_of_its_clean_text(tmp_path):
    pdfs, clean = tmp_path / "pdf", tmp_path / "clean"
    pdfs.mkdir()
    clean.mkdir()
    _transcript_pdf(pdfs / "briefing.pdf")
    (clean / "briefing.txt").write_text("\n\n".join([TRANSCRIPT_TITLE, TRANSCRIPT_DATE, *TRANSCRIPT_TURNS]),
                                        encoding="utf-8")
    from_pdf, _ = load(pdfs)
    from_text, _ = load(clean)
    assert from_pdf.documents["text"][0] == "\n\n".join(TRANSCRIPT_TURNS)
    assert from_pdf.documents["title"][0] == TRANSCRIPT_TITLE
    assert from_pdf.documents["date"][0] == pd.Timestamp("2023-06-05")  # the date line of the text
    got = statements_of(from_pdf)
    assert got == statements_of(from_text)
    assert len(got) == 9
    assert got[0][1].startswith("Good afternoon, everyone.")
    # running header and page numbers removed, and said so
    reasons = set(zip(from_pdf.removed["line"], from_pdf.removed["reason"]))
    assert ("U.S. Department of State - Office of the Spokesperson", "page header") in reasons
    assert ("Page 1 of 2", "page number") in reasons and ("Page 2 of 2", "page number") in reasons


def test_two_column_pdf_is_read_column_by_column(tmp_path):
    from fpdf import FPDF

    left = ("The ministers met in Geneva on Monday and agreed that the talks on the ceasefire would continue next "
            "month, officials said after the session ended late in the evening.")
    right = ("Both delegations said the exchange had been frank, and each side promised to bring new proposals on "
             "prisoner exchanges and humanitarian corridors to the next round.")
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    with pdf.text_columns(ncols=2, gutter=10, balance=False) as cols:
        cols.write(left)
        cols.ln()
        cols.ln()
        cols.new_column()
        cols.write(right)
    pdf.output(str(tmp_path / "columns.pdf"))
    corpus, _ = load(tmp_path)
    assert corpus.documents["text"][0] == left + "\n\n" + right


def test_scanned_pdf_is_skipped_with_that_reason(tmp_path):
    from fpdf import FPDF
    from PIL import Image

    Image.new("RGB", (40, 20), "white").save(tmp_path / "scan.png")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(tmp_path / "scan.png"), x=10, y=10, w=100)
    pdf.output(str(tmp_path / "scan.pdf"))
    (tmp_path / "scan.png").unlink()
    (tmp_path / "ok.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    corpus, _ = load(tmp_path)
    assert list(corpus.skipped["reason"]) == [
        "scanned PDF: no text layer, only images (run OCR on it first, e.g. with ocrmypdf)"]


# -- Word --------------------------------------------------------------------------------

def test_docx_paragraphs_and_title(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Foreign ministers agree to resume talks", level=0)
    document.add_paragraph("Published: 10:00am, 30 Mar, 2023")
    document.add_paragraph("The foreign ministers of Japan and China agreed on Thursday to resume regular talks, "
                           "officials said.")
    document.add_paragraph("“We must manage our differences,” Foreign Minister Hayashi said.")
    document.sections[0].header.paragraphs[0].text = "CONFIDENTIAL DRAFT"
    document.save(tmp_path / "talks.docx")
    corpus, messages = load(tmp_path)
    doc = corpus.documents.iloc[0]
    assert doc["title"] == "Foreign ministers agree to resume talks"
    assert doc["text"] == ("The foreign ministers of Japan and China agreed on Thursday to resume regular talks, "
                           "officials said.\n\n“We must manage our differences,” Foreign Minister Hayashi said.")
    # the date stamp of the text fills the date, and says so
    assert doc["date"] == pd.Timestamp("2023-03-30")
    assert "date stamp (taken as the date)" in set(corpus.removed["reason"])
    assert any("date stamp in the text is taken as the date" in m for m in messages)


def test_a_mixed_folder_gives_the_statements_of_the_clean_texts(tmp_path):
    import docx

    mixed, clean = tmp_path / "mixed", tmp_path / "clean"
    mixed.mkdir()
    clean.mkdir()
    (mixed / "a_news.html").write_text(NEWS_PAGE, encoding="utf-8")
    _transcript_pdf(mixed / "b_briefing.pdf")
    document = docx.Document()
    for para in WIRE_BODY.split("\n\n"):
        document.add_paragraph(para)
    document.save(mixed / "c_wire.docx")
    (mixed / "d_plain.txt").write_text(READOUT_BODY, encoding="utf-8")
    (clean / "a_news.txt").write_text("Blinken and Qin hold candid talks in Beijing\n\n" + NEWS_BODY, encoding="utf-8")
    (clean / "b_briefing.txt").write_text("\n\n".join([TRANSCRIPT_TITLE, TRANSCRIPT_DATE, *TRANSCRIPT_TURNS]),
                                          encoding="utf-8")
    (clean / "c_wire.txt").write_text(WIRE_BODY, encoding="utf-8")
    (clean / "d_plain.txt").write_text(READOUT_BODY, encoding="utf-8")
    from_mixed, _ = load(mixed)
    from_clean, _ = load(clean)
    assert list(from_mixed.documents["doc_id"]) == ["a_news", "b_briefing", "c_wire", "d_plain"]
    assert list(from_mixed.documents["text"]) == list(from_clean.documents["text"])
    assert list(from_mixed.documents["title"]) == list(from_clean.documents["title"])
    # the page states its date; the transcript has a date line (in both forms); the others have none
    assert list(from_mixed.documents["date"].astype(str)) == ["2023-06-18", "2023-06-05", "NaT", "NaT"]
    mixed_rows = list(zip(from_mixed.statements["doc_id"], from_mixed.statements["speaker"], from_mixed.statements["text"]))
    clean_rows = list(zip(from_clean.statements["doc_id"], from_clean.statements["speaker"], from_clean.statements["text"]))
    assert mixed_rows == clean_rows


# -- tables from news databases ------------------------------------------------------------

DB_CSV = (
    "headline,body,source,published_at,link\n"
    "Talks resume in Geneva,\"Ministers met in Geneva on Monday.\n\nThe talks will go on, officials said.\",Wire One,"
    "2023-06-19,https://example.org/a\n"
    "Ceasefire holds,\"The ceasefire held overnight, the UN said.\",Wire Two,2023-06-20,https://example.org/b\n"
)
MAPPING = {"body": "text", "headline": "title", "source": "outlet", "published_at": "date", "link": "url"}


def _check_db_documents(docs):
    assert list(docs["text"]) == ["Ministers met in Geneva on Monday.\n\nThe talks will go on, officials said.",
                                  "The ceasefire held overnight, the UN said."]
    assert list(docs["title"]) == ["Talks resume in Geneva", "Ceasefire holds"]
    assert list(docs["outlet"]) == ["Wire One", "Wire Two"]
    assert list(docs["date"]) == [pd.Timestamp("2023-06-19"), pd.Timestamp("2023-06-20")]
    assert list(docs["url"]) == ["https://example.org/a", "https://example.org/b"]


def test_csv_with_database_column_names_mapped(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(DB_CSV, encoding="utf-8")
    corpus, messages = load(path, columns=MAPPING)
    _check_db_documents(corpus.documents)
    assert not any("common column names" in m for m in messages)
    # the same with the command line's form
    corpus, _ = load(path, columns="body=text,headline=title,source=outlet,published_at=date,link=url")
    _check_db_documents(corpus.documents)


def test_common_column_names_are_recognised_with_a_note(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(DB_CSV, encoding="utf-8")
    corpus, messages = load(path)
    _check_db_documents(corpus.documents)
    note = [m for m in messages if "common column names" in m]
    assert note == [f"{path}: read 'body' as text, 'headline' as title, 'published_at' as date, 'source' as outlet, "
                    "'link' as url (common column names; columns=... chooses others)"]


def test_a_dataframe_and_a_parquet_file_are_sources(tmp_path):
    frame = pd.read_csv(pd.io.common.StringIO(DB_CSV))
    corpus, _ = load(frame, columns=MAPPING)
    _check_db_documents(corpus.documents)
    assert list(corpus.documents["doc_id"]) == ["row_00001", "row_00002"]
    frame.to_parquet(tmp_path / "export.parquet")
    corpus, _ = load(tmp_path / "export.parquet", columns=MAPPING)
    _check_db_documents(corpus.documents)
    # a DataFrame with real datetimes keeps its days
    frame["published_at"] = pd.to_datetime(frame["published_at"])
    _check_db_documents(load(frame, columns=MAPPING)[0].documents)


def test_a_dataframe_can_use_the_cache(tmp_path):
    frame = pd.read_csv(pd.io.common.StringIO(DB_CSV))
    first = analysis.load_corpus(frame, columns=MAPPING, cache=tmp_path / "cache", workers=1)
    again = analysis.load_corpus(frame, columns=MAPPING, cache=tmp_path / "cache", workers=1)
    pd.testing.assert_frame_equal(first.statements, again.statements)


def test_a_mapped_column_the_table_lacks_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(DB_CSV, encoding="utf-8")
    with pytest.raises(ValueError, match=r"export\.csv: no column 'story'.*found columns: headline, body"):
        analysis.load_corpus(path, columns={"story": "text"}, cache=False)
    with pytest.raises(ValueError, match=r"'body' is mapped to 'bodytext'"):
        analysis.load_corpus(path, columns={"body": "bodytext"}, cache=False)


def test_cli_columns_and_check(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(DB_CSV, encoding="utf-8")
    out = tmp_path / "tables"
    env_run = dict(capture_output=True, text=True, cwd=ROOT)
    done = subprocess.run([sys.executable, "-m", "analysis", "export", str(path), "--out", str(out), "--columns",
                           "body=text,headline=title,source=outlet,published_at=date,link=url"], **env_run)
    assert done.returncode == 0, done.stderr
    docs = pd.read_csv(out / "documents.csv")
    assert list(docs["title"]) == ["Talks resume in Geneva", "Ceasefire holds"]
    ok = subprocess.run([sys.executable, "-m", "analysis", "check", str(path)], **env_run)
    assert ok.returncode == 0 and ok.stdout.strip() == f"ok: 2 article(s) in {path}"
    bad = subprocess.run([sys.executable, "-m", "analysis", "check", str(path), "--columns", "story=text"], **env_run)
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        f"error: {path}: no column 'story' (columns=... names it); found columns: headline, body, source, "
        "published_at, link"]


def test_make_figures_checks_the_corpus_before_any_notebook(tmp_path):
    """The figures target runs `python -m analysis check` first when CORPUS is given (read
    with make -n: nothing runs)."""
    done = subprocess.run(["make", "-n", "figures", f"CORPUS={tmp_path}", "COLUMNS=body=text,headline=title"],
                          capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in done.stdout.splitlines() if "analysis check" in line or "run_notebooks" in line]
    assert lines[0] == f'ANALYSIS_COLUMNS="body=text,headline=title" .venv/bin/python -m analysis check "{tmp_path}"'
    assert "run_notebooks.py" in lines[1] and 'ANALYSIS_COLUMNS="body=text,headline=title"' in lines[1]


def test_columns_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "export.csv"
    path.write_text(DB_CSV.replace("body,", "story_text,", 1), encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_COLUMNS", "story_text=text")
    corpus, _ = load(path)
    assert corpus.documents["text"][1] == "The ceasefire held overnight, the UN said."


# -- metadata ----------------------------------------------------------------------------

def test_metadata_rows_and_files_that_do_not_match_are_said(tmp_path):
    (tmp_path / "talks.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    (tmp_path / "notes_on_trade.TXT").write_text("Officials said trade talks would resume.", encoding="utf-8")
    (tmp_path / "orphan.txt").write_text("The envoy said nothing new.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,outlet,date\ntalks.txt,VOA,2023-06-19\nnotes_on_trade.txt,Xinhua,2023-06-20\nmissing.txt,AP,2023-06-21\n",
        encoding="utf-8")
    corpus, messages = load(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["notes_on_trade", "outlet"] == "Xinhua"  # matched, case aside
    meta = str(tmp_path / "metadata.csv")
    assert f"{tmp_path / 'notes_on_trade.TXT'}: matched to the row for 'notes_on_trade.txt' of {meta} (line 3) " \
           "though the case of the names differs" in messages
    assert f"{meta}: 1 row(s) name no file of the folder: 'missing.txt' (line 4)" in messages
    assert f"{meta}: no row for 1 file(s): orphan.txt" in messages
    assert len(corpus.notes) == 3


def test_ambiguous_metadata_dates_stop_naming_the_file_and_are_settled_by_dayfirst(tmp_path):
    (tmp_path / "a.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The envoy said nothing new.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\na.txt,03/04/2023\nb.txt,05/06/2023\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"metadata\.csv, line 2 \('a\.txt'\): '03/04/2023' is ambiguous"):
        analysis.load_corpus(tmp_path, cache=False)
    docs = load(tmp_path, dayfirst=True)[0].documents
    assert list(docs["date"]) == [pd.Timestamp("2023-04-03"), pd.Timestamp("2023-06-05")]
    docs = load(tmp_path, dayfirst=False)[0].documents
    assert list(docs["date"]) == [pd.Timestamp("2023-03-04"), pd.Timestamp("2023-05-06")]
    docs = load(tmp_path, date_format="%d/%m/%Y")[0].documents
    assert list(docs["date"]) == [pd.Timestamp("2023-04-03"), pd.Timestamp("2023-06-05")]


def test_a_column_that_proves_its_order_is_read_in_it(tmp_path):
    (tmp_path / "a.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The envoy said nothing new.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\na.txt,03/04/2023\nb.txt,15/11/2023\n", encoding="utf-8")
    docs = load(tmp_path)[0].documents
    assert list(docs["date"]) == [pd.Timestamp("2023-04-03"), pd.Timestamp("2023-11-15")]


def test_a_page_is_read_in_the_encoding_it_declares(tmp_path):
    # in ISO-8859-15 the byte A4 is the euro sign; Windows-1252, which detection would pick, reads it as '¤'
    page = ("<html><head><meta charset=\"iso-8859-15\"><title>Talks in Geneva</title></head><body><article>"
            "<h1>Talks in Geneva</h1><p>The café owner said the deal was worth 5 billion €, and José Fernández "
            "agreed that both sides had been candid.</p></article></body></html>")
    (tmp_path / "page.html").write_bytes(page.encode("iso-8859-15"))
    corpus, _ = load(tmp_path)
    assert corpus.documents["text"][0] == ("The café owner said the deal was worth 5 billion €, and José Fernández "
                                           "agreed that both sides had been candid.")


def test_an_encrypted_pdf_is_skipped_with_that_reason(tmp_path):
    import pypdf

    _transcript_pdf(tmp_path / "open.pdf")
    writer = pypdf.PdfWriter(clone_from=str(tmp_path / "open.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(tmp_path / "locked.pdf")
    (tmp_path / "open.pdf").unlink()
    (tmp_path / "ok.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    corpus, _ = load(tmp_path)
    assert list(corpus.skipped["reason"]) == ["encrypted PDF (a password is needed to read it)"]


def test_a_title_that_starts_with_the_site_name_gives_the_headline(tmp_path):
    body = "Wang Yi said the talks with the United States were useful and would go on next month in Geneva."
    page = ("<html><head><title>World News - Talks resume in Geneva</title>"
            "<meta property=\"og:site_name\" content=\"World News\"></head>"
            f"<body><article><p>{body}</p><p>{body}</p></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    doc = load(tmp_path)[0].documents.iloc[0]
    assert (doc["title"], doc["outlet"]) == ("Talks resume in Geneva", "World News")


def test_pdf_paragraphs_marked_only_by_a_first_line_indent(tmp_path):
    from fpdf import FPDF

    paragraphs = [
        "The two foreign ministers met in Jakarta on Thursday and agreed that their governments would resume the "
        "regular dialogue on maritime affairs that had been suspended for three years, officials said.",
        "Both sides also agreed to open a hotline between their coast guards before the end of the year, and to "
        "meet again in Seoul in the spring to review what the working groups have achieved.",
    ]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for text in paragraphs:  # no space between paragraphs: only the first line is indented
        pdf.set_x(pdf.l_margin + 8)
        words = text.split()
        first = ""
        while words and pdf.get_string_width(f"{first} {words[0]}".strip()) < pdf.epw - 8:
            first = f"{first} {words.pop(0)}".strip()
        pdf.cell(pdf.epw - 8, 5, first, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5, " ".join(words), align="L")
    pdf.output(str(tmp_path / "indented.pdf"))
    corpus, _ = load(tmp_path)
    assert corpus.documents["text"][0] == "\n\n".join(paragraphs)
