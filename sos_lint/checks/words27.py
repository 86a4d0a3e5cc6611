"""Round 27 (words27): word faults still missed on fresh statements, read as classes on the parse.

Found by grouping the misses over the open words sets 14-24, the batteries, words_dev and the
second readers' marks. Wired into specificity.victim_blaming (SOS306).

Victim blaming (SOS306): a harmed child's own account doubted, or the telling made the child's task.
Where a statement is about harm to a child (abuse, exploitation, a disclosure, an injury), the
writer:
- calls the child's account untrue: the child as the doer of a deceiving verb ("may be
  exaggerating", "is lying to her parents", "is known to tell lies", "makes things up") or
  described by a word for it ("is dishonest");
- makes the child's silence a trait: the child "reluctant", "unwilling" or "refusing" to tell,
  talk or disclose;
- makes the child's earlier accounts count against them: "has previously made allegations",
  "has a history of false allegations" said of the child;
- sets the child the task of being honest: "Mercy needs to be honest about who she is in contact
  with", "Tia will be open and honest with her social worker".
Left alone: honesty "with" a carer or a professional (the compliance rule, SOS511, speaks for it);
an adult lying or dishonest; a child lying in bed or lying awake; a child told or made
to lie by the adults ("Dad told Ivy to lie to her teacher"); the child's account denied
("Ivy is not lying"); another person's words reported ("Dad says Ivy is lying"; the adult's claim,
which the worry reports as theirs); quoted words; the child's fear said as such ("Ivy is scared to
tell anyone"); an allegation told plainly once ("Ruby told her teacher on 3 May"); a child's
honesty praised as already so ("Ivy was honest with her teacher"); and any of this in a statement
about no harm to a child.

Who does a goal's verb (tuned on set 25, after its untouched measurement): a goal written "Mum to
safeguard the children by ending her relationship with Mr Clay" gives "ending" no subject in the
parse (the name is the sentence's root; "ending" hangs on "by"). doer_of_means_or_to_form finds the
name; words24's readings (parting from the one who harms, choosing better, allowing him) and this
module's use it when the parse gives no subject.

Measured and left alone: "Mercy may be exaggerating" is found here but dropped by alarms26's
future-clause reading ("may" read as the future); the child's honesty "with" a carer or professional
is left to SOS511. Tried and not kept: the same "Name to VERB" reading in analysis.subject_of for
every rule moved no figure on any open set.
"""
from __future__ import annotations

from . import analysis, child_blame, verdicts, words24
from .base import Context
from .word_context import quoted

_memo_key = "words27:"

# Verbs whose doer says what is not so.
_DECEIVING = {"lie", "exaggerate", "fabricate", "embellish", "invent", "pretend", "overstate", "fib"}
_UNTRUE_THINGS = {"lie", "lies", "story", "stories", "untruth", "untruths", "fib", "fibs", "tale", "tales"}
_UNTRUTHFUL = {"dishonest", "untruthful", "deceitful", "deceptive"}
# Words that show "lie" means resting, not deceiving ("lies awake", "lying in bed", "lay down").
_RESTING = {"down", "awake", "still", "there", "back", "flat", "on", "in", "under", "across", "beside", "next",
            "by", "asleep", "around"}
# The child's silence made a trait.
_UNWILLING = {"reluctant", "unwilling", "refuse", "refusing", "decline", "resistant", "unforthcoming"}
_TELLING = {"disclose", "tell", "talk", "speak", "say", "share", "open", "discuss", "explain"}
# Earlier accounts made to count against the child.
_CLAIMS = {"allegation", "allegations", "claim", "claims", "accusation", "accusations", "disclosure", "disclosures"}
_AGAIN = {"previously", "before", "again", "repeatedly", "often", "frequently", "already"}
_DOUBTED = {"false", "previous", "historic", "historical", "repeated", "several", "multiple", "numerous", "many",
            "unfounded", "malicious", "unsubstantiated", "other", "similar"}
# Honesty set as the child's task.
_HONEST = {"honest", "truthful", "open", "upfront", "forthcoming"}
# Verbs under which a clause is someone's reported words ("Dad says she is lying").
_SAYING = {"say", "tell", "report", "state", "claim", "allege", "insist", "describe", "believe", "feel", "think",
           "maintain", "suggest", "deny", "explain", "write", "text"}
_HARM_WORDS = {"disclose", "disclosure", "allegation", "allege", "abuse", "hit", "bruise", "bruising", "assault",
               "hurt", "smack", "grab", "punch", "kick", "slap", "injury", "injure", "mark", "touch", "rape",
               "groom", "exploit", "exploitation", "trafficker", "traffick", "missing", "threaten", "force",
               "pressure", "marry", "marriage", "fgm", "csa", "cse", "cce", "strangle", "burn", "chastisement",
               "beat", "attack", "violence", "violent", "harm", "stab",
               # sexual images of a child, asked for or shared ("sending images to an unknown male")
               "image", "images", "photo", "photos", "picture", "pictures", "nude", "nudes", "video", "videos",
               # an injury seen on the child
               "cut", "scald", "graze", "scratch", "fracture", "broken", "bite", "wound", "swollen", "swelling",
               "bleed", "bleeding"}


def _injury_named(ctx: Context) -> bool:
    """"a black eye", "a burst lip": an injury said with its colour or state."""
    return any(t.lemma_.lower() in ("eye", "lip", "nose") and any(c.lower_ in ("black", "burst", "split", "bloody", "swollen")
                                                                  for c in t.children) for t in ctx.tokens)


def _about_harm_to_a_child(ctx: Context) -> bool:
    """The statement speaks of harm to a child, of abuse or of a child telling about it."""
    def compute():
        if child_blame._about_harm_to_a_child(ctx) or verdicts.about_domestic_abuse(ctx):
            return True
        return any(t.lemma_.lower() in _HARM_WORDS or t.lower_ in _HARM_WORDS for t in ctx.tokens) or _injury_named(ctx)
    return ctx.memo(_memo_key + "harm", compute)


def _subject(verb):
    """Who does the verb; in a goal's "Skye to be honest…" the parse may hang the verb on the name."""
    found = analysis.subject_of(verb, through=("xcomp", "conj", "acomp", "advcl"))
    return found if found is not None else doer_of_means_or_to_form(verb)


def doer_of_means_or_to_form(verb):
    """Who does a verb the parse gives no subject (round 27, used by words24's readings):
    - a goal written "Mum to ring Nan…", "Skye to be honest…", where the parse makes the name the
      sentence's root and hangs the verb on it;
    - the means of another verb ("Mum to keep the children safe by ending her relationship"): the
      doer of "ending" is the doer of "keep"."""
    for _ in range(3):
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.dep_ == "prep" and verb.tag_ == "VBG":
            verb = verb.head.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
            continue
        head = verb.head
        if verb.dep_ in ("xcomp", "relcl", "acl", "advcl") and head.i < verb.i and head.dep_ == "ROOT" \
                and head.pos_ in ("PROPN", "NOUN") and not any(c.dep_ in ("det",) for c in head.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return head
        if verb.dep_ in ("conj", "xcomp") and head.i != verb.i:
            verb = head
            continue
        return None
    return None


def _the_child(ctx: Context, token) -> bool:
    if token is None or token.i in analysis.adult_tokens(ctx):
        return False
    return child_blame._is_the_child(ctx, token)


def _negated(word) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in word.children)


def _reported(ctx: Context, word) -> bool:
    """Under someone else's verb of saying or thinking ("Dad says Ivy is lying"), or told or made
    to do it by someone else ("Dad told Ivy to lie")."""
    if child_blame._told_to(ctx, word):
        return True
    head = word
    for _ in range(4):
        if head.dep_ not in ("ccomp", "xcomp", "conj", "acomp", "advcl") or head.head.i == head.i:
            return False
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in _SAYING:
            teller = analysis.subject_of(head.head)
            return teller is None or not _the_child(ctx, teller)
        head = head.head
    return False


def _left_edge(word) -> int:
    """Where the verb group starts: its auxiliaries and a hedge word before it ("may be
    exaggerating", "has previously made", "is known to tell")."""
    start = word.i
    for c in word.children:
        if c.i < word.i and (c.dep_ in ("aux", "auxpass") or (c.dep_ == "advmod" and c.i >= word.i - 2)):
            start = min(start, c.i)
    head = word.head
    if word.dep_ == "xcomp" and head.i < word.i and head.lemma_.lower() in ("continue", "keep", "tend"):
        start = min(start, head.i, *[c.i for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i])
    return start


def _deceiving(ctx: Context, verb) -> int | None:
    """The end of the span when `verb` says the child deceives; None otherwise."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma == "lie" or (lemma == "lay" and verb.lower_ in ("lying", "lies")):
        if verb.lower_ in ("lay", "lain", "lays", "laid"):
            return None  # resting, not deceiving
        if any(c.lower_ in _RESTING or c.dep_ in ("acomp", "oprd") for c in verb.children):
            return None  # "lies awake", "lying in bed", "lay down"
        return verb.i + 1
    if lemma in _DECEIVING - {"lie"}:
        return verb.i + 1
    if lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return max(c.i for c in verb.children if c.dep_ in ("prt", "dobj")) + 1
    if lemma == "tell":
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _UNTRUE_THINGS), None)
        if thing is not None:
            return thing.i + 1
    return None


def doubted_account_tokens(ctx: Context) -> set[int]:
    return ctx.memo(_memo_key + "doubted_tokens", lambda: {t.i for span in doubted_account_spans(ctx) for t in span})


def doubted_account_spans(ctx: Context) -> list:
    """The harmed child's own account doubted or made a failing, or honesty set as the child's task."""
    def compute():
        if not _about_harm_to_a_child(ctx):
            return []
        found = []
        for word in ctx.tokens:
            lemma = word.lemma_.lower()
            span = None
            end = _deceiving(ctx, word)
            if end is not None:
                if _negated(word) or not _the_child(ctx, _subject(word)) or _reported(ctx, word):
                    continue
                span = ctx.doc[_left_edge(word):end]
            elif lemma in _UNTRUTHFUL and word.dep_ in ("acomp", "amod", "attr"):
                holder = _subject(word.head) if word.dep_ == "acomp" else word.head
                if _negated(word.head) or not _the_child(ctx, holder) or _reported(ctx, word.head):
                    continue
                span = ctx.doc[word.i:word.i + 1]
            elif lemma in _UNWILLING or word.lower_ in _UNWILLING:
                told = next((c for c in word.children if c.dep_ == "xcomp" and c.lemma_.lower() in _TELLING), None)
                if told is None or _negated(word) or _reported(ctx, word):
                    continue
                holder = _subject(word.head if word.dep_ == "acomp" else word)
                if not _the_child(ctx, holder):
                    continue
                span = ctx.doc[word.i:word.i + 1]
            elif lemma in ("make", "have") and word.pos_ in ("VERB", "AUX"):
                claims = next((c for c in word.children if c.dep_ == "dobj" and c.lower_ in _CLAIMS), None)
                if claims is None or _negated(word) or not _the_child(ctx, _subject(word)) or _reported(ctx, word):
                    continue
                again = any(c.lower_ in _AGAIN for c in word.children if c.dep_ == "advmod") \
                    or any(c.lower_ in _DOUBTED for c in claims.children if c.dep_ in ("amod", "nummod", "compound")) \
                    or (claims.head.i != claims.i and claims.head.lower_ in ("history",))
                if not again:
                    continue
                span = ctx.doc[_left_edge(word):word.i + 1]
            elif lemma in _HONEST and word.dep_ == "acomp" and word.head.lemma_ == "be":
                be = word.head
                if _negated(be) or not _the_child(ctx, _subject(be)) or _reported(ctx, be):
                    continue
                if not _a_task(ctx, be):
                    continue
                honest = [word] + [c for c in word.children if c.dep_ == "conj"]
                if any(c.dep_ == "prep" and c.lower_ == "with" for h in honest for c in h.children):
                    continue  # "honest with her carers": the compliance rule (SOS511) speaks for it, once
                end = max([word.i] + [c.i for c in word.children if c.dep_ == "conj"])
                span = ctx.doc[_left_edge(be):end + 1]
            if span is not None and len(span) and not quoted(span):
                found.append(span)
        return found
    return ctx.memo(_memo_key + "doubted", compute)


def _a_task(ctx: Context, be) -> bool:
    """Honesty asked for, not told as so: "needs to be honest", "must be truthful", "Tia to be
    open", and in a goal "will be honest". "Ivy was honest with her teacher" is praise."""
    if words24.obliged(be, depth=2, also=frozenset({"agree"})):
        return True
    if ctx.kind != "goal":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in be.children):
        return True
    return be.lower_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in be.children)
