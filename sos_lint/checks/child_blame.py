"""Wording that blames an exploited child, read on the parse (SOS306, round 7): who the child
"associates with" or "chooses to mix with", the child's behaviour called "risky", and the child
made the one to keep the rules ("Jade will respect them"). Only where the statement speaks of a
child being exploited, groomed or going missing: about a toddler's tantrums they blame nobody."""
from __future__ import annotations

from . import analysis
from .base import Context
from .parts.common import addressed_child
from .word_context import child_names, is_child, quoted, settings

_MIXING = {"associate", "mix", "socialise", "socialize", "hang", "affiliate", "fraternise", "fraternize", "consort"}
_CHOOSING = {"choose", "decide", "elect", "opt", "prefer", "want", "continue", "insist", "persist"}
_CONDUCT = {"behaviour", "behavior", "behaviours", "conduct", "lifestyle", "choice", "choices", "activity",
            "activities", "action", "actions", "decision", "decisions"}
_RISKY = {"risky", "risk-taking", "reckless", "dangerous", "unsafe", "high-risk", "promiscuous", "sexualised",
          "sexualized", "precarious", "irresponsible", "risk", "wild", "out-of-control"}
_OBEYING = {"respect", "follow", "obey", "accept", "abide", "stick", "keep", "adhere", "comply"}
_RULES = {"rule", "rules", "boundary", "boundaries", "curfew", "curfews", "limit", "limits", "them", "it",
          "agreement", "restriction", "restrictions", "expectation", "expectations", "plan"}


def about_exploitation(ctx: Context) -> bool:
    """Does the statement speak of a child being exploited, groomed, going missing, sending
    sexual images or drawn into crime ([context] exploitation_context)? Round 19: or of someone
    harming themselves ("self-harming", "cutting herself", "took an overdose"): a child hurt, where
    "non-compliant with her safety plan" blames her as much as it would an exploited child."""
    def compute():
        cues = set(settings()["exploitation_context"])
        return any(t.lemma_.lower() in cues or t.lower_ in cues for t in ctx.tokens) or _self_harm(ctx)
    return ctx.memo("words:exploitation", compute)


_HURTING = {"cut", "harm", "hurt", "burn", "scratch", "injure", "strangle", "ligature"}
_SELVES = {"herself", "himself", "themselves", "themself", "myself", "yourself"}


def _self_harm(ctx: Context) -> bool:
    """"self-harming", "selfharm", "an overdose", "cutting herself": someone harming themselves."""
    doc = ctx.doc
    for t in ctx.tokens:
        lemma = t.lemma_.lower()
        if lemma in ("overdose", "selfharm", "self-harm") or t.lower_ in ("self-harming", "selfharming", "self-harmed"):
            return True
        if lemma == "harm" and t.i >= 2 and doc[t.i - 1].text in ("-", "‐", "‑") and doc[t.i - 2].lower_ == "self":
            return True
        if lemma in _HURTING and t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN", "VBG") \
                and any(c.dep_ == "dobj" and c.lower_ in _SELVES for c in t.children):
            return True  # "has been cutting herself", "cut himself"; not "could feel so trapped that she hurts herself"
    return False


def _is_the_child(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.lower_ in ("you", "yourself", "yourselves"):
        return addressed_child(ctx, anywhere=True)
    if token.lower_ in ("who", "that") and token.head.dep_ == "relcl":
        token = token.head.head
    if token.lower_ in ("he", "she", "they", "him", "her", "his", "their", "them"):
        if analysis.pronoun_is_child(ctx, token):
            return True
        # The name it points back to, read as a child when it is no adult's ("Zoe goes missing…
        # her lifestyle"): the statement is about an exploited child.
        before = next((t for t in reversed(ctx.doc[max(0, token.i - 30):token.i])
                       if analysis.is_name(t) or t.i in analysis.adult_tokens(ctx)), None)
        return before is not None and before.i not in analysis.adult_tokens(ctx) and is_child(ctx, before, strict=False)
    return (is_child(ctx, token, strict=False) or token.i in analysis.child_tokens(ctx)
            or token.lower_ in child_names(ctx) or _legal_word_for_child(token))


# Round 41 (r41c, review40w W#6): the court's words for a child, as the person a sentence is about
# ("The minor must refrain from…", "the juvenile will"); not "minor injuries", "a minor incident".
_LEGAL_CHILD = {"minor", "minors", "juvenile", "juveniles"}


def _legal_word_for_child(token) -> bool:
    return token.lower_ in _LEGAL_CHILD and token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


_TOLD_TO = {"say", "tell", "threaten", "order", "warn", "demand", "force", "make", "pressure", "coerce", "insist"}


def _told_to(ctx: Context, verb) -> bool:
    """"Gang members said he must associate with them": what the adults demanded of the child."""
    for word in list(verb.ancestors)[:3]:
        if word.lemma_.lower() in _TOLD_TO:
            doer = _subject(word)  # "Jade will stop… and will make better choices about who she associates with"
            return doer is None or not _is_the_child(ctx, doer)
    return False


def _subject(verb):
    return analysis.subject_of(verb, through=("xcomp", "conj", "pcomp", "advcl"))


def mixing_spans(ctx: Context) -> list:
    """"Miles is choosing to associate with gang members", "who she associates with", "Kai mixes
    with older males": the child's exploitation written as the company the child keeps. "Leo
    plays with other children at football" is not that."""
    if not about_exploitation(ctx):
        return []
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _MIXING or verb.pos_ != "VERB":
            continue
        with_ = next((t for t in verb.subtree if t.lower_ == "with" and t.i > verb.i and t.i - verb.i <= 3), None)
        if with_ is None:
            continue
        if not _is_the_child(ctx, _subject(verb)) or _told_to(ctx, verb):
            continue
        start = verb.head.i if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CHOOSING else verb.i
        span = ctx.doc[min(start, verb.i):with_.i + 1]
        if not quoted(span):
            found.append(span)
    for noun in ctx.tokens:  # round 37 (X#6): "due to his association with peers", "Kai's links with older boys"
        if noun.lower_ not in _ASSOCIATION or noun.pos_ != "NOUN":
            continue
        with_ = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("have", "form", "maintain", "continue"):
            owner = _subject(noun.head)  # "Kai has an association with older boys"
        if with_ is None or not _surely_the_child(ctx, owner):
            continue
        span = ctx.doc[noun.i:with_.i + 1]
        if not quoted(span) and not any(span.start < f.end and f.start < span.end for f in found):
            found.append(span)
    return found


_ASSOCIATION = {"association", "associations", "affiliation", "affiliations"}


def risky_conduct_spans(ctx: Context) -> list:
    """"Holly's behaviour is risky", "her risk-taking behaviour", "Jade takes risks online": the
    child's exploitation written as the child's own risky conduct."""
    if not about_exploitation(ctx):
        return []
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        span = None
        if lemma in _CONDUCT and token.pos_ == "NOUN":
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            quality = next((c for c in token.children if c.dep_ in ("amod", "compound") and c.lower_ in _RISKY), None)
            if quality is None and token.dep_ in ("nsubj", "nsubjpass"):
                quality = next((c for c in token.head.children if c.dep_ in ("acomp", "attr") and c.lower_ in _RISKY), None)
            if quality is None:  # "…by a gang and his choices are unsafe", with the parse tangled
                after = ctx.doc[token.i + 1:min(token.i + 4, token.sent.end)]
                if after and after[0].lemma_ == "be":
                    quality = next((t for t in after[1:] if t.lower_ in _RISKY and t.pos_ == "ADJ"), None)
            if quality is None:
                continue
            holder = None
            if owner is None:
                holder = token.head if quality.i < token.i else None
                owner = _subject(holder) if holder is not None and holder.pos_ in ("VERB", "AUX") else None
            if not _is_the_child(ctx, owner):
                continue
            # "Holly's behaviour is risky" from the name; "…continues to make unsafe choices" from the verb
            start = min(holder.i if holder is not None else owner.i, quality.i, token.i)
            if ctx.doc[start].pos_ == "PROPN":
                start = min(quality.i, token.i)  # "[Holly's] behaviour is risky": a name is never the fault
            span = ctx.doc[start:max(quality.i, token.i) + 1]
        elif lemma == "take" and token.pos_ == "VERB":
            risks = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "risk"), None)
            if risks is None or not _is_the_child(ctx, _subject(token)):
                continue
            span = ctx.doc[token.i:risks.i + 1]
        if span is not None and not quoted(span):
            found.append(span)
    return found


def rule_keeping_spans(ctx: Context) -> list:
    """"Jade will respect them", "Kai must stick to his curfew", "Amber will follow the rules":
    the exploited child made the one to keep the rules, when the adults' part is what keeps
    them safe."""
    if not about_exploitation(ctx):
        return []
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _OBEYING or verb.pos_ != "VERB":
            continue
        rules = [c for c in verb.children if c.dep_ == "dobj"]
        rules += [o for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ in ("to", "by", "with")
                  for o in p.children if o.dep_ == "pobj"]
        rule = next((r for r in rules if r.lemma_.lower() in _RULES or r.lower_ in _RULES), None)
        if rule is None:
            continue
        if verb.lemma_.lower() == "keep" and not any(c.lower_ == "to" for c in verb.children):
            continue  # "keep it" is not keeping to a rule
        subject = _subject(verb)
        if not _is_the_child(ctx, subject):
            continue
        start = min([c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i] + [verb.i])
        span = ctx.doc[start:max(rule.i, verb.i) + 1]  # "[Jade] will respect them": from "will", not the name
        if not quoted(span):
            found.append(span)
    return found


# "County lines-involved", "gang-involved", "CSE-affiliated": a child's exploitation made a label
# for the child, as if it were the child's own doing.
_INVOLVED = {"involved", "affiliated", "associated", "linked", "connected", "entrenched", "embedded", "active"}
_CRIME_LABELS = {"lines", "gang", "gangs", "drug", "drugs", "cse", "cce", "crime", "ocg", "exploitation", "county",
                 "criminal", "dealing"}
_CRIMES = {"criminality", "offending", "prostitution", "robbery", "robberies", "running", "trafficking", "crimes",
           "activity", "activities"}
_YOUNG = {"person", "people", "child", "children", "boy", "boys", "girl", "girls", "teenager", "teenagers", "teen",
          "youth", "youngster", "youngsters", "adolescent", "pupil", "student", "kid", "kids", "son", "daughter"}


def involvement_label_spans(ctx: Context) -> list:
    """"Kofi is county lines-involved", "a gang-involved young person", "Amir is drug-involved":
    the exploitation written as what the child is. Said of an adult ("Mum's partner is
    gang-involved") it blames nobody who is a child, and is left alone."""
    found = []
    doc = ctx.doc
    for word in ctx.tokens:
        if word.lower_ not in _INVOLVED or word.i < 1:
            continue
        inside = next((o for p in word.children if p.dep_ == "prep" and p.lower_ in ("in", "with")
                       for o in p.children if o.dep_ == "pobj" and (o.lower_ in _CRIME_LABELS | _CRIMES
                                                                   or o.lemma_.lower() in _CRIME_LABELS | _CRIMES)), None)
        if inside is not None and word.lower_ == "involved":
            span = doc[word.i:inside.i + 1]  # "involved in county lines", "involved with a gang"
            if not quoted(span) and _a_child_is_labelled(ctx, span):
                found.append(span)
            continue
        before = word.i - 1
        if doc[before].text in ("-", "–"):
            before -= 1
        if before < 0 or doc[before].lower_ not in _CRIME_LABELS:
            continue
        start = before
        while start > 0 and doc[start - 1].lower_ in _CRIME_LABELS:
            start -= 1  # "county lines-involved"
        span = doc[start:word.i + 1]
        if quoted(span) or not _a_child_is_labelled(ctx, span):
            continue
        found.append(span)
    found += [span for span in _crime_label_spans(ctx) if not any(span.start < f.end and f.start < span.end for f in found)]
    return found


# Round 37 (X#6): the child called what the exploiters make of them: "Kai is an offender", "he is
# a known offender", "Tia is a drug dealer". Said of an adult ("Dean is a dealer") it is left alone.
_CRIME_LABEL_NOUNS = {"offender", "criminal", "dealer"}


def _crime_label_spans(ctx: Context) -> list:
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in _CRIME_LABEL_NOUNS or noun.dep_ != "attr" or noun.head.lemma_ not in ("be", "become"):
            continue
        subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _subject(noun.head)
        if not _surely_the_child(ctx, subject) or any(c.dep_ == "neg" for c in noun.head.children):
            continue
        start = min([c.i for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i] + [noun.i])
        span = ctx.doc[start:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


def _a_child_is_labelled(ctx: Context, span) -> bool:
    """Who the label is put on: the noun it describes ("a gang-involved young person") or the
    subject of the "is" it follows ("Kofi is drug-involved")."""
    sentence = span.sent
    noun = next((t for t in span if t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.head.i > span.end - 1), None)
    if noun is not None:
        person = noun.head
        if person.dep_ != "attr":
            return person.lower_ in _YOUNG or _is_the_child(ctx, person)
    be = next((t for t in reversed(sentence[:span.start - sentence.start]) if t.lemma_ in ("be", "become")), None)
    if be is None:
        return False
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _subject(be)
    if subject is None and be.dep_ in ("aux", "auxpass") and be.head.i in {t.i for t in span}:
        # round 37 (X#6): "Kai (15) is involved with a gang", "involved" parsed as a passive verb
        subject = next((c for c in be.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _is_the_child(ctx, subject)


# Round 9b: the exploited child made the one to keep away from the adults who exploit them:
# "River will stay away from older males", "Kai will avoid the gang", "Jade will stop seeing the men".
_EXPLOITERS = {"male", "males", "men", "man", "adults", "adult", "gang", "gangs", "dealer", "dealers",
               "exploiter", "exploiters", "abuser", "abusers", "groomer", "groomers", "nominals", "associates"}
_AVOIDING = {"avoid", "stay", "keep", "stop", "see", "meet", "contact", "go"}


_SELF = {"herself", "himself", "themselves", "themself", "yourself", "yourselves"}


def self_protection_spans(ctx: Context) -> list:
    """"Tiago, you need to keep yourself safe online", "Jess will keep herself safe when she goes
    out with the older boys", "Leah is to protect herself from the men": the exploited or abused
    child made the one to keep themselves safe. An adult keeping themselves or a child safe is
    left alone."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("keep", "protect", "safeguard") or verb.pos_ not in ("VERB", "AUX"):
            continue
        itself = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.lower_ in _SELF), None)
        if itself is None:
            itself = next((t for c in verb.children if c.dep_ == "ccomp" for t in c.children
                           if t.dep_ == "nsubj" and t.lower_ in _SELF), None)
        if itself is None:
            continue
        safe = next((t for t in verb.subtree if t.lower_ in ("safe", "safer") and t.i > itself.i), None)
        if verb.lemma_.lower() == "keep" and safe is None:
            continue
        subject = _subject(verb)
        if subject is None and itself.lower_.startswith("your"):
            subject = itself
        if not _is_the_child(ctx, subject) or _told_to(ctx, verb):
            continue
        if _trying(verb):
            continue  # "…badly hurt someone while trying to protect himself": what may happen to him
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb.i])
        span = ctx.doc[start:max(itself.i, safe.i if safe is not None else 0) + 1]
        if not quoted(span):
            found.append(span)
    return found


def _trying(verb) -> bool:
    """The child's own attempt told as part of a danger ("while trying to protect himself", "when
    she tries to keep herself safe"), not a task set for the child (round 15)."""
    words = [verb] + list(verb.ancestors)[:3]
    return any(w.lemma_.lower() in ("try", "attempt", "struggle") for w in words[1:]) and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("while", "whilst", "when", "as") for w in words for c in w.children)


def avoiding_spans(ctx: Context) -> list:
    """"River will stay away from older males", "Kai will avoid the gang", "Jade will stop seeing
    the men": keeping the child away from the adults who exploit them set as the child's task.
    "Mum will keep River away from the men" (the adult's act) and "stay away from the road" are
    left alone."""
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in _AVOIDING or verb.pos_ != "VERB":
            continue
        over = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "stop" else None
        things = [c for c in verb.children if c.dep_ == "dobj"]
        away = next((c for c in verb.children if c.lower_ in ("away", "near", "clear")), None)
        things += [o for w in [verb] + ([away] if away is not None else []) for p in w.children
                   if p.dep_ == "prep" and p.lower_ in ("from", "near", "with") for o in p.children if o.dep_ == "pobj"]
        if lemma in ("stay", "keep", "go") and away is None:
            continue
        if lemma in ("see", "meet", "contact", "go") and not (over is not None or any(c.dep_ == "neg" for c in verb.children)):
            continue  # "will stop seeing the men", "will not meet the men"; not "will see her friends"
        if lemma == "keep" and any(c.dep_ == "dobj" for c in verb.children):
            continue  # "keep River away from the men": someone else's act
        exploiters = [t for t in things if t.lower_ in _EXPLOITERS or t.lemma_.lower() in _EXPLOITERS]
        if not exploiters or not _is_the_child(ctx, _subject(over if over is not None else verb)):
            continue
        head = over if over is not None else verb
        start = min([c.i for c in head.children if c.dep_ in ("aux", "neg") and c.i < head.i] + [head.i])
        span = ctx.doc[start:max(t.i for t in exploiters) + 1]
        if not quoted(span):
            found.append(span)
    taken = {t.i for span in found for t in span}
    found += [span for span in _abstaining_spans(ctx) if not taken & {t.i for t in span}]
    return found


# Round 41 (r41c, review40w W#6): the same duty said with a verb of holding back and the company the
# child keeps: "The minor must refrain from associating with the said males", "Kai is to cease all
# contact with the gang", "Nyasha must desist from seeing the men".
_ABSTAINING = {"refrain", "desist", "cease", "abstain", "stop", "quit", "avoid"}
_CONTACT_NOUNS = {"contact", "association", "associations", "involvement", "relationship", "relationships",
                  "friendship", "friendships", "communication", "links"}


def _abstaining_spans(ctx: Context) -> list:
    """A child held back from the company of the adults who exploit them: a verb of holding back
    ("refrain", "desist", "cease", "abstain", "stop", "avoid") over a verb of keeping company
    ("associating with", "mixing with", "meeting", "seeing") or a noun of it ("contact with",
    "association with"), whose people are the exploiting adults ("males", "men", "the gang").
    "Mum will refrain from contact with Dad" (an adult), "Kai will stop associating with his
    cousins" (no exploiting adults) and "Leo will cease contact with the dealer" said of an
    adult are left alone."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _ABSTAINING or verb.pos_ != "VERB":
            continue
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "dobj")]
        acts += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                 for o in p.children if o.dep_ in ("pcomp", "pobj")]
        people = []
        for act in acts:
            lemma = act.lemma_.lower()
            if act.pos_ == "VERB" and (lemma in _MIXING or lemma in ("see", "meet", "contact", "visit", "message")):
                people += [c for c in act.children if c.dep_ == "dobj"]
                people += [o for p in act.children if p.dep_ == "prep" and p.lower_ in ("with", "around", "to")
                           for o in p.children if o.dep_ == "pobj"]
            elif act.pos_ == "NOUN" and act.lower_ in _CONTACT_NOUNS:
                people += [o for p in act.children if p.dep_ == "prep" and p.lower_ == "with"
                           for o in p.children if o.dep_ == "pobj"]
        exploiters = [t for t in people if t.lower_ in _EXPLOITERS or t.lemma_.lower() in _EXPLOITERS]
        if not exploiters or not _is_the_child(ctx, _subject(verb)) or _told_to(ctx, verb):
            continue
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb.i])
        span = ctx.doc[start:max(t.i for t in exploiters) + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 23: the child written as a partner in their own abuse: "took part in a robbery with older
# males", "engaging in sexualised conversations with adult men", "went along with it", "his drug
# debt". What the adults drew the child into, told as the child's own doing.
_TAKING_PART = {"engage", "participate", "partake"}
_SEXUAL = {"sexual", "sex", "sexualised", "sexualized", "sexually", "intimate", "nude", "nudes", "explicit",
           "indecent", "porn", "pornography", "pornographic", "naked"}
_CRIMINAL = _CRIMES | {"crime", "criminal", "drug", "drugs", "dealing", "theft", "burglary", "shoplifting", "robbing",
                       "stealing", "supply", "weapon", "weapons", "knife"}
_DEBT = {"debt", "debts"}


def _drug_debt(noun) -> bool:
    """"a drug debt", "his drugs debt": the debt the men who exploit a child say the child owes.
    "He owes money for his journey", told by a trafficked child, is the child's account, not blame."""
    return noun.lower_ in _DEBT and any(c.lower_ in ("drug", "drugs") for c in noun.children
                                         if c.dep_ in ("compound", "amod", "nmod"))


def _about_harm_to_a_child(ctx: Context) -> bool:
    """Exploitation or sexual harm is the statement's subject ([context] exploitation_context, or
    sexual words)."""
    return about_exploitation(ctx) or any(t.lower_ in _SEXUAL for t in ctx.tokens)


def taking_part_spans(ctx: Context) -> list:
    """"Kai took part in a robbery with older males", "Mia has been engaging in sexualised
    conversations with adult men", "Zara went along with it", "Kai owes a drug debt", "his drug
    debt": the child a partner in what adults did to them. "Theo engaged in play with his sister"
    and "takes part in football" are not: what the child takes part in must be sexual or a crime;
    a debt must be a drug debt ("he owes money for his journey" is a trafficked child's account)."""
    if not _about_harm_to_a_child(ctx):
        return trading_spans(ctx)  # round 37: "sleeping with men for money" says the harm itself
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or quoted(doc[verb.i:verb.i + 1]):
            continue
        lemma = verb.lemma_.lower()
        end = None
        if lemma in _TAKING_PART or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part"
                                                             for c in verb.children)):
            in_ = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"), None)
            thing = next((o for o in in_.children if o.dep_ == "pobj"), None) if in_ is not None else None
            if thing is None or not any(t.lower_ in _SEXUAL or t.lemma_.lower() in _CRIMINAL for t in thing.subtree):
                continue
            end = thing.i
        elif lemma == "go" and any(c.lower_ == "along" and c.dep_ in ("prt", "advmod") for c in verb.children):
            along = next(c for c in verb.children if c.lower_ == "along")
            with_ = next((p for p in [*verb.children, *along.children] if p.dep_ == "prep" and p.lower_ == "with"), None)
            if with_ is None:
                continue
            end = with_.i  # "went along with [it]"
        elif lemma in _OWN_DEBT and any(c.dep_ == "dobj" and _drug_debt(c) for c in verb.children) \
                and about_exploitation(ctx):  # round 37 (X#6): "has run up a drug debt", "has built up a drugs debt"
            end = next(c.i for c in verb.children if c.dep_ == "dobj" and _drug_debt(c))
        else:
            continue
        if not _is_the_child(ctx, _subject(verb)) or _told_to(ctx, verb):
            continue
        span = doc[verb.i:end + 1]
        if not quoted(span):
            found.append(span)
    found += [span for span in trading_spans(ctx) if not any(span.start < f.end and f.start < span.end for f in found)]
    if about_exploitation(ctx):
        for noun in ctx.tokens:
            if noun.lower_ not in _DEBT or noun.pos_ != "NOUN":
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if not _drug_debt(noun) or owner is None or not _is_the_child(ctx, owner) or noun.head.lemma_.lower() == "owe":
                continue
            span = doc[owner.i:noun.i + 1]  # "his drug debt", "Kai's debt"
            if not quoted(span):
                found.append(span)
    return found


# Round 37 (review37x, X#6): what adults make an exploited child do, told as the child's own trade:
# "is sleeping with older men for money", "is having sex with men for somewhere to stay", "is
# selling drugs for older boys", "is making money by running drugs". Read from the parse: the
# child is the subject (through "by" + a gerund), the verb is sex with someone in exchange for
# something or with adult men, or the supply of drugs. "Dean sells drugs from the flat" (an
# adult), "the men made him sell drugs", "was forced to carry drugs", "groomed into selling
# drugs" and "Kai said he sold drugs to pay them back" (his own account) are left alone.
_OWN_DEBT = {"owe", "run", "build", "rack", "accrue", "incur", "accumulate", "get"}
_DRUG_SUPPLY = {"sell", "deal", "run", "carry", "supply", "deliver", "move", "push", "transport", "courier"}
_DRUGS = {"drug", "drugs", "cocaine", "crack", "heroin", "cannabis", "weed", "spice", "ketamine", "mdma"}
_REWARDS = {"money", "cash", "drug", "drugs", "alcohol", "gift", "gifts", "cigarette", "cigarettes", "vape",
            "vapes", "food", "lift", "lifts", "somewhere", "place", "clothes", "phone", "phones", "credit",
            "trainers", "weed", "bed", "room"}
_SEX_TRADE_OBJECTS = {"sex", "herself", "himself", "themselves", "body"}
# The adults an exploited child is with for money, drugs or a place to stay (round 38: named for
# what it holds; words36h's _ADULT_PARTNERS is a parent's partner, another set).
_SEX_TRADE_ADULTS = _EXPLOITERS | {"boyfriend", "boyfriends", "stranger", "strangers", "punter", "punters", "client",
                                   "clients", "customer", "customers"}
_FORCING = _TOLD_TO | {"groom", "persuade", "pay", "use", "bribe", "trick", "get", "ask", "send", "push", "drive"}


def _doer_up(verb):
    """The subject of the verb, also through "by"/"from" + a gerund ("is making money by selling
    drugs")."""
    subject = _subject(verb)
    if subject is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        subject = _subject(verb.head.head)
    return subject


def _made_to_do(ctx: Context, verb) -> bool:
    """Done to the child by someone else: under a passive verb of forcing ("was forced to sell
    drugs"), "into" ("groomed into selling"), a verb with an object that the act completes ("older
    boys are using Mason to carry drugs", "paid her to…"), a verb of forcing or telling whose
    subject is not the child ("the men made him sell drugs"), or the child's own account ("Kai said
    he sold drugs")."""
    speaking = set(settings()["speech_verbs"])
    token = verb
    for _ in range(3):
        if token.head.i == token.i:
            return False
        if token.dep_ == "pcomp" and token.head.lower_ == "into":
            return True
        below, token = token, token.head
        lemma = token.lemma_.lower()
        if below.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON", "NOUN") for c in token.children):
            return True  # "older boys are using Mason to carry drugs": the act at the bidding of the verb's subject
        if lemma in _FORCING | speaking:
            if any(c.dep_ == "auxpass" for c in token.children):
                return True
            if lemma in _FORCING and below.dep_ in ("xcomp", "advcl", "ccomp") and \
                    any(c.dep_ == "dobj" for c in token.children):
                return True  # "this boy … is grooming Ravi to carry drugs": done at the groomer's bidding
            doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if lemma in speaking:
                return doer is not None and _is_the_child(ctx, doer)
            return doer is None or not _is_the_child(ctx, doer)
    return False


def _exchange(verb) -> bool:
    """"… for money", "… in exchange for drugs", "… in return for somewhere to stay"."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "for" and any(o.lemma_.lower() in _REWARDS or o.lower_ in _REWARDS
                                        for o in prep.children if o.dep_ == "pobj"):
            return True
        if prep.lower_ == "in" and any(o.lower_ in ("exchange", "return") for o in prep.children):
            return True
    return False


def trading_spans(ctx: Context) -> list:
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        end = None
        if lemma in ("sleep", "have"):
            sex = lemma == "sleep" or any(c.dep_ == "dobj" and c.lower_ == "sex" for c in verb.children)
            with_ = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"), None)
            partner = next((o for o in with_.children if o.dep_ == "pobj"), None) if with_ is not None else None
            if not sex or partner is None:
                continue
            adult = partner.lower_ in _SEX_TRADE_ADULTS or partner.lemma_.lower() in _SEX_TRADE_ADULTS
            if not (_exchange(verb) or adult):
                continue
            end = partner.i
        elif lemma in ("sell", "trade", "swap", "exchange"):
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is not None and thing.lower_ in _SEX_TRADE_OBJECTS:
                end = thing.i  # "selling sex", "selling herself"
        if end is None and lemma in _DRUG_SUPPLY:
            thing = next((c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in _DRUGS or c.lemma_.lower() in _DRUGS)), None)
            if thing is None:
                continue
            for_adults = any(o.lower_ in _SEX_TRADE_ADULTS or o.lemma_.lower() in _SEX_TRADE_ADULTS or o.lower_ in ("gang", "gangs")
                             for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
            if not (for_adults or about_exploitation(ctx)):
                continue
            end = thing.i
        if end is None:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or (
                verb.dep_ == "conj" and any(c.dep_ == "neg" for c in verb.head.children)):
            continue  # "Tyler will not carry or sell drugs": a deed refused, read by the goal rules
        if not _surely_the_child(ctx, _doer_up(verb)) or _made_to_do(ctx, verb):
            continue
        span = doc[verb.i:end + 1]
        if not quoted(span):
            found.append(span)
    return found


def _surely_the_child(ctx: Context, token) -> bool:
    """The child, read strictly for the round-37 readings: a pronoun that points back to the child,
    or a name the statement shows to be a child's ("Kai, 15", "Tia (14)"); a name nobody gave an
    age or a child's role to ("Dean") is not taken for the child."""
    if token is None or token.i in analysis.adult_tokens(ctx):
        return False
    if token.lower_ in ("who", "that", "which") and token.head.dep_ == "relcl":
        # "older boys who sell drugs": the one the clause is about, read as strictly as a name
        antecedent = token.head.head
        # (by name: "older boys" may be children too, but they are not the child the worry is about)
        return antecedent.i not in analysis.adult_tokens(ctx) and antecedent.pos_ == "PROPN" and (
            antecedent.i in analysis.child_tokens(ctx) or antecedent.lower_ in child_names(ctx))
    if token.pos_ == "PRON":
        return _is_the_child(ctx, token)
    return token.i in analysis.child_tokens(ctx) or token.lower_ in child_names(ctx)
