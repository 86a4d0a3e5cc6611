"""What an adult does named as a habit or a state, read on the parse: drug or drink use with no
occasion ("Mum is using again", "Dad has relapsed"), "behaviours" said of an adult, a service not
taken up as the worry, and a verdict on what a parent puts first ("puts her own needs first")."""
from __future__ import annotations

from ..metrics import span_in_quotes
from . import analysis, person_verdicts
from .base import Context
from .lexicon import looks_ahead
from .word_context import add_untaken, settings

# Verbs of taking a drug or drink; "drink" and "use" alone (no object) are the trade's own
# shorthand for it ("Mum is using again", "Dad drinks heavily").
_TAKING = {"use", "take", "smoke", "inject", "snort", "sniff", "drink", "misuse", "abuse", "buy", "score"}
_ALONE = {"use", "drink", "inject"}
# Said of a drug or drink habit: "is using again", "drinks heavily", "has been drinking a lot".
_HABIT_WORDS = {"again", "heavily", "excessively", "daily", "regularly", "constantly", "lot", "everyday"}
_RELAPSING = {"relapse", "lapse"}
_ON = {"be", "get", "go", "come"}  # "is back on heroin", "has gone back on the drink"
# A time that pins one occasion ("on Friday", "last night"), not one that only says how often.
_OFTEN = {"every", "each", "most", "daily", "nightly", "weekly", "all", "weekends", "nights", "evenings"}
_WHEN = {"while", "when", "before", "after", "whilst", "as", "until"}


def _substances() -> set[str]:
    return set(settings()["substance_words"])


def _adult(ctx: Context, token) -> bool:
    from .verdicts import _an_adult  # one reading of "an adult the statement is about"
    if token is not None and token.lower_ in ("his", "her", "their"):
        return not analysis.pronoun_is_child(ctx, token)
    if token is not None and token.i and token.doc[token.i - 1].lower_.rstrip(".") in _TITLES:
        return True  # "Mr Ward"
    return token is not None and _an_adult(ctx, token)


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx"}


def _a_child(ctx: Context, token) -> bool:
    return token.i in analysis.child_tokens(ctx) or (
        token.pos_ == "PRON" and token.lower_ in ("him", "her", "them") and analysis.pronoun_is_child(ctx, token))


_STATES = {"have", "live", "stay", "share", "see", "know", "love", "want", "need"}


def affects_a_child(ctx: Context, span) -> bool:
    """Does the sentence say what the adult did to or with someone ("and then drives Kai to
    school", "falls asleep with the baby on the sofa", "and hits Mum")? A cause ("since he lost
    his job") does not explain a habit, nor the child's own doings ("and Kai is late for school")."""
    own = {t.i for t in span}
    for verb in span.sent:
        if verb.pos_ != "VERB" or verb.i in own or any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = _subject(verb)
        if subject is not None and not _adult(ctx, subject) or verb.lemma_.lower() in _STATES:
            continue
        reached = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
        reached += [o for p in verb.children if p.dep_ in ("prep", "agent") for o in p.children if o.dep_ == "pobj"]
        if verb.dep_ == "advcl" and any(m.lower_ in ("since", "because", "as") for m in verb.children if m.dep_ == "mark"):
            continue  # "since he lost his job": a cause, not what he did to anyone
        if any(_a_child(ctx, t) or analysis.is_person(t) for t in reached):
            return True  # "and then hit Mum", "falls asleep with the baby on the sofa"
    return False


# Round 39 (r39b): the use told with its setting. The rule asks what the adult took, when and what it
# meant for the child; good statements answer it in the same sentence, and the parse often hangs
# the place on the drug ("smokes heroin in the flat most days") or the child's clause on the main
# verb, so the sentence is read, not the verb's subtree alone.
_WITH_A_CHILD = {"with", "around", "beside", "near", "alongside"}
_A_WISH = {"stop", "quit", "want", "wish", "try"}  # "wants to stop using", "friends wanting to use"
_TIME_NOUNS = {"day", "days", "night", "nights", "evening", "evenings", "morning", "mornings", "week",
               "weeks", "weekend", "weekends", "afternoon", "afternoons", "month", "months", "time", "times"}


def told_with_its_setting(ctx: Context, span) -> bool:
    """Round 39 (r39b): is a drug or drink use told as something that happened around the child, or
    not as a use at all? Three shapes, read from the parse and the people analysis:
    - a child is there in the same sentence: the object of "with", "around", "beside", "near" or "in
      front of", or the subject of a "while"/"when"/"as" clause ("smokes cannabis with Callum in the
      shed", "drinks when Kofi stays with him", "only uses when River is asleep");
    - the drug is named and so is a place, other than a time ("smokes heroin in the flat most days",
      "smoke cannabis in the living room"): what was taken, and where;
    - the use is what someone wants or means to stop ("wants to stop using", "friends wanting to use").
    A habit with nothing of this ("Dad uses cocaine at weekends", "Mum is using again", "he drinks
    every day") is still a label."""
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _TAKING | _ALONE]
    if not verbs:
        return False
    verb = verbs[0]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _A_WISH:
        return True
    # "uses" with nothing taken named does not say what was used: a habit label wherever the child is
    # (round 27's "Dad uses when Tayla (2) is asleep"); "drinks" alone names its drink
    unnamed = verb.lemma_.lower() == "use" and not any(c.dep_ == "dobj" for c in verb.children)
    for token in ([] if unnamed else verb.sent):
        if not _a_child(ctx, token) and not (token.dep_ == "appos" and _a_child(ctx, token.head)) and not any(
                c.dep_ == "appos" and _a_child(ctx, c) for c in token.children):
            continue
        head = token.head
        if token.dep_ == "pobj" and (head.lower_ in _WITH_A_CHILD
                                     or (head.lower_ == "of" and head.head.lower_ == "front")):
            return True  # "with Callum", "in front of the children", "with his daughter Ivy"
        if token.dep_ in ("nsubj", "nsubjpass") and any(
                m.lower_ in _WHEN for m in head.children if m.dep_ in ("mark", "advmod")):
            return True  # "when River is asleep", "while Mateo watches television"
    substances = _substances()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    drug = [o for o in objects if o.lemma_.lower() in substances or o.lower_ in substances]
    if not drug:
        return False
    for prep in [c for w in [verb, *drug] for c in w.children if c.dep_ == "prep"]:
        if prep.lower_ not in ("in", "at", "inside", "outside", "around"):
            continue
        words = list(prep.subtree)
        # a place is named as one: with "the"/"a"/a possessive ("in the flat", "in his car"), or by its
        # name ("at Nan's"); "in large amounts", "in secret", "at parties" name no place
        pointed = any(w.dep_ in ("det", "poss") for w in words) or any(
            w.dep_ == "pobj" and w.pos_ == "PROPN" and w.ent_type_ not in ("DATE", "TIME") for w in words)
        if pointed and any(w.pos_ in ("NOUN", "PROPN", "ADJ") and w.ent_type_ not in ("DATE", "TIME")
                           and w.lower_ not in _OFTEN | _TIME_NOUNS and w.lemma_.lower() not in substances
                           for w in words):
            return True  # "in the flat", "in the living room", "at Nan's"
    return False


def _subject(verb):
    """Who does the verb ("has started using crack": the subject of "started")."""
    return analysis.subject_of(verb)


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _one_occasion(verb) -> bool:
    """Does the clause say when it happened, once ("on Friday", "while Leo was there", "in the
    kitchen")? A frequency ("at weekends", "every day") is a habit, not an occasion."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.lower_ in _WHEN for m in child.children if m.dep_ == "mark"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "on", "during", "outside", "near") and any(
                o.dep_ == "pobj" and o.lemma_.lower() not in _substances() and o.lower_ not in _ON_SLANG
                for o in child.children):
            words = {t.lower_ for t in child.subtree}
            if not words & _OFTEN:
                return True
    times = [t for t in verb.subtree if t.ent_type_ in ("DATE", "TIME")]
    return any(not ({w.lower_ for w in t.head.subtree} & _OFTEN) and t.tag_ != "NNS" for t in times
               if t.lower_ not in _OFTEN)


def _last(verb, *words) -> int:
    return max([verb.i] + [w.i for w in words if w is not None])


# Round 9b: "is on the cans most days", "has been on the bottle": the trade's and the street's
# words for drinking, said of being "on" them (not "uses a bottle" or "drank four cans on Friday").
_ON_SLANG = {"cans", "bottle", "booze", "sauce", "gear", "piss", "lash", "drink"}
# Falling back into use: "has slipped back into drinking", "fell back into using", "has gone back
# to drinking", "has returned to drug use".
_FALLING_BACK = {"slip", "fall", "go", "return", "drift", "get", "sink", "revert", "lapse"}
_USE_NOUNS = {"drinking", "using", "use", "misuse", "abuse", "habit", "habits", "addiction"}


def _on_the(verb, substances: set):
    """The drug or drink in "is back on heroin", "is on the cans", or None."""
    on = next((c for w in [verb, *[a for a in verb.children if a.lower_ == "back"]]
               for c in w.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    thing = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
    if thing is not None and (thing.lemma_.lower() in substances or thing.lower_ in substances
                              or (thing.lower_ in _ON_SLANG and any(d.lower_ == "the" for d in thing.children))):
        return thing
    return None


def _fallen_into(verb, substances: set):
    """The use in "slipped back into drinking", "gone back to using", "returned to heroin use", or None."""
    into = next((c for w in [verb, *[a for a in verb.children if a.lower_ == "back"]]
                 for c in w.children if c.dep_ == "prep" and c.lower_ in ("into", "to")), None)
    thing = next((o for o in into.children if o.dep_ in ("pobj", "pcomp")), None) if into is not None else None
    if thing is None:
        return None
    named = thing.lemma_.lower() in substances or thing.lower_ in substances or any(
        c.lower_ in substances | _USE_NOUNS or c.lemma_.lower() in substances
        for c in thing.children if c.dep_ in ("compound", "amod"))
    if thing.lower_ in _USE_NOUNS and (thing.lower_ in ("drinking", "using") or named) or named:
        return thing
    return None


def drug_use_spans(ctx: Context) -> list:
    """"Mum is using again", "Dad uses cocaine", "has relapsed", "is back on heroin", "has been
    drinking heavily": an adult's drug or drink use told as a habit, with no occasion, not
    negated and not looking ahead (a goal's "will not drink" is absence of harm)."""
    def compute():
        substances = _substances()
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX") or span_in_quotes(ctx.doc, verb.idx):
                continue
            kids = ctx.children[verb.i]  # (made once per statement)
            objects = [c for c in kids if c.dep_ == "dobj"]
            habit = [c for c in kids if c.dep_ in ("advmod", "npadvmod", "dobj") and c.lower_ in _HABIT_WORDS]
            end = None
            if lemma in _TAKING and any(o.lemma_.lower() in substances or o.lower_ in substances for o in objects):
                end = _last(verb, *objects, *habit)
            elif lemma in _ALONE and not objects and not any(
                    c.dep_ in ("xcomp", "ccomp", "prep", "dative", "prt", "attr", "acomp") and c.lower_ not in ("on",)
                    for c in verb.children) and (habit or lemma != "drink" or verb.tag_ in ("VBG", "VBZ")):
                end = _last(verb, *habit)  # "is using again", "drinks heavily", "Dad drinks"
            elif lemma in _RELAPSING:
                end = verb.i
            elif lemma in _ON and _on_the(verb, substances) is not None:
                end = _on_the(verb, substances).i
            elif lemma in _FALLING_BACK and _fallen_into(verb, substances) is not None:
                end = _fallen_into(verb, substances).i  # "has slipped back into drinking"
            if end is None or _negated(verb) or looks_ahead(verb) or _one_occasion(verb):
                continue
            if verb.tag_ == "VBN" and any(c.lower_ in ("had", "'d") and c.dep_ == "aux" for c in verb.children):
                continue  # "the crew said Dad had taken crack": one occasion, told from after it
            if verb.dep_ == "advcl" and any(m.lower_ in _WHEN | {"if", "once"} for m in verb.children
                                            if m.dep_ in ("mark", "advmod")):
                continue  # "when he drinks, he shouts": the drinking sets the scene for what he does
            if not _adult(ctx, _subject(verb)):
                continue
            start = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.i])
            found.append(ctx.doc[start:end + 1])
        from . import words15  # round 15: "his alcohol dependency", "a heroin addiction"
        return add_untaken(found, words15.condition_label_spans(ctx, substance=True))
    return ctx.memo("habit_labels:drug_use", compute)


# Round 9b: the habit named as a thing an adult has: "his drinking", "Mum's drinking", "Dad's
# drug-taking". An occasion ("Dad's drinking on Friday night") or a "when" is left alone.
_HABIT_NOUNS = {"drinking", "drug-taking", "gambling", "boozing", "using"}


def habit_noun_spans(ctx: Context) -> list:
    """"The impact of his drinking on Violet", "Mum is worried about Dad's drinking": an adult's
    drinking named as a thing, with no occasion. A child's ("Kai's drinking at parties") and a
    parent's quoted words are left alone."""
    def compute():
        found = []
        for noun in ctx.tokens:
            if noun.lower_ not in _HABIT_NOUNS or noun.pos_ != "NOUN" or span_in_quotes(ctx.doc, noun.idx):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None or not _adult(ctx, owner):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WHEN for t in noun.subtree if t.i > noun.i):
                continue  # "Dad's drinking on Friday night", "his drinking while Leo was there"
            found.append(ctx.doc[min(t.i for t in owner.subtree):noun.i + 1])
        return found
    return ctx.memo("habit_labels:habit_noun", compute)


_LINKING = {"be", "become", "get", "seem", "remain", "appear", "grow"}
_BEHAVIOUR = {"behaviour", "behaviours", "behavior", "behaviors", "conduct"}
# Round 10: an adult's conduct named by an abstract noun the adult holds ("Dad's violence", "her
# partner's aggression", "Mr Reid's abuse of Mum"), no deed said.
_CONDUCT = {"violence", "aggression", "abuse", "cruelty", "hostility", "abusiveness", "violent", "temper"}
_DESCRIBING = {"attr", "xcomp", "acl", "relcl", "appos"}


# Round 10b: conduct aimed at someone ("Mr Cole's attitude towards Leo", "his treatment of Mum"
# is left to the lexicon), named and not said.
_AIMED = {"attitude", "attitudes", "treatment", "manner"}


def _aimed_by_someone(ctx: Context, owner, toward) -> bool:
    """"Wade's behaviour towards Mum": behaviour aimed at someone, held by a person the statement
    does not show as a child (a name alone may not say who is an adult)."""
    from .word_context import is_child
    from . import analysis
    if toward is None or toward.lower_ not in ("towards", "toward") or owner.pos_ not in ("PROPN", "PRON", "NOUN") \
            or owner.lower_ in ("its", "my", "our"):
        return False
    if any(t.lower_ in analysis.people_words()["family"] and t.lower_ not in ("son", "daughter", "brother", "sister")
           for t in toward.subtree if t.dep_ in ("pobj", "conj")):
        return True  # "Wade's behaviour towards Mum": conduct towards a parent, whoever the name is
    return not is_child(ctx, owner, strict=False) and owner.i not in analysis.child_tokens(ctx)


def behaviour_spans(ctx: Context) -> list:
    """"Dad's behaviours", "his behaviour towards Mum", "the worry is Grandad's behaviour around
    the girls": an adult's behaviour named and not said. "Dad's behaviour when he drinks is to
    shout", a child's behaviour and a behaviour with a describing word ("aggressive behaviour",
    a lexicon label) are left alone."""
    def compute():
        found = []
        for noun in ctx.tokens:
            if (noun.lower_ not in _BEHAVIOUR and noun.lower_ not in _CONDUCT and noun.lower_ not in _AIMED) \
                    or noun.pos_ != "NOUN" or span_in_quotes(ctx.doc, noun.idx):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            towards = ("towards", "toward", "around", "to") + (("of",) if noun.lower_ in _CONDUCT else ())
            toward = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in towards), None)
            if noun.lower_ in _AIMED and (toward is None or toward.lower_ not in ("towards", "toward")):
                continue  # "Dad's attitude" alone may be anything; "his attitude towards Leo" is conduct
            if owner is None or not (_adult(ctx, owner) or _has_a_partner(noun) or _aimed_by_someone(ctx, owner, toward)):
                continue
            if any(c.dep_ in ("amod", "compound") for c in noun.children):
                continue  # "Dad's aggressive behaviour": the describing word is the lexicon's
            if any((c.dep_ in _DESCRIBING and not (c.dep_ == "appos" and c.like_num)) or (c.dep_ == "advcl")
                   for c in noun.children):
                continue  # "Dad's behaviour, which is to shout"
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _LINKING and any(
                    c.dep_ in ("attr", "xcomp", "advcl", "acomp") for c in noun.head.children):
                continue  # "Dad's behaviour when he drinks is to shout"
            if any(t.text in (":", "–", "—") and t.i > noun.i and t.i + 1 < noun.sent.end for t in noun.sent):
                continue  # "Dad's behaviour scares her: he punches the doors"
            start = min(t.i for t in noun.subtree if t.i <= noun.i)
            clauses = {t.i for t in (toward.subtree if toward is not None else ()) if t.dep_ in ("relcl", "acl")
                       for t in t.subtree}
            end = max([noun.i] + ([t.i for t in toward.subtree if t.i not in clauses and not t.is_punct]
                                  if toward is not None else []))
            found.append(ctx.doc[start:end + 1])
        return found
    return ctx.memo("habit_labels:behaviour", compute)


_PARTNERS = {"partner", "ex-partner", "ex", "husband", "wife", "girlfriend", "boyfriend", "fiance", "fiancee",
             "ex-husband", "ex-wife", "spouse"}


def _has_a_partner(noun) -> bool:
    """"Jordan's behaviour towards his partner": whoever has a partner is an adult (classes9 H4),
    even when the name alone does not say so."""
    return any(t.lower_ in _PARTNERS and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their")
                                               for c in t.children) for t in noun.subtree)


# Round 9b: a problem named "with" an adult's temper, drinking or moods, with nothing of what the
# adult does: "problems with his temper", "issues with alcohol", "difficulties with her anger".
_TROUBLES = {"problem", "issue", "difficulty", "struggle", "history"}
_TROUBLED = {"temper", "anger", "drinking", "alcohol", "drink", "drugs", "drug", "substances", "aggression",
             "violence", "moods", "mood", "gambling", "jealousy", "outbursts"}


def trouble_with_spans(ctx: Context) -> list:
    """"Has a long history of problems with his temper", "Mum has issues with alcohol", "his
    difficulties with anger": an adult's problem named, not what the adult does. A child's own
    ("Kai has problems with reading") and a thing's ("problems with the boiler") are left alone."""
    def compute():
        found = []
        for noun in ctx.tokens:
            if noun.lemma_.lower() not in _TROUBLES or noun.pos_ != "NOUN" or span_in_quotes(ctx.doc, noun.idx):
                continue
            thing = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                          for o in p.children if o.dep_ == "pobj" and o.lower_ in _TROUBLED), None)
            if thing is None:
                continue
            owner = next((c for c in thing.children if c.dep_ == "poss"), None)
            head = noun
            while head.dep_ in ("pobj", "prep", "dobj", "conj") and head.head.i != head.i:
                head = head.head  # "has a long history of problems with …": who has them
            who = owner if owner is not None else _subject(head) if head.pos_ in ("VERB", "AUX") else None
            if who is None or not _adult(ctx, who) or looks_ahead(head):
                continue
            found.append(ctx.doc[noun.i:thing.i + 1])
        return found
    return ctx.memo("habit_labels:trouble_with", compute)


_OFFERED = {"support", "help", "offer", "service", "services", "referral", "place", "intervention", "package",
            "programme", "course", "counselling", "treatment", "assessment", "advice", "input", "work"}
_TURNING_DOWN = {"decline", "refuse", "reject", "turn"}


def _a_service_thing(ctx: Context, token) -> bool:
    of = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if of:  # "the offer of support", not "the offer of a lift"
        return any(o.lemma_.lower() in _OFFERED - {"offer", "place", "work"} or o.lower_ in _OFFERED for o in of)
    if token.lemma_.lower() in _OFFERED or token.lower_ in _OFFERED:
        return True
    if token.pos_ == "PRON" and token.lower_ in ("it", "this", "that", "them"):
        # "Support was offered but she has not taken it up": what "it" stands for
        before = [t for t in ctx.tokens[max(0, token.i - 25):token.i] if t.lemma_.lower() in _OFFERED]
        return bool(before)
    return False


# Round 9b: a service's sessions not gone to, told as the worry: "did not go to any sessions",
# "has not attended his appointments", "missed every session", "stopped going to the group".
_SITTINGS = {"session", "appointment", "group", "course", "programme", "program", "class", "meeting",
             "assessment", "clinic", "counselling", "therapy", "treatment"}
_GOING = {"go", "attend", "turn", "come", "show"}


def _sessions_not_gone_to(ctx: Context, verb) -> set[int]:
    """The sittings in "did not go to any sessions", "has not attended appointments", "missed all
    his appointments", "stopped going to the group" (token indices), or nothing. "Did not go to
    school" and "missed the bus" are left alone."""
    lemma = verb.lemma_.lower()
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "at", "up")
               for o in p.children if o.dep_ == "pobj"]
    places += [o for q in places if q.lower_ in ("any", "all", "most", "some", "none", "half", "one")
               for p in q.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    children = analysis.child_tokens(ctx)
    # "missed five appointments for baby Zara's hip": the child's own care missed is the worry
    # itself (their health), not a service for the adult left untaken.
    sittings = {o.i for o in places if o.lemma_.lower() in _SITTINGS
                and not any(t.i in children for t in o.subtree)}
    if not sittings:
        return set()
    if lemma in _GOING and _negated(verb):
        return sittings
    if lemma in ("miss", "skip") or (lemma in _GOING and verb.dep_ == "xcomp"
                                     and verb.head.lemma_.lower() in ("stop", "quit", "refuse")):
        return sittings
    return set()


def service_refusal_spans(ctx: Context) -> list:
    """"Has not taken it up", "did not take up the offer", "declined the offer of support",
    "turned down help": a service not taken up, told as the worry. Taking something up, and a
    refusal of anything but a service ("refused to let Dad in"), are left alone."""
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or span_in_quotes(ctx.doc, verb.idx) or looks_ahead(verb):
                continue
            particle = next((c for c in verb.children if c.dep_ == "prt"), None)
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            going = _sessions_not_gone_to(ctx, verb)
            if going:
                thing = ctx.doc[max(going)]
            if thing is None or not (_a_service_thing(ctx, thing) or going):
                continue
            if lemma == "take" and particle is not None and particle.lower_ == "up" and _negated(verb):
                pass
            elif thing is not None and thing.i in going:
                pass  # "did not go to any sessions", "has missed his appointments"
            elif lemma in ("decline", "refuse", "reject") or (lemma == "turn" and particle is not None
                                                                and particle.lower_ == "down"):
                pass
            else:
                continue
            if not _adult(ctx, _subject(verb)):
                continue
            start = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb.i])
            end = max(t.i for t in [verb, thing, *([particle] if particle is not None else [])])
            of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                end = max(end, max(t.i for t in of.subtree))
            found.append(ctx.doc[start:end + 1])
        return found
    return ctx.memo("habit_labels:service_refusal", compute)


_FIRST = {"first", "last", "second"}
_RANKING = {"before", "above", "over", "ahead", "after"}


# What a parent is said to put first: people, their needs, a relationship, drink or drugs.
_PRIORITIES = {"need", "needs", "relationship", "relationships", "partner", "boyfriend", "girlfriend", "own",
               "wants", "wishes", "drinking", "drugs", "drink", "welfare", "safety", "wellbeing", "life",
               "social", "friends", "children", "child", "kids", "family", "himself", "herself", "themselves",
               "daughter", "son", "daughters", "sons", "baby", "boys", "girls", "alcohol", "phone", "going"}


def _priority(ctx: Context, token) -> bool:
    return token.lower_ in _PRIORITIES or token.lemma_.lower() in _PRIORITIES or analysis.is_person(token) or any(
        c.lower_ == "own" for c in token.children)


# Round 9b: choosing one person over another is the same verdict ("continues to choose Mr Pugh
# over Tia and Romeo", "picks her partner over the children").
_CHOOSING = ("choose", "pick", "favour", "favor", "prefer", "select")
# "Is more interested in herself than in her daughter", "cares more about drink than the boys".
_CARING = {"interested", "bothered", "concerned", "focused", "focussed", "invested", "care", "think", "worry"}


def comparison_spans(ctx: Context) -> list:
    """"Is more interested in herself than in her daughter", "cares more about his drinking than
    about the boys": a verdict on what a parent cares about most, made by comparison. "Is more
    interested in football than in reading" said of a child, and a parent's quoted words, are
    left alone."""
    def compute():
        found = []
        for word in ctx.tokens:
            if word.lemma_.lower() not in _CARING and word.lower_ not in _CARING or span_in_quotes(ctx.doc, word.idx):
                continue
            more = next((c for c in word.children if c.dep_ == "advmod" and c.lower_ in ("more", "less")), None)
            than = next((t for t in word.subtree if t.lower_ == "than" and t.i > word.i), None)
            if more is None or than is None:
                continue
            things = [t for t in word.subtree if t.dep_ == "pobj" and t.i > word.i]
            if len(things) < 2 or not all(_priority(ctx, t) for t in things):
                continue
            verb = word.head if word.dep_ in ("acomp", "xcomp", "oprd") else word
            if not _adult(ctx, _subject(verb)):
                continue
            start = min([c.i for c in verb.children if c.dep_ in ("aux",) and c.i < verb.i] + [verb.i, more.i])
            found.append(ctx.doc[start:max(t.i for t in than.subtree) + 1])
        return found
    return ctx.memo("habit_labels:comparison", compute)


def priorities_spans(ctx: Context) -> list:
    """"Puts her own needs first", "prioritise the children over her relationship", "puts his
    relationship before the children": a verdict on what a parent puts first. "Put Leo to bed",
    "puts Ava's coat on", a parent's quoted words and "prioritise the children's needs" (vague,
    no ranking) are left alone."""
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if lemma not in ("put", "place", "prioritise", "prioritize") + _CHOOSING or verb.pos_ != "VERB" \
                    or span_in_quotes(ctx.doc, verb.idx):
                continue
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is None:
                continue
            ranks = [c for c in verb.children if (c.dep_ == "advmod" and c.lower_ in _FIRST and not any(
                         p.dep_ == "prep" for p in c.children) and not (c.i + 1 < len(ctx.doc) and ctx.doc[c.i + 1].lower_
                                                                           in ("in", "at", "on", "for")))
                     or (c.dep_ == "prep" and c.lower_ in _RANKING)]
            ranks += [c for c in thing.children if c.dep_ == "prep" and c.lower_ in _RANKING]
            if lemma in _CHOOSING:  # "chooses Mr Pugh over Tia": only a ranking of people or needs counts
                ranks = [r for r in ranks if r.dep_ == "prep" and r.lower_ in ("over", "before", "above")]
            ranked = [o for r in ranks for o in (r.children if r.dep_ == "prep" else ()) if o.dep_ == "pobj"]
            if not ranks or not _adult(ctx, _subject(verb)) or not _priority(ctx, thing) or not all(
                    _priority(ctx, o) for o in ranked):
                continue
            start = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i and lemma != "put"]
                        + [verb.i])
            end = max(max(t.i for t in r.subtree) for r in ranks)
            found.append(ctx.doc[start:end + 1])
        # Round 12: "Parents to prioritise the children", "cannot prioritise the children": what
        # a parent puts first judged with no ranking said (person_verdicts.capacity_spans).
        return add_untaken(found, person_verdicts.capacity_spans(ctx, "priority"))
    return ctx.memo("habit_labels:priorities", compute)
