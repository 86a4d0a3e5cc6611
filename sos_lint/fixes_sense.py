"""Round 34: swaps whose plain words can say another thing where they stand, and swaps the
rewrite must not write where `check --fix` holds them back for what they say.

1. A plain word with a second common sense in its frame (review34 P#4). "a lack of engagement
   with universal services" -> "a lack of work with everyday services" reads as unemployment;
   "failed to engage with midwifery" -> "failed to work with midwifery" reads as a job in
   midwifery. Readers judged the same set after set (fix_verdicts21 fx21-044, fx21-050;
   fix_verdicts26 fx26-063; fix_verdicts31 fx31-066; the open-24 verdicts w24-37, pa24-018):
   "work" is also a job. The noun "work" reads as employment in every frame ("her work with New
   Leaf", "a lack of work"). The verb "work with" reads as taking part only where a clause sets
   what someone will or must do ("Mum will work with the health visitor") and what it is done
   with is a person, a role, a named organisation or a service; a past or present record of it
   ("has not worked with the substance misuse midwife", "failed to work with midwifery") or a
   field, an event or a procedure ("work with midwifery", "work with the RHIs") is advice only.
   Read from the parse and the people analysis (sos_lint.people), not from a list of sentences.

2. (Round 34's rewrite-side hold for what a swap says, review34d D#8, was switched off at the
   round-34 merge and removed in round 35: with a question beside each kept term the full-rewrite
   bar held, but the word-level bar fell 0.71 -> 0.51 on a sample of the corpus poor statements;
   the attempt is on branch r35a-d8-experiment.)
"""
from __future__ import annotations

# The plain words whose second sense is a job ("work", "working").
_WORK = ("work", "works", "worked", "working")


def _work_swap(replacement: str) -> bool:
    words = replacement.lower().split()
    return len(words) >= 2 and words[0] in _WORK and words[1] == "with"


def _objects_of_with(span):
    """The nouns after the swapped "with" (and their conjuncts), read on the parse; the first
    noun after the span where the parse hangs it elsewhere."""
    prep = next((t for t in span if t.lower_ == "with"), None)
    objects = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    if not objects:
        doc = span.doc
        objects = [t for t in doc[span.end: span.end + 6] if t.pos_ in ("NOUN", "PROPN", "PRON")
                   and t.dep_ not in ("compound", "amod", "nmod")][:1]
    return [o for obj in objects for o in (obj, *obj.conjuncts)]


def _worked_with_as_a_party(noun) -> bool:
    """What one works with as a party to it: a person (pronoun, name, role word: sos_lint.people),
    a named organisation, or a service or team ("the health visitor", "Children's Services",
    "CGL"). A field ("midwifery"), an event ("the RHIs") or a procedure is not."""
    from .rewrite import guards

    if noun.pos_ == "PRON" or noun.ent_type_ in ("ORG", "PERSON"):
        return True
    if guards._person_role(noun):
        return True
    from .people import people as read_people

    if noun.i in {i for i, _ in read_people(noun.doc).role_words}:
        return True
    if noun.lemma_.lower() in guards._SERVICE_HEADS or noun.lower_ in guards._SERVICE_HEADS:
        return True
    if noun.is_upper and len(noun.text) > 1:
        return True  # an acronym of a service or a worker ("CGL", "the SW"): a party, not a field
    from .fixes_fit import _is_person

    return _is_person(noun)


def other_sense(span, replacement: str) -> bool:
    """Whether the plain words have a second common sense in this frame (see the module's 1):
    a swap to "work with" where "work" can be read as a job."""
    if not _work_swap(replacement):
        return False
    root = span.root
    lemmas = {t.lemma_.lower() for t in span}
    noun = root.pos_ == "NOUN" or any(t.pos_ == "NOUN" and t.lemma_.lower() in ("engagement", "cooperation",
                                                                                 "co-operation", "collaboration")
                                      for t in span)
    if noun or not lemmas & {"engage", "cooperate", "co-operate", "collaborate"} and root.pos_ != "VERB":
        return True  # "a lack of work with", "her work with New Leaf": a job
    from .rewrite.guards import _sets_a_requirement

    if not _sets_a_requirement(span):
        return True  # "failed to work with", "has not worked with", "is working with": a record of a job
    objects = _objects_of_with(span)
    return not objects or not all(_worked_with_as_a_party(o) for o in objects)
