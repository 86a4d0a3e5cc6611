"""Round 33 (review33g): two structure rules a QA team's figures need (developer D#2, team manager Q#6).

SOS518 (placeholder-left): a bracketed question from the rewrite or the advice is still in the draft
("[Who is worried?]"). Until it is answered or taken out the statement is not ready to share, and its
parts are read without it (parts/placeholders.py).

SOS519 (too-few-parts): most of the parts the report lists are missing: three or more of a worry
statement's five, or five or more of a goal's seven. Each missing part has its own finding, but some
are hints (a sentence about the child comes near the impact, a guess comes near a deed), so a draft
that rests on one guess ("Sunny might be being exploited") or one reason that is no worry ("because
she is getting older") scored 6 to 7, above fuller drafts. On the open parts sets 20-31 every
statement the report showed with this many parts missing was marked poor (184 worries, 156 goals),
and no good statement in good_test28-31 or the seed has this many missing.
"""
from __future__ import annotations

from .base import Context, Rule, rule
from .parts import components
from .parts.placeholders import placeholder_spans

# How many parts may be missing before the statement is not ready to share.
_TOO_MANY_MISSING = {"worry": 3, "goal": 5}


@rule("SOS518", "placeholder-left", "error", source="DOMAIN.md: a part is present only when its words would convince a supervisor")
def placeholder_left(ctx: Context, rule_: Rule):
    """Flags statements that still hold a bracketed question to answer.

    What it checks
        Square brackets around a question or a gap to fill ("[Who is worried?]",
        "[what could happen to Ella?]", "[… what Mum will do instead …]"), as the
        rewrite and the advice leave them. A redaction mark ("[name]") or an
        editor's note ("[sic]") is not one.
    Why it matters
        An unanswered question says nothing to the family. A draft with questions
        left in is not ready to share, and must not score as if it were.
    Example
        [Who is worried?] is worried that Dad shouts at Ella. If nothing changes, [what could happen to Ella?]
    Better
        Ella's teacher is worried that Dad shouts at Ella every morning at the school gate. Ella cries in class afterwards. If nothing changes, Ella could stop wanting to come to school.
    """
    spans = placeholder_spans(ctx.text)
    if not spans:
        return
    start, end = spans[0]
    more = len(spans) - 1
    also = f" There {'is' if more == 1 else 'are'} {more} more question{'' if more == 1 else 's'} in square brackets." \
        if more else ""
    yield rule_.finding(ctx, start, end,
                        f"\"{ctx.text[start:end]}\" is a question for you to answer, not part of the statement. "
                        f"Answer it in your own words or take it out: until then the statement is not ready to share."
                        + also)


# A part's label read after "it does not say": "Speaks to the family" is a heading, not a clause
# ("it does not say speaks to the family" reads badly aloud; review39a A#7).
_SAID_AS = {"Speaks to the family": "whom it speaks to"}


def _listed(labels: list[str]) -> str:
    labels = [_SAID_AS.get(label, label[:1].lower() + label[1:]) for label in labels]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


@rule("SOS519", "too-few-parts", "error", source="DOMAIN.md: the parts of a worry statement and a safety goal")
def too_few_parts(ctx: Context, rule_: Rule):
    """Flags statements that have only a few of the parts they need.

    What it checks
        The parts the report lists (a worry: who is worried, what the adults did,
        when or where, what it means for the child, what could happen; a goal:
        seven parts). It speaks when three or more of a worry's parts, or five or
        more of a goal's, are missing.
    Why it matters
        A statement resting on a guess or a label, with no deed, no time and no
        child in it, gives the family nothing to change. However well it reads, it
        is not ready to share, and its score must not sit beside fuller drafts.
    Example
        We are worried about Rose because she is getting older.
    Better
        Rose's teacher is worried that Mum has left Rose, who is nine, alone overnight three times since September. Rose told her teacher she was frightened of the dark. If nothing changes, Rose could be hurt with nobody there to help her.
    """
    parts = components(ctx)
    missing = [c for c in parts if not c.present]
    if len(missing) < _TOO_MANY_MISSING.get(ctx.kind, len(parts) + 1):
        return
    what = "worry statement" if ctx.kind == "worry" else "safety goal"
    have = len(parts) - len(missing)
    yield rule_.finding(ctx, 0, len(ctx.text),
                        (f"This has none of the {len(parts)} parts of a {what}" if not have else
                         f"This has only {have} of the {len(parts)} parts of a {what}")
                        + f": it does not say {_listed([c.label for c in missing])}. It is not ready to share.",
                        "")


RULES: tuple[Rule, ...] = (placeholder_left, too_few_parts)
