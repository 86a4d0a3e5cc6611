"""Development tools (evaluation, training, benchmarks): run as `python -m devtools.NAME`; not shipped."""
