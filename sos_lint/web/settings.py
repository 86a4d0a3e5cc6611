"""What one running server was started with: who may use it, how big a request may be, which rules."""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass

# A whole draft is a few thousand words; 256 kB leaves room for a long case file pasted by mistake.
DEFAULT_MAX_BYTES = 256_000
SESSION_COOKIE = "sos_lint_session"
TOKEN_HEADER = "x-sos-lint-token"


@dataclass(frozen=True)
class Settings:
    token: str | None = None  # None: nobody has to log in (loopback, or --no-auth on purpose)
    max_bytes: int = DEFAULT_MAX_BYTES
    config: object | None = None  # a sos_lint.config.Config, or None for the defaults
    spacy_model: str | None = None
    secure_cookie: bool = False  # set when the server sits behind TLS
    room_idle_hours: float = 3.0  # a group exercise left this long untouched is destroyed

    def session_value(self) -> str:
        """What the login cookie holds: derived from the token, so the token itself never sits in a cookie."""
        assert self.token is not None
        return hmac.new(self.token.encode(), b"sos-lint session", hashlib.sha256).hexdigest()

    def accepts(self, header_token: str | None, cookie: str | None) -> bool:
        if self.token is None:
            return True
        if header_token and hmac.compare_digest(header_token.encode(), self.token.encode()):
            return True
        return bool(cookie) and hmac.compare_digest(cookie.encode(), self.session_value().encode())


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
