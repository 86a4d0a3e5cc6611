"""One module per sub-command, each with a `command` function; cli.py registers them from one table.
Heavy imports (spaCy, scikit-learn) stay inside the command bodies."""
