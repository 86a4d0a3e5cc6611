"""A legal status, not a guess (round 38, review38p P#6).

"alleged", "allegedly" and "it is alleged that" record where a matter stands before a charge, a
court's finding or the end of an enquiry. Dropping the word would state as fact what nobody has yet
decided, and asking the writer instead to say "[name] told a teacher that…" repeats a disclosure,
which in domestic abuse can put the person who told at risk. So no rule asks for these words to go:
not as a guess stated as fact (SOS304), not as a judgement (SOS305), not as a passive hiding a doer
(SOS202: "is alleged" hides no one; what is alleged names its doer or is asked about on its own).

"alleges" and "alleging" (someone's account, active voice) are not this class and are left to the
rules that read them.
"""
from __future__ import annotations

_STATUS_WORDS = {"alleged", "allegedly"}


def is_legal_status(span) -> bool:
    """The span is (or holds) "alleged" / "allegedly" and nothing that is a fault on its own."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return False
    return any(t.lower_ in _STATUS_WORDS for t in words) and all(
        t.lower_ in _STATUS_WORDS or t.lower_ in ("it", "is", "was", "are", "were", "has", "been", "that", "being")
        for t in words)


def legal_status_verb(token) -> bool:
    """"is alleged", "was alleged": the passive whose verb is "alleged"."""
    return token is not None and token.lower_ in _STATUS_WORDS
