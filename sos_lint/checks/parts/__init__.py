"""When each part of a worry statement or goal counts as present (DOMAIN.md, "When a part counts
as present"): the readings the SOS5xx rules, SOS403/SOS404 and the report's components share.

A part is present only when its words would convince a supervisor: a professional's visit is not
an adult's behaviour, "at risk of significant harm" or court is not a future harm to the child,
"Mum will…" is not speaking to the family, attending or complying is not an everyday action,
"every day" is a frequency and not a timescale, and the parents alone are not a network. Word
lists live in rules/parts.toml, rules/child_focus.toml and rules/people.toml.

The readings are split by what they detect: common (shared helpers), actions (what the adults do),
deeds (adults' deeds the parse hides: a doer named after "by", seen doing, harm while away),
not_deeds (an adult's verb that is not a deed: a judgement, a status, a guess), goal_actions (a
goal's verb that is not an everyday action), child (what the child lives through, and will), body
(impact told by the child's body), worry (worry-only parts), context and when_where (a worry's when
or where), goal (goal-only parts and goal faults), network (who helps), others_know (how others
will know), timescale and if_not; unborn_baby (round 37: a baby not yet born, whose impact and
experience are its growth, health and homecoming).
"""
from __future__ import annotations

from ...learn import parts_reader
from ...report import Component
from .. import analysis
from ..base import Context
from .actions import adult_actions
from .child import _child_words_found
from .common import _sentence_of, is_institution, subject_span, subject_text, who_is_worried
from .goal import (_HARMS, _addressed, _network, _others_know, _plan_fails, _timescale_real, absence_spans,
                   frequency_or_duration, service_goals)
from .context import _context_real, a_day_seen, a_home_place_only, a_time_named
from .worry import _future, _who
from . import body, changed, child, goal_actions, pasted, placeholders, stock, unborn_baby
from . import blamed as blamed_mod, incident_when

__all__ = ["absence_spans", "adult_actions", "components", "frequency_or_duration", "is_institution", "is_present",
           "service_goals", "subject_span", "subject_text", "who_is_worried"]


def components(ctx: Context) -> list[Component]:
    """Each part a statement of this kind should have, present or missing, with the words found.
    A part is present only when its words would convince a supervisor (DOMAIN.md)."""
    def compute():
        # Round 33 (review33g, D#2): an unanswered "[question?]" is no part: read the text without them.
        outside = placeholders.without_placeholders(ctx)
        if outside is not None:
            return components(outside)
        # Round 34 (r34e, review34 P#1): a sentence that is the tool's own example wording is no part.
        outside = pasted.without_pasted(ctx)
        if outside is not None:
            return components(outside)

        def first(kind):
            found = analysis.cues(ctx, kind)
            return found[0] if found else None

        acts = adult_actions(ctx)
        acted = " / ".join(dict.fromkeys(f"{a.subject.text} … {a.verb.text}" for a in acts[:3]))
        if ctx.kind == "worry":
            # Round 33 (Q#5): drink or drug use told as a habit ("Dad drinks a lot", SOS301's reading)
            # is no deed someone saw: the parts table reads it as the finding does.
            habits = _habit_verbs(ctx)
            only_habits = bool(acts) and all(a.verb.i in habits for a in acts)
            acts = [a for a in acts if a.verb.i not in habits]
            # Round 41 (r41e, review40c C#11): an act inside words SOS306 flags as blaming a parent
            # ("Mum keeps letting Frank back into the house") is the writer's blame, not the adults' deed.
            blamed_acts = blamed_mod.parent_blame_tokens(ctx)
            if blamed_acts:
                only_blame = bool(acts) and all(a.verb.i in blamed_acts for a in acts)
                acts = [a for a in acts if a.verb.i not in blamed_acts]
                only_habits = only_habits or only_blame
            acted = " / ".join(dict.fromkeys(f"{a.subject.text} … {a.verb.text}" for a in acts[:3]))
            who = _who(ctx)
            context = _context_real(ctx)
            incident = incident_when.incident_when(ctx)  # round 38 (r38e): "DV incident at the family home on 03/05"
            if context is None:
                context = incident
            future = _future(ctx)  # (read once: the baby's impact below leaves this sentence out)
            kids = analysis.child_tokens(ctx)
            readers = (
                lambda: _child_words_found(ctx, "impact", looking_ahead=False),
                lambda: body.treated_for_harm(ctx),  # "Willow needed six stitches"
                lambda: body.body_shown(ctx, kids),  # "brought in drowsy", "lost weight"
                lambda: body.body_hurt(ctx, kids),  # "broke his wrist", "has blisters"
                lambda: body.injury_on_the_body(ctx, kids),  # "bruising to both ears"
                lambda: body.found_somewhere(ctx, kids),  # "found Daria on the balcony"
                lambda: body.a_body_part_hurt(ctx, kids),  # "his hands are cracked"
                # round 34 (r34e, P#7): "Poppy's hair was matted and her clothes were wet"
                lambda: stock.neglect_on_the_child(ctx, kids),
                # round 35 (r35c): "Ivy now sleeps in her coat", "has stopped eating with us"
                lambda: changed.changed_for_the_child(ctx, kids),
                # round 37 (r37a, H#10): "Alcohol in pregnancy can harm how a baby's brain grows"
                lambda: unborn_baby.baby_words(ctx, goal=False, skip=[future.sent] if future is not None else []),
            )
            # Round 38 (r38e, X#2): a sentence SOS306 flags as blaming the child is no impact.
            blamed = blamed_mod.child_blame_sentences(ctx)
            impact = None
            for number, read in enumerate(readers):
                found = read()
                if number == 0 and found is not None and stock.no_child_but_a_service_name(ctx, found):
                    found = None  # round 34 (r34e, P#3): "The child in need plan did not happen."
                if found is not None and found.sent.start in blamed:
                    found = None
                if found is not None:
                    impact = found
                    break

            # A learned second reading weighs the rules' verdict (learn/parts_reader.py): it may take
            # a part away, or make it present only when sure, showing the words that weighed most.
            did, did_words = parts_reader.reading(ctx.doc, "behaviour", bool(acts))
            if did and not acts and (only_habits or not _plain_adult_deed(ctx)):
                did, did_words = False, None  # a guess ("Dad may shake Ezra") or an account is no deed
            when, when_words = parts_reader.reading(ctx.doc, "context", context is not None)
            # Round 28: a day named on what happened to the child or on what a professional saw of
            # the family (context.a_day_seen) weighs as an adult's own when does.
            of_a_deed = _when_of_a_deed(ctx, acts) or context is not None and a_day_seen(ctx) is not None \
                or incident is not None
            if when != (context is not None) and of_a_deed != when:
                # Only a date, time or place of an adult's own act is a when: the reading may not make
                # a service's date one ("a strategy meeting on 4 March"), nor take away the adult's
                # own ("pulls Leah's hair at bedtime").
                when, when_words = not when, None
            if did_words is None:
                did_words = acted if did else ""
            if when_words is None:
                when_words = context.text if when else ""
            # (not vetoed where the future names a harm a family can picture: "hurt in a crash")
            ahead, ahead_words = _second_reading(ctx, "future", future is not None, _sentence_of(future),
                                                 vetoable=future is None or not _harm_pictured(future))
            return [
                # An organisation that is worried is a "who" (SOS502 still asks for the people in it);
                # rules/parts.toml organisation_is_who says which marking convention is read.
                Component("who", "Who is worried", who is not None and (not who[1] or _organisation_is_who()),
                          subject_text(who[0]) if who else ""),
                Component("behaviour", "What the adults did", did, did_words),
                Component("context", "When or where it happens", when, when_words),
                Component("impact", "What it means for the baby" if unborn_baby.not_yet_born(ctx)
                          else "What it means for the child", impact is not None, _sentence_of(impact)),
                Component("future", "What could happen if nothing changes", ahead, ahead_words),
            ]
        # A relative's or friend's help beside a parent's service is the network's, not the parents' action.
        own = [a for a in acts if not goal_actions.by_the_network(ctx, a.subject, a.verb)] \
            if goal_actions.a_parent_only_keeps_to_a_service(ctx) else acts
        own_acted = " / ".join(dict.fromkeys(f"{a.subject.text} … {a.verb.text}" for a in own[:3]))
        addressed = _addressed(ctx)
        network = _network(ctx)
        experience = _child_words_found(ctx, "experience", looking_ahead=True)
        if experience is None:
            experience = child.what_the_child_will_get(ctx, analysis.child_tokens(ctx))  # "a full night's sleep"
        if experience is None:  # round 37 (r37a, H#10): "so your baby can grow well", "a healthy end to your pregnancy"
            experience = unborn_baby.baby_words(ctx, goal=True)
        timescale = _timescale_real(ctx)
        knows, if_not = _others_know(ctx), first("if_not") or _plan_fails(ctx)
        will_do, will_do_words = _second_reading(ctx, "action", bool(own), own_acted)
        return [
            Component("addressed", "Speaks to the family", addressed is not None,
                      addressed.sent.text.strip() if addressed is not None else ""),
            Component("action", "What the adults will do", will_do, will_do_words),
            Component("network", "Who will help", network is not None, network.sent.text.strip() if network else ""),
            Component("others_know", "How others will know", knows is not None, _sentence_of(knows)),
            Component("timescale", "For how long", timescale is not None, timescale.text if timescale else ""),
            Component("experience", "What the baby will have" if unborn_baby.not_yet_born(ctx)
                      else "What the child will experience", experience is not None, _sentence_of(experience)),
            Component("if_not", "What happens if it does not happen", if_not is not None, _sentence_of(if_not)),
        ]
    return ctx.memo("components", compute)


def _organisation_is_who() -> bool:
    from .common import _parts_words

    return bool(_parts_words().get("organisation_is_who", True))


def is_present(ctx: Context, name: str) -> bool:
    return next(c for c in components(ctx) if c.name == name).present


# What the learned reading may not make present on its own (issue 11, section 5: "a professional's
# visit is not an adult's behaviour"; "at risk of" is no future). Its "missing" -> "present" stands
# only where the parse shows what a supervisor would accept.
_GUESSING = {"may", "might", "could", "would", "should", "can", "must"}
_TELLING = {"say", "tell", "explain", "report", "deny", "claim", "state", "disclose", "admit", "allege", "believe",
            "think", "accept", "agree", "describe"}
_WHEN_WORDS = {"at", "in", "on", "during", "after", "before", "when", "whenever", "while", "every", "each", "since",
               "until", "last", "most", "outside", "inside", "near", "through"}


def _plain_adult_deed(ctx: Context) -> bool:
    """An adult (not a professional) as the subject of a verb said as done, not guessed or told:
    "Dad hits Kai", "Mum left the girls". Not "Dad may shake Ezra", not "Dad explained that…"."""
    adults = analysis.adult_tokens(ctx)
    professionals = set(analysis.people_words()["professionals"])
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _TELLING:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i not in adults or subject.lower_ in professionals:
            continue
        if any(c.dep_ == "aux" and c.lower_ in _GUESSING for c in verb.children):
            continue
        if any(a.lemma_.lower() in _TELLING for a in verb.ancestors):
            continue  # "Dad explained that Ivy slipped": inside what someone told
        return True
    return False


def _when_of_a_deed(ctx: Context, acts) -> bool:
    """A date, a time or a place said of an adult's act ("Dad hit Mum in the kitchen on Friday"),
    not of a service's visit, meeting or call."""
    people = analysis.adult_tokens(ctx) | analysis.child_tokens(ctx)
    for act in acts:
        verb = act.verb
        if verb.tag_ == "VBN" and not any(c.lower_ in ("has", "have", "had") for c in verb.children):
            continue  # "Dad was arrested on 12 April and released on bail": done to him, not his act
        for token in verb.subtree:
            if token.ent_type_ in ("DATE", "TIME") and not _a_number_in_figures(token):
                return True
            if token.lower_ not in _WHEN_WORDS or token.head.i != verb.i and not _caused_by(token.head, verb):
                continue
            if token.dep_ == "prep":
                place = next((o for o in token.children if o.dep_ == "pobj"), None)
                if a_home_place_only(token) and not a_time_named(ctx):
                    continue  # round 41 (r41e): "at home" alone is no when or where (context.a_home_place_only)
                if place is not None and place.pos_ in ("NOUN", "PROPN") and place.i not in people:
                    return True  # "in the kitchen", not "at him"
            elif token.dep_ in ("advmod", "mark", "det", "amod", "npadvmod") or token.head.dep_ == "npadvmod":
                return True  # "whenever she cries", "every night"
        for child in verb.children:
            if child.dep_ in ("npadvmod", "advcl") and any(t.lower_ in _WHEN_WORDS for t in child.children):
                return True  # "most nights", "when Kai cries"
    return False


def _caused_by(clause, verb) -> bool:
    """Round 35 (r35c): the clause an adult's act makes happen ("Dad makes Sky sleep in the garage",
    "Mum lets Theo play in the street at night"): a complement with a subject of its own straight
    under the act (the tagger may call its verb a noun). Its time or place is the time or place of
    the adult's act."""
    return clause.head.i == verb.i and clause.i != verb.i and clause.dep_ in ("ccomp", "xcomp") \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _habit_verbs(ctx: Context) -> set:
    """Round 33 (Q#5): the verbs of an adult's drink or drug use told as a habit (habit_labels)."""
    from ..habit_labels import drug_use_spans

    verbs = {t for span in drug_use_spans(ctx) for t in span if t.pos_ in ("VERB", "AUX")}
    # Told with a place or a time ("smokes heroin in the flat most days") it is the behaviour the
    # worry is about, whatever SOS301 says of the words: only the bare habit is taken away.
    # A reason or occasion clause ("Because Mum drinks, Theo gets himself to school") sets the scene
    # for what follows: left to the deed readings, as before.
    return {v.i for v in verbs if v.dep_ != "advcl" and not any(t.ent_type_ in ("DATE", "TIME") for t in v.subtree)
            and not any(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in v.children)}


def _a_number_in_figures(token) -> bool:
    """Round 33 (Q#5): the token belongs to a phone or reference number tagged as a DATE."""
    from .when_where import a_number_not_a_day

    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is not None and a_number_not_a_day(entity)


# A harm anyone could picture ("hurt in a crash", "could drown", "badly burnt"): the learned reading
# may not take such a future away; its veto is for labels of risk ("may be at risk of harm").
_PICTURED = (_HARMS - {"cut", "ill", "sick"}) | {"kill", "crash", "break", "stab", "bleed", "fracture", "dead", "death"}


def _harm_pictured(future) -> bool:
    """Merge guard (round 24): the rules' future sentence names a harm a family can picture, not
    straight after "risk of" ("at risk of being hurt" stays the learned reading's to judge)."""
    sent = future.sent
    for t in sent:
        if t.lemma_.lower() in _PICTURED or t.lower_ in _PICTURED:
            before = {w.lemma_.lower() for w in sent.doc[max(sent.start, t.i - 3):t.i]}
            if "risk" not in before:
                return True
    return False


def _second_reading(ctx: Context, part: str, found: bool, words: str, vetoable: bool = True) -> tuple[bool, str]:
    """(present, words shown) for a worry's future or a goal's action after the learned reading
    (learn/parts_reader.py, round 24): a veto only. The rules' "present" is taken away when the
    reading is sure the part is not there ("there are concerns that Jada may be subjected to harmful
    practices" is no harm a family can picture; "parents to supervise at all times and maintain
    boundaries" is no everyday act); the rules' "missing" always stands, so whatever is shown present
    is shown with the rules' own words. ``vetoable=False``: the rules' present stands unread."""
    if found and not vetoable:
        return True, words
    present, _ = parts_reader.reading(ctx.doc, part, found)
    if present and found:
        return True, words
    return False, ""
