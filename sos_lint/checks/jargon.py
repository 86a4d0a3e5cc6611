"""Jargon rules (SOS1xx): social-care terms, acronyms and bureaucratic words, from rules/jargon.toml."""
from __future__ import annotations

import re

from ..data import load_toml
from ..findings import Fix
from ..rewrite.swaps import fitted_form, fix_for
from . import compliance_words, count_shorthand, legal_status, jargon_shapes, words15b, words16b, words26, words30, words33, words36h, words38
from .base import Context, Rule, rule
from .word_context import in_document_name, names_a_job, quoted, quoted_token, settings, with_child_name

LEXICON = "jargon.toml"
_ACRONYM_SHAPE = re.compile(r"^[A-Z][A-Z&]*[A-Z]s?$")  # letters only: "CV1" is a postcode


def _lexicon_findings(ctx: Context, rule_: Rule, problem: str):
    """Findings for the terms whose group this rule reports ([group.NAME] code in jargon.toml)."""
    matches = ctx.matches(LEXICON)
    for span, entry in matches:
        if entry.code != rule_.code or quoted(span) or (entry.kinds and ctx.kind not in entry.kinds):
            continue  # a parent's or child's own words stay as they said them
        if entry.code in ("SOS101", "SOS102") and span.start in words36h.explained_terms(ctx, matches):
            continue  # round 36 (review36h H#5): "the 9th centile, which means 91 in 100 babies weigh more"
        if entry.code == "SOS101" and not entry.even_in_job and names_a_job(span):
            continue  # "the safeguarding lead", "her key worker, Jo": the name of someone's job
        if entry.code == "SOS101" and not entry.even_in_job and in_document_name(span):
            continue  # "the Child in Need Plan": the name of the document the family is given
        if entry.code == "SOS101" and not entry.even_in_job and _titled_name(span):
            continue  # "an Early Help Assessment", "his Referral Order": the name the family is told
        if entry.phrase == "placed with" and words38.placed_in_a_sanction(span):
            continue  # round 38 (review37s S#4): "was placed in isolation" is a school's sanction, not a home
        if _to_marry(span):
            continue  # round 14: "Mum and Dean got engaged in June" is a wedding, not a service
        if entry.code == "SOS101" and _stepped_up_to_do(span):
            continue  # round 18: "you have stepped up to look after Rowan": a person taking on a task
        if entry.code == "SOS101" and _gives_a_talk(span):
            continue  # "Sage used to love presenting at assembly": giving a talk, not turning up for help
        if entry.code == "SOS101" and not entry.even_in_job and _service_that_acts(span):
            continue  # round 39 (r39b): "the perinatal team are worried", "ring the perinatal team"
        if entry.code == "SOS101" and _harm_with_its_doer(ctx, span):
            continue  # round 38: "older men are sexually exploiting Jade", "exploited by more men": who did it, to whom
        if entry.code == "SOS101" and _said_what_it_means(span):
            continue  # round 25: "the non-molestation order that says he must stay away": explained in place
        if entry.group == "legal" and (_legal_terms_spelt_out(span) or _own_order_kept(ctx, span)):
            continue  # round 36: "Glen is on bail and must not contact Violet"; "you kept the order in place"
        if entry.code == "SOS104" and compliance_words.child_at_school(ctx, span.root):
            continue  # "Holly attends school": the child's day, in the words families use too
        words = span.text
        advice = with_child_name(ctx, _advice_for(ctx, span, entry))
        fix = fix_for(ctx, span.start_char, span.end_char)
        form = fitted_form(ctx, span.start_char, span.end_char) if entry.code == "SOS104" and entry.replacement else None
        said = advice  # round 33 (review33 P#10): the advice as the entry gives it, before fitting
        sensed = words36h.sense_of(ctx, span, entry)
        if sensed is not None:
            # Round 36 (review36h H#2, H#6): letters with two meanings ("PND": postnatal depression
            # or the Police National Database), advised as the statement's words settle them, or
            # both named; a swap is kept only where its words are the settled meaning.
            advice, suggestion, settled = sensed
            if fix is not None and (not settled or settled.lower() not in fix.replacement.lower()):
                fix = None
            yield rule_.finding(ctx, span.start_char, span.end_char,
                                f"\"{words}\" {problem}. {with_child_name(ctx, advice)}", suggestion, fix=fix)
            continue
        if form is not None:
            # round 32 (review32 P#10): "was observed to" is a formal word. Write "see" instead.",
            # while --fix writes "was seen to": the advice says the swap in the tense and voice
            # the sentence needs, as the fix makes it (fitted the same way with or without fixes)
            advice = advice.replace(f"\"{entry.replacement}\"", f"\"{_as_written(span, form)}\"")
        # Round 33 (review33 P#10): "Try "go to". Write "been to" instead." named two swaps for one
        # word: where the advice already gave the swap (now fitted), "Try" is not added as well.
        if entry.replacement and entry.replacement.lower() not in said.lower():
            message = f"\"{words}\" {problem}. Try \"{entry.replacement}\"."
            if advice:
                message += f" {advice}"
        else:
            message = f"\"{words}\" {problem}. {advice}".rstrip()
        # Round 34 (review34 P#6): the arrow says the swap the message names ("been to", not "go to")
        shown = _as_written(span, form) if form is not None and entry.replacement else entry.replacement
        yield rule_.finding(ctx, span.start_char, span.end_char, message,
                            shown or advice, fix=fix)


def _as_written(span, form) -> str:
    """The matched words as the fix writes them ("was observed to" -> "was seen to"): the fitted
    replacement set among the matched words it leaves, or the replacement alone where it reaches
    outside them. `form` is (start, end, replacement)."""
    text, start, end = span.doc.text, span.start_char, span.end_char
    f_start, f_end, replacement = form
    if start <= f_start and f_end <= end:
        return (text[start:f_start] + replacement + text[f_end:end]).strip()
    return replacement


def _advice_for(ctx: Context, span, entry) -> str:
    """The entry's advice for this statement. Round 31 (review31a, REPORT #8): in a goal, a group's
    general goal advice ("Say in everyday words what Mum or Dad will do each week") was given for
    every term of the group without its own, "older males" too; a term that names people keeps its
    own advice ("Say who they are and how old"), since what Mum or Dad will do does not answer who
    they are. People are read from the matched words' head: a person word (rules/people.toml)."""
    advice = entry.advice_for(ctx.kind)
    if entry.phrase == "centile" and ctx.kind != "goal":
        return words36h.centile_advice(span, advice)  # round 36 (review36h H#5): the sentence's own number
    if entry.phrase == "placed with" and (thing := words33.placed_on_a_plan(span)) is not None:
        return words33.plan_advice(thing)  # round 33 (review33 P#5): "placed on a CP plan" moves nobody
    if entry.phrase == "made subject to" and (done := _subjected_to_a_harm(span)) is not None:
        return done  # round 34 (review34d D#10): "has been subject to neglect" is no plan or order
    if ctx.kind != "goal" or not entry.advice or advice == entry.advice:
        return advice
    group = load_toml(LEXICON).get("group", {}).get(entry.group, {})
    if advice == group.get("goal_advice") and _help_received(span):
        return entry.advice  # Round 34 (review34d D#7): "accept a carers assessment" is help FOR Nan, not her task
    if advice != group.get("goal_advice") or not _names_people(span):
        return advice
    return entry.advice


_RECEIVING = {"accept", "receive", "get", "offer", "give", "take", "have", "access", "need"}


def _help_received(span) -> bool:
    """Round 34 (review34d D#7): a term the goal's adult is to accept, receive, be offered or be
    given ("accept a carers assessment", "will be offered respite"): help given to the family,
    whose own advice says what it is; the group's "what Mum or Dad will do each week" would make
    the help her task."""
    head = span.root
    verb = head.head
    return head.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _RECEIVING


def _subjected_to_a_harm(span) -> str | None:
    """Round 34 (review34d D#10): the advice for "subject to" when what follows "to" is a harm done
    to the child ("has been subject to neglect", "was subject to emotional abuse"), read from the
    parse: the object of "to" is no plan, order or list (words33.PLAN_NOUNS) and the words stand
    beside a child's harm, so the question is about that harm, not about a plan. None otherwise."""
    doc = span.doc
    to = next((t for t in doc[span.start:min(len(doc), span.end + 1)] if t.lower_ == "to"), None)
    if to is None:
        return None
    thing = next((c for c in to.children if c.dep_ == "pobj"), None)
    if thing is None and to.i + 1 < len(doc):
        thing = doc[to.i + 1]
    while thing is not None and thing.dep_ in ("compound", "amod") and thing.head.i > thing.i:
        thing = thing.head
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.lemma_.lower() in words33.PLAN_NOUNS:
        return None
    if thing.lemma_.lower() not in _HARMS_DONE:
        return None
    return "Say what was done to [name], or not done, by whom and when."


# Harms a child is said to be "subject to": the object of "to" that makes the words a harm, not a plan.
_HARMS_DONE = {"neglect", "abuse", "harm", "violence", "assault", "exploitation", "bullying", "cruelty",
               "mistreatment", "maltreatment", "grooming", "threat", "control", "coercion", "punishment",
               "attack", "injury", "hostility", "rejection"}


# Round 38: verbs of harm the lexicon names as report words ("sexually exploited"): as a verb with
# the person who does it and the child it is done to, the words say who did what to whom.
# Round 39 (r39b): a team or service named as the one who acts or is rung ("the perinatal mental
# health team are worried", "you will ring the perinatal team"): its name is how the family will
# meet it, as a job title is ("the safeguarding lead"), and hand-marked sets mark it "must not flag"
# as a job. A service as a place or a status ("known to services", "referred to the tier 3 service",
# "goes to the pupil referral unit") is still jargon.
_SERVICE_NOUNS = {"team", "service", "unit", "clinic"}
_CONTACTING = {"ring", "call", "phone", "text", "email", "contact", "tell", "ask", "message"}


def _service_that_acts(span) -> bool:
    """Round 39 (r39b): the term is the name of a team or service (its last word is the head noun
    "team", "service", "unit" or "clinic"), and the parse makes that team a person in the sentence:
    the subject of a verb (through "and": "the midwife and the perinatal team are worried"), or the
    one a verb of contacting reaches ("ring", "text", "tell"). "Mum sees the perinatal team" is a
    service she is under, and stays jargon."""
    root = span.root
    if root.i != span.end - 1 or root.lemma_.lower() not in _SERVICE_NOUNS or root.pos_ not in ("NOUN", "PROPN"):
        return False
    token = root
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _CONTACTING


_HARM_VERBS = {"exploit", "groom", "abuse", "assault", "traffic", "coerce", "radicalise", "radicalize"}


def _harm_with_its_doer(ctx: Context, span) -> bool:
    """Round 38 (issue 11 §3, read from sets 23, 27, 32, 35 and 36): a harm verb the lexicon lists
    as jargon because it is usually a label ("Jade is being sexually exploited"), written with its
    doer named: the active voice with a person as subject and someone as its object ("older men are
    sexually exploiting Jade", "men … could sexually exploit her"), or the passive with "by" and a
    person ("could be sexually exploited by more men"). That is what the entry's own advice asks
    for ("say who is making [name] do what"). Without a doer, or with a professional or the child
    as the subject, it is still flagged; a noun ("sexual exploitation") is never this."""
    from .analysis import is_person, people_words

    verb = next((t for t in span if t.pos_ == "VERB" and t.lemma_.lower() in _HARM_VERBS), None)
    if verb is None:
        return False
    words = people_words()
    professionals = set(words["professionals"])
    adult_nouns = set(words["adult_nouns"])

    def a_doer(token) -> bool:
        if token.lower_ in professionals or any(t.lower_ in professionals for t in token.subtree):
            return False
        if token.pos_ == "PRON":
            return token.lower_ in ("they", "he", "she", "someone", "somebody") and token.i not in _child_tokens_here(ctx)
        return (is_person(token) or token.lemma_.lower() in adult_nouns) and token.i not in _child_tokens_here(ctx)

    if any(c.dep_ == "auxpass" for c in verb.children):
        return any(g.dep_ == "pobj" and a_doer(g) for c in verb.children if c.dep_ == "agent" for g in c.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    victim = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return subject is not None and victim is not None and a_doer(subject) \
        and (victim.pos_ == "PRON" or is_person(victim) or victim.i in _child_tokens_here(ctx))


def _child_tokens_here(ctx: Context) -> set:
    from .analysis import child_tokens

    return child_tokens(ctx)


def _names_people(span) -> bool:
    from .analysis import is_person, people_words

    words = people_words()
    head = span.root
    return head.pos_ in ("NOUN", "PROPN") and (is_person(head) or head.lemma_.lower() in set(words["adult_nouns"]) | set(
        words["record_persons"]) or head.lower_ in set(words["adult_nouns"]))


# Gatherings where a person gives a talk or a show: "presenting at assembly" is not a record's
# "presented at A&E" (turned up for help).
_AUDIENCES = {"assembly", "assemblies", "fair", "concert", "show", "competition", "conference", "festival",
              "ceremony", "awards", "exhibition", "seminar", "debate", "club", "class", "lesson", "contest",
              "showcase", "celebration", "service", "talent", "recital", "evening", "open"}


# Verbs of a relative clause that tells the family what a named order, plan or process does.
_SAYS_WHAT_IT_DOES = {"say", "mean", "stop", "let", "allow", "forbid", "ban"}


def _said_what_it_means(span) -> bool:
    """Round 25 (good_test23): a term followed at once by a clause that says what it does for the
    family ("the non-molestation order that says he must stay away", "a child protection plan,
    which means the social worker will visit every week"): the term is explained where it stands.
    A clause about something else ("the core group that met on Monday") is no explanation."""
    doc = span.doc
    end = span.end
    for clause in (c for t in span for c in t.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() not in _SAYS_WHAT_IT_DOES or clause.i - end > 3:
            continue
        between = doc[end:clause.i]
        if all(t.is_punct or t.tag_ in ("WDT", "WP") or t.lower_ == "that" for t in between) and any(
                c.dep_ in ("ccomp", "dobj", "xcomp") for c in clause.children):
            return True
    return False


_OBLIGING = {"must", "mustn't"}
_KEPT = {"keep", "have", "hold", "get", "renew", "extend"}


def _legal_terms_spelt_out(span) -> bool:
    """Round 36 (good statements of sets 24 and 27; the legal group's own advice, "say what the
    police or court told the adult to do or not do"): the term's conditions said at once in the
    same clause: the term is the subject of "say"/"mean" with what it says after ("Lee's bail
    conditions say he must not live at the house"), or the person's status is joined to what they
    must or must not do ("Glen is on bail and must not contact Violet"). A "must" about someone
    else, or in another sentence, is no explanation."""
    root = span.root
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head  # "Lee's police bail conditions say …": the noun the term sits on
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _SAYS_WHAT_IT_DOES and any(
            c.dep_ in ("ccomp", "dobj", "xcomp") for c in head.children):
        return True
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "is on bail": from "bail" up to "is"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "conj" and c.i > span.end - 1 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               and any(g.lower_ in _OBLIGING and g.tag_ == "MD" for g in c.children) for c in verb.children)


def _own_order_kept(ctx: Context, span) -> bool:
    """Round 36 (good goals of sets 27, 29 and 31): a court order the person spoken to already has,
    said to them ("you have kept the non-molestation order in place", "you got a Non-Molestation
    Order"): the name on their own papers, which they know. An order applied for, or said of
    someone else ("Dad has a restraining order"), is still explained."""
    if ctx.kind != "goal" or span.root.lower_ not in ("order", "orders") or span.root.dep_ != "dobj":
        return False
    verb = span.root.head
    if verb.lemma_.lower() not in _KEPT:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "changed the locks and kept the order in place": the subject on the first verb
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ == "you"


def _stepped_up_to_do(span) -> bool:
    """Round 18: "Ash has stepped up to look after his brother", "Nan stepped up to help": someone
    taking on a task, said with "to" and a verb. A case "stepped up to child protection" is the
    process word."""
    if not any(t.lemma_.lower() == "step" for t in span) or not any(t.lower_ == "up" for t in span):
        return False
    doc = span.doc
    to = next((t for t in doc[span.start:min(len(doc), span.end + 1)] if t.lower_ == "to"), None)
    if to is None or to.tag_ != "TO" or to.head.pos_ not in ("VERB", "AUX") or to.head.i <= to.i:
        return False
    return not any(c.dep_ in ("auxpass", "nsubjpass") for t in span for c in t.children)


def _to_marry(span) -> bool:
    """Round 14 (words14b): "got engaged", "became engaged", "is engaged to Dean": promised to marry,
    not taking part in a service."""
    verb = span.root
    if verb.lemma_.lower() not in ("engage", "engaged"):
        return False
    doc = verb.doc
    if verb.i and doc[verb.i - 1].lemma_.lower() in ("get", "become"):
        return True
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return to is not None and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lower_ in (
        "partner", "boyfriend", "girlfriend", "him", "her", "fiance", "fiancé", "fiancee", "fiancée"))
        for g in to.children)


def _gives_a_talk(span) -> bool:
    verb = span.root
    if verb.lemma_.lower() != "present" or verb.pos_ != "VERB":
        return False
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    where = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    return where is not None and (where.lower_ in _AUDIENCES or any(
        c.lower_ in _AUDIENCES and c.dep_ in ("compound", "amod") for c in where.children))


@rule("SOS101", "jargon-term", "warning", source="TACT, Language that cares; NSPCC, Why language matters")
def jargon_term(ctx: Context, rule_: Rule):
    """Flags social-care jargon and stock report phrases a family would not use.

    What it checks
        Terms from the jargon list in rules/jargon.toml, such as "core group",
        "parenting capacity", "non-engagement" or "presenting as", in any inflection;
        "contact", "placement" and "conference" only in their care-system sense, read
        from the sentence ("during contact", not "contact the school"). In a goal, a
        formal role word as the subject ("Mother to…", "Parents will…"). The name of
        someone's job ("the safeguarding lead", "her key worker") is left alone.
        In a goal, a case note's task list ("Mum to engage…"). Going to school in a
        service's words ("access learning", "not accessing his education").
        Round 26: a clinical age written as a fraction beside a name ("Mason (4/12)", "aged
        6/52"), with its plain words ("4 months", "6 weeks").
        Round 31: a count written as shorthand ("x3", "3x a week"), advised as the
        count written ("three times", "three times a week").
        Round 36: weeks written over 52 ("at 6/52") about a baby; in a domestic abuse
        worry, what the person hurt or a child told a worker about the abuse, in any
        verb of telling ("Mum told Jo that Dad had hit her"), advised as "disclosed" is.
        Letters with two meanings (PND, NFA, BF) are advised as the statement's words
        settle them, or both meanings are named. A term explained where it stands
        ("the 9th centile, which means…", "which doctors call faltering growth") is
        left alone.
        Add your own area's terms under [tool.sos-lint.jargon].
    Why it matters
        Statements are read by parents and sometimes by children. Professional words
        leave them out of their own plan and hide what actually happened.
    Example
        The social worker is worried about Mum's parenting capacity since the core group met.
    Better
        The social worker is worried that Mum has not cooked a meal for Ava since March.
    """
    yield from _lexicon_findings(ctx, rule_, "is professional jargon a family may not use")
    yield from _stepped(ctx, rule_)
    yield from _accessed_learning(ctx, rule_)
    yield from _known_to_services(ctx, rule_)
    yield from _young_person(ctx, rule_)
    yield from _growth_faltering(ctx, rule_)
    yield from _by_shape(ctx, rule_)
    # Round 38 (review37s S#4): "isolation" as a school's sanction ("was placed in isolation x3")
    listed = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == rule_.code for t in span}
    for span in words38.school_isolation_spans(ctx):
        if not any(t.i in listed for t in span):
            yield rule_.finding(ctx, span.start_char, span.end_char, with_child_name(
                ctx, f"\"{span.text}\" is a school's word for a punishment, which a family may take badly and "
                "cannot picture. Say where [name] was sent, for how long, and why, for example \"kept in a room "
                "away from the class for a day for being late\"."),
                "[where the child was sent, for how long, and why]")
    # Round 26 (words26): a clinical age written as a fraction ("Mason (4/12)", "aged 6/52")
    for span, plain in words26.age_fraction_spans(ctx):
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" is health-record shorthand for an age, which a family may read as a "
                            f"date or a score. Write \"{plain}\".", plain)
    # Round 36 (review36h H#6): weeks written over 52 ("at 6/52") about a baby or a pregnancy
    aged = {span.start_char for span, _ in words26.age_fraction_spans(ctx)}
    for start, end, plain in words36h.weeks_spans(ctx):
        if start not in aged:
            yield rule_.finding(ctx, start, end,
                                f"\"{ctx.text[start:end]}\" is health-record shorthand for weeks, which a family may "
                                f"read as a date or a score. Write \"{plain}\" (for a baby's age, \"{plain} old\").", plain)
    # Round 36 (review36h H#3): what the person hurt, or a child, told a worker, in any verb of telling
    told = {t.i for span, entry in ctx.matches(LEXICON) if entry.phrase == "disclosure" for t in span}
    for start, end, teller in words36h.disclosure_spans(ctx):
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.i in told for t in span):
            continue
        yield rule_.finding(ctx, start, end,
                            f"\"{span.text}\" repeats what {teller} told someone about the abuse. In domestic abuse "
                            "worries, do not repeat what was told, or who told it: the adult who did it may read this "
                            "statement, and the person who told could be put at risk. Say what the worry is, who is "
                            "worried and what it means for the child.",
                            "[the worry, without who told or their words]")
    # Round 31 (review31a): a count as shorthand ("x3", "3x a week"), advised as the count it is
    for start, end, message, suggestion in count_shorthand.spans(ctx):
        yield rule_.finding(ctx, start, end, message, suggestion)
    listed = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == rule_.code for t in span}
    # Round 30 (words30): a listed "the address", "a male" with words set between ("the family address")
    for span, entry in words30.spread_phrase_spans(ctx):
        if names_a_job(span) or in_document_name(span):
            continue
        advice = with_child_name(ctx, entry.advice_for(ctx.kind))
        plain = f" Try \"{entry.replacement}\"." if entry.replacement else ""
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" is professional jargon a family may not use.{plain} {advice}".rstrip(),
                            entry.replacement or advice)
    # Round 30 (words30): record codes of letters and digits ("HbA1c", "Y8", "s37/41")
    for span, message, suggestion in words30.coded_spans(ctx):
        if not any(t.i in listed for t in span):
            yield rule_.finding(ctx, span.start_char, span.end_char, f"\"{span.text}\" {message}", suggestion)
    # Round 30 (words30): the clinic's time words for a baby ("post-birth", "the unborn")
    for span in words30.clinical_time_spans(ctx):
        if any(t.i in listed for t in span):
            continue
        if any(t.lower_ in ("unborn", "unborns") for t in span):
            # round 41 (review41m M#6): "unborn" is the baby, not a time
            yield rule_.finding(ctx, span.start_char, span.end_char,
                                f"\"{span.text}\" is the clinic's word for the baby before birth, which a family "
                                "may not use. Say \"the baby\", or the baby's name if the family has chosen one.",
                                "[the baby]")
        else:
            yield rule_.finding(ctx, span.start_char, span.end_char,
                                f"\"{span.text}\" is the clinic's word for a time around the birth, which a family "
                                "may not use. Say \"before the baby is born\", \"after the birth\" or \"the baby\".",
                                "[before the baby is born / after the birth / the baby]")
    if ctx.kind == "goal":
        yield from _report_roles(ctx, rule_)
        yield from _note_form_goals(ctx, rule_)


# The kinds of thing a capitalised name of a document or order ends in ("Early Help Assessment").
_TITLED_HEADS = {"assessment", "order", "plan", "programme", "agreement", "statement", "form", "report",
                 "conference"}  # round 40 (r40b): "an Initial Child Protection Conference"
# Round 14 (words14b): a capitalised service name ending in a plain word for a team ("the Early
# Intervention in Psychosis team", "the Youth Offending service"): the family is told this name.
_SERVICE_TAILS = {"team", "service", "unit", "clinic"}


def _titled_name(span) -> bool:
    """"an Early Help Assessment", "his Referral Order", "the Care and Support Plan": a matched
    term inside words that each start with a capital, mid-sentence, ending in the kind of
    document; the family is told this name, and rewording it would lose which one is meant.
    Round 40 (r40b): a hyphen joining two capitalised words stays inside the name ("a
    Non-Molestation Order": the parse splits it into "Non", "-", "Molestation"), and a meeting's
    own name ending in "Conference" is such a name too ("an Initial Child Protection Conference")."""
    doc = span.doc
    start, end = span.start, span.end
    while start > span.sent.start + 1 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in ("and", "of")) \
            and doc[start - 1].is_alpha:
        start -= 1
    while end < len(doc) and doc[end].is_alpha and (doc[end].text[:1].isupper() or (
            doc[end].lower_ in ("in", "for", "and", "of") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
        end += 1
    words = [t for t in doc[start:end] if t.lower_ not in ("and", "of")]
    joined = [t for t in words if t.text == "-"]
    if joined and not all(0 < t.i - start and t.i + 1 < end and doc[t.i - 1].text[:1].isupper()
                          and doc[t.i + 1].text[:1].isupper() and not t.whitespace_ and not doc[t.i - 1].whitespace_
                          for t in joined):
        return False
    if end < len(doc) and doc[end].lower_ in _SERVICE_TAILS and end - start >= 2 and start > span.sent.start:
        named = [t for t in doc[start:end] if t.lower_ not in ("and", "of", "in", "for")]
        if len(named) >= 2 and all(t.text[:1].isupper() and t.is_alpha and not t.text.isupper() for t in named):
            return True  # "the Early Intervention in Psychosis team"
    words = [t for t in words if t.text != "-"]
    if len(words) < 2 or start == span.sent.start or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    if any(t.text.isupper() and len(t.text) > 1 for t in words):
        return False  # "CP Plan": an acronym inside is still an acronym
    return doc[end - 1].lemma_.lower() in _TITLED_HEADS and doc[end - 1].i >= span.end - 1


def _by_shape(ctx: Context, rule_: Rule):
    """Round 12: record shorthand, professional compounds and "the Reporter" (jargon_shapes.py)."""
    listed = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == rule_.code for t in span}
    for start, end, what, plain in jargon_shapes.shorthand_spans(ctx):
        words = ctx.text[start:end]
        advice = f"Try \"{plain}\"." if plain else "Write the words out in full."
        yield rule_.finding(ctx, start, end, f"\"{words}\" {what}, which a family may not know. {advice}",
                            plain or "[the words in full]")
    shapes = (
        (jargon_shapes.compound_spans(ctx),
         "is professional jargon a family may not use. Say who does what, "
         "for example \"Mum, the health visitor and the GP will meet\".", "[who does what]"),
        (jargon_shapes.subject_to_spans(ctx),
         "is a court's words a family may not use. Say what the order or plan "
         "means for the family: who visits, how often, and what must or must not happen.",
         "[what the order means for the family]"),
        (jargon_shapes.displayed_spans(ctx),
         "is a record's word for what a child does. Say what [name] did or said, when, and who saw it, "
         "for example \"Sage bit his brother's arm twice on Sunday\".", "[what the child did]"),
        (jargon_shapes.provision_spans(ctx),
         "is a service's word for a place. Name the place, and say what the child will do there and "
         "when, for example \"Sage will sleep at Oak House two nights a month\".", "[the place, and what the child will do there]"),
        (jargon_shapes.tier_spans(ctx),
         "is a service's rung on a ladder of services, which a family cannot read. Name the "
         "service and what it does, for example \"the healthy-eating group at the leisure centre "
         "on Tuesdays\".", "[the service and what it does]"),
        (words15b.arrangement_process_spans(ctx),
         "is the service's word for a child's home with carers ending or settling. Say what is happening "
         "at home and what the carers have said, for example \"Nan and Grandad have said they cannot keep "
         "Chance living with them if he keeps going missing\".", "[what is happening at home, and what the carers have said]"),
        (jargon_shapes.removal_spans(ctx),  # round 41 (review41m M#6): "her first child was removed"
         "is how a file says a child was taken to live away from the family. Say who decided, when, and "
         "where the child went to live, for example \"a court decided in 2023 that Kit would be adopted\".",
         "[who decided, when, and where the child went to live]"),
        (jargon_shapes.reporter_spans(ctx),
         "is an official families may not know. Say \"the Children's Reporter, "
         "who decides whether a children's hearing is needed\", and what that means for the family.",
         "the Children's Reporter, who decides whether a children's hearing is needed"),
    )
    for spans, problem, suggestion in shapes:
        for span in spans:
            if not any(t.i in listed for t in span):
                yield rule_.finding(ctx, span.start_char, span.end_char, f"\"{span.text}\" {problem}", suggestion)
    # Round 16 (words16b): clinical words and record shorthand (words16b.py)
    for span, kind in words16b.clinical_spans(ctx) + words16b.shorthand_spans(ctx):
        if any(t.i in listed for t in span):
            continue
        problem, suggestion = _WORDS16B_ADVICE[kind]
        yield rule_.finding(ctx, span.start_char, span.end_char, f"\"{span.text}\" {problem}", suggestion)


_WORDS16B_ADVICE = {
    "speech": ("is a clinical way of saying someone talks. Say what they say, to whom and when, for example "
               "\"Iris will ask her teacher for the toilet\".", "talk"),
    "mood": ("is a clinical word a family may not use. Say what the person did or said that others saw, and "
             "when, for example \"Mum was talking very fast and did not sleep for two nights\".",
             "[what the person did or said, and when]"),
    "law": ("is a legal duty stated, not something the family can picture. Say what the person will do or "
            "not do, for example \"Sunny will finish in the shop by 7pm on school nights, and Dad will walk him "
            "home\".",
            "[what the person will do or not do]"),
    "kin": ("is how a file shortens a relative, which a family would not say. Say \"Mum's mum\" or "
            "\"Dad's brother\", or use their name.", "[the relative's name, or Mum's mum / Dad's brother]"),
    "heading": ("is a case-management heading, not something the family can read. Say what will happen next "
                "and who will do it, for example \"a social worker will be named by Friday and will ring Mum\".",
                "[what will happen next, and who will do it]"),
    "input": ("is a service's word for help a family cannot picture. Say who will do what with the child, and "
              "when, for example \"a psychologist from the council will watch Ava in class and talk to her "
              "teacher\".", "[who will do what with the child, and when]"),
}


_GROWING = {"weight", "growth", "gain", "centile", "centiles", "feeding", "length", "height", "development"}


def _growth_faltering(ctx: Context, rule_: Rule):
    """"Hunter's weight is faltering", "his growth has faltered", "faltering weight gain": a health
    visitor's word for a baby not putting on weight, read from what falters. "Her voice faltered"
    and "Dad's faltering English" are everyday words and left alone."""
    listed = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == rule_.code for t in span}
    for word in ctx.tokens:
        if not word.lower_.startswith("falter") or word.i in listed:
            continue
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if word.dep_ == "acomp":
            subjects += [c for c in word.head.children if c.dep_ == "nsubj"]
        growing = [t for t in subjects if t.lemma_.lower() in _GROWING or t.lower_ in _GROWING]
        if word.dep_ == "amod" and (word.head.lemma_.lower() in _GROWING or word.head.lower_ in _GROWING):
            growing.append(word.head)
        after = ctx.doc[word.i + 1] if word.i + 1 < len(ctx.doc) else None
        if word.lower_ == "faltering" and after is not None and after.lower_ in _GROWING:
            growing.append(after)  # "faltering weight gain", however the tagger reads "faltering"
        if not growing:
            continue
        span = ctx.doc[word.i:word.i + 1]
        if quoted(span):
            continue
        advice = with_child_name(ctx, "Say what [name]'s weight has done, for example \"[name] has not put on weight "
                                      "since March\", and what the adults have or have not done about it.")
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" is a health visitor's word a family may not use. {advice}", advice)


_STEPPED_THINGS = {"case", "plan", "family", "child", "children", "it", "them", "us", "intervention", "level",
                   "support", "involvement", "threshold", "work", "kids"}


def _stepped(ctx: Context, rule_: Rule):
    """"stepping the case down to Early Help", "step the plan up", "stepped it down": the service's
    word for moving a family between levels, with the case between the verb and "down" or "up"
    (the word list finds "step down to" itself). "Dad stepped down from the ladder" moves nobody's case."""
    listed = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == rule_.code for t in span}
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "step" or verb.pos_ != "VERB" or verb.i in listed:
            continue
        particle = next((c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "up")), None)
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _STEPPED_THINGS), None)
        if particle is None or thing is None:
            continue
        span = ctx.doc[min(verb.i, thing.i):max(particle.i, verb.i) + 1] if thing.i < verb.i \
            else ctx.doc[verb.i:particle.i + 1]
        if quoted(span):
            continue
        advice = "Say what will change for the family, for example the social worker will stop visiting and [who] will help."
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" is professional jargon a family may not use. {advice}", advice)


# What a school offers, "accessed" in the words of a report: "access learning", "accessing her
# education", "access to the curriculum". A family says "go to school" or "learn in class".
_LEARNING = {"learning", "education", "schooling", "curriculum", "lesson", "lessons", "school", "college",
             "nursery", "class", "classes", "teaching", "provision"}


# What makes "provision" school: "educational provision", "her school provision".
_SCHOOL_WORDS = {"educational", "education", "school", "learning", "nursery", "college", "teaching", "specialist", "send"}


_AGENCIES = {"probation", "police", "service", "services", "care", "yot", "camhs", "team", "agency", "agencies",
             "authority", "court", "courts", "marac", "mash", "prison", "department", "system", "professional",
             "professionals", "sw", "csc", "social"}


def _known_to_services(ctx: Context, rule_: Rule):
    """"Known to Probation", "known to the police", "has been known to social care since 2019":
    a record standing in for what the adult did. "Known to the family", "known to Leo" and "known
    to happen" are left alone."""
    listed = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == rule_.code for t in span}
    for known in ctx.tokens:
        if known.lower_ != "known" or known.i in listed or any(c.dep_ == "neg" for c in known.children):
            continue
        to = next((c for c in known.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        agency = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if agency is None or not (agency.lemma_.lower() in _AGENCIES or agency.lower_ in _AGENCIES):
            continue
        span = ctx.doc[known.i:agency.i + 1]
        if quoted(span):
            continue
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" is a service's shorthand: it says there is a record, not what the "
                            "adult did. Say what they did, when, and what it means for the child.",
                            "[what the adult did, and when]")


def _accessed_learning(ctx: Context, rule_: Rule):
    """"Her ability to access learning", "Sami is not accessing education", "access to school":
    going to school and learning, in a service's word. "Access the back garden" is left alone."""
    listed = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == rule_.code for t in span}
    for word in ctx.tokens:
        if word.lemma_.lower() != "access" or word.i in listed:
            continue
        if word.pos_ == "VERB":
            thing = next((c for c in word.children if c.dep_ in ("dobj", "xcomp") and c.lower_ in _LEARNING), None)
        elif word.pos_ == "NOUN":
            to = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            thing = next((c for c in to.children if c.dep_ == "pobj" and c.lower_ in _LEARNING), None) \
                if to is not None else None
        else:
            continue
        if thing is None or thing.i < word.i:
            continue
        if thing.lower_ == "provision" and not any(c.lower_ in _SCHOOL_WORDS for c in thing.children if c.i < thing.i):
            continue  # round 19: "access an overnight short break provision" is a service, not school
        span = ctx.doc[word.i:thing.i + 1]
        if quoted(span):
            continue
        advice = with_child_name(ctx, "Say what [name] does or misses, for example \"[name] missed 12 school days "
                                      "this term\" or \"[name] will be in class every day\".")
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" is professional jargon a family may not use. Try \"go to school\" "
                            f"or \"learn in class\". {advice}", "go to school")


def _note_form_goals(ctx: Context, rule_: Rule):
    """"Mum to engage with Early Help", "Dad to attend": a goal that opens with a family word and
    "to" is a case note's action list. It speaks about the family, not to them."""
    family = {"mum", "dad", "mummy", "daddy", "nan", "grandad", "gran"}
    for sentence in ctx.sentences:
        words = [t for t in ctx.tokens[sentence.start:sentence.end] if not t.is_punct and not t.is_space]
        if len(words) < 3 or words[0].lower_ not in family or words[1].lower_ != "to" or words[2].pos_ not in ("VERB", "AUX"):
            continue
        first = words[0]
        if quoted_token(first):
            continue
        end = words[1].idx + len(words[1].text)
        # Shown, never written unasked: it turns a note about Mum into words to her.
        fix = Fix(first.idx, end, f"{first.text}, you will", "unsafe",
                  f"\"{first.text} to …\" speaks about the family; \"{first.text}, you will …\" speaks to them.") \
            if ctx.fixes else None
        yield rule_.finding(
            ctx, first.idx, end,
            f"\"{first.text} to …\" is how a case note lists tasks. Speak to the family: "
            f"\"{first.text}, you will…\".", f"{first.text}, you will…", fix=fix)


def _young_person(ctx: Context, rule_: Rule):
    """"Kai is a 14-year-old young person", "a young person who goes missing": the service's word
    for a child the statement names. "The young person" is child focus's (SOS402); young people
    in general ("young people from the estate") and quoted words are left alone."""
    from .analysis import people

    if not any(t.lower_ == "person" for t in ctx.tokens) or not people(ctx).children:
        return  # the word first: most statements never say it, and the people reading is not needed
    for token in ctx.tokens:
        if token.lower_ != "person" or not any(c.lower_ == "young" and c.dep_ == "amod" for c in token.children):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            continue
        young = next(c for c in token.children if c.lower_ == "young")
        span = ctx.doc[young.i:token.i + 1]
        if quoted(span):
            continue
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" is the service's word for the child. Use the child's name.",
                            "[the child's name]")


def _report_roles(ctx: Context, rule_: Rule):
    """"Mother to engage…", "Parents will ensure…": in a goal, a formal role word with no
    article as the subject is the register of a case note. It speaks about the family, not to
    them ("Mum, you will…")."""
    roles = set(settings()["report_role_words"])
    for token in ctx.tokens:
        if token.lower_ not in roles or not token.text[:1].isupper() or quoted_token(token):
            continue
        if any(c.dep_ in ("det", "poss") for c in token.children):
            continue  # "The parents will…" is child focus's (SOS402)
        verb = token.head
        to_do = any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) or \
            (token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ in ("to", "will", "must", "should", "need", "needs"))
        if token.dep_ not in ("nsubj", "nsubjpass", "ROOT", "npadvmod") and not to_do:
            continue
        if not to_do and not any(c.tag_ == "MD" for c in verb.children):
            continue
        yield rule_.finding(
            ctx, token.idx, token.idx + len(token.text),
            f"\"{token.text}\" speaks about the family in the words of a report. Speak to them: "
            f"\"Mum, you will…\" or \"Mum and Dad, you will…\".",
            "Mum, you will…")


@rule("SOS102", "acronym", "warning", source="DOMAIN.md; NSPCC, Why language matters")
def acronym(ctx: Context, rule_: Rule):
    """Flags child-protection acronyms such as CP, CIN, LAC, MASH, DV or YP.

    What it checks
        Known acronyms from rules/jargon.toml, matched exactly as written in capitals.
    Why it matters
        Families do not know what CIN or MASH mean, and an acronym can hide a hard
        word like "domestic abuse" that the family needs to hear plainly.
    Example
        Dad has been subject to a CP plan and the YP is known to CAMHS.
    Better
        Dad looked after Jay on his own when he was a baby and Jay sees a counsellor on Fridays.
    """
    yield from _lexicon_findings(ctx, rule_, "is an acronym a family may not know")


@rule("SOS103", "unknown-acronym", "warning", source="Plain English Campaign, How to write in plain English")
def unknown_acronym(ctx: Context, rule_: Rule):
    """Flags other words in capitals that look like acronyms.

    What it checks
        Runs of two to seven capital letters that are not in the acronym list, are not
        everyday ones like GP or NHS (`allow` under [group.acronym] in rules/jargon.toml),
        and are not spelled out in brackets straight after their long form.
    Why it matters
        Any acronym a parent has to ask about is a word that keeps them out of the plan.
    Example
        Mum told the PFSW that the ECM review was moved.
    Better
        Mum told the health visitor that the meeting with Kai's school was cancelled.
    """
    settings = load_toml(LEXICON)["group"]["acronym"]
    allowed = set(settings["allow"])
    low, high = settings["min_letters"], settings["max_letters"]
    known = {span.text for span, entry in ctx.matches(LEXICON) if entry.code == "SOS102"}
    for sentence in ctx.sentences:
        tokens = ctx.tokens[sentence.start:sentence.end]  # (the sentence's tokens, made once per statement)
        words = [t for t in tokens if t.is_alpha]
        shouting = words and sum(t.is_upper for t in words) > len(words) / 2
        for token in tokens:
            text = token.text
            bare = text[:-1] if text.endswith("s") else text
            if (shouting or text in allowed or bare in allowed or text in known or bare in known
                    or not _ACRONYM_SHAPE.match(text) or not low <= len(bare) <= high):
                continue
            doc = token.doc
            if quoted_token(token):
                continue  # a child's own words ("STOP SHOUTING") stay as written
            if token.i > 0 and doc[token.i - 1].text == "(" and token.i + 1 < len(doc) and doc[token.i + 1].text == ")":
                continue
            if _rank_before_name(token):
                continue  # round 15 (words15b): "DC Amir Khan", "PC Jones": a rank used as a title
            yield rule_.finding(
                ctx, token.idx, token.idx + len(text),
                f"\"{text}\" looks like an acronym a family may not know. Write the words out in full.",
                f"[what {text} stands for, in everyday words]", fix=fix_for(ctx, token.idx, token.idx + len(text)))


def _rank_before_name(token) -> bool:
    """A police or other rank written before a person's name, as "Mr" is: "DC Amir Khan", "DS
    Patel", "PCSO Lee". A title takes no article ("the PFSW Jo" is a job said as letters), and the
    next word is a name in title case, not a heading word ("MASH Referral", "CP Plan")."""
    from .analysis import is_name

    doc = token.doc
    if token.i + 1 >= len(doc) or len(token.text) > 4:
        return False
    if token.text.upper() not in _RANKS:
        return False  # round 41 (review41m M#6): "FOB Jack Doyle" is shorthand for a relation, not a rank
    before = doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and before.lower_ in ("the", "a", "an", "this", "that", "her", "his", "their", "our", "your", "my"):
        return False
    name = doc[token.i + 1]
    if not (name.is_alpha and name.text[:1].isupper() and not name.text.isupper()):
        return False
    heads = set(settings()["name_heads"]) | set(settings()["job_heads"])
    if name.lemma_.lower() in heads or name.lower_ in heads or name.lower_ in _HEADING_WORDS:
        return False
    return is_name(name) or name.pos_ == "PROPN"


# Ranks and titles written as capitals before a name (police, a councillor, a doctor).
_RANKS = {"DC", "DS", "DI", "DCI", "DSI", "DSU", "DCS", "PC", "PCSO", "WPC", "SGT", "INSP", "CI", "SUPT", "ACC",
          "DAC", "CC", "DR", "PROF", "CLLR"}


_HEADING_WORDS = {"referral", "referrals", "review", "meeting", "conference", "plan", "order", "assessment", "report",
                  "strategy", "core", "team", "panel", "hub", "process", "procedures", "threshold", "category",
                  "register", "form", "case", "notification", "check", "checks", "investigation", "medical",
                  "enquiry", "enquiries", "section", "level", "tier", "duty", "protocol", "minutes", "group"}


@rule("SOS104", "bureaucratic-word", "hint", source="Plain English Campaign, A to Z of alternative words")
def bureaucratic_word(ctx: Context, rule_: Rule):
    """Flags formal words that have a shorter everyday swap.

    What it checks
        Words and phrases such as "ascertain", "facilitate", "prior to", "in respect of"
        or "due to the fact that", from the plain-English swap list in rules/jargon.toml.
    Why it matters
        Formal words make a statement slower to read and sound like a report about the
        family rather than words written for them.
    Example
        The social worker will ascertain whether Mum can facilitate contact prior to Friday.
    Better
        The social worker will find out whether Mum can help Leo see his dad before Friday.
    """
    yield from _lexicon_findings(ctx, rule_, "is a formal word")
    # Round 24 (words24b): the letter-writer's "re" for "about", read from the token, not a list
    from .words24b import re_spans
    listed = {t.i for span, entry in ctx.matches(LEXICON) for t in span}  # "re:" has its own entry
    for span in re_spans(ctx):
        if span[0].i not in listed and not quoted(span):
            yield rule_.finding(ctx, span.start_char, span.end_char,
                                f"\"{span.text}\" is a formal word. Try \"about\".", "about")
    listed = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == rule_.code for t in span}
    # Round 30 (words30): officialese frames ("It is expected that", "following" for "after")
    for span in words30.formal_frame_spans(ctx):
        if not any(t.i in listed for t in span) and not legal_status.is_legal_status(span):  # round 38 (P#6)
            plain = "after" if span[0].lower_ == "following" else "[who expects, says or agreed it]"
            message = ("is a formal word. Try \"after\", and say what happened." if plain == "after" else
                       "does not say who is speaking. Say who expects, says or agreed it, for "
                       "example \"The social worker has asked Mum to...\".")
            yield rule_.finding(ctx, span.start_char, span.end_char, f"\"{span.text}\" {message}", plain)
    for span in words15b.sustained_hurt_spans(ctx):  # round 15 (words15b): "sustained a fracture"
        if not any(t.i in listed for t in span):
            yield rule_.finding(ctx, span.start_char, span.end_char,
                                f"\"{span.text}\" is a record's word for getting hurt. Write \"got\" or \"had\", "
                                "and say what the injury looked like and what the adults said happened.", "got",
                                fix=fix_for(ctx, span.start_char, span.end_char))


RULES: tuple[Rule, ...] = (jargon_term, acronym, unknown_acronym, bureaucratic_word)
