"""Cross-version consensus: align several versions of one story and find where one diverges.

Layers, each usable alone: `chrf` (sacrebleu's chrF over cached n-gram statistics),
`align` (sentence alignment across versions), `slots` (word-level differences between
aligned sentences), `consensus` (votes of the other versions), `scores` (divergence and
reference metrics), `story` (the whole pipeline for one story).
"""
