"""Vague harms, hidden outcomes and processes read on the parse (SOS302, round 13, words13b).

- Harm to an abstract quality: a verb of harm whose object is something nobody can see
  ("damaged Lucas's self-esteem", "harming Mia's emotional health", "knocked her confidence"), a
  quality said to stop ("progress has stalled", "her learning has slipped"), needs left "unmet".
- A thing done to an abstract noun, with nobody doing it: "the placement will be stabilised",
  "risks will be managed", "her safety will be kept under review", "wellbeing indicators will be
  met". "The stair gate will be fixed by Dad" names a thing and a person, and is left alone.
- Passing on worries with nothing said of what they are: "report any concerns", "raise any
  worries", "share concerns".
- Cutting down a habit with no figure: "reduce their alcohol consumption", "cut down his drinking".
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .word_context import quoted

# Inner qualities and parts of a life a verb of harm may hit, which nobody can see.
_INNER = {"self-esteem", "esteem", "confidence", "self-worth", "worth", "wellbeing", "well-being", "health",
          "development", "education", "learning", "progress", "security", "trust", "identity", "happiness",
          "childhood", "resilience", "sense", "attachment", "welfare", "stability", "schooling", "attainment",
          "self-confidence", "self-image", "mood", "emotions", "relationship", "relationships"}
_HURTING = {"damage", "harm", "hurt", "affect", "impact", "undermine", "erode", "dent", "knock", "ruin", "destroy",
            "wreck", "scar", "jeopardise", "jeopardize", "compromise", "impair", "hinder", "hamper", "disrupt",
            "lower", "sap", "shatter", "chip"}
# A quality said to stop or go back: "progress has stalled", "her learning has slipped".
_STOPPING = {"stall", "slip", "plateau", "stop", "regress", "slow", "falter", "dip", "stagnate", "drop", "fall"}
_STOPPED_QUALITIES = {"progress", "development", "learning", "attainment", "recovery", "education", "wellbeing",
                      "well-being", "confidence", "self-esteem", "reading", "speech", "behaviour", "engagement",
                      "functioning"}
# Words after the phrase that say what it means in deeds or figures.
_SAYS_WHAT = {":", "–", "—", "(", "such", "like", "including", "especially", "from"}


def _says_what_after(token) -> bool:
    doc = token.doc
    after = doc[token.i + 1:token.sent.end]
    return any(t.lower_ in _SAYS_WHAT for t in after[:3]) or any(t.like_num for t in after[:8])


def _in_condition(token) -> bool:
    return analysis.in_marked_clause(token, ("if", "unless"))  # (per-Doc tables, no Token walks)


def _inner(noun) -> bool:
    return noun is not None and noun.pos_ in ("NOUN", "PROPN") and (
        noun.lower_ in _INNER or noun.lemma_.lower() in _INNER)


def abstract_harm_spans(ctx: Context) -> list:
    """"has damaged Lucas's self-esteem", "is harming Mia's emotional health", "progress has
    stalled", "needs remain unmet"."""
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        span = None
        if verb.pos_ == "VERB" and lemma in _HURTING and not any(c.dep_ == "auxpass" for c in verb.children):
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if _inner(target) and not (target.lower_ == "sense" and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in target.children)):
                if target.lemma_.lower() == "health" and any(
                        c.lower_ in ("physical", "dental", "sexual") for c in target.children):
                    continue  # "physical health": the harm may be named elsewhere
                span = doc[verb.i:target.right_edge.i + 1] if target.right_edge.i - verb.i < 8 \
                    else doc[verb.i:target.i + 1]
        elif verb.pos_ == "VERB" and lemma in _STOPPING:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.lower_ in _STOPPED_QUALITIES or subject.lemma_.lower()
                                        in _STOPPED_QUALITIES) and not any(
                    c.dep_ in ("dobj", "xcomp") for c in verb.children):
                span = doc[subject.i:verb.i + 1]
        elif verb.lower_ in ("unmet", "unaddressed") and verb.dep_ in ("acomp", "oprd", "xcomp", "attr"):
            span = doc[verb.i:verb.i + 1]
        elif verb.lower_ in ("unhygienic", "insanitary", "unsanitary") and verb.dep_ in ("acomp", "amod", "conj"):
            span = doc[verb.i:verb.i + 1]
        if span is None or quoted(span) or _in_condition(verb) or _says_what_after(span[-1]):
            continue
        if ctx.kind == "worry" and verb.lower_ not in ("unmet", "unaddressed", "unhygienic", "insanitary",
                                                      "unsanitary") and any(
                t.lower_ in ("could", "might", "may", "would") for t in verb.sent):
            continue  # the worry's future part: "Lucas could start to believe…"
        found.append(span)
    return found


# Abstract nouns a goal says will have something done to them, with nobody doing it.
_ABSTRACTS = {"placement", "risk", "risks", "safety", "situation", "need", "needs", "indicator", "indicators",  # not "plan": "the plan will be reviewed in May" says what happens next
              "outcome", "outcomes", "relationship", "relationships", "stability", "routine", "routines",
              "wellbeing", "well-being", "welfare", "progress", "concern", "concerns", "worry", "worries", "issue",
              "issues", "home life", "life", "support", "boundaries",
              "structure", "environment", "conditions", "standards", "standard", "attachment", "bond", "behaviour",
              "engagement", "target", "targets", "goal", "goals", "expectation", "expectations", "improvement",
              "improvements", "change", "changes", "communication", "situation", "matters", "difficulties"}
_WHENS = {"review", "meeting", "conference", "hearing", "end", "time", "summer", "christmas", "easter", "spring",
          "autumn", "winter", "weekend", "date", "deadline", "half-term", "term"}
_DONE_TO = {"stabilise", "stabilize", "manage", "review", "monitor", "address", "meet", "maintain", "sustain",
            "strengthen", "improve", "establish", "achieve", "secure", "consider", "explore", "assess", "reduce",
            "minimise", "minimize", "mitigate", "enhance", "promote", "support", "keep", "resolve", "discuss",
            "embed", "evidence", "prioritise", "prioritize", "safeguard", "uphold", "build", "develop", "rebuild",
            "repair", "restore", "ensure"}


def done_to_abstract_spans(ctx: Context) -> list:
    """"the placement will be stabilised", "risks will be managed", "Priya's safety will be kept
    under review", "wellbeing indicators will be met": a thing nobody can see has something done to
    it by nobody."""
    if ctx.kind != "goal":
        return []
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DONE_TO or verb.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) or any(
                c.dep_ == "agent" and any(g.ent_type_ not in ("DATE", "TIME") and g.lower_ not in _WHENS
                                          for g in c.children if g.dep_ == "pobj") for c in verb.children):
            continue  # "fixed by Dad" names who; "by Easter", "by the next review" is only when
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]  # "Mum, Priya's safety will be…"
        first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.i])
        if not subjects and first > verb.sent.start and doc[first - 1].pos_ == "NOUN":
            subjects = [doc[first - 1]]  # "…and Justice's wellbeing indicators will be met", parsed as a list
        subject = next((c for c in subjects if c.lower_ in _ABSTRACTS or c.lemma_.lower() in _ABSTRACTS), None)
        if subject is None:
            continue
        if any(g.tag_ == "VBG" or g.dep_ == "pcomp" or (c.lower_ != "by" and g.dep_ == "pobj")
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "through", "via")
               for g in c.children):
            continue  # "managed by Nan staying over", "through the Freedom Programme": the how is said
        if _in_condition(verb) or verb.dep_ in ("advcl", "relcl", "acl", "pcomp") \
                or any(c.dep_ == "mark" for c in verb.children):
            continue  # "until her plan is reviewed in April": when, not what will happen
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.i])
        if verb.lemma_.lower() == "keep":
            under = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"), None)
            end = under.right_edge.i if under is not None else verb.i
            if under is None:
                continue  # "will be kept safe" is read elsewhere
        else:
            end = verb.i
        span = doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found


_PASSING_ON = {"report", "raise", "share", "flag", "escalate", "voice", "highlight", "pass", "discuss", "feed"}
_WORRY_NOUNS = {"concern", "concerns", "worry", "worries", "issue", "issues", "problem", "problems", "matter",
                "matters", "difficulty", "difficulties", "change", "changes", "incident", "incidents"}


def passed_on_spans(ctx: Context) -> list:
    """"report any concerns", "raise any worries with the social worker", "share concerns": what
    will be told, and what it is about, is missing."""
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PASSING_ON:
            continue
        what = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if what is None or what.lower_ not in _WORRY_NOUNS:
            continue
        if any(c.dep_ in ("prep", "relcl", "acl", "amod", "compound", "poss") and c.lower_ not in (
                "any", "all", "further", "new", "other") and c.dep_ != "det" for c in what.children):
            continue  # "concerns about Dad's drinking", "worries she has", "the school's concerns"
        if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "when", "whenever") for m in c.children)
               for c in verb.children):
            continue  # "report it if Dean comes round" says what
        if _in_condition(verb):
            continue
        told = any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with") for c in verb.children)
        if told and verb.dep_ == "conj":
            continue  # "keep an eye on Leon's register and flag any problems to the social worker": what is checked is said
        start = verb.i
        end = what.i
        span = doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found


_CUTTING = {"reduce", "lower", "limit", "decrease", "moderate", "minimise", "minimize", "curb", "lessen"}
_HABITS = {"consumption", "use", "usage", "intake", "drinking", "smoking", "gambling", "spending", "arguing",
           "arguments", "argument", "conflict", "shouting", "drug", "drugs", "alcohol", "cannabis", "screen",
           "misuse", "vaping", "rows"}


def _has_figure(verb) -> bool:
    """A figure said of the habit: "to two glasses on Saturdays", "below 14 units"; not the
    timescale ("over the next three months")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "below", "under", "by"):
            if any(t.like_num or t.lower_ in ("no", "none", "once", "twice", "half", "only") for t in prep.subtree):
                return True
    return False


def cut_down_spans(ctx: Context) -> list:
    """"reduce their alcohol consumption", "cut down his drinking", "reduce the arguing": a habit
    to go down, with no figure anyone could check."""
    if ctx.kind != "goal":
        return []
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        down = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "down"), None)
        if lemma not in _CUTTING and not (lemma == "cut" and down is not None):
            continue
        what = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if what is None:
            on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            what = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if what is None or not (what.lower_ in _HABITS or what.lemma_.lower() in _HABITS or any(
                c.lower_ in _HABITS for c in what.children if c.dep_ in ("compound", "amod"))):
            continue
        if _has_figure(verb) or _in_condition(verb):
            continue
        span = doc[verb.i:what.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 14 (words14b): in a worry, the harm given as an abstract loss: "a breakdown in her
# relationship with Mum", "a relationship breakdown", "gaps in her education", "his compulsions are
# dominating family life". "The car broke down" and "gaps in the fence" are things anyone can see.
_BROKEN_BETWEEN = {"relationship", "relationships", "communication", "communications", "family", "placement",
                   "trust", "contact", "arrangement", "arrangements", "care", "co-parenting", "parenting"}
_GAPPED = {"education", "learning", "schooling", "knowledge", "development", "care", "supervision", "parenting",
           "attendance", "understanding", "skills", "literacy", "numeracy"}
_TAKING_OVER = {"dominate", "overshadow", "consume", "disrupt", "overwhelm", "blight", "dictate"}
_LIVES = {"life", "lives", "routine", "routines", "household", "home"}


def abstract_loss_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        span = None
        if lower in ("breakdown", "breakdowns") and token.pos_ in ("NOUN", "PROPN"):
            between = [c for c in token.children if c.dep_ == "compound" and c.lower_ in _BROKEN_BETWEEN]
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
            thing = next((g for g in (prep.children if prep is not None else ()) if g.dep_ == "pobj"), None)
            if between:
                span = doc[min(c.i for c in between): token.i + 1]
            elif thing is not None and (thing.lower_ in _BROKEN_BETWEEN or thing.lemma_.lower() in _BROKEN_BETWEEN):
                span = doc[token.i: thing.i + 1]
        elif lower in ("gap", "gaps") and token.pos_ == "NOUN":
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            if prep is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "in":
                prep = doc[token.i + 1]  # "has gaps in his learning": the parse hangs "in" on the verb
            thing = next((g for g in (prep.children if prep is not None else ()) if g.dep_ == "pobj"), None)
            if thing is not None and (thing.lower_ in _GAPPED or thing.lemma_.lower() in _GAPPED):
                span = doc[token.i: thing.i + 1]
        elif token.lemma_.lower() in _TAKING_OVER and token.pos_ == "VERB":
            thing = next((c for c in token.children if c.dep_ == "dobj"), None)
            if thing is not None and thing.lower_ in _LIVES and not _says_what_after(thing):
                span = doc[token.i: thing.i + 1]
        if span is None or quoted(span) or _says_what_after(span[-1]):
            continue
        found.append(span)
    return found


# Round 14 (words14b): a process given as the goal: "Mum's mental health will be monitored by the
# GP", "a safety plan will be put in place", "Dad's contact will be kept under review by the
# team", "Leo's progress will be reviewed regularly". Nothing is said of what will be looked for,
# or what will be different. A lock "put on the window" and "the plan will be reviewed with you in
# six weeks" (when the plan itself is next looked at) are left alone.
_WATCHED = {"monitor", "review", "oversee", "track", "observe", "scrutinise", "scrutinize"}
_SET_UP = {"plan", "plans", "support", "supports", "measure", "measures", "service", "services", "arrangement",
           "arrangements", "strategy", "strategies", "package", "packages", "intervention", "interventions", "help",
           "safeguard", "safeguards", "structure", "structures", "provision", "procedure", "procedures", "system",
           "systems", "boundaries", "routine", "routines", "care", "contingency", "contingencies", "steps",
           "action", "actions", "protection", "input", "work"}
_REVIEWED_ITSELF = {"plan", "plans", "goal", "goals", "agreement", "agreements", "arrangement", "arrangements",
                    "order", "orders", "this", "it", "contract", "meeting", "case", "these", "that"}


def passive_watch_spans(ctx: Context) -> list:
    if ctx.kind != "goal":
        return []
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
        subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("be", "go", "need", "have"):
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)  # "is to be monitored"
        if _in_condition(verb) or verb.dep_ in ("advcl", "relcl", "acl", "pcomp", "amod") \
                or any(c.dep_ == "mark" for c in verb.children):
            continue  # "until his plan is reviewed in April": when, not what will happen
        end = verb.i
        if lemma in _WATCHED and passive:
            if subject is None or subject.lower_ in _REVIEWED_ITSELF or subject.lemma_.lower() in _REVIEWED_ITSELF:
                continue
            if any(c.dep_ in ("prep", "advcl", "xcomp") and c.lower_ not in ("by", "at", "in", "on", "through")
                   and c.lower_ not in ("regularly",) for c in verb.children if c.i > verb.i) \
                    or any(c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" or g.dep_ == "pcomp"
                                                                        for g in c.children) for c in verb.children):
                continue  # "monitored for signs of…", "to check…", "by weighing him": what is looked for is said
            manner = [c.i for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1]
            end = max([verb.i] + manner)
        elif lemma == "keep" and passive:
            under = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"), None)
            review = next((g for g in (under.children if under is not None else ()) if g.dep_ == "pobj"), None)
            if review is None or review.lower_ != "review" or subject is None or subject.lower_ in _REVIEWED_ITSELF:
                continue
            end = review.i
        elif lemma == "put":
            if any(c.dep_ == "prt" and c.lower_ in ("back", "up", "down", "away", "out") for c in verb.children):
                continue
            into = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into")), None)
            place = next((g for g in (into.children if into is not None else ()) if g.dep_ == "pobj"), None)
            if place is None or place.lower_ != "place" or any(c.dep_ != "det" for c in place.children):
                continue
            thing = subject if passive else next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is None or (thing.lower_ not in _SET_UP and thing.lemma_.lower() not in _SET_UP):
                continue  # "a stair gate will be put in place": a thing anyone can see
            if _says_what_after(thing) or any(c.dep_ in ("acl", "relcl", "prep") and c.lower_ not in ("for", "to")
                                               for c in thing.children if c.i > thing.i):
                continue
            end = place.i
        else:
            continue
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.i])
        if lemma == "put" and not passive:
            start = verb.i
        span = doc[start:end + 1]
        if not quoted(span) and not _says_what_after(doc[end]):
            found.append(span)
    return found
