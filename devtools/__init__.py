"""Development-only tools (evaluation, probe figures): not shipped in the wheel."""
