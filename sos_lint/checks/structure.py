"""Structure rules (SOS5xx): does a worry statement or goal have the parts practice asks for?"""
from __future__ import annotations

import re

from ..metrics import span_in_quotes
from . import alarms26, alarms27, alarms28, alarms30, alarms31, alarms38, analysis, compliance28, compliance29, compliance_words, goal_words, goals15, goals16, goals18, goals19, goals21, goals23, goals25, structure32, words19, words24b, words33, words34
from .base import Context, Rule, rule
from .child_focus import child_placeholder
from .goal_words import (absences13, alternative_follows, arrangement_given, care_outcome, contrast_given, outcome_with_experience,
                         protected_child, service_checks, stated_absences)
from .parts import (absence_spans, adult_actions, components, frequency_or_duration, is_institution, is_present,
                    service_goals, subject_span, who_is_worried)

__all__ = ["RULES", "components", "who_is_worried", "adult_actions"]


@rule("SOS501", "who-is-worried", "warning", kinds=("worry",), source="DOMAIN.md; North Yorkshire SCP, Danger statements")
def missing_who(ctx: Context, rule_: Rule):
    """Flags worry statements that do not say who is worried.

    What it checks
        Whether a clause says who is worried or concerned ("The social worker and
        Leah's teacher are worried that …", "We are worried …"), or names a worker by
        their fear ("What Ms Shah fears is that …", "Mr Adebayo's fear is that …").
    Why it matters
        A worry belongs to people the family can talk to. Naming them makes the
        statement honest and open to challenge.
    Example
        Dad hits Mum when he drinks, and Ella hears it from her bedroom.
    Better
        The social worker and Ella's teacher are worried that Dad hits Mum when he drinks, and Ella hears it from her bedroom.
    """
    # Round 27: "I am the school's safeguarding lead"; "… which worries Precious, the early help worker".
    # Round 28: "What worries Ruth Evans, Ama's therapist, … is …"; "Mr Olu Adeyemi, the school's
    # safeguarding lead, saw four bruises …" (alarms28).
    if is_present(ctx, "who"):
        return
    name = child_placeholder(ctx)
    if who_is_worried(ctx) is None and not alarms27.writer_named(ctx) and not alarms27.worried_as_object(ctx) \
            and not alarms28.worried_in_cleft(ctx) and not alarms28.witness_named(ctx) \
            and not alarms30.worried_by_fear(ctx) \
            and not alarms31.worried_in_other_words(ctx):  # Round 30: "What Faith fears is that …" (alarms30);
        # round 31: "… think that if Lee keeps …, Safiya could be cut", "their worry is that …" (alarms31)
        yield rule_.finding(ctx, 0, 0, "This does not say who is worried.",
                            f"Who is worried? e.g. \"[the social worker and {name}'s teacher] are worried that …\"")
    elif who_is_worried(ctx) is not None:
        who, institution = who_is_worried(ctx)
        if not institution and who.lower_ not in ("we", "us"):
            # An organisation is SOS502's to say; "We are worried" is the writer's team, who sign the plan
            # (a rule fixture keeps it silent).
            # Round 31 (review #10): "School have concerns", "Professionals are worried", "We are worried":
            # the report lists "Who is worried" as missing, so a finding names the words that fall short.
            words = subject_span(who)
            yield rule_.finding(ctx, words.start_char, words.end_char,
                                f"\"{words.text}\" does not name anyone the family could talk to. "
                                "Say who is worried, by name or role.",
                                f"[the social worker and {name}'s teacher]")
        elif not institution:
            # Round 32 (review32c, P#10): "We are worried" is the writer's team, so no warning; but the
            # report lists "Who is worried" as missing (the open parts sets mark it so), and a part shown
            # missing is always asked for: a hint names the words and asks for the people.
            words = subject_span(who)
            yield rule_.finding(ctx, words.start_char, words.end_char,
                                f"\"{words.text}\" does not say who is worried. Say who, by name or role, so the "
                                "family knows who to talk to.",
                                f"[the social worker and {name}'s teacher]", severity="hint")
    else:
        # Round 31 (review #10): the report lists "Who is worried" as missing, so a finding says so, as a
        # hint: a worker is named near it, but not as the one who is worried.
        yield rule_.finding(ctx, 0, 0, "This does not say clearly who is worried.",
                            f"Who is worried? e.g. \"[the social worker and {name}'s teacher] are worried that …\"",
                            severity="hint")


@rule("SOS502", "institutional-voice", "warning", source="DOMAIN.md: name people or roles, not only an institution")
def institutional_voice(ctx: Context, rule_: Rule):
    """Flags worries and goals voiced by an organisation instead of people.

    What it checks
        Whether the worried party (in a worry statement) or the subject of the goal is an
        institution such as "the Local Authority", "Children's Services" or "professionals".
    Why it matters
        Families talk to people, not departments. "The social worker and the
        health visitor" can be asked questions; "the Local Authority" cannot.
    Example
        The Local Authority is worried that Dad hits Mum when Ella is in the room.
    Better
        The social worker and the health visitor are worried that Dad hits Mum when Ella is in the room.
    """
    if ctx.kind == "worry":
        who = who_is_worried(ctx)
        subject = who[0] if who and who[1] else None
    else:
        # Round 14: not an organisation named inside a description of a thing ("the dehumidifier the
        # council's housing team gave you", "the cot that Children's Services bought"): not the goal's doer.
        subject = next((t for t in ctx.tokens if t.dep_ in ("nsubj", "nsubjpass") and is_institution(t)
                        and not _describes_a_thing(t) and not goals25.subject_of_a_noun(t)
                        and not alarms28.consequence_subject(t) and not alarms31.staff_of_a_service(t)), None)
        # Round 28: not the doer of what follows when the goal is not met ("Should Mark hurt Shannon
        # again, … the council may ask the family court …") (alarms28).
    if subject is not None:
        words = subject_span(subject)  # the finding covers exactly the words its message quotes
        if ctx.kind == "goal":  # round 33 (review33 P#9): in a goal the organisation is the doer, not the worrier
            yield rule_.finding(ctx, words.start_char, words.end_char,
                                f"\"{words.text}\" is an organisation. Name the people who will do it.",
                                "[the social worker]")
            return
        yield rule_.finding(ctx, words.start_char, words.end_char,
                            f"\"{words.text}\" is an organisation. Name the people who are worried.",
                            "[the social worker and the health visitor]")


def _describes_a_thing(subject) -> bool:
    """The organisation's verb describes a thing rather than sets the goal: a relative clause, or a
    verb in the present or past with no "will" or "to" hung inside the sentence ("the club the
    council runs", which the parse may take as an object)."""
    verb = subject.head
    if verb.dep_ in ("relcl", "acl"):
        return True
    if _relative_read_as_conj(subject):
        return True  # Round 32 (review32c, P#8): "use the stair lift the council is fitting"
    return verb.dep_ not in ("ROOT", "conj", "xcomp") and verb.tag_ in ("VBZ", "VBD", "VBP") \
        and not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def _relative_read_as_conj(subject) -> bool:
    """Round 32 (review32c, P#8): "Nan will use the stair lift the council is fitting", "the cot the
    charity gave you": a relative clause with no "that" which the parse joins to the main verb as a
    second clause. It is one when the organisation follows a noun straight away (the thing it
    describes), its verb has no "will"/"to", and no "and", "but" or comma stands between the main verb
    and the organisation ("Dad will cook and the council will fit a rail" is two clauses)."""
    verb = subject.head
    if verb.dep_ != "conj" or verb.i < subject.i or subject.left_edge.i == 0:
        return False
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
        return False
    before = subject.doc[subject.left_edge.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.i <= verb.head.i:
        return False
    return not any(t.dep_ == "cc" or t.text in (",", ";") for t in subject.doc[verb.head.i + 1: subject.left_edge.i])


@rule("SOS504", "no-context", "hint", kinds=("worry",), source="DOMAIN.md: give the context")
def no_context(ctx: Context, rule_: Rule):
    """Flags worry statements that do not say when or where things happen.

    What it checks
        Time and place words: "when he drinks", "at weekends", "most evenings",
        "in the kitchen", dates (rules/structure.toml).
    Why it matters
        Knowing when the danger happens tells the family and network when to be
        there, and makes a safety plan possible.
    Example
        Dad hits Mum and Ella hears it.
    Better
        Dad hits Mum when he has been drinking at weekends, and Ella hears it from her bedroom.
    """
    if not is_present(ctx, "context"):
        yield rule_.finding(ctx, 0, 0, "This does not say when or where it happens.",
                            "When or where does it happen? For example, in another family: at bedtime, or after school.")


@rule("SOS505", "no-future-danger", "warning", kinds=("worry",), source="DOMAIN.md; NCCD Safety-Organized Practice, module 6")
def no_future_danger(ctx: Context, rule_: Rule):
    """Flags worry statements that do not say what could happen if nothing changes.

    What it checks
        A clause that looks ahead ("could", "may", "will", "if nothing changes") and
        names the child or points to them. Court, "significant harm" or "at risk of"
        on their own are not a harm to the child, and "Will" the name is not the future.
    Why it matters
        A worry statement is about future danger. Saying it plainly helps the family
        see why the plan matters.
    Example
        Dad hits Mum when he drinks at weekends, and Ella hears it from her bedroom.
    Better
        Dad hits Mum when he drinks at weekends, and Ella hears it. If nothing changes, Ella could be hurt trying to stop him.
    """
    if not is_present(ctx, "future") and alarms31.correlative_future(ctx) is None:
        # Round 31: "The longer this goes on, the more likely it is that Reggie becomes ill" (alarms31)
        name = child_placeholder(ctx)
        yield rule_.finding(ctx, len(ctx.text), len(ctx.text),
                            "This does not say what could happen if nothing changes.",
                            f"If nothing changes, {name} could [what could happen].")


@rule("SOS510", "goal-not-addressed", "hint", kinds=("goal",), source="Seed exemplars (Coventry newsletter); DOMAIN.md")
def not_addressed(ctx: Context, rule_: Rule):
    """Flags goals that do not speak to the people caring for the child.

    What it checks
        Whether the goal speaks to the family as "you" ("Mum, you and Z need to …").
        A goal about them in the third person ("Mum will …", "Parents to …") does not.
    Why it matters
        A goal is a promise the family makes. Speaking to them ("Mum, you and Z need
        to …") makes it theirs.
    Example
        The home will be kept clean and there will be food in the cupboards.
    Better
        Mum, you and Leo need a clean home with food in the cupboards every day.
    """
    if not is_present(ctx, "addressed"):
        yield rule_.finding(ctx, 0, 0, "This goal does not speak to or name the family.",
                            "Start with who: \"[Mum], you and [child's name] need to …\"")


@rule("SOS511", "goal-compliance", "warning", kinds=("goal", "worry"),
      source="DOMAIN.md; North Yorkshire SCP, Danger statements and safety goals")
def goal_compliance(ctx: Context, rule_: Rule):
    """Flags goals written as going to services rather than as everyday behaviour, and worries told as services missed.

    What it checks
        Phrases such as "attend a parenting course", "engage with services",
        "comply with her treatment", "work with the school nurse", "let the family
        support worker in" (rules/structure.toml), a service recording attendance or
        monitoring set as the goal ("the school will monitor…", "progress will be reviewed
        via unannounced visits"), keeping a worker or service updated or informed ("keep the
        social worker updated"), and a course, assessment, named plan or service to
        go to, read from the sentence ("complete the online safety sessions", "complete
        a relapse prevention plan", "attend Change Grow Live"), the child's own included
        when the service is named by its acronym ("Destiny will attend CAMHS"). With no everyday action
        in the goal, it is an error. In a worry statement (a warning): a service not engaged with,
        refused or not used, said as if it were the harm ("Mum has not engaged with the parenting
        offer", "has disengaged from antenatal care", "declined a CIN plan", "is not compliant with
        his medication", "would benefit from a parenting programme"). A child's own appointments
        or school missed ("Mum has missed five of Daisy's clinic appointments") are what the adults
        did not do for the child, and are not flagged.
    Why it matters
        Going to a course does not make a child safe; what the parent does at home
        does. A goal must describe that, so everyone knows when it is met.
    Example
        Mum will engage with services and attend a parenting course.
    Better
        Mum will make Leo's tea by 6pm and get him to bed by 8pm every night for the next three months.
    """
    if ctx.kind == "worry":
        # Round 28 (compliance28): how the family met a service, said as the worry.
        name = child_placeholder(ctx)
        for span in compliance28.worry_spans(ctx):
            yield rule_.finding(ctx, span.start_char, span.end_char,
                                f"\"{span.text}\" says how a service was met, not what happened to {name}. "
                                f"Say what the adult did or did not do, and what it meant for {name}.",
                                f"[what Mum or Dad did, and what it meant for {name}]")
        return
    found = [span for span in analysis.cues(ctx, "compliance") + service_goals(ctx)
             if not span_in_quotes(ctx.doc, span.start_char)]
    covered = {t.i for span in found for t in span}
    found += [span for span in service_checks(ctx) if not covered & {t.i for t in span}]
    # Round 11: attending in any voice and with any object, and letting a worker in, read from the
    # parse (compliance_words.py); merged with the spans above where they share words.
    # Round 12: the passive and the nominal ("appointments will be kept", "attendance will
    # improve"), yielding to professionals ("be available for visits", "accept the findings",
    # "report to the Youth Justice Service") and appointment lists ("all optician appointments").
    found = found + compliance_words.attending_spans(ctx) + compliance_words.letting_in_spans(ctx)
    found += compliance_words.passive_service_spans(ctx) + compliance_words.yielding_spans(ctx)
    found += compliance_words.appointment_spans(ctx)
    # Round 13: the deed done to or for a service in its other forms: let happen or followed in the
    # passive, received, kept in touch with, tested by, shown proof, met as a percentage, paperwork.
    found += compliance_words.round13_spans(ctx)
    # Round 14: a service's offer taken up, a service kept told or answered, an attendance figure,
    # the adult's own treatment "as prescribed"; and words that are not the goal's measure dropped.
    found += compliance_words.round14_spans(ctx)
    # Round 15: a transaction with a service, a service used by its name, checked at a service's
    # place, an adult kept in a service's setting or taught (goals15.py).
    found += goals15.compliance_spans(ctx)
    # Round 16: a worker met or asked for help, proof produced, a service's paper followed, a
    # service's measure improving, a compliant state (goals16.py).
    found += goals16.compliance_spans(ctx)
    # Round 28 (compliance28): a worker's plan or advice followed ("follow the dietician's feeding plan").
    covered = {t.i for span in found for t in span}
    found += [span for span in compliance28.goal_spans(ctx) if not covered & {t.i for t in span}]
    # Round 29 (compliance29): help taken from others, a service by its letters, a group by its name.
    covered = {t.i for span in found for t in span}
    found += [span for span in compliance29.goal_spans(ctx) if not covered & {t.i for t in span}]
    found = [span for span in found if not compliance_words.not_the_goal(ctx, span)]
    # Round 18: "has agreed to mend the fence": the deed agreed is the measure, judged on its own.
    found = [span for span in found if not goals18.agreed_to_deed(span)]
    # Round 26: "have agreed to be the children's safety people": the network's role, not a service.
    found = [span for span in found if not alarms26.agreed_to_be_network(span)]
    # Round 27: a strength already shown ("you have been honest with us"), or the reason for
    # another person's deed ("collected by Iris so you can see your counsellor").
    found = [span for span in found if not alarms27.compliance_not_asked(ctx, span)]
    # Round 21: one's own class or course ("your English class"), a worker helping with a deed.
    found = [span for span in found if not goals21.not_compliance(ctx, span)]
    # Round 22: what happens if the goal is not met ("If this doesn't happen, a referral to
    # children's social care will be considered") is the consequence, not the goal's action.
    found = [span for span in found if not _after_an_unmet_if(span)]
    # Round 28: the same sentence written "Should this not happen, …" or "If this plan falls apart, …".
    found = [span for span in found if not alarms28.in_if_not_sentence(span)]
    # Round 30: the danger sentence, whatever its condition ("If Jack keeps going to the meetings, he
    # could be drawn into violence") (alarms30).
    found = [span for span in found if not alarms30.in_danger_sentence(span)]
    # Round 32 (review32b): going to a service said as WHEN someone else acts ("Mrs Begum will sit with
    # Tariq on the evenings you go to your hospital appointments"): the time of the network's deed.
    found = [span for span in found if not _said_as_when(span)]
    # Round 23: a check a service makes on the child ("Clover is weighed by the health visitor every
    # two weeks") is how others will know, when the goal also says what the family will do.
    if adult_actions(ctx):
        found = [span for span in found if not _child_checked(ctx, span)]
        # Round 26: "… will call in and will see Saffron fed, clean and being held": how others will know.
        found = [span for span in found if not alarms26.child_seen_in_a_state(ctx, span)]
        # Round 28: the same check said actively by named workers ("Autumn's form tutor and the
        # education welfare officer will check her attendance each week") (alarms28).
        found = [span for span in found if not alarms28.checked_by_workers(ctx, span)]
    names = [span for span in analysis.cues(ctx, "compliance") if not any(t.pos_ in ("VERB", "AUX") for t in span)
             and span.root.lemma_.lower() in _COURSE_WORDS]
    found = _merged(ctx, _course_names_as_goal(ctx, found, names))
    found = [compliance_words.trim_job(span) for span in found]
    # Round 15: the mark stops before a child's name caught in its tail ("to monitor Skye's …").
    found = [span for span in (goals15.trim_names(ctx, span) for span in found) if span is not None]
    severity = "warning" if adult_actions(ctx) else "error"
    for span in sorted(found, key=lambda span: span.start):
        reason, advice, suggestion = _compliance_reason(ctx, span)
        yield rule_.finding(ctx, span.start_char, span.end_char, f"\"{span.text}\" {reason} {advice}",
                            suggestion, severity=severity)


_TIME_NOUNS = frozenset(("evening", "evenings", "day", "days", "night", "nights", "morning", "mornings", "afternoon",
                         "afternoons", "week", "weeks", "weekend", "weekends", "time", "times"))


def _said_as_when(span) -> bool:
    """Round 32 (review32b): the service phrase's verb tells when another clause's deed happens: a
    relative clause of a time word ("on the evenings you go to your hospital appointments", "the
    days Dad is at his group"), or a clause opened by "when", "while" or "whenever" that hangs on
    a verb whose subject is someone else ("Nan will have Kai while Mum is at her course")."""
    verb = next((t for t in span if t.pos_ in ("VERB", "AUX")), span.root)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("pobj", "dobj", "prep", "compound"):
        verb = verb.head  # "your hospital appointments": the verb it is gone to with
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "relcl" and verb.head.lower_ in _TIME_NOUNS:
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever") or
                                    c.dep_ == "mark" and c.lower_ in ("while", "whilst", "when", "whenever")
                                    for c in verb.children):
        own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return own is not None and main is not None and own.lower_ != main.lower_
    return False


# Round 31 (review31a, REPORT #8): the reason a compliance goal is given, chosen from what its words
# are about. "Take her medication as prescribed", "Home conditions to be maintained" and "attendance
# to improve" were each told they were "about going to services": a doctor's treatment, the upkeep
# of the home and a school's figure are other things, each with its own everyday deed to ask for.
_TREATMENT = {"medication", "medicine", "medicines", "tablet", "tablets", "prescribe", "prescription", "treatment",
              "dose", "doses", "injection", "methadone", "inhaler", "antidepressant", "antidepressants"}
_SCHOOL_FIGURES = {"attendance", "punctuality", "lateness", "absence", "absences"}
_SCHOOL_WORDS = {"school", "schools", "class", "lessons", "nursery", "college", "academy"}
_HOME = {"home", "house", "flat", "property", "kitchen", "bedroom", "bedrooms", "room", "rooms", "household"}
_UPKEEP = {"condition", "conditions", "hygiene", "tidy", "tidiness", "clean", "cleanliness", "standard", "standards",
           "state", "maintain", "upkeep"}
_SERVICE_PLACES = {"group", "course", "programme", "program", "session", "sessions", "meeting", "meetings",
                   "appointment", "appointments", "clinic", "service", "services", "centre", "class", "classes"}


def _compliance_reason(ctx: Context, span) -> tuple[str, str, str]:
    """(reason, advice, suggestion) for a compliance span, by what its words are about: an adult's
    medical treatment, a school's attendance figure, the upkeep of the home, or (else) going to
    services. Read from the span's words and the words that hang on them (\"Home conditions\")."""
    words = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    around = {c.lower_ for t in span for c in t.children if c.dep_ in ("compound", "poss", "amod", "nmod")}
    around |= {c.lemma_.lower() for t in span for c in t.children if c.dep_ in ("compound", "poss", "amod", "nmod")}
    name = child_placeholder(ctx)
    if words & _TREATMENT and not words & (_SERVICE_PLACES - {"service", "services"}):
        return ("is a doctor's treatment kept to, not what will be different at home.",
                f"Say what the adult will do at home that {name} will notice, and who will help on the days "
                f"they are unwell, e.g. \"[Mum will walk {name} to school each morning, and Nan will on the days "
                f"Mum is unwell]\".",
                f"[what the adults will do at home for {name}]")
    # round 39 (review39a A#7): "Will attends school 100%" is the school's figure too, worded as
    # the child's going there; school is not a service
    school_going = words & _SCHOOL_WORDS and "attend" in words and not words & (_SERVICE_PLACES - _SCHOOL_WORDS)
    if (words & _SCHOOL_FIGURES or school_going) and not any(t.lower_ == "at" and any(
            g.lower_ in _SERVICE_PLACES and g.lower_ not in _SCHOOL_WORDS for g in t.subtree) for t in span):
        return ("is a figure the school keeps, not what the adults will do.",
                f"Say what Mum or Dad will do each school day, e.g. \"[Dad will wake {name} at 7.30 and walk "
                f"{name} to the school gate]\".", "[what Mum or Dad will do each school day]")
    if (words | around) & _HOME and words & _UPKEEP and not words & _SERVICE_PLACES:
        return ("says what the home should be like, not who will do what there.",
                "Say who will do what at home and what others will see, e.g. \"[Mum will wash up and clear "
                "the kitchen floor every evening]\".", "[who will do what at home]")
    if words & {"agree", "accept", "consent", "sign"}:  # round 33 (review33q Q#10): "agree to respite"
        return ("is agreeing to what others ask, not what will be different at home.",
                analysis.kind_advice("compliance"), "[what Mum or Dad will do at home]")
    if words & _ORDERS:  # round 39 (review39l L#9, r39h): "adhere to the non-molestation order"
        return ("asks someone to keep to a court's or the police's order, which is not a service.",
                "The order binds the person it is made against: say what they will do, and what the adult "
                "caring for the children will do day to day to keep them safe.",
                "[what the person the order is against will do, and what the other adults will do day to day]")
    if words & _KEEPING_TO:  # round 39 (review39a A#7, review39l L#9): "comply with the plan",
        # "adhere to the order" are not about going anywhere; a court order is not a service
        return ("is about doing what others ask (a plan, an order, a service), not what will be different at home.",
                analysis.kind_advice("compliance"), "[what Mum or Dad will do at home]")
    return ("is about going to services, not what will be different at home.",
            analysis.kind_advice("compliance"), "[what Mum or Dad will do at home]")


_ORDERS = {"order", "injunction", "bail", "condition", "conditions", "undertaking", "undertakings", "dvpo", "nmo",
           "licence"}
_KEEPING_TO = {"comply", "compliance", "adhere", "adherence", "abide", "cooperate", "co-operate", "obey"}


# Being looked at by a service: the verbs of a check on the child's growth, health or development.
_CHECKED = {"see", "check", "weigh", "examine", "measure", "review", "assess", "screen", "test", "scan", "vaccinate",
            "immunise", "immunize", "monitor"}


def _child_checked(ctx: Context, span) -> bool:
    """"Clover is weighed by the health visitor", "Aisha is weighed at the baby clinic", "Bilal will be
    seen by the GP every month": the child, the passive subject, checked by a service. Read only when
    the goal also says what the family will do, so the check is how others will know that it works.
    An adult checked ("Dad will be tested for drugs") and an adult's going ("Mum will take Bilal to
    be weighed", read by the attending rules) are not this."""
    children = analysis.child_tokens(ctx)
    for verb in span:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in _CHECKED \
                or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if subjects and all(s.i in children for s in subjects):
            return True
    return False


def _after_an_unmet_if(span) -> bool:
    """A span in the main clause after "If this doesn't happen," / "If Mum does not…," / "If
    not," or "Otherwise,": the goal's if-not part, what follows when the goal is not met."""
    sent = span.sent
    first = sent[0]
    if first.lower_ == "otherwise":
        return True
    for token in sent:
        if token.lower_ != "if" or token.dep_ != "mark" or token.i >= span.start:
            continue
        clause = token.head
        negated = any(c.dep_ == "neg" or c.lower_ in ("not", "never") for c in clause.children) \
            or clause.lower_ == "not"
        inside = {t.i for t in clause.subtree}
        if negated and not inside & {t.i for t in span} and max(inside) < span.start:
            return True
    return False


_COURSE_WORDS = {"course", "programme", "program", "group", "session", "module", "workshop"}
# A course named as what is done: "complete / go on / start the Freedom Programme".
_DOING_A_COURSE = {"attend", "complete", "finish", "do", "go", "start", "begin", "enrol", "enroll", "join",
                   "undertake", "sign", "book", "be", "take", "get", "continue", "keep", "stay"}


def _course_names_as_goal(ctx: Context, spans: list, names: list) -> list:
    """A course's name found alone ("Freedom Programme", "parenting course") is compliance when the
    goal sets it as the thing done ("go on a parenting course", "the Freedom Programme will be
    done"). When a flagged verb already governs it ("engage with the Freedom Programme") the verb
    is the fault and the name is only its object; named among everyday behaviour ("use what she
    learned on the Freedom Programme") it is no fault at all."""
    kept = []
    for span in spans:
        if not any(span.start == name.start and span.end == name.end for name in names) or len(span) > 4:
            kept.append(span)
            continue
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass", "ROOT") or root.head.i == root.i:
            kept.append(span)
            continue
        while root.dep_ in ("conj", "appos") and root.head.i != root.i:
            root = root.head  # "attend the Freedom Programme and the parenting course"
        head = root.head
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            if head.pos_ in ("NOUN", "PROPN", "PRON") and root.head.pos_ == "ADP":
                continue  # "the time-out from his parenting course": a mention, not the goal
            kept.append(span)
            continue
        if any(other is not span and other.start <= head.i < other.end for other in spans):
            continue  # "engage with [the Freedom Programme]": the verb is reported
        if head.lemma_.lower() in _DOING_A_COURSE:
            kept.append(span)
    return kept


def _amount(span) -> bool:
    """"No more than half an hour", "no later than 8pm", "no fewer than three times": "no", a
    comparative and "than" make a measure the family can check, not harm said not to happen."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.start: min(len(doc), span.end + 2)]]
    return len(words) >= 3 and words[0] == "no" and words[1] in ("more", "less", "fewer", "later", "earlier", "longer") \
        and words[2] == "than"


def _free_time_or_cost(span) -> bool:
    free = next((t for t in span if t.lower_ == "free"), None)
    if free is None:
        return False
    prep = next((c for c in free.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
    after = span.doc[free.i + 2] if free.i + 2 < len(span.doc) else None
    thing = next((c for c in prep.children if c.dep_ == "pobj"), after) if prep is not None else after
    return thing is not None and (thing.like_num or thing.lower_ in ("charge", "cost", "costs", "fees", "today", "tomorrow",
                                                                       "now", "monday", "tuesday", "wednesday", "thursday",
                                                                       "friday", "saturday", "sunday", "noon", "midday")
                                  or thing.ent_type_ in ("TIME", "DATE", "MONEY"))


def _merged(ctx: Context, spans: list) -> list:
    """Overlapping spans joined into one, so the same words are reported once. Spans that only
    touch ("attend" + "the Freedom Programme") stay apart: the rewrite asks about each."""
    merged: list = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end and span.sent == merged[-1].sent:
            last = merged[-1]
            merged[-1] = ctx.doc[last.start:max(last.end, span.end)]
        else:
            merged.append(span)
    return merged


@rule("SOS512", "goal-absence-of-harm", "warning", kinds=("goal",), source="DOMAIN.md; South Ayrshire HSCP, Safety goals")
def goal_absence(ctx: Context, rule_: Rule):
    """Flags goals written as the absence of harm ("will not drink").

    What it checks
        Phrases such as "will not", "no more", "stop drinking", "stay off" or
        "protected from harm", "there will be no more police call-outs", "Kieran will not
        be violent" and harm said to stop ("Lucky will stop getting hurt", "never be
        harmed again", "stay sober", "remain drug-free", "make sure there are no more
        arguments", "ensure Jo is safe at all times"), outside the "if this doesn't happen" sentence. A "not" that sets off
        the way just named ("dealt with by talking, not hitting") is an alternative, not
        an absence. Care the child is
        given ("kept safe and warm in his cot") is not absence of harm. A "will
        not" is fine when the same or the next sentence says what happens instead (after
        a semicolon, another adult's act or "instead"), or when it spares the child
        ("Ella will not be told off"). With nothing positive
        for the adults to do, it is an error.
    Why it matters
        Nobody can see something not happening. A goal says what the adults will do
        instead, so the family and network can see it happening.
    Example
        Dad will not drink and there will be no more arguments.
    Better
        Dad will go to Nan's when he wants a drink, and Ella will have calm evenings at home every night for the next six months.
    """
    severity = "warning" if adult_actions(ctx) else "error"
    found = absence_spans(ctx)
    covered = {t.i for span in found for t in span}
    found = found + [span for span in stated_absences(ctx) if not covered & {t.i for t in span}]
    covered = {t.i for span in found for t in span}
    found = found + [span for span in absences13(ctx) if not covered & {t.i for t in span}]
    covered = {t.i for span in found for t in span}
    found = found + [span for span in goal_words.no_further_harm(ctx) if not covered & {t.i for t in span}]
    # Round 15: shielded in the passive, a status ended, harm lessening, an event not taking place.
    covered = {t.i for span in found for t in span}
    found = found + [span for span in goals15.absence_spans(ctx) if not covered & {t.i for t in span}]
    # Round 16: a "will not" beside obedience only, a verbless "No …" line, contact not had.
    covered = {t.i for span in found for t in span}
    found = found + [span for span in goals16.absence_spans(ctx) if not covered & {t.i for t in span}]
    # Round 19 (words19): "will not have drug-using friends", "no longer in a caring role", "nightmares will reduce".
    covered = {t.i for span in found for t in span}
    found = found + [span for span in words19.absence_spans(ctx) if not covered & {t.i for t in span}]
    # Round 24 (words24b): a trouble state that will not come about ("will not go missing", "no longer homeless").
    covered = {t.i for span in found for t in span}
    found = found + [span for span in words24b.absence_spans(ctx) if not covered & {t.i for t in span}]
    # Round 28 (compliance28): a child's hardship promised to end ("Major will no longer miss school").
    covered = {t.i for span in found for t in span}
    found = found + [span for span in compliance28.no_longer_spans(ctx) if not covered & {t.i for t in span}]
    # Round 29 (compliance29): the absence read from the clause's shape, whatever the harm is called.
    covered = {t.i for span in found for t in span}
    found = found + [span for span in compliance29.absence_spans(ctx) if not covered & {t.i for t in span}]
    for span in sorted((span for span in found if len(span)), key=lambda span: span.start):
        if goals15.in_trigger(span) or goals15.aim_with_deeds(ctx, span):
            continue  # "When Reign cries and won't settle, …"; "need to make sure Grace is safe. For this to happen, …"
        if _free_time_or_cost(span):
            continue  # "Nan is free from 3pm", "free of charge": time and money, not harm
        if protected_child(ctx, span) and (adult_actions(ctx) or arrangement_given(ctx, span)):
            continue  # "Willow will not be left in any room with a dog", beside what the adults will do:
            # their deed, said from the child's side. With no adult act in the goal it is still a "will not" goal.
        if _amount(span):
            continue  # "let the water cool for no more than half an hour": a measure, not harm not happening
        if outcome_with_experience(ctx, span):
            continue  # "Lily will see Dad walk away calmly and will not get hurt": the child's outcome
        if goals18.childs_own_beside_adult(ctx, span):
            continue  # Round 18: "Grandpa Ted will take them to the lido, and they will not swim in the canal"
        if goals19.deed_before_on_occasion(ctx, span) or goals19.child_placed_instead(ctx, span) \
                or goals19.thing_stays(ctx, span) or goals19.kept_from_things(ctx, span) \
                or goals19.free_aim_with_deeds(ctx, span):
            continue  # Round 19: "if anyone comes, you will ring 999, and you will not open the door";
            # "Kev will not go into Liberty's room; … Liberty will go to Nan Dawn's"; "it stays off";
            # "Basil will … explore and be kept away from the stairs"; "need her hair free of lice so …"
        if goals21.absence_answered(ctx, span):
            continue  # Round 21: "keep weekends free of drink and go to the gym"; "Gary will not stay …, and
            # Shona will be with you"; "will not lose phone time for coming home late"; "held gently and safe"
        if goals23.arrangement_beside(ctx, span):
            continue  # Round 23: "…Wayne will not stay overnight at the flat. When you see Wayne, it will be at his place"
        if goals25.fact_in_aside(span) or goals25.seen_contrast(span):
            continue  # Round 25: "even though you no longer live together"; "will hear cartoons, not shouting"
        if alarms26.absence_answered(ctx, span):
            continue  # Round 26: "before I, as your social worker, stop visiting"; "Iris will sleep …, go to
            # Brownies and stop waiting up"; "Hamza has told us he wants to stop …"; "stay off heroin …
            # When the urge comes, you will go to Lorraine's"
        if alarms27.need_met_by_deeds(ctx, span):
            continue  # Round 27 (tuned on set 25): "Alfie needs to be kept safe from your medicines …", deeds said
        if alarms28.in_if_not_sentence(span) or alarms28.needed_person_described(ctx, span):
            continue  # Round 28: "Should this not happen, …"; "If this plan falls apart, …"; "your baby
            # needs parents who are free of heroin", the adults' deeds set out after it
        if alarms30.in_danger_sentence(span):
            continue  # Round 30: "If you cannot keep to this, your baby could … stop breathing" (alarms30)
        if alarms31.child_change_seen(ctx, span) or alarms31.childs_wish(ctx, span):
            continue  # Round 31: "the teachers will see … Zuri no longer frightened at home time"; "what Jayden
            # wants most is for there to be no more police at the door" (alarms31)
        if alarms38.absence_beside_a_deed(ctx, span, found):
            continue  # Round 38: "…, so Blessing will no longer do this"; "Jo will notice that the flat no longer
            # smells of weed"; "Arjun will enjoy his weekends … and stop asking which of you …" (alarms38)
        if structure32.deed_joined_before(ctx, span):
            continue  # Round 32 (review32c): "you will have Esme in bed by 7pm and you will not drink until
            # she is asleep": the mirror of alternative_follows, so the order of the two clauses does not matter
        if words33.keeps_someone_away(ctx, span) or words34.keeps_away_from(ctx, span):
            continue  # Round 33 (review33 P#9, review33f): "will not allow the children's mother into the home"
        if alternative_follows(ctx, span) or care_outcome(span) or contrast_given(span):
            continue  # "you will not drive; Nan will collect Daisy instead"; "kept safe and warm in his cot";
            # "dealt with by talking, not hitting"
        child = _childs_own_stop(ctx, span)
        if child is not None:
            # Round 32 (review32 P#10): "YP to stop associating with risky peers" got the adults'
            # example ("Dad will go to Nan's when he feels angry") and no word that it asks the child
            who = child.text if analysis.is_name(child) else "the child"
            yield rule_.finding(ctx, span.start_char, span.end_char,
                                f"\"{span.text}\" asks {who} to stop or avoid something, which puts the job of keeping "
                                f"them safe on the child. {_CHILD_ABSENCE_ADVICE}",
                                "[what the adults will do so the child is safe]", severity=severity)
            continue
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" describes harm not happening. {analysis.kind_advice('absence')}",
                            "[what the adult will do instead]", severity=severity)


_CHILD_ABSENCE_ADVICE = ("Say what the adults will do so the child is safe, e.g. \"[Mum will know where Kai is each "
                         "evening and will pick him up by 9pm]\".")


def _childs_own_stop(ctx: Context, span):
    """Round 32 (review32 P#10): the harm-not-happening words are asked of a child: the subject of
    their verb (or the word just before "to", as in "YP to stop …") is a child's name or a child
    word (word_context.is_child, read from the people lists and the draft's names). None otherwise."""
    from .word_context import is_child

    verb = span.root
    for token in (verb, verb.head):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("she", "he"):
            return _pronoun_childs(ctx, subject)  # Round 34: "monitor YP and ensure she is not associating"
        if subject is not None:
            return subject if is_child(ctx, subject) else None
    start = span.start
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # Round 34 (review34 P#5): "YP to engage with CAMHS and stop self-harming"
    if first is not verb and first.i >= 1 and ctx.doc[first.i - 1].lower_ == "to":
        start = first.i
    before = ctx.doc[start - 1] if start else None
    if before is not None and before.lower_ == "to" and start >= 2:
        before = ctx.doc[start - 2]
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") and (
        is_child(ctx, before) or _young_person(before)) else None


def _young_person(token) -> bool:
    """Round 34: "person" in "young person", a child by the words before it."""
    return token.lower_ == "person" and token.i > 0 and token.doc[token.i - 1].lower_ == "young"


def _pronoun_childs(ctx: Context, pronoun):
    """Round 34 (review34 P#5): the child "she" or "he" points back to, where the nearest person
    word before it (in its sentence or the one before) is a child ("Parents to monitor YP and ensure
    she is not associating …"); None where it is an adult ("Mum … she") or nothing is found."""
    from .word_context import is_child

    doc = ctx.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start else 0
    for token in reversed(doc[start: pronoun.i]):
        if token.pos_ == "PRON":
            continue
        if is_child(ctx, token) or _young_person(token):
            return token  # "the young person … she"
        if analysis.is_person(token):
            return None
    return None


@rule("SOS513", "no-everyday-action", "warning", kinds=("goal",), source="DOMAIN.md: say what the caregivers will be doing")
def no_action(ctx: Context, rule_: Rule):
    """Flags goals that do not say what anyone will do.

    What it checks
        The sentence parse: is there a clause where an adult (Mum, Dad, you, a name)
        does an everyday action, not a state, a service, a vague promise ("make sure",
        "keep her safe") or a "will not"? The child's own part counts only in the
        house style's "For this to happen, Z needs to …". The adults a goal opens by
        speaking to ("Leila and Darren, …") count by name or as "you".
    Why it matters
        Safety is built from things people do each day. Without them the goal is a
        wish, and nobody knows what to do tomorrow.
    Example
        The home environment will be improved and the children will be safe.
    Better
        Mum and Nan will clear the kitchen together every Sunday so Kai and Amy can eat at the table.
    """
    if is_present(ctx, "action") or analysis.cues(ctx, "compliance") or service_goals(ctx) or absence_spans(ctx):
        return
    if alarms30.deed_said(ctx):
        return  # Round 30: a deed by the people the goal speaks to, read from the clause (alarms30)
    yield rule_.finding(ctx, 0, 0, "This goal does not say what anyone will do.",
                        "[Mum / Dad] will [everyday action], [how often].")


def _framed(ctx: Context) -> bool:
    """Is the goal built in the house style: what the adults will do, what the child will
    experience and what happens if it does not, with no service compliance or "will not"? The
    seed's wellbeing goals are complete in that frame without a duration or a named helper, so
    there a missing network or timescale is a suggestion (a hint), not a fault."""
    return all(is_present(ctx, part) for part in ("action", "experience", "if_not")) \
        and not analysis.cues(ctx, "compliance") and not service_goals(ctx) and not absence_spans(ctx)


@rule("SOS514", "no-network", "warning", kinds=("goal",), source="DOMAIN.md; Partnering for Safety, safety networks")
def no_network(ctx: Context, rule_: Rule):
    """Flags goals that do not say who will help.

    What it checks
        Whether the goal names someone from the family's network who helps: Nan, an
        aunt, a friend, a neighbour, or a school that does something for the child
        (rules/people.toml). The parents alone, and professionals who only report,
        are not a network. In a goal built in the house style (what the adults will
        do, what the child will experience, what happens if not) it is a hint.
    Why it matters
        Safety lasts when people around the family know the plan and help with it,
        not only the parents and professionals.
    Example
        Mum will make Leo breakfast every day for the next term.
    Better
        Mum will make Leo breakfast every day for the next term, and Nan will make it on Mondays when Mum works early.
    """
    if not is_present(ctx, "network"):
        yield rule_.finding(ctx, 0, 0, "This goal does not say who will help.",
                            "Who will help? e.g. \"[Nan] will [what she will do]\"",
                            severity="hint" if _framed(ctx) else None)


@rule("SOS515", "no-how-others-know", "hint", kinds=("goal",), source="DOMAIN.md; Queensland Child Safety practice kits")
def no_how_others_know(ctx: Context, rule_: Rule):
    """Flags goals that do not say how others will know it is happening.

    What it checks
        Someone outside the adults doing the goal who sees, checks or is told:
        "Nan will see", "the school will let the social worker know", "the dance
        teacher will text Mum if …", a chart or diary others can read.
    Why it matters
        A goal everyone can see being met builds trust, and lets the case close.
    Example
        Dad will go to Nan's when he feels angry, every time, for the next six months.
    Better
        Dad will go to Nan's when he feels angry, every time, for the next six months. Nan will text the social worker each time.
    """
    if not is_present(ctx, "others_know"):
        yield rule_.finding(ctx, 0, 0, "This goal does not say how others will know it is happening.",
                            "How will people know? e.g. \"[Nan] will see …\"")


# Words that say how often something happens: "every night", "each week", "twice a week", "daily",
# "on Fridays", "at weekends".
_HOW_OFTEN = re.compile(r"\b(?:every|each|daily|weekly|nightly|fortnightly|monthly|twice|once|times a|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|weekdays|mornings|evenings|nights)\b",
                        re.IGNORECASE)


@rule("SOS516", "no-timescale", "warning", kinds=("goal",), source="DOMAIN.md; Partnering for Safety, safety goals")
def no_timescale(ctx: Context, rule_: Rule):
    """Flags goals that do not say for how long the change must be seen.

    What it checks
        How long the change must be seen: "for the next six months", "until
        Christmas", "from now on". How often ("every night") is not how long: a goal
        that gives only a frequency gets a hint, and so does a goal built in the house
        style (what the adults will do, what the child will experience, what happens if not).
    Why it matters
        Everyone, the family most of all, needs to know when the goal is met and
        the worry can close.
    Example
        Dad will go to Nan's when he feels angry, and Ella will feel safe at home.
    Better
        Dad will go to Nan's when he feels angry, every time, for the next six months, and Ella will feel safe at home.
    """
    if not is_present(ctx, "timescale"):
        times = frequency_or_duration(ctx)
        if times is not None:
            # Name only the words that say how often: the time words found also hold ages ("Kai is
            # 12"), dates and deadlines ("by the end of term"), which are no frequency.
            often = [part for part in times.text.split("; ") if _HOW_OFTEN.search(part)]
            said = (f"\"{'; '.join(often)}\" says how often, not for how long the change must be seen." if often
                    else "This goal does not say for how long the change must be seen.")
            yield rule_.finding(ctx, len(ctx.text), len(ctx.text), said,
                                "For how long? e.g. \"[for the next six months]\"", severity="hint")
            return
        yield rule_.finding(ctx, len(ctx.text), len(ctx.text), "This goal does not say for how long.",
                            "For how long? e.g. \"[every day for the next six months]\"",
                            severity="hint" if _framed(ctx) else None)


@rule("SOS517", "no-if-not", "hint", kinds=("goal",), source="Seed exemplars (Coventry newsletter)")
def no_if_not(ctx: Context, rule_: Rule):
    """Flags goals that do not say what happens if the goal is not met.

    What it checks
        A sentence such as "If this doesn't happen, …" (rules/structure.toml).
    Why it matters
        Being honest about what happens next is part of a respectful plan: the family
        should never be surprised.
    Example
        Mum, you will cook tea for Leo every night for the next three months, and Nan will help on Saturdays. Leo will feel looked after.
    Better
        Mum, you will cook tea for Leo every night for the next three months, and Nan will help on Saturdays. Leo will feel looked after. If this doesn't happen, Leo may need to stay with Nan.
    """
    if not is_present(ctx, "if_not"):
        yield rule_.finding(ctx, len(ctx.text), len(ctx.text), "This goal does not say what happens if it is not met.",
                            "If this doesn't happen, [what will happen next].")


RULES: tuple[Rule, ...] = (missing_who, institutional_voice, no_context, no_future_danger, not_addressed,
                           goal_compliance, goal_absence, no_action, no_network, no_how_others_know,
                           no_timescale, no_if_not)
