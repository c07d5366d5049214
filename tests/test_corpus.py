"""Loading a corpus: documents, sentences with exact spans, boilerplate, encodings, errors."""
import warnings

import pandas as pd
import pytest

import analysis
from analysis.reading.sources import InputError
from conftest import DATA, SEEDS

SEED_TITLES = {
    "000_7af838cf6c1a00b0": "US-China Divide Persists as Blinken Concludes Beijing Meetings",
    "002_69515ac07e21a008": "U.S. and China Vow to Mend Ties, but Contentious Issues Remain Unresolved",
}


def test_seed_documents_have_headlines_as_titles(seeds):
    docs = seeds.documents
    assert list(docs["doc_id"]) == sorted(SEED_TITLES)
    assert dict(zip(docs["doc_id"], docs["title"])) == SEED_TITLES
    assert list(docs.columns) == ["doc_id", "path", "title", "outlet", "date", "url", "text", "n_words", "n_sentences"]
    assert str(docs["date"].dtype).startswith("datetime64")
    for _, doc in docs.iterrows():
        assert doc["title"] not in doc["text"], "headline must not stay in the body"
        assert doc["n_sentences"] == (seeds.sentences["doc_id"] == doc["doc_id"]).sum()


def test_seed_sentence_spans_are_exact(seeds):
    texts = dict(zip(seeds.documents["doc_id"], seeds.documents["text"]))
    assert len(seeds.sentences) == 14 + 29
    for row in seeds.sentences.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    # sent_id counts from 0 within each document
    for _, group in seeds.sentences.groupby("doc_id"):
        assert list(group["sent_id"]) == list(range(len(group)))


@pytest.mark.parametrize(
    "junk", ["Connect with us", "U.S\n", "Blinken kicks off meetings in Beijing", "Continue Reading", "LATEST VIDEO"]
)
def test_seed_boilerplate_is_not_in_any_sentence(seeds, junk):
    junk = junk.strip()
    for text in seeds.sentences["text"]:
        if junk == "U.S":
            assert text != "U.S"
        else:
            assert junk not in text
    assert junk in set(seeds.removed["line"])


def test_seed_removed_reasons(seeds):
    reasons = dict(zip(seeds.removed["line"], seeds.removed["reason"]))
    assert reasons["Connect with us"] == "navigation"
    assert reasons["U.S"] == "section label"
    assert reasons["Blinken kicks off meetings in Beijing"] == "caption"
    assert reasons["LATEST VIDEO"] == "navigation"


def test_us_abbreviation_does_not_split_sentence(seeds):
    first = seeds.sentences[seeds.sentences["doc_id"] == "002_69515ac07e21a008"].iloc[0]["text"]
    assert first.startswith("U.S. Secretary of State Antony Blinken and Chinese President Xi Jinping")
    assert first.endswith("visit to Beijing.")


def test_closing_quote_stays_with_its_sentence(seeds):
    texts = list(seeds.sentences["text"])
    assert "“This is something we’re going to keep working on.”" in texts
    assert not any(t.startswith("”") for t in texts)


def test_paragraph_numbers(seeds):
    s = seeds.sentences[seeds.sentences["doc_id"] == "000_7af838cf6c1a00b0"]
    assert list(s["paragraph"])[:4] == [1, 1, 2, 2]
    assert s["paragraph"].max() == 8


def test_generic_boilerplate_rules():
    corpus = analysis.load_corpus(DATA / "boilerplate" / "wire_story.txt")
    doc = corpus.documents.iloc[0]
    assert doc["title"] == "Philippines Protests Chinese Coast Guard Maneuvers Near Shoal"
    assert doc["text"].startswith("The Philippines lodged a diplomatic protest on Monday")
    assert doc["text"].endswith("China said its coast guard acted lawfully.")
    reasons = dict(zip(corpus.removed["line"], corpus.removed["reason"]))
    assert reasons["Skip to main content"] == "navigation"
    assert reasons["World"] == "section label"
    assert reasons["By Maria Santos and Li Wei"] == "byline"
    assert reasons["Updated: June 20, 2023, 10:32 AM EDT"] == "date stamp"
    assert reasons["5 min read"] == "reading time"
    assert reasons["MANILA (Reuters) —"] == "dateline"
    assert reasons["Share this article"] == "share or subscribe prompt"
    assert reasons["Follow us on Twitter for the latest updates"] == "share or subscribe prompt"
    assert reasons["###"] == "end mark"
    assert reasons["© 2023 Example News. All rights reserved."] == "credit line"
    assert reasons["Reporting by Maria Santos; Editing by John Doe"] == "credit line"
    assert reasons["Coast guard vessels near the shoal on Saturday. (Photo by Jane Roe/Reuters)"] == "caption" or \
        "Coast guard vessels near the shoal on Saturday. (Photo by Jane Roe/Reuters)" not in doc["text"]
    assert len(corpus.sentences) == 3


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_encodings_windows_1252_and_bom(tmp_path):
    body = "Wang said the talks were “candid” and the café’s owner agreed.\n"
    _write(tmp_path / "a_cp1252.txt", body.encode("cp1252"))
    _write(tmp_path / "b_bom.txt", b"\xef\xbb\xbf" + body.encode("utf-8"))
    _write(tmp_path / "c_utf16.txt", body.encode("utf-16"))
    corpus = analysis.load_corpus(tmp_path)
    assert list(corpus.documents["text"]) == [body.strip()] * 3
    assert corpus.skipped.empty


def test_straight_quotes_survive(tmp_path):
    body = 'He said "no" and left.'
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    assert analysis.load_corpus(tmp_path).documents["text"][0] == body


def test_skipped_files_are_reported(tmp_path):
    (tmp_path / "good.txt").write_text("The talks went well, officials said.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes.rtf").write_bytes(b"{\\rtf1 hello}")
    with pytest.warns(UserWarning, match="Skipped 4 input"):
        corpus = analysis.load_corpus(tmp_path)
    assert list(corpus.documents["doc_id"]) == ["good"]
    reasons = {p.rsplit("/", 1)[-1]: r for p, r in zip(corpus.skipped["path"], corpus.skipped["reason"])}
    assert reasons["empty.txt"] == "empty"
    assert reasons["binary.txt"].startswith("binary")
    assert reasons["notes.pdf"].startswith("unreadable PDF")
    assert reasons["notes.rtf"] == "unsupported file type '.rtf' (save it as .docx or .txt)"


def test_metadata_csv_is_merged(tmp_path):
    (tmp_path / "a.txt").write_text("Headline Here About Talks\n\nThe talks went well.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,title,outlet,date,url\na.txt,,VOA,2023-06-19,http://x\n", encoding="utf-8")
    doc = analysis.load_corpus(tmp_path).documents.iloc[0]
    assert doc["outlet"] == "VOA"
    assert doc["date"] == pd.Timestamp("2023-06-19")
    assert doc["title"] == "Headline Here About Talks"


def test_csv_and_jsonl_sources(tmp_path):
    csv_path = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["x1", "x2"], "text": ["One sentence. Two.", "Three."], "outlet": ["A", "B"],
                  "date": ["2023-06-18", ""]}).to_csv(csv_path, index=False)
    corpus = analysis.load_corpus(csv_path)
    assert list(corpus.documents["doc_id"]) == ["x1", "x2"]
    assert list(corpus.sentences["text"]) == ["One sentence.", "Two.", "Three."]
    assert pd.isna(corpus.documents["date"][1])
    jl = tmp_path / "j.jsonl"
    jl.write_text('{"text": "Hello there."}\n{"text": "Bye now.", "title": "T"}\n', encoding="utf-8")
    docs = analysis.load_corpus(jl).documents
    assert list(docs["doc_id"]) == ["j_00001", "j_00002"]
    assert docs["title"][1] == "T"


def test_list_of_paths():
    corpus = analysis.load_corpus(sorted(SEEDS.glob("*.txt"))[:1])
    assert list(corpus.documents["doc_id"]) == ["000_7af838cf6c1a00b0"]


def test_missing_path_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match="no_such_folder"):
        analysis.load_corpus(tmp_path / "no_such_folder")


def test_no_readable_article(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ValueError, match=r"No readable article .*empty\.txt: empty"):
            analysis.load_corpus(tmp_path)


def test_a_folder_of_only_unsupported_files_names_each_with_its_next_step(tmp_path):
    (tmp_path / "talks.rtf").write_text("{\\rtf1 Talks}", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        analysis.load_corpus(tmp_path)
    message = str(err.value)
    assert "talks.rtf" in message and "save it as .docx or .txt" in message


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("words,title\nhello,t\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.csv.*'text' column.*words, title"):
        analysis.load_corpus(p)


def test_duplicate_doc_ids(tmp_path):
    p = tmp_path / "dup.csv"
    p.write_text("doc_id,text\nsame,One.\nsame,Two.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Duplicate doc_id.*'same'"):
        analysis.load_corpus(p)


def test_bad_date_names_the_file(tmp_path):
    (tmp_path / "a.txt").write_text("The talks went well.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\na.txt,someday\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.txt.*'someday'"):
        analysis.load_corpus(tmp_path)


def test_input_error_is_value_error():
    assert issubclass(InputError, ValueError)


def test_an_analysis_table_can_be_replaced_by_a_filtered_copy():
    corpus = analysis.load_corpus(SEEDS, cache=False)
    wang = corpus.statements[corpus.statements["speaker"] == "Wang Yi"]
    corpus.statements = wang
    assert analysis.statement_counts(corpus)["speaker"].tolist() == ["Wang Yi"]
    corpus.tone_phrases = corpus.tone_phrases.head(0)
    assert corpus.tone_phrases.empty


def test_join_documents_equals_a_left_merge():
    """Document columns joined by runs of doc_id give exactly what a left merge gives:
    sorted and unsorted tables, documents without rows, rows of an unknown document, a
    filtered table with gaps in its index, and an empty table."""
    import numpy as np

    from analysis.tables import join_documents

    docs = pd.DataFrame({
        "doc_id": ["a", "b", "c", "d"],
        "outlet": ["X", None, "Y", "X"],
        "date": pd.to_datetime(["2023-06-18", None, "2023-06-19", "2023-07-01"]),
        "n_words": [10, 20, 30, 40],
    })
    rng = np.random.default_rng(7)
    tables = [
        pd.DataFrame({"doc_id": ["a", "a", "c", "c", "c", "d"], "x": range(6)}),
        pd.DataFrame({"doc_id": ["c", "a", "c", "zz", "zz", "b", "a"], "x": range(7)}),
        pd.DataFrame({"doc_id": rng.choice(["a", "b", "c", "d", "e"], 200), "x": range(200)}).iloc[::3],
        pd.DataFrame({"doc_id": pd.Series([], dtype=object), "x": pd.Series([], dtype="int64")}),
    ]
    for table in tables:
        for cols in (["outlet"], ["date", "n_words"], ["outlet", "date"]):
            expected = table.merge(docs[["doc_id"] + cols], on="doc_id", how="left")
            pd.testing.assert_frame_equal(join_documents(table, docs, cols), expected)
