"""Round 12 (wordsa12): verdicts on people read as CLOSED classes on the parse.

- character verdicts (SOS305): a word that judges what an adult is like (a trait or an attitude)
  rather than what they did, predicated of the adult: "Mum was belligerent", "Dad presents as
  dismissive", "a rude, confrontational man", "Mum's carelessness", "answered evasively", "Dad
  manipulates the professionals". The adjectives are one closed list with their word families
  (adverb, noun) derived here.
- capacity verdicts (SOS305): a verb or noun of capacity with an abstract complement: "struggles
  to cope", "unable to keep him in line", "lacks understanding", "demonstrate an understanding",
  "prioritise the children".
- guesses (SOS304): impersonal hedges ("it is understood that", "there are indicators of", "there
  is likely to be", "in all likelihood") and a cause nobody saw told as fact ("caused by",
  "owing to", "stems from", "as a result of", "linked to", "because of") where the effect is the
  child's.
- victim blaming (SOS306): a child's character labelled ("attention-seeking", "manipulative",
  "promiscuous") and a harmed child's conduct made the problem ("sabotaging placements",
  "frequents the homes of older males", "take responsibility for her behaviour").
- labels for harm (SOS301): "emotionally abused", "witnessed the abuse", "exposed to domestic
  violence", "extremist views", "radicalised".
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .lexicon import looks_ahead
from .word_context import is_child, quoted, settings

# --- character verdicts (SOS305) -------------------------------------------------------------
# Adjectives that judge a person's character or attitude. Feelings ("scared", "upset", "anxious")
# and plain states ("tired", "drunk") are not here: they describe, they do not judge.
TRAITS = {
    "abrasive", "aggressive", "aloof", "apathetic", "argumentative", "arrogant", "avoidant", "belligerent",
    "belittling", "blunt", "boastful", "bossy", "callous", "careless", "chaotic", "childish", "closed",
    "cold", "combative", "complacent", "condescending", "confrontational", "contemptuous", "controlling",
    "cruel", "cunning", "cynical", "deceitful", "deceptive", "defensive", "defiant", "demanding",
    "detached", "devious", "difficult", "disengaged", "dishonest", "disinterested", "dismissive",
    "disorganised", "disorganized", "disrespectful", "disruptive", "distant", "domineering", "egotistical",
    "entitled", "erratic", "evasive", "feckless", "fickle", "flippant", "forgetful", "frivolous", "guarded",
    "gullible", "hardened", "harsh", "headstrong", "hostile", "hot-headed", "ignorant", "immature",
    "impatient", "impulsive", "inattentive", "inconsiderate", "inconsistent", "incompetent", "indifferent",
    "inflexible", "insensitive", "intimidating", "intolerant", "irrational", "irresponsible", "irritable",
    "jealous", "judgemental", "judgmental", "lax", "lazy", "lethargic", "lackadaisical", "manipulative",
    "materialistic", "mean", "melodramatic", "naive", "naïve", "narcissistic", "needy", "negative",
    "neglectful", "negligent", "nonchalant", "obstinate", "obstructive", "oppositional", "overbearing",
    "over-bearing", "overprotective", "over-protective", "passive", "passive-aggressive", "patronising",
    "patronizing", "petty", "possessive", "prejudiced", "proud", "quarrelsome", "reckless", "reluctant",
    "resentful", "resistant", "rigid", "rude", "ruthless", "sarcastic", "secretive", "selfish",
    "self-absorbed", "self-centred", "self-centered", "shifty", "slapdash", "slovenly", "sly", "sneaky",
    "spiteful", "stubborn", "sullen", "superficial", "suspicious", "tactless", "temperamental",
    "thoughtless", "traditional", "old-fashioned", "unapproachable", "unco-operative", "uncooperative",
    "uncaring", "uncommitted", "unconcerned", "undermining", "unemotional", "unfocused", "unfocussed",
    "unhelpful", "uninterested", "unmotivated", "unpredictable", "unreasonable", "unreliable",
    "unresponsive", "unstable", "unsupportive", "untrustworthy", "unwilling", "vague", "vain", "vengeful",
    "vindictive", "volatile", "weak", "wilful", "willful", "withholding", "strict", "authoritarian",
    "disorganised", "inadequate", "incapable", "ineffective", "ineffectual", "unprepared", "scatty",
    "scatterbrained", "flaky", "irresponsible", "muddled", "overwhelmed", "dependent", "co-dependent",
    "abusive", "violent", "explosive", "threatening", "unkind", "uncommunicative", "confrontative",
    # round 13: how a parent is judged to set limits ("a very permissive parent", "too lenient")
    "permissive", "lenient", "indulgent", "over-indulgent", "overindulgent", "unassertive", "self-absorbed",
}
# States and feelings, not verdicts: "proud of her job", "gets muddled with money" after an injury,
# "overwhelmed", "forgetful", "lethargic"; "dependent" is a label (SOS301), not a trait.
TRAITS -= {"proud", "muddled", "overwhelmed", "forgetful", "lethargic", "dependent", "co-dependent"}
# Of these, the ones a harmed child is labelled with (SOS306): said of a child, the child is
# blamed for what was done to them.
CHILD_BLAME = {
    "attention-seeking", "manipulative", "promiscuous", "provocative", "streetwise", "street-wise",
    "deceitful", "devious", "sneaky", "precocious", "wayward", "uncontrollable", "sexualised",
    "sexualized", "calculating", "untrustworthy", "dishonest", "secretive",
}
# Verbs that are a verdict on intent rather than a deed.
TRAIT_VERBS = {"manipulate", "deceive", "stonewall", "obstruct", "patronise", "patronize", "fob"}
# Links that predicate a trait of someone: "is", "seems", "presents as", "is seen as".
LINKING = {"be", "become", "seem", "appear", "remain", "get", "grow", "present", "come", "look", "sound",
           "see", "describe", "regard", "view", "perceive", "consider", "find", "deem", "label", "know",
           "act", "behave", "prove", "stay"}
PERSON_NOUNS = {"man", "woman", "person", "mother", "father", "parent", "parents", "carer", "carers", "mum",
                "dad", "partner", "individual", "character", "stepfather", "stepmother", "grandmother",
                "grandfather", "boyfriend", "girlfriend", "couple", "family", "people", "men", "women"}
TITLES = {"mr", "mrs", "ms", "miss", "mx"}
PLACES = {"school", "nursery", "college", "academy", "service", "services", "council", "authority", "team", "hospital",
          "ward", "club", "unit", "agency", "home", "centre", "department", "court", "academy", "placement"}
SPEAKING = {"say", "tell", "explain", "add", "reply", "insist", "describe", "call", "admit", "agree", "write"}


def _family() -> set[str]:
    return set(analysis.people_words()["family"])


def _noun_forms(adjective: str) -> set[str]:
    forms = {adjective + "ness"}
    if adjective.endswith("ent"):
        forms |= {adjective[:-1] + "ce", adjective[:-1] + "cy"}  # "complacency", "flippancy"
    if adjective.endswith("ant"):
        forms |= {adjective[:-1] + "ce", adjective[:-1] + "cy"}
    if adjective.endswith("ive"):
        forms.add(adjective[:-1] + "ity")
    if adjective.endswith("ble"):
        forms.add(adjective[:-2] + "ility")
    if adjective.endswith("y"):
        forms.add(adjective[:-1] + "iness")
    if adjective.endswith("al"):
        forms.add(adjective + "ity")
    if adjective.endswith("ish") or adjective.endswith("ous"):
        forms.add(adjective + "ness")
    return forms


def _adverb(adjective: str) -> str:
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("le"):
        return adjective[:-1] + "y"
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    return adjective + "ly"


TRAIT_NOUNS = {n for a in TRAITS for n in _noun_forms(a)} - {"weakness", "patience", "coldness", "violence", "distance", "dependence"} | {
    "arrogance", "immaturity", "negligence", "hostility", "ignorance", "naivety", "naivete", "selfishness",
    "indifference", "apathy", "complacency", "belligerence", "impatience", "intolerance", "incompetence",
    "irresponsibility", "rigidity", "obstinacy", "stubbornness", "dishonesty", "deceit", "deception"}
TRAIT_ADVERBS = {_adverb(a): a for a in TRAITS}
TRAIT_ADVERBS.pop("weakly", None)
TRAIT_ADVERBS.pop("strictly", None)  # "strictly speaking"
TRAIT_ADVERBS.pop("vaguely", None)


def _own_subject(verb):
    """The verb's subject, also where the parser hung it on an auxiliary ("Zara has self-harmed"
    with "Zara" under "has")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        subject = next((s for a in verb.children if a.dep_ in ("aux", "auxpass") for s in a.children
                        if s.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _subject(verb):
    for _ in range(5):
        subject = _own_subject(verb)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acomp", "pcomp", "pobj", "prep", "oprd", "attr") \
                or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "ROOT" or verb.head.i == verb.i:
        # "Zara has self-harmed and is described as…": the first subject of the sentence
        return next((t for t in verb.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < verb.i), None)
    return None


def is_adult(ctx: Context, token) -> bool:
    """Mum, Dad, "her partner", "Mr Lee", "he" when he is not the child, "parents"."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        lower = token.lower_
        if lower in ("you", "your") and ctx.kind == "goal":
            return True  # a goal speaks to the family's adults
        if lower in ("he", "she", "they", "his", "her", "their", "him", "them"):
            return not analysis.pronoun_is_child(ctx, token)
        return False
    if is_child(ctx, token, strict=True) or token.i in analysis.child_tokens(ctx):
        return False
    if token.lemma_.lower() in PLACES:
        return False  # round 13: "the school is permissive about phones" is about a place's rules
    if token.lower_ in TITLES or any(c.dep_ == "compound" and c.lower_ in TITLES for c in token.children):
        return True  # round 13: "Mr and Mrs Lyttle", "Ms Bird": a title is an adult's
    family = _family() - {"sister", "brother", "cousin", "friend", "sibling", "siblings", "baby", "son",
                          "daughter", "child", "children", "twins"}
    lemma = token.lemma_.lower()
    if token.lower_ in family or lemma in family or token.i in analysis.adult_tokens(ctx):
        return True
    if lemma in PERSON_NOUNS - {"family", "people"}:
        return True
    if token.lower_.startswith("ex-") or lemma in settings()["adult_words"]:
        return True
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if lemma in ("family", "relatives", "in-laws", "side", "friends") and owner is not None and owner.lower_ not in (
            "his", "her", "their") and is_adult(ctx, owner):
        return True  # "Mum's family are very traditional"
    return lemma in ("partner", "boyfriend", "girlfriend") and owner is not None


def is_a_child(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "his", "her", "him") and analysis.pronoun_is_child(ctx, token)
    return is_child(ctx, token, strict=False) or token.i in analysis.child_tokens(ctx)


def _negated(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _own_account(ctx: Context, verb) -> bool:
    """Under a verb of saying whose subject is a family member or a child: "Mum says he was
    controlling" is her account, not the writer's verdict."""
    node = verb
    for _ in range(5):
        if node.head.i == node.i:
            return False
        below, node = node, node.head
        if node.lemma_.lower() in SPEAKING | {"feel", "think", "believe"} and node.pos_ in ("VERB", "AUX") \
                and below.dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "conj"):
            sayer = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if sayer is not None and (is_a_child(ctx, sayer) or sayer.lower_ in _family()
                                      or sayer.lemma_.lower() in _family() or sayer.lower_ in ("i", "he", "she")):
                return True
    return False


def _can_be(verb) -> bool:
    """"Dad, you can be self-absorbed": "can be" says what someone is like now and then, not what
    lies ahead (round 13)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.lemma_ == "be" and auxes == {"can"} and not _goal_conditional(verb)


def _ahead(ctx: Context, verb) -> bool:
    if _can_be(verb):
        return False
    return looks_ahead(verb) or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo") for c in verb.children)


def _predicated(word):
    """The verb a trait adjective is said through, or None: "is X", "seems X", "presents as X", "is
    seen as X", "comes across as X"."""
    adjective = word
    while adjective.dep_ == "conj" and adjective.head.i != adjective.i and adjective.head.pos_ == "ADJ":
        adjective = adjective.head  # "is evasive and argumentative"
    if adjective.dep_ == "conj" and adjective.pos_ == "ADJ" and adjective.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in adjective.head.children) \
            and adjective.head.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in adjective.head.children):
        return adjective.head  # "Parents are controlling and very traditional": "controlling" read as a verb
    if adjective.dep_ in ("acomp", "oprd", "attr", "xcomp", "ccomp") and adjective.head.lemma_.lower() in LINKING:
        return adjective.head
    if adjective.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in adjective.children) \
            and not any(c.dep_ == "agent" for c in adjective.children):
        return adjective  # "Mum has been disorganised", parsed as a passive
    if adjective.head.lemma_.lower() in LINKING and any(c.lower_ == "as" and c.i < adjective.i for c in adjective.children):
        return adjective.head  # "comes across as arrogant", "as" hung on the adjective
    if adjective.dep_ in ("pobj", "amod", "advcl", "acomp") and adjective.head.lower_ == "as":
        verb = adjective.head.head
        while verb.lower_ in ("across", "off") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_.lower() in LINKING:
            return verb
    if adjective.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in adjective.children):
        return adjective
    return None


def _trait_word(token) -> str | None:
    lower = token.lower_
    if lower in TRAITS and token.pos_ in ("ADJ", "VERB", "NOUN"):
        return lower
    if token.i + 2 < len(token.doc) and token.doc[token.i + 1].lower_ == "-":
        return None
    return None


def _attention_seeking(token) -> bool:
    return token.lower_ in ("attention-seeking",) or (
        token.lower_ == "seeking" and token.i > 0 and token.doc[token.i - 1].lower_ in ("attention", "-")
    )


def character_spans(ctx: Context, child: bool = False) -> list:
    """With `child` False: a trait verdict on an adult (SOS305). With `child` True: a blaming
    trait said of a child (SOS306)."""
    found = []
    for token in ctx.tokens:
        lower = token.lower_
        first = token.i
        if token.i >= 2 and ctx.tokens[token.i - 1].lower_ == "-" and not ctx.tokens[token.i - 1].whitespace_ \
                and f"{ctx.tokens[token.i - 2].lower_}-{lower}" in TRAITS | CHILD_BLAME:
            lower = f"{ctx.tokens[token.i - 2].lower_}-{lower}"  # round 13: "self-centred", split at the hyphen
            first = token.i - 2
        span = subject = verb = None
        if child and lower == "attention" and token.i + 2 < len(ctx.doc) and ctx.tokens[token.i + 1].lower_ == "-" \
                and ctx.tokens[token.i + 2].lower_ == "seeking":
            last = ctx.tokens[token.i + 2]
            head = last.head if last.dep_ in ("amod", "compound") else None
            owner = next((c for c in head.children if c.dep_ == "poss"), None) if head is not None else None
            if owner is not None and is_a_child(ctx, owner):
                span = ctx.doc[token.i:head.i + 1]  # "Amber's attention-seeking behaviour"
            else:
                anchor = token if token.dep_ not in ("compound", "npadvmod", "amod") else token.head
                anchor = last if last.dep_ in ("acomp", "oprd", "pobj", "xcomp", "attr") else anchor
                verb = _predicated(anchor) or (anchor.head if anchor.head.lemma_.lower() in LINKING else None)
                if verb is None:
                    continue
                span = ctx.doc[token.i:token.i + 3]
                subject = _subject(verb)
                if subject is None or not is_a_child(ctx, subject):
                    continue
            if not quoted(span):
                found.append(span)
            continue
        words = CHILD_BLAME if child else TRAITS
        if lower in words and token.pos_ in ("ADJ", "VERB", "NOUN", "PROPN"):
            if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
                noun = token.head
                if noun.lemma_.lower() in PERSON_NOUNS or (is_a_child(ctx, noun) if child else is_adult(ctx, noun)):
                    if child and not is_a_child(ctx, noun) and not (
                            noun.lemma_.lower() in ("girl", "boy", "child", "teenager") ):
                        continue
                    if not child and not is_adult(ctx, noun) and noun.lemma_.lower() not in PERSON_NOUNS:
                        continue
                    span = ctx.doc[first:token.i + 1]  # each word its own: "a rude, confrontational man"
                    verb = noun.head
                    subject = noun
                elif child and noun.lemma_.lower() in ("behaviour", "behaviours", "behavior", "conduct", "nature"):
                    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                    if owner is not None and is_a_child(ctx, owner):
                        span = ctx.doc[token.i:noun.i + 1]
                        verb, subject = noun.head, owner
                if span is None:
                    continue
            else:
                if not child and _trait_word_as_deed(token):
                    continue  # Round 18: "has been threatening to send a picture": what was done, not a trait
                verb = _predicated(token)
                if verb is None:
                    continue
                subject = _subject(verb)
                start = first
                if start > 0 and ctx.doc[start - 1].lower_ in ("very", "so", "quite", "too", "rather", "often",
                                                                "extremely", "really", "increasingly", "more"):
                    start -= 1
                span = ctx.doc[start:token.i + 1]
        elif not child and lower in TRAIT_NOUNS and token.pos_ == "NOUN":
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            span = ctx.doc[token.i:token.i + 1]
            verb, subject = token.head, owner
        elif not child and lower in TRAIT_ADVERBS and token.pos_ == "ADV" and token.dep_ == "advmod" \
                and token.head.pos_ in ("VERB", "AUX"):
            verb = token.head
            subject = _subject(verb)
            span = ctx.doc[token.i:token.i + 1]
        elif not child and token.lemma_.lower() in TRAIT_VERBS and token.pos_ == "VERB":
            if token.lemma_.lower() == "fob" and not any(c.lower_ == "off" for c in token.children):
                continue
            verb = token
            subject = _subject(verb)
            span = ctx.doc[token.i:token.i + 1]
        else:
            continue
        if subject is None:
            continue
        if child:
            if not is_a_child(ctx, subject):
                continue
        elif not is_adult(ctx, subject):
            continue
        if verb is not None and (_negated(verb) or (not child and _ahead(ctx, verb)) or _own_account(ctx, verb)):
            continue
        if quoted(span):
            continue
        found.append(span)
    return found


def _trait_word_as_deed(token) -> bool:
    """A trait word used as a verb with what it was done to or said ("has been threatening to post
    the photo", "was controlling her phone"): the deed itself, told. "Dad is threatening", "can be
    controlling" and "a threatening man" are still verdicts."""
    return token.pos_ == "VERB" and token.tag_ in ("VBG", "VBD", "VBZ", "VBP") and any(
        c.dep_ in ("xcomp", "ccomp", "dobj") and c.i > token.i for c in token.children)


# --- capacity verdicts (SOS305) --------------------------------------------------------------
COPING = {"cope", "manage", "parent", "function"}
NOT_ABLE_WORDS = {"unable", "incapable", "struggle", "fail", "hard", "difficult", "difficulty", "incapacity",
                  "inability", "powerless", "helpless"}
HOLD_IN = {("in", "line"), ("in", "check"), ("under", "control"), ("in", "order")}
QUALITIES = {"understanding", "insight", "awareness", "empathy", "capacity", "ability", "skills", "skill",
             "knowledge", "motivation", "commitment", "judgement", "judgment", "responsibility", "maturity",
             "remorse", "competence", "capability"}
SHOWING = {"demonstrate", "show", "display", "evidence", "gain", "develop", "acquire", "have"}
# People put first: "prioritise the children" judges the parent. "Prioritise Holly's needs" is a
# vague aim (SOS302, vague_aims), as earlier sets mark it, and is left to that rule.
PRIORITY_THINGS = {"child", "children", "baby", "babies", "kids", "son", "daughter", "sons", "daughters",
                   "family", "twins", "boys", "girls"}


def _cannot(verb) -> object | None:
    """The word that says an adult cannot do this verb: "unable to", "struggles to", "cannot",
    "has not been able to", "finds it hard to". Returns the first word of the phrase, or None."""
    if _negated(verb) and any(c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in verb.children):
        return min([c for c in verb.children if c.dep_ in ("aux", "neg")], key=lambda t: t.i)
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and head.i != verb.i:
        lemma = head.lemma_.lower()
        if lemma in NOT_ABLE_WORDS or head.lower_ in NOT_ABLE_WORDS:
            return head
        if lemma == "able" and _negated(head.head if head.dep_ == "acomp" else head) | _negated(head):
            return head
        if lemma == "find" and any(c.lower_ in ("hard", "difficult") for c in head.children):
            return head
        if lemma == "be" and any(c.lower_ in ("unable", "incapable") for c in head.children):
            return head
    return None


def _goal_conditional(verb) -> bool:
    """"when you feel you cannot cope, you will ring Nan": the goal's plan for a hard moment."""
    node = verb
    for _ in range(5):
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "whenever", "unless") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def capacity_spans(ctx: Context, which: str | None = None) -> list:
    """Verdicts on what an adult can do. `which`: "grasp" (lacks understanding, demonstrate
    insight), "priority" (prioritise the children), "cope" (struggles to cope, unable to keep him
    in line); None for all."""
    spans = ctx.memo("words:capacity12", lambda: _capacity(ctx))
    return [span for span, kind in spans if which is None or kind == which]


def _capacity(ctx: Context) -> list:
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        span = None
        subject = None
        verb = token
        if lemma in COPING and token.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prep") and c.lower_ != "since"
                                                                 and c.dep_ == "dobj" for c in token.children):
            cannot = _cannot(token)
            if cannot is None:
                continue
            start = min(cannot.i, token.i)
            span = ctx.doc[start:token.i + 1]
            subject = _subject(token) or _subject(cannot)
        elif lemma == "keep" and token.pos_ == "VERB":
            held = next(((p, o) for p in token.children if p.dep_ == "prep"
                         for o in p.children if o.dep_ == "pobj" and (p.lower_, o.lower_) in HOLD_IN), None)
            if held is None:
                continue
            cannot = _cannot(token)
            if cannot is None:
                continue
            span = ctx.doc[min(cannot.i, token.i):held[1].i + 1]
            subject = _subject(token) or _subject(cannot)
        elif lemma in QUALITIES and token.pos_ == "NOUN":
            head = token.head
            start = None
            if head.lemma_.lower() in ("lack", "lacking") and token.dep_ in ("dobj", "compound", "nsubj", "attr", "npadvmod"):
                start = head.i
            elif token.i > 0 and ctx.doc[token.i - 1].lemma_.lower() == "lack":
                start = token.i - 1
            elif token.i > 1 and ctx.doc[token.i - 2].lemma_.lower() == "lack" and ctx.doc[token.i - 1].lower_ in (
                    "any", "the", "basic", "real", "an", "all", "much"):
                start = token.i - 2
            elif head.lemma_.lower() in SHOWING and token.dep_ == "dobj" and head.lemma_.lower() != "have" \
                    and lemma in ("understanding", "insight", "awareness", "empathy", "maturity", "remorse"):
                start = head.i
                verb = head
            if start is None:
                continue
            span = ctx.doc[start:token.i + 1]
            verb = ctx.doc[start] if ctx.doc[start].pos_ in ("VERB", "AUX") else head
            subject = _subject(verb)
            if subject is None and ctx.kind == "goal":
                subject = verb  # "Parents to demonstrate insight": the goal's parents
        elif lemma in ("prioritise", "prioritize") and token.pos_ == "VERB":
            thing = next((c for c in token.children if c.dep_ == "dobj"), None)
            if thing is None or (thing.lemma_.lower() not in PRIORITY_THINGS and not is_a_child(ctx, thing)):
                continue
            start = token.i
            cannot = _cannot(token)
            if cannot is not None:
                start = min(start, cannot.i)
            elif ctx.kind == "worry" and not _negated(token):
                continue  # "Mum prioritises Leo's…" in a worry: the priorities reading (habit_labels)
            between = ctx.doc[token.i + 1:thing.i]
            end = token.i if any(t.dep_ == "poss" or t.pos_ == "PROPN" for t in between) else thing.i
            span = ctx.doc[start:end + 1]  # "prioritise June's wellbeing": the name is not the verdict
            subject = _subject(token)
            if subject is None and ctx.kind == "goal":
                subject = token
        else:
            continue
        if subject is not None and subject.lower_ == "it" and subject.head.head.i != subject.head.i:
            subject = _subject(subject.head.head)  # "Mr Reid finds it hard to cope"
        if subject is None:
            continue
        if subject is not verb and subject is not token and not is_adult(ctx, subject):
            continue
        if ctx.kind == "goal" and lemma in COPING | {"keep"} and _goal_conditional(token):
            continue
        if ctx.kind == "worry" and lemma in COPING | {"keep"} and (
                any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "'ll") for c in token.children)
                or any(t.lower_ in ("if", "unless") for t in token.sent)):
            continue  # "if nothing changes, Mum will not be able to cope": the future
        if quoted(span) or _own_account(ctx, token):
            continue
        kind = "priority" if lemma in ("prioritise", "prioritize") else "grasp" if lemma in QUALITIES else "cope"
        found.append((span, kind))
    return found


# --- guesses stated as fact (SOS304) ---------------------------------------------------------
IMPERSONAL_OPINION = {"understand", "believe", "suspect", "think", "feel", "know", "suggest", "allege", "report",
                      "say", "rumour", "rumor", "assume", "presume", "consider", "fear", "expect", "suppose",
                      "estimate", "hear"}
# Verbs that pass on what someone else said: named or not, the teller is not the writer.
PASSED_ON = {"report", "allege", "rumour", "rumor", "say", "hear"}
SIGN_NOUNS = {"indicator", "indicators", "indication", "indications", "sign", "signs", "suggestion",
              "suggestions", "suspicion", "suspicions", "hint", "hints", "likelihood", "probability",
              "possibility", "chance"}
CONDUCT_WORDS = {"use", "misuse", "abuse", "neglect", "violence", "drinking", "harm", "exploitation", "grooming",
                 "dealing", "assault", "aggression", "injury", "injuries", "fii", "fabricated", "coercion",
                 "control", "relapse", "radicalisation", "involvement", "offending", "cruelty", "addiction",
                 "taking", "smoking", "trafficking", "self-harm", "contact", "sexual"}
CAUSE_PREPS = {("owing", "to"), ("due", "to"), ("result", "of"), ("consequence", "of"),
               ("down", "to"), ("thanks", "to")}
CAUSE_VERBS = {"cause", "trigger", "link", "attribute", "stem", "result", "arise", "relate", "connect",
               "bring", "lead", "drive", "fuel"}
CAUSE_VERB_PREP = {"cause": "by", "trigger": "by", "link": "to", "attribute": "to", "stem": "from",
                   "result": "from", "arise": "from", "relate": "to", "connect": "to", "bring": "by",
                   "drive": "by", "fuel": "by"}


def _about_child(ctx: Context, token) -> bool:
    """The child, or something of the child's ("Mason's nightmares", "her speech")."""
    if token is None:
        return False
    if is_a_child(ctx, token):
        return True
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and is_a_child(ctx, owner):
        return True
    if token.lower_ in ("which", "that", "this") and token.dep_ in ("nsubj", "nsubjpass"):
        clause = token.head
        if clause.dep_ != "relcl":
            return False
        said_of = clause.head  # "Zara says only five words, which is caused by…": the whole clause
        while said_of.pos_ not in ("VERB", "AUX") and said_of.head.i != said_of.i:
            said_of = said_of.head
        return _about_child(ctx, clause.head) or _about_child(ctx, _own_subject(said_of))
    return False


def _clause_about_child(ctx: Context, verb) -> bool:
    if any(c.dep_ in ("dep", "npadvmod", "nsubj", "nsubjpass") and c.i < verb.i and is_a_child(ctx, c)
           for c in verb.children):
        return True  # "Ava (8) is withdrawn": the name parsed apart from its age
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return _about_child(ctx, subject)
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


THINKING = {"think", "say", "tell", "believe", "feel", "report", "explain", "suggest", "suspect", "describe",
            "disclose", "admit", "claim", "reckon", "guess", "write", "add", "mention", "state", "confirm",
            "wonder", "consider", "agree"}


def _said_by_named(ctx: Context, verb) -> bool:
    """Under a verb of saying or thinking whose subject is someone the reader can ask ("Dr Khan
    thinks…"). "The nurse is worried that…" opens nearly every worry and is not such a view: the
    cause under it is still the writer's claim."""
    node = verb
    for _ in range(8):
        if node.head.i == node.i:
            return False
        below, node = node, node.head
        if node.lemma_.lower() in THINKING and node.pos_ in ("VERB", "AUX") \
                and below.dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "conj"):  # what is said, not "says five words"
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("it", "we", "professionals", "agencies", "staff",
                                                              "services", "people", "they"):
                return True
    return False


def _future(ctx: Context, verb) -> bool:
    if looks_ahead(verb):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "'ll", "shall")
           for c in verb.children):
        return True
    return any(t.lower_ in ("if", "unless") for t in verb.sent)


def guess_spans(ctx: Context) -> list:
    """"It is understood that", "there are indicators of", "there is likely to be", "in all
    likelihood", and a cause of the child's state told as fact ("caused by", "owing to", "stems
    from", "as a result of", "linked to", "because of"). Worries only; the future and a named
    person's own view are left alone."""
    if ctx.kind != "worry":
        return []
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        span = None
        if lemma in IMPERSONAL_OPINION and token.pos_ in ("VERB", "AUX") and token.tag_ == "VBN" \
                and any(c.dep_ == "auxpass" for c in token.children):
            it = next((c for c in token.children if c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it"), None)
            # "it was reported by the neighbour that Dad shouts": the parser may read the "that"
            # clause as one about the teller (a relative clause on "neighbour").
            told = lemma in PASSED_ON and any(
                r.dep_ == "relcl" and r.left_edge.lower_ == "that"
                for a in token.children if a.dep_ == "agent" for o in a.children for r in o.children)
            if it is None or not (told or any(c.dep_ in ("ccomp", "xcomp") for c in token.children)):
                continue
            if any(c.dep_ == "agent" for c in token.children) and lemma not in PASSED_ON:
                continue  # "it is believed by Nan that…": someone holds it
            # Round 31 (words31): "it has been reported by Nan that…" passes on what someone said
            # in the report's voice: who told whom, and what they saw, is still missing.
            span = ctx.doc[it.i:token.i + 1]
        elif token.lower_ in SIGN_NOUNS and token.dep_ in ("attr", "nsubj") and token.head.lemma_ == "be" \
                and any(c.dep_ == "expl" for c in token.head.children):
            objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ in ("pobj", "pcomp")]
            about = objects[0] if objects else None
            that = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")), None)
            if about is not None:
                inside = [t for o in objects for t in o.subtree] + [
                    c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBG"]  # "of Mum drinking", "drinking" hung on the noun
                words = {t.lower_ for t in inside} | {t.lemma_.lower() for t in inside}
                if not (words & CONDUCT_WORDS or any(t.is_upper and len(t) > 1 for t in inside)
                        or any(t.tag_ == "VBG" for t in inside)):
                    continue  # "signs of damp": a thing anyone can see
                end = about.head.i + 1
            elif that is not None:
                end = token.i + 1
            else:
                continue
            if any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in token.head.children):
                continue
            there = next(c for c in token.head.children if c.dep_ == "expl")
            span = ctx.doc[there.i:end]
        elif token.lower_ == "likely" and token.dep_ == "acomp" and token.head.lemma_ == "be" \
                and any(c.dep_ == "expl" and c.lower_ == "there" for c in token.head.children):
            if any(t.lower_ in ("if", "unless") for t in token.sent):
                continue
            there = next(c for c in token.head.children if c.dep_ == "expl")
            xcomp = next((c for c in token.children if c.dep_ == "xcomp"), None)
            end = xcomp.i + 1 if xcomp is not None else token.i + 1
            span = ctx.doc[there.i:end]
        elif token.lower_ in ("likelihood", "probability") and token.dep_ == "pobj" and token.head.lower_ == "in" \
                and any(c.lower_ == "all" for c in token.children):
            span = ctx.doc[token.head.i:token.i + 1]
        elif (token.lower_, token.nbor(1).lower_ if token.i + 1 < len(ctx.doc) else "") in CAUSE_PREPS:
            prep = token.nbor(1)
            if prep.pos_ == "PART" or prep.tag_ == "TO" and prep.head.pos_ == "VERB" and prep.dep_ == "aux":
                continue  # "was due to give a talk": a plan, not a cause
            if token.is_sent_start and [t.lower_ for t in ctx.doc[prep.i + 1:prep.i + 4]] == ["the", "fact", "that"] \
                    and _grounds_a_worry(token.sent):
                continue  # round 39 (review39a A#7): "Due to the fact that Mum has…, the LA is worried…" gives
                # the writer's ground for the worry (a wordy "Because": SOS104), not a guessed cause of a
                # harm ("Due to the fact that Dad sleeps late, Kian has missed school" still is: round 30)
            start = token.i
            if token.lower_ == "result" or token.lower_ == "consequence":
                if token.i > 0 and ctx.doc[token.i - 1].lower_ in ("a", "the"):
                    start = token.i - 1
                if start > 0 and ctx.doc[start - 1].lower_ == "as":
                    start -= 1
            elif token.lower_ == "down" and token.i > 0 and ctx.doc[token.i - 1].lower_ == "put":
                start = token.i - 1
            verb = token
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if not (_clause_about_child(ctx, verb) or _about_child(ctx, token.head)):
                continue
            if _future(ctx, verb) or _said_by_named(ctx, verb) or _own_account(ctx, verb):
                continue
            if any(t.lemma_.lower() in ("plan", "order", "register", "proceedings") for t in verb.subtree if t.i < token.i):
                continue  # "is subject to a plan because of neglect": a process's stated ground, not a guess
            cause = next((c for c in list(prep.children) + list(token.children) if c.dep_ in ("pobj", "pcomp")), None)
            if cause is None and token.lower_ not in ("due", "owing"):
                continue
            span = ctx.doc[start:prep.i + 1]
        elif lemma in CAUSE_VERBS and token.pos_ in ("VERB", "AUX"):
            wanted = CAUSE_VERB_PREP.get(lemma)
            prep = next((c for c in token.children if (c.dep_ in ("agent", "prep")) and c.lower_ == wanted), None)
            if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                continue
            if lemma in ("result", "lead", "bring") and prep.lower_ != wanted:
                continue
            if lemma in ("bring", "drive") and any(
                    c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("to", "into", "in", "home", "onto", "back")
                    for c in token.children):
                continue  # round 31 (alarms31): "brought into hospital by ambulance", "driven home by Nan": a journey, not a cause
            if not _clause_about_child(ctx, token):
                continue
            if _future(ctx, token) or _said_by_named(ctx, token) or _own_account(ctx, token):
                continue
            span = ctx.doc[token.i:prep.i + 1]
        if span is None or quoted(span):
            continue
        found.append(span)
    return found


# --- victim blaming (SOS306) -----------------------------------------------------------------
PLACEMENT_WORDS = {"placement", "placements", "home", "homes", "foster", "plan", "plans", "care", "support",
                   "relationship", "relationships", "school", "schooling", "education", "efforts", "work"}
OLDER = {"older", "adult", "men", "males", "man", "male", "gang", "gangs", "dealer", "dealers", "strangers",
         "stranger", "adults", "boys", "peers", "lads"}
CONDUCT = {"behaviour", "behaviours", "behavior", "actions", "action", "conduct", "choices", "choice",
           "decisions", "decision", "lifestyle"}


def child_blame_spans(ctx: Context) -> list:
    """A child's character labelled ("attention-seeking", "manipulative"), and a harmed child's
    conduct made the problem: "sabotaging placements", "frequents the homes of older males",
    "take responsibility for her behaviour"."""
    found = list(character_spans(ctx, child=True))
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        span = None
        if lemma == "sabotage" and token.pos_ in ("VERB", "NOUN"):
            thing = next((c for c in token.children if c.dep_ in ("dobj", "compound")), None)
            subject = _subject(token)
            owner = None
            if subject is None and token.pos_ == "NOUN":
                owner = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None) \
                    if token.head.head is not None else None
            who = subject or owner
            if who is None:
                # "has a pattern of sabotaging placements": the sentence's subject
                root = token.sent.root
                who = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if thing is None or thing.lower_ not in PLACEMENT_WORDS or not is_a_child(ctx, who):
                continue
            span = ctx.doc[token.i:thing.i + 1]
        elif lemma == "frequent" and token.pos_ == "VERB":
            subject = _subject(token)
            if subject is None or not is_a_child(ctx, subject):
                continue
            thing = next((c for c in token.children if c.dep_ == "dobj"), None)
            of = next((o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), None) if thing is not None else None
            end = (of or thing or token).i + 1  # "frequents the homes of older males"
            span = ctx.doc[token.i:end]
        elif lemma in ("take", "accept", "own") and token.pos_ == "VERB":
            duty = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in (
                "responsibility", "ownership", "accountability")), None)
            if duty is None:
                continue
            of = next((o for p in duty.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                       for o in p.children if o.dep_ in ("pobj",) and o.lemma_.lower() in CONDUCT), None)
            if of is None:
                continue
            owner = next((c for c in of.children if c.dep_ == "poss"), None)
            subject = _subject(token)
            if subject is None:
                root = token.sent.root
                subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if not (is_a_child(ctx, subject) or (owner is not None and is_a_child(ctx, owner)
                                                 and subject is not None and not is_adult(ctx, subject))):
                continue
            span = ctx.doc[token.i:of.i + 1]
        if span is None or quoted(span):
            continue
        found.append(span)
    return found


# --- labels for harm (SOS301) ----------------------------------------------------------------
HARM_MANNER = {"emotionally", "physically", "psychologically", "verbally", "financially", "mentally"}
HARMING = {"abuse", "neglect", "maltreat", "mistreat", "harm", "exploit", "ill-treat", "scar", "damage"}
WITNESS = {"witness", "experience", "expose", "subject"}
HARM_THINGS = {"abuse", "violence", "conflict", "aggression", "incident", "incidents", "dv", "da", "ipv",
               "altercation", "altercations", "assault", "assaults", "arguments", "argument", "fighting",
               "disputes", "dispute", "domestic", "neglect", "cruelty", "harm", "trauma"}
BELIEFS = {"views", "view", "ideology", "ideologies", "beliefs", "belief", "material", "materials", "content",
           "ideas", "opinions", "attitudes", "thinking", "propaganda", "rhetoric", "causes", "groups"}
EXTREME = {"extremist", "extreme", "radical", "far-right", "far-left", "fundamentalist", "jihadist", "islamist",
           "neo-nazi", "nazi", "racist", "extremism"}


def harm_label_spans(ctx: Context) -> list:
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        lower = token.lower_
        span = None
        if lemma in HARMING and token.pos_ in ("VERB", "ADJ"):
            manner = next((c for c in token.children if c.lower_ in HARM_MANNER), None)
            if manner is None and token.i > 0 and ctx.doc[token.i - 1].lower_ in HARM_MANNER:
                manner = ctx.doc[token.i - 1]
            if manner is not None:
                if looks_ahead(token):
                    continue
                span = ctx.doc[min(manner.i, token.i):token.i + 1]
            elif lemma in ("neglect", "maltreat", "mistreat", "ill-treat") and any(
                    c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
                subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
                if subject is None or not is_a_child(ctx, subject) or looks_ahead(token):
                    continue
                start = min(c.i for c in token.children if c.dep_ in ("aux", "auxpass"))
                span = ctx.doc[start:token.i + 1]
        elif lemma in WITNESS and token.pos_ in ("VERB", "ADJ"):
            thing = next((c for c in token.children if c.dep_ == "dobj"), None)
            if thing is None and lemma in ("expose", "subject"):
                thing = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
                              for o in p.children if o.dep_ == "pobj"), None)
            if thing is None or thing.tag_ == "VBG":
                continue
            if thing.lemma_.lower() not in HARM_THINGS and thing.lower_ not in HARM_THINGS:
                continue
            if any(c.dep_ in ("acl", "relcl") for c in thing.children) and thing.lemma_.lower() in ("incident", "argument"):
                continue  # "the incident when Dad threw a cup": the deed is told
            if looks_ahead(token) or _own_account(ctx, token):
                continue
            span = ctx.doc[token.i:thing.i + 1]
        elif lower in EXTREME and token.dep_ in ("amod", "compound") and token.head.lower_ in BELIEFS:
            span = ctx.doc[token.i:token.head.i + 1]
        elif lemma in ("radicalise", "radicalize") or lower in ("radicalised", "radicalized"):
            start = token.i
            if start > 0 and ctx.doc[start - 1].lower_ in ("increasingly", "becoming", "being", "more"):
                start -= 1
            span = ctx.doc[start:token.i + 1]
            if looks_ahead(token):
                continue
        if span is None or quoted(span):
            continue
        found.append(span)
    return found


def _grounds_a_worry(sentence) -> bool:
    """The sentence's main clause is someone's worry ("…, the LA is worried about…", "we are concerned")."""
    root = sentence.root
    words = {root.lemma_.lower()} | {c.lemma_.lower() for c in root.children if c.dep_ in ("acomp", "attr")}
    return bool(words & {"worry", "worried", "concern", "concerned"})
