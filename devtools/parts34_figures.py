"""Round 34 (r34e): the parts and score figures of devtools/parts34_figures.md, as that round took them
(every open set up to 32). The script is devtools/parts_figures.py; this name keeps the round's
commands working:

  PYTHONPATH=TREE python devtools/parts34_figures.py dump OUT.json [--parts-only] [--only=NAME,NAME]
  python devtools/parts34_figures.py compare BEFORE.json AFTER.json [--show-ids]"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parts_figures import main  # noqa: E402

OPEN_MAX = 32

if __name__ == "__main__":
    main(sys.argv[1:], open_max=OPEN_MAX)
