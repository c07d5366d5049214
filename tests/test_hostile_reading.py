"""Promises of the reading layer against hostile or odd inputs (issue 20, "reading").

Each test writes the input that once aborted a load, hung it, or garbled a corpus without a
word, and checks that it now gives a correct table, a skipped row with its reason, or a
clear error naming the file and the row.
"""
from __future__ import annotations

import os
import threading
import warnings

import pandas as pd
import pytest

import analysis
from analysis.reading.dates import DateError, parse_date


def load(source, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = analysis.load_corpus(source, cache=False, workers=1, **kw)
    return corpus, [str(w.message) for w in caught]


def reasons_of(corpus) -> dict:
    return {os.path.basename(p): r for p, r in zip(corpus.skipped["path"], corpus.skipped["reason"])}


# -- decoding ----------------------------------------------------------------------------

def test_one_bad_byte_in_utf8_is_repaired_visibly_not_the_whole_file_misread(tmp_path):
    text = "José Fernández met China’s Foreign Minister Wang Yi.\nThe café owner said the talks went well."
    data = text.encode("utf-8").replace("café".encode("utf-8"), b"caf\xe9")  # one Windows-1252 byte
    (tmp_path / "a.txt").write_bytes(data)
    corpus, messages = load(tmp_path)
    assert corpus.documents["text"][0] == text.replace("\n", "\n\n")  # each line ends a sentence: a paragraph
    note = f"{tmp_path / 'a.txt'}: repaired 1 byte(s) that are not UTF-8, read as Windows-1252 characters (line 2)"
    assert note in messages
    assert list(corpus.notes["note"]) == [note.split(": ", 1)[1]]


def test_gb2312_chinese_is_detected_and_skipped_as_not_english(tmp_path):
    chinese = "中国外交部发言人毛宁在例行记者会上表示，中方愿同美方一道，推动两国关系重回健康稳定发展轨道。"
    (tmp_path / "zh.txt").write_bytes(chinese.encode("gb2312"))
    (tmp_path / "en.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    corpus, _ = load(tmp_path)
    assert list(corpus.documents["doc_id"]) == ["en"]
    assert reasons_of(corpus)["zh.txt"] == "not in a language the analysis reads: mostly Chinese (CJK) script (it reads English)"


def test_utf32_is_read_as_utf32(tmp_path):
    text = "Wang Yi said the talks were candid and constructive."
    (tmp_path / "a.txt").write_bytes(text.encode("utf-32"))
    corpus, _ = load(tmp_path)
    assert corpus.documents["text"][0] == text
    assert "\x00" not in corpus.documents["text"][0]


def test_windows_1251_russian_is_skipped_with_its_script(tmp_path):
    (tmp_path / "ru.txt").write_bytes("Министр иностранных дел России Сергей Лавров заявил, что переговоры "
                                      "были конструктивными.".encode("cp1251"))
    (tmp_path / "en.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    corpus, _ = load(tmp_path)
    assert reasons_of(corpus)["ru.txt"] == "not in a language the analysis reads: mostly Cyrillic script (it reads English)"


def test_utf16_without_a_mark_is_text_and_random_bytes_are_binary(tmp_path):
    (tmp_path / "a.txt").write_bytes("Wang Yi said the talks were candid and constructive today.".encode("utf-16-le"))
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 4)
    corpus, _ = load(tmp_path)
    assert corpus.documents["text"][0] == "Wang Yi said the talks were candid and constructive today."
    assert reasons_of(corpus)["b.txt"] == "binary (contains NUL bytes)"


# -- odd entries in a folder ---------------------------------------------------------------

def test_a_symlink_loop_is_a_skipped_row_not_an_abort(tmp_path):
    (tmp_path / "good.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    os.symlink(tmp_path / "loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink(tmp_path / "loop_a.txt", tmp_path / "loop_b.txt")
    corpus, _ = load(tmp_path)
    assert list(corpus.documents["doc_id"]) == ["good"]
    assert reasons_of(corpus)["loop_a.txt"] == "unreadable: Too many levels of symbolic links"
    with pytest.raises(ValueError, match="loop_a.txt: a symbolic link that leads nowhere or loops"):
        analysis.load_corpus(tmp_path / "loop_a.txt", cache=False)


def test_a_named_pipe_is_skipped_and_never_blocks(tmp_path):
    (tmp_path / "good.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    result = {}

    def run():
        result["corpus"] = load(tmp_path)[0]

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(120)  # a guard against a hang, not a measure of speed
    assert not worker.is_alive(), "reading a folder with a named pipe blocked"
    assert reasons_of(result["corpus"])["pipe.txt"] == "not a regular file (a named pipe)"


def test_a_file_name_with_a_non_utf8_byte_gives_a_plain_doc_id_and_exports(tmp_path):
    name = os.fsdecode(b"caf\xe9 talks.txt")
    (tmp_path / name).write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    corpus = analysis.load_corpus(tmp_path, cache=tmp_path / "cache", workers=1)
    assert list(corpus.documents["doc_id"]) == ["caf\\xe9 talks"]
    assert corpus.documents["path"][0].endswith("caf\\xe9 talks.txt")
    from analysis.export import export_tables

    export_tables(corpus, tmp_path / "out")
    written = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert list(written["doc_id"]) == ["caf\\xe9 talks"]


# -- tables ------------------------------------------------------------------------------

def test_a_csv_field_longer_than_the_csv_modules_limit_is_read(tmp_path):
    long_text = "Wang Yi said the talks were useful. " * 5000  # 180,000 characters
    pd.DataFrame({"text": [long_text.strip(), "The envoy said nothing new."]}).to_csv(tmp_path / "c.csv", index=False)
    corpus, _ = load(tmp_path / "c.csv")
    assert corpus.documents["text"][0] == long_text.strip()
    assert len(corpus.documents) == 2


@pytest.mark.parametrize("separator", ["\f", "\u2028", "\u2029", "\x1c", "\x85"])
def test_a_line_separator_inside_a_csv_field_does_not_cut_the_record(tmp_path, separator):
    body = f"Wang Yi said the talks were useful.{separator}The envoy agreed."
    (tmp_path / "c.csv").write_text(f"doc_id,text,outlet\na,{body},VOA\nb,Second text here.,AP\n", encoding="utf-8")
    corpus, _ = load(tmp_path / "c.csv")
    assert list(corpus.documents["doc_id"]) == ["a", "b"]
    assert list(corpus.documents["outlet"]) == ["VOA", "AP"]
    assert "The envoy agreed." in corpus.documents["text"][0]


def test_json_lines_are_split_only_at_newlines(tmp_path):
    (tmp_path / "j.jsonl").write_text('{"text": "Wang Yi said\u2028the talks were useful."}\n'
                                      '{"text": "The envoy\u0085agreed."}\r\n', encoding="utf-8")
    corpus, _ = load(tmp_path / "j.jsonl")
    assert list(corpus.documents["doc_id"]) == ["j_00001", "j_00002"]
    assert corpus.documents["text"][0].startswith("Wang Yi said")


def test_a_csv_text_without_a_title_column_keeps_every_paragraph(tmp_path):
    body = ("Talks Resume Today\n\n"
            "Wang Yi said the talks with the United States were useful and would go on.\n\n"
            "More to follow")
    pd.DataFrame({"text": [body]}).to_csv(tmp_path / "c.csv", index=False)
    corpus, _ = load(tmp_path / "c.csv")
    assert corpus.documents["text"][0] == body
    assert corpus.documents["title"][0] == ""
    assert corpus.removed.empty


def test_a_three_word_headline_is_the_title_not_a_section_label(tmp_path):
    (tmp_path / "a.txt").write_text("World\n\nTalks Resume Today\n\nWang Yi said the talks with the United States "
                                    "were useful and would go on.", encoding="utf-8")
    corpus, _ = load(tmp_path)
    assert corpus.documents["title"][0] == "Talks Resume Today"
    assert list(zip(corpus.removed["line"], corpus.removed["reason"])) == [
        ("World", "section label"), ("Talks Resume Today", "headline")]


# -- dates -------------------------------------------------------------------------------

def _dated_folder(tmp_path, dates: list[str]):
    rows = ["file,date"]
    for i, date in enumerate(dates):
        (tmp_path / f"d{i}.txt").write_text(f"Wang Yi said talk number {i} was useful.", encoding="utf-8")
        rows.append(f"d{i}.txt,{date}")
    (tmp_path / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_day_first_column_is_read_day_first_throughout(tmp_path):
    _dated_folder(tmp_path, ["12/06/2023", "19/06/2023"])
    docs = load(tmp_path)[0].documents
    assert list(docs["date"]) == [pd.Timestamp("2023-06-12"), pd.Timestamp("2023-06-19")]


def test_a_column_mixing_both_orders_is_an_error_naming_the_rows(tmp_path):
    _dated_folder(tmp_path, ["19/06/2023", "06/20/2023"])
    with pytest.raises(ValueError, match=r"metadata\.csv: the dates mix day-first \(line 2 \('d0\.txt'\): "
                                         r"'19/06/2023'\) and month-first \(line 3 \('d1\.txt'\): '06/20/2023'\)"):
        analysis.load_corpus(tmp_path, cache=False)


@pytest.mark.parametrize("value, why", [
    ("today", "is a relative date"), ("yesterday", "is a relative date"), ("3 days ago", "is a relative date"),
    ("2023", "names a year, not a day"),
])
def test_relative_dates_and_a_year_alone_are_errors_naming_file_and_row(tmp_path, value, why):
    _dated_folder(tmp_path, ["2023-06-19", value])
    with pytest.raises(ValueError, match=rf"metadata\.csv, line 3 \('d1\.txt'\): '{value}' {why}"):
        analysis.load_corpus(tmp_path, cache=False)


def test_a_time_zone_keeps_the_local_date(tmp_path):
    _dated_folder(tmp_path, ["2023-06-19T23:30:00-05:00", "2023-06-20T01:00:00+08:00"])
    docs = load(tmp_path)[0].documents
    assert list(docs["date"]) == [pd.Timestamp("2023-06-19 23:30"), pd.Timestamp("2023-06-20 01:00")]


def test_a_month_alone_is_its_first_with_a_note(tmp_path):
    _dated_folder(tmp_path, ["2023-02"])
    corpus, messages = load(tmp_path)
    assert corpus.documents["date"][0] == pd.Timestamp("2023-02-01")
    assert any("name a month without its day, read as its 1st" in m for m in messages)


def test_single_dates_without_a_column_to_settle_them():
    assert parse_date("June 19, 2023") == pd.Timestamp("2023-06-19")
    assert parse_date("Mon, 19 Jun 2023 10:00:00 +0000") == pd.Timestamp("2023-06-19 10:00")
    assert parse_date("15/11/2023") == pd.Timestamp("2023-11-15")
    assert parse_date("11/15/2023") == pd.Timestamp("2023-11-15")
    with pytest.raises(DateError, match="ambiguous"):
        parse_date("03/04/2023")
    with pytest.raises(DateError, match="two-digit year"):
        parse_date("15/11/23")


def test_duplicate_metadata_rows_are_said_and_conflicting_ones_stop(tmp_path):
    (tmp_path / "a.txt").write_text("Wang Yi said the talks were useful.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet\na.txt,VOA\na.txt,VOA\n", encoding="utf-8")
    corpus, messages = load(tmp_path)
    assert f"{tmp_path / 'metadata.csv'}: 'a.txt' is listed twice (lines 2 and 3, the same values)" in messages
    (tmp_path / "metadata.csv").write_text("file,outlet\na.txt,VOA\na.txt,Xinhua\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"metadata\.csv: 'a\.txt' has two rows that differ \(lines 2 and 3\)"):
        analysis.load_corpus(tmp_path, cache=False)


def test_a_word_file_that_unpacks_too_large_is_skipped_unread(tmp_path, monkeypatch):
    import docx

    from analysis.reading import office_files

    document = docx.Document()
    document.add_paragraph("Wang Yi said the talks were useful. " * 200)
    document.save(tmp_path / "big.docx")
    (tmp_path / "ok.txt").write_text("The envoy said nothing new.", encoding="utf-8")
    monkeypatch.setattr(office_files, "MAX_UNPACKED_BYTES", 1000)  # stands for a zip bomb's gigabytes
    corpus, _ = load(tmp_path)
    assert list(corpus.documents["doc_id"]) == ["ok"]
    assert reasons_of(corpus)["big.docx"].startswith("Word file too large when unpacked (")


def test_lone_surrogates_from_json_escapes_never_reach_the_tables(tmp_path):
    (tmp_path / "j.jsonl").write_text('{"doc_id": "a\\udc80", "title": "T\\ud800", "text": "Wang Yi said \\ud800 it."}\n',
                                      encoding="utf-8")
    corpus = analysis.load_corpus(tmp_path / "j.jsonl", cache=tmp_path / "cache", workers=1)
    doc = corpus.documents.iloc[0]
    assert (doc["doc_id"], doc["title"], doc["text"]) == ("a\\x80", "T\\ud800", "Wang Yi said \ufffd it.")


def test_a_legacy_encoding_is_read_and_said(tmp_path):
    (tmp_path / "a.txt").write_bytes("The café owner said the envoys’ talks went well.".encode("cp1252"))
    corpus, messages = load(tmp_path)
    assert corpus.documents["text"][0] == "The café owner said the envoys’ talks went well."
    assert f"{tmp_path / 'a.txt'}: not UTF-8: read as Windows-1252 (detected by charset-normalizer)" in messages
