"""Round 28 (words28): word faults still missed on fresh statements, read as classes on the parse.

Found by grouping the misses over the open words sets 14-25, the batteries, words_dev and the
second readers' marks. Wired into specificity.judgement_word (SOS305) and
specificity.victim_blaming (SOS306).

Judgement (SOS305): a verdict on a parent's attitude or capacity said as a state.
- An attitude towards someone or something, put as too much or too little of it: an adult as the
  subject of "be" (or "seem", "appear", "remain", "become") with an adjective that takes its
  object through a preposition ("reliant on", "accepting of", "focused on", "receptive to"),
  marked as excess ("overly reliant on", "too focused on", "over-dependent on") or as its lack
  ("not accepting of", "is not open to", "unreceptive to", "unresponsive to"). A new adjective of
  the same build is caught without being listed. The verb form used as an adjective counts too
  ("is not accepting of the diagnosis": a verb form with "of" after it is an adjective).
- Coping said as a verdict: an adult who "struggles to" do something, or "is
  not coping"/"cannot cope"/"is not managing" with no object, said in the present (a habit or a
  state, not one event told in the past: "Mum struggled to lift the pram" describes it).
Left alone: a parent's own feelings ("is scared of Sean", "is unhappy about the plan", "is not
sure about"), knowing or being able ("is aware of", "is unable to drive"), a child said to be so
(a child's difficulty is not a verdict on a parent), reported speech ("Mum says she struggles
to sleep"), the first person ("I am struggling"), quoted words, praise ("Nan is good with Ella",
"Dad is very protective of her": no excess or lack is marked), and places ("too close to the road").

Victim blaming (SOS306): a child's habit told as the child's own choice. A child as the subject of
a choosing verb in the present ("Leo is choosing to stay at home", "Ella chooses to stay out")
with what is chosen after it. Left alone: telling or asking for help ("chooses to tell Nan"), a
child's wish about whom to live or stay with ("is choosing to stay with Nan": the child's voice),
a choice told once in the past, an adult's choice, reported speech and quoted words. Exploitation
words beside it are left to specificity's older choice reading (it speaks first).
"""
from __future__ import annotations

from . import analysis
from .base import Context, span_memo
from .lexicon import looks_ahead
from .word_context import is_child, quoted

_memo = span_memo("words28:")

_COPULAS = {"be", "seem", "appear", "remain", "become", "get"}
# Prepositions through which an attitude adjective takes its object.
_OBJECT_PREPS = {"of", "on", "to", "towards", "toward", "about", "with", "in", "upon"}
# Degree words that mark too much of an attitude.
_EXCESS = {"overly", "too", "excessively", "unduly", "over"}
# Feelings, knowing, being able, likelihood, places and plain facts: never a verdict of this kind.
_NOT_ATTITUDES = {
    "scared", "afraid", "frightened", "fearful", "terrified", "worried", "anxious", "nervous", "upset", "sad",
    "happy", "unhappy", "pleased", "glad", "proud", "ashamed", "embarrassed", "sorry", "grateful", "thankful",
    "tired", "sick", "ill", "unwell", "well", "angry", "cross", "fond", "keen", "eager", "excited", "concerned",
    "sure", "unsure", "certain", "uncertain", "clear", "unclear", "confident", "comfortable", "uncomfortable",
    "easy", "uneasy", "aware", "unaware", "conscious", "unconscious", "familiar", "unfamiliar", "known",
    "unknown", "able", "unable", "capable", "incapable", "likely", "unlikely", "available", "unavailable",
    "close", "near", "far", "next", "due", "subject", "used", "free", "full", "late", "early", "present",
    "absent", "responsible", "eligible", "entitled", "allergic", "pregnant", "married", "related", "new",
    "safe", "unsafe", "alone", "similar", "different", "equal", "important", "useful", "helpful",
}
# Verbs under which a clause is someone's reported words or thoughts.
_SAYING = {"say", "tell", "report", "state", "claim", "explain", "describe", "feel", "think", "believe",
           "admit", "disclose", "share", "write", "text", "mention", "worry", "fear"}
# Coping verbs: a verdict when said as a present state of an adult.
_STRUGGLING = {"struggle"}
_COPING = {"cope", "manage"}
# The choosing verbs of a child's habit told as a choice.
_CHOOSING = {"choose", "decide", "opt", "elect", "prefer"}
# What a child may choose without blame: telling, asking, a wish about whom to be with.
_TELLING = {"tell", "talk", "speak", "say", "share", "disclose", "report", "ask", "ring", "call", "phone",
            "text", "explain", "describe", "write", "show"}
_LIVING = {"live", "stay", "be", "go", "spend", "see", "visit", "move"}


_SERVICES = {"school", "college", "nursery", "police", "social", "worker", "teacher", "professionals", "agencies",
             "services", "staff", "it", "we", "i", "they", "health"}


def _reported(token, ctx: Context | None = None, saying: frozenset | set = _SAYING,
              through: tuple[str, ...] = ("ccomp", "xcomp", "conj", "advcl", "acomp")) -> bool:
    """Under someone's verb of saying or thinking: "Mum says she struggles to sleep". Given the
    statement, a service's or the writer's view ("School believe that Leo is choosing to...") is not
    someone else's words kept apart: the statement takes it up as its own. `saying` and `through`
    (the links climbed, at most four) let another rule read its own verbs (words29)."""
    head = token
    for _ in range(4):
        if head.dep_ not in through or head.head.i == head.i:
            return False
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in saying:
            if ctx is None:
                return True
            teller = _subject(head.head)
            return teller is None or teller.lower_ not in _SERVICES
        head = head.head
    return False


def _subject(token):
    """The verb's own subject, or that of the verb it is joined to ("minimises the issue and is
    overly reliant on him"); not through xcomp, whose subject is the governing verb's object."""
    return analysis.subject_of(token, through=("conj",), steps=3)


def _an_adult(ctx: Context, subject) -> bool:
    """The subject is a person who is not a child and not the writer."""
    if subject is None:
        return False
    if subject.lower_ in ("i", "we", "it", "this", "that", "there", "which", "who", "what"):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they") and not analysis.pronoun_is_child(ctx, subject)
    if subject.i in analysis.child_tokens(ctx) or is_child(ctx, subject):
        return False
    if subject.i in analysis.adult_tokens(ctx):
        return True
    # A name the tagger reads as a word ("Honor", "Faith") is still a name when it is capitalised
    # after the start of its sentence's first word.
    return analysis.is_name(subject) or subject.pos_ == "PROPN" or (
        subject.is_title and subject.pos_ == "NOUN" and not any(c.dep_ == "det" for c in subject.children))


def _the_child(ctx: Context, subject) -> bool:
    if subject is None:
        return False
    if subject.i in analysis.adult_tokens(ctx):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she") and analysis.pronoun_is_child(ctx, subject)
    return subject.i in analysis.child_tokens(ctx) or is_child(ctx, subject)


def _negated(token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)


def _left_edge(token) -> int:
    return min([token.i] + [c.i for c in token.children
                            if c.i < token.i and (c.dep_ in ("aux", "auxpass", "neg") or c.lower_ in _EXCESS)])


def _present(token) -> bool:
    """Said as a present state or habit: "struggles", "is struggling", "has struggled", "cannot cope"."""
    if token.tag_ in ("VBZ", "VBP"):
        return True
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    return any(a.tag_ in ("VBZ", "VBP") or a.lower_ in ("can", "cannot", "ca") for a in auxes)


def _on_the_body(prep) -> bool:
    """Round 36 (review35w W#8): the word's object is a part of the body ("unsteady on his feet",
    "not steady on her legs", "unsure on his feet"): a state of the body someone saw, the very sign
    the advice for "under the influence" asks for, not an attitude towards someone or something.
    The body words are the parts' own list (rules/parts.toml, body_parts)."""
    from .parts.common import _parts_words

    body = set(_parts_words()["body_parts"])
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in body or g.lower_ in body) for g in prep.children)


def attitude_state_spans(ctx: Context) -> list:
    """"Mum is overly reliant on her partner", "Dad is not accepting of the diagnosis", "Mum is not
    receptive to advice": an adult's attitude put as too much or too little of it."""
    def compute():
        found = []
        for word in ctx.tokens:
            if word.lower_ in _NOT_ATTITUDES or word.lemma_.lower() in _NOT_ATTITUDES:
                continue
            if not any(t.lower_ in _OBJECT_PREPS for t in ctx.tokens[word.i + 1:word.i + 3]):
                continue  # (no such word right after it, so no "prep" child there: the walk below is skipped)
            prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
                         and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
            if prep is None or prep.i != word.i + 1 and not (prep.i == word.i + 2 and word.nbor(1).is_punct):
                continue
            if _on_the_body(prep):
                continue  # round 36 (review35w W#8): "unsteady on his feet", a sign seen, not an attitude
            if word.pos_ == "ADJ" and word.dep_ in ("acomp", "ROOT", "conj"):
                verb = word.head if word.dep_ == "acomp" else word
                if word.dep_ == "conj":
                    verb = word.head.head if word.head.dep_ == "acomp" else word.head
                if verb.lemma_.lower() not in _COPULAS and word.dep_ != "ROOT":
                    continue
                if word.dep_ == "ROOT" and not any(c.dep_ in ("cop", "aux") for c in word.children):
                    continue
            elif word.tag_ == "VBG" and prep.lower_ == "of" and any(
                    c.dep_ == "aux" and c.lemma_.lower() == "be" for c in word.children):
                verb = word  # "is not accepting of": a verb form with "of" after it is an adjective
            else:
                continue
            excess = [c for c in word.children if c.dep_ == "advmod" and c.lower_ in _EXCESS and c.i < word.i]
            over = word.lower_.startswith("over") and len(word) > 7
            over = over or (word.i >= 2 and word.nbor(-1).text == "-" and word.nbor(-2).lower_ == "over")
            lack = _negated(word) or _negated(verb) or (word.lower_.startswith("un") and len(word) > 6
                                                         and not word.lower_.startswith(("und", "uni")))
            if not (excess or over or lack):
                continue
            subject = _subject(verb) or _subject(word)
            if subject is None and word.dep_ == "conj":
                subject = _subject(word.head) or _subject(word.head.head)
            if not _an_adult(ctx, subject) or _reported(verb):
                continue
            start = min(_left_edge(word), _left_edge(verb) if verb is not word else word.i,
                        *[c.i for c in excess], *([word.i - 2] if word.i >= 2 and word.nbor(-1).text == "-"
                                                   and word.nbor(-2).lower_ == "over" else []))
            span = ctx.doc[start:prep.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "attitude_state", compute)


def coping_verdict_spans(ctx: Context) -> list:
    """"Mum struggles to get the children to school", "Dad is struggling to manage", "Mum cannot
    cope": an adult's capacity judged as a present state."""
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or not _present(verb):
                continue
            if lemma in _STRUGGLING:
                # "struggling with his behaviour" is left to the older readings of what is struggled with.
                after = next((c for c in verb.children if c.dep_ == "xcomp"), None)
                if after is None or _negated(verb):
                    continue
                # "struggles to", "is struggling with": the verdict's own words; what is hard to do
                # may be reported by another reading ("set boundaries", vague).
                to = next((c for c in after.children if c.dep_ == "aux" and c.lower_ == "to"), None)
                end = after.i if after.dep_ == "prep" else to.i if to is not None else after.i
            elif lemma in _COPING:
                cannot = _negated(verb) or any(c.lower_ in ("cannot",) for c in verb.children)
                if not cannot or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
                    continue  # "Mum manages the money", "cannot manage to": an object or a deed
                end = verb.i
            else:
                continue
            if not _an_adult(ctx, _subject(verb)) or _reported(verb):
                continue
            span = ctx.doc[_left_edge(verb):end + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "coping_verdict", compute)


def chosen_habit_spans(ctx: Context) -> list:
    """"Leo is choosing to stay at home rather than go to school", "Ella chooses to stay out": a
    child's habit told as the child's own choice."""
    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _CHOOSING or verb.pos_ != "VERB" or not _present(verb) or _negated(verb):
                continue
            if any(c.lower_ in ("can", "may", "will", "could", "should") for c in verb.children):
                continue  # "Leo can choose where to sleep": a choice given to him
            chosen = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if chosen is None or chosen.lemma_.lower() in _TELLING:
                continue
            if chosen.lemma_.lower() in _LIVING and any(
                    c.dep_ == "prep" and c.lower_ in ("with", "at") and any(
                        g.dep_ == "pobj" and (g.i in analysis.adult_tokens(ctx) or g.pos_ == "PROPN")
                        for g in c.children) for c in chosen.children):
                continue  # "is choosing to stay with Nan": the child's wish about whom to be with
            if not _the_child(ctx, _subject(verb)) or _reported(verb, ctx):
                continue
            end = max([chosen.i] + [c.i for c in chosen.children if c.dep_ in ("prt", "advmod") and c.i == chosen.i + 1])
            span = ctx.doc[_left_edge(verb):end + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "chosen_habit", compute)


# ---- guess: a report nobody made ----
# Nouns of telling or hearing that carry what was told in a "that" clause.
_TOLD_NOUNS = {"report", "rumour", "rumor", "suggestion", "claim", "allegation", "information", "intelligence",
               "indication", "word", "talk", "speculation", "belief", "view", "feeling", "impression"}


def sourceless_report_spans(ctx: Context) -> list:
    """"There have been reports that Dad is selling cannabis", "There are rumours that her ex is back":
    what someone said, told with nobody saying it. Left alone: the teller named ("reports from two
    neighbours that", "the police told the school that there were reports"), an event reported with
    no claim in a "that" clause ("reports of shouting at night"), and quoted words."""
    def compute():
        found = []
        for noun in ctx.tokens:
            if noun.lemma_.lower() not in _TOLD_NOUNS or noun.pos_ != "NOUN" or noun.dep_ not in ("attr", "nsubj"):
                continue
            verb = noun.head
            if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
                continue
            said = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                         and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            said = said or next((c for c in verb.children if c.dep_ == "ccomp"
                                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            if said is None:
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.children) \
                    or any(c.dep_ in ("poss", "compound") for c in noun.children):
                continue  # "reports from neighbours that", "the school's report that": the teller is named
            if _reported(verb):
                continue  # "the police told the school that there were reports": the police said so
            that = next(g for g in said.children if g.dep_ == "mark" and g.lower_ == "that")
            expl = next(c for c in verb.children if c.dep_ == "expl")
            span = ctx.doc[min(expl.i, verb.i):that.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "sourceless_report", compute)


# Round 40 (r40c): hearsay with nobody giving it, beyond "there have been reports that".
_WORRY_NOUNS = {"concern", "worry", "suspicion", "fear", "report", "rumour", "rumor", "allegation", "suggestion"}
_VOICING = {"raise", "express", "voice", "report", "share", "highlight", "note", "record"}
_DESCRIBING = {"describe", "portray", "characterise", "characterize", "regard", "view", "see"}


def _a_claim(clause) -> bool:
    """A clause with its own subject that says something is so: "(that) he is using", "she is not
    being given her insulin". Not a noun after "about" ("concerns about Leo's weight")."""
    return clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def unsourced_hearsay_spans(ctx: Context) -> list:
    """"There are concerns he is using in the home", "there are worries she is not being given her
    insulin", "Concerns have been raised that Yusuf is being radicalised", "Dad is described as
    controlling": what someone thinks or said, with nobody thinking or saying it, told as the worry.
    Left alone: the one who holds it named ("the school has concerns that", "described by Nan as",
    "concerns raised by the nurse that"), a worry about a thing with no claim ("there are concerns
    about Leo's weight"), the worry's future ("there is a worry that Leo could be hurt"), and a named
    person's own account."""
    def compute():
        found = []
        for noun in ctx.tokens:
            if noun.lemma_.lower() not in _WORRY_NOUNS or noun.pos_ != "NOUN":
                continue
            verb = noun.head
            claim = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and _a_claim(c)
                          and not any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("that", "which", "who")
                                      for g in c.children)), None)
            claim = claim or next((c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i and _a_claim(c)), None)
            if claim is None or any(c.dep_ in ("poss", "compound") for c in noun.children) \
                    or any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.children):
                continue
            there = next((c for c in verb.children if c.lower_ == "there" and c.dep_ in ("expl", "nsubj")), None)
            if noun.dep_ in ("attr", "nsubj") and verb.lemma_.lower() == "be" and there is not None:
                start = there.i  # "there are concerns (that)"
            elif noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _VOICING \
                    and not any(c.dep_ == "agent" for c in verb.children):
                start = noun.i  # "Concerns have been raised that"
            else:
                continue
            if _reported(verb, ctx) or _reported(verb) or looks_ahead(claim):
                continue  # "there is a worry that Leo could be hurt": the worry's future, not a claim
            that = next((g for g in claim.children if g.dep_ == "mark" and g.lower_ == "that"), None)
            end = that.i if that is not None and that.i == max(noun.i, verb.i) + 1 else max(noun.i, verb.i)
            span = ctx.doc[start:end + 1]
            if not quoted(span):
                found.append(span)
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _DESCRIBING or verb.tag_ != "VBN":
                continue
            if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
                continue
            as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if as_ is None or subject is None or not analysis.is_person(subject) and subject.pos_ not in ("PRON", "PROPN"):
                continue
            if _reported(verb, ctx):
                continue
            aux = min(c.i for c in verb.children if c.dep_ in ("auxpass", "aux"))
            span = ctx.doc[aux:as_.i + 1]  # "is described as"
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "unsourced_hearsay", compute)


# Round 41 (r41c): a degree word that is itself the writer's verdict ("overly", "excessively", "unduly")
# on an adult's state, with no object after it: "Mum is overly anxious", "Dad is excessively strict",
# "Mum presents as overly emotional". "too" is left alone: "too drunk to stand", "too frightened to tell"
# describe what the state kept someone from, and the sets keep them as words that must not be flagged.
_JUDGING_DEGREE = {"overly", "excessively", "unduly", "inordinately", "over"}
# Verbs that predicate a state through "as": "presents as", "comes across as", "is seen as".
LINKING_AS = {"present", "come", "appear", "seem", "see", "describe", "regard", "view", "perceive"}


def excess_state_spans(ctx: Context) -> list:
    """"Mum is overly anxious", "Dad is excessively strict with the boys", "Mum seems unduly
    worried": an adult's state graded as too much by the writer. Left alone: a child ("Leo is
    overly tired after school" is about his needs), the first person, reported or quoted words, a
    degree that says what it kept someone from ("too tired to", "overly drunk to"), and what the
    older attitude reading already holds ("overly reliant on")."""
    def compute():
        found = []
        for word in ctx.tokens:
            if word.pos_ != "ADJ" or word.dep_ not in ("acomp", "conj", "oprd", "ROOT", "amod", "pobj"):
                continue
            degree = [c for c in word.children if c.dep_ == "advmod" and c.lower_ in _JUDGING_DEGREE and c.i < word.i]
            if not degree:
                continue
            if any(c.dep_ in ("xcomp", "ccomp") for c in word.children):
                continue  # "overly drunk to look after Kai": what the state kept him from
            verb = word.head if word.dep_ in ("acomp", "oprd") else word
            if word.dep_ == "conj":
                verb = word.head.head if word.head.dep_ in ("acomp", "oprd") else word.head
            if word.dep_ in ("amod", "pobj") and word.head.lower_ == "as" and word.head.head.pos_ == "VERB":
                verb = word.head.head  # "presents as overly emotional": the parse hangs it on "as"
                subject = _subject(verb)
                if verb.lemma_.lower() not in LINKING_AS or not _an_adult(ctx, subject):
                    continue
            elif word.dep_ == "amod":
                person = word.head  # "an overly anxious mother"
                if person.lemma_.lower() not in ("mother", "father", "parent", "mum", "dad", "carer", "man", "woman"):
                    continue
                subject = person
                if not (person.i in analysis.adult_tokens(ctx) or person.lemma_.lower() in ("mother", "father", "parent", "carer")):
                    continue
            else:
                if verb.lemma_.lower() not in _COPULAS | {"present", "come", "look", "sound"} and word.dep_ != "ROOT":
                    continue
                subject = _subject(verb) or _subject(word)
                if not _an_adult(ctx, subject):
                    continue
            if _reported(verb) or _reported(word):
                continue
            start = min(c.i for c in degree)
            span = ctx.doc[start:word.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "excess_state", compute)
