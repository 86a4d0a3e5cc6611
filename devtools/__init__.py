"""Development-only tools (evaluation, probes); not shipped in the wheel."""
