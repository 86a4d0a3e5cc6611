"""Makes docs/word-review.png: a test plan checked with `sos-lint check --annotate`, opened in
LibreOffice Writer on a virtual screen (Debian: xvfb, imagemagick, libreoffice-writer,
libreoffice-gtk3), so the README shows the reviewed copy as a practitioner sees it in a word processor.

    python -m devtools.word_screenshot
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    from word_fixtures import heading_plan

    with tempfile.TemporaryDirectory() as folder:
        plan = heading_plan(Path(folder) / "plan.docx")
        subprocess.run([sys.executable, "-m", "sos_lint.cli", "check", str(plan), "--annotate"], check=False)
        reviewed = plan.with_name("plan.reviewed.docx")
        display = ":97"
        screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "1500x950x24"])
        env = {**os.environ, "DISPLAY": display, "SAL_USE_VCLPLUGIN": "gen"}
        writer = subprocess.Popen(["soffice", "--norestore", "--nologo", f"-env:UserInstallation=file://{folder}/lo",
                                   "--view", str(reviewed)], env=env)
        try:
            time.sleep(30)
            target = ROOT / "docs" / "word-review.png"
            subprocess.run(["import", "-window", "root", "-crop", "1250x930+0+0", str(target)], env=env, check=True)
            print(f"written {target}")
        finally:
            writer.terminate()
            screen.terminate()


if __name__ == "__main__":
    main()
