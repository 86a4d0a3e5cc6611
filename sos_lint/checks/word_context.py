"""Readings of a sentence the word-level rules (SOS1xx-SOS3xx) share: quoted speech, who a
child is, names of documents and jobs, and the verb a phrase hangs on."""
from __future__ import annotations

import re

from ..data import load_toml
from ..metrics import span_in_quotes
from . import analysis
from .base import Context

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx"}
_AGE_WORDS = {"aged", "age"}


def settings() -> dict:
    """The word lists these readings use ([context] in rules/specificity.toml)."""
    return load_toml("specificity.toml")["context"]


def quoted(span) -> bool:
    """Inside a parent's or child's own words: their words stay as they said them."""
    return span_in_quotes(span.doc, span.start_char)


def unquoted(spans) -> list:
    """The spans that hold words and are not inside quotation marks."""
    return [span for span in spans if len(span) and not quoted(span)]


def quoted_token(token) -> bool:
    """`quoted` of the one-token span doc[token.i:token.i + 1], without building the Span."""
    return span_in_quotes(token.doc, token.idx)


def _adult_words() -> set[str]:
    words = analysis.people_words()
    return set(words["family"]) | set(words["professionals"]) | _TITLES


def add_untaken(found: list, extra, taken: set | None = None) -> list:
    """`found` with each span of `extra` added whose words no span already kept (nor `taken`)
    holds: a second reading of a rule adds only what the first did not report."""
    taken = {t.i for span in found for t in span} | (taken or set())
    for span in extra:
        words = {t.i for t in span}
        if not words & taken:
            taken |= words
            found.append(span)
    return found


def child_names(ctx: Context) -> frozenset[str]:
    """Names the statement shows to be a child's: "Ivy (6)", "Drew, who is 9", "aged 14",
    "baby Noor", "Ivy's teacher", "Mum, you and Z need", or the configured child's name."""
    def compute():
        doc = ctx.doc
        school = set(settings()["child_places"])
        found = {name.lower() for role, name in ctx.config.names if role in ("child", "children")}
        adults = _adult_words()
        for token in doc:
            # Names that are also words ("June", "Will") fail is_name but show up by context.
            if not (token.is_alpha and token.text[:1].isupper()) or token.lower_ in adults:
                continue
            after = [t.lower_ for t in doc[token.i + 1: token.i + 5]]
            before = doc[token.i - 1].lower_ if token.i else ""
            # "(8)" is read by spaCy's tokenizer as "(", "8)" (the "8)" smiley): still an age (round 33)
            aged = (after[:1] == ["("] and len(after) > 1 and after[1].rstrip(")").isdigit()) \
                or after[:3] in ([",", "who", "is"], [",", "who", "'s"]) \
                or (after[:1] and after[0] in _AGE_WORDS) \
                or (after[:1] == [","] and len(after) > 1 and after[1] in _AGE_WORDS)
            schooled = after[:1] in (["'s"], ["’s"]) and len(after) > 1 and after[1] in school
            addressed = ctx.kind == "goal" and before == "and" and token.i > 1 and doc[token.i - 2].lower_ == "you"
            if aged or schooled or addressed or before == "baby":
                found.add(token.lower_)
            elif analysis.is_name(token) and after[:1] == [","] and len(after) > 2 and after[1] in _AGE_WORDS:
                found.add(token.lower_)
        return frozenset(found)
    return ctx.memo("words:child_names", compute)


def is_child(ctx: Context, token, strict: bool = True) -> bool:
    """A word for a child, or a child's name. Not strict: any name that is not an adult's role
    or title counts (a goal's passive outcome is nearly always about the child)."""
    children = set(analysis.people_words()["children"])
    if token.lower_ in children or token.lemma_.lower() in children:
        return True
    if token.lower_ in child_names(ctx):
        return True
    if strict or token.lower_ in _adult_words():
        return False
    before = token.doc[token.i - 1].lower_ if token.i else ""
    return analysis.is_name(token) and before not in _TITLES


def governing_verb(span):
    """The verb a phrase hangs on: "displays" in "Dad displays controlling behaviour"."""
    token = span.root
    for _ in range(6):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def in_name_of_thing(span) -> bool:
    """Part of the name of a document, job or team: "family support worker", "Support Plan",
    "Child Protection Plan". Such names are what the family is told, not vague words."""
    heads = set(settings()["name_heads"])
    root = span.root
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if root.pos_ == "ADJ" and not root.text[:1].isupper():
        return False  # "appropriate services": an adjective in lower case describes, it does not name
    # The parse may hang "support" anywhere in "the family support worker visits": the next word
    # being a job or document noun is what makes it part of the name.
    if (root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in heads) \
            or (following is not None and following.pos_ in ("NOUN", "PROPN") and following.lemma_.lower() in heads):
        return True
    if not all(t.text[:1].isupper() for t in span):
        return False
    before = doc[span.start - 1] if span.start > span.sent.start else None
    after = doc[span.end] if span.end < span.sent.end else None
    return any(t is not None and t.is_alpha and t.text[:1].isupper() and t.lower_ not in _adult_words()
               for t in (before, after))


def names_a_job(span) -> bool:
    """The words name someone's job: "key worker", "the safeguarding lead", "allocated social
    worker", "Keira's nursery key worker". A job title is how the family knows the person; the
    rules ask for plain words about what people did, not a new name for a job."""
    jobs = set(settings()["job_heads"])
    root = span.root
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    return (root.lemma_.lower() in jobs or root.lower_ in jobs
            or (root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in jobs)
            or (following is not None and following.pos_ in ("NOUN", "PROPN") and following.lemma_.lower() in jobs))


def names_a_job_or_service(span) -> bool:
    """Round 32 (review32q Q#7): the words modify the head noun of a worker's job or a service's
    name ("declined the independent domestic violence adviser", "referred to the domestic abuse
    service", "the substance misuse team"): read from the parse, the head the words hang on (through
    other modifiers) is a job or service noun ([context] service_heads), and the words stand before
    it, not after it ("the team saw neglect" is not a name)."""
    heads = set(settings()["service_heads"])
    token = span.root
    if token.dep_ not in ("compound", "amod", "nmod"):
        return False
    for _ in range(4):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i <= token.i:
            break
        token = token.head
    return token.i >= span.end and token.pos_ in ("NOUN", "PROPN") and \
        (token.lemma_.lower() in heads or token.lower_ in heads)


def with_child_name(ctx: Context, advice: str) -> str:
    """Advice speaks of the named child ("Say what Ava sees…"), not "[name]", when the statement
    names exactly one child; otherwise the visible placeholder stays."""
    if "[name]" not in advice:
        return advice
    named = {n for n in child_names(ctx)
             if not any(t.lower_ == n and analysis.relative_of_the_child(t) for t in ctx.tokens)}
    if len(named) == 1:
        lower = next(iter(named))
        written = next((t.text for t in ctx.tokens if t.lower_ == lower), lower.title())
    else:
        # Round 39 (review39a A#6): "Say what you saw of [name]'s clothes" beside "Precious" — a
        # child this narrow reading misses but the people analysis names (the name the rewrite
        # and the other suggestions use). One child only; several keep the placeholder.
        written = _one_child(ctx) if not named else ""
        if not written:
            return advice
    # Round 33 (a developer's trial): an invented example keeps the placeholder. "Say what the
    # adults did to Precious, for example that they gave [name] alcohol in their cars": with the
    # real child's name the example read like a fact about her, beside a real case.
    example = _EXAMPLE.search(advice)
    if example is None:
        return advice.replace("[name]", written)
    # the example ends where the advice goes back to this statement (", and where [name] was")
    back = advice.find(", and ", example.end())
    end = back if back != -1 and '"' not in advice[example.end():back] else len(advice)
    return advice[:example.start()].replace("[name]", written) + advice[example.start():end] \
        + advice[end:].replace("[name]", written)


def _one_child(ctx: Context) -> str:
    """The one child the people analysis names ("" when none or several): the same choice as
    analysis.child_name, never an adult acting in a plan."""
    found = analysis.people(ctx)
    if len({p.name.lower() for p in found.children}) != 1:
        return ""
    name = analysis.child_name(ctx, "")
    return name if name and " and " not in name else ""


_EXAMPLE = re.compile(r"\b(?:(?:for example|for instance|such as)\b|e\.g\.)")


_NAME_JOINERS = {"in", "of", "for", "the", "and", "around", "at", "&"}


def in_document_name(span) -> bool:
    """Words inside the proper name of a document, meeting or team, written with capitals and
    ending in its kind: "the Child in Need Plan", "Child Protection Plan", "Team Around the Family
    Meeting". The family is told these names; inside them "Child" is no child and "in Need" no
    jargon to reword."""
    doc = span.doc
    heads = set(settings()["name_heads"])
    if not span.text[:1].isupper():
        return False
    for token in doc[span.start:min(len(doc), span.end + 6)]:
        if token.i >= span.end and token.text[:1].isupper() and token.lemma_.lower() in heads and token.is_alpha:
            return True
        if not (token.text[:1].isupper() or token.lower_ in _NAME_JOINERS) or token.is_punct:
            return False
    return False
