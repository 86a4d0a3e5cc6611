"""Development tools that are not shipped in the wheel: training, evaluation, the model card and
the syllable table. Each module runs as `python -m devtools.NAME` from the top of a checkout."""
