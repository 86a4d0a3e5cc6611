"""Round 30 (alarms30): false alarms of the structure rules on good statements, mended by class from the
parse (issue 11 §3). Class 1 was read from the good rows of the open sets 13-27; classes 2 and 3
from set 28 after its first figures were recorded. Each class is described at its function.
Measured: devtools/alarms30_figures.md.

1. SOS513, the people a goal speaks to. A goal in the house style opens by naming the adults it is
   written to ("Leila and Darren, …", "Kofi, for the next six months …") and then says what they will do
   by name or as "you". The people analysis does not always know those names for adults (a name in the
   vocative has no age or role beside it), so their deeds were lost and SOS513 said nobody will do
   anything. Here a deed is read from the clause itself: a verb said as the future ("will", "'ll",
   "shall", "need(s) to", "is going to") or as the house style's present passive with its doer ("Kit is
   taken to the skate park by you or Cousin Gem"), not negated, whose doer is "you", "we", a name the
   goal opens by speaking to, an adult the people analysis knows, or a family word ("Cousin Gem",
   "Uncle Ade"); a professional or an organisation is not the family, and a child named outside the
   opening is the child. The verb must be an everyday deed: not a state ("be", "have", "feel"), not a
   promise or an aim ("ensure", "make sure", "show", "prioritise", "address", "maintain", "keep … safe",
   "put … needs first"), not about a vague thing ("report any concerns", "the sessions will have been
   completed"), and not inside words the specificity lexicon or the compliance and absence cues mark.
   Not a deed either (read from the parts sets' rows whose readers marked the action missing): "we"
   (most often the workers), "help you" and "tell his GP" (no act named, or a service told), taking
   one's own tablets, a service answered ("answer your phone when the social worker rings"), a verb in
   an "if" clause ("if Dad needs to go into hospital") and anything in the if-not sentence.
2. (read from set 28) SOS511 and SOS512 in the danger sentence, whatever its condition: a sentence whose
   main verb is a guess ("could", "may", "might", "would") after "if", "unless", "without" or "should"
   ("If you cannot keep to this, your baby could … stop breathing"; "If Jack keeps going to the
   meetings, he could be drawn into violence").
3. (read from set 28) SOS501, the people worried named by their fear: "What Faith fears is that …",
   "Rosa's fear is that …", "Ms Ali fears that …". Nobody named ("It is feared that …") and the
   child's own fear are read as ever.

Tried and not kept: SOS512 silent when the family's deed follows the absence in the next sentence
("Your mate Darren will not come round while Kai is there. Grandad Cliff will stay over on Saturday
nights"). It took three alarms off the good rows of sets 21-27 and none off the poor rows once harm
said to cease and things said not to exist were left out, but it broke the rule fixture and the
round-25/28 near misses that hold "Dad will not drink at home. … Nan will ask Kai about his day" as
absence still to flag: the next sentence's deed is seldom what happens instead. The same-sentence form
added nothing that alternative_follows does not already do.
Tried and not kept: SOS511 silent when the service clause's doer is the child or a professional, beside
the family's deeds ("Mercy will do keeping-safe work with the school nurse"). It took one alarm off the
open good rows and ten marked compliance faults off the poor rows ("Scarlet will engage with the
Barnardo's worker", "Social worker to monitor"): the readers mark a child's own sessions and a
worker's monitoring as compliance.
"""
from __future__ import annotations

from . import alarms28, analysis
from .base import Context

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_CATENATIVE = {"need", "go", "have"}  # "needs to ring", "is going to ring", "has to ring"
# Not an everyday deed: states, and promises or aims that say no act anyone could see.
_NOT_DEEDS = {
    "be", "have", "feel", "know", "want", "need", "like", "love", "hope", "seem", "appear", "understand", "remember",
    "believe", "think", "ensure", "continue", "try", "agree", "engage", "attend", "comply", "cooperate", "co-operate",
    "become", "get", "stay", "remain", "show", "demonstrate", "prioritise", "prioritize", "protect", "safeguard",
    "support", "promote", "meet", "maintain", "provide", "address", "develop", "improve", "manage", "minimise",
    "minimize", "act", "follow", "accept", "achieve", "thrive", "reduce", "start", "begin", "stop", "access",
    "evidence", "recognise", "recognize", "acknowledge", "reflect", "consider", "benefit", "learn", "work", "keep",
    "make", "put", "take", "do", "let", "allow", "avoid", "refrain", "abstain", "change", "respond", "implement",
    "access", "use", "receive", "apply", "engage", "budget", "monitor", "supervise", "review", "assess",
    "help", "tell",  # "will help you", "tell his GP": no act named, or a service told
}
# Verbs of that list that are a deed when the words around them name the act.
_DEED_WITH_OBJECT = {
    "keep": None,  # "keep Kofi's phone topped up": a deed unless kept "safe", "well", "to" a plan
    "make": {"tea", "breakfast", "dinner", "lunch", "meal", "meals", "food", "bed", "bottle", "bottles", "drink",
             "sandwich", "sandwiches", "packed", "appointment", "call", "calls", "space", "room"},
    "put": None,  # "put Lacey to bed": a deed unless it is someone's needs put first
    "take": None,  # "take Kit to the park": a deed unless it is "responsibility", "advice", "part"
    "learn": {"sign", "signs", "signing", "language", "words", "word"},
    "use": {"bag", "app", "chart", "calendar", "alarm", "alarms", "lamp", "monitor", "box", "lock", "gate", "gates",
            "sensor", "meter"},
    "do": {"check", "checks", "feed", "feeds", "shopping", "washing", "school", "run", "bath", "homework", "jobs"},
    "start": None, "begin": None,  # "start cooking tea at 5": the deed is the verb after it
}
_VAGUE_OBJECTS = {"need", "needs", "responsibility", "advice", "part", "safe", "well", "safety", "wellbeing", "welfare",
                  "change", "changes", "decision", "decisions", "choice", "choices", "effort", "progress", "sure",
                  "first", "priority", "boundaries", "boundary", "routine", "routines", "plan", "condition",
                  "conditions", "step", "steps", "action", "risk", "risks", "care", "interest", "interests",
                  "control", "account", "notice", "guidance", "order", "agreement", "appointment", "appointments",
                  "concern", "concerns", "session", "sessions", "contact", "session", "programme", "course", "assessment", "appointment"}
_GROUP_SUBJECTS = {"each", "both", "one", "all", "either", "neither", "everyone"}


def _negated(verb) -> bool:
    """Negated itself, or joined to a negated verb ("will not shout or swear at Ivy")."""
    current = verb
    for _ in range(4):
        if any(c.dep_ == "neg" or c.lower_ in ("not", "never", "n't") for c in current.children):
            return True
        if current.dep_ != "conj" or current.head.i == current.i:
            return False
        current = current.head
    return False


def addressed(ctx: Context) -> set:
    """The names (lower case) the goal opens by speaking to: "Leila and Darren, …", "Mrs Karimi, …",
    "Joy and Kofi, the goal is …". The opening words before the first comma must all be names, titles,
    family words, "and" or commas, and there must be something after them; a date ("Monday,", "On
    Monday,") is no one spoken to. (The model often tags a name in the vocative as a place or an
    organisation, so those tags do not rule a name out.)"""
    def compute():
        doc = ctx.doc
        words = analysis.people_words()
        family = set(words["family"]) | set(words["network"]) | set(words["titles"])
        found = set()
        for token in doc:
            if token.text == ",":
                break
            if token.lower_ in ("and", "&") or token.is_punct and token.text != "." or token.lower_ in family:
                continue
            if (token.pos_ == "PROPN" or token.is_title and analysis.is_name(token)) \
                    and token.ent_type_ not in ("DATE", "TIME"):
                found.add(token.lower_)
                continue
            return frozenset()
        else:
            return frozenset()
        return frozenset(found)
    return ctx.memo("alarms30:addressed", compute)


def _family_word(token) -> bool:
    """"Cousin Gem", "Uncle Ade", "Auntie Grace", "Nan": a family or network word on the doer."""
    words = analysis.people_words()
    family = set(words["family"]) | set(words["network"]) | set(words.get("caregivers", ())) \
        | set(words.get("adult_family", ())) | set(words.get("grandparents", ()))
    return any(t.lower_ in family or t.lemma_.lower() in family
               for t in (token, *(c for c in token.children if c.dep_ in ("compound", "poss", "amod"))))


def _professional(ctx: Context, token) -> bool:
    from .parts import is_institution
    words = analysis.people_words()
    heads = {t.lemma_.lower() for t in token.subtree if t.i <= token.i or t.dep_ == "appos" and t.head.i == token.i}
    return bool(heads & set(words["professionals"])) or is_institution(token)


def family_doer(ctx: Context, token) -> bool:
    """Is this doer the family or its network: "you" ("we" is most often the workers), a name the goal opens by speaking to, an
    adult the people analysis knows (not a professional), or a family word on the doer?"""
    if token.lower_ == "you" or token.lower_ in _GROUP_SUBJECTS and any(
            c.dep_ == "prep" and any(g.lower_ == "you" for g in c.children) for c in token.children):
        return True
    if token.pos_ == "PRON" or _professional(ctx, token):
        return False
    if token.lower_ in addressed(ctx) or _family_word(token):
        return True
    return token.i in analysis.adult_tokens(ctx) and token.i not in analysis.child_tokens(ctx)


def _subjects(verb) -> list:
    found = []
    current = verb
    for _ in range(4):
        found = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            break
        current = current.head
    return [s for t in found for s in (t, *(c for c in t.subtree if c.dep_ == "conj" and c.head.i == t.i))]


def _future(verb) -> bool:
    """Said as what will happen: "will ring", "'ll ring", "needs to ring", "is going to ring", or a verb
    joined to one ("will leave the flat and walk to …")."""
    current = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in current.children):
            return True
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in _CATENATIVE \
                and any(c.lower_ == "to" for c in current.children):
            head = current.head
            return head.tag_ in ("VBZ", "VBP", "VB") or any(c.lower_ in _FUTURE_AUX for c in head.children)
        if current.dep_ != "conj" or current.head.i == current.i:
            return False
        current = current.head
    return False


_OWN_TREATMENT = {"tablet", "tablets", "medication", "medicine", "medicines", "methadone", "prescription", "dose"}


def _answering_a_service(verb) -> bool:
    """"answer your phone when the social worker rings", "pick up when professionals call you": the
    deed's own time is a professional's or a service's act, so the deed is a service answered."""
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or [
            t for t in clause.subtree if t.i < clause.i and t.pos_ in ("NOUN", "PROPN")]  # a parse that lost it
        if subjects and all(_professional(None, s) for s in subjects):
            return True
    return False


def _in_condition(verb) -> bool:
    """"… if Dad needs to go into hospital": a verb inside an "if" or "unless" clause is the condition,
    not the deed."""
    current = verb
    for _ in range(6):
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in current.children):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _vague_thing(token) -> bool:
    """"concerns", "sessions", "all of the parenting sessions", "any of her appointments"."""
    if token.lemma_.lower() in _VAGUE_OBJECTS or token.lower_ in _VAGUE_OBJECTS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_vague_thing(g) for g in c.children if g.dep_ == "pobj")
               for c in token.children)


def _everyday(ctx: Context, verb, marked: set) -> bool:
    lemma = verb.lemma_.lower()
    if verb.i in marked:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and _vague_thing(c) for c in verb.children):
        return False  # "report any concerns", "the sessions will have been completed"
    if _answering_a_service(verb):
        return False  # "answer your phone when the social worker rings": a service answered
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in _OWN_TREATMENT for c in verb.children):
        return False  # "take his tablets as prescribed": the adult's own treatment
    if lemma in _DEED_WITH_OBJECT:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "acomp", "oprd", "ccomp", "xcomp", "prt", "prep", "advmod")]
        words = {c.lower_ for c in objects} | {c.lemma_.lower() for c in objects}
        below = {t.lemma_.lower() for c in objects if c.dep_ in ("dobj", "acomp", "oprd", "prep") for t in c.subtree}
        if (words | below) & _VAGUE_OBJECTS or any(c.dep_ == "prep" and c.lower_ == "to" and any(
                g.lemma_.lower() in _VAGUE_OBJECTS for g in c.children) for c in objects):
            return False
        wanted = _DEED_WITH_OBJECT[lemma]
        if lemma in ("start", "begin"):
            return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and _everyday(ctx, c, marked) for c in verb.children)
        if wanted is None:
            return any(c.dep_ in ("dobj", "prep") for c in verb.children)
        if wanted == "dobj":
            return any(c.dep_ == "dobj" for c in verb.children)
        return bool(words & wanted or {t.lemma_.lower() for c in objects for t in c.subtree} & wanted)
    return lemma not in _NOT_DEEDS


def family_deeds(ctx: Context) -> list:
    """Every everyday deed the family or its network is said to do in the goal (class 1): (doer, verb)."""
    def compute():
        marked = {t.i for span, entry in ctx.matches("specificity.toml", per_group=True) for t in span}
        marked |= {t.i for kind in ("compliance", "absence") for span in analysis.cues(ctx, kind) for t in span}
        # the if-not sentence opens with its cue ("If this doesn't happen, …", "Otherwise, …"); a cue at
        # the end ("…, and the e-scooter stays in your room otherwise") leaves the deed before it a deed
        failing = {span.sent.start for span in analysis.cues(ctx, "if_not") if span.start == span.sent.start}
        failing |= {sent.start for sent in ctx.doc.sents if in_danger_sentence(sent[0:1])
                    or alarms28.in_if_not_sentence(sent[0:1])}
        found = []
        for verb in ctx.doc:
            if verb.pos_ != "VERB" or _negated(verb) or not _everyday(ctx, verb, marked):
                continue
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            if passive:
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                doers = [g for g in (agent.children if agent is not None else ()) if g.dep_ == "pobj"]
                doers = [s for t in doers for s in (t, *(c for c in t.subtree if c.dep_ == "conj" and c.head.i == t.i))]
                said = verb.tag_ == "VBN" and (
                    _future(verb) or any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children))
            else:
                doers = _subjects(verb)
                said = verb.tag_ in ("VB", "VBP", "VBZ", "VBG") and _future(verb)  # not "the risks posed"
            if not said or not doers:
                continue
            if verb.sent.start in failing or _in_condition(verb):
                continue  # what happens if the goal is not met, or the condition of a deed, is not a deed
            if any(family_doer(ctx, d) for d in doers):
                found.append((doers[0], verb))
        return tuple(found)
    return list(ctx.memo("alarms30:family_deeds", compute))


def deed_said(ctx: Context) -> bool:
    """SOS513: the goal says what someone in the family or its network will do (class 1)."""
    return bool(family_deeds(ctx))


# ---- 2. (read from set 28) the danger sentence ----
_DANGER_MODALS = {"could", "may", "might", "would"}
_CONDITION_WORDS = {"if", "unless", "without", "should"}


def _modal(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _DANGER_MODALS for c in verb.children)


def in_danger_sentence(span) -> bool:
    """SOS511/SOS512 (class 2): the span sits in the goal's sentence about what could happen if it is
    not met, however that condition is put: "If you cannot keep to this, your baby could … stop
    breathing"; "Without an adult there each evening, Ayaan could become dangerously ill again, and
    the hospital team will ask … how he is kept safe"; "If Jack keeps going to the meetings, he could
    be drawn into violence". The sentence's main verb is a guess ("could", "may", "might", "would")
    and it opens its condition with "if", "unless", "without" or "should": what it says is the danger,
    not the goal's deed. "If you want a drink, you will ring Bernie" (a deed on a condition) and "Mum
    will attend the course so she could learn" (no condition) are read as ever."""
    sent = span.sent
    root = sent.root
    if not _modal(root):
        return False
    return any(t.lower_ in _CONDITION_WORDS and (t.dep_ in ("mark", "prep", "aux") and t.head.i != t.i)
               and (t.head.i == root.i or t.head.head.i == root.i or t.lower_ == "without" and t.i == sent.start)
               for t in sent if t.i < root.i)


# ---- 3. (read from set 28) SOS501: the people worried, said by their fear ----
_FEAR = {"fear", "worry", "concern", "dread"}


def worried_by_fear(ctx: Context) -> bool:
    """SOS501 (class 3): who is worried said by their fear: "What Faith fears is that …", "Rosa's fear
    is that …", "Ms Ali fears that …". The person is named (a name or a professional's role), never a
    child, a pronoun alone or "it" ("It is feared that …" names nobody)."""
    children = analysis.child_tokens(ctx)
    professionals = set(analysis.people_words()["professionals"])

    def person(token) -> bool:
        return token.i not in children and token.pos_ in ("PROPN", "NOUN") and (
            analysis.is_person(token) or token.ent_type_ == "PERSON" or token.lemma_.lower() in professionals)

    for token in ctx.tokens:
        if token.lemma_.lower() not in _FEAR or token.lower_ in ("worried", "concerned"):
            continue
        if token.pos_ == "VERB" and token.tag_ in ("VBZ", "VBP", "VBD"):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            said = any(c.dep_ == "ccomp" for c in token.children) or token.dep_ == "csubj" and any(
                c.lower_ == "what" for c in token.children) and any(c.dep_ == "ccomp" for c in token.head.children)
            if said and any(person(s) for s in subjects):
                return True  # "Ms Ali fears that …", "What Faith fears is that …"
        elif token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            owners = [c for c in token.children if c.dep_ == "poss"]
            if any(person(o) for o in owners) and any(c.dep_ == "ccomp" for c in token.head.children):
                return True  # "Rosa's fear is that …"
    return False
