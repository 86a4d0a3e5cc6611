"""User configuration: `[tool.sos-lint]` in pyproject.toml or a `.sos-lint.toml`, found upwards."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .data import tomllib


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
        )


def _codes(value, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' should be a list of rule codes, like [\"SOS101\"]")
    return tuple(v.strip().upper() for v in value if v.strip())


def from_mapping(table: dict, source: str | None = None) -> Config:
    """Build a Config from the `[tool.sos-lint]` table (or a whole .sos-lint.toml)."""
    jargon = table.get("jargon", {})
    thresholds = table.get("thresholds", {})
    names = table.get("names", {})
    for key, value in (("jargon", jargon), ("thresholds", thresholds), ("names", names)):
        if not isinstance(value, dict):
            raise ConfigError(f"'{key}' should be a table")
    try:
        threshold_items = tuple((str(k), float(v)) for k, v in thresholds.items())
    except (TypeError, ValueError) as error:
        raise ConfigError("every value under 'thresholds' should be a number") from error
    return Config(
        select=_codes(table.get("select", []), "select"),
        ignore=_codes(table.get("ignore", []), "ignore"),
        jargon=tuple((str(k), str(v)) for k, v in jargon.items()),
        thresholds=threshold_items,
        names=tuple((str(k), str(v)) for k, v in names.items()),
        source=source,
    )


def discover(start: Path | None = None) -> Config:
    """Walk up from `start` and use the first .sos-lint.toml or pyproject.toml with our table."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / ".sos-lint.toml"
        if own.is_file():
            return from_mapping(_read(own), str(own))
        project = candidate / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("sos-lint")
            if table is not None:
                return from_mapping(table, str(project))
    return Config()


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from error
