"""User configuration: `[tool.sos-lint]` in pyproject.toml or a `.sos-lint.toml`, found upwards.

Every value is checked for its type and range: a wrong value is a one-line ConfigError naming the
key and the file; an unknown key is a warning naming the nearest known key.
"""
from __future__ import annotations

import difflib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from .data import load_toml, tomllib

TABLES = ("jargon", "thresholds", "names")
KEYS = ("select", "ignore", *TABLES)


class ConfigError(ValueError):
    """A configuration file could not be read or holds a value of the wrong shape."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # Local jargon: term -> plain alternative (may be empty).
    jargon: tuple[tuple[str, str], ...] = ()
    # Threshold overrides, e.g. {"sentence_hint_words": 22}.
    thresholds: tuple[tuple[str, float], ...] = ()
    # Role -> name, e.g. {"child": "Leah", "mother": "Mum"}; used by rewrites.
    names: tuple[tuple[str, str], ...] = ()
    source: str | None = field(default=None, compare=False)
    warnings: tuple[str, ...] = field(default=(), compare=False)  # unknown keys, for the command to show

    def threshold(self, key: str, default: float) -> float:
        return dict(self.thresholds).get(key, default)

    def enabled(self, code: str) -> bool:
        if self.select and not any(code.startswith(prefix) for prefix in self.select):
            return False
        return not any(code.startswith(prefix) for prefix in self.ignore)

    def with_overrides(self, select=None, ignore=None) -> "Config":
        return Config(
            select=tuple(select) if select else self.select,
            ignore=self.ignore + tuple(ignore or ()),
            jargon=self.jargon,
            thresholds=self.thresholds,
            names=self.names,
            source=self.source,
            warnings=self.warnings,
        )


def known_thresholds() -> dict[str, float]:
    """The thresholds a user may override, with their defaults (rules/readability.toml)."""
    return dict(load_toml("readability.toml")["thresholds"])


def _limit(key: str) -> tuple[float, float]:
    """The range a threshold must lie in: a share is 0 to 1, a reading ease 0 to 121, a count 0 to 1000."""
    if key.endswith("_share"):
        return 0.0, 1.0
    if "reading_ease" in key:
        return 0.0, 121.0
    return 0.0, 1000.0


def _where(source: str | None) -> str:
    return f" in {source}" if source else ""


def _codes(value, key: str, source: str | None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}'{_where(source)} should be a list of rule codes, like [\"SOS101\"]")
    return tuple(v.strip().upper() for v in value if v.strip())


def _nearest(key: str, known) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.5)
    return f"; did you mean '{close[0]}'?" if close else ""


def _strings(table: dict, key: str, source: str | None, what: str) -> tuple[tuple[str, str], ...]:
    out = []
    for name, value in table.items():
        if not isinstance(value, str):
            raise ConfigError(f"'{key}.{name}'{_where(source)} should be {what} in quotes, "
                              f"not {type(value).__name__} {value!r}")
        out.append((str(name), value))
    return tuple(out)


def _thresholds(table: dict, source: str | None) -> tuple[tuple[tuple[str, float], ...], list[str]]:
    known, out, warnings = known_thresholds(), [], []
    for name, value in table.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"'thresholds.{name}'{_where(source)} should be a number, not {value!r}")
        low, high = _limit(name)
        if not low <= value <= high:
            raise ConfigError(f"'thresholds.{name}'{_where(source)} should be from {low:g} to {high:g}, not {value!r}")
        if name not in known:
            warnings.append(f"unknown setting 'thresholds.{name}'{_where(source)} is not used{_nearest(name, known)}")
        out.append((str(name), float(value)))
    return tuple(out), warnings


def from_mapping(table: dict, source: str | None = None) -> Config:
    """Build a Config from the `[tool.sos-lint]` table (or a whole .sos-lint.toml)."""
    if not isinstance(table, dict):
        raise ConfigError(f"the sos-lint settings{_where(source)} should be a table")
    warnings = [f"unknown setting '{key}'{_where(source)} is not used{_nearest(key, KEYS)}"
                for key in table if key not in KEYS]
    for key in TABLES:
        if not isinstance(table.get(key, {}), dict):
            raise ConfigError(f"'{key}'{_where(source)} should be a table, like [{key}]")
    thresholds, unknown = _thresholds(table.get("thresholds", {}), source)
    names = _strings(table.get("names", {}), "names", source, "a name")
    if any(not name.strip() for _, name in names):
        raise ConfigError(f"every name under 'names'{_where(source)} should have some letters in it")
    return Config(
        select=_codes(table.get("select", []), "select", source),
        ignore=_codes(table.get("ignore", []), "ignore", source),
        jargon=_strings(table.get("jargon", {}), "jargon", source, "the plain words to use"),
        thresholds=thresholds,
        names=names,
        source=source,
        warnings=tuple(warnings + unknown),
    )


def from_file(path: Path) -> Config:
    """Read a config file named with --config: a .sos-lint.toml, or a pyproject.toml's [tool.sos-lint]."""
    table = read(path)
    return from_mapping(table.get("tool", {}).get("sos-lint", table), str(path))


def discover(start: Path | None = None) -> Config:
    """Walk up from `start` and use the first .sos-lint.toml or pyproject.toml with our table."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / ".sos-lint.toml"
        if own.is_file():
            return from_mapping(read(own), str(own))
        project = candidate / "pyproject.toml"
        if project.is_file():
            table = read(project).get("tool", {}).get("sos-lint")
            if table is not None:
                return from_mapping(table, str(project))
    return Config()


def read(path: Path) -> dict:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a pipe or device would block
            raise ConfigError(f"{path}: is not a regular file")
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: is not UTF-8 text; save it again with UTF-8 encoding") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: is not valid TOML ({error})") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror or error})") from None


_read = read  # the older private name


# Round 36 (review35w W#5, r36d): the names a worker types on the page (the child's name, what the
# family calls the mother and the father) or gives the CLI (--child-name; moved here from web/service
# in round 38, so the CLI needs nothing from the web package) reach the check as the [names] table
# of a configuration does, so the rules read who is who with them. A box may hold more than one
# child ("Leah and Ava", "Leah, Ava"): each is a name of its own, never "and".
_NAME_SPLIT = re.compile(r"\s*(?:,|;|/|&|\+|\band\b)\s*", re.I)
CHILD_ROLES = ("child", "children")


def given_names(names: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    """(role, name) pairs, as Config.names holds them, for names given with a request: the child's
    box split into one pair a child; other roles as written. Empty and blank values are dropped."""
    pairs: list[tuple[str, str]] = []
    for role, value in (names or {}).items():
        value = (value or "").strip()
        if not value:
            continue
        role = role.strip().lower()
        if role in CHILD_ROLES:
            pairs += [("child", n) for n in _NAME_SPLIT.split(value) if n.strip()]
        else:
            pairs.append((role, value))
    return tuple(dict.fromkeys(pairs))
