"""Finding personal details in a draft: identifiers by pattern, people by the parse (see sos_lint.redact)."""
