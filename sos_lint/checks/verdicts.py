"""Sentence readings for verdicts the word lists cannot see (round 6): a parent judged as a
"poor role model" or "not good enough", told to "be honest with professionals", risk said to
have "reduced", and a mother blamed for staying or made to stop the abuse herself."""
from __future__ import annotations

from . import analysis, person_verdicts, care_words, words13, words14, words15, words16a, words19, words38
from .base import Context
from .lexicon import looks_ahead
from .word_context import add_untaken, child_names, is_child, quoted, settings

# Nouns a verdict on a parent is hung on: "a poor role model", "a bad influence", "an unfit mother".
_VERDICT_NOUNS = {"model", "influence", "example", "parent", "mother", "father", "mum", "dad", "carer", "person"}
_UNFIT = {"unfit", "inadequate", "terrible", "useless", "irresponsible", "unsuitable", "neglectful", "awful"}
_FIT = {"good", "positive", "suitable", "fit", "appropriate", "responsible", "great", "better", "protective",
        "capable", "safe", "caring", "reliable"}
_PROVING = {"show", "prove", "demonstrate", "evidence", "become"}
# What a standard is said of: "Mum's parenting is not good enough", "the home conditions are inadequate".
_JUDGED_THINGS = {"parenting", "care", "supervision", "hygiene", "condition", "conditions", "home", "house",
                  "standard", "standards", "routine", "routines", "boundary", "boundaries", "diet", "parent"}
_BELOW_STANDARD = {"inadequate", "unacceptable", "substandard", "insufficient", "deficient", "unsatisfactory"}
_UP_TO_STANDARD = {"adequate", "acceptable", "sufficient", "satisfactory"}
_HONEST = {"honest", "truthful", "open", "transparent", "forthcoming", "upfront"}
_ASKING = {"will", "must", "should", "need", "'ll", "shall", "expect", "require"}
_PROFESSIONALS_TOO = {"professionals", "professional", "services", "agencies", "agency", "workers", "worker",
                      "authority", "team", "police", "court"}
# "Risks have reduced", "the risk has increased", "a reduction in risk": a change nobody can see.
_RISK_WORDS = {"risk", "risks"}
_CHANGE_VERBS = {"reduce", "decrease", "increase", "lower", "lessen", "diminish", "escalate", "remain", "rise",
                 "fall", "drop", "change", "subside", "minimise", "minimize", "mitigate", "heighten", "grow"}
_CHANGE_NOUNS = {"reduction", "increase", "decrease", "change", "escalation", "rise", "fall", "drop"}
_RISK_LEVELS = {"low", "lower", "high", "higher", "reduced", "increased", "significant", "manageable", "minimal",
                "heightened", "elevated"}
# Staying with the person who hurts her, written as her failing: "reluctant to leave the relationship".
_BLAMING_HEADS = {"reluctant", "unwilling", "refuse", "fail", "choose", "decide", "resistant", "hesitant",
                  "prefer", "insist", "unable", "continue", "want", "opt"}
_PARTING = {"leave", "end", "separate", "split", "finish", "break"}
_STAYING = {"stay", "remain", "resume", "reconcile", "return", "continue", "rekindle", "restart"}
_MALE = {"dad", "daddy", "father", "stepdad", "stepfather", "he", "him", "his", "grandad", "uncle", "boyfriend",
         "husband", "brother", "mr"}


def _has_neg(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def verdict_noun_spans(ctx: Context) -> list:
    """The verdicts on what a parent is: the nouns below, and (round 12) a character trait said of
    an adult and a verdict on what an adult can do (person_verdicts.py). Words that the label
    reading (adult_state_spans, SOS301) already reports are left to it."""
    def compute():
        return add_untaken(_verdict_noun_spans(ctx),
                           person_verdicts.character_spans(ctx) + person_verdicts.capacity_spans(ctx, "cope")
                           + words13.capacity_idiom_spans(ctx) + words13.judging_spans(ctx)
                           + words13.advice_defied_spans(ctx) + words14.odd_trait_spans(ctx)
                           + words14.control_spans(ctx) + words14.priority_spans(ctx)
                           + words14.shown_attitude_spans(ctx) + words15.inner_capacity_spans(ctx)
                           + words15.emotionally_spans(ctx) + words15.background_spans(ctx)
                           + words15.condition_label_spans(ctx, substance=False)
                           + words16a.stance_spans(ctx) + words16a.faculty_spans(ctx) + words16a.lightening_spans(ctx)
                           + words16a.bare_refusal_spans(ctx)
                           + words19.home_verdict_spans(ctx)  # round 19: "the chaotic home environment"
                           + words38.parenting_capacity_spans(ctx),  # round 38: "unable to put her needs first"
                           taken={t.i for span in adult_state_spans(ctx) for t in span})
    return list(ctx.memo("words:verdict_nouns12", compute))


def _verdict_noun_spans(ctx: Context) -> list:
    """"Dad is a poor role model", "she sets a bad example", "an unfit mother", "Dad is not a good
    role model": a verdict on what a parent is. "Nan is a good role model for Ivy" is praise."""
    faults = set(settings()["character_faults"]) | _UNFIT
    found = []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in _VERDICT_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.dep_ not in ("attr", "dobj", "appos", "conj"):
            continue
        qualities = [c for c in noun.children if c.dep_ in ("amod", "compound")]
        quality = next((c for c in qualities if c.lower_ in faults), None)
        if quality is None and (_has_neg(noun.head) or _to_be_proved(noun)):
            quality = next((c for c in qualities if c.lower_ in _FIT), None)
        if quality is None:
            continue
        span = ctx.doc[quality.i:noun.i + 1]
        subject = _subject_of(noun.head)
        if quoted(span) or (subject is not None and (is_child(ctx, subject, strict=False) or (
                subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)))):
            continue  # "Hamza could believe he is a bad person": the child's own hurt, not a verdict
        found.append(span)
    return found


def _to_be_proved(noun) -> bool:
    """"Show that he can be a responsible father", "prove she is a good enough mum", "become a
    better parent": what a parent is, set as the goal to prove. "Nan is a good role model" is praise."""
    word = noun.head
    for _ in range(3):
        if word.lemma_.lower() in _PROVING and word.pos_ == "VERB":
            return True
        if word.head.i == word.i:
            return False
        word = word.head
    return False


# Round 9b: a verdict on what a parent understands or accepts: "does not understand the impact",
# "fails to recognise the risks", "cannot see the harm", "has no understanding of the concerns".
_GRASPING = {"understand", "recognise", "recognize", "appreciate", "acknowledge", "see", "grasp", "accept",
             "realise", "realize", "comprehend"}
_WORRY_THINGS = {"impact", "impacts", "effect", "effects", "risk", "risks", "harm", "concern", "concerns",
                 "worry", "worries", "danger", "dangers", "seriousness", "severity", "consequences", "significance"}
_NOT_ABLE = {"fail", "unable", "struggle", "refuse", "reluctant", "unwilling"}


def understanding_spans(ctx: Context) -> list:
    """What a parent is said to grasp (below), and (round 12) a verdict on what a parent can do
    (person_verdicts.capacity_spans: "struggles to cope", "unable to keep him in line", "lacks
    understanding", "prioritise the children"). These stay apart from verdict_noun_spans, which
    hides vague words on its words: earlier sets mark "demonstrate an understanding" vague."""
    return add_untaken(_understanding_spans(ctx), person_verdicts.capacity_spans(ctx, "grasp"))


def _understanding_spans(ctx: Context) -> list:
    """"Dad does not understand the impact of his drinking", "Mum fails to recognise the risks",
    "cannot see the harm": a verdict on what a parent grasps. "Kai does not understand why he
    cannot see Dad" (a child), "Mum said, 'I didn't see the risk'" and "see the GP" are left alone."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _GRASPING or verb.pos_ != "VERB":
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WORRY_THINGS), None)
        if thing is None:
            continue
        over = verb.head if verb.dep_ == "xcomp" else None
        negated = _has_neg(verb) or (over is not None and (over.lemma_.lower() in _NOT_ABLE or _has_neg(over)))
        if not negated:
            continue
        subject = _subject_of(verb) or (_subject_of(over) if over is not None else None)
        if subject is None or not _an_adult(ctx, subject):
            continue
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb.i]
                    + ([over.i] if over is not None else []))
        span = ctx.doc[start:thing.i + 1]
        if not quoted(span):
            found.append(span)
    return found


def standard_verdict_spans(ctx: Context) -> list:
    """"Mum's parenting is not good enough", "Dad is inadequate": a verdict with nothing seen.
    "Leo's reading is not good enough yet" is about a child's learning and is left alone; a
    verdict on care or the home ("the care Dad gives is inadequate", "home conditions remain
    unacceptable") is vague words about care since round 9 (care_words.py, SOS302)."""
    found = []
    for word in ctx.tokens:
        if word.pos_ != "ADJ" or word.dep_ != "acomp":
            continue
        lemma = word.lower_
        head = word.head
        negated = _has_neg(head) or _has_neg(word)
        enough = any(c.lower_ == "enough" for c in word.children)
        if not ((lemma == "good" and enough and negated) or (lemma in _UP_TO_STANDARD and negated)
                or lemma in _BELOW_STANDARD):
            continue
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not enough and care_words.judges_care(subject, word):
            continue  # "supervision is inadequate": vague words about care (SOS302, care_words.py)
        if subject is None or is_child(ctx, subject, strict=False) or not (
                analysis.is_person(subject) or subject.lemma_.lower() in _JUDGED_THINGS
                or subject.lower_ in _JUDGED_THINGS):
            continue
        neg = [c.i for c in list(head.children) + list(word.children) if c.dep_ == "neg"]
        end = max([c.i for c in word.children if c.lower_ == "enough"] + [word.i])
        span = ctx.doc[min(neg + [word.i]):end + 1]
        if not quoted(span):
            found.append(span)
    return found


def honesty_spans(ctx: Context) -> list:
    """"She will be honest with professionals", "Dad has not been truthful", "Mum needs to be more
    open with the social worker": honesty asked for or denied is a verdict that the parent lies.
    "Dad will be honest with Ivy about why he left" and "Mum was open with the health visitor"
    are left alone."""
    professionals = set(analysis.people_words()["professionals"]) | _PROFESSIONALS_TOO
    found = []
    for word in ctx.tokens:
        if word.lower_ not in _HONEST or word.pos_ != "ADJ" or word.dep_ != "acomp":
            continue
        head = word.head
        preps = [c for c in list(word.children) + list(head.children) if c.dep_ == "prep" and c.lower_ == "with"]
        with_workers = any(o.lower_ in professionals or o.lemma_.lower() in professionals
                           for p in preps for o in p.subtree if o.dep_ in ("pobj", "compound", "conj"))
        asked = any(c.dep_ == "aux" and c.lower_ in _ASKING for c in head.children) \
            or head.head.lemma_.lower() in _ASKING or head.dep_ == "xcomp"
        more = any(c.lower_ in ("more", "fully") for c in word.children)
        if not (_has_neg(head) or _has_neg(word) or (with_workers and (asked or more))):
            continue
        start = head.i if head.i < word.i and head.lemma_ == "be" else word.i
        end = max([o.i for p in preps if p.i > word.i for o in p.children if o.dep_ == "pobj"] + [word.i])
        span = ctx.doc[start:end + 1]
        if not quoted(span) and not is_child(ctx, _subject_of(head), strict=False):
            found.append(span)
    return found


def _subject_of(verb):
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def risk_change_spans(ctx: Context) -> list:
    """"Risks have reduced", "the risk to Ivy has increased", "risk remains high", "a reduction in
    risk": a change in a word nobody can see. Say what the adults now do, and who saw it. "The
    risk is that Ivy will be hurt" says what could happen and is left alone."""
    found = []
    for risk in ctx.tokens:
        if risk.lower_ not in _RISK_WORDS:
            continue
        head = risk.head
        span = None
        if risk.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _CHANGE_VERBS:
            span = ctx.doc[risk.left_edge.i if risk.left_edge.dep_ == "det" else risk.i:head.i + 1]
        elif risk.dep_ == "nsubj" and head.lemma_ == "be":
            level = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in _RISK_LEVELS), None)
            if level is not None:
                span = ctx.doc[risk.i:level.i + 1]
        elif risk.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in _CHANGE_NOUNS:
            span = ctx.doc[head.head.i:risk.i + 1]
        if span is not None and not quoted(span) and not looks_ahead(head):
            found.append(span)  # "if nothing changes, the risk to Ivy will grow" is the future part
    return found


def stays_with_abuser_spans(ctx: Context) -> list:
    """"Mum is reluctant to leave the relationship", "she has chosen to stay with him", "Mum
    refuses to end the relationship with Dean": the abuse written as her failing to leave. A
    child "reluctant to leave with her parents" is not that."""
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _PARTING | _STAYING:
            continue
        # Leaving or ending him or the relationship itself, not "leave Finn with Darren".
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in _STAYING or lemma in ("separate", "split", "break"):
            objects += [o for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("with", "in", "from", "to", "up")
                        for o in c.children if o.dep_ == "pobj"]
        if not any(_is_her_abuser(ctx, o) for o in objects):
            continue
        governor = verb.head if verb.dep_ == "xcomp" else None
        blamed = governor is not None and governor.lemma_.lower() in _BLAMING_HEADS and (
            lemma in _STAYING or governor.lemma_.lower() not in ("continue", "want", "prefer", "choose", "decide", "opt")
            or _has_neg(governor) or _has_neg(verb))
        if not blamed and not (lemma in _PARTING and _has_neg(verb) and not looks_ahead(verb)):
            continue
        subject = _subject_of(governor if governor is not None else verb)
        if subject is not None and (subject.lower_ in _MALE or is_child(ctx, subject, strict=False)
                                    or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))):
            continue
        start = governor.i if governor is not None and governor.i < verb.i else verb.i
        end = max(o.i for o in objects)
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return add_untaken(found + chose_him_spans(ctx), words13.hurt_parent_spans(ctx) + words16a.not_leaving_spans(ctx))


_SUITORS = {"partner", "partners", "man", "men", "boyfriend", "boyfriends", "relationship", "relationships",
            "husband", "husbands"}
_CHOOSING = {"choose", "pick", "select"}
_CHOICES = {"choice", "choices", "judgement", "judgment", "taste", "pattern"}


def partner_choice_spans(ctx: Context) -> list:
    """Round 19: "Mum has a history of poor choices in partners", "Mum keeps choosing violent
    men", "her choice of partner": the abuse she suffers written as her choosing the men who hurt
    her. Only where the statement speaks of an adult hurting a partner; "Mum chose a new school"
    chooses no man."""
    if not about_domestic_abuse(ctx):
        return []
    found = []
    for word in ctx.tokens:
        lemma = word.lemma_.lower()
        suitor = None
        if word.pos_ == "NOUN" and (lemma in _CHOICES or word.lower_ in _CHOICES):
            suitor = next((o for p in word.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "about")
                           for o in p.children if o.dep_ == "pobj" and (o.lower_ in _SUITORS or o.lemma_.lower() in _SUITORS)),
                          None)
            if suitor is None and lemma in ("choice", "pattern"):
                suitor = next((c for c in word.children if c.dep_ == "compound" and c.lemma_.lower() == "relationship"), None)
                if suitor is not None:
                    suitor = word
            owner = next((c for c in word.children if c.dep_ == "poss"), None)
            subject = owner if owner is not None else _subject_of(word.head) if word.dep_ in ("dobj", "pobj") else None
        elif word.pos_ == "VERB" and lemma in _CHOOSING:
            suitor = next((c for c in word.children if c.dep_ == "dobj"
                           and (c.lower_ in _SUITORS or c.lemma_.lower() in _SUITORS)), None)
            subject = _subject_of(word)
        else:
            continue
        if suitor is None:
            continue
        if subject is not None and (subject.lower_ in _MALE or is_child(ctx, subject, strict=False)
                                    or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))):
            continue
        start = min([word.i] + [c.i for c in word.children if c.dep_ == "amod" and c.i < word.i])
        span = ctx.doc[start:max(suitor.i, word.i) + 1]
        if not quoted(span):
            found.append(span)
    return found


_HER_ABUSER = {"him", "relationship", "partner", "ex", "ex-partner", "boyfriend", "husband", "dad", "father",
               "stepdad", "stepfather", "daddy"}


def _is_her_abuser(ctx: Context, token) -> bool:
    """Him, the relationship, her partner, or a man named with a title or known to be an adult."""
    return token.lower_ in _HER_ABUSER or token.lemma_.lower() in _HER_ABUSER \
        or any(c.lower_ in ("mr", "mx") for c in token.children) \
        or (analysis.is_name(token) and (token.i in analysis.adult_tokens(ctx) or token.lower_ in hurters(ctx) or (
            about_domestic_abuse(ctx) and token.lower_ not in child_names(ctx)
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "at") for c in token.head.children))))


def chose_him_spans(ctx: Context) -> list:
    """"Mum chose Dad over the children", "she has put her relationship before Kai": the abuse
    written as her choice of him over the children."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("choose", "put", "pick", "prioritise", "prioritize", "place") or verb.pos_ != "VERB":
            continue
        him = next((c for c in verb.children if c.dep_ == "dobj" and _is_her_abuser(ctx, c)), None)
        over = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("over", "before", "above")), None)
        if him is None or over is None:
            continue
        subject = _subject_of(verb)
        if subject is not None and (subject.lower_ in _MALE or is_child(ctx, subject, strict=False)):
            continue
        span = ctx.doc[verb.i:over.right_edge.i + 1]
        if not quoted(span):
            found.append(span)
    return found


def about_domestic_abuse(ctx: Context) -> bool:
    """Does the statement speak of an adult hurting a partner? There, "Mum will keep the
    children safe" makes her the one to stop it."""
    def compute():
        cues = set(settings()["domestic_abuse_context"])
        text = ctx.text.lower()
        return bool(hurters(ctx)) or any(t.lemma_.lower() in cues or t.lower_ in cues for t in ctx.tokens) \
            or any(phrase in text for phrase in settings()["domestic_abuse_phrases"])
    return ctx.memo("words:domestic_abuse", compute)


def abuse_between_adults(ctx: Context) -> bool:
    """about_domestic_abuse, not only because a child was said to hurt someone ("Lark could hurt her
    back lifting Mum": the one who hurts is a child): where every hurter is a child, only the words of
    domestic abuse say so. Round 41 (r41f): moved here from checks/whereabouts, which corrected the
    shared reading locally; read by whereabouts (SOS520) and open to any check that needs the same."""
    def compute():
        if not about_domestic_abuse(ctx):
            return False
        doers = hurters(ctx)
        children = {ctx.tokens[i].lower_ for i in analysis.child_tokens(ctx)}
        if doers and doers <= children:
            cues = set(settings()["domestic_abuse_context"])
            text = ctx.text.lower()
            return any(t.lemma_.lower() in cues or t.lower_ in cues for t in ctx.tokens) \
                or any(phrase in text for phrase in settings()["domestic_abuse_phrases"])
        return True
    return ctx.memo("words:abuse_between_adults", compute)


_INJURING = {"break", "bruise", "cut", "burn", "fracture", "split", "scratch", "bloody"}
_PARTNER = {"mum", "mummy", "mother", "mam", "mom", "her", "you", "wife", "girlfriend", "partner"}


def hurters(ctx: Context) -> set[str]:
    """Who the statement says hurts Mum: the subjects of "punched Mum", "has hit you", "was violent
    to her" (lower case), with "someone" when only the act is there ("Mum was hit")."""
    def compute():
        hurting = set(settings()["hurting_verbs"]) | _INJURING
        found = set()
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in hurting or verb.pos_ != "VERB":
                continue
            victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            # "punched Mum", "has hit you", and "broke her nose": her body, hurt
            victims += [p for v in victims for p in v.children if p.dep_ == "poss"]
            if not any(v.lower_ in _PARTNER or v.i in analysis.adult_tokens(ctx) for v in victims):
                continue
            if verb.lemma_.lower() in _INJURING and not any(v.dep_ == "poss" for v in victims):
                continue  # "broke the window" hurts nobody
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
                or next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            found.add(doer.lower_ if doer is not None else "someone")
        return frozenset(found)
    return ctx.memo("words:hurters", compute)


def _abuser_acts(ctx: Context) -> bool:
    """Does the goal say what a man in the family will do, other than a "will not" or what he
    does "if he comes round"? What he did before ("Dean has hit you") is the worry, not his part."""
    mother = {"mum", "mummy", "mother", "mam", "mom", "she", "her", "ms", "mrs", "miss", "you"}
    kids = analysis.child_tokens(ctx)
    for action in analysis.actions(ctx):
        subject = action.subject
        verb = action.verb
        titled = any(c.lower_ in ("ms", "mrs", "miss") for c in subject.children)  # round 24: "Ms Price must..."
        if action.negated or subject.lower_ in mother or titled or not looks_ahead(verb) \
                or any(c.dep_ == "mark" and c.lower_ in ("if", "when", "unless", "whenever") for c in verb.children):
            continue
        if subject.lower_ in hurters(ctx):
            return True  # "Tony will go to his mum's": the man who hurts her has his own part
        if subject.i in kids:
            continue
        if subject.lower_ in _MALE or (analysis.is_name(subject) and subject.lower_ not in child_names(ctx)):
            return True
    return False


def mothers_duty_spans(ctx: Context) -> list:
    """"Mum will keep herself and the children safe", "Mum must protect the children from Dean",
    where an adult hurts her and the statement says nothing he will do: the job of stopping the
    abuse is put on the parent he hurts (Safe & Together). Beside what he will do, or outside
    domestic abuse ("Mum will keep Leo safe by holding his hand at the road"), it is left alone."""
    if not about_domestic_abuse(ctx) or (ctx.kind == "goal" and _abuser_acts(ctx)):
        return []
    mother = {"mum", "mummy", "mother", "mam", "mom", "she", "you"}
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ("keep", "protect", "safeguard"):
            continue
        safe = next((t for t in verb.subtree if t.lower_ == "safe" and t.i > verb.i), None)
        if lemma == "keep" and safe is None:
            # round 14: "keep herself and the children away from Dean", Dean the one who hurts her
            away = next((t for t in verb.children if t.lower_ == "away"), None)
            him = next((o for p in ([c for c in away.children if c.dep_ == "prep" and c.lower_ == "from"]
                                    if away is not None else []) for o in p.children if o.dep_ == "pobj"), None)
            if him is None or not (_is_her_abuser(ctx, him) or him.lower_ in ("him",)):
                continue
            safe = away
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        adults = analysis.adult_tokens(ctx)
        if not objects or not any(o.lower_ in ("herself", "children", "child", "kids", "them", "baby")
                                  or o.i in analysis.child_tokens(ctx)
                                  or (analysis.is_name(o) and o.i not in adults) for o in objects):
            continue
        subject = _subject_of(verb)
        if subject is None or not (subject.lower_ in mother or subject.lower_ in ("ms", "mrs")
                                   or (analysis.is_name(subject) and subject.lower_ not in child_names(ctx)
                                       and subject.i not in analysis.child_tokens(ctx))):
            continue
        # "protect Faith and Marvel": the verb alone, so the children's names are never flagged
        # (round 13: set 12's must-not-flag names); "keep the children safe" keeps its object.
        end = safe.i if safe is not None else (verb.i if any(analysis.is_name(o) for o in objects)
                                                else max(o.i for o in objects))
        span = ctx.doc[verb.i:end + 1]
        if not quoted(span):
            found.append(span)
    return found


# What a parent's account is judged to lack: "no plausible explanation", "an inconsistent account".
_CREDIBLE = {"plausible", "credible", "reasonable", "satisfactory", "adequate", "believable", "convincing",
             "sufficient", "acceptable", "valid", "consistent", "coherent"}
_NOT_CREDIBLE = {"implausible", "unconvincing", "unsatisfactory", "inadequate", "inconsistent", "incoherent",
                 "unbelievable", "unreliable", "insufficient", "far-fetched", "unlikely"}
_ACCOUNTS = {"explanation", "account", "reason", "answer", "version", "story"}


def explanation_verdict_spans(ctx: Context) -> list:
    """"Parents have offered no plausible explanation", "Mum gave an inconsistent account", "no
    reasonable explanation was given": a verdict on what a parent said, not what they said. "Mum
    could not say how Noor was hurt" and "Dad gave a clear account" are left alone."""
    found = []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in _ACCOUNTS or noun.pos_ != "NOUN":
            continue
        qualities = [c for c in noun.children if c.dep_ in ("amod", "compound")]
        bad = next((q for q in qualities if q.lower_ in _NOT_CREDIBLE), None)
        denied = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), None) \
            or next((c for c in noun.head.children if c.dep_ == "neg"), None)
        good = next((q for q in qualities if q.lower_ in _CREDIBLE), None)
        said = next((c for c in noun.head.children if c.dep_ == "acomp"), None) \
            if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else None
        if said is not None and (said.lower_ in _NOT_CREDIBLE or (said.lower_ in _CREDIBLE and _has_neg(noun.head))):
            span = ctx.doc[noun.i:said.i + 1]  # "Mr Bell's account was implausible"
        elif bad is None and not (good is not None and denied is not None):
            continue
        else:
            marks = [t.i for t in (bad, good, denied) if t is not None] + [noun.i]
            span = ctx.doc[min(marks):max(marks) + 1]  # "no plausible explanation", "an explanation was not plausible"
        subject = _subject_of(noun.head)
        if quoted(span) or (subject is not None and is_child(ctx, subject, strict=False)):
            continue
        found.append(span)
    return found


_BEING = {"be", "become", "seem", "appear", "get", "remain", "grow"}
_SIBLINGS = {"sister", "brother", "cousin", "friend", "sibling", "siblings"}


def _an_adult(ctx: Context, token) -> bool:
    """Mum, Dad, "her partner", "Mr Lee", "he" when he is not the child: an adult the statement
    is about."""
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they") and not analysis.pronoun_is_child(ctx, token)
    if is_child(ctx, token, strict=True) or token.i in analysis.child_tokens(ctx):
        return False
    family = set(analysis.people_words()["family"]) - _SIBLINGS
    return (token.i in analysis.adult_tokens(ctx) or token.lower_ in family or token.lemma_.lower() in family
            or token.lower_.startswith("ex-") or token.lemma_.lower() in settings()["adult_words"])


def adult_state_spans(ctx: Context) -> list:
    """"Mum's new partner is controlling", "Dad can be volatile", "her ex was abusive": a verdict
    on what an adult is, with nothing of what they do. Not "Dad is controlling the money" (what
    he does), not a child ("Ava is very controlling of her sister"), not a goal's "will not be
    violent" (absence of harm) and not someone's own account ("Mum says he was controlling")."""
    labels = set(settings()["adult_state_labels"])
    speaking = set(settings()["speech_verbs"])
    found = []
    for word in ctx.tokens:
        if word.lower_ not in labels:
            continue
        adjective = word
        while adjective.dep_ == "conj" and adjective.head.i != adjective.i:
            adjective = adjective.head  # "is aggressive and controlling"
        if adjective.dep_ in ("acomp", "oprd") and adjective.head.lemma_.lower() in _BEING:
            verb = adjective.head
        elif word.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in word.children) \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp") for c in word.children):
            verb = word  # "Dad is controlling", parsed as a verb with nothing after it
        else:
            continue
        if _has_neg(verb) or looks_ahead(verb) and not any(c.lower_ in ("can", "ca") for c in verb.children):
            continue  # "Dad will not be violent" is a goal's absence of harm; "can be volatile" is a verdict
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speaking:
            continue  # "Mum says he was controlling": her own account
        subject = _subject_of(verb)
        if subject is None or not _an_adult(ctx, subject):
            continue
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.i])
        span = ctx.doc[start:word.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 9b: a cause told as fact: "…, which is why Hunter is always so tired", "that is why Leo is
# late every day", "this is the reason Ava (4) cries at night". Why a child is as they are is the
# writer's guess unless someone says what they saw.
_POINTING = {"which", "that", "this", "it"}


def cause_as_fact_spans(ctx: Context) -> list:
    """"Dad uses cannabis, which is why Hunter is always so tired": the writer's reason for how
    a child is, stated as a fact. "Kai told his teacher that is why he hides" (the child's own
    account, reported) and a quoted explanation are left alone."""
    found = []
    speaking = set(settings()["speech_verbs"])
    for be in ctx.tokens:
        if be.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in _POINTING for c in be.children):
            continue
        clause = next((c for c in be.children if c.dep_ in ("ccomp", "relcl", "attr", "advcl")
                       and (any(w.lower_ == "why" for w in c.children) or c.lemma_.lower() == "reason")), None)
        if clause is None:
            continue
        if clause.lemma_.lower() == "reason":
            clause = next((c for c in clause.children if c.dep_ in ("relcl", "acl", "ccomp")), None)
            if clause is None:
                continue
        subject = _subject_of(clause)
        if subject is None or not (is_child(ctx, subject, strict=False) or subject.i in analysis.child_tokens(ctx)
                                   or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))):
            continue
        if any(a.lemma_.lower() in speaking for a in list(be.ancestors)[:2]):
            continue  # "Kai said that is why he hides": his own account
        pointer = next(c for c in be.children if c.dep_ == "nsubj" and c.lower_ in _POINTING)
        late = [c for c in clause.children if c.dep_ in ("advcl", "prep", "npadvmod", "punct") and c.i > clause.i]
        end = min([t.i for c in late for t in [c.left_edge]] + [clause.right_edge.i + 1]) - 1
        span = ctx.doc[pointer.i:max(end, clause.i) + 1]
        if not quoted(span):
            found.append(span)
    return found


_OPINION = {"feel", "think", "believe", "consider", "suspect", "suggest", "assume", "presume", "speculate", "deem"}
# Nobody in particular: a group whose view is given with nothing anyone saw.
_FACELESS = {"staff", "professional", "professionals", "agency", "agencies", "service", "services", "network",
             "team", "partners", "practitioners", "practitioner", "colleagues", "others"}


def opinion_as_finding_spans(ctx: Context) -> list:
    """"It is felt Mum cannot manage", "it was thought that Dad had been drinking", "Staff feel
    that Jayden is left alone", "Professionals believe Ms Cole is using again": a view held by
    nobody in particular, with nothing anyone saw, given as the worry. A named person's view ("Nan
    thinks…"), "feel" as an emotion ("Staff feel sad") and what lies ahead are left alone."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _OPINION or verb.pos_ not in ("VERB", "AUX"):
            continue
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if said is None or any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children):
            continue
        it = next((c for c in verb.children if c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it"), None)
        if it is not None and any(c.dep_ == "auxpass" for c in verb.children):
            start = it.i
        else:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or not (subject.lower_ in _FACELESS or subject.lemma_.lower() in _FACELESS) \
                    or any(c.dep_ == "poss" for c in subject.children):
                continue
            start = min(t.i for t in subject.subtree)
        span = ctx.doc[start:verb.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_HEDGES = {"likely", "probable", "presumed", "apparent", "possible", "suspected", "assumed", "supposed", "alleged"}
_CONDUCT_NOUNS = {"use", "misuse", "abuse", "drinking", "neglect", "violence", "dealing", "assault", "aggression",
                  "relapse", "involvement", "offending", "exploitation", "cruelty", "addiction", "smoking", "taking"}


def hedged_conduct_spans(ctx: Context) -> list:
    """"Given Mum's likely cannabis use", "Dad's probable drinking", "the possible drug dealing at
    the flat": a guess about what an adult does, tucked in as a describing word and then built on
    as if it were known. "The likely date", "the likely result" (what lies ahead) are left alone."""
    found = []
    for hedge in ctx.tokens:
        if hedge.lower_ not in _HEDGES or hedge.dep_ not in ("amod", "advmod") or hedge.head.i < hedge.i:
            continue
        noun = hedge.head
        if noun.lemma_.lower() not in _CONDUCT_NOUNS and noun.lower_ not in _CONDUCT_NOUNS:
            continue
        span = ctx.doc[hedge.i:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_OWNING = {"accept", "take", "show", "develop", "gain", "demonstrate", "have", "own", "acquire", "display"}
_OWNED = {"responsibility", "insight", "ownership", "accountability"}
# What a parent owns up to: the harm, not a job ("take responsibility for the school run").
_OWNED_HARMS = {"action", "actions", "behaviour", "behaviours", "behavior", "harm", "injury", "injuries", "part",
                "abuse", "violence", "drinking", "what", "it", "this", "that", "conduct", "mistake", "mistakes",
                "impact", "role", "choice", "choices"}
_BLAMED = {"everyone", "everybody", "anyone", "anybody", "other", "others", "everything", "world"}


def ownership_spans(ctx: Context) -> list:
    """"Mum needs to accept responsibility", "Dad will take responsibility for his actions", "must
    develop insight", "take ownership of the harm", "Dad blames everyone but himself", "Mum blames
    the school": a verdict on what a parent owns up to, with nothing they did or will do said.
    "Nan will take responsibility for the school run" (a job), a child blaming himself and
    "accept the offer" are left alone."""
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in _OWNING:
            thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _OWNED), None)
            if thing is None:
                continue
            if thing.lemma_.lower() == "responsibility":
                prep = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "for"), None) \
                    or next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
                what = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
                if what is not None and what.lemma_.lower() not in _OWNED_HARMS and what.lower_ not in _OWNED_HARMS \
                        and what.dep_ != "pcomp":
                    continue  # "take responsibility for the school run": a job to do
            end = thing.i
        elif lemma == "blame":
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is None or not (thing.lower_ in _BLAMED or thing.lemma_.lower() in _BLAMED
                                     or thing.lemma_.lower() in ("school", "worker", "service", "professional",
                                                                 "police", "teacher", "nursery", "social")):
                continue
            end = thing.i
        else:
            continue
        subject = _subject_of(verb) or (_subject_of(verb.head) if verb.dep_ in ("xcomp", "conj") else None)
        if subject is not None and not _an_adult(ctx, subject) and subject.lower_ not in ("he", "she", "they", "you"):
            continue
        if subject is not None and subject.lower_ in ("he", "she") and analysis.pronoun_is_child(ctx, subject):
            continue
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i and c.lower_ != "to"]
                    + [verb.i])
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found
