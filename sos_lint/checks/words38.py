"""Round 38 (r38c): word-fault readings added this round.

- S#4 (review37s, a school's safeguarding lead): "isolation" as a school sanction ("was placed in
  isolation x3 for lates", "five days in isolation since September") is a school's word a family
  takes badly and cannot picture: where was the child sent, for how long, and why? Read from the
  parse: "isolation" after "in"/"into" (or naming a room: "the isolation room"), with no "social",
  "self" or place word before it, in a sentence about school (a school word in it, or in the
  statement when the words hang on a verb of sending or a span of time). "Mum lives in social
  isolation", "Nan is isolated", "self-isolation" and "isolation from her friends" are left alone.
  The same words matched "was placed" (a care word: "say where the child went to live"): a child
  placed in a school sanction is not a move of home, and that advice is not given.
"""
from __future__ import annotations

from .base import Context

# A school, its people and its sanctions: the words that make "isolation" the school's room.
SCHOOL_WORDS = {
    "school", "schools", "class", "classes", "classroom", "lesson", "lessons", "teacher", "teachers", "pupil",
    "pupils", "detention", "detentions", "exclusion", "excluded", "suspension", "suspended", "timetable",
    "behaviour", "lates", "late", "uniform", "hoy", "dsl", "senco", "lsa", "ta", "pru", "fte", "ftes", "head",
    "headteacher", "academy", "college", "year", "form", "tutor", "break", "lunchtime", "playground", "sanction",
    "sanctions", "points", "report", "attendance", "homework",
}
# Words before "isolation" that make it another kind: being alone, a virus, a place far away.
_NOT_SCHOOL = {"social", "self", "geographical", "geographic", "rural", "emotional", "physical", "medical",
               "covid", "covid-19", "coronavirus", "hospital", "barrier", "reverse", "protective"}
# Verbs of sending, and spans of time, that a school's isolation hangs on.
_SENT = {"place", "put", "send", "spend", "keep", "hold", "serve", "do", "be"}
_TIMES = {"day", "days", "hour", "hours", "lesson", "lessons", "week", "weeks", "morning", "afternoon", "period",
          "periods", "time", "times", "session", "sessions"}
# School sanctions a child is "placed" in: not a home.
SANCTIONS = {"isolation", "detention", "inclusion", "seclusion", "exclusion", "report", "reflection"}


def _school_sentence(tokens) -> bool:
    return any(t.lower_ in SCHOOL_WORDS or t.lemma_.lower() in SCHOOL_WORDS for t in tokens)


def school_isolation_spans(ctx: Context) -> list:
    """Spans of "isolation" used as a school's sanction (see the module's note)."""
    def compute() -> list:
        out = []
        whole = _school_sentence(ctx.tokens)
        for token in ctx.tokens:
            if token.lower_ != "isolation":
                continue
            if any(c.lower_ in _NOT_SCHOOL or c.lemma_.lower() in _NOT_SCHOOL for c in token.children) or (
                    token.i > 0 and token.doc[token.i - 1].lower_.rstrip("-") in _NOT_SCHOOL):
                continue  # "social isolation", "self-isolation", "rural isolation"
            if any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in token.children):
                continue  # "isolation from her friends", "isolation of the family": being cut off
            held = token.head if token.dep_ in ("compound", "amod", "nmod") else token  # "in isolation x3"
            prep = held.head if held.dep_ == "pobj" else None
            room = token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in ("room", "booth", "unit")
            if prep is None and not room:
                continue
            if prep is not None and prep.lower_ not in ("in", "into", "to"):
                continue
            sentence = list(token.sent)
            if _school_sentence(sentence):
                out.append(token.doc[token.i:token.i + 1])
                continue
            held = prep.head if prep is not None else token.head
            if whole and (held.lemma_.lower() in _SENT or held.lower_ in _TIMES):
                out.append(token.doc[token.i:token.i + 1])
        return out
    return list(ctx.memo("words38:isolation", compute))


def placed_in_a_sanction(span) -> bool:
    """"was placed in isolation", "is placed on report", "placed in detention": the matched "placed"
    hangs a school sanction on "in"/"into"/"on": not where the child went to live."""
    verb = next((t for t in span if t.lemma_.lower() == "place"), None)
    if verb is None:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "into", "on"):
            thing = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if thing is not None and any(t.lemma_.lower() in SANCTIONS for t in (thing, *thing.children)
                                         if t is thing or t.dep_ in ("compound", "amod", "nmod")):
                return True  # "placed in isolation", and "in isolation x3" parsed with "x3" as the object
    return False


# --- Verdicts on what an adult can do as a parent (SOS305) -----------------------------------------
# Pooled misses of words sets 20-35 (judgement, sets 26, 30, 34, 35 and more): "Mum is unable to put
# her needs first", "cannot set boundaries", "is struggling to set boundaries", "is unlikely to be
# protective", "concerns about Dad's ability to safely parent". The writer's view of what a parent
# cannot do is told as a fact, and nothing the parent did is said. person_verdicts reads this frame
# for coping ("struggles to cope", "unable to manage"); the same frame on the acts of parenting is
# the same verdict. Read from the parse: a parenting act (below) whose verb sits under "cannot",
# "unable to", "struggles to", "fails to", "is unlikely to", "not able to", or hangs on "ability" /
# "capacity" as its clause, with an adult (person_verdicts.is_adult) as the one who cannot. A
# prediction with "will" on the frame ("Mum will not be able to protect the baby") is read too: the
# same verdict told as a forecast (set 31 marks it a guess, which SOS305 counts for). Left alone: a
# child as the subject ("Ava cannot keep herself safe" is another reading), a "will" on the act
# itself or a condition ("if Dad drinks, Mum could not protect them"), a goal's plan ("when you
# cannot keep him safe, you will ring Nan"), a reason given ("because he works nights"), and a deed
# with its time ("Mum could not stop Dad on Friday" says what happened; the verdict has no time). "Unable to meet the twins' basic needs" is left to the vague
# reading of needs (vague_aims.needs_met_spans): two sets mark it vague (which needs, and who does what).
_ACT_OBJECTS = {
    "set": {"boundary", "boundaries", "limit", "limits", "rule", "rules", "routine", "routines"},
    "put": {"need", "needs", "child", "children", "baby", "son", "daughter", "kid", "kids"},  # "... first"
    "keep": {"child", "children", "baby", "son", "daughter", "kid", "kids", "him", "her", "them"},  # "... safe"
    "prioritise": {"need", "needs", "safety", "welfare", "wellbeing", "child", "children"},
    "prioritize": {"need", "needs", "safety", "welfare", "wellbeing", "child", "children"},
}
_BARE_ACTS = {"protect", "safeguard", "supervise", "parent"}  # acts that need no object to be the verdict
_UNLIKELY = {"unlikely"}
_CAPACITY_NOUNS = {"ability", "capacity", "capability", "inability", "incapacity"}
_TIME_WORDS = {"yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "when", "morning", "evening", "night", "weekend"}


def _an_act(ctx: Context, verb) -> bool:
    """Is the verb an act of parenting as a verdict reads it ("set boundaries", "put her needs first",
    "keep the children safe", "protect", "supervise")?"""
    from .person_verdicts import is_a_child

    lemma = verb.lemma_.lower()
    if verb.pos_ == "ADJ" and lemma == "protective":
        return True  # "is unlikely to be protective"
    if lemma == "parent" and verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "ability to safely parent", the verb read as a noun
    if verb.pos_ != "VERB":
        return False
    if lemma in _BARE_ACTS:
        return True
    objects = _ACT_OBJECTS.get(lemma)
    if objects is None:
        return False
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
    if thing is None or (thing.lemma_.lower() not in objects and thing.lower_ not in objects
                         and not (lemma in ("keep", "put") and is_a_child(ctx, thing))):
        return False
    if lemma == "put":
        return any(c.lower_ == "first" for c in verb.subtree)
    if lemma == "keep":
        return any(c.lower_ in ("safe", "safer") for c in verb.subtree)
    return True


def _frame(verb):
    """The word of the frame that says the act cannot be done ("unable", "cannot", "struggling",
    "unlikely", "ability"), or None. `verb` is the act (or "be" of "be protective")."""
    from .person_verdicts import _cannot

    cannot = _cannot(verb)
    if cannot is not None:
        return cannot
    head = verb.head
    if verb.dep_ in ("xcomp", "acl") and head.i != verb.i:
        if head.lemma_.lower() in _UNLIKELY:
            return head
        if head.lemma_.lower() in _CAPACITY_NOUNS and head.pos_ == "NOUN" and _doubted(head):
            return head  # "worries about Dad's ability to safely parent"
    return None


_DOUBTING = {"worry", "worried", "concern", "concerned", "doubt", "question", "lack", "query", "unsure", "limit"}
_LOW = {"limited", "poor", "reduced", "low", "questionable", "little", "no"}


def _doubted(noun) -> bool:
    """"worries about Mum's capacity", "a lack of ability", "limited capacity": the capacity doubted,
    not praised ("Mum's ability to keep Ruby safe has grown")."""
    if any(c.lower_ in _LOW for c in noun.children if c.dep_ in ("amod", "det")):
        return True
    node = noun
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _DOUBTING or node.lower_ in _DOUBTING:
            return True
    return False


_REASONS = {"because", "as", "since", "so"}


def _reason_given(verb, frame) -> bool:
    """"Dad is unable to supervise Ruby because he works nights": the cause is told, not a verdict."""
    for word in (verb, frame, frame.head):
        for c in word.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _REASONS for m in c.children):
                return True
            if c.dep_ == "prep" and c.lower_ in ("due", "because", "owing"):
                return True
    return False


def _timed(sentence) -> bool:
    return any(t.lower_ in _TIME_WORDS or t.ent_type_ in ("DATE", "TIME") for t in sentence)


def parenting_capacity_spans(ctx: Context) -> list:
    """Spans of a verdict on what an adult can do as a parent (see the note above)."""
    from .person_verdicts import _goal_conditional, _own_account, _subject, is_adult
    from .word_context import quoted

    def compute() -> list:
        out = []
        for token in ctx.tokens:
            if not _an_act(ctx, token):
                continue
            verb = token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token
            frame = _frame(verb)
            if frame is None:
                continue
            if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "might", "may") for c in verb.children) \
                    or any(t.lower_ in ("if", "unless", "when", "whenever") for t in token.sent):
                continue  # the future, or a condition: what could happen
            if ctx.kind == "goal" and _goal_conditional(verb):
                continue
            if _reason_given(verb, frame):
                continue
            if _timed(token.sent):
                continue  # "Mum could not stop Dad on Friday": what happened, with its time
            if frame.lemma_.lower() in _CAPACITY_NOUNS:
                owner = next((c for c in frame.children if c.dep_ == "poss"), None)
                subject = owner
            else:
                subject = _subject(verb) or _subject(frame)
            if subject is None or not is_adult(ctx, subject):
                continue
            start = min(frame.i, verb.i)
            if frame.lemma_.lower() in _CAPACITY_NOUNS and owner is not None:
                start = frame.i
            # The act and what it takes ("put her needs first", "keep the children safe"), up to a
            # name: "ability to safely parent Wren" is the verdict; the child's name is not.
            end = token.i
            for c in sorted(token.children, key=lambda t: t.i):
                if c.i > token.i and c.dep_ in ("dobj", "advmod", "oprd", "acomp", "ccomp", "prt"):
                    words = [t for t in c.subtree if not t.is_punct]
                    if any(t.pos_ == "PROPN" for t in ctx.doc[end + 1:words[-1].i + 1]):
                        break
                    end = max(end, words[-1].i)
            span = ctx.doc[start:end + 1]
            if quoted(span) or _own_account(ctx, verb):
                continue
            out.append(span)
        return out
    return list(ctx.memo("words38:parenting_capacity", compute))


# --- Care judged by how well it is done (SOS302) ---------------------------------------------------
# Pooled misses of words sets 20-35 (vague, sets 25, 31, 33, 35): "Kit's diabetes is poorly managed at
# home", "her blood sugars are poorly controlled", "concerns that are poorly managed", "not adequately
# monitoring". The mirror of vague_aims.well_managed_spans (a goal's "will be well managed"): a word of
# how well (poorly, badly, inadequately; or "not properly", "not adequately") on a verb of looking
# after or keeping in hand, and nothing of what was or was not done. Read from the parse: the manner
# adverb on the verb (any voice or tense), with the verb's own "by"/"through" how or a "because"
# clause absent. "Mum manages his insulin well", "the bruise was poorly healed" (no verb of care) and
# "poorly managed: Mum missed three insulin doses last week" (the colon goes on to say it) are left alone.
_CARE_VERBS = {"manage", "control", "supervise", "monitor", "handle", "treat", "feed", "clean", "maintain",
               "administer", "look", "care", "parent"}
_POORLY = {"poorly", "badly", "inadequately", "insufficiently", "inconsistently", "ineffectively", "improperly",
           "inappropriately"}
_PROPERLY = {"well", "properly", "adequately", "appropriately", "effectively", "sufficiently", "safely", "correctly",
             "consistently"}


def poorly_managed_spans(ctx: Context) -> list:
    """Spans of care judged by how well it is done (see the note above)."""
    from .word_context import quoted

    def compute() -> list:
        out = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _CARE_VERBS or verb.pos_ not in ("VERB", "ADJ"):
                continue
            if verb.lemma_.lower() in ("look", "care") and not any(
                    c.dep_ == "prep" and c.lower_ in ("after", "for") for c in verb.children):
                continue  # "looked after", "cared for": the care itself
            how = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _POORLY), None)
            negated = any(c.dep_ == "neg" for c in verb.children) or (
                verb.head.i != verb.i and verb.dep_ in ("acomp", "xcomp") and any(c.dep_ == "neg" for c in verb.head.children))
            if how is None and negated:
                how = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _PROPERLY), None)
            if how is None:
                continue
            if any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "through", "via") for c in verb.children):
                continue  # "poorly managed by skipping his insulin": the how is said
            if any(c.dep_ == "advcl" and any(m.lower_ in ("because", "as", "since") for m in c.children)
                   for c in verb.children):
                continue
            nxt = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
            if nxt is not None and nxt.text in (":", "("):
                continue  # "poorly managed: Mum missed three doses" says it
            ends = [how.i, verb.i] + [c.i for c in verb.children if c.dep_ == "neg" and how.lower_ in _PROPERLY]
            span = ctx.doc[min(ends):max(ends) + 1]  # "not properly supervising": the "not" with it
            if not quoted(span):
                out.append(span)
        return out
    return list(ctx.memo("words38:poorly_managed", compute))
