"""Plain data files (YAML and text) that drive the analysis.

Edit these files to change what the library finds; no code changes are needed.
:func:`analysis.lexicon_files.load_yaml` reads them.
"""
