"""The parts only a worry statement has: who is worried and the future harm (when or where it
happens is read in .context)."""
from __future__ import annotations

from .. import analysis
from ..base import Context
from . import stock
from ..word_context import quoted, quoted_token
from .common import _MODAL_FUTURE, _negated, _parts_words, who_is_worried


def _future(ctx: Context):
    """A sentence that says what could happen to the named child: a modal clause with the child
    in it, not proceedings or "significant harm"."""
    children = analysis.child_tokens(ctx)
    adults = analysis.adult_tokens(ctx)
    found = analysis.people(ctx)
    not_harm = set(_parts_words()["not_a_harm"])
    for token in ctx.tokens:
        if token.tag_ != "MD" or token.lower_ not in _MODAL_FUTURE or found.role_of(token) is not None:
            continue
        if stock.modal_without_verb(token):
            continue  # round 34 (r34e, P#3): "If nothing changes, Poppy could." names no harm
        if quoted_token(token):
            continue  # round 38 (r38e, S#6): 'She said "they'll take Kai away"': someone's own words, not
            # the writer's foreseen harm (a child's fear is what the child lives through, not the future part)
        if token.head.tag_ in ("VBZ", "VBD") and token.i < token.head.i:
            continue  # round 36 (r36a, C#1): "Will says he has never hurt Precious": a modal never takes
            # "says" or "said"; the word is a name the people reading missed
        verb = token.head
        while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
            verb = verb.head
        if any(c.dep_ == "neg" for c in verb.children) and not _unable(verb) and not _unable_if(verb, token):
            continue  # "Ruby will not go upstairs": a refusal now, not a danger
        if _nobody_finds_out(verb, children):
            continue  # "no one will know how she is being looked after": the professionals' blind spot, not a harm
        if _an_adults_words(ctx, verb, adults):
            continue  # "Dad told her she will fly out after her exams": what the adult said, not a harm foreseen
        clause = list(verb.subtree)
        # "If Harvey is hurt again …, a small injury could become serious": the condition names the child.
        clause += [t for c in verb.sent if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)
                   for t in c.subtree]
        # "If Mam becomes unwell with no plan, Eira could go without food": the words of the condition
        # set the case; only the harm said under the modal is read for court, plans and "significant harm".
        condition = {t.i for c in verb.children if c.i < verb.i and c.dep_ in ("advcl", "ccomp")
                     and any(t.lower_ == "if" for t in c.subtree) for t in c.subtree}
        condition |= {t.i for c in verb.sent if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)
                      and c.i < verb.i for t in c.subtree}
        if any((t.lower_ in not_harm or t.lemma_.lower() in not_harm) and t.i not in condition
               and not _the_childs_own(ctx, t, children) for t in clause):
            continue
        if _a_guess_about_now(verb, token) or _vague_harm(verb, children) or _service_acts(ctx, verb) \
                or _a_placement(verb):
            continue  # "he may be having contact", "will come to harm", "Children's Services will monitor"
        if any(t.i in children for t in clause):
            return verb.sent
        if any(analysis.pronoun_is_child(ctx, t) for t in clause):
            return verb.sent
        if any(_they_are_the_children(ctx, t, children) for t in clause if t.i not in condition):
            return verb.sent  # round 25: "If Dad drives them after drinking again, they could be badly hurt"
    worsening = _becoming_unsafe(ctx, children)
    if worsening is not None:
        return worsening
    looking_ahead = ("if ", "likely to", "future", "one day", "end up")
    for span in analysis.cues(ctx, "future"):
        following = ctx.doc[span.start: min(span.end + 1, len(ctx.doc))].text.lower() + " "
        if _a_past_guess(span) or quoted(span):
            continue
        if any(w in following for w in looking_ahead) and any(t.i in children for t in span.sent) \
                and not any(t.lower_ in not_harm or t.lemma_.lower() in not_harm for t in span.sent) \
                and not _vague_harm(span.sent.root, children) and not _a_placement(span.sent.root) \
                and not stock.modal_without_verb(span.sent.root):  # round 34: "If nothing changes, Poppy could."
            return span.sent  # "Noah is likely to be hurt", "if nothing changes, Ella…"
    return None


# Round 25: the service's own words ("a child protection plan", "a care plan") are not a harm.
_SERVICE_PLAN = {"protection", "care", "safety", "pathway", "support", "child", "cp", "cin", "court", "legal"}


def _the_childs_own(ctx: Context, word, children: set) -> bool:
    """"she would lose her education and her plan to study nursing": a not-a-harm word ("plan",
    "case") the child owns, with no service word before it, is the child's own hope, not a service
    step. "Amina could be made subject to a child protection plan" stays out."""
    if word.pos_ != "NOUN":
        return False
    owner = next((c for c in word.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.i in children or analysis.pronoun_is_child(ctx, owner)):
        return False
    return not any(c.dep_ in ("compound", "amod") and c.lower_ in _SERVICE_PLAN for c in word.children)


_PLURAL_ADULTS = {"parents", "carers", "adults", "grown-ups", "grownups", "couple", "mum", "dad", "mother", "father"}


def _they_are_the_children(ctx: Context, pronoun, children: set) -> bool:
    """"Dad drove Storm (8) and Summer (4) home after drinking … If Dad drives them after drinking
    again, they could be badly hurt": "they"/"them" where two or more children are named and no two
    adults are named together in that sentence or the one before ("If Mum and Dad keep drinking,
    they could lose the flat", "the parents") is the children."""
    if pronoun.lower_ not in ("they", "them"):
        return False
    if len({ctx.doc[i].lower_ for i in children if ctx.doc[i].is_title}) < 2:  # two children named
        return False
    number = ctx.sentence_number
    near = [t for t in ctx.tokens[max(0, pronoun.i - 80): pronoun.i]
            if number[pronoun.i] - 1 <= number[t.i] <= number[pronoun.i]]
    adults = analysis.adult_tokens(ctx)
    for t in near:
        if t.lower_ in ("parents", "carers", "adults", "grown-ups", "couple"):
            return False
        if t.i in adults and t.i not in children and (
                t.dep_ == "conj" and t.head.i in adults or any(c.dep_ == "conj" and c.i in adults for c in t.children)):
            return False  # "Mum and Dad", "Dad and his partner"
    return True


# Where a child is sent when the service steps in: "be placed", "be accommodated", "be removed", "go
# into a residential unit", "be made subject to a care order". The service's response, not a harm to
# the child (DOMAIN.md: court or proceedings are not the future part; nor is where the child lives).
_PLACING = {"place", "accommodate", "remove", "foster", "section", "detain"}
_PLACES_SENT = {"care", "unit", "accommodation", "placement", "home", "foster", "order", "custody", "authority"}
_SENDING = {"go", "move", "end", "be", "make", "look", "take", "put", "send", "live", "stay"}


def _a_placement(verb) -> bool:
    """"Amber may need to be placed in secure accommodation", "Theo may have to go into a residential
    unit", "could be made subject to a care order": each verb said under the modal is a placement."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return all(_placed(v) for v in verbs)


def _placed(verb) -> bool:
    for _ in range(3):  # "need to be placed", "have to go", "end up being looked after"
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            break
        verb = nxt
    lemma = verb.lemma_.lower()
    if lemma in _PLACING:
        return True
    if lemma not in _SENDING:
        return False
    # "go into care", "be moved to a secure unit", "be looked after by the local authority"
    nouns = [g for c in verb.children if c.dep_ in ("prep", "agent", "oprd", "attr", "acomp", "prt")
             for g in c.subtree if g.pos_ == "NOUN"]
    if lemma == "end":
        nouns += [g for c in verb.children if c.dep_ in ("xcomp", "advcl") for g in c.subtree if g.pos_ == "NOUN"]
    return bool(nouns) and nouns[-1].lemma_.lower() in _PLACES_SENT and not (
        nouns[-1].lemma_.lower() == "home" and not any(t.lower_ in ("residential", "children", "children's", "care")
                                                        for t in nouns[-1].subtree))


def _a_guess_about_now(verb, modal) -> bool:
    """"He may be having unsupervised contact": "may be …ing" guesses what is happening now;
    "she may have seen Dad hit Mum", "could have been hurt": "may have …" guesses the past."""
    if modal.lower_ in ("may", "might", "could", "would", "must") and verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children):
        return True
    if modal.lower_ in ("may", "might", "must") and verb.lemma_.lower() == "be" and any(
            c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return True  # "Rio may be a young carer": a guess at what the child is now, not a harm ahead
    return modal.lower_ in ("may", "might", "could") and verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ == "be" for c in verb.children)


_TELLING = {"tell", "say", "threaten", "promise", "warn", "inform", "announce", "text", "message"}


def _an_adults_words(ctx: Context, verb, adults: set) -> bool:
    """"Dad took her passport and told her she will fly out after her exams", "Mum's partner has told
    Amira he will throw her out": a modal inside what an adult in the family told someone is the
    adult's words (the behaviour), not what the worriers foresee for the child if nothing changes."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _TELLING:
        return False
    children = analysis.child_tokens(ctx)
    if not any(c.dep_ in ("dobj", "dative") and (c.i in children or analysis.pronoun_is_child(ctx, c)
                                                 or c.lower_ in ("her", "him", "them"))
               for c in verb.head.children):
        return False  # told to the child; not "Nan told the social worker that Leo could be hurt"
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not speakers and verb.head.dep_ == "conj":  # "took her passport … and told her"
        speakers = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    return bool(speakers) and speakers[0].i in adults and not _professional_speaker(ctx, speakers[0])


def _professional_speaker(ctx: Context, token) -> bool:
    from .common import is_institution

    professionals = set(analysis.people_words()["professionals"])
    return is_institution(token) or token.lower_ in professionals or token.lemma_.lower() in professionals or any(
        t.lower_ in professionals for t in token.subtree)


def _unable(verb) -> bool:
    """"If a fire starts at night, Kai and Bella will not be able to get out": what the child will
    not be able to do is a danger, though the clause is negated ("will not go upstairs" is not)."""
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ == "able" and any(
        g.dep_ == "xcomp" for g in c.children) for c in verb.children)


def _unable_if(verb, modal) -> bool:
    """Round 32 (review32c, P#8): "if there is a fire or Mum is ill, the children could not get out or
    get help": "could not"/"would not" under an if-clause on the same verb is what the child would be
    unable to do should it happen, a danger, as "will not be able to" is (_unable). Without the
    if-clause "could not" is the past ("Kai could not sleep"), and "will not" stays a refusal."""
    if modal.lower_ not in ("could", "would", "might"):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children) and c.i < verb.i
               for c in verb.children)


_NOBODY = {"nobody", "one", "anyone", "anybody", "professionals", "services", "agencies", "we", "someone"}
_FINDING = {"know", "see", "find", "notice", "spot", "realise", "realize", "check", "hear", "tell"}


def _nobody_finds_out(verb, children: set) -> bool:
    """"No one will know how she is being looked after", "professionals may not see the bruises":
    what the professionals could miss is their blind spot, not what could happen to the child
    (classes9.md P7: not letting professionals see the child is non-engagement)."""
    if verb.lemma_.lower() not in _FINDING:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].i not in children and (
        subjects[0].lower_ in _NOBODY or subjects[0].lemma_.lower() in _NOBODY) and not (
        subjects[0].lower_ == "one" and not any(c.lower_ == "no" for c in subjects[0].children))


def _a_past_guess(span) -> bool:
    """"is likely to have suffered emotional harm", "probably has been affected": a guess about
    what has already happened, not where things are heading."""
    after = list(span.doc[span.end: span.end + 3])
    if after[:1] and after[0].lower_ == "to":
        after = after[1:]  # "likely to have suffered"
    # "will have to move schools" looks ahead: "have" must carry a past participle.
    return len(after) > 1 and after[0].lower_ in ("have", "'ve") and after[1].tag_ == "VBN"


def _vague_harm(verb, children: set) -> bool:
    """A future clause whose words name no harm anyone could picture ("the children will come to
    harm", "which may affect her ability to meet Lily-Mae's needs")."""
    vague = set(_parts_words()["vague_harm"])
    labels = set(_parts_words()["harm_labels"])  # "may suffer neglect": a label for the harm, not a harm pictured
    words = [t for t in verb.subtree if t.is_alpha and t.i not in children and t.tag_ != "MD"
             and not (t.pos_ not in ("VERB", "AUX") and t.lemma_.lower() in labels)
             and not (t.lemma_.lower() in labels and _a_bare_passive_label(t))
             # "We are worried Willow will…" read with "worried" hung on the name: the worriers' word
             and not (t.dep_ == "amod" and t.head.i in children and t.i < t.head.i
                      and t.lower_ in ("worried", "concerned"))
             and t.pos_ not in ("PRON", "PROPN", "PUNCT", "DET", "CCONJ", "PART")
             and not any(a.dep_ == "advcl" and t in a.subtree and any(
                 m.dep_ == "mark" and m.lower_ in ("if", "when", "unless") for m in a.children) for a in verb.children)]
    return bool(words) and all(t.lemma_.lower() in vague or t.lower_ in vague or _a_kind_of_harm_only(t)
                               for t in words)


# Round 32 (review32c, Q#10): manners that name the kind of harm and nothing anyone could picture.
_KIND_OF_HARM_ONLY = {"emotionally", "psychologically", "mentally", "adversely", "detrimentally"}


def _a_kind_of_harm_only(token) -> bool:
    """Round 32 (review32c, QA lead Q#10): "Jayden could be emotionally harmed", "could be
    psychologically damaged": a manner that only names the kind of harm, on a verb of harm, adds
    nothing a family could picture, as "could come to harm" does not. "Could be badly hurt" (how
    much) and "could stop sleeping" (what) stay a future harm."""
    if token.lower_ in _KIND_OF_HARM_ONLY:
        return token.dep_ == "advmod" and _a_harm_word(token.head)
    return _a_harm_word(token) and any(c.dep_ == "advmod" and c.lower_ in _KIND_OF_HARM_ONLY for c in token.children)


_HARM_WORDS = {"harm", "affect", "impact", "damage", "scar", "traumatise", "traumatize"}


def _a_harm_word(token) -> bool:
    """A verb (or a participle read as an adjective) of harm in general: "harmed", "damaged"."""
    return token.lemma_.lower() in _HARM_WORDS or token.lower_.rstrip("d").rstrip("e") in _HARM_WORDS \
        or token.lower_[:-2] in _HARM_WORDS or token.lower_[:-1] in _HARM_WORDS


def _a_bare_passive_label(verb) -> bool:
    """Round 26: "Willow will continue to be neglected", "could be abused": a label for harm said
    as a passive verb with nothing more (no doer, no how) is the label still. "could be sexually
    abused by these men" says who and how, and is a harm pictured."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ in ("agent", "advmod", "prep", "dobj") for c in verb.children)


def _service_acts(ctx: Context, verb) -> bool:
    """"Children's Services will continue to monitor …": what a service will do is not a harm."""
    from .common import is_institution

    professionals = set(analysis.people_words()["professionals"])
    node = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.dep_ in ("xcomp", "conj") \
            and node.head.i != node.i:
        node = node.head
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and (is_institution(subjects[0]) or subjects[0].lower_ in professionals
                               or subjects[0].lemma_.lower() in professionals)


def _becoming_unsafe(ctx: Context, children: set):
    """"When Mum gives up trying, the house becomes very dirty and unsafe and isn't a nice place
    for Z to live": a change for the worse that leaves the named child unsafe is where things are
    heading, said as a pattern rather than with "could". A state ("the house is dirty") is not."""
    unsafe = set(_parts_words()["becoming_unsafe"])
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("become", "get", "grow", "turn") or _negated(verb):
            continue
        states = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
        states += [g for c in states for g in c.children if g.dep_ == "conj"]
        if not any(s.lemma_.lower() in unsafe or s.lower_ in unsafe for s in states):
            continue
        clause = [t for t in verb.subtree]
        if any(t.i in children or analysis.pronoun_is_child(ctx, t) for t in clause):
            return verb.sent
    return None


def _who(ctx: Context):
    from .worriers import we_named_before, writer_by_heading

    who = who_is_worried(ctx)
    if who and who[0].lower_ in ("everyone", "everybody"):
        return None
    if who and who[0].lower_ in ("we", "us") and not any(c.dep_ == "appos" for c in who[0].children):
        # Round 41 (r41e): unless the "we" are named: in a signed heading ("School DSL, Greenbank
        # Academy: … We are concerned …") or as the subjects of the sentence before.
        named = writer_by_heading(ctx) or we_named_before(ctx, who[0])
        return (named, False) if named is not None else None
        # "We are worried" names nobody the family could talk to (DOMAIN.md: named people or roles)
    if who is None or who[1]:
        # round 41 (r41e): "PC Amy Lowe, Westmarsh Police: I attended …": the signed writer, before a
        # service named later ("police were called")
        heading = writer_by_heading(ctx)
        if heading is not None:
            return heading, False
    if who and who[0].lemma_.lower() in _ANY_SERVICE and not any(
            c.dep_ in ("compound", "poss", "amod", "nmod") for c in who[0].children):
        return None  # "Professionals are worried", "all agencies are concerned": no service in particular
    if who and _only_services_unnamed(ctx, who[0]):
        return None  # "School are worried", "Police and school are concerned": no one the family could ask
    return who


# Round 27: organisations said as a place one goes to, a count noun ("school", "nursery").
# "Police" is a body of people and reads as one ("Police are worried" names who).
# "Early Help are worried" stays a who: a service by its name (round 9, classes9.md P1).
_COUNT_SERVICES = {"school", "nursery", "college", "academy", "hospital", "surgery", "practice", "clinic", "ward",
                   "unit", "centre", "center"}


def _only_services_unnamed(ctx: Context, subject) -> bool:
    """Round 27 (open sets 9-24: every such row marked "who" missing): a worrier that is only
    services, none of them a person or a named place:
    - a count noun for a place of service with no determiner, name or owner, in note style: "School
      are worried", "Nursery are concerned" (not "The school is worried", "Oakwood Primary is
      worried", "Kai's nursery is worried", nor a service by its name: "Early Help are worried");
    - two or more services joined with "and" and no person among them: "Police and school are
      concerned", "CAFCASS and the LA are worried" (not "The police and the social worker are
      worried", "the school and Grandma", nor services named by place: "Greater Manchester Police
      and the Youth Justice Service").
    """
    from .common import _an_organisation, is_institution

    def service(token) -> bool:
        if token.lower_ == "gp":
            return False  # "the school and the GP": a GP is a person
        return _an_organisation(token) or is_institution(token) or token.lemma_.lower() in _COUNT_SERVICES

    def bare(token) -> bool:
        return token.lemma_.lower() in _COUNT_SERVICES and token.tag_ in ("NN", "NNP") and not any(
            c.dep_ in ("det", "poss", "compound", "nmod", "appos", "nummod") for c in token.children) \
            and not any(c.dep_ == "amod" for c in token.children)

    group = [subject] + [t for t in subject.subtree if t.dep_ == "conj" and t.head.i in
                         {subject.i} | {c.i for c in subject.subtree if c.dep_ == "conj"}]
    if len(group) == 1:
        return bare(subject)

    def named(token) -> bool:  # "Greater Manchester Police", "Knowsley's early help team"
        return any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in token.children)

    return all(service(t) and not named(t) for t in group)


# Words for services or workers in general: with nothing to say which ("Children's Services", "the
# youth offending team" say which), they name nobody.
_ANY_SERVICE = {"professional", "agency", "service", "organisation", "organization", "partner"}


def a_topic_not_a_worrier(token) -> bool:
    """"Dad's drinking is a concern", "Cultural practices are a safeguarding concern": the worry noun
    is said of its subject, which is what is worried about, not who is worried."""
    return token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() == "be"
