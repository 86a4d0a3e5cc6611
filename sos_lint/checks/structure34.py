"""Round 34 (r34e, review34 P#1): the tool's own example wording pasted into a draft.

SOS530 (example-pasted): a sentence of the draft holds one of the examples the tool's messages
offer, word for word (parts/pasted.py reads them from the messages as they stand). Pasted in, an
example reads as a fact about this family (a drinking allegation where nobody said Dad drinks), so that sentence gives no part (the parts are read without it) and the writer is
asked whether it is true for this family.
"""
from __future__ import annotations

from .base import Context, Rule, rule
from .parts.pasted import pasted_spans


@rule("SOS530", "example-pasted", "hint", kinds=("goal", "worry"), source="DOMAIN.md: a part is present only when its words would convince a supervisor")
def example_pasted(ctx: Context, rule_: Rule):
    """Flags the tool's own example wording pasted into a statement.

    What it checks
        Wording that is, word for word, one of the examples in this tool's
        advice ("for example …", "e.g. …"), with a name put in place of
        "[name]": the whole of a long example, or ten words of it running; a
        short one only as a sentence of its own.
    Why it matters
        The examples come from other, made-up families. Pasted in, one reads
        as a fact about this family that nobody saw. That sentence gives no
        part until it is said in the writer's own words.
    Example
        Dad, you and Sunny need a calm home. Sunny will finish in the shop by 7pm on school nights, and Dad will walk him home.
    Better
        Dad, you and Sunny need a calm home. Dad will shut the shop at 6pm on school days so that Sunny can do his homework upstairs.
    """
    for start, end in pasted_spans(ctx):
        yield rule_.finding(ctx, start, end,
                            f"\"{ctx.text[start:end]}\" is the wording of one of this tool's own examples. "
                            f"Is it true for this family? If it is, say what was seen or heard, and when, in "
                            f"your own words; if not, take it out. Until then it counts as no part of the statement.",
                            "")


RULES: tuple[Rule, ...] = (example_pasted,)
