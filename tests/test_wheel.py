"""The built wheel carries rules/ and models/, and works from a fresh virtual environment."""
from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_checks_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    # No build isolation: hatchling comes with the test extras, so no download is needed here.
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "--no-index", "-q", "-w", str(dist), str(ROOT)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    wheel = next(dist.glob("sos_lint-*.whl"))

    import zipfile
    names = zipfile.ZipFile(wheel).namelist()
    assert "sos_lint/_data/rules/jargon.toml" in names
    assert any(n.startswith("sos_lint/_data/models/") for n in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # Dependencies come from this environment (offline); the package itself only from the wheel.
    (Path(site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr

    draft = tmp_path / "draft.txt"
    draft.write_text("There are concerns about the YP and DV in the home.", encoding="utf-8")
    where = subprocess.run([str(python), "-c", "import sos_lint, sos_lint.data as d; print(sos_lint.__file__); "
                            "print(d.data_dir('rules'))"], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert str(env_dir) in where.stdout.splitlines()[0]
    assert "_data" in where.stdout.splitlines()[1]
    result = subprocess.run([str(env_dir / "bin" / "sos-lint"), "check", str(draft)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "SOS102" in result.stdout and "DV" in result.stdout
