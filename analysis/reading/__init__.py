"""Reading: from input files to documents and sentences.

``sources`` reads folders, files and tables into raw documents (or skipped inputs with
their reason); ``cleaning`` removes page boilerplate; ``sentences`` splits the body into
sentence spans; ``parse`` does all three for one document.
"""
