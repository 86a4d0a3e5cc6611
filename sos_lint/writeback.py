"""Writes a file the way editors and git do, so a failure never leaves it half-written: a temporary
file beside the target, flushed and fsynced, then renamed over it with os.replace, keeping the
target's mode and (where allowed) its owner. On any failure the target is untouched."""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_bytes(path: str | os.PathLike, data: bytes, private: bool = False) -> None:
    """Replace `path` with `data` atomically. Raises OSError; the old file is then as it was.
    `private`: readable by its owner only (0600), whatever the old file's mode or the umask: for
    a file that names people, such as compare's author key (round 36, an information governance
    audit: the key was written 0644, readable by everyone on the machine)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    if old is not None and not stat.S_ISREG(old.st_mode):
        raise IsADirectoryError(21, "not a regular file", str(target))
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".sos-lint-tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if private:
            os.chmod(temporary, 0o600)
        elif old is not None:
            os.chmod(temporary, stat.S_IMODE(old.st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        if old is not None and hasattr(os, "chown"):
            try:
                os.chown(temporary, old.st_uid, old.st_gid)
            except PermissionError:
                pass  # only root may give a file away; the owner is then the user running us, as before
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8", private: bool = False) -> None:
    """Encode and write atomically. Line endings are written exactly as they are in `text`;
    "utf-8-sig" keeps a BOM, "utf-16" writes one. `private` as for write_bytes."""
    write_bytes(path, text.encode(encoding), private=private)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
