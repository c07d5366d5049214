"""Reading: from input files to documents and sentences.

``sources`` reads folders, files and tables into raw documents (or skipped inputs with
their reason), with a reader per kind of input: ``decoding`` (bytes to text, strictly),
``html_pages`` (saved web pages), ``pdf_text`` (PDF), ``office_files`` (Word),
``tabular`` (CSV, JSON Lines, Parquet, DataFrames), ``metadata`` (``metadata.csv``) and
``dates`` (dates read without guessing); ``cleaning`` removes page boilerplate;
``sentences`` splits the body into sentence spans; ``parse`` does the last two for one
document.
"""
