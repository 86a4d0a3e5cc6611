"""What the adults did (worry) or will do (goal): an act someone could see or hear, not a
professional's visit, a label, a service or a promise nobody can check."""
from __future__ import annotations

import re

from .. import analysis
from ..base import Context
from .access import keeps_professionals_out
from .common import _means_professional, _parts_words, addressed_child, cataphoric_child, clauses_above
from . import deeds, goal_actions, not_deeds, stock

def adult_actions(ctx: Context) -> list:
    """What a named adult did (worry) or will do (goal): not the child, not a professional, not a
    missed appointment, not a guess ("it is thought that Mum may be using")."""
    def compute():
        children = analysis.child_tokens(ctx)
        adults = analysis.adult_tokens(ctx)
        words = _parts_words()
        guessed = {span.sent for span in analysis.cues(ctx, "hypothesis")}
        compliance = {t.i for span in analysis.cues(ctx, "compliance") for t in span}
        absence = {t.i for span in analysis.cues(ctx, "absence") for t in span}
        found = []
        professionals = set(analysis.people_words()["professionals"])
        # "Dad is controlling": a label or a judgement read as a verb is not behaviour.
        labelled = {t.i for span, entry in ctx.matches("specificity.toml", per_group=True)
                    if entry.group in ("label", "judgement") for t in span}
        seen = _seen_or_heard(ctx, adults, children) + (
            deeds.seen_doing(ctx, adults, children) if ctx.kind == "worry" else [])
        states = _found_in_a_state(ctx, adults, children) + _able_on_an_occasion(ctx, adults, children) \
            if ctx.kind == "worry" else []
        for action in analysis.actions(ctx) + _passive_acts(ctx, adults) + _unparsed_subjects(ctx, adults) \
                + _one_of_you_or_hosting(ctx, adults) + seen + states + _what_they_said_they_will_do(ctx) \
                + (_there_on_an_occasion(ctx, adults, children) + _child_had_somewhere(ctx, adults, children)
                   + _reported_missing_acts(ctx, adults) if ctx.kind == "goal" else []) \
                + (deeds.left_while_away(ctx, adults, children) + deeds.harmed_while_away(ctx, adults, children)
                   + deeds.lost_subjects(ctx, adults, children) + deeds.agent_on_the_complement(ctx)
                   + deeds.adult_before_the_verb(ctx) + deeds.conjunct_on_a_noun(ctx)
                   + deeds.an_adult_who_did(ctx) if ctx.kind == "worry" else []):
            owner = _possessed(action.subject) if action.subject.head.i in _conjoined_up(action.verb) else None
            if owner is not None:  # "Will's dad, Rob, shouts at Will": the model made the child the subject
                action = analysis.Action(owner, action.verb, action.negated)
            subject, verb = action.subject, action.verb
            if subject.i in children and subject.dep_ == "nsubj":
                spoken_to = _adult_beside_the_name(ctx, subject, adults)
                if spoken_to is not None:  # "Mo, your mum is going to ask you…": "Mo" is who the goal speaks to
                    subject = spoken_to
                    action = analysis.Action(subject, verb, action.negated)
            if _going_to(verb):
                continue  # "Dad is going to cook your tea": the future said by "going to"; "cook" is the act
            if any(c.dep_ == "det" for c in verb.children) or (
                    verb.lower_ in words["appointments"]
                    and verb.lemma_.lower() not in ("check", "visit", "review", "group")):
                continue  # "…to complete the Caring Dads programme": a noun the model read as a verb
            if ctx.kind == "worry" and _told_a_service(verb, professionals):
                continue  # "a neighbour rang the police", "Mum phoned 999": reporting it, not the worrying act
            if ctx.kind == "worry" and _anyone_at_all(subject, verb):
                continue  # "Hope flinches when adults reach for her": whoever does it, the child's reaction
            if cataphoric_child(ctx, subject):
                continue  # "Since she went missing…, Dawn has been self-harming": "she" is the child
            if action.sentence in guessed or _means_professional(ctx, subject, professionals) \
                    or verb.i in labelled:
                continue  # "The social worker is worried because she visited…": her visit is not the family's
            if subject.i in children and not (ctx.kind == "goal" and action.sentence.text.lower().startswith(
                    ("for this to happen", "to make this happen", "for that to happen"))):
                continue
            if _one_child_after_a_plural(ctx, subject, children):
                continue  # "Parents need to provide a home in which he can thrive": "he" is Nathan, not the parents
            if (analysis.pronoun_is_child(ctx, subject) or ctx.kind == "worry" and _opens_on_the_child(
                    ctx, subject, children)) and not (ctx.kind == "worry" and deeds.not_the_child(
                    ctx, subject, verb)) or (subject.lower_ == "you" and addressed_child(ctx)
                                                           and not _an_adult_spoken_to_here(ctx, subject)):
                continue  # "Ellie, you will tell Mum…": the young person's own step, not an adult's
            objects = [c for c in verb.children if c.dep_ == "dobj"] + [
                g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(t.lower_ in words["appointments"] for t in objects if t.head.lower_ not in _OCCASION_PREPS
                   and not _an_occasion_before_the_subject(t, verb, words)) \
                    and not (ctx.kind == "worry" and (deeds.taken_to_it(ctx, verb) or _how_they_came(verb, words)
                                                      or stock.child_not_taken_for_care(ctx, verb))):
                continue  # "took him to meetings at a flat on Saturday nights" is the adult's act
            if any(t.i in compliance for o in objects for t in o.subtree):
                continue  # "provide negative hair strand tests": the object is a service's check
            if verb.lemma_.lower() == "meet" and any(t.lemma_.lower() == "need" for t in verb.subtree):
                continue  # "meet his needs" is a promise, not something anyone can see
            if verb.lemma_.lower() == "keep" and any(  # (round 31: said after "keep", not in a clause before it)
                    t.lemma_.lower() in ("safe", "well", "healthy") and t.i > verb.i for t in verb.subtree):
                continue  # "keep Kai safe" is a wish, not something anyone can see
            if keeps_professionals_out(ctx, verb, professionals):
                continue  # "has not let anyone see Hope", "would not open the door to her": not engaging
            if verb.lemma_.lower() == "let" and any(
                    t.lower_ in professionals or t.lower_ == "worker" or _means_professional(ctx, t, professionals)
                    for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp") for t in c.subtree):
                continue  # "let the family support worker in" ("let her in") is compliance
            if verb.lemma_.lower() == "take" and any(
                    t.lemma_.lower() in words["treatment"] for c in verb.children if c.dep_ == "dobj"
                    for t in c.subtree) and not any(c.dep_ in ("dative", "prep") for c in verb.children
                                                    if any(t.i in children for t in c.subtree)) \
                    and not deeds.an_overdose(verb):
                continue  # "take her medication as prescribed" is following treatment, not care
            if verb.lemma_.lower() in words["label_verbs"] and not any(
                    c.dep_ == "dobj" and not analysis.is_person(c) and c.i not in children for c in verb.children):
                continue  # "Dad is controlling", "Dad abuses Mum": a label, not what he did ("controls her bank card" is)
            if verb.lemma_.lower() in ("miss",) or (ctx.kind == "goal" and (_purpose_or_musing(verb)
                                                                            or _only_the_occasion(verb)
                                                                            or _on_the_days_when(verb)
                                                                            or _what_is_written_of(verb))):
                continue  # round 30: "write in the diary what they did to settle him": what is recorded
            if _if_clause(verb):
                continue  # "If Mum continues to drink, …", "…will notice if Dad smells of drink": a case, not an act
            if ctx.kind == "worry" and (verb.lemma_.lower() in words["not_behaviour"]
                                        and not deeds.an_order_to_the_child(ctx, verb) or _bare_routine(verb, subject)
                                        or (verb.dep_ in ("xcomp", "ccomp", "dobj") and verb.head.i != verb.i
                                            and verb.head.lemma_.lower() in words["not_behaviour"]
                                            and not _the_child_told(ctx, verb.head, children)
                                            and action not in seen and not _harm_told(ctx, verb, words, children))):
                continue  # "came to collect Olly", "saying she fell over", "Dad disputes this"
            if ctx.kind == "worry" and (_when_it_could_happen(verb) or _what_they_need_to_do(verb)
                                        or _a_habit_named(verb, words) or _what_they_were_told_to_do(verb)
                                        or _only_the_manner(verb)):
                continue  # "Aryan could be hurt when the adults fight", "the parents need to make improvements"
            if ctx.kind == "goal" and (_only_the_manner(verb) or _said_they_will(verb)):
                continue  # "make positive changes to the way you talk", "Pearl has said she will help"
            if not_deeds.a_judgement_verb(verb) or not_deeds.lacks_insight(verb):
                continue  # "poses a risk", "lost control of her", "cannot see how her choices affect Rowan"
            if ctx.kind == "worry" and action not in seen and (
                    not_deeds.guessed_in_a_clause(verb) or not_deeds.perceived_only(ctx, verb)
                    or not_deeds.a_harm_not_done(verb, set(words["harm_verbs"]))
                    or _a_denial(ctx, verb, words, children)):
                continue  # round 36 (r36a, W#6, C#1): "We think Dad is hitting her", "Mrs Ahmed smelt alcohol
                # on Will's breath", "Mum did not leave Hazel alone with Mark", "Dad says he … has never hurt anyone"
            if ctx.kind == "worry" and (not_deeds.not_a_worry_deed(verb) or not_deeds.a_death_or_a_view(verb)
                                        or not_deeds.an_intent_or_a_failing(ctx, verb, children)
                                        or not_deeds.only_possible(verb) or not_deeds.a_guess(verb)
                                        or deeds.a_possession(verb)):
                continue  # "resides at the address", "disciplined in an inappropriate manner", "not responded to letters"
            if ctx.kind == "goal" and (goal_actions.graded_by_a_standard(verb, children) or goal_actions.keeps_to_a_service(verb)
                                       or goal_actions.after_stopping(verb) or goal_actions.starts_a_clause(verb)
                                       or goal_actions.about_a_topic(verb)):
                continue  # "adequately provide for", "accept the medical opinion", "stop seeking", "keep clean from"
            if ctx.kind == "goal" and (goal_actions.under_a_refusal(verb) or goal_actions.only_when(verb)
                                       or goal_actions.tells_a_service(verb, professionals)):
                continue  # "will not force the children to wash", "until she turns 18": not the adults' act
            if ctx.kind == "goal" and goal_actions.wrapped_not_everyday(verb, set(words["not_everyday"])):
                continue  # round 40 (r40e): "keep engaging with", "offered to support", "to achieve this"
            if ctx.kind == "goal" and goal_actions.keeps_to_a_rule(verb):
                continue  # "abide by his licence conditions", "act protectively", "act as a safety person"
            if ctx.kind == "goal" and (stock.says_nothing_done(verb) or stock.the_shared_aim(ctx, verb, children)
                                       or stock.sees_a_state(ctx, verb)):
                continue  # round 34 (r34e, P#3): "Mr Novak will see it."; "Mum, you and Poppy need to live in…"
            if ctx.kind == "goal" and _vague_goal_act(verb, objects, words):
                continue  # "set firm boundaries", "Grandma will help", "demonstrate that he can regulate…"
            if ctx.kind == "goal" and (_only_a_visit(verb) or _only_a_wish(verb)):
                continue  # "Grandad will pop round on Sundays", "you deserve to be safe": no care done
            if ctx.kind == "goal" and (_occasion_by_pronoun(verb) or _helps_the_parent(ctx, verb, subject)
                                       or _a_check_or_report(verb, professionals)
                                       and not _calls_the_police_to_keep_out(ctx, verb)
                                       and not _reports_the_child_missing(ctx, verb)):
                continue  # "…when she visits", "Auntie Val will come with you", "will tell the social worker"
            if ctx.kind == "goal" and _answers_a_professional(ctx, verb, professionals):
                continue  # "answer your phone when the social worker rings": keeping in touch, compliance
            if ctx.kind == "goal" and _a_service_done_to_the_child(verb, words):
                continue  # "get Hope weighed at the clinic", "have Kai's eyes tested": a service, not care
            if ctx.kind == "goal":
                inherited = verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children) \
                    and any(c.dep_ == "neg" for c in verb.head.children)  # "will not drink or use drugs"
                if action.negated or inherited or verb.i in compliance or verb.i in absence:
                    continue
                if verb.lemma_.lower() in words["not_everyday"] and not _made_sure_by_the_clock(verb) \
                        and not _makes_a_meal(verb, words) and not _stays_with_the_child(ctx, verb, children):
                    continue
            found.append(action)
        if ctx.kind == "goal" and not found:
            found.extend(_what_needs_to_happen(ctx, children))
        return found
    return ctx.memo("adult_actions", compute)


def _a_denial(ctx: Context, verb, words: dict, children: set) -> bool:
    """Round 36 (r36a, C#1): a verb joined by "and" to one a parent says, denies or disputes is said
    too: in a denial ("Dad says he did not push Mum and has never hurt anyone") it is no deed, unless
    the child told it."""
    clause = not_deeds.clause_root(verb)
    if clause.i == verb.i or clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
        return False
    saying = clause.head
    if saying.lemma_.lower() not in words["not_behaviour"] or _the_child_told(ctx, saying, children) \
            or _harm_told(ctx, verb, words, children):
        return False
    # only a denial: "not" or "never" in what is said, or a verb of denying ("Mum said Dad gets stressed
    # and shouts at night" is an account of the deed, and stays)
    said = [t for t in clause.subtree]
    return saying.lemma_.lower() in ("deny", "dispute") or any(
        t.dep_ == "neg" or t.lower_ == "never" for t in said)


# Prepositions that make a meeting or visit the occasion of an act, not its object ("passed notes to
# Kacper during the open visits").
_OCCASION_PREPS = {"during", "before", "after", "throughout", "between"}
# Round 31: verbs that are the coming, going or taking part itself ("At the review Mum did not
# turn up"): with these an appointment stays what the verb is about, wherever it is said.
_ATTENDING = {"attend", "come", "go", "arrive", "turn", "show", "be", "engage", "miss", "leave", "take", "bring",
              "make", "keep", "cancel", "rearrange", "book", "get"}


def _an_occasion_before_the_subject(noun, verb, words: dict) -> bool:
    """Round 31: "At the last three sessions at the contact centre Mum has whispered to Willow…", "In
    supervised contact Dad pinched Ava's arm": an appointment in an "at"/"in" phrase put before the
    subject sets the scene of the act, as "during" does; it is not what the adult did. "Mum did not
    come to the review", "At the review Mum did not turn up" (coming itself) and "Mum missed
    contact" (no phrase before the subject) stay as they were."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "in") or prep.head.i != verb.i:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or prep.i > subjects[0].left_edge.i:
        return False
    lemma = verb.lemma_.lower()
    return lemma not in _ATTENDING and lemma not in words["routine_acts"]


def _how_they_came(verb, words: dict) -> bool:
    """"Dad came to an appointment with Chase smelling strongly of alcohol and shouting at the staff":
    how the adult came to the service is what they did there, not the appointment kept or missed."""
    def hangs_on_the_verb(t) -> bool:  # "on 8 May smelling…": the model can hang it on the date
        node = t
        while node.head.i != node.i and node.head.i != verb.i:
            if node.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "acl", "appos"):
                return False
            node = node.head
        return node.head.i == verb.i

    return any(t.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and t.tag_ == "VBG" and t.i > verb.i
               and t.lemma_.lower() not in words["not_behaviour"] and t.lemma_.lower() not in words["routine_acts"]
               and any(g.dep_ in ("prep", "dobj", "advmod", "conj") for g in t.children) and hangs_on_the_verb(t)
               for t in verb.subtree)


def _stays_with_the_child(ctx: Context, verb, children: set) -> bool:
    """"stay with Noor whenever Mr Grant visits", "stay in the room with Kai": an adult staying with
    the child is being there, an act anyone could see ("stay sober", "stay away from Lee" are not)."""
    if verb.lemma_.lower() not in ("stay", "remain"):
        return False
    near = [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]  # "stay in the room with Kai"
    return any(p.lower_ in ("with", "beside") and any(
        g.dep_ == "pobj" and (g.i in children or analysis.pronoun_is_child(ctx, g)) for g in p.children)
        for p in near)


def _a_service_done_to_the_child(verb, words: dict) -> bool:
    """"get Hope weighed at the clinic", "have Kai's eyes tested", "get him seen by the GP": having a
    service done to the child is keeping to the plan (compliance), not everyday care ("get Hope
    dressed" is care)."""
    if verb.lemma_.lower() not in ("get", "have"):
        return False
    done = set(words["services_done"])
    # The model may tag the participle as a past tense ("get Hope weighed").
    # "get Kit seen by the dentist": the model may hang the participle on the child.
    participles = [c for c in [*verb.children, *(g for c in verb.children if c.dep_ in ("dobj", "acomp", "nsubj")
                                                 for g in c.children)]
                   if c.dep_ in ("ccomp", "xcomp", "oprd", "conj", "acl") and c.tag_ in ("VBN", "VBD")
                   and c.lemma_.lower() in done]
    # Round 26: "get the gas heater checked", "have the boiler serviced": a job on a thing in the home
    # is the parent's own doing; the service is done to a person ("Hope", "him", "Kai's eyes").
    return any(not _done_to_a_thing(verb, p) for p in participles)


def _done_to_a_thing(verb, participle) -> bool:
    """The one a participle is done to ("get the heater checked": the heater) is a thing: a noun
    that is no person, with no person's possessive ("Kai's eyes" is the child's)."""
    done_to = participle.head if participle.head.i != verb.i else next(
        (c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if done_to is None or done_to.i == verb.i:
        done_to = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if done_to is None or done_to.pos_ != "NOUN":
        return False
    return not analysis.is_person(done_to) and not any(c.dep_ == "poss" for c in done_to.children)


def _the_child_told(ctx: Context, saying, children: set) -> bool:
    """"Harvey says Craig grabbed him by the throat": what a child tells of an adult is the
    adult's behaviour, unlike an adult's own account ("Mum says he fell")."""
    # "Amy (7) says…" can leave the name as an adverbial before the verb; "Rose came into school
    # with a cut lip and said that Dad threw…": the teller is the subject of the verb "said" is joined to.
    node = saying
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.dep_ == "conj" \
            and node.head.i != node.i:
        node = node.head
    return any((c.dep_ == "nsubj" or c.dep_ == "npadvmod" and c.i < node.i)
               and (c.i in children or analysis.pronoun_is_child(ctx, c)) for c in node.children)


def _harm_told(ctx: Context, verb, words: dict, children: set) -> bool:
    """"Dad has said he hit Ethan with his belt", "Mum says Lee slapped Kai": harm done to the child,
    told by anyone, is the adults' act; an account that the child got hurt ("says he fell") is not."""
    return verb.lemma_.lower() in words["harm_verbs"] and any(
        c.dep_ in ("dobj", "npadvmod") and (c.i in children or analysis.pronoun_is_child(ctx, c))
        for c in verb.children)


def _when_it_could_happen(verb) -> bool:
    """"Aryan could be hurt when the adults fight": the adults' act is the occasion of a harm that
    may come, said of no day or time; it shows nothing they did."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever") or
                                       c.dep_ == "mark" and c.lower_ in ("when", "whenever") for c in verb.children):
        return False
    node = verb.head
    while node.dep_ == "conj" and node.head.i != node.i and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                   for c in node.children):
        node = node.head  # "could be caught up and hurt when…"
    return any(c.tag_ == "MD" and c.lower_ in ("could", "may", "might") for c in node.children)


def _what_they_need_to_do(verb) -> bool:
    """"The parents need to make improvements", "Parents require support to improve routines",
    "Dad must stop drinking": a demand of the adults, not what they did."""
    head = verb.head
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for node in (verb, *clauses_above(verb))
           for c in node.children):
        return True  # "Dad must stop drinking"
    return verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in ("need", "require") \
        and head.tag_ in ("VBP", "VBZ")


_DIRECTING = {"advise", "ask", "tell", "encourage", "request", "instruct", "direct", "urge", "remind", "warn",
              "expect", "require", "invite", "offer", "signpost", "refer", "support", "help", "recommend"}


def _what_they_were_told_to_do(verb) -> bool:
    """"Mother was advised to address the home conditions", "Dad has been asked to leave the
    house", "Mum was offered a place on a course": what a professional told or offered an adult is
    the service's act, not the adult's behaviour. A finite verb joined on by "and" or "but" is what
    the adult did next ("was told about Ali's allergy on 2 March but still gave him peanut butter")."""
    if verb.dep_ == "conj" and (verb.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ == "aux" and c.lemma_.lower() == "do" for c in verb.children)):
        return False
    for node in (verb, *clauses_above(verb, depth=2)):
        if node.i != verb.i and node.lemma_.lower() in _DIRECTING and any(
                c.dep_ == "auxpass" for c in node.children):
            return True
    return False


# Verbs that say only that an adult deals with the child somehow: "the way Dad speaks to Dean",
# "how Mum treats Ava" names no act anyone could picture ("shouts at him", "calls her stupid" do).
_MANNER_ONLY = {"speak", "talk", "treat", "behave", "act", "deal", "handle", "respond", "interact", "relate",
                "communicate", "parent", "manage", "react", "engage", "care", "look", "address"}


_CHANGING = {"change", "improve", "alter", "adapt", "adjust", "think", "reflect", "consider", "look", "work"}


def _only_the_manner(verb) -> bool:
    """"worried about the way Dad speaks to Dean", "how Mum treats Ava": a manner with no act."""
    if verb.lemma_.lower() not in _MANNER_ONLY | _CHANGING:
        return False
    if verb.lemma_.lower() in _CHANGING and (
            # "change how you treat Ollie", "improve the way you talk to Jade": the manner is the object.
            any(_only_the_manner(c) for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp")) or any(
            _only_the_manner(r) for c in verb.children if c.dep_ in ("dobj", "prep")
            for g in (c, *c.children) for r in g.children if r.dep_ == "relcl")):
        return True
    if verb.lemma_.lower() not in _MANNER_ONLY:
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in ("way", "manner"):
        return True
    return any(c.lower_ == "how" and c.dep_ in ("advmod", "mark") for c in verb.children)


def _told_a_service(verb, professionals: set) -> bool:
    """"A neighbour rang the police at 2am", "Nan phoned 999", "Mum called the social worker": word
    sent to a service is how it came to light, not the adults' worrying behaviour."""
    if verb.lemma_.lower() not in ("ring", "call", "phone", "contact", "text", "email", "report", "alert", "tell"):
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in professionals or t.lemma_.lower() in professionals or t.text in ("999", "101", "111")
               for c in told for t in c.subtree if t.dep_ in ("compound", "dobj", "dative", "pobj") or t.i == c.i)


def _reported_missing_acts(ctx: Context, adults: set) -> list:
    """Round 37 (r37a): "Mum will report Kai missing to the police if he is not home by 10pm": in a
    goal, "report" (a telling verb, which analysis.actions leaves out as the worry's "Mum reported…")
    with a child reported missing is a parent's act; _reports_the_child_missing judges it."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "report" or verb.pos_ != "VERB" or not any(t.lower_ == "missing" for t in verb.subtree):
            continue
        subjects = [s for s in analysis._subjects(verb) if s.i in adults or analysis.is_person(s)]
        if subjects:
            found.append(analysis.Action(subjects[0], verb, any(c.dep_ == "neg" for c in verb.children)))
    return found


def _what_they_said_they_will_do(ctx: Context) -> list:
    """"Uncle Dev has said he will talk to R about his gaming": the act promised, done by the one who
    said it (the model may take "he" for the child named just before). Judged like any other act:
    "Pearl has said she will help" is bare help and is left out."""
    found = []
    for verb in ctx.tokens:
        if ctx.kind != "goal" or not _said_they_will(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        for said in (c for c in verb.children if c.dep_ == "ccomp"):
            if subjects and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they", "i", "we") for c in said.children):
                found.append(analysis.Action(subjects[0], said, any(c.dep_ == "neg" for c in said.children)))
    return found


def _said_they_will(verb) -> bool:
    """"Pearl and Abdul have said they will help": saying one will do something is a promise; the
    act, if any, is the one said ("they will help" is judged on its own)."""
    return verb.lemma_.lower() in ("say", "promise", "agree", "state") and any(
        c.dep_ == "ccomp" and any(a.tag_ == "MD" for a in c.children) for c in verb.children)


def _a_habit_named(verb, words: dict) -> bool:
    """"Dad uses cannabis heavily", "Mum misuses alcohol": a substance used, with nothing said of
    when, where or with whom, is the label "substance use" said as a verb, not what anyone saw.
    "Dad smokes cannabis in the living room while Ruby plays" is behaviour."""
    if verb.lemma_.lower() not in ("use", "misuse", "abuse"):
        return False
    substances = set(words["substances"])
    used = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(t.lemma_.lower() in substances or t.lower_ in substances for c in used for t in c.subtree):
        return False
    return not any(c.dep_ in ("prep", "advcl", "npadvmod", "dative") for c in verb.children)


_PERCEIVING = {"see", "hear", "watch", "witness", "catch", "overhear", "find", "film"}


def _seen_or_heard(ctx: Context, adults: set, children: set) -> list:
    """"neighbours have seen Mum's partner, Lee, grab Autumn", "a neighbour heard Chase shouting",
    "Nan found Dad asleep…": what someone saw or heard an adult do is that adult's act, whoever
    saw it. The one seen must be an adult (a named adult, a family role or an adult noun), not the
    child and not a professional."""
    professionals = set(analysis.people_words()["professionals"])
    adult_nouns = set(analysis.people_words()["adult_nouns"])

    def an_adult(t) -> bool:
        t = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), t)
        if t.i in children or analysis.pronoun_is_child(ctx, t) or t.lower_ in professionals \
                or t.lemma_.lower() in professionals:
            return False
        return t.i in adults or t.lemma_.lower() in adult_nouns or analysis.is_person(t)

    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _PERCEIVING or verb.pos_ != "VERB":
            continue
        seen = [c for c in verb.children if c.dep_ == "dobj"]
        for act in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
            doers = [c for c in act.children if c.dep_ == "nsubj"] or seen
            if not doers or not an_adult(doers[0]):
                continue
            for each in (act, *(c for c in act.children if c.dep_ == "conj")):
                found.append(analysis.Action(doers[0], each, any(c.dep_ == "neg" for c in each.children)))
    return found


def _conjoined_up(verb) -> set:
    """The verb and the verbs it is joined to by "and" ("shouts at Will and calls him stupid")."""
    found = {verb.i}
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        found.add(verb.i)
    return found


def _found_in_a_state(ctx: Context, adults: set, children: set) -> list:
    """"Mum is still asleep when Paige leaves for school", "Dad was drunk at the school gate on
    Friday": how an adult was, on an occasion someone could see, is the adults' behaviour (a
    parent not up, or not sober, when the child needs them). Said with no occasion ("Dad is often
    drunk") it is closer to a label and is left out."""
    states = set(_parts_words()["seen_states"])
    professionals = set(analysis.people_words()["professionals"])
    found = []
    for be in ctx.tokens:
        if be.lemma_.lower() != "be" or be.dep_ in ("aux", "auxpass") or any(c.dep_ == "neg" for c in be.children):
            continue
        subjects = [c for c in be.children if c.dep_ == "nsubj"]
        state = next((c for c in be.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in states), None)
        if not subjects or state is None or subjects[0].i in children or subjects[0].lower_ in professionals \
                or not (subjects[0].i in adults or analysis.is_person(subjects[0])):
            continue
        occasion = any(c.dep_ == "advcl" or c.dep_ == "prep" and c.lower_ in ("at", "in", "on", "during")
                       or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in be.children)
        if occasion:
            found.append(analysis.Action(subjects[0], state, False))
    return found


def _able_on_an_occasion(ctx: Context, adults: set, children: set) -> list:
    """"Mum has not been able to get out of bed before eleven", "Dad was unable to stand up at the
    school gate on Friday": what an adult could not do, at a time or place anyone could see, is what
    the child met that day. With no occasion ("Mum is unable to manage") it says nothing seen."""
    professionals = set(analysis.people_words()["professionals"])
    found = []
    for able in ctx.tokens:
        if able.lower_ not in ("able", "unable") or able.head.lemma_.lower() != "be" or able.dep_ != "acomp":
            continue
        be = able.head
        subjects = [c for c in be.children if c.dep_ == "nsubj"]
        doing = [c for c in able.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not subjects or not doing or subjects[0].i in children or analysis.pronoun_is_child(ctx, subjects[0]) \
                or subjects[0].lower_ in professionals or not (subjects[0].i in adults or analysis.is_person(subjects[0])):
            continue
        occasion = any(c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.like_num or g.ent_type_ in ("DATE", "TIME"))
                                                for g in c.children)
                       or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in doing[0].children)
        if occasion:
            negated = able.lower_ == "unable" or any(c.dep_ == "neg" for c in be.children)
            found.append(analysis.Action(subjects[0], doing[0], negated))
    return found


def _possessed(subject):
    """"Will's dad, Rob, shouts…" read with "Will" as the subject and "dad" hung on it: the one
    the possessive names, or None when the subject is not a possessor read as a subject."""
    case = next((c for c in subject.children if c.dep_ == "case"), None)
    if case is None:
        return None
    owned = next((c for c in subject.children if c.i > case.i and c.pos_ in ("NOUN", "PROPN")
                  and c.dep_ in ("nsubj", "appos", "compound", "npadvmod", "attr")), None)
    if owned is None:
        return None
    return next((c for c in owned.children if c.dep_ == "appos" and c.pos_ == "PROPN"), owned)


_CLOCK = re.compile(r"^(?:by|at|before)\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|o'clock)?|half past \w+|"
                    r"quarter (?:past|to) \w+|\w+ o'clock)$", re.I)


_CHECKABLE_TIMES = {"school", "nursery", "bed", "bedtime", "night", "weekend", "weekends", "morning", "evening",
                    "teatime", "lunchtime", "breakfast", "tea",
                    # round 29: "make sure Ama has her insulin before every meal", "after each feed"
                    "meal", "meals", "mealtime", "mealtimes", "feed", "feeds", "dinner", "lunch"}
_STATES = {"safe", "happy", "well", "ok", "okay", "fine", "protected", "settled", "calm", "looked"}


def _made_sure_by_the_clock(verb) -> bool:
    """"Make sure Harvey is at nursery by 9am", "ensure the children are in bed by 7.30", "make
    sure Paige has a coat and breakfast before school", "make sure he is turned every four hours at
    night": a promise tied to a time anyone can check is an everyday action, unlike "make sure Kai
    is safe" (at any time)."""
    if not (verb.lemma_.lower() == "ensure" or (verb.lemma_.lower() == "make" and any(
            c.lower_ == "sure" for c in verb.children))):
        return False
    if any(t.lower_ in _STATES and t.dep_ in ("acomp", "oprd") for t in verb.subtree):
        return False
    for prep in verb.subtree:
        if prep.lower_ in ("by", "at", "before", "after") and prep.dep_ in ("prep", "agent"):
            # "by 9am", also when more follows ("by 9am every morning") or the model read "by" as a passive's agent
            if any(_CLOCK.match(verb.doc[prep.i: end].text) for end in range(prep.i + 2, min(prep.right_edge.i + 2,
                                                                                              prep.i + 5))):
                return True
            if any(c.dep_ == "pobj" and c.lower_ in _CHECKABLE_TIMES for c in prep.children):
                return True  # "before school", "at night", "at weekends"
        if prep.lower_ in ("every", "each") and any(a.lower_ in ("hours", "hour", "minutes") for a in [prep.head]):
            return True  # "every four hours"
    return _made_sure_every_day(verb)
    for prep in verb.subtree:
        if prep.lower_ in ("by", "at", "before") and prep.dep_ == "prep":
            if _CLOCK.match(verb.doc[prep.i: prep.right_edge.i + 1].text):
                return True
    return False


# Everyday times a promise can be checked at: "every day", "every evening", "twice a week", "daily".
_EVERYDAY_UNITS = {"day", "morning", "evening", "night", "weekend", "week", "bedtime", "teatime", "mealtime", "meal",
                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "school"}
_EVERYDAY_ADVERBS = {"daily", "nightly", "weekly"}
# What is made sure of that only grades the care or keeps to a service: "needs are met", "is supervised".
_GRADED_OUTCOMES = {"meet", "supervise", "prioritise", "prioritize", "protect", "safeguard", "look", "care"}


def _made_sure_every_day(verb) -> bool:
    """"make sure Ruby has her EpiPen with her every single day", "ensure Sonny eats with the family
    every evening", "make sure the bedroom door is never locked", "ensure Kai has his pen with him
    whenever he goes out": what is made sure of is a thing done or a state anyone could check, on
    every day or occasion named. Not "make sure Kai is safe at all times", "ensure the children are
    supervised", "never left unsupervised", "eats healthily every day", "ensure their needs are met
    every day", "ensure she engages with services every week", "goes to school every day" (a grade,
    a service or attendance, however often)."""
    from .common import _word_set

    if not (verb.lemma_.lower() == "ensure" or (verb.lemma_.lower() == "make" and any(
            c.lower_ == "sure" for c in verb.children))):
        return False
    made = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl", "oprd") and c.pos_ in ("VERB", "AUX")
            or c.dep_ == "dobj"]  # "ensure Sonny showers daily": the model may read the verb as a noun
    made += [g for c in verb.children if c.lower_ == "sure" for g in c.children if g.dep_ in ("ccomp", "xcomp")]
    if not made:
        return False
    service = _word_set("not_everyday") | _word_set("goal_compliance") | _GRADED_OUTCOMES
    words = [t for m in made for t in m.subtree] + [c for c in verb.children if c.dep_ in ("advmod", "npadvmod")]
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in service for t in words):
        return False
    if any(t.lower_ in _STATES and t.dep_ in ("acomp", "oprd", "advmod") for t in words):
        return False
    if any(t.lower_.startswith("unsupervis") or t.dep_ == "advmod" and t.lower_.endswith("ly")
           and t.lower_ not in _EVERYDAY_ADVERBS for t in words):
        return False  # "never left unsupervised", "eats healthily every day": a grade of the care, not a thing done
    if any(t.dep_ == "pobj" and t.lower_ in ("school", "nursery", "college") and t.head.lower_ in ("to", "at")
           for t in words):
        return False  # "make sure Sage goes to school every day": attendance, kept to like a service
    for t in words:
        if t.lower_ in ("every", "each") and t.head.lemma_.lower() in _EVERYDAY_UNITS:
            return True  # "every single day", "each evening"
        if t.lower_ in _EVERYDAY_ADVERBS and t.dep_ in ("advmod", "amod", "npadvmod"):
            return True  # "showers daily"
        if t.lemma_.lower() in ("week", "day") and any(c.lower_ == "a" for c in t.children) and any(
                g.lower_ in ("once", "twice") or g.like_num for g in t.subtree if g.i < t.i):
            return True  # "twice a week", "three times a day"
        if t.lower_ in ("whenever", "never") and t.dep_ in ("advmod", "mark", "neg"):
            return True  # "whenever he goes out", "the door is never locked"
        if t.lemma_.lower() in _EVERYDAY_UNITS and any(c.dep_ == "conj" and c.lemma_.lower() in _EVERYDAY_UNITS
                                                       for c in t.children):
            return True  # round 29: "make sure her creams go on morning and night": two times each day
    return False


def _makes_a_meal(verb, words: dict) -> bool:
    """"make Kian breakfast", "make the children a packed lunch", "make up Noor's bottles": making
    a thing the child eats or sleeps in is everyday care, unlike "make changes" or "make sure"."""
    if verb.lemma_.lower() != "make" or any(c.lower_ == "sure" for c in verb.children):
        return False
    made = set(words["things_made"])
    if any(c.dep_ in ("dobj", "dative", "ccomp", "oprd") and (c.lemma_.lower() in made or c.lower_ in made)
           for c in verb.children):
        return True
    # Round 31: "make up Yusuf's bottles using the scoop": the model may read the thing made as the
    # subject of the verb after it, hung on "make" as a clause.
    return any(c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "nsubj" and (g.lemma_.lower() in made or g.lower_ in made)
                                                   for g in c.children) for c in verb.children)


_BARE_ADVERBS = {"when", "whenever", "while", "in", "up", "off", "home", "out", "away"}


def _bare_routine(verb, subject) -> bool:
    """A parent's coming, going or fetching with nothing said of how ("when he came to collect
    Olly from school", "brought him in on 18 March"): not behaviour. Strangers picking a child up,
    or a parent collecting her "smelling of alcohol", are."""
    words = _parts_words()
    if verb.lemma_.lower() == "leave" and subject.lower_ not in analysis.people_words()["adult_nouns"]:
        # "sobs at the window when Grandma leaves": going away; "leaves Bob with strangers" is not bare.
        # Round 27: "Mum leaves baby Dove crying for hours": the model hangs the child and what the
        # child was left doing on "leaves" as a clause of its own (advcl with a subject): not bare.
        return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "oprd", "acomp", "prep", "npadvmod")
                       or c.dep_ == "advcl" and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children)
    if verb.lemma_.lower() not in words["routine_acts"] or subject.lower_ in analysis.people_words()["adult_nouns"] \
            or subject.lemma_.lower() in analysis.people_words()["adult_nouns"]:
        return False
    if verb.lemma_.lower() == "look" and not any(c.lower_ == "after" for c in verb.children):
        return False  # "looks at Amber in a way that scares her" is behaviour; "looking after Kaden" is care
    plain = {"dobj", "prt", "prep", "npadvmod", "aux", "auxpass", "nsubj", "punct", "cc", "conj", "mark", "advmod",
             "xcomp", "neg", "dative"}
    for node in [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower()
                         in words["routine_acts"])]:
        for c in node.children:
            if c.dep_ == "prep" and any(t.pos_ in ("VERB", "ADJ") and t.dep_ not in ("amod", "compound")
                                        for t in c.subtree):
                return False  # "arrive at the school gate smelling of alcohol" (the model hung it on the gate)
            if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in words["routine_acts"]:
                continue
            if c.dep_ not in plain or (c.dep_ == "advmod" and c.lower_ not in _BARE_ADVERBS) \
                    or (c.dep_ == "xcomp" and c.lemma_.lower() not in words["routine_acts"]):
                return False
    return True


def _if_clause(verb) -> bool:
    """Inside an "if" (or "unless") clause: what might happen, not what an adult did or will do."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        # "…will ring the social worker if she says Dad lost his temper": what is said inside the case.
        if node.dep_ not in ("conj", "xcomp", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


# Nouns for the surroundings as a whole: providing or creating one names nothing anyone does.
_SETTINGS = {"environment", "atmosphere", "setting", "situation", "circumstance", "lifestyle"}


def _vague_goal_act(verb, objects: list, words: dict) -> bool:
    """A goal's verb that nobody could see done: its object is vague ("set firm boundaries",
    "improve your communication", "keep professionals updated", "keep an eye on things"), its
    object is an appointment however deep ("go to all of your appointments"), it is bare help
    ("Grandma Rose will help", "Nan will help out"), noticing, or it sits inside proof for
    professionals ("demonstrate that he can regulate his emotions")."""
    lemma = verb.lemma_.lower()
    vague = set(words["vague_objects"])
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i] + objects
    # "tell Grace one thing you like about her": a thing said which, by a clause about it, is no vague object.
    things = [t for t in things if not (t.lemma_.lower() == "thing" and any(c.dep_ in ("relcl", "acl")
                                                                             for c in t.children))]
    # (round 35: "way" is vague as what is found or learned, "find other ways to…", not in "on his way to work")
    things = [t for t in things if not (t.lemma_.lower() == "way" and t.dep_ == "pobj")]
    # ("other ways …, such as time out on the stairs": ways with examples named are no longer vague)
    _WAYS = ("way", "strategy", "alternative", "method", "approach", "technique")
    things = [t for t in things if not (t.lemma_.lower() in _WAYS and any(
        c.dep_ == "prep" and c.lower_ in ("as", "like") for c in t.subtree))]
    if any(t.lemma_.lower() in vague or t.lower_ in vague for t in things if t.pos_ in ("NOUN", "PRON")):
        return True
    if any(t.lemma_.lower() in _SETTINGS and t.dep_ == "dobj" for t in things):
        return True  # "provide a supportive and nurturing environment": a setting, not a thing anyone does
    if any(t.lower_ in words["appointments"] for o in objects for t in o.subtree):
        return True
    # (round 26: an appointment is a noun: "keep the blades locked away, and go and check on Ellis"
    # has "check" as a verb, something a parent does)
    if lemma in ("keep", "continue", "carry", "start") and any(
            t.lower_ in words["appointments"] and t.pos_ != "VERB" for c in verb.children
            if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree):
        return True  # "keep going to your appointments at the Recovery Hub"
    if lemma == "help" and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and not analysis.is_person(g)
                                                            and g.lemma_.lower() not in analysis.people_words()["children"]
                                                            for g in c.children) for c in verb.children):
        return True  # "Grandma will help", "Nan will help out with the children"; not "help with the washing"
    if lemma in words["noticing"]:
        return True
    if _proof(verb, words) and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return True  # "show that he can put Leo first", "prove she can keep Isla safe"
    if lemma == "put" and any(c.lower_ == "first" for c in verb.children):
        return True  # "put Leo's needs first", "put Ivo first": prioritising, said another way
    if _goes_to_a_service(verb, words) or lemma in ("keep", "continue", "carry") and any(
            c.dep_ == "xcomp" and _goes_to_a_service(c, words) for c in verb.children):
        return True  # "keep going to the Bridge Project", "get to every contact on time"
    return any(_proof(node, words) for node in clauses_above(verb))


def _proof(verb, words: dict) -> bool:
    """"demonstrate / prove / show that…": a clause that is proof for professionals. "Show Ava how to
    brush her teeth" shows the child something, and is an act."""
    lemma = verb.lemma_.lower()
    if lemma in words["proving"]:
        return True
    return lemma == "show" and not any(c.dep_ in ("dative", "dobj") for c in verb.children)


_GOING = {"go", "get", "turn", "come", "make", "attend"}
_SERVICE_WORDS = {"contact", "project", "centre", "center", "service", "services", "clinic", "team", "unit",
                  "programme", "program", "recovery", "probation", "meeting", "session", "group"}


def _goes_to_a_service(verb, words: dict) -> bool:
    """"keep going to the Bridge Project", "get to every contact session on time", "make it to each
    appointment", "keep seeing your counsellor": the adult going to a service, or seeing its worker,
    in everyday words, is service compliance. "keep going to the park with Ava", "get Leo to school",
    "go to Nan's with Kai" take the child or go to family."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON", "NOUN") and c.lower_ != "it"
           for c in verb.children) and lemma != "see":
        return False  # "get Leo to school": the child taken
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "go to the park with Ava"
    professionals = set(analysis.people_words()["professionals"])
    if lemma == "see":
        seen = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(seen) and (seen[0].lemma_.lower() in professionals or seen[0].lower_ in professionals)
    if lemma not in _GOING:
        return False
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "at")
              for g in c.children if g.dep_ == "pobj"]
    places += [g for c in verb.children if c.dep_ in ("prt", "advmod") for p in c.children
               if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    # "keep going to Moving On": a service named by a verb, which the model reads as one.
    places += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for c in c.children if c.dep_ == "pcomp" and c.text[:1].isupper()]
    if any(c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
        return False  # "go to Tesco to buy Leo's food": the errand is the act
    for place in places:
        if place.dep_ == "pcomp" and not (place.lower_ in analysis.first_names() or place.lower_.endswith("'s")):
            return True
        named = [t for t in place.subtree if t.pos_ in ("PROPN", "NOUN")]
        if any(t.lemma_.lower() in _SERVICE_WORDS or t.lower_ in words["appointments"] for t in named):
            return True
        if place.lemma_.lower() == "time" and any(c.lower_ == "family" for c in place.children):
            return True  # "family time": supervised contact by its kinder name
        if place.pos_ == "PROPN" and place.ent_type_ in ("ORG", "FAC") and not place.lower_.endswith("'s"):
            return True
        if place.lemma_.lower() in professionals:
            return True
    return False


def _occasion_by_pronoun(verb) -> bool:
    """"let the family support worker in when she visits", "whenever they ask": a when-clause with
    a pronoun for its subject says on what occasion the main act holds; the main clause carries
    the act ("Nan will sit with Ivy when Dad cooks her tea" names a second act by name)."""
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    return bool(marks & {"when", "whenever", "while", "whilst"}) and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


_PARENT_WORDS = {"you", "mum", "dad", "mother", "father", "parents", "mummy", "daddy"}


def _helps_the_parent(ctx: Context, verb, subject) -> bool:
    """"Nan will take you", "Auntie Val will come with you", "her friend Lisa will take her" (to her
    sessions): going with the parent, or taking them, is support for the parent (often on the way
    to a service), not an everyday act for the child. Read on the words, not the subject, which the
    model often carries over from the clause before ("…and Auntie Jo will come with you")."""
    if verb.lemma_.lower() not in ("come", "go", "take", "drive", "bring", "accompany", "walk", "give") \
            or addressed_child(ctx):
        return False
    companions = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    appointments = set(_parts_words()["appointments"]) | set(_parts_words()["service_meetings"])
    to_a_service = any(t.lower_ in appointments or t.lemma_.lower() in appointments for t in verb.sent)
    parent = _PARENT_WORDS | ({"her", "him", "them"} if to_a_service else set())
    return bool(companions) and all(c.lower_ in parent for c in companions) and subject.lower_ != "you" \
        or bool(companions) and subject.lower_ == "you" and all(c.lower_ == "you" for c in companions)


def _an_adult_spoken_to_here(ctx: Context, you) -> bool:
    """"Grace, you and Mum both want… Mum, you will tell Grace…": a goal written to the young
    person can turn to an adult by name; "you" in that sentence is the adult."""
    opening = []
    for t in you.sent:
        if t.i >= you.i or t.text in (",", ":"):
            break
        opening.append(t)
    adults = analysis.adult_tokens(ctx)
    return bool(opening) and len(opening) <= 3 and any(
        t.i in adults or t.lower_ in _PARENT_WORDS for t in opening) and ctx.doc[opening[-1].i + 1].text == ","


def _a_check_or_report(verb, professionals: set) -> bool:
    """"Nan and Auntie Rose will visit on Sundays", "will tell the social worker if…", "Mum will ring
    the police if he is not back": a visit with nothing done, or word sent to a professional, is how
    others know or what happens when the plan fails, not the adults' everyday act."""
    lemma = verb.lemma_.lower()
    if lemma == "let" and any(c.lemma_.lower() == "know" and c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return True  # "Dean's nan will let us know how things are going": word sent, how others know
    if lemma == "check" and any(c.lower_ in ("in", "up") and c.dep_ in ("prt", "prep", "advmod") for c in verb.children):
        return True  # "will check in with Amira each Monday": how others know, not an everyday act
    if lemma in ("visit", "pop", "call") and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative")
                                                    for c in verb.children):
        return lemma != "call" or any(c.lower_ in ("in", "round", "by") for c in verb.children)
    if lemma in ("tell", "text", "ring", "phone", "call", "email", "message", "report", "inform", "contact"):
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if lemma in ("ring", "phone", "call", "text") and any(c.lower_ == "home" for c in verb.children):
            return True  # "Mr Hughes will ring home if Rhys is absent": a check on the family
        return any(t.lower_ in professionals or t.lemma_.lower() in professionals or t.text == "999"
                   for c in told for t in c.subtree)
    return False


# How an adult kept away turns up ("comes round", "turns up at the door", "tries to get in").
_TURNING_UP = {"come", "turn", "arrive", "appear", "show", "knock", "try", "return", "visit", "call"}


def _calls_the_police_to_keep_out(ctx: Context, verb) -> bool:
    """Round 26: "Mum will not let Jamie in and will phone the police if he comes round": a parent
    calling the police (or 999) when the adult the plan keeps away turns up, named in an if- or
    when-clause on the call, is the parent's own protective act, not word sent to a worker ("will
    tell the social worker if…" stays a check). Calling them when the child is not home ("if Jack is
    not back") is left as it was: the sets mark it both ways."""
    if verb.lemma_.lower() not in ("ring", "phone", "call", "contact"):
        return False
    police = any(t.lower_ in ("police", "999") for c in verb.children if c.dep_ in ("dobj", "dative", "prep")
                 for t in c.subtree)
    children = analysis.child_tokens(ctx)
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(m.lower_ in ("if", "when", "whenever") for m in clause.children):
            continue
        if clause.lemma_.lower() not in _TURNING_UP:
            continue  # "…if he says Mum's boyfriend came round": word passed on, a check
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if police and subjects and subjects[0].i not in children \
                and not analysis.pronoun_is_child(ctx, subjects[0]) and not any(c.dep_ == "neg" for c in clause.children):
            return True  # "if he turns up", "when Lee comes to the door"
    return False


_MISSING_CALLS = {"ring", "phone", "call", "contact", "report", "inform", "tell"}


def _reports_the_child_missing(ctx: Context, verb) -> bool:
    """Round 37 (r37a): "Mum will report Kai missing to the police if he is not home by 10pm", "you
    will ring the police if Jo is not back by nine", "Dad to call 999 when Ty goes missing": a parent
    raising the alarm with the police the moment a child at risk outside the home is not back is the
    parent's own protective act, done at a set hour, which the sets mark as the adults' action. Word
    sent to a worker ("will tell the social worker if…") and a call with no missing child in it ("ring
    the police if there is trouble") stay checks."""
    if verb.lemma_.lower() not in _MISSING_CALLS:
        return False
    police = any(t.lower_ in ("police", "999", "101") for t in verb.subtree if t.i != verb.i)
    if not police:
        return False
    children = analysis.child_tokens(ctx)
    if any(c.lower_ == "missing" for c in verb.children) or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and any(g.lower_ == "missing" for g in c.subtree)
            for c in verb.children):
        return True  # "report Kai missing"
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(m.lower_ in ("if", "when", "whenever") for m in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not (subject.i in children or analysis.pronoun_is_child(ctx, subject)):
            continue
        words = {t.lower_ for t in clause.subtree}
        if "missing" in words or words & {"home", "back", "in"} and any(c.dep_ == "neg" for c in clause.children):
            return True  # "if Jo is not back by nine", "when Ty goes missing"
    return False


# Round 31: nouns for a time that comes round ("on the days you start work early", "the nights Reece
# has been drinking").
_OCCASION_NOUNS = {"day", "night", "evening", "morning", "afternoon", "weekend", "week", "time", "occasion"}


def _on_the_days_when(verb) -> bool:
    """Round 31: "Aunty Precious can walk June in on the days you start work early": a clause on a
    time noun says which days the act is for, not a second thing anyone will do."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in _OCCASION_NOUNS and verb.head.pos_ == "NOUN"


def _only_the_occasion(verb) -> bool:
    """In a goal, "…will not drink while caring for Bella": the while-clause says on what occasion
    the main act holds, not a second thing anyone will do ("when Mum does the big wash" is one)."""
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if marks & {"when", "whenever", "while", "whilst", "after", "before"} and any(
            c.dep_ in ("neg", "auxpass") for c in verb.head.children):
        return True  # "Dad will not drink when caring for the children": the occasion of a ban or a duty
    return bool(marks & {"while", "whilst"}) and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _purpose_or_musing(verb) -> bool:
    """"…a parenting group to improve her confidence and build a support network": a purpose is
    hoped for, not done; "Mum should consider attending" commits to nothing."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        # "work together to make sure Paige has a coat": working together is how, the rest is the act.
        # "Mum to get Lacey to school": a to-do line whose root is the adult, not a purpose.
        return node.head.lemma_.lower() not in ("work", "cooperate", "co-operate", "team") \
            and not (node.head.dep_ == "ROOT" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i == node.i - 2)
    return any(a.lemma_.lower() == "consider" for a in [node, *list(node.ancestors)[:2]])


def _unparsed_subjects(ctx: Context, adults: set) -> list:
    """Who acted when the model missed the subject: "Mum's partner Dean locks Skye…" (the name
    read as part of the verb), "men aged about 20 have been picking Kayla up" (an adult noun)."""
    adult_nouns = set(analysis.people_words()["adult_nouns"])
    stative = set(analysis.people_words()["stative_verbs"])
    found = []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and ctx.kind == "worry" and subjects[0].lower_ in ("nobody", "noone", "no-one") and any(
                c.dep_ == "prep" and c.lower_ in ("at", "in") and any(g.lemma_.lower() in ("home", "house", "flat")
                                                                       for g in c.children)
                for c in subjects[0].children):
            # "nobody at home asks where he has been": what the household's adults do not do.
            found.append(analysis.Action(subjects[0], verb, True))
            continue
        if subjects:
            if _anyone_at_all(subjects[0], verb):
                continue  # "Hope flinches when adults reach for her": any adult, the child's reaction
            if subjects[0].lower_ in adult_nouns and not analysis.is_person(subjects[0]):
                found.append(analysis.Action(subjects[0], verb, any(c.dep_ == "neg" for c in verb.children)))
            continue
        before = [c for c in verb.children if c.dep_ in ("compound", "poss") and c.i < verb.i and c.i in adults]
        if before:
            found.append(analysis.Action(before[-1], verb, any(c.dep_ == "neg" for c in verb.children)))
            continue
        owner = _a_to_do_line(verb, adults, adult_nouns) if ctx.kind == "goal" else None
        if owner is not None:  # "Mum to get Lacey to school on time and provide breakfast"
            for each in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")):
                found.append(analysis.Action(owner, each, any(c.dep_ == "neg" for c in each.children)))
    return found


def _a_to_do_line(verb, adults: set, adult_nouns: set):
    """A plan's to-do line, "Mum to get Lacey to school on time", "Dad to keep the tablets locked
    away": the model makes the adult the sentence's root and hangs "to get" on it as a relative
    clause. The adult is the one who will act (third person: it is not speaking to the family, and
    what the verb is still decides whether it is an everyday action). Not "Mum's plan to move"
    (a noun's own infinitive) or "time for Mum to rest"."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl", "advcl") or head.dep_ != "ROOT" or head.i >= verb.i:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == verb.i - 1 for c in verb.children):
        return None
    if any(c.dep_ in ("poss", "det") and c.lower_ not in ("the",) for c in head.children):
        return None  # "Mum's plan to move", "a worker to visit"
    if head.i in adults or head.lower_ in adult_nouns or head.lemma_.lower() in adult_nouns:
        return head
    return None


_ANYONE = {"adults", "people", "grown-ups", "grownups", "anyone", "anybody", "someone", "somebody"}


def _anyone_at_all(subject, verb) -> bool:
    """"Hope flinches when adults reach for her", "Kai hides whenever people raise their voices": a
    bare plural or "anyone" in a when-clause is whoever does it, the moment the child reacts to;
    no adult in the family did anything ("men have been picking Kayla up" names an act)."""
    if subject.lower_ not in _ANYONE or any(c.dep_ in ("det", "poss", "amod", "nummod", "prep", "relcl", "acl")
                                             for c in subject.children):
        return False
    return verb.dep_ == "advcl" and any(c.lower_ in ("when", "whenever", "if", "as") and c.dep_ in ("advmod", "mark")
                                        for c in verb.children)


def _adult_beside_the_name(ctx: Context, name, adults: set):
    """"Mo, your mum is going to ask you…", "Kai, Dad will…": the model reads the name the goal is
    spoken to as a subject beside the real one. The adult subject after the name, if any."""
    if ctx.kind != "goal" or name.i != name.sent.start and ctx.doc[name.i - 1].text not in (".", "!", "?") \
            or name.i + 1 >= len(ctx.doc) or ctx.doc[name.i + 1].text != ",":
        return None
    caregivers = set(analysis.people_words()["caregivers"])
    return next((c for c in name.head.children if c.dep_ == "nsubj" and c.i > name.i and (
        c.i in adults or c.lower_ in caregivers or c.lemma_.lower() in caregivers)), None)


_ANSWERING = {"answer", "pick", "open", "respond", "reply", "return"}


def _answers_a_professional(ctx: Context, verb, professionals: set) -> bool:
    """"answer your phone when the social worker rings", "open the door when the health visitor
    calls", "pick up whenever professionals ring": a step that only answers a professional's
    contact is keeping in touch with a service (North Yorkshire SCP, Safety goals: not an everyday
    action). "Answer Leo's questions when he asks about Dad" is the child's, and stays."""
    if verb.lemma_.lower() not in _ANSWERING:
        return False
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.lower_ in ("when", "whenever", "if", "once") and m.i < clause.i for m in clause.subtree):
            continue  # the model may hang "when" on a verb joined to the clause ("when she calls and…")
        callers = [c for c in clause.children if c.dep_ == "nsubj"] or [
            t for t in clause.subtree if t.pos_ in ("NOUN", "PROPN") and t.i < clause.i]  # "when the social worker rings" misread
        if callers and (callers[0].lower_ in professionals or callers[0].lemma_.lower() in professionals
                        or " ".join(t.lower_ for t in callers[0].subtree if t.dep_ in ("compound", "amod")
                                    or t.i == callers[0].i) in professionals
                        or _means_professional(ctx, callers[0], professionals)
                        or callers[0].lower_ in ("professionals", "services", "they", "workers")):
            return True
    return False


def _going_to(verb) -> bool:
    """"is going to cook", "are going to ask": "going" only says the future; the verb after it is the act."""
    return verb.lemma_.lower() == "go" and verb.tag_ == "VBG" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)


# Where an adult will be, said by "be": at home, there, downstairs, at the school gate, with the child.
_BEING_THERE = {"home", "there", "in", "downstairs", "upstairs", "around", "about", "back", "up", "awake"}
_ON_AN_OCCASION = {"when", "whenever", "while", "whilst", "before", "after", "until", "till", "once"}


def _there_on_an_occasion(ctx: Context, adults: set, children: set) -> list:
    """"Dad will be home when you get in from school", "Mum will be at the school gate at 3.15",
    "your dad will be there when you wake up": an adult being there for the child at a time anyone
    could check is an everyday action (classes9.md P6), though "be" is usually a state. Not "will be
    there for you" (no occasion), "will be at all her appointments" (a service) or "will be calmer"."""
    found = []
    words = _parts_words()
    services = set(words["appointments"]) | set(words["service_meetings"])
    caregivers = set(analysis.people_words()["caregivers"]) | {"you"}
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "be" or verb.dep_ in ("aux", "auxpass") or any(c.dep_ == "neg" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        # "Kai, Mum will be at the gate": the name the goal is spoken to is read as a second subject.
        grown = [s for s in subjects if s.i not in children and not analysis.pronoun_is_child(ctx, s) and (
            s.i in adults or s.lower_ in caregivers or s.lemma_.lower() in caregivers)]
        if not grown:
            continue
        subject = grown[0]
        if subject.lower_ == "you" and addressed_child(ctx):
            continue
        kids = list(verb.children)
        there = any(c.lower_ in _BEING_THERE and c.dep_ in ("advmod", "prt", "acomp", "attr", "npadvmod") for c in kids)
        at = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "with", "outside", "by")
              for g in c.children if g.dep_ == "pobj"]
        if any(t.lower_ in services or t.lemma_.lower() in services for t in verb.subtree):
            continue  # "will be at all her appointments": a service
        if not there and not any(g.i in children or g.lower_ in ("you", "him", "her", "them") or g.pos_ == "NOUN"
                                 for g in at):
            continue
        occasion = any(c.dep_ == "advcl" and any(m.lower_ in _ON_AN_OCCASION for m in c.children
                                                  if m.dep_ in ("mark", "advmod")) for c in kids) \
            or any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("every", "each") for t in verb.subtree)
        if occasion:
            found.append(analysis.Action(subject, verb, False))
    return found


def _one_of_you_or_hosting(ctx: Context, adults: set) -> list:
    """Acts the people reading misses: "one of you will go round to Uncle Sean's" (a share of the
    adults spoken to), and "Mum will have her friend Donna round" (having someone round is
    something done, though "have" is usually a state)."""
    found = []
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        kids = ctx.children  # (each token's children, made once per statement)
        for subject in (c for c in kids[verb.i] if c.dep_ == "nsubj"):
            if subject.lower_ in ("one", "either", "each", "both") and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("you", "them") for g in kids[c.i])
                    for c in kids[subject.i]):
                found.append(analysis.Action(subject, verb, any(c.dep_ == "neg" for c in kids[verb.i])))
        guests = [g for c in kids[verb.i] if c.dep_ == "dobj" for g in (c, *kids[c.i]) if g.dep_ in ("dobj", "compound")]
        if verb.lemma_.lower() == "have" and any(c.lower_ in ("round", "over") for c in verb.children) and any(
                g.i in adults or analysis.is_person(g) or g.lemma_.lower() in analysis.people_words()["network"]
                for g in guests):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects and (subjects[0].i in adults or analysis.is_person(subjects[0])):
                found.append(analysis.Action(subjects[0], verb, any(c.dep_ == "neg" for c in verb.children)))
    return found


def _passive_acts(ctx: Context, adults: set) -> list:
    """"Jade is collected late by Dad": an adult's act written in the passive, the adult named
    after "by" (a professional's act is not the family's behaviour)."""
    stative = set(analysis.people_words()["stative_verbs"])
    professionals = set(analysis.people_words()["professionals"])
    found = []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if deeds.witness_only(verb):
            continue  # "Kai was seen by a neighbour on the roof": the neighbour's seeing is not an act
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        adult_nouns = set(analysis.people_words()["adult_nouns"])  # "picked up by older men"
        # In a goal, "Leo is to be supervised by a safe adult" lays a duty on nobody in particular.
        generic_ok = ctx.kind != "goal"
        doer = next((t for t in doers if (t.i in adults or generic_ok and t.lemma_.lower() in adult_nouns)
                     and t.lower_ not in professionals
                     and not any(w.lower_ in professionals for w in t.subtree)), None)
        if doer is not None:
            found.append(analysis.Action(doer, verb, any(c.dep_ == "neg" for c in verb.children)))
    return found


def _what_needs_to_happen(ctx: Context, children: set) -> list:
    """The house style's "For this to happen, Z needs to …" names what must happen, even when a
    young person does it; read on the words, because the model often parses "Z needs" as a noun."""
    found = []
    for sentence in ctx.sentences:
        if not sentence.text.lower().startswith(("for this to happen", "to make this happen", "for that to happen")):
            continue
        tokens = list(sentence)
        for k, t in enumerate(tokens[:-3]):
            if t.i in children and tokens[k + 1].lower_ in ("needs", "need", "will", "must") :
                verb = tokens[k + 3] if tokens[k + 2].lower_ == "to" else tokens[k + 2]
                if verb.lemma_.lower() not in set(_parts_words()["not_everyday"]) and verb.is_alpha:
                    found.append(analysis.Action(t, verb, False))
    return found


def _one_child_after_a_plural(ctx: Context, pronoun, children: set) -> bool:
    """"Parents need to accept Nathan's sexuality and provide a home in which he can thrive", "Mum
    and Dad will read to Ava so she settles": a singular "he" or "she" cannot stand for a plural
    subject ("Parents", "Mum and Dad"); when the only singular person named before it in its
    sentence is a child, it is the child. A singular adult before it ("Dad … Ava … he") leaves the
    people reading to decide."""
    if pronoun.lower_ not in ("he", "she"):
        return False
    sentence = pronoun.sent
    adults = analysis.adult_tokens(ctx)
    before = [t for t in ctx.doc[sentence.start: pronoun.i] if t.i in children or t.i in adults]
    singular_adults = [t for t in before if t.i in adults and t.tag_ not in ("NNS", "NNPS")
                       and not any(c.dep_ == "conj" for c in t.children) and t.dep_ != "conj"]
    plural_adults = [t for t in before if t.i in adults and t not in singular_adults]
    # Only with a plural adult in the sentence: "When Ellie asked for tea, he threw her plate" keeps
    # "he" for the dad named in the sentence before.
    return bool(plural_adults) and not singular_adults and any(t.i in children for t in before)


_VISITING = {"pop", "come", "call", "drop", "visit", "look"}
_ROUND = {"round", "around", "in", "by", "over"}


def _only_a_visit(verb) -> bool:
    """"Grandad Vic will pop round on Sunday afternoons", "Auntie will call in most days": someone
    coming to the house, with nothing said of what they will do there, is a visit (who helps, who
    sees), not the care itself. "will come round at teatime to cook for the children" and "will
    pop in and bath Ava" say the act, and "will come round on the days you sleep" stands in for the
    parent (minding): kept."""
    lemma = verb.lemma_.lower()
    if lemma not in _VISITING or lemma == "look" and not any(c.lower_ == "in" for c in verb.children):
        return False
    # "pop round": the model may read "round" as a particle, an adverb or an object.
    if lemma != "visit" and not any(c.dep_ in ("prt", "advmod", "dobj") and c.lower_ in _ROUND for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "conj") and c.lower_ not in _ROUND for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False  # "come round to bath Kai", read by the model as "to" + a noun: a purpose is said
    if any(c.dep_ == "advcl" or c.dep_ == "prep" and any(g.dep_ == "pobj" and any(r.dep_ in ("relcl", "acl")
                                                                                 for r in g.children)
                                                         for g in c.children) for c in verb.children):
        return False  # "will come round on the days you sleep", "when Mum is at work": standing in, minding
    return not any(c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                   for c in verb.children)


# Verbs of deserving or wishing: with "to be" and how someone will be, they say what is hoped for.
_WISHING = {"deserve", "want", "wish", "hope", "like", "love"}


def _only_a_wish(verb) -> bool:
    """"Mum, you deserve to be safe and free in your own home", "you want Indigo to be safe": what
    is deserved or wished for, said with "to be" and a state, is no act. "you want to take Ava
    swimming" names one (the verb after "to" is read as its own act)."""
    if verb.lemma_.lower() not in _WISHING:
        return False
    complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    return bool(complements) and all(c.lemma_.lower() == "be" for c in complements)


_RECORDING = {"write", "note", "record", "log", "jot", "tell", "show", "report", "explain", "share", "say"}


def _what_is_written_of(verb) -> bool:
    """Round 30: "Carers will write in the diary what they did to settle Mikolaj", "tell the social
    worker what she has done": a deed inside a free relative ("what they did") that is what someone
    writes down or tells is the record's content, looking back, not an act the goal asks for."""
    node = verb
    for _ in range(3):
        if node.dep_ in ("ccomp", "dobj", "pcomp", "pobj") and node.head.i != node.i and any(
                c.tag_ in ("WP", "WRB") and c.i < node.i for c in node.subtree):
            head = node.head if node.head.pos_ in ("VERB", "AUX") else node.head.head
            return head.lemma_.lower() in _RECORDING
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _opens_on_the_child(ctx: Context, pronoun, children: set) -> bool:
    """Round 30: "Clover has been late 19 times and says she has to get her brothers ready because Mum
    is poorly. She has fallen asleep in maths twice": a "he" or "she" opening a sentence points back
    to the subject of the sentence before's main clause, not to a person named in a clause inside it.
    When that subject is the child, the deed is the child's."""
    if pronoun.lower_ not in ("he", "she") or pronoun.i == 0:
        return False
    sentence = pronoun.sent
    if any(t.is_alpha for t in ctx.doc[sentence.start: pronoun.i]):
        return False  # not the sentence's first word
    before = ctx.doc[sentence.start - 1].sent if sentence.start > 0 else None
    if before is None:
        return False
    main = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(main) and main[0].i in children and _same_gender(pronoun, main[0])


def _same_gender(pronoun, name) -> bool:
    """No gendered word stands against it: "she" for "Clover" (a name), not "she" for "Leo's dad"."""
    male = {"he", "him", "his", "boy", "son", "brother", "dad", "father"}
    female = {"she", "her", "hers", "girl", "daughter", "sister", "mum", "mother"}
    words = {t.lower_ for t in name.subtree}
    return not (pronoun.lower_ == "she" and words & male or pronoun.lower_ == "he" and words & female)


# Round 32 (review32c): where a carer puts or keeps the child ("in bed", "at school", "to nursery").
_CHILD_PLACED_PREPS = {"in", "into", "at", "to"}


def _child_had_somewhere(ctx: Context, adults: set, children: set) -> list:
    """Round 32 (review32c, practitioner P#3): "you will have Esme in bed by 7pm", "Mum will get the
    boys to school by 8.45", "Dad will have Rio dressed and at nursery at nine": a carer having or
    getting the child somewhere, or ready, at a time anyone could check, is an everyday act, though
    "have" is usually a state. Read from the parse: "have"/"get" with the child (or a pronoun for the
    child) as its object, a place said by "in/into/at/to" or a state the child is put in, and a time
    or frequency on the clause. Not "have Kai seen by the GP" (a service, left to the service filter
    after this reading), not "will not have Kai in the car" (negated) and not a professional's act."""
    found = []
    caregivers = set(analysis.people_words()["caregivers"]) | {"you"}
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("have", "get") or verb.dep_ in ("aux", "auxpass") \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(m.tag_ == "MD" for m in verb.children) and not (
                verb.dep_ == "conj" and any(m.tag_ == "MD" for m in verb.head.children)):
            continue  # what someone will do, not what they have
        subject = analysis.subject_of(verb)
        if subject is None or subject.i in children or analysis.pronoun_is_child(ctx, subject) or not (
                subject.i in adults or subject.lower_ in caregivers or subject.lemma_.lower() in caregivers):
            continue
        if subject.lower_ == "you" and addressed_child(ctx):
            continue  # "Ellie, you will get yourself to school": the young person's own step
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
        if not any(o.i in children or analysis.pronoun_is_child(ctx, o) for o in objects):
            continue
        kids = list(verb.children) + [g for o in objects for g in o.children]
        placed = any(c.dep_ == "prep" and c.lower_ in _CHILD_PLACED_PREPS
                     and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.i not in children
                             for g in c.children) for c in kids)  # "at nursery", "to Nan's", "in bed"
        readied = any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ in ("ADJ", "VERB") and c.i > verb.i
                      for c in kids)
        if not (placed or readied):
            continue
        timed = any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("every", "each") for t in verb.subtree)
        if timed:
            found.append(analysis.Action(subject, verb, False))
    return found
