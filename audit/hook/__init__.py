"""The git pre-commit hook: audit what is staged, block the commit on serious findings.

This package is on the hook's cold-start path: stdlib and `audit` core imports only
(no typer, pandas, sacrebleu, langdetect, sentencepiece, rich).
"""
