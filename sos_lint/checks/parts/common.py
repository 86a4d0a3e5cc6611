"""Shared readings for the parts of a statement: who is worried, modal and "if" clauses, negation,
whose pronoun is meant, and the word lists in rules/parts.toml."""
from __future__ import annotations

from ...data import load_toml
from ...people import people as read_people
from .. import analysis
from ..base import Context

_WORRY_WORDS = {"worry", "worried", "concern", "concerned"}
# Verbs by which someone voices a concern ("has raised concerns", "flagged worries").
_VOICING = {"raise", "flag", "share", "have", "express", "voice", "report", "highlight", "note", "log"}


def who_is_worried(ctx: Context):
    """(subject token, is_institution) for the first "X is worried / concerned" clause."""
    def compute():
        for token in ctx.tokens:
            # Round 26: "Rahma and Kieran Doyle, Tariq's youth worker, fear that …": to fear that
            # something will happen is to be worried about it.
            fears = token.lemma_.lower() == "fear" and token.pos_ == "VERB" and any(
                c.dep_ == "ccomp" for c in token.children)
            # Round 29: "the social worker is frightened that Dad will hurt Leo", "feels anxious that":
            # a word of fear with what is feared said after it ("that …") is a worry too.
            # "… are frightened for Kian (4)": a word of fear for the child is a worry for the child.
            afraid = token.lower_ in _FEAR_WORDS and token.dep_ == "acomp" and any(
                c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, g) for g in c.children)
                for c in token.children) or token.lower_ in _FEAR_WORDS and token.dep_ == "acomp" and any(
                c.dep_ == "ccomp" and c.i > token.i for c in token.head.children)  # "feels anxious that …" hung on "feels"
            if token.lemma_.lower() not in _WORRY_WORDS and token.lower_ not in _WORRY_WORDS and not fears \
                    and not afraid:
                continue
            if token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() == "be":
                continue  # "Dad's drinking is a concern": what is worried about, not who (round 15)
            head = token.head if token.dep_ in ("acomp", "dobj", "attr") else token
            if token.dep_ == "dobj" and not _voices(head) and not (head.dep_ == "xcomp" and _voices(head.head)):
                continue  # "Mum does not accept the concerns", "Dad has minimised the worries": not the worrier
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and token.dep_ == "dobj" and head.dep_ == "xcomp" and head.head.i != head.i:
                # "Sky's school has raised safeguarding concerns", "safeguarding" read as a verb.
                subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and token.pos_ == "NOUN":
                # "Kai's nursery has flagged concerns that …", "concerns" read as a later subject: the
                # verb of voicing just before the noun says whose they are.
                voicing = next((t for t in reversed(ctx.doc[max(0, token.i - 3): token.i])
                                if t.pos_ == "VERB" and t.lemma_.lower() in _VOICING), None)
                if voicing is not None and all(t.pos_ in ("ADJ", "DET", "NOUN") for t in ctx.doc[voicing.i + 1: token.i]):
                    subjects = [c for c in voicing.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and token.dep_ == "acomp" and head.lemma_.lower() == "be":
                # Round 25: "Anjali, the social worker, and Nan Pearl are worried": the model lost the
                # subject and hung the first name on "are" (as "acomp"); a person before the verb,
                # not the child, is still who is worried.
                subjects = [c for c in head.children if c.i < head.i and c.dep_ in ("acomp", "attr", "dep", "npadvmod")
                            and c.i not in analysis.child_tokens(ctx) and analysis.is_person(c)]
            if not subjects and token.pos_ == "NOUN" and token.dep_ == "dobj" and _voices(head):
                # Round 26: "I am writing to raise my concerns", "to share Nan's worries": the worry
                # voiced is the one whose it is said to be ("Mum does not accept my concerns" is
                # not voiced, and was left above).
                subjects = [c for c in token.children if c.dep_ == "poss" and c.lower_ not in ("our", "their", "its")
                            and (c.lower_ == "my" or analysis.is_person(c))]
            if not subjects and token.dep_ == "amod" and token.lower_ in ("worried", "concerned") \
                    and token.i == token.head.i + 1 and token.head.pos_ in ("PROPN", "NOUN"):
                # Round 26: note-style "Nan worried - says Mum up all night": the worry word set
                # straight after the person, with no "is", says who is worried ("a worried Nan" is
                # left: a description, not a report).
                subjects = [token.head]
            if not subjects:
                # Round 39 (r39e): note style with the worry word read as a noun's modifier ("Midwife
                # concerned as Mum booked late", "SW concerned re: Mia (3)", "Health visitor concerned
                # re home conditions"): the person opening the note is who is worried.
                subjects = _noted_worrier(token)
            if not subjects and token.pos_ in ("VERB", "ADJ"):
                # Round 26: "Mrs Ahmed (class teacher) is worried after …": the model may hang the
                # subject on the worry word's own "is" rather than on the worry word.
                subjects = [c for aux in token.children if aux.dep_ in ("aux", "auxpass") and aux.i < token.i
                            for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                subjects = _worry_held_otherwise(ctx, token, head)
            if afraid:
                # A parent's own fear is part of what happens to the family, not a worrier's report.
                subjects = [c for c in subjects if c.lemma_.lower() not in _PARENTS and c.lower_ not in _PARENTS]
            subjects = [_the_people_of_both(ctx, c) for c in subjects]
            # "It is worrying that …" names nobody; a child's own worry is impact, not the worrier.
            roles = set(analysis.people_words()["professionals"]) | set(analysis.people_words()["family"])
            # "Teachers are worried": a plural role is people too.
            subjects = [c for c in subjects if (analysis.is_person(c) or c.lower_ == "my" or is_institution(c) or c.lemma_.lower() in roles
                                                or _someone_of_the_child(ctx, c) or _titled(c, roles)
                                                or _named_beside(c) or _roles_inside(c, token, roles)
                                                or _an_organisation(c) or _a_role_in_short(c, roles)
                                                or _the_childs_someone_feels(ctx, c, token))
                        and c not in analysis.child_words(ctx)]
            if not subjects and token.pos_ == "VERB" and token.lemma_.lower() in ("worry", "concern"):
                # Round 27: "this is what worries me as the family's Early Help worker", "it worries
                # us both": the one the worry is in is the object of "worry".
                subjects = [c for c in token.children if c.dep_ == "dobj" and c.lower_ == "me"]
                # Round 29: "It worries Nan that …", "What worries the school is that …" (the model
                # may hang "the school" on "is"): the one it worries, a person or a service.
                held = [c for c in token.children if c.dep_ == "dobj"]
                if not held and token.dep_ == "csubj" and any(c.lower_ == "what" for c in token.children):
                    held = [c for c in token.head.children if c.dep_ == "nsubj" and c.i > token.i]
                subjects = subjects or [c for c in held if c.i not in analysis.child_tokens(ctx) and (
                    analysis.is_person(c) or is_institution(c) or c.lemma_.lower() in roles or _an_organisation(c)
                    or _named_beside(c) or _someone_of_the_child(ctx, c))]
            if subjects:
                return subjects[0], is_institution(subjects[0]) and not _a_named_person(subjects[0]) \
                    and not _people_in_the_service(subjects[0])
        # Round 36 (r36a): a worker or a relative who is not the parent, as the subject of a verb of
        # belief, fear, wanting or asking ("the health visitor and Nan believe that …", "are
        # frightened by …", "both want Mum and Dad to understand …"): worriers.py.
        from .worriers import held_by_stance

        holder = held_by_stance(ctx)
        if holder is None:
            # Round 40 (r40e): the writer introduced by role ("As Xander's class teacher I …").
            from .worriers import writer_by_role

            holder = writer_by_role(ctx)
        return (holder, False) if holder is not None else None
    return ctx.memo("who_is_worried", compute)


# What follows a note's bare worry word when it says what the worry is about ("concerned re: …",
# "worried that …", "concerned as Mum booked late"); "the worker concerned will ring" has none.
_NOTE_AFTER = {"re", "re:", "re.", "about", "regarding", "that", "as", "for", "because", "following", "after", "over",
               "around", "by", ":", "-", "–"}


def _noted_worrier(token) -> list:
    """Round 39 (r39e; open sets 30-37: "Midwife concerned as…", "Early Help worker concerned re.
    cannabis use", "CAMHS clinician concerned re …", "SW concerned re: Mia (3)", all marked "who"
    present): a note that opens with a person or role and a bare "worried"/"concerned" straight after
    it, with no verb of its own ("is"), and then what the worry is about. The parse makes the worry
    word the noun's modifier (acl, amod) or the noun the worry word's (npadvmod, nsubj). Not "a
    worried Nan" (a description), not "the worker concerned will ring" (the one involved), not a
    noun inside the sentence ("Mum told the nurse concerned …")."""
    if token.lower_ not in ("worried", "concerned") or token.i == 0:
        return []
    doc = token.doc
    before = doc[token.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or not (token.head.i == before.i or before.head.i == token.i):
        return []
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or after.lower_ not in _NOTE_AFTER:
        return []
    opening = before.left_edge
    for t in doc[before.i:token.i]:
        opening = min(opening, t.left_edge, key=lambda x: x.i)
    if not (opening.i == token.sent.start or doc[opening.i - 1].text in (":", "-", "–", "—", "(")):
        return []  # the person opens the note (or follows a heading's colon)
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod") for t in doc[token.sent.start:before.i]):
        return []
    return [before]


_FEAR_WORDS = {"frightened", "scared", "afraid", "anxious", "fearful"}
_PARENTS = {"mum", "dad", "mother", "father", "parent", "parents", "mam", "mummy", "daddy", "carer", "carers",
            "he", "she", "they"}


def _worry_held_otherwise(ctx: Context, token, head) -> list:
    """Round 29: whose worry it is, said in ways other than "X is worried" (issue 11 §5, who):
    - owned: "Nan's worry is that …", "My concern is …", "told the social worker about her worry
      that …" (the pronoun is the teller), "Our worry, which Claire the social worker shares, …";
    - the one it worries: "It worries Nan that …", "What worries the school is …";
    - by whom it was raised: "Concerns have been raised by Leo's teacher";
    - a subject shared with the verb before: "noticed bruises … and are worried Dad grabbed him".
    "Our worry" alone, "their concerns" and "it is worrying" name nobody: they stay as they were."""
    found = []
    if token.pos_ == "NOUN":
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ not in ("our", "their", "its", "your"):
            if owner.lower_ in ("her", "his") and token.dep_ == "pobj":
                verb = token.head.head
                found = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ in ("VERB", "AUX") else []
            elif owner.lower_ not in ("her", "his"):
                found = [owner]
        if not found:
            # "Our worry, which Claire the social worker and Storm's dad share, is that …"
            found = [c for r in token.children if r.dep_ == "relcl" and r.lemma_.lower() in _VOICING
                     for c in r.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if not found and token.dep_ in ("nsubj", "attr") and token.head.lemma_.lower() == "be":
            # "The worry for Kemi, the social worker, and Mr Price is what happens at …": a person the
            # worry is said to be for, who is not the child (the worry for the child is what is worried about).
            found = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                     if g.dep_ == "pobj" and g.i not in analysis.child_tokens(ctx)
                     and not analysis.pronoun_is_child(ctx, g)]
        if not found and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _HOLDING:
            from .worry import _only_services_unnamed  # (worry.py reads this module)

            # (merge29) "Concerns were raised by school": a place of service in note style names no
            # one the family could ask; the part stays missing, and SOS501 says so, as before
            found = [g for c in token.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                     and not _only_services_unnamed(ctx, g)]
    elif token.pos_ == "VERB" and token.lemma_.lower() == "worry":
        found = [c for c in token.children if c.dep_ == "dobj" and c.lower_ not in ("us", "you", "them", "it")]
    if not found and token.dep_ == "acomp" and head.dep_ == "conj" and head.i > head.head.i:
        found = [c for c in head.head.children if c.dep_ == "nsubj"]
        if not found and head.head.dep_ == "ROOT" and head.head.pos_ in ("PROPN", "NOUN"):
            found = [head.head]  # "Bryony, the health visitor, and … have noticed, and are worried": the model made the names the root
    return found


# Verbs by which someone holds a worry of their own ("has concerns", "raised worries", "brought her
# concerns to the school"); a worry accepted, denied, minimised or disputed is someone else's.
_HOLDING = _VOICING | {"bring", "hold", "discuss", "describe", "record", "outline", "relay", "pass", "put", "make",
                       "send", "write", "list", "continue", "keep", "register", "escalate", "air"}


def _voices(verb) -> bool:
    """"Nan has raised concerns", "the school has worries", not "Mum does not accept the concerns",
    "Dad has minimised the worries", "Dad doesn't share the concerns" (issue 11 §5: who is worried)."""
    return verb.lemma_.lower() in _HOLDING and not any(c.dep_ == "neg" for c in verb.children)


# Places and services whose staff worry as one ("the nursery is worried", "Oakwood Primary has
# raised concerns", "Police are concerned"): an organisation is a "who" (classes9.md P1).
_ORGANISATIONS = {"school", "nursery", "college", "academy", "primary", "hospital", "police", "surgery", "practice",
                  "clinic", "trust", "charity", "constabulary", "preschool", "pre-school", "playgroup", "club",
                  "gp", "ward", "unit", "centre", "center", "high", "camhs", "cafcass", "nspcc", "yot", "barnardo's",
                  "barnardos", "aid"}
# Services named by a word that is not a noun for an organisation on its own ("Early Help").
_NAMED_SERVICES = {("early", "help"), ("youth", "offending"), ("women", "aid"), ("health", "visiting")}


def _an_organisation(subject) -> bool:
    """A school, nursery, hospital, police or a service by its name ("Oakwood Primary", "CAMHS",
    "Early Help")."""
    if subject.lemma_.lower() in _ORGANISATIONS or subject.lower_ in _ORGANISATIONS or _a_family_hub(subject):
        return True
    before = subject.doc[subject.i - 1] if subject.i else None
    return before is not None and (before.lower_.rstrip("'s").rstrip("'"), subject.lower_) in _NAMED_SERVICES


def _a_family_hub(subject) -> bool:
    """"Foleshill Family Hub is concerned": a family hub is a place where staff see the family, as a
    children's centre (which it replaced) or a nursery is, not an office of the local authority
    ("the MASH hub")."""
    return subject.lemma_.lower() == "hub" and any(c.dep_ == "compound" and c.lower_ == "family"
                                                   for c in subject.children)


def _people_in_the_service(subject) -> bool:
    """Round 27: a service said together with a person in it who is worried: "the safeguarding team
    led by our DSL, Ms Okonkwo", "the social work team, and I as Tobias's worker": the person
    (named, with a title, or the writer) is who is worried, not the service alone. Not "the Local
    Authority and Children's Services" (no one in it), not "Children's Social Care" alone."""
    titles = set(analysis.people_words()["titles"])
    for t in subject.subtree:
        if t.i == subject.i:
            continue
        if t.lower_ == "i" and t.dep_ in ("conj", "appos"):
            return True
        if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and analysis.is_name(t) or (
                t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_.rstrip(".") in titles for c in t.children)):
            return True
    return False


def _the_people_of_both(ctx: Context, subject):
    """Round 26: "Both of them worry that …", "All of us are worried": the people named before, as
    the first of them (a person earlier in the statement who is not a child); the subject itself
    when it is not such a word or nobody was named before it."""
    if subject.lower_ not in ("both", "all", "each") or not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "us") for g in c.children)
            for c in subject.children):
        return subject
    children = analysis.child_tokens(ctx)
    before = [t for t in ctx.doc[:subject.i] if t.dep_ in ("nsubj", "nsubjpass", "conj", "appos")
              and t.i not in children and analysis.is_person(t) and t.pos_ in ("PROPN", "NOUN")]
    return before[0] if before else subject


def _a_role_in_short(subject, roles: set) -> bool:
    """Round 26: "SW is worried", "The HV has concerns": a role written as its capital letters,
    which rules/jargon.toml writes out as a role ("social worker", "health visitor"). An acronym
    for a service or a plan ("CAMHS", "CP") is not one."""
    if not (subject.text.isupper() and subject.is_alpha and len(subject.text) > 1):
        return False
    written_out = _acronym_roles().get(subject.text)
    return written_out is not None and written_out.split()[-1] in roles


_ACRONYM_ROLES: dict = {}


def _acronym_roles() -> dict:
    if not _ACRONYM_ROLES:
        terms = load_toml("jargon.toml").get("term", [])
        _ACRONYM_ROLES.update({t["phrase"]: t["replacement"].lower() for t in terms
                               if t.get("group") == "acronym" and t.get("replacement")})
        _ACRONYM_ROLES.setdefault("", "")
    return _ACRONYM_ROLES


def _a_named_person(subject) -> bool:
    """Round 26: "Ms Harriet Lowe, safeguarding lead at St Anne's, and Carla from children's social
    care are worried": a person named, by a title or as a person the model knows, is who is worried
    even when the words after the name say which service they are from. "Children's Services" and
    "the Local Authority" stay a service."""
    if subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", ""):
        return False
    titles = set(analysis.people_words()["titles"])
    titled = any(c.dep_ == "compound" and c.lower_.rstrip(".") in titles for c in subject.children)
    return titled or subject.ent_type_ == "PERSON" and analysis.is_name(subject)


def _roles_inside(subject, worry_word, roles: set) -> bool:
    """"Faith the health visitor and Will's aunt June are worried", read with "Faith" as a verb: a
    subject whose words (before the worry word) hold a role is people, however the model tagged it."""
    return any((t.lemma_.lower() in roles or t.lower_ in roles) and t.pos_ in ("NOUN", "PROPN", "ADJ")
               and t.i < worry_word.i and t.dep_ in ("dobj", "appos", "conj", "amod", "compound")
               for t in subject.subtree)


def _named_beside(subject) -> bool:
    """"Luke's football coach, Kwame, is worried": a role word with a name set beside it is a
    person, even when the role word is in no list."""
    return subject.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                                          and (analysis.is_person(c) or analysis.is_name(c)) for c in subject.children)


def _titled(subject, roles: set) -> bool:
    """"Mrs O'Connell, Kian's teacher": a name the model does not know is a person's by its title
    or by the role set beside it."""
    titles = set(analysis.people_words()["titles"])
    # "Nurse Okafor", "Sister Ama": a role word used as a title is a title too.
    return subject.pos_ == "PROPN" and any(
        c.dep_ == "compound" and (c.lower_.rstrip(".") in titles or c.lower_ in roles and c.i == subject.i - 1)
        or c.dep_ == "appos" and c.lemma_.lower() in roles for c in subject.children)


def _someone_of_the_child(ctx: Context, subject) -> bool:
    """"Ayaan's physiotherapist": a role named by whose it is, a person in the child's life even
    when the role word is not in rules/people.toml."""
    # A word for someone who does something ("-ist", "-er", "-or", "-ian"), not "the children's presentation".
    return subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lower_.endswith(("ist", "er", "or", "ian")) \
        and any(
        c.dep_ == "poss" and c.i in analysis.child_tokens(ctx) for c in subject.children)


def _the_childs_someone_feels(ctx: Context, subject, worry_word) -> bool:
    """Round 29: "Leo's football coach is worried", "Leo's childminder is frightened that …": a noun
    owned by the child that is worried or afraid is someone in the child's life (only people feel;
    "Leo's weight is a concern" is no feeling and was left above), whatever the role word."""
    return worry_word.lower_ in ({"worried", "concerned"} | _FEAR_WORDS) and worry_word.dep_ == "acomp" \
        and subject.pos_ == "NOUN" and any(c.dep_ == "poss" and (c.i in analysis.child_tokens(ctx)
                                                                  or analysis.pronoun_is_child(ctx, c))
                                           for c in subject.children)


def subject_span(subject):
    """The subject with its conjuncts ("Mum and services"), not its relative clauses."""
    # Round 36 (r36a): not a verb the parse joined to the subject ("Priya Shah, the health visitor, and
    # Nan believe …" read with the name as the root), nor anything said under that verb.
    verbs = {g.i for c in subject.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > subject.i
             for g in c.subtree}
    parts = [t for t in subject.subtree if t.i not in verbs
             and (t.i <= subject.i or t.dep_ in ("conj", "cc", "compound", "poss"))]
    if verbs or any(t.dep_ == "appos" and t.i > subject.i and t.head.dep_ == "conj" for t in subject.subtree):
        # Round 36 (r36a): a role set beside a later name in the list is said whole ("…, and Sally
        # Green, the school nurse," not "…, the school")
        kept = {t.i for t in parts}
        parts += [t for t in subject.subtree if t.dep_ == "appos" and t.head.i in kept and t.i not in verbs]
    if not parts:
        return subject.doc[subject.i: subject.i + 1]
    end = max(t.i for t in parts) + 1
    while verbs and end - 1 > subject.i and subject.doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1  # "Priya Shah, the health visitor," not "…, and"
    span = subject.doc[parts[0].i: end]
    opened = next((t for t in span if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in span) and opened.i > span.start:
        span = subject.doc[span.start: opened.i]  # "Sky's school (Oakwood Primary)": not half the brackets
    return span


def subject_text(subject) -> str:
    return subject_span(subject).text


def clauses_above(verb, depth: int = 3):
    """The clauses a verb hangs on ("needs" above "to be free of …"), nearest first: up through
    xcomp, ccomp and conj links, at most `depth` steps."""
    node = verb
    for _ in range(depth):
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head.i == node.i:
            return
        node = node.head
        yield node


def _clause_subject(verb):
    """The subject a verb shares with the clause it hangs on ("Nia needs to be free of …")."""
    for node in clauses_above(verb):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


def _in_condition(verb) -> bool:
    """Inside a "when …" or "if …" clause: the words set a scene, they promise nothing."""
    return analysis.in_marked_clause(verb, ("when", "if", "whenever"))  # (per-Doc tables, no Token walks)


def _sentence_of(span) -> str:
    return span.sent.text.strip() if span is not None else ""


class _Evidence(str):
    @property
    def text(self) -> str:
        return str(self)


def _parts_words() -> dict:
    return load_toml("parts.toml")


_MODAL_FUTURE = {"could", "may", "might", "will", "would", "'ll", "wo", "shall"}


def _a_refusal(node, kids, modals) -> bool:
    """"he locks the front door and will not let Mum take the children out": "will not" joined to
    a verb in the present or past says what he refuses to do, not what may happen."""
    if modals[0].lower_ not in ("will", "wo") or not any(c.dep_ == "neg" for c in kids):
        return False
    if node.dep_ != "conj" or node.head.i == node.i:
        return False
    head = node.head
    return head.tag_ in ("VBZ", "VBD", "VBP") and not any(c.tag_ == "MD" for c in head.children)


def _under_modal(token) -> bool:
    """Is the word inside a clause that looks ahead ("could be hurt") or an "if" clause? (Asked
    of the same words by several readings: kept per token in the Doc's user_data.)"""
    memo = token.doc.user_data.get("sos_lint.under_modal")
    if memo is None:
        memo = token.doc.user_data["sos_lint.under_modal"] = {}
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = _walk_under_modal(token)
    return found


def _walk_under_modal(token) -> bool:
    node = token
    for _ in range(6):
        kids = list(node.children)  # spaCy makes new Token objects on every walk: walk once per node
        modals = [c for c in kids if c.tag_ == "MD" and c.lower_ in _MODAL_FUTURE
                  and read_people(token.doc).role_of(c) is None]
        # "could not wake Dad" is the past; "will keep feeling ashamed" goes on now.
        if modals and not (any(c.dep_ == "neg" for c in kids) and modals[0].lower_ in ("could", "would")) \
                and node.lemma_.lower() not in ("keep", "continue", "still") and not _a_refusal(node, kids, modals):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in kids):
            return True
        if node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids) and any(
                c.dep_ == "aux" and c.tag_ != "MD" for c in kids):
            return False  # "…she will take Ayan, and Dad has already booked flights": a clause of its own
        node = node.head
    return False


def _negated(token) -> bool:
    node = token if token.pos_ in ("VERB", "AUX") else token.head
    words = {"not", "n't", "never", "cannot", "unable", "without", "no"}
    return any(c.lower_ in words for c in node.children) or any(c.lower_ in words for c in node.head.children
                                                                  if node.dep_ in ("xcomp", "ccomp"))


def _means_professional(ctx: Context, token, professionals: set) -> bool:
    """Does "she", "he" or "her" point back to a professional ("The social worker is worried
    because she visited…", "let the family support worker in … so that she can see")? The
    nearest person before it, a subject of its own sentence first, as analysis.pronoun_is_child."""
    if token.lower_ not in ("he", "she", "him", "her", "they", "them"):
        return False
    if _the_worriers_own_reason(token, professionals):
        return True
    family = analysis.adult_tokens(ctx) | analysis.child_tokens(ctx)
    candidates = []
    for t in reversed(ctx.doc[max(0, token.i - 40): token.i]):
        if t.lower_ in ("you", "your", "i", "we"):
            continue
        if t.i in family or t.lower_ in professionals or t.lemma_.lower() in professionals:
            if token.lower_ in ("he", "him") and t.lower_ in analysis._FEMALE or \
                    token.lower_ in ("she", "her") and t.lower_ in analysis._MALE:
                continue
            candidates.append(t)
    if not candidates:
        return False
    same = [t for t in candidates if t.sent == token.sent]
    chosen = next((t for t in same if t.dep_ in ("nsubj", "nsubjpass")), None) or (same[0] if same else candidates[0])
    return chosen.lower_ in professionals or chosen.lemma_.lower() in professionals


def _the_worriers_own_reason(token, professionals: set) -> bool:
    """"Kate Moss, social worker, is worried about Storm because she visited…": the pronoun is the
    subject of the reason given for a professional's worry, and its gender does not clash with
    hers: it is the professional (her visit is not the family's deed)."""
    if token.dep_ != "nsubj" or token.lower_ not in ("he", "she", "they"):
        return False
    clause = token.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("because", "as", "since")
                                         for c in clause.children):
        return False
    worried = clause.head
    if worried.dep_ == "acomp" and worried.head.i != worried.i:
        worried = worried.head  # "is worried … as she knocked": the clause hangs on "worried"
    if worried.lemma_.lower() not in ("be", "feel", "worry", "concern", "remain", "become"):
        return False
    subjects = [c for c in worried.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False  # "Rachel and Mrs Okafor are worried because she…": which one is not plain
    group = [subjects[0]] + [c for c in subjects[0].children if c.dep_ == "appos"]
    words = {w.lower_ for t in group for w in t.subtree} | {w.lemma_.lower() for t in group for w in t.subtree}
    if not words & professionals:
        return False
    female, male = analysis._FEMALE, analysis._MALE
    return not (token.lower_ == "he" and words & female or token.lower_ == "she" and words & male)


def is_institution(subject) -> bool:
    words = analysis.people_words()
    institutions = set(words["institutions"])
    phrase = {t.lower_ for t in subject.subtree} | {subject.lemma_.lower()}
    if _a_family_hub(subject):
        return False
    if {"social", "care"} <= phrase:
        return True
    return (subject.lower_ in institutions or subject.lemma_.lower() in institutions
            or bool({"authority", "services"} & phrase and subject.lower_ not in words["professionals"]))


def loose_subjects(verb) -> list:
    """The verb's subjects; when the model found none, the name just before a finite verb ("Olly
    hid behind the door", read as an adverb; "On 6 November Jamie smashed…", read as a date)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and not any(c.is_alpha for c in subjects):
        # "Tom (8) dozes off": the model can take "8)" for the subject and hang the name before it.
        named = [c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i and analysis.is_name(c)]
        if named:
            return named
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = auxes[0] if auxes and auxes[0].tag_ == "MD" else verb  # "Olly will be happy…"
    if subjects or (first is verb and verb.tag_ not in ("VBD", "VBZ", "VBP")) or first.i == 0:
        return subjects
    before = verb.doc[first.i - 1]
    if before.pos_ == "ADV" and before.i > 0 and not before.ent_type_ and not before.text[:1].isupper():
        before = verb.doc[before.i - 1]  # "Olly often hides"
    if before.text == ")" and before.i >= 3 and verb.doc[before.i - 2].text == "(" and verb.doc[before.i - 1].like_num:
        before = verb.doc[before.i - 3]  # "On Mondays Blessing (6) falls asleep": the age set after the name
    if before.text[:1].isupper() and before.dep_ in ("advmod", "npadvmod", "compound", "pobj", "dep", "nmod", "amod") \
            and analysis.is_name(before):
        return [before]
    return []


def addressed_child(ctx: Context, *, anywhere: bool = False) -> bool:
    """Is the statement written to the child, so that "you" is the child, not a parent? One reading
    for the parts and the wording rules, at two strengths:

    - default (the parts): a goal whose first sentence opens with the only child named, in at
      most four words before a comma or colon ("Ellie, you will tell Mum if anyone online asks…");
      "Dean, you will walk Ruby to school" is spoken to an adult, as another child is named.
    - ``anywhere=True`` (SOS306, child_blame): any sentence of any statement that opens with a
      name no adult has, then a comma ("Kacey, the goal is that you…", "Tiago, as a young person
      you…"): the people reading may not see "Ruby" as a child's name when nothing else is said."""
    def compute():
        if anywhere:
            doc = ctx.doc
            return any(s[0].i + 1 < len(doc) and doc[s[0].i + 1].text == "," and analysis.is_name(s[0])
                       and s[0].i not in analysis.adult_tokens(ctx) for s in doc.sents)
        if ctx.kind != "goal" or not ctx.sentences:
            return False
        children, adults = analysis.child_tokens(ctx), analysis.adult_tokens(ctx)
        opening = opening_before_comma(ctx.sentences[0])
        if opening is None:
            return False
        if not opening or len(opening) > 4 or any(t.i in adults or t.lower_ in ("mum", "dad", "you", "we")
                                                  or not (t.i in children or t.pos_ == "PROPN") for t in opening):
            return False
        # "Dean, you will walk Ruby to school": a goal is about a child, so when another child is
        # named, the person spoken to is the adult the people reading took for a child.
        named = analysis.people(ctx).children
        spoken_to = [p for p in named if any(i in {t.i for t in opening} for i in p.tokens)]
        return len(spoken_to) == 1 and len(named) == 1
    return ctx.memo("words:addressed_child" if anywhere else "addressed_child", compute)


def cataphoric_child(ctx: Context, pronoun):
    """"Since she went missing from her placement, Dawn has been self-harming": a pronoun in a
    clause put before the one it hangs on stands for that clause's subject when that is the child,
    whoever was named in the sentence before. The child's word, or None."""
    if pronoun.lower_ not in ("he", "she", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i:
        return None
    main = clause.head
    subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i]
    children = analysis.child_tokens(ctx)
    if not subjects:  # "Since he ran away on 3 June, Theo (14) has…": the model hung the name on the date
        subjects = [t for t in pronoun.doc[pronoun.i + 1: main.i]
                    if t.i in children and t.dep_ in ("appos", "npadvmod")]
    return subjects[0] if subjects and subjects[0].i in children else None


def _word_set(key: str) -> set:
    """The words listed under one key of rules/parts.toml, as a set."""
    return set(_parts_words().get(key, []))


def opening_before_comma(sentence) -> list | None:
    """The words of a sentence before its first comma or colon ("Dove, you and baby Arlo…": [Dove]),
    or None when it has neither: how a goal opens by naming the one it speaks to."""
    opening = []
    for t in sentence:
        if t.text in (",", ":"):
            return opening
        opening.append(t)
    return None
