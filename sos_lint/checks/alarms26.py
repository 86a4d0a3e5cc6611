"""Round 26 (alarms26): false alarms on good statements, mended by how the sentence is built
(issue 11 §3). Read after every rule has spoken (engine.findings), so each class is said once for
every word rule it touches.

1. Someone's own words, reported: "Dad told Ifeoma he doesn't see the harm", "Craig told her she
   is mature for her age", "she hears a voice saying she is a bad mother". The words sit in what a
   family member, a child or an abuser said on one occasion (the clause under "said"/"told"/
   "saying", no quotation between), and either tell of the speaker ("he", "she" for the speaker)
   or were said to the child ("told her"). The statement records them as said, as quoted speech
   is (engine._outside_quotes). Read as ever: a professional's or the record's account ("the school
   reported that …"), the present "Mum says she cannot control Leon" (a stance summed up), and a
   parent's account of what the child did ("Dad said Rosie was tormenting the dog").
2. What could happen, told of the child in the future part: "If Gary loses his temper with Zara",
   "caught in the middle of Wayne's temper", "badly hurt someone else while trying to protect
   himself", "hurt if she refuses". In the sentence that says what could happen if nothing
   changes, an adult's temper or violence named as the danger (the label held by the adult: "his
   temper", "Dad's violence") and the child's own refusing or protecting are the harm foreseen,
   not a verdict on what the adult is or blame on the child.
3. The child's own mind: "Leila does not understand why she must not tell" (a child's
   understanding, not a parent's insight), and what the child will feel or know in a goal ("Reed
   will feel that his mum puts him first").
4. An injury already described, referred back to: "four small round bruises on Rowan's upper arm
   ... no medical reason for the marks"; "cutting her arms ... showed Ms Cole fresh cuts". When an
   earlier injury word of the statement was not itself flagged as vague, a later "the marks",
   "her cuts", "another injury" points back to what was plainly said.
5-10 (read after set 24's first measurement): the capitalised name of a team, panel or job; who
   brought the child, said in the passive; SOS512's abstaining with the moment's deed said, a
   worker's visits ending and words said; SOS511's network agreeing to be someone the child turns
   to, and the child seen fed and clean; SOS306's child said to be unable to keep herself safe.
   Each is described at its function.
"""
from __future__ import annotations

import re

from . import analysis
from .base import Context

# ---- 1. reported words ----
_SPEECH = {"say", "tell", "admit", "explain", "insist", "shout", "scream", "yell", "whisper", "reply", "answer",
           "boast", "claim"}
# A speaker whose words are the record's own voice: a worker, a service.
_RECORD_VOICES = {"report", "reports", "referral", "record", "records", "assessment", "letter", "email"}


def _professional(token) -> bool:
    words = analysis.people_words()
    phrase = {t.lower_ for t in token.subtree} | {token.lemma_.lower()}
    professionals = set(words["professionals"])
    institutions = set(words["institutions"])
    return bool(phrase & professionals or token.lemma_.lower() in institutions or token.lower_ in institutions
                or phrase & _RECORD_VOICES or {"authority", "services"} & phrase)


def _speaker(verb):
    """Who says it: the speech verb's subject, or the noun a "saying" hangs on ("a voice saying")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    if verb.dep_ == "conj":
        return _speaker(verb.head)
    return None


def _said_once(verb, clause) -> bool:
    """Said on one occasion, and this clause is what was said: the verb in the past ("told", "has
    told", "said") or "saying" after a noun, and no quotation between the verb and the clause (a
    clause after the quoted words is the writer's own, hung on the verb by the parse). "Mum says
    she cannot control Leon" (the present) is the record's summary of a stance, read as ever."""
    if not (verb.tag_ in ("VBD", "VBN") or (verb.tag_ == "VBG" and verb.dep_ == "acl")):
        return False
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    lo, hi = sorted((verb.i, clause.left_edge.i))
    return not any(t.tag_ in ("``", "''") or t.text in ('"', "“", "”") for t in verb.doc[lo:hi])


def _about_the_speaker(speaker, clause) -> bool:
    """The clause says something of the speaker ("Dad told Ifeoma he doesn't see the harm", "she has
    told the nurse that she is going out with one of them"): their own account of themselves. A
    parent's account of what the child did ("Dad said Rosie was tormenting the dog") is the blame
    the rules are there for, and is read as ever."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in ("he", "she", "i", "they"):
        return speaker.pos_ in ("PROPN", "NOUN") or speaker.lower_ == subject.lower_
    return subject.lower_ == speaker.lower_


def _said_to_the_child(verb) -> bool:
    """Words said to the child by an adult ("Craig told her she is mature for her age"): what the
    adult did, recorded as evidence of it."""
    heard = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(c.lower_ in ("her", "him") for c in heard)


def reported_words(span) -> bool:
    """The span lies in what a non-professional said: the clausal complement of a speech verb."""
    token = span.root
    for t in [token, *token.ancestors]:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in _SPEECH and _said_once(t.head, t):
            speaker = _speaker(t.head)
            if speaker is None or speaker.i in range(span.start, span.end):
                return False
            # A professional's account, or "we", is the record's own voice.
            if _professional(speaker) or speaker.lower_ in ("we", "i", "us"):
                return False
            return _about_the_speaker(speaker, t) or _said_to_the_child(t.head)
        if t.dep_ == "ROOT":
            return False
    return False


# ---- 2. what could happen, in the future part ----
_MODALS = {"could", "may", "might"}
_HEDGES = {"appear", "seem"}


def _future_sentence(sentence) -> bool:
    """A sentence that looks ahead at harm: it has an "if" or "unless" clause, or opens with
    "Otherwise", or holds "could", "may" or "might" (not a hedge: "it would appear", "may seem")."""
    words = [t.lower_ for t in sentence if not t.is_punct]
    if not words:
        return False
    if words[0] == "otherwise" or any(t.lower_ in ("if", "unless") and t.dep_ == "mark" for t in sentence):
        return True
    return any(t.lower_ in _MODALS and t.tag_ == "MD" and t.head.lemma_.lower() not in _HEDGES
               and not _looks_back(t) for t in sentence)


def _looks_back(modal) -> bool:
    """"may have been subjected to", "could have left": a guess about the past, not the future."""
    doc = modal.doc
    return modal.i + 1 < len(doc) and doc[modal.i + 1].lower_ == "have" and doc[modal.i + 1].tag_ == "VB"


def _in_if_clause(token) -> bool:
    for t in [token, *token.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when") for c in t.children):
            return True
        if t.dep_ == "ROOT":
            return False
    return False


def _modal_clause(token) -> bool:
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _HEDGES \
                and any(c.tag_ == "MD" and c.lower_ in _MODALS and not _looks_back(c) for c in t.children):
            return True
        if t.dep_ == "ROOT":
            return False
    return False


def _held_by_adult(ctx: Context, span) -> bool:
    """"his temper", "Dad's violence", "Wayne's temper": the label belongs to a person named or
    pointed to (the possessive), or is what he loses ("loses his temper")."""
    root = span.root
    owners = [c for c in root.children if c.dep_ == "poss"]
    if not owners:
        return False
    owner = owners[0]
    if owner.lower_ in ("his", "her", "their"):
        return not analysis.pronoun_is_child(ctx, owner)
    return analysis.is_person(owner) and owner.i not in analysis.child_tokens(ctx)


def _childs_subject(ctx: Context, token) -> bool:
    verb = token if token.pos_ in ("VERB", "AUX") else next(
        (t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return all(_is_child(ctx, s) for s in subjects)
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head.i != verb.i:
            verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else next(
                (t for t in verb.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            continue
        return False
    return False


def _is_child(ctx: Context, token) -> bool:
    if token.i in analysis.child_tokens(ctx):
        return True
    if token.lower_ in ("he", "she", "him", "her", "himself", "herself"):
        return analysis.pronoun_is_child(ctx, token)
    return False


def foreseen_harm(ctx: Context, finding, span) -> bool:
    sentence = span.sent
    if not _future_sentence(sentence):
        return False
    root = span.root
    if finding.code == "SOS301":
        # An adult's own temper or violence, named as what could hurt the child.
        return _held_by_adult(ctx, span) and (_in_if_clause(root) or _modal_clause(root))
    if finding.code in ("SOS305", "SOS306"):
        # The child's own refusing or protecting, in what could happen to them.
        return (_in_if_clause(root) or _modal_clause(root)) and _childs_subject(ctx, root)
    return False


# ---- 3. the child's own mind ----
_KNOWING = {"understand", "know", "realise", "realize", "see", "grasp"}
_CHILD_FEELS = {"feel", "know", "see", "believe", "trust", "sense"}


def childs_mind(ctx: Context, finding, span) -> bool:
    if finding.code != "SOS305":
        return False
    root = span.root
    verb = root if root.pos_ in ("VERB", "AUX") else next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lemma_.lower() in _KNOWING and _childs_subject(ctx, verb):
        return True  # "Leila does not understand why …": a child's understanding
    # "Reed will feel that his mum puts him first": inside what the child will feel or know.
    for t in [root, *root.ancestors]:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in _CHILD_FEELS and _childs_subject(ctx, t.head):
            return True
        if t.dep_ == "ROOT":
            break
    return False


# ---- 4. an injury referred back to ----
_INJURY = {"mark", "marks", "cut", "cuts", "injury", "injuries", "bruise", "bruises", "bruising", "wound", "wounds",
           "burn", "burns", "fracture", "fractures", "break", "scar", "scars", "graze", "grazes", "scratch", "scratches"}
_INJURY_SIGNS = {"bruise", "cut", "burn", "fracture", "break", "broken", "bite", "scald", "graze", "scratch",
                 "swollen", "swelling", "stitch", "bleed", "bleeding", "wound", "injury", "mark"}


def injury_referred_back(ctx: Context, finding, span, flagged: list) -> bool:
    if finding.code != "SOS302" or (span.root.lemma_.lower() not in _INJURY and span.root.lower_ not in _INJURY):
        return False
    sentence_start = span.sent.start
    for t in ctx.tokens[:sentence_start]:
        if t.lemma_.lower() in _INJURY_SIGNS or t.lower_ in _INJURY_SIGNS:
            if not any(f.start <= t.idx < f.end for f in flagged if f.code == "SOS302"):
                return True
    return False


# Jargon and report words in reported speech are still the writer's own choice of words ("Mother
# admitted that the child had ingested …"): only the judging rules (SOS3xx) are read here.
# ---- 5. the name of a team, panel or job ----
_TEAM_HEADS = {"team", "teams", "panel", "service", "unit", "adviser", "advisor", "worker", "officer", "nurse",
               "practitioner", "coordinator", "co-ordinator", "board", "clinic"}


def names_a_team_or_job(span) -> bool:
    """The flagged words name a team, panel, service or job, not what anyone did: "Mo at the Home
    Treatment Team", "until the Channel panel agrees", "Helen, the Independent Domestic Violence
    Adviser". Either
    the capitalised words describe the head noun that follows them (what the team is for), or they
    are a capitalised name ending in such a noun. A lower-case everyday name keeps its finding. An acronym ("the YOT worker", "CAMHS") is read as ever,
    and so is a phrase that is a fault in itself ("engage with the drug team": the verb is marked)."""
    root = span.root
    if any((t.is_upper and len(t.text) > 1) or t.like_num for t in span):
        return False  # an acronym or a service tier ("Tier 3") in the name still wants writing out
    if root.lower_ in _TEAM_HEADS:
        before = [t for t in span if t.i < root.i and t.is_alpha]
        return bool(before) and any(t.text[:1].isupper() and not t.is_sent_start for t in before) \
            and all(t.dep_ in ("compound", "amod", "nmod", "poss", "case") for t in before)
    # A capitalised name only: "the substance misuse team", "the contextual safeguarding team" keep
    # the label or the jargon a family would meet in the team's everyday name (the hand-marked
    # poor statements mark them).
    if not any(t.text[:1].isupper() and not t.is_sent_start for t in span):
        return False
    head = root
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        head = head.head
    return head is not root and head.i >= span.end and head.lower_ in _TEAM_HEADS and head.pos_ in ("NOUN", "PROPN")


# ---- 6. who brought the child: said ----
_BRINGING = {"bring", "take", "carry", "drive", "fetch", "collect", "rush"}


def said_who_brought(ctx: Context, span) -> bool:
    """"Remi was brought to hospital by Mum, Faith, and Dad, Lewis": the passive names who did it,
    so nothing is guessed. "Tia was brought in" with no one named is read as ever."""
    for verb in span:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in _BRINGING \
                or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            if any(analysis.is_person(g) or g.pos_ == "PROPN" for g in agent.children if g.dep_ == "pobj"):
                return True
    return False


_WORD_RULES = {"SOS101", "SOS102", "SOS301", "SOS302", "SOS304", "SOS305", "SOS306"}


def drop(found: list, ctx: Context) -> list:
    """The findings, less those read by the classes above."""
    doc = ctx.doc
    kept = []
    for f in found:
        if f.code not in _WORD_RULES or f.end <= f.start or (f.start == 0 and f.end >= len(ctx.text) - 1):
            kept.append(f)
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            kept.append(f)
            continue
        if f.code in ("SOS101", "SOS102"):
            if names_a_team_or_job(span):
                continue
            kept.append(f)
            continue
        if names_a_team_or_job(span) or (f.code == "SOS304" and said_who_brought(ctx, span)) \
                or (f.code == "SOS306" and unable_to_protect(span) and _too_young_to(ctx, span)):
            continue
        if (f.code[3] == "3" and reported_words(span)) or foreseen_harm(ctx, f, span) or childs_mind(ctx, f, span) \
                or injury_referred_back(ctx, f, span, found):
            continue
        kept.append(f)
    # Round 27 (alarms27): the everyday "use" of a thing, and the classes read after it.
    from . import alarms27
    return alarms27.drop(kept, ctx)


# ---- 7. SOS512: what stops is no harm, or the adult's deed for the moment is said ----
# (A child spared a burden, "Iris will … stop waiting up for you", was tried and left out: the same
# build is the poor goals' "Jade will stop sending images", which puts the harm on the child.)
_OCCASION_MARKS = {"when", "whenever", "if", "once"}
# Abstaining told as a verb of the adult's ("stay off heroin", "stop injecting", "give up", "quit").
_ABSTAINING = {"stay", "stop", "quit", "give", "keep"}
_URGE = {"urge", "craving", "crave", "want", "tempt", "tempted", "pull", "itch"}


def _verb_of(span):
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _professional_stops(ctx: Context, verb) -> bool:
    """"… before I, as your social worker, stop visiting": the words before the verb, back to the
    last verb, name the worker (or "I"/"we") and no one in the family."""
    words = []
    for t in reversed(ctx.doc[verb.sent.start: verb.i]):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            break
        words.append(t)
    before = next((t for t in words if t.pos_ not in ("AUX", "ADV", "PART")), None)
    if before is None or before.pos_ == "CCONJ":
        return False  # "… accept a referral and stop drinking": the verb shares the adult's subject
    family = set(analysis.people_words()["family"])
    if any(t.lower_ in family or t.i in analysis.child_tokens(ctx) for t in words):
        return False
    professionals = set(analysis.people_words()["professionals"])
    return any((t.lower_ in ("i", "we") and t.pos_ == "PRON") or t.lower_ in professionals or t.lemma_.lower() in professionals
               for t in words)


def _occasion_deed(ctx: Context, span) -> bool:
    """"You need to stay off heroin … When the urge to use comes after a row, you will go to your
    sister Lorraine's or ring her": the same or the next sentence says what the adult will do at
    the moment the harm would come (a when- or if-clause opening it, then "you will …"). "Stay off
    drugs completely" with nothing said of that moment still fires."""
    verb = _verb_of(span)
    if verb.lemma_.lower() not in _ABSTAINING:
        return False  # "will not drink", "no more shouting", "a home free from abuse": read as ever
    subject = analysis.subject_of(verb)
    spoken_to = any(c.dep_ == "nsubj" and c.lower_ == "you" for t in (verb, verb.head) for c in t.children)
    if subject is not None and not spoken_to and (subject.i in analysis.child_tokens(ctx)
                                or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))):
        return False
    sentence = span.sent
    following = next((s for s in ctx.sentences if s.start == sentence.end), None)
    for part in [ctx.doc[span.end: sentence.end]] + ([following] if following is not None else []):
        for clause in part:
            if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _OCCASION_MARKS
                                                     for c in clause.children):
                continue
            main = clause.head
            if main.i < part.start or main.i >= part.end or any(c.dep_ == "neg" for c in main.children):
                continue
            if not any(c.tag_ == "MD" and c.lower_ in ("will", "'ll", "wo") for c in main.children):
                continue
            # The moment is the adult's own ("when you feel the heat building", "when the urge to
            # use comes"), and the deed is the same adult's ("you will go to your sister's").
            moment = {t.lower_ for t in clause.subtree} | {t.lemma_.lower() for t in clause.subtree}
            if not (moment & _URGE or (subject is not None and subject.lower_ in moment) or "you" in moment):
                continue
            doers = [c for c in main.children if c.dep_ == "nsubj"]
            if any(d.lower_ == "you" or (subject is not None and d.lower_ == subject.lower_) for d in doers):
                return True
    return False


def absence_answered(ctx: Context, span) -> bool:
    """Round 26: an SOS512 span that is no absence of harm the family is asked for, or whose
    alternative is said (see the helpers above), or words a family member said."""
    verb = _verb_of(span)
    return (_professional_stops(ctx, verb) if verb.lemma_.lower() in ("stop", "quit", "end", "finish") else False) \
        or reported_words(span) or _occasion_deed(ctx, span)


# ---- 8. SOS511: agreeing to be someone the child can turn to ----
_AGREEING = {"agree", "promise", "offer", "volunteer"}
_ROLE_NOUNS = {"person", "people", "adult", "adults", "one", "ones", "someone", "grown-up", "grown-ups", "contact",
               "contacts", "carer", "carers", "supervisor", "supervisors"}


def agreed_to_be_network(span) -> bool:
    """"You, Carol and your friend Diane have agreed to be the children's safety people": the
    network taking on a role for the child is who helps, not going to a service. "Agreed to be
    open with professionals", "agreed to be assessed" and "agreed to the written agreement" are
    still compliance."""
    agree = next((t for t in span if t.lemma_.lower() in _AGREEING), None)
    if agree is None:
        return False
    doc = span.doc
    be = next((c for c in agree.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), None)
    if be is None or any(c.dep_ == "auxpass" for c in be.children):
        return False
    role = next((c for c in be.children if c.dep_ == "attr"), None)
    if role is None:
        return False
    return role.lower_ in _ROLE_NOUNS or role.lemma_.lower() in _ROLE_NOUNS or analysis.is_person(role) \
        and role.lower_ not in ("professional", "professionals") and role.i < len(doc)


# ---- 9. SOS511: the child seen in a state by those who call in ----
_SEEING = {"see", "watch", "notice", "find"}


def child_seen_in_a_state(ctx: Context, span) -> bool:
    """"Bev, Marlon and the family nurse will call in and will see Saffron fed, clean and being
    held": someone seeing the child fed or clean is how others will know, not a service the family
    goes to. "The health visitor will see Tia every week" (the child alone) is still a visit."""
    verb = next((t for t in span if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _SEEING:
        return False
    children = analysis.child_tokens(ctx)
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")):
        words = list(obj.subtree)
        if any(t.i in children for t in words) and any(
                t.i not in children and (t.tag_ == "VBN" or t.pos_ == "ADJ" or t.lower_ in ("fed", "clean"))
                for t in words):
            return True
    return False


# ---- 10. SOS306: the child said to be unable to keep safe ----

def unable_to_protect(span) -> bool:
    """"Poppy is four and cannot keep herself safe near the stairs", "Jo is too young to protect
    himself": the writer says the child cannot, which puts the keeping safe on the adults, the
    opposite of blame. "Amber will keep herself safe" and "needs to learn to protect herself" are
    still blame."""
    verb = _verb_of(span)
    if verb.lemma_.lower() not in ("keep", "protect", "look"):
        return False
    if not any(c.lower_ in ("herself", "himself", "themselves", "themself") for c in verb.subtree):
        return False  # "Dad cannot keep Kian safe from the gang": a parent's inability, still blame
    if any(c.dep_ == "neg" for c in verb.children) and any(c.tag_ == "MD" and c.lower_ in ("can", "ca", "could")
                                                           for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (
        (head.lower_ in ("unable",)) or (head.pos_ == "ADJ" and any(c.lower_ == "too" for c in head.children)))


def _too_young_to(ctx, span) -> bool:
    """Merge of round 26 (lead): "cannot keep herself safe" is developmental, not blame, only for a
    young child: said "too young", or a child of the statement known to be under 10 ("Maisie is
    four"). Of an older child ("Tom (15) is unable to keep himself safe") it is the language the
    exploitation guides name as blaming, and it stays flagged."""
    verb = _verb_of(span)
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and any(c.lower_ == "too" for c in head.children):
        return True
    for child in analysis.people(ctx).children:
        found = re.match(r"age (\d+)", child.evidence)
        if found and int(found.group(1)) < 10:
            return True
    return False

