"""Round 38 (r38e, review37x X#2): a sentence the checks flag as blaming the child is never the
impact part. "He is putting himself at risk by making poor choices" and "Hope needs to understand
the risks of her behaviour" are SOS306's victim blaming; they say what the writer thinks the child
did wrong, not what the harm means for the child, so they may not fill "What it means for the child".

Only blame put on the child counts here: a sentence that blames a parent for an abuser's act ("Mum
failed to protect Kai, who now wets the bed") keeps its impact, since the child's part of it is not
what is blamed. Whose the blame is is read from the parse: the blamed words' clause has the child as
its subject, or the words turn back on the child ("himself", "her behaviour")."""
from __future__ import annotations

from .. import analysis
from ..base import Context



def _blamed_spans(ctx: Context) -> list:
    """(span, on the child?) for each SOS306 finding the report keeps, read once per statement."""
    def compute():
        from ..specificity import victim_blaming

        children = analysis.child_tokens(ctx)
        adults = analysis.adult_tokens(ctx)
        try:
            flagged = _as_the_report_shows(ctx, list(victim_blaming.check(ctx, victim_blaming)))
        except Exception:  # the rule failing is the engine's to report; the parts stay as read
            return []
        found = []
        for finding in flagged:
            span = ctx.doc.char_span(finding.start, finding.end, alignment_mode="expand")
            if span is not None and len(span):
                found.append((span, _on_the_child(span, children, adults if children else None)))
        return found
    return ctx.memo("parts:blamed_spans", compute)


def child_blame_sentences(ctx: Context) -> set:
    """Start indices of the sentences holding a SOS306 finding that blames the child."""
    return ctx.memo("parts:child_blame_sentences",
                    lambda: {span.sent.start for span, on_child in _blamed_spans(ctx) if on_child})


def parent_blame_tokens(ctx: Context) -> set:
    """Round 41 (r41e, review40c C#11): the token indices of the words SOS306 flags as blaming a
    parent for what another adult did ("Mum keeps letting Frank back into the house", "chooses to stay
    with him"): what they say is the writer's blame of the victim, so no act in them is "What the
    adults did" (the abuser's own act, said elsewhere, still is)."""
    return ctx.memo("parts:parent_blame_tokens",
                    lambda: {t.i for span, on_child in _blamed_spans(ctx) if not on_child for t in span})


def _as_the_report_shows(ctx: Context, flagged: list) -> list:
    """The findings the report keeps after the engine's own last steps (engine._all_findings): words
    inside quotation marks, words reported as someone said them ("Dad shouted that she was attention
    seeking"), a false alarm such as "lies awake" are not blame the report shows, so they take no part
    away."""
    from ...engine import _outside_quotes
    from .. import alarms26, alarms31, words34

    kept = _outside_quotes(flagged, ctx.doc)
    for drop in (alarms26.drop, alarms31.drop, words34.drop):
        kept = drop(kept, ctx)
    return kept


def _on_the_child(span, children: set, adults) -> bool:
    """The blamed words are the child's: the child is the subject of their clause, or owns them.
    ``adults`` is None when the statement names no child: a pronoun is then nobody's."""
    if any(t.i in children for t in span):
        return True
    root = span.root
    for verb in (root, *root.ancestors):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(_the_child(s, children, adults) or any(_the_child(p, children, adults)
                       for p in s.children if p.dep_ == "poss") for s in subjects)
    return False


def _the_child(token, children: set, adults) -> bool:
    """A child's name or word, or a pronoun ("he", "she") in a statement about a child, that the
    people analysis does not give to an adult."""
    if token.i in children:
        return True
    return adults is not None and token.lower_ in _PRONOUNS and token.i not in adults


_PRONOUNS = {"he", "she", "they", "his", "her", "their"}
