"""Child-focus rules (SOS4xx): is the child named, and is what they live through on the page?"""
from __future__ import annotations

import re

from ..people.adult_signs import baby_still_to_be_born
from ..metrics import span_in_quotes
from . import alarms28, alarms31, analysis, goals16, role_names, unborn
from .base import Context, Rule, rule
from .word_context import in_document_name

LEXICON = "child_focus.toml"
# A quotation: double marks, or single marks that open at the start of a word and close at its end
# (never the apostrophe of "Will's" or "she'd", which once made "s head of year, and I are…" a quote).
_QUOTE = re.compile(r"[\"“]([^\"“”]{3,200})[\"”]|(?<![\w’'])[‘']((?:[^‘’'\n]|(?<=\w)[’'](?=\w)){3,200}?)[’'](?![\w’'])")


def child_placeholder(ctx: Context) -> str:
    """The child's name for a suggestion (never an adult's or a pet's), or "[child's name]"."""
    return analysis.child_name(ctx)


@rule("SOS401", "no-child-named", "warning", source="DOMAIN.md; TACT, Language that cares")
def no_child_named(ctx: Context, rule_: Rule):
    """Flags statements that do not name the child.

    What it checks
        Whether any name or initial appears (read from the parse and named entities),
        or a child's name from [tool.sos-lint.names]. With no child mentioned at all
        this is an error; with only "the child" or "the baby" it is a warning.
    Why it matters
        The statement is about one particular child. Naming them keeps everyone,
        the family included, thinking about that child's life.
    Example
        The mother has been drinking heavily and the house is dirty.
    Better
        Mum has been drinking every evening and Leo, who is seven, has been making his own tea.
    """
    found = analysis.people(ctx)
    if found.children or found.given or any(role in ("child", "children") for role, _ in ctx.config.names):
        return
    if addressed_child(ctx) is not None:
        return  # Round 15: "Minh, you and your foster carers …": the child is named, and spoken to
    if analysis.child_words(ctx):
        first = analysis.child_words(ctx)[0]
        # Round 26: no name to use yet; round 28: "until the birth" (alarms28).
        if unborn.about_an_unborn_baby(ctx, first) or alarms28.birth_to_come(ctx, first) \
                or baby_still_to_be_born(ctx.doc):  # Round 33: "the baby Grace is expecting"
            if _already_the_baby(ctx):
                return  # round 32 (review32 P#10): the hint said "the baby" is right to drafts that say it
            yield rule_.finding(ctx, first.idx, first.idx + len(first.text),
                                "This baby is not born yet. If the family have chosen a name, use it; if not, "
                                "\"the baby\" or \"Baby\" and the family name is right.",
                                "", severity="hint")
            return
        yield rule_.finding(ctx, first.idx, first.idx + len(first.text),
                            f"The child is not named (\"{first.text}\"). Use their name so the statement is about them.",
                            "[child's name]")
        return
    yield rule_.finding(ctx, 0, len(ctx.text),
                        "No child is mentioned. Say which child this is about, by name.",
                        "[child's name]", severity="error")


def _already_the_baby(ctx: Context) -> bool:
    """Round 32 (review32 P#10): the draft already calls the child not yet born "the baby", "your
    baby" or "Baby …", which the hint would only tell it to do. "The unborn", "the unborn child"
    and "the child" still get the hint."""
    for token in analysis.child_words(ctx):
        if token.lemma_.lower() == "baby" and not any(c.lower_ == "unborn" for c in token.children):
            return True
    return False


# Round 10b: what a report word in the possessive can name that is not the child: a group, club,
# service or place for children ("the young people's group", "the children's centre"). Only the
# plural: "the child's ward" or "the young person's club" is still this child's.
_SERVICE_PLACES = {"group", "groups", "club", "service", "services", "centre", "center", "team", "hospital", "ward",
                   "department", "departments", "dept", "hospice", "directorate", "division", "commissioner",
                   "unit", "project", "clinic", "forum", "panel", "charity", "society", "trust", "library", "section",
                   "playgroup", "session", "sessions", "drop-in",
                   # round 40 (W#7): "the Children's Court", "a children's home", "the children's guardian"
                   "court", "courts", "home", "homes", "hearing", "hearings", "guardian", "guardians"}


def _names_a_service(tokens, mark: int) -> bool:
    """The noun the possessive at `mark` hangs on is a group, service or place ("the young
    people's group"), perhaps after a describing word ("the children's mental health service")."""
    owner = tokens[mark].head if tokens[mark].dep_ == "case" else None
    owned = owner.head if owner is not None and owner.dep_ == "poss" else None
    nearby = [t.lower_ for t in tokens[mark + 1: min(mark + 5, len(tokens))] if t.is_alpha]
    return (owned is not None and owned.lower_ in _SERVICE_PLACES) or (
        owned is None and bool(nearby) and nearby[0] in _SERVICE_PLACES)


@rule("SOS402", "role-not-name", "warning", source="TACT, Language that cares; DOMAIN.md")
def role_not_name(ctx: Context, rule_: Rule):
    """Flags "the child", "the YP", "the mother" where a name or "Mum" fits.

    What it checks
        Role phrases from rules/child_focus.toml such as "the child", "the subject
        child", "the young person", "the mother", "maternal grandmother".
    Why it matters
        Families call each other Mum, Dad and Nan. Report words make the family
        feel like a case, and hide which child is meant when there are several.
    Example
        The mother leaves the child with the maternal grandmother at weekends.
    Better
        Mum leaves Tia with Nan at weekends.
    """
    for span, entry in ctx.matches(LEXICON):
        tokens = ctx.tokens
        following = tokens[span.end].lower_ if span.end < len(tokens) else ""
        after = tokens[span.end + 1].lower_ if span.end + 1 < len(tokens) else ""
        # "Mother's Day", "Father Christmas", "the infant school", "the parents' evening"; but
        # "Mother's drinking" is still the report word.
        if (following in ("'s", "’s") and after == "day") or (following in ("'", "’") and after == "evening") \
                or following in ("christmas", "school", "evening", "class") or span.text.lower() == "the subject":
            continue
        if following in ("'s", "’s", "'", "’") and tokens[span.end - 1].lower_ in ("children", "people") \
                and _names_a_service(tokens, span.end):
            continue  # "the young people's group at the Hub", "the children's centre": a place, not the child
        # "the Child Protection Plan", "the Young People's Service": the name of a document or team.
        words = [t for t in tokens[span.start:span.end] if t.is_alpha and t.lower_ != "the"]
        if words and all(t.text[:1].isupper() for t in words) and not words[0].is_sent_start \
                and ((span.end < len(tokens) and tokens[span.end].text[:1].isupper())
                     or in_document_name(ctx.doc[words[0].i:span.end])):
            continue  # ...and "the Child in Need Plan"
        last = tokens[span.end - 1]
        if last.dep_ in ("amod", "compound") and last.head.i >= span.end and last.head.pos_ == "NOUN" \
                and last.lower_ in ("juvenile", "minor", "infant", "youth"):
            continue  # round 40 (W#12): "the juvenile court", "the minor injuries unit": a describing word
        if span_in_quotes(ctx.doc, span.start_char):
            continue  # a parent's or child's own words are never flagged
        if _process_name(span):
            continue  # Round 34 (review34 P#5): "The child in need plan", "the child protection conference"
        if role_names.owned_by_someone(span):
            continue  # "Joy's father", "her mother": the relation to someone named, not a report word
        if role_names.names_a_place(span):
            continue  # "a mother and baby unit", "the father and toddler group": who a place is for
        # "Mum and the children" after the children are named is how families talk.
        if span.text.lower() == "the children" and len(analysis.people(ctx).children) >= 2:
            continue
        if span.text.lower() == "the children" and goals16.children_named(ctx):
            continue  # Round 16: "Storm and Summer", named, then "the children" for them both
        if goals16.childrens_job(span):
            continue  # Round 16: "the children's diabetes nurse": whom the job serves
        if _not_standing_for_a_name(ctx, span):
            continue  # Round 26: "she is a bad mother", "the father of the baby", "the carers from
            # Brightwell", "Lincoln and his sisters … the children"
        if _a_role_taken_on(span) or _role_said_of_someone(span):
            continue  # Round 32 (review32 P#8): "feel he has to be the parent", "acts as the carer": a role
        child = _apposed_child_name(ctx, span) if "[child's name]" in entry.replacement else ""
        replacement = entry.replacement.replace("[child's name]", child or _children_for(ctx, span) or child_placeholder(ctx))
        advice = entry.advice
        if replacement in ("Mum", "Dad") and span[-1].tag_ == "NNS":
            # Round 32: "Both mothers", "the fathers": two mums or two dads, not one "Mum"
            plural = "mums" if replacement == "Mum" else "dads"
            replacement = f"the {plural}" if span[0].lower_ == "the" else plural
            advice = "Write what the child calls each of them, for example \"Mum and Mama\" or their names."
        swap = "" if replacement.lower() in advice.lower() else f" Try \"{replacement}\"."
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" is a report word. {advice}{swap}",
                            replacement)


# Round 34 (review34 P#5): what a plan's process is called after "child" ("the child in need plan",
# "the child protection conference"): a thing's name, so "the child" in it is no child to name.
_CASE_PROCESS = frozenset(("plan", "plans", "meeting", "meetings", "conference", "conferences", "review", "reviews",
                           "register", "procedures", "procedure", "process", "status", "proceedings", "case",
                           "team", "service", "services", "order", "investigation", "enquiry", "enquiries",
                           "assessment", "category", "core", "group"))
_PROCESS_JOINERS = frozenset(("in", "need", "protection", "safeguarding", "looked", "after", "welfare", "of",
                              "concern", "and", "family"))


def _process_name(span) -> bool:
    """A child word that opens the name of a plan, meeting or process ("The child in need plan did
    not happen", "the child protection conference"): the words after it, with no determiner, are
    process words ending in a process noun within four words."""
    if span[-1].lower_ not in ("child", "children"):
        return False
    doc = span.doc
    for token in doc[span.end: min(len(doc), span.end + 4)]:
        if token.lower_ in _CASE_PROCESS and token.i > span.end:
            return True
        if token.lower_ not in _PROCESS_JOINERS:
            return False
    return False


def _children_for(ctx: Context, span) -> str:
    """Round 33 (review33b, review33 P#4, review33q Q#3): a plural child's word ("the children",
    "the siblings", "the kids") stands for every child: all the children named ("Kofi and Esi"),
    or "[children's names]" where fewer than two are named (one name would drop a sibling). ""
    for a singular word."""
    if span[-1].tag_ not in ("NNS", "NNPS") and span[-1].lower_ not in ("children", "kids", "siblings"):
        return ""
    names = [p.name for p in analysis.people(ctx).children]
    if len(names) >= 2:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return "[children's names]"


def _role_said_of_someone(span) -> bool:
    """Round 32 (review32b): a parent's role word that is what someone is or has to be, the
    complement of "be" ("he feels he has to be the parent", "she is the mother of…"), names no
    one: the family would not put a name there."""
    root = span.root
    return root.dep_ == "attr" and root.head.lemma_ == "be" and root.lemma_.lower() in ("parent", "mother", "father", "carer")


def _apposed_child_name(ctx: Context, span) -> str:
    """Round 32 (review32b): a child's role word set beside a name that the statement reads as
    a child ("The YP, Jake (15), was reported missing", "Jake, the young person, …"): the role
    word is that child, whichever child the statement names most. Returns the name, or ""."""
    found = analysis.people(ctx)
    doc = ctx.doc
    def child_at(k):
        if not (0 <= k < len(doc)) or found.role_of(doc[k]) != "child" or analysis.relative_of_the_child(doc[k]):
            return ""  # round 40 (W#1): "the brother of the child, Idris (15)": Idris is the brother
        return next((p.name for p in found.children if k in p.tokens), "")
    if span.end + 1 < len(doc) and doc[span.end].text in (",", "(", "-", "–"):
        name = child_at(span.end + 1)  # "The YP, Jake (15),"
        if name:
            return name
    if span.start >= 2 and doc[span.start - 1].text == ",":
        return child_at(span.start - 2)  # "Jake, the young person,"
    return ""


# Round 26 (alarms26): role words that name no one the family would call by name.
_KIN_PLURALS = {"sisters", "brothers", "siblings", "cousins", "twins", "stepbrothers", "stepsisters"}


# Verbs whose complement is a role someone is or takes on, not a person named.
_ROLE_VERBS = {"be", "become", "act", "play", "remain", "stay", "feel", "seem", "treat", "see", "step"}


def _a_role_taken_on(span) -> bool:
    """Round 32 (review32 P#8): "Ibrahim will … feel he has to be the parent", "Ella acts as the
    carer for her brother", "he became the man of the house": read from the parse, the role word is
    the complement of a verb of being or acting (attr, oprd) or the object of "as" after a verb, so
    it names a role taken on, not a person the family would call "Mum" or "Dad". "The parent did not
    come" and "Tia told the parent" stay report words."""
    role = span.root
    if role.dep_ in ("attr", "oprd", "acomp") and role.head.lemma_.lower() in _ROLE_VERBS:
        return True
    head = role.head
    return role.dep_ == "pobj" and head.lower_ in ("as", "like") and head.head.pos_ in ("VERB", "AUX") \
        and head.head.lemma_.lower() in _ROLE_VERBS


def _not_standing_for_a_name(ctx: Context, span) -> bool:
    """A role word that does not stand where a name fits:
    - said of no one in particular, after "a"/"an" ("she hears a voice saying she is a bad mother",
      "to be a good father"): what a role is, not a name for someone;
    - the relation spelt out by "of" ("the father of the baby is Reece", "the mother of his child"):
      whose father, said as the family would;
    - paid carers named by their service ("the carers from Brightwell"): a service's staff, not
      the child's parents;
    - "the children" for a child named with brothers or sisters who are not ("Lincoln and his
      sisters", "her and Noah"): the group has no one name.
    "The mother hits Tia", "the father's drinking" and "the carers" alone are still report words."""
    role = span[-1]
    dets = [c.lower_ for c in role.children if c.dep_ == "det"]
    if dets and dets[0] in ("a", "an"):
        return True
    tokens = ctx.tokens
    after = tokens[span.end] if span.end < len(tokens) else None
    if after is not None and after.lower_ == "of" and after.head.i == role.i and role.lower_ != "children":
        thing = next((c for c in after.children if c.dep_ == "pobj"), None)
        if thing is not None and (thing.i in analysis.child_tokens(ctx) or thing.lower_ in ("baby", "child", "children")
                                  or any(c.dep_ == "poss" for c in thing.children)):
            return True
    if role.lower_ == "carers" and after is not None and after.lower_ in ("from", "at") and span.end + 1 < len(tokens) \
            and tokens[span.end + 1].text[:1].isupper():
        return True
    if role.lower_ in ("carer", "carers") and alarms31.paid_carers(ctx, role):
        return True  # Round 31: "the carer from the agency"; "the carers" after "carers from Adult Social Care"
    if role.lower_ == "children":
        children = analysis.child_tokens(ctx)
        for i in children:
            if span.start <= i < span.end:
                continue
            for other in tokens[i].conjuncts:
                if span.start <= other.i < span.end:
                    continue  # "Craig and the children": the words themselves are no second child
                if other.lower_ in _KIN_PLURALS or other.i in children \
                        or (other.lower_ in ("her", "him") and analysis.pronoun_is_child(ctx, other)):
                    return True
    return False


@rule("SOS403", "no-impact-on-child", "warning", kinds=("worry",), source="DOMAIN.md; NSPCC, Why language matters")
def no_impact_on_child(ctx: Context, rule_: Rule):
    """Flags worry statements that do not say what the adults' behaviour means for the child.

    What it checks
        Whether the statement says what the child sees, hears, feels or misses out
        on (word list in rules/child_focus.toml). It speaks only when no sentence
        about the child has such a word; the report's "impact" part is stricter and
        leaves out what could happen later.
    Why it matters
        The worry is about the child's life, not the adults' choices as such. Saying
        what the child lives through is what makes the danger real to the family.
    Example
        Dad drinks six cans of lager most evenings and shouts at Mum.
    Better
        Dad drinks six cans of lager most evenings and shouts at Mum. Ella hears the shouting from her bed and is scared to go to sleep.
    """
    from .parts import components
    from . import child_views

    # Round 38 (child_views, review38d D#1): a child's view written off ("could not be gained as he
    # is non-verbal"), with no other way the child showed it; said whether or not the part is there
    for span in child_views.written_off_spans(ctx):
        who = child_placeholder(ctx)
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" " + child_views.ADVICE.format(name=who),
                            child_views.SUGGESTION.format(name=who))
    # A warning only when sure: the strict reading (the report's "impact" part) and the broad one
    # (any sentence about the child with an impact word) both find nothing.
    if any(c.name == "impact" and c.present for c in components(ctx)):
        return
    name = child_placeholder(ctx)
    near = analysis.child_sentence(ctx, "impact")
    if near is not None and any(t.tag_ == "MD" for t in near):
        return  # "Kian and Lacey could be badly hurt in a crash": what it could mean, said (a rule fixture)
    from .family_shape import only_an_unborn_baby
    if only_an_unborn_baby(ctx):
        if _unborn_impact_said(ctx):
            return  # "Alcohol in pregnancy can harm how a baby's brain and body grow", "could be born small"
        # Round 36 (review36h H#10): a baby not yet born sees and hears nothing the worry can name;
        # what it means for them is their growth, their health at birth and the home they come to
        yield rule_.finding(ctx, 0, len(ctx.text),
                            "This does not say what it means for the baby: how what the adults do could affect the "
                            "baby's growth and health before and at birth, and the care the baby will come home to.",
                            "[how this could affect the baby's growth, health or birth]",
                            severity="hint" if near is not None else None)
        return
    if near is not None:
        # Round 31 (review #10): the report lists the part as missing, so a finding says so, as a hint:
        # a sentence about the child comes near it. On the open parts sets the part was really missing in
        # 158 of the 174 statements where only the broad reading found it.
        yield rule_.finding(ctx, 0, len(ctx.text),
                            "This does not say clearly what it means for the child: what they saw, heard or felt, "
                            "or what they missed out on, because of what the adults did.",
                            f"{name} [saw / heard / felt / missed out on …].", severity="hint")
        return
    yield rule_.finding(ctx, 0, len(ctx.text),
                        "This does not say what it means for the child: what they see, hear, feel or miss out on.",
                        f"{name} [sees / hears / feels / misses out on …].")


# Round 36 (review36h H#10): what a pregnancy's worry means for the baby, said in words of growth and birth
_BABY_NOUNS = {"baby", "babies", "unborn", "foetus", "fetus", "newborn"}
# ("born", "birth" and "harm" alone are not it: "at risk of harm once born" says nothing of the baby)
_GROWING_WORDS = {"grow", "growth", "brain", "small", "early", "premature", "prematurely", "withdrawal", "withdraw",
                  "develop", "development", "stillborn", "stillbirth", "miscarriage", "miscarry", "heartbeat",
                  "oxygen", "placenta", "underweight"}


def _unborn_impact_said(ctx: Context) -> bool:
    """A sentence that names the baby and what could happen to the baby's growth, health or birth."""
    for sentence in ctx.sentences:
        words = {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}
        if words & _BABY_NOUNS and words & _GROWING_WORDS:
            return True
    return False


@rule("SOS404", "no-child-experience", "warning", kinds=("goal",), source="DOMAIN.md; Partnering for Safety, safety goals")
def no_child_experience(ctx: Context, rule_: Rule):
    """Flags goals that do not say what the child will experience.

    What it checks
        Whether the goal says what the child will see, hear or feel when it is met
        (word list in rules/child_focus.toml), said of the child: where the child
        will stay ("Noah will stay with Nan") or an adult's promise ("make sure the
        children are safe") is not the child's experience.
    Why it matters
        A goal is met when the child's everyday life is different. Saying what the
        child will feel gives everyone the same picture of success.
    Example
        Mum will keep the kitchen tidy and go to the parenting course.
    Better
        Mum will cook tea for Noah every night, so that Noah goes to bed full and feels looked after.
    """
    from .parts import components

    if any(c.name == "experience" and c.present for c in components(ctx)) or _addressed_child_experience(ctx):
        return  # "Kai (15), you … You will feel calm at home": said to the child (round 19)
    name = child_placeholder(ctx)
    if analysis.child_sentence(ctx, "experience") is not None:
        # Round 31 (review #10): the report lists the part as missing, so a finding says so, as a hint:
        # a sentence about the child comes near it ("will see that the children are calm"). On the open
        # parts sets the part was really missing in 230 of the 242 goals where only this reading found it.
        yield rule_.finding(ctx, 0, len(ctx.text),
                            "This goal does not say clearly what the child will experience when it is working: "
                            "what they will see, hear or feel each day.",
                            f"{name} will [feel / see / hear …].", severity="hint")
        return
    yield rule_.finding(ctx, 0, len(ctx.text),
                        "This goal does not say what the child will experience.",
                        f"{name} will [feel / see / hear …].")


# Round 15 (goals15): a goal spoken to the child by name, with the adults who care for them
# ("Minh, you and your foster carers, Rose and Gareth, need to …"). Whoever has carers is the child;
# "Mum, you and your sister" speaks to an adult.
_CARING = {"carer", "carers", "foster", "guardian", "guardians", "key", "residential"}


def addressed_child(ctx: Context):
    """The name token of the child the goal speaks to, or None."""
    tokens = ctx.tokens
    aged = _age_in_brackets(tokens)
    you_at = 5 if aged else 2
    if len(tokens) < you_at + 2 or tokens[you_at - 1].lower_ != "," or tokens[you_at].lower_ != "you":
        return None
    name = tokens[0]
    family = analysis.people_words()["family"]
    if (aged or _told_own_age(tokens[you_at])) and name.text[:1].isupper() and name.is_alpha \
            and name.lower_ not in family and name.lower_ not in analysis.people_words()["professionals"]:
        return name  # Round 19: "Patience, you are 17 and …", "Kai (15), you …": a child's age, said to them
        # (the parse may take an unusual name such as "Patience" for a noun: the age decides)
    if not (name.pos_ == "PROPN" or analysis.is_name(name)) or name.lower_ in family:
        return None
    sentence = ctx.sentences[0]
    for t in tokens[3:sentence.end]:
        if t.lower_ == "your" and any(w.lower_ in _CARING for w in tokens[t.i + 1:min(t.i + 3, sentence.end)]):
            return name
    return None


def _under_18(token) -> bool:
    try:
        return token.like_num and 0 < int(token.text) < 18
    except ValueError:
        return False


def _age_in_brackets(tokens) -> bool:
    """"Kai (15), you …": the name spoken to, with a child's age."""
    return len(tokens) > 6 and tokens[1].text == "(" and _under_18(tokens[2]) and tokens[3].text == ")"


def _told_own_age(you) -> bool:
    """"Patience, you are 17": "you" is the subject of "be" with a child's age ("17", "15 years old")."""
    verb = you.head
    if you.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return False
    for c in verb.children:
        if c.dep_ in ("attr", "acomp") and c.i > you.i and (_under_18(c) or any(
                n.dep_ == "nummod" and _under_18(n) for n in c.children)):
            return True
    return False


def _addressed_child_experience(ctx: Context) -> bool:
    """In a goal spoken to the child, "You will sleep in your own bed and feel safe" is what the
    child will experience."""
    if addressed_child(ctx) is None:
        return False
    from ..data import load_toml

    cue_words = set(load_toml("child_focus.toml")["experience"])
    for sentence in ctx.sentences[1:]:
        if not any(t.lower_ == "you" and t.dep_ in ("nsubj", "nsubjpass") for t in sentence):
            continue
        if any(t.lemma_.lower() in cue_words or t.lower_ in cue_words for t in sentence):
            return True
    return False


def child_voice(ctx: Context) -> list[str]:
    """The child's own words, quoted: a strength to keep, never a finding."""
    strengths = []
    told = None  # what a child or a victim told of abuse between adults is never held up as a strength
    for match in _QUOTE.finditer(ctx.text):
        said = match.group(1) if match.group(1) is not None else match.group(2)
        words = set(re.findall(r"[\w’']+", said.lower()))
        if not {"i", "me", "my", "i'm", "i’m"} & words:
            continue
        if told is None:
            from .words36h import disclosure_spans

            told = [(start, end) for start, end, _ in disclosure_spans(ctx)]
        if any(start < match.end() and match.start() < end for start, end in told):
            continue
        if _said_by_another(ctx, match.start(), match.end(), told):
            continue
        strengths.append(f"Quotes the child's own words: \"{said}\"")
    return strengths


_SAYING = {"say", "tell", "report", "state", "shout", "scream", "explain", "add", "reply", "disclose", "ask",
           "write", "text", "message", "claim", "allege", "describe", "comment", "mention", "respond"}


def _said_by_another(ctx: Context, start: int, end: int, told) -> bool:
    """Round 39 (review39l L#7, L#10): the quote is not held up as the child's own words when the
    reporting clause names an adult as the speaker ("Mum said \"I will not…\""), or when its
    sentence is one the domestic abuse advice asks not to repeat (what was told of the abuse)."""
    from .person_verdicts import is_a_child

    doc = ctx.doc
    inside = [t for t in doc if start < t.idx < end and not t.is_punct]
    if not inside:
        return False
    sentence = inside[0].sent
    if any(sentence.start_char <= s < sentence.end_char for s, _ in told):
        return True
    if any(t.lemma_.lower() == "disclose" for t in sentence):
        from .verdicts import about_domestic_abuse

        if about_domestic_abuse(ctx):
            return True  # "disclosed" in a domestic abuse worry: its advice asks not to repeat what was told
    verb = None
    for token in inside:  # the word of the quote that hangs on a verb outside it
        head = token.head
        if not (start < head.idx < end) and head.lemma_.lower() in _SAYING:
            verb = head
            break
    if verb is None:  # "Mum said: \"…\"" read as two clauses: the last verb of saying before the quote
        before = [t for t in sentence if t.idx < start and t.lemma_.lower() in _SAYING and t.pos_ == "VERB"]
        verb = before[-1] if before else None
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(is_a_child(ctx, c) for c in subjects):
        return False  # "Mum and Dad, Honor has asked you…": a child among the subjects the parse gives
    speaker = subjects[-1]  # the nearest: a name spoken to ("Mum, you said") can be parsed as one too
    if speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    if speaker.lower_ in ("i", "we"):
        return True  # the writer or a worker said it
    if speaker.lower_ == "you":
        return addressed_child(ctx) is None  # a goal spoken to an adult; said to a child, the child's words
    return speaker.i in analysis.adult_tokens(ctx) or speaker.lower_ in (
        "mum", "dad", "mother", "father", "nan", "grandad", "stepdad", "stepmum", "partner", "boyfriend",
        "girlfriend", "uncle", "aunt", "auntie", "teacher", "worker")


RULES: tuple[Rule, ...] = (no_child_named, role_not_name, no_impact_on_child, no_child_experience)
