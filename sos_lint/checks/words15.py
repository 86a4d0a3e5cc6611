"""Round 15 (helper words15a): classes of wording read on the parse, each named in general terms.

Victim blaming (SOS306), where a child's exploitation or injury is written about:
- a harmed child's wish or appetite given as the cause: a verb or adjective of wanting whose object
  is a social reward ("craves attention from boys", "likes the gifts", "desperate for affection");
- a harmed child's trusting or unwary nature given as the cause ("too trusting online", "naive",
  "easily led", "too friendly with strangers");
- a harmed child's willingness or consent to the contact ("was willing to meet this person",
  "agreed to meet him", "was happy to carry drugs");
- a harmed child made the one to vet her own contacts ("think carefully about who she talks to
  online", "be careful about where she goes");
- a young child's play given as the cause of an animal's attack ("had been teasing the dog").
Verdicts on an adult's inner qualities (SOS305):
- an inner capacity made a noun, owned by an adult ("poor emotional regulation", "the mother's
  emotional resilience", "limited emotional capacity");
- "emotionally/psychologically + adjective" said of an adult ("emotionally unavailable");
- an adult summed up by a background, upbringing or outlook with a verdict on it ("from a very
  traditional background", "holds conservative views").
Labels (SOS301): a condition noun standing for what an adult does ("a gambling addiction",
"addicted to gaming", "a drink problem"), a category of harm named for the harm ("a harmful
cultural practice").
Guesses (SOS304): a cause guessed at and stated as fact, an abstract cause made the subject of a
verb of causing ("the family dynamic is contributing to…", "stems from his early trauma")."""
from __future__ import annotations

from . import person_verdicts as pv
from . import words33
from .base import Context, span_memo
from .child_blame import about_exploitation
from .lexicon import looks_ahead
from .word_context import settings
from .words13 import _adult, _child, _ok, _subject
from .words14 import _subject_or_name, _young


_memo = span_memo("words15:")


YOUNG_NOUNS = {"girl", "boy", "child", "teenager", "teen", "youngster", "kid", "adolescent", "toddler"}
# Words that show a child is being drawn in by adults online or on the street, beyond the
# [context] exploitation words: images, strangers, older males.
EXPLOITED = {"online", "image", "images", "picture", "pictures", "photo", "photos", "nude", "nudes", "stranger",
             "strangers", "snapchat", "instagram", "tiktok", "groom", "exploit", "gang", "drug", "drugs", "male", "older"}


def _exploited(ctx: Context) -> bool:
    def compute():
        if about_exploitation(ctx):
            return True
        words = EXPLOITED | set(settings()["exploitation_words"])
        return any(t.lower_ in words or t.lemma_.lower() in words for t in ctx.tokens)
    return ctx.memo("words15:exploited", compute)


def _the_child(ctx: Context, token) -> bool:
    """The child, "who" pointing back to the child, or a child word ("a trusting girl")."""
    if token is None:
        return False
    if token.lower_ in ("who", "that") and token.head.dep_ == "relcl":
        token = token.head.head
        if token.dep_ == "attr":  # "Lyric is an immature girl who craves…"
            subject = _subject(token.head)
            if subject is not None and _the_child(ctx, subject):
                return True
    if _adult(ctx, token) or pv.is_adult(ctx, token):
        return False
    if token.pos_ == "PRON":
        return pv.is_a_child(ctx, token)
    if token.lemma_.lower() in YOUNG_NOUNS and token.pos_ == "NOUN":
        return True
    return _child(ctx, token) or _young(ctx, token)


def _clause_subject(token):
    """The subject of the clause a word sits in ("Amy [is] desperate for…", "who craves…")."""
    verb = token
    for _ in range(4):
        subject = _subject(verb)
        if subject is not None:
            return subject
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# --- B1: a harmed child's wish or appetite given as the cause -------------------------------
WANTING = {"crave", "seek", "want", "desire", "enjoy", "like", "love", "court", "chase", "relish", "welcome"}
LONGING = {"look", "long", "yearn", "hunger", "thrive", "crave", "seek", "search", "ache", "live", "feed"}
WANTING_ADJ = {"desperate", "hungry", "eager", "starved", "keen", "needy", "greedy"}
REWARDS = {"attention", "affection", "approval", "validation", "love", "acceptance", "popularity", "status",
           "money", "gift", "gifts", "present", "presents", "excitement", "thrill", "thrills", "buzz",
           "reputation", "respect", "compliment", "compliments", "praise", "belonging", "cash", "clothes"}
FAMILY_SOURCES = {"mum", "mam", "mom", "mother", "dad", "father", "nan", "nana", "gran", "grandma", "grandad",
                  "parent", "parents", "carer", "carers", "family", "teacher", "teachers", "sister", "brother"}


def child_desire_spans(ctx: Context) -> list:
    if ctx.kind == "goal":
        return []
    return _memo(ctx, "desire", lambda: _child_desires(ctx))


def _from_family(reward) -> bool:
    for prep in reward.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            return any(o.lower_ in FAMILY_SOURCES or o.lemma_.lower() in FAMILY_SOURCES for o in prep.children)
    return False


def _child_desires(ctx: Context) -> list:
    if not _exploited(ctx):
        return []
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        reward = None
        if lemma in WANTING and token.pos_ == "VERB":
            reward = next((c for c in token.children if c.dep_ == "dobj"
                           and (c.lemma_.lower() in REWARDS or c.lower_ in REWARDS)), None)
            if reward is None and lemma in ("look", "seek"):
                pass
            anchor = token
        elif (lemma in LONGING and token.pos_ == "VERB") or (lemma in WANTING_ADJ and token.pos_ == "ADJ"):
            reward = next((o for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "on")
                           for o in p.children if o.dep_ == "pobj"
                           and (o.lemma_.lower() in REWARDS or o.lower_ in REWARDS)), None)
            anchor = token
        else:
            continue
        if reward is None or _from_family(reward) or pv._negated(token):
            continue
        subject = _clause_subject(anchor)
        if not _the_child(ctx, subject):
            continue
        end = reward.i
        for prep in reward.children:  # "attention from older boys"
            if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i == reward.i + 1:
                end = max(t.i for t in prep.subtree)
        span = ctx.doc[token.i:end + 1]
        if _ok(ctx, span, token):
            found.append(span)
    return found


# --- B2: a harmed child's trusting or unwary nature given as the cause ----------------------
UNWARY = {"trusting", "naive", "naïve", "gullible", "impressionable", "credulous", "suggestible", "flirtatious",
          "flirty", "unwary"}
# Said with "too" or "overly" only: "too friendly with strangers", "too eager to please".
TOO_MUCH = {"friendly", "open", "eager", "keen", "willing", "curious", "mature", "forward", "needy",
            "trusting", "accommodating", "familiar", "confident", "sociable", "available"}
EXCESS = {"too", "overly", "over", "excessively", "far"}
LED = {"led", "influenced", "swayed", "persuaded", "manipulated", "coerced"}


def child_trust_spans(ctx: Context) -> list:
    if ctx.kind == "goal":
        return []
    return _memo(ctx, "trust", lambda: _child_trust(ctx))


def _child_trust(ctx: Context) -> list:
    if not _exploited(ctx):
        return []
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        degree = [c for c in token.children if c.dep_ == "advmod" and c.i < token.i]
        excess = any(c.lower_ in EXCESS or any(g.lower_ in EXCESS for g in c.children) for c in degree)
        if lower in LED and any(c.lower_ == "easily" for c in degree):
            pass
        elif lower in UNWARY and token.pos_ in ("ADJ", "VERB", "NOUN"):
            pass
        elif lower in TOO_MUCH and token.pos_ in ("ADJ", "VERB") and excess:
            pass
        else:
            continue
        start = min([c.i for c in degree] + [token.i])
        if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
            holder = token.head
            if not _the_child(ctx, holder) and not (holder.dep_ == "appos" and _the_child(ctx, holder.head)):
                if holder.dep_ != "attr" or not _the_child(ctx, _subject(holder.head)):
                    continue
            verb = holder.head
        else:
            verb = pv._predicated(token) or (token if token.pos_ == "VERB" else None)
            if verb is None and token.head.lemma_ in ("be", "become", "seem", "appear"):
                verb = token.head
            if verb is None:
                continue
            if not _the_child(ctx, _clause_subject(verb)):
                continue
        if pv._negated(verb) or looks_ahead(verb):
            continue
        end = token.i
        for child in token.children:  # "too friendly with strangers", "too eager to please"
            if child.i > token.i and (child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ in ("with", "of"))):
                end = max(end, max(t.i for t in child.subtree))
        span = doc[start:end + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- B3: a harmed child's willingness or consent to the contact -----------------------------
READY = {"willing", "happy", "keen", "eager", "prepared", "ready", "content", "glad", "desperate"}
CONSENTING = {"agree", "consent", "volunteer", "choose", "decide", "offer", "opt", "want"}
FREELY = {"willingly", "voluntarily", "freely", "happily", "knowingly"}
CONTACT_ACTS = {"meet", "send", "share", "go", "get", "carry", "run", "sell", "deliver", "hold", "stay", "sleep",
                "visit", "travel", "take", "have", "return", "leave", "accompany", "post", "film", "see"}
THEIR_WORLD = {"man", "men", "male", "males", "adult", "adults", "stranger", "strangers", "him", "them", "person",
               "people", "gang", "car", "flat", "picture", "pictures", "image", "images", "photo", "photos", "nude",
               "nudes", "video", "videos", "drug", "drugs", "package", "packages", "boy", "boys", "boyfriend", "older",
               "online", "hotel", "party", "parties", "address", "house", "money", "sex"}


MEETINGS = {"meeting", "meet", "meetup", "meet-up", "date", "sex", "photo", "photos", "picture", "pictures",
            "video", "call", "trip", "lift", "ride", "sleepover", "party"}


def child_willing_spans(ctx: Context) -> list:
    if ctx.kind == "goal":
        return []
    return _memo(ctx, "willing", lambda: _child_willing(ctx))


def _their_world(act) -> bool:
    return any(t.lower_ in THEIR_WORLD or t.lemma_.lower() in THEIR_WORLD for t in act.subtree if t.i != act.i)


def _child_willing(ctx: Context) -> list:
    if not _exploited(ctx):
        return []
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        act = None
        if (lemma in READY and token.pos_ == "ADJ") or (lemma in CONSENTING and token.pos_ == "VERB"):
            act = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
            if act is None:  # "consented to meeting him", "agreed to the meeting"
                act = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
                            for o in p.children if o.dep_ == "pcomp"), None)
            if act is None and lemma in ("agree", "consent"):
                thing = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
                              for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in MEETINGS), None)
                if thing is not None and not pv._negated(token) and _the_child(ctx, _clause_subject(token)):
                    span = doc[token.i:max(t.i for t in thing.subtree) + 1]
                    if _ok(ctx, span, token):
                        found.append(span)
                continue
            holder = token
            start = token.i
        elif token.lower_ in FREELY and token.dep_ == "advmod" and token.head.pos_ == "VERB":
            act = token.head
            holder = act
            start = token.i
        else:
            continue
        if act is None or act.lemma_.lower() not in CONTACT_ACTS or not _their_world(act):
            continue
        if lemma == "want" and act.lemma_.lower() not in ("meet", "send", "go", "see"):
            continue
        if pv._negated(holder) or pv._negated(act) or looks_ahead(holder):
            continue
        subject = _clause_subject(holder)
        if not _the_child(ctx, subject):
            continue
        if holder is act:  # "went to the flat willingly": the adverb alone
            span = doc[token.i:token.i + 1]
        else:
            span = doc[start:act.i + 1]
            objects = [c for c in act.children if c.dep_ in ("dobj", "prt") or (c.dep_ == "prep" and c.i == act.i + 1)]
            if objects:
                span = doc[start:max(max(t.i for t in o.subtree) for o in objects) + 1]
        if _ok(ctx, span, holder):
            found.append(span)
    return found


# --- B4: a harmed child made the one to vet her own contacts --------------------------------
VETTING = {"think", "consider", "choose", "pick", "decide", "check", "watch", "reflect", "question", "learn", "know",
           "understand", "judge", "vet", "select"}
WARY_ADJ = {"careful", "aware", "mindful", "cautious", "wary", "selective", "choosy", "vigilant", "alert",
            "thoughtful", "sensible", "smart", "savvy"}
WH = {"who", "whom", "what", "where", "which", "whose"}
KEEPING_COMPANY = {"talk", "speak", "chat", "meet", "message", "text", "send", "post", "share", "add", "hang",
                   "go", "befriend", "trust", "give", "accept", "follow", "friend", "date", "mix", "associate",
                   "spend", "get", "see", "contact", "invite", "let", "upload", "call"}


def child_vetting_spans(ctx: Context) -> list:
    return _memo(ctx, "vetting", lambda: _child_vetting(ctx))


def _wh_clause(word):
    """The "who she talks to" clause hung on a verb or adjective, directly or through a
    preposition ("about who…", "of what…")."""
    for child in word.children:
        target = child
        if child.dep_ == "prep" and child.lower_ in ("about", "of", "over", "on", "in"):
            target = next((o for o in child.children if o.dep_ in ("pcomp", "pobj")), None)
        elif child.dep_ not in ("ccomp", "dobj", "xcomp"):
            continue
        if target is None or target.pos_ not in ("VERB", "AUX"):
            continue
        if any(t.lower_ in WH for t in target.children if t.i < target.i) \
                or any(t.lower_ in WH and t.i < target.i for c in target.children for t in c.subtree):
            return target
    return None


def _can_reach(holder, clause) -> bool:
    """Round 37 (review37s, S#3): "know who she can talk to when someone asks her for pictures",
    "knows who he could ring": knowing which safe person she is able to reach, a goal's safety
    network, not a verdict on the company she keeps. Read from the parse: a verb of knowing over a
    wh-clause whose verb of reaching out ("talk", "tell", "ring", "go to") has "can" or "could".
    "know who she talks to", "think about who she can trust" and "be careful who she can talk to"
    are left to the check."""
    return holder.lemma_.lower() in ("know", "learn") and clause.lemma_.lower() in words33.REACHING \
        and any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in clause.children)


def _child_vetting(ctx: Context) -> list:
    if not _exploited(ctx):
        return []
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if not ((lemma in VETTING and token.pos_ == "VERB") or (lemma in WARY_ADJ and token.pos_ == "ADJ")):
            continue
        clause = _wh_clause(token)
        if clause is None or clause.lemma_.lower() not in KEEPING_COMPANY:
            continue
        if words33.seeks_help(clause, token):
            continue  # round 33: "will know who to go to if someone scares her" is reaching out for help
        if _can_reach(token, clause):
            continue  # round 37 (review37s S#3): "know who she can talk to": her safety network
        who = _clause_subject(token)
        own = _subject(clause)
        if not _the_child(ctx, who) or own is None or not (own.pos_ == "PRON" and own.lower_ in (
                "she", "he", "they", "i", "you") or own.i == who.i or _the_child(ctx, own)):
            continue
        holder = token.head if token.pos_ == "ADJ" and token.head.lemma_ == "be" else token
        start = min([c.i for c in holder.children if c.dep_ in ("aux",) and c.lower_ == "be"] + [holder.i])
        end = clause.i
        for prep in clause.children:  # "who she talks to", "who he hangs around with"
            if prep.dep_ in ("prep", "prt") and prep.i > clause.i and prep.i - clause.i <= 2:
                end = max(end, prep.i)
        span = doc[start:end + 1]
        if _ok(ctx, span, holder):
            found.append(span)
    return found


# --- B5: a young child's play given as the cause of an animal's attack ----------------------
TEASING = {"tease", "torment", "annoy", "pester", "bother", "aggravate", "provoke", "antagonise", "antagonize",
           "irritate", "bait", "taunt", "goad", "harass", "hassle", "rile", "upset", "agitate", "disturb", "poke"}
ANIMALS = {"dog", "dogs", "cat", "cats", "puppy", "kitten", "pet", "pets", "horse", "pony", "rabbit", "animal",
           "animals", "hamster", "bird", "snake", "ferret"}


# Rough handling of an animal: "pulled the dog's tail", "was climbing on the dog".
HANDLING = {"pull", "grab", "poke", "yank", "kick", "hit", "chase", "corner", "climb", "ride", "squeeze", "tug",
            "jump", "sit", "lie", "throw", "prod", "slap", "smack"}


ATTACKS = {"bite", "bit", "bitten", "scratch", "attack", "maul", "snap", "nip", "lunge", "knock", "injure", "injury",
           "wound", "laceration", "puncture"}


def child_teasing_spans(ctx: Context) -> list:
    if ctx.kind == "goal":
        return []
    return _memo(ctx, "teasing", lambda: _child_teasing(ctx))


def _child_teasing(ctx: Context) -> list:
    if not any(t.lower_ in ANIMALS for t in ctx.tokens) or not any(
            t.lemma_.lower() in ATTACKS or t.lower_ in ATTACKS for t in ctx.tokens):
        return []  # only where the animal hurt the child: "Leo kicks the dog" alone is another worry
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in TEASING | HANDLING or verb.pos_ != "VERB" or pv._negated(verb):
            continue
        animal = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if animal is not None and verb.lemma_.lower() in HANDLING:
            part = animal  # "pulled the dog's tail": the animal owns the part
            owner = next((c for c in part.children if c.dep_ == "poss"), None)
            animal = owner if owner is not None and owner.lower_.rstrip("'s") in ANIMALS else (
                part if part.lower_ in ANIMALS else None)
        elif animal is None and verb.lemma_.lower() in HANDLING:
            animal = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "onto", "over", "at")
                           for o in p.children if o.dep_ == "pobj" and o.lower_ in ANIMALS), None)
        if animal is None:
            continue
        if animal.lower_ not in ANIMALS and not (animal.lower_ in ("it", "him", "her", "them") and any(
                t.lower_ in ANIMALS for t in ctx.doc[max(0, verb.sent.start - 40):verb.i])):
            continue
        if animal.lower_ in ("him", "her") and not any(t.lower_ in ANIMALS for t in verb.sent):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:  # "Mum told the nurse Leo (2) was tormenting the cat": the name left outside
            before = [t for t in verb.sent if t.i < verb.i and t.dep_ in ("npadvmod", "appos", "dobj") and _young(ctx, t)]
            subject = before[-1] if before else _clause_subject(verb)
        if not _the_child(ctx, subject):
            continue
        span = ctx.doc[verb.i:animal.i + 1]
        if _ok(ctx, span):  # what a parent says is the point: "Mum said Ivy teased the dog"
            found.append(span)
    return found


# --- J1: an adult's inner capacity made a noun ---------------------------------------------
CAPACITIES = {"resilience", "regulation", "capacity", "maturity", "availability", "stability", "warmth", "empathy",
              "control", "attunement", "intelligence", "literacy", "functioning", "sensitivity", "strength",
              "responsiveness", "containment", "robustness", "reserves"}
MINDS = {"emotional", "psychological", "mental", "impulse", "self", "parental", "emotion"}
LOW = {"poor", "low", "limited", "lacking", "reduced", "weak", "fragile", "diminished", "inadequate", "little",
       "minimal", "questionable", "lack", "no"}
OWNING = {"have", "lack", "show", "display", "demonstrate", "present", "exhibit", "possess"}
WORRY_ABOUT = {"about", "around", "regarding", "over", "re", "with"}


def inner_capacity_spans(ctx: Context) -> list:
    return _memo(ctx, "capacity", lambda: _inner_capacities(ctx))


def _will(verb) -> bool:
    """The verb's own "will"/"shall" ("Dad will show warmth"): not a "can" further up the sentence."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo", "must", "should") for c in verb.children)


def _capacity_owner(ctx: Context, noun) -> bool:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _adult(ctx, owner) or pv.is_adult(ctx, owner)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "lack":
        head = head.head.head if head.head.dep_ in ("dobj", "pobj", "attr") else head.head
    if noun.dep_ in ("dobj", "attr") and (head.lemma_.lower() in OWNING | {"lack"} or head.lower_ in LOW):
        subject = _clause_subject(head)
        return subject is not None and (_adult(ctx, subject) or pv.is_adult(ctx, subject))
    if noun.dep_ == "pobj" and head.lower_ in ("with", "in"):
        # "Mum struggles with emotional regulation", "has difficulties with impulse control"
        over = head.head
        if over.pos_ == "NOUN" and over.lemma_.lower() in ("difficulty", "problem", "issue", "struggle", "deficit"):
            over = over.head
        if over.pos_ in ("VERB", "AUX") and over.lemma_.lower() in OWNING | {"lack", "struggle"} and not _will(over):
            subject = _clause_subject(over)
            return subject is not None and (_adult(ctx, subject) or pv.is_adult(ctx, subject))
    return False


def _inner_capacities(ctx: Context) -> list:
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in CAPACITIES or noun.pos_ != "NOUN":
            continue
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
        mind = [c for c in mods if c.lower_ in MINDS]
        low = [c for c in mods if c.lower_ in LOW]
        if noun.dep_ == "dobj" and noun.head.lower_ in LOW and noun.head.i < noun.i:
            low.append(noun.head)  # "has limited emotional capacity", "limited" read as a verb
            mods.append(noun.head)
        if not mind and not low:
            continue
        if not mind and noun.lower_ not in ("resilience", "maturity", "empathy", "warmth", "stability"):
            continue  # "limited control over the money" is not an inner quality
        if not _capacity_owner(ctx, noun):
            continue
        head = noun.head
        if head.pos_ in ("VERB", "AUX") and (pv._negated(head) or _will(head)) and head.lower_ not in LOW:
            continue  # "Dad will show emotional warmth" is a goal's aim, left to the vague-aim rules
        span = ctx.doc[min(c.i for c in mods if c in mind + low):noun.i + 1]
        if _ok(ctx, span):
            found.append(span)
    return found


# --- J2: "emotionally + adjective" said of an adult ----------------------------------------
INNER_MANNER = {"emotionally", "psychologically", "mentally"}
STATES = {"exhausted", "drained", "tired", "hurt", "upset", "affected", "distressed", "overwhelmed", "traumatised",
          "traumatized", "involved", "attached", "invested", "honest", "open", "ready", "able", "well", "healthy",
          "safe", "supported", "literate", "intelligent", "warm", "available", "present", "secure", "strong",
          "resilient", "stable", "ill", "unwell", "scarred", "damaged", "harmed", "abused", "exhausting", "draining"}
# Said of an adult, "emotionally stable/available/present" in a worry is a verdict too, but only
# with a negative prefix ("unavailable", "unstable"), which is not in STATES.


def emotionally_spans(ctx: Context) -> list:
    return _memo(ctx, "emotionally", lambda: _emotionally(ctx))


def _emotionally(ctx: Context) -> list:
    found = []
    for manner in ctx.tokens:
        if manner.lower_ not in INNER_MANNER or manner.dep_ != "advmod":
            continue
        word = manner.head
        if word.lower_ in STATES or word.i != manner.i + 1:
            continue
        linked = any(c.dep_ == "auxpass" and c.lemma_ in ("become", "seem", "appear", "remain") for c in word.children)
        if word.pos_ != "ADJ" and not (word.tag_ == "VBN" and (word.dep_ in ("acomp", "amod") or linked)
                                       and not any(c.dep_ == "agent" or (c.dep_ == "auxpass" and c.lemma_ == "be")
                                                   for c in word.children)):
            continue  # "emotionally abused" is harm done; "has become emotionally withdrawn" a verdict
        if word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN"):
            holder = word.head
            if not (_adult(ctx, holder) or pv.is_adult(ctx, holder) or holder.lemma_.lower() in pv.PERSON_NOUNS):
                continue
            verb = holder.head
            if holder.dep_ == "attr":
                subject = _subject(verb)
                if subject is None or not (_adult(ctx, subject) or pv.is_adult(ctx, subject)):
                    continue
        else:
            verb = pv._predicated(word) or (word.head if word.head.lemma_ in ("be", "become", "seem", "appear") else None)
            if verb is None:
                continue
            subject = _clause_subject(verb)
            if subject is None or not (_adult(ctx, subject) or pv.is_adult(ctx, subject)):
                continue
        if pv._negated(verb) or looks_ahead(verb) or pv._own_account(ctx, verb):
            continue
        span = ctx.doc[manner.i:word.i + 1]
        if _ok(ctx, span):
            found.append(span)
    return found


# --- J3: an adult summed up by a background or outlook with a verdict on it ----------------
OUTLOOKS = {"background", "backgrounds", "upbringing", "culture", "cultures", "family", "families", "views",
            "view", "values", "attitudes", "attitude", "outlook", "beliefs", "mindset", "ideas", "traditions",
            "household", "community", "ways"}
OUTLOOK_VERDICTS = {"traditional", "conservative", "strict", "patriarchal", "old-fashioned", "orthodox",
                    "traditionalist", "chaotic", "dysfunctional", "troubled", "rigid", "authoritarian", "insular",
                    "fundamentalist", "backward", "outdated", "closed", "controlling", "male-dominated"}


def background_spans(ctx: Context) -> list:
    if ctx.kind == "goal":
        return []
    return _memo(ctx, "background", lambda: _backgrounds(ctx))


def _backgrounds(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for noun in ctx.tokens:
        if noun.lower_ not in OUTLOOKS or noun.pos_ != "NOUN":
            continue
        verdict = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                   and (c.lower_ in OUTLOOK_VERDICTS or (c.i >= 2 and doc[c.i - 2:c.i + 1].text.lower() in OUTLOOK_VERDICTS))]
        if not verdict:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            adult = _adult(ctx, owner) or pv.is_adult(ctx, owner)
            verb = noun.head
        else:
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subject = _clause_subject(verb)
            adult = subject is not None and (_adult(ctx, subject) or pv.is_adult(ctx, subject))
            if not adult:  # "The parents hold very conservative views and…", the parse tangled
                before = next((t for t in reversed(doc[max(noun.sent.start, noun.i - 5):noun.i])
                               if t.pos_ == "VERB"), None)
                subject = _subject(before) if before is not None else None
                adult = subject is not None and (_adult(ctx, subject) or pv.is_adult(ctx, subject))
                verb = before if adult else verb
        if not adult or pv._negated(verb) or pv._own_account(ctx, verb):
            continue
        first = min(c.i - 2 if c.lower_ not in OUTLOOK_VERDICTS else c.i for c in verdict)
        degree = [c for v in verdict for c in v.children if c.dep_ == "advmod" and c.i < v.i]
        first = min([first] + [c.i for c in degree])
        span = doc[first:noun.i + 1]
        if _ok(ctx, span):
            found.append(span)
    return found


# --- L1: a condition noun standing for what an adult does ----------------------------------
# "addiction" and "addict" are the lexicon's (rules/specificity.toml, label group).
ADDICTIONS = {"dependency", "dependence", "dependencies"}
PROBLEMS = {"problem", "problems", "issue", "issues", "habit"}
HABITS = {"gambling", "betting", "gaming", "drink", "drinking", "drug", "drugs", "alcohol", "cocaine", "heroin",
          "crack", "cannabis", "spice", "ketamine", "opiate", "opioid", "substance", "shopping", "porn", "pornography",
          "sex", "internet", "gambler", "booze", "spending"}
SERVICE_HEADS = {"service", "services", "team", "worker", "workers", "clinic", "group", "groups", "support", "programme",
                 "program", "course", "counsellor", "counselor", "counselling", "treatment", "recovery", "charity",
                 "nurse", "specialist", "unit", "meeting", "meetings", "agency", "worker's", "helpline", "sessions",
                 "session", "assessment"}


def condition_label_spans(ctx: Context, substance: bool) -> list:
    """A condition noun for drink or drugs ("his alcohol dependency": a habit, SOS301) with
    `substance`; for anything else ("a gambling addiction": what a parent is said to be, SOS305)
    without."""
    substances = set(settings()["substance_words"]) | {"alcohol", "drink", "drinking", "drug", "drugs", "substance"}
    return [span for span in _memo(ctx, "addiction", lambda: _condition_labels(ctx))
            if any(t.lower_ in substances or t.lemma_.lower() in substances for t in span) == substance]


def _condition_labels(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        span = None
        if lower in ADDICTIONS | PROBLEMS and token.pos_ == "NOUN":
            if token.dep_ == "compound" or (token.head.lower_ in SERVICE_HEADS and token.dep_ in ("compound", "amod")):
                continue  # "the gambling addiction service"
            habit = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i
                     and (c.lower_ in HABITS or c.lemma_.lower() in HABITS)]
            to_habit = next((p for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
                             and any(o.lower_ in HABITS or o.lemma_.lower() in HABITS or lower in ADDICTIONS
                                     for o in p.children if o.dep_ in ("pobj", "pcomp"))), None)
            if lower in PROBLEMS and not habit:
                continue  # "a problem with the boiler"; "his drink problem" needs the habit before it
            if not habit and to_habit is None:
                continue
            if lower in PROBLEMS and lower in ("issue", "issues") and not habit:
                continue
            start = min(c.i for c in habit) if habit else token.i
            end = max(t.i for t in to_habit.subtree) if to_habit is not None else token.i
            span = doc[start:end + 1]
        elif lower == "addicted" and token.pos_ in ("ADJ", "VERB"):
            to = next((p for p in token.children if p.dep_ == "prep" and p.lower_ == "to"), None)
            if to is None:
                continue
            span = doc[token.i:max(t.i for t in to.subtree) + 1]
        else:
            continue
        if span is not None and _ok(ctx, span):
            found.append(span)
    return found


# --- L2: a category of harm named in place of the harm -------------------------------------
PRACTICES = {"practice", "practices", "custom", "customs", "tradition", "traditions", "ritual", "rituals"}
HARMFUL = {"harmful", "abusive", "dangerous", "damaging", "injurious"}
CULTURAL = {"cultural", "traditional", "ritual", "customary", "religious"}


def harm_category_spans(ctx: Context) -> list:
    return _memo(ctx, "practice", lambda: _harm_categories(ctx))


def _harm_categories(ctx: Context) -> list:
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in PRACTICES or noun.pos_ != "NOUN":
            continue
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        harmful = [c for c in mods if c.lower_ in HARMFUL]
        cultural = [c for c in mods if c.lower_ in CULTURAL]
        if not harmful and not (cultural and noun.lemma_.lower() == "practice"):
            continue
        if not harmful and not any(t.lower_ in ("harm", "harms", "harmed", "hurt", "risk", "cut", "abroad", "undergo",
                                                "subject", "subjected", "fear", "feared", "expose", "exposed")
                                   or t.lemma_.lower() in ("harm", "hurt", "undergo", "subject", "fear", "expose")
                                   for t in noun.sent):
            continue
        span = ctx.doc[min(c.i for c in harmful + cultural):noun.i + 1]
        if _ok(ctx, span):
            found.append(span)
    return found


# --- G1: an abstract cause stated as fact --------------------------------------------------
CAUSES = {"dynamic", "dynamics", "relationship", "relationships", "environment", "trauma", "traumas", "history",
          "upbringing", "background", "attachment", "situation", "circumstances", "difficulties", "issues",
          "experiences", "culture", "stress", "stresses", "pressures", "pressure", "needs", "functioning",
          "atmosphere", "climate", "instability", "dysfunction", "conflict"}
CAUSING = {"contribute", "drive", "cause", "fuel", "underlie", "exacerbate", "compound", "perpetuate", "feed",
           "maintain", "trigger", "lead", "underpin", "impact", "affect", "influence", "create", "produce"}
ARISING = {"stem", "arise", "originate", "derive", "spring", "result"}
ROOTED = {"root", "ground", "base", "drive", "cause", "fuel", "link", "underpin", "trigger"}
# The explanatory frames a writer reaches for ("the family dynamic", "the home environment"), as
# against the plainer "issues", "needs" or "stress".
FRAMES = {"dynamic", "dynamics", "environment", "relationship", "relationships", "upbringing", "trauma", "traumas",
          "attachment", "culture", "background", "atmosphere", "climate", "functioning"}
RESULTS = {"result", "consequence", "product", "symptom", "outcome", "manifestation", "reflection"}
SAYING = {"say", "tell", "write", "report", "state", "explain", "note", "think", "believe", "feel", "describe",
          "diagnose", "confirm", "record", "find", "conclude", "advise", "ask", "wonder", "discuss", "talk"}


def abstract_cause_spans(ctx: Context) -> list:
    if ctx.kind == "goal":
        return []
    return _memo(ctx, "cause", lambda: _abstract_causes(ctx))


def _abstract_cause(token) -> bool:
    return token is not None and token.pos_ == "NOUN" and token.lower_ in CAUSES \
        and not any(c.pos_ == "VERB" for c in token.subtree if c.i != token.i)


def _abstract_causes(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        span = None
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if lemma in CAUSING and not passive:
            cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if not _abstract_cause(cause):
                continue
            if lemma in ("impact", "affect", "influence", "create", "produce", "lead", "maintain") and (
                    cause.lower_ not in FRAMES or not any(c.dep_ in ("dobj", "prep") for c in verb.children)):
                continue  # "Mum's issues are impacting on…" is a vague label, left to the vague rules
            if lemma == "lead" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
                continue
            first = min([c.i for c in cause.children if c.dep_ in ("compound", "amod") and c.i < cause.i] + [cause.i])
            span = doc[first:verb.i + 1]  # "family dynamic is contributing"
        elif lemma == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in RESULTS for c in verb.children):
            result = next(c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in RESULTS)
            of = next((c for c in result.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            cause = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            if not _abstract_cause(cause) or cause.lower_ in ("needs", "issues", "difficulties"):
                continue
            span = doc[verb.i:cause.i + 1]  # "…is a result of the family dynamic"
        elif (lemma in ROOTED and passive) or lemma in ARISING:
            prep_words = ("by",) if lemma not in ("root", "ground", "base", "link") else ("in", "on", "to")
            if lemma in ARISING:
                prep_words = ("from",)
            prep = next((c for c in verb.children if (c.dep_ == "agent" or c.dep_ == "prep") and c.lower_ in prep_words), None)
            cause = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
            if not _abstract_cause(cause):
                continue
            span = doc[verb.i:cause.i + 1]
        else:
            continue
        if pv._negated(verb) or looks_ahead(verb):
            continue
        if any(t.lemma_.lower() in SAYING and t.pos_ == "VERB" and t.i != verb.i for t in verb.sent):
            continue  # someone named says it: their account, not the writer's guess
        if any(t.lower_ in ("may", "might", "could", "possibly", "probably", "likely", "perhaps") for t in verb.sent):
            continue  # hedged: the hedge rules say so
        if _ok(ctx, span, verb):
            found.append(span)
    return found
