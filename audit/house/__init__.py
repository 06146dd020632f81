"""The house model: what a newsroom's own archive says about names, terms and its English.

`learn` turns clean published copy into a versioned folder (sentencepiece model, name
lexicon, phrase counts, manifest); checks N106/T103 read it through `load.load_house`.
Nothing here imports sentencepiece, rapidfuzz or yaml at import time.
"""

FORMAT = 1  # bump when the house folder's layout changes: older folders are refused
