"""Sub-commands that live outside cli.py; each module keeps its heavy imports inside the command body."""
