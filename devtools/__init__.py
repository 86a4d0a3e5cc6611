"""Development-only tools (training, evaluation, probe figures, screenshots): not shipped in the wheel."""
