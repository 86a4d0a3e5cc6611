"""Vague impacts, comparative states and duties read on the parse (SOS302, round 12, wordsb12).

- An impact named, not said: an abstract part of a child's life said to suffer or be affected
  ("Storm's development is suffering", "her education has been impacted"), a child affected in a
  manner only ("affecting her emotionally", "emotionally affected"), missing out on an
  abstraction ("miss out on his education"), a mind-set said to change ("his attitudes have
  changed"), and behaviour named by its direction ("escalating behaviours").
- A comparative state nobody can see: "Ivy will be calmer", "Jayden will feel closer to Dad",
  "home life will be happier", with no act beside it ("because Dad reads with her").
- A duty with no doer or deed: "safeguarded at all times" with nobody named, "respect her
  cultural choices", "in Kofi's best interests", "monitor Wren's internet use" with nothing of how.
"""
from __future__ import annotations

from . import analysis, goals18
from .base import Context
from .word_context import quoted

# Abstract parts of a child's life that a report says "suffer" or are "affected".
_LIFE_PARTS = {"development", "education", "learning", "schooling", "wellbeing", "well-being", "progress",
               "health", "confidence", "self-esteem", "childhood", "attainment", "welfare", "relationships",
               "friendships", "growth", "happiness", "safety", "needs", "life", "mood", "emotions"}
_HARMING = {"suffer", "affect", "impact", "compromise", "damage", "harm", "hinder", "impair", "undermine",
            "jeopardise", "jeopardize", "disrupt", "deteriorate", "decline", "worsen", "hamper"}
_ONLY_MANNER = {"emotionally", "mentally", "psychologically", "negatively", "adversely", "badly", "significantly",
                "detrimentally", "profoundly", "greatly", "hugely", "seriously", "severely", "deeply"}
_AFFECTING = {"affect", "impact", "harm", "damage", "traumatise", "traumatize", "scar"}
_ABSTRACT_LOSSES = {"education", "learning", "schooling", "childhood", "opportunity", "opportunities",
                    "experience", "experiences", "life", "development", "friendships", "activities", "chances"}
_MINDS = {"attitude", "attitudes", "view", "views", "belief", "beliefs", "outlook", "mindset", "demeanour",
          "personality", "presentation", "behaviour", "behaviours", "behavior", "behaviors", "mood", "moods",
          "thinking", "values", "opinions", "character", "manner"}
_CHANGING = {"change", "shift", "alter", "harden", "worsen", "deteriorate", "escalate", "decline", "regress"}
_DIRECTIONS = {"escalating", "increasing", "worsening", "deteriorating", "escalated", "heightened", "concerning",
               "challenging", "problematic", "risky", "difficult", "negative", "unsafe", "increased"}
_SAYS_WHAT = {":", "–", "—", "(", "such", "like", "including", "especially"}


def _says_it_after(token, end_i: int) -> bool:
    """The words after the phrase go on to say what it means: "…: he wets the bed", "such as
    hitting", "(she hides in her room)"."""
    doc = token.doc
    after = doc[end_i + 1:token.sent.end]
    return any(t.lower_ in _SAYS_WHAT for t in after[:3]) or any(t.text in (":", "–", "—") for t in after)


def _subject(verb):
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _in_condition(token) -> bool:
    return analysis.in_marked_clause(token, ("if", "unless"))  # (per-Doc tables, no Token walks)


def _child_or_person(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.i in analysis.child_tokens(ctx) or token.lower_ in analysis.people_words()["children"]:
        return True
    if token.pos_ == "PRON" and token.lower_ in ("him", "her", "them", "he", "she", "they", "you"):
        return True
    return token.pos_ == "PROPN" or analysis.is_person(token)


def impact_spans(ctx: Context) -> list:
    """"Storm's development is suffering", "her education has been badly affected", "affecting
    her emotionally", "has been emotionally affected", "miss out on his education"."""
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in _HARMING and lemma not in _AFFECTING and lemma != "miss":
            continue  # (the word first: no other verb is read here, and the clause test walks the parse)
        if verb.pos_ not in ("VERB", "ADJ") or _in_condition(verb):
            continue
        span = None
        if lemma in _HARMING:
            subject = _subject(verb)
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            active_ok = lemma in ("suffer", "deteriorate", "decline", "worsen")
            if subject is not None and subject.lemma_.lower() in _LIFE_PARTS | {"wellbeing"} and \
                    (passive or active_ok and not any(c.dep_ == "dobj" for c in verb.children)):
                start = subject.i
                end = max([verb.i] + [c.i for c in verb.children if c.dep_ == "advmod" and c.i > verb.i
                                      and c.lower_ in _ONLY_MANNER])
                # "her emotional wellbeing is being compromised": from the noun on, past its own words
                span = doc[start:end + 1]
                if subject.i < verb.i:
                    between = [t for t in doc[subject.i + 1:verb.i] if t.dep_ == "prep"]
                    if between:
                        span = doc[subject.i:end + 1]  # "progress at nursery has been impacted"
        if span is None and lemma in _AFFECTING:
            manner = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _ONLY_MANNER]
            passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN"
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if target is None:
                target = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                               for o in p.children if o.dep_ == "pobj"), None)
            if manner and target is not None and _child_or_person(ctx, target):
                end = max([target.i] + [m.i for m in manner])
                span = doc[verb.i:end + 1]
            elif manner and passive and (_child_or_person(ctx, _subject(verb)) or verb.dep_ in ("acomp", "conj", "amod")):
                start = min([m.i for m in manner] + [verb.i])
                end = max([m.i for m in manner] + [verb.i])
                span = doc[start:end + 1]
        if span is None and lemma == "miss":
            out = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "out"), None)
            on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            thing = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if out is not None and thing is not None and thing.lower_ in _ABSTRACT_LOSSES:
                span = doc[verb.i:thing.i + 1]
        if span is None or quoted(span) or _says_it_after(verb, span.end - 1):
            continue
        if goals18.harm_in_if_not(ctx, verb):
            continue  # Round 18: "If this doesn't happen, you could be badly harmed": the goal's future danger
        if ctx.kind == "worry" and any(t.lower_ in ("if", "unless", "otherwise", "could", "might", "may")
                                       for t in verb.sent):
            continue  # "If this carries on, Tia will keep missing out on learning": the worry's future part
        found.append(span)
    return found


def changed_mind_spans(ctx: Context) -> list:
    """"his attitudes have changed", "Amir's behaviour has changed a lot", "escalating behaviours",
    "increasingly challenging behaviour": a mind-set or behaviour named by its direction, with
    nothing of what the child now says or does."""
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        span = None
        if token.lemma_.lower() in _CHANGING and token.pos_ == "VERB" and not any(
                c.dep_ in ("dobj", "prep", "advcl", "xcomp", "ccomp") and c.lower_ not in ("since",) and c.i > token.i
                and not (c.dep_ == "prep" and c.lower_ in ("since", "over", "in", "during"))
                for c in token.children):
            subject = _subject(token)
            if subject is not None and subject.lower_ in _MINDS and subject.i < token.i:
                span = doc[subject.i:token.i + 1]
        elif token.lower_ in ("behaviour", "behaviours", "behavior", "behaviors"):
            mods = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                    and c.lower_ in _DIRECTIONS]
            if mods:
                span = doc[min(m.i for m in mods):token.i + 1]
        if span is None or quoted(span) or _says_it_after(token, span.end - 1) or _in_condition(token):
            continue
        found.append(span)
    return found


# States a goal says will go up, which nobody can see: "calmer", "happier", "more settled".
_STATE_WORDS = {"calm", "happy", "settled", "close", "confident", "secure", "relaxed", "content", "stable",
                "peaceful", "positive", "connected", "attuned", "nurtured", "loved", "valued", "hopeful",
                "resilient", "harmonious", "comfortable", "supported", "contented", "cheerful",
                "open", "trusting", "able", "consistent", "organised", "structured", "predictable"}
_STATE_VERBS = {"be", "feel", "seem", "become", "get", "look", "appear", "grow", "remain"}
# Someone will see or hear it, or the child will say it: the state is then a check, not a hope.
_SEEN = {"see", "notice", "hear", "tell", "say", "report", "watch", "spot"}
# Words that say when, why or how: the state is then tied to something someone does.
_TIED = {"because", "as", "since", "when", "whenever", "if", "after", "before", "while", "by", "so", "once",
         "until", ":", "–", "—"}


def _ties(word) -> bool:
    """Round 13 (words13b): the word ties the state to something done ("because Dad reads", "when
    Nan visits", "by going to bed at 7"); a time or place ("after school", "by the summer") does not."""
    if word.pos_ != "ADP" or word.dep_ == "mark":
        return True
    return any(g.tag_ == "VBG" or g.dep_ in ("pcomp", "pobj") and g.pos_ == "VERB" for g in word.children)


def _comparative(adj) -> bool:
    if adj.tag_ == "JJR" and adj.lemma_.lower() in _STATE_WORDS:
        return True
    return any(c.lower_ in ("more", "less") and c.dep_ in ("advmod", "amod") for c in adj.children) \
        and (adj.lemma_.lower() in _STATE_WORDS or adj.lower_ in _STATE_WORDS)


def comparative_state_spans(ctx: Context) -> list:
    """"Ivy will be calmer", "home life will be calmer", "Jayden will feel closer to his dad",
    "Amira will feel more settled": a state said to go up, with no act beside it. "Ivy will be
    calmer at bedtime because Dad reads with her" ties it to what someone does."""
    found = []
    for adj in ctx.tokens:
        if not (adj.pos_ == "ADJ" or adj.tag_ == "VBN" and adj.dep_ == "acomp") \
                or adj.dep_ not in ("acomp", "oprd", "conj", "xcomp") or not _comparative(adj):
            continue
        verb = adj.head
        while verb.dep_ == "conj" and verb.pos_ == "ADJ" and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ == "ADJ":
            verb = verb.head
        if verb.lemma_.lower() not in _STATE_VERBS:
            continue
        if verb.lemma_.lower() == "get" and adj.lemma_.lower() in ("close",):
            continue  # "get closer to the road"
        sent = adj.sent
        if any(t.lower_ in _TIED and _ties(t) for t in sent if t.i > verb.i):
            continue
        if any(t.lemma_.lower() in _SEEN for t in sent):
            continue  # "Maxine will see Jordan calm … and you will feel more confident", "he will tell her"
        if any(c.dep_ in ("advcl",) for c in verb.children) or any(c.dep_ == "mark" for c in verb.children) \
                or verb.dep_ in ("advcl", "relcl", "acl") or _in_condition(verb):
            continue  # "while things get calmer", "if it doesn't happen": not the outcome itself
        # "closer to the door", "closer to her bed": a place, not a bond
        to = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
        if to is not None and adj.lemma_.lower() == "close":
            whom = next((c for c in to.children if c.dep_ == "pobj"), None)
            if whom is None or not _child_or_person(ctx, whom) and whom.lemma_.lower() not in (
                    "dad", "mum", "mother", "father", "nan", "family", "sister", "brother", "parent", "parents"):
                continue
        more = next((c for c in adj.children if c.lower_ in ("more", "less") and c.i < adj.i), None)
        start = more.i if more is not None else adj.i
        if verb.lemma_.lower() == "feel" and verb.i < start:
            start = verb.i  # "feel closer"
        span = ctx.doc[start:adj.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_DUTY_PASSIVES = {"safeguard", "protect", "shield"}
_RESPECTED = {"choice", "choices", "wish", "wishes", "view", "views", "decision", "decisions", "identity",
              "culture", "religion", "beliefs", "belief", "faith", "feelings", "opinion", "opinions", "privacy",
              "boundaries", "space", "independence", "needs", "rights", "voice", "heritage", "individuality"}
_RESPECTING = {"respect", "value", "acknowledge", "honour", "honor", "recognise", "recognize", "validate", "consider"}


def duty_spans(ctx: Context) -> list:
    """"The children will be safeguarded at all times", "respect her cultural choices", "in
    Kofi's best interests", "Dad will monitor Wren's internet use": a duty said, with no doer or
    no deed."""
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        span = None
        if lemma in _DUTY_PASSIVES and token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children) \
                and not any(c.dep_ == "agent" for c in token.children) and ctx.kind == "goal":
            after = [c for c in token.children if c.i > token.i and c.dep_ in ("prep", "advcl", "xcomp")]
            if all(c.dep_ == "prep" and c.lower_ in ("at", "in") and any(o.lemma_.lower() in ("time", "home", "school")
                                                                         for o in c.subtree) for c in after):
                span = doc[token.i:token.i + 1]
        elif lemma in _RESPECTING and token.pos_ == "VERB":
            thing = next((c for c in token.children if c.dep_ == "dobj"), None)
            if thing is not None and thing.lower_ in _RESPECTED and not any(
                    t.lower_ == "by" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG" for t in token.sent):
                span = doc[token.i:thing.i + 1]
        elif token.lower_ in ("interests", "interest") and token.dep_ == "pobj" and token.head.lower_ == "in":
            whose = any(c.dep_ == "poss" for c in token.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
            if whose:
                of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                end = max(t.i for t in of.subtree) if of is not None else token.i
                span = doc[token.head.i:end + 1]
        elif lemma == "monitor" and token.pos_ == "VERB" and ctx.kind == "goal" \
                and not any(c.dep_ == "auxpass" for c in token.children):
            thing = next((c for c in token.children if c.dep_ in ("dobj", "ccomp")), None)
            how = [c for c in token.children if c.i > token.i and c.dep_ in ("prep", "advcl", "npadvmod", "advmod", "conj")]
            if thing is not None and not how and (thing.dep_ == "ccomp" or not any(
                    c.dep_ in ("prep", "advcl", "npadvmod", "relcl", "acl") for c in thing.children if c.i > thing.i)) \
                    and not any(t.like_num or t.lower_ in ("every", "each", "daily", "weekly", "nightly")
                                for t in token.sent if t.i > token.i):
                span = doc[token.i:token.i + 1]
        elif lemma == "keep" and token.pos_ == "VERB" and ctx.kind == "goal":
            eye = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "eye"), None)
            on = next((c for c in (eye.children if eye is not None else ()) if c.lower_ == "on"), None) \
                or next((c for c in token.children if c.lower_ == "on" and c.dep_ == "prep"), None)
            thing = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if eye is not None and thing is not None and not any(
                    t.like_num or t.lower_ in ("every", "each", "daily", "weekly", "nightly", "by", "when", "if",
                                               "and", "whenever", ":")
                    for t in token.sent if t.i > thing.i):
                span = doc[token.i:on.i + 1]
        if span is None or quoted(span) or _in_condition(token):
            continue
        found.append(span)
    return found


_BRUISES = {"bruise", "bruises", "bruising", "cut", "cuts", "graze", "grazes", "scratch", "scratches", "swelling",
            "welt", "welts", "burn", "burns", "scald", "scalds"}
_PLACE_PREPS = {"on", "to", "across", "under", "around", "over", "behind", "near", "along", "inside", "by", "from",
                "below", "above", "at", "in", "where"}
_BARE_MODS = {"a", "an", "some", "the", "any", "further", "new", "more", "several", "unexplained", "visible", "minor",
              "possible", "significant", "noticeable", "obvious", "suspicious", "concerning", "recent", "old", "this",
              "that", "these", "those", "multiple", "numerous", "other", "extensive", "serious", "bad", "nasty"}
_LOW = {"low", "poor", "flat", "changeable", "fluctuating", "bad"}
_ENVIRONMENTS = {"home", "family", "living", "domestic", "household", "care", "caring", "physical", "emotional"}
_CONTENT = {"material", "materials", "content", "contents", "video", "videos", "image", "images", "website",
            "websites", "site", "sites", "literature", "propaganda", "media", "clip", "clips", "post", "posts",
            "photo", "photos", "picture", "pictures", "messages", "chats", "forum", "forums", "group", "groups"}
_JUDGED = {"extremist", "extreme", "harmful", "inappropriate", "unsuitable", "concerning", "dangerous", "radical",
           "radicalising", "radicalizing", "hateful", "offensive", "upsetting", "disturbing", "unsafe",
           "age-inappropriate", "worrying", "problematic", "risky", "dodgy", "illegal"}


def category_spans(ctx: Context) -> list:
    """"came to school with bruising", "in a low mood", "the home environment", "extremist
    material": a harm, mood, place or thing named by its category, with nothing of what it was."""
    from .vague_states import _behaviour_in, _child  # one reading of the child and of "the child's own act is said"
    found = []
    doc = ctx.doc
    for noun in ctx.tokens:
        lower = noun.lower_
        span = None
        if lower in _BRUISES and noun.pos_ == "NOUN" and ctx.kind == "worry" and not _in_condition(noun):
            if noun.dep_ not in ("pobj", "dobj", "nsubj", "conj", "attr", "nsubjpass"):
                continue
            describing = [c for c in noun.children if c.dep_ in ("amod", "compound", "nummod", "acl", "relcl", "appos",
                                                                   "npadvmod") and c.lower_ not in _BARE_MODS]
            placed = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS | {"like", "of"}]
            after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
            if describing or placed or _says_it_after(noun, noun.i) or (after is not None and after.lower_ in _PLACE_PREPS):
                continue  # "a cut across his hand", however the parse hangs "across"
            if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("acomp", "attr", "xcomp", "oprd")
                                                           for c in noun.head.children):
                continue  # "the burn was swollen and weeping": what it looked like
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children):
                continue  # "the burn": one the statement has already told
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("leave", "cause", "give", "inflict"):
                continue  # "slapped her across the face, leaving a bruise": the act is said
            if noun.dep_ == "conj" and any(c.dep_ == "prep" for c in noun.head.children):
                continue  # "a bruise and a cut on his arm" hangs the place on the first
            if any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in noun.conjuncts for c in c.children):
                continue
            det = next((c for c in noun.children if c.dep_ == "det" and c.i == noun.i - 1), None)
            span = doc[det.i if det is not None else noun.i:noun.i + 1]
        elif lower in ("mood", "moods") and noun.pos_ == "NOUN":
            low = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in _LOW), None)
            if low is not None:
                span = doc[low.i:noun.i + 1]
            elif noun.dep_ == "nsubj":
                state = next((c for c in noun.head.children if c.dep_ == "acomp" and c.lower_ in _LOW), None)
                if state is not None:
                    span = doc[noun.i:state.i + 1]
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            verb = noun.head
            if owner is None:
                verb = noun.head
                while verb.dep_ in ("prep", "pobj", "acomp", "attr", "conj") and verb.head.i != verb.i:
                    verb = verb.head
                owner = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if span is not None and not _child(ctx, owner):
                continue  # an adult's low mood is a label (SOS301) where it is one at all
            if span is not None and (_behaviour_in(ctx, noun.sent, {t.i for t in span} | {noun.head.i, verb.i})
                                     or _says_it_after(noun, span.end - 1)):
                continue
        elif lower == "environment" and noun.pos_ == "NOUN":
            kind = next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.lower_ in _ENVIRONMENTS
                         and c.i == noun.i - 1), None)
            if kind is None or _says_it_after(noun, noun.i):
                continue
            span = doc[kind.i:noun.i + 1]
        elif lower in _CONTENT and noun.pos_ == "NOUN":
            judged = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in _JUDGED
                           and c.i < noun.i), None)
            if judged is None or any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ not in ("online",)
                                     and c.lower_ in ("of", "about", "showing", "where", "that", "which", "with")
                                     for c in noun.children) or _says_it_after(noun, noun.i):
                continue
            span = doc[judged.i:noun.i + 1]
        if span is None or quoted(span):
            continue
        found.append(span)
    return found
