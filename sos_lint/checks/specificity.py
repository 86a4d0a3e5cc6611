"""Specificity rules (SOS3xx): labels, vague words, guesses and judgement instead of behaviour."""
from __future__ import annotations

from . import analysis
from .base import Context, Rule, rule

LEXICON = "specificity.toml"


def _sentence_has_behaviour(ctx: Context, sentence) -> bool:
    return any(a.sentence == sentence and not a.negated for a in analysis.actions(ctx))


def _clause_subject(span):
    """The subject of the clause a word sits in, or the noun an adjective describes."""
    root = span.root
    if root.dep_ == "amod":
        return root.head
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _about_a_thing(span) -> bool:
    """"The boiler failed to work", "an infection resistant to antibiotics": not about a person."""
    subject = _clause_subject(span)
    family_life = {"home", "house", "household", "lifestyle", "life", "parenting", "relationship", "family",
                   "behaviour", "presentation", "attitude", "engagement", "attendance", "response"}
    return (subject is not None and not analysis.is_person(subject)
            and subject.lemma_.lower() not in family_life and subject.lower_ not in family_life)


def _about_an_adult(span) -> bool:
    """"Dad put himself at risk": victim-blaming words are about children, not adults."""
    subject = _clause_subject(span)
    adults = set(analysis.people_words()["family"]) - {"sister", "brother", "cousin", "friend"}
    if subject is None:
        return False
    owner = [c for c in subject.children if c.dep_ == "poss"]
    return subject.lower_ in adults or any(o.lower_ in adults for o in owner)


def _word_findings(ctx: Context, rule_: Rule, group: str, problem: str):
    for span, entry in ctx.matches(LEXICON):
        if entry.group != group:
            continue
        if entry.with_behaviour_ok and _sentence_has_behaviour(ctx, span.sent):
            continue
        # "The doctor issued a prescription": the verb is not the vague noun "issue".
        if group == "vague" and len(span) == 1 and span[0].pos_ == "VERB":
            continue
        if group == "judgement" and _about_a_thing(span):
            continue
        if group == "victim-blaming" and _about_an_adult(span):
            continue
        advice = entry.advice or "Say what someone saw or heard instead."
        swap = (f" Try \"{entry.replacement}\"." if entry.replacement
                and entry.replacement.lower() not in advice.lower() else "")
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" {problem}.{swap} {advice}",
                            entry.replacement or advice)


@rule("SOS301", "label-not-behaviour", "warning", source="DOMAIN.md; Partnering for Safety, danger statements")
def label_not_behaviour(ctx: Context, rule_: Rule):
    """Flags labels and diagnoses used in place of what an adult did.

    What it checks
        Words such as "neglect", "domestic violence", "substance misuse" or "mental
        health issues" (rules/specificity.toml). A label is fine when the same
        sentence also says what the adult did, read from the sentence's parse.
    Why it matters
        A label means different things to different people. The family cannot change
        a label, but they can change what they do, so the statement must say it.
    Example
        There are worries about neglect and domestic violence in the home.
    Better
        The social worker is worried that Dad pushed Mum into the wall on Friday while Kai watched.
    """
    yield from _word_findings(ctx, rule_, "label", "is a label, not something someone saw")


@rule("SOS302", "vague-word", "warning", source="DOMAIN.md; TACT, Language that cares")
def vague_word(ctx: Context, rule_: Rule):
    """Flags vague words that stand where a fact should be.

    What it checks
        Words such as "concerns", "issues", "inappropriate", "support" or "at risk"
        (rules/specificity.toml), unless the sentence also says what an adult did.
    Why it matters
        "Concerns about home conditions" could mean a messy kitchen or no food for a
        week. Vague words leave the family guessing what has to change.
    Example
        There are concerns about inappropriate supervision and Mum needs support.
    Better
        Mum left Ruby, who is four, alone in the flat on Tuesday evening for two hours.
    """
    yield from _word_findings(ctx, rule_, "vague", "is vague")


@rule("SOS303", "no-observable-action", "error", kinds=("worry",), source="DOMAIN.md: say what the adults did or did not do")
def no_observable_action(ctx: Context, rule_: Rule):
    """Flags worry statements where no person does anything someone could see or hear.

    What it checks
        The sentence parse: is there any clause whose subject is a person (Mum, Dad,
        a name, he or she) and whose verb is an action, not a state like "has" or
        "presents"?
    Why it matters
        A worry statement built only from labels and feelings gives the family
        nothing to change and the network nothing to watch for.
    Example
        There are concerns regarding neglect and the home conditions.
    Better
        Mum has not bought food for four days and Leo, who is six, has gone to school hungry.
    """
    if analysis.actions(ctx):
        return
    yield rule_.finding(
        ctx, 0, len(ctx.text),
        "Nobody in this statement does anything that someone saw or heard. "
        "Say what the adult did or did not do, and when.",
        "[Who] saw or heard [Mum/Dad] [do what], [when].")


_SPEAKING = {"say", "talk", "speak", "explain", "tell", "write", "read", "show", "ask", "answer"}


@rule("SOS304", "hypothesis-as-fact", "hint", kinds=("worry",), source="NCCD Safety-Organized Practice, module 6; DOMAIN.md")
def hypothesis_as_fact(ctx: Context, rule_: Rule):
    """Flags guesses written as if they were facts.

    What it checks
        Words that claim certainty without saying who saw what, such as "clearly",
        "it is evident that", "must have been" or "is known to" (rules/structure.toml).
    Why it matters
        A worry often rests on what someone thinks, not what they saw. Writing it as
        fact can be wrong and unfair, and the family stops trusting the plan.
    Example
        Mum is clearly drinking again and it is evident that she cannot cope.
    Better
        Nan saw Mum drinking vodka at 10am on Monday and is worried she is drinking again.
    """
    for span in analysis.cues(ctx, "hypothesis"):
        if span.text.lower() == "clearly" and span.root.head.lemma_.lower() in _SPEAKING:
            continue  # "talk to Leo clearly" is about how to speak
        entry = analysis.entry_for(ctx, "hypothesis")
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" states a guess as a fact. {entry.advice}",
                            "[who] saw or heard [what]")


@rule("SOS305", "judgement-word", "warning", source="TACT, Language that cares; DOMAIN.md")
def judgement_word(ctx: Context, rule_: Rule):
    """Flags words that judge or blame rather than describe.

    What it checks
        Words such as "failed to", "refused", "non-compliant", "lack of insight",
        "disguised compliance" or "chaotic" (rules/specificity.toml).
    Why it matters
        Blame words describe the worker's view of a parent's character. They shut
        down the honest talk that safety plans depend on.
    Example
        Mother failed to attend and has refused to engage, showing a lack of insight.
    Better
        Mum did not come to the last two meetings and told the social worker she does not think Kai is at risk.
    """
    yield from _word_findings(ctx, rule_, "judgement", "judges rather than describes")


@rule("SOS306", "victim-blaming", "error", source="The Children's Society, Appropriate language: child exploitation")
def victim_blaming(ctx: Context, rule_: Rule):
    """Flags wording that blames exploited or abused young people.

    What it checks
        Phrases such as "putting herself at risk", "involved in CSE", "associating
        with" or "consenting" (rules/specificity.toml).
    Why it matters
        Children cannot consent to their own abuse. This wording puts the
        responsibility on the child instead of the adults harming them.
    Example
        Jade is putting herself at risk by associating with older males and is involved in CSE.
    Better
        Adult men have been giving Jade, who is 14, alcohol and lifts, and one of them has sexually abused her.
    """
    yield from _word_findings(ctx, rule_, "victim-blaming", "blames the young person")


RULES: tuple[Rule, ...] = (label_not_behaviour, vague_word, no_observable_action, hypothesis_as_fact,
                           judgement_word, victim_blaming)
