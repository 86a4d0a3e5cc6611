"""Round 12 readings of the adults' acts (issue 11 §5), kept apart from actions.py so the frames
are easy to find: a goal graded by a standard ("adequately provide", "suitable accommodation"), a
goal of keeping to a service or a view ("accept the medical opinion"), what follows a verb of
stopping ("stop seeking"), a clause about which choices are made ("better decisions about who he
spends time with"), a worry's label in verb clothes ("poses a risk", "lost control of her",
"cannot see how her choices affect Rowan"), and a child left or found alone while an adult was
elsewhere ("Will was found on his own while Mum was at the pub")."""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _parts_words


def _words(key: str) -> set:
    return set(_parts_words().get(key, []))


def graded_by_a_standard(verb, children: set) -> bool:
    """"adequately provide for the children", "supervise them appropriately", "keep the home to a
    reasonable standard", "put appropriate arrangements in place", "make better choices": the verb
    or what it is about is graded by a standard, with nothing anyone could see named. A clause with
    the child as its receiver and a meal made ("make Ava a proper breakfast") is left alone."""
    standards = _words("vague_standards")
    choices = _words("vague_choices")
    heads = [verb]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        heads.append(verb.head)  # "adequately feed and clothe them": the grade is on the first verb
    for head in heads:
        if any(c.dep_ == "advmod" and c.lower_ in standards for c in head.children):
            return True
    things = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    things += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for thing in things:
        if thing.lemma_.lower() in choices or thing.lower_ in choices:
            return True
        if any(c.dep_ in ("amod", "compound", "conj") and c.lower_ in standards for c in thing.children):
            return True
        if any(t.dep_ == "amod" and t.lower_ in standards and t.head.lemma_.lower() in choices
               for t in thing.subtree):
            return True  # "to a reasonable standard of hygiene"
    return False


def keeps_to_a_service(verb) -> bool:
    """"accept the medical opinion", "register the children with a GP", "secure a tenancy",
    "manage their finances", "seek support": keeping to a service or a view."""
    return verb.lemma_.lower() in _words("goal_compliance")


def after_stopping(verb) -> bool:
    """"stop seeking medical tests", "give up going out at night", "avoid seeing his old friends":
    what follows a verb of stopping is not done. "keep clean from cannabis", "stay off the drink",
    "remain sober": keeping off, said as a state."""
    head = verb.head
    if verb.dep_ in ("xcomp", "pcomp") and head.i != verb.i and head.lemma_.lower() in _words("abstaining") \
            and not any(t.lower_ == "instead" for t in verb.sent):
        return True  # "stop checking your phone … and ask you instead": the swap names the act
    states = _words("abstaining_states")
    if verb.lemma_.lower() in ("keep", "stay", "remain", "be", "get") and any(
            c.dep_ in ("acomp", "advmod", "prt", "prep", "oprd") and c.lower_ in states for c in verb.children) \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    return False


def starts_a_clause(verb) -> bool:
    """"start making better decisions", "begin to", "try to": the verb of starting is no act; the
    clause after it is judged on its own."""
    return verb.lemma_.lower() in ("start", "begin", "try", "attempt") and any(
        c.dep_ in ("xcomp",) for c in verb.children)


def about_a_topic(verb) -> bool:
    """"make better choices about the men you bring home", "decisions about who he spends time with":
    a clause inside "about" is the topic of something else, not an act."""
    node = verb
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in ("about", "regarding", "concerning"):
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT",):
            return False
    return False


def a_judgement_verb(verb) -> bool:
    """"poses a risk to the children", "has lost control of her", "lacks insight", "has no
    understanding of", "shows no remorse": a label or a judgement of the adult said as a verb and
    its object. "lost her temper" is left alone."""
    if verb.dep_ in ("advcl", "xcomp", "ccomp") and verb.head.lemma_.lower() in ("present", "appear", "seem") and any(
            c.lower_ == "as" for c in verb.children):
        return True  # "Mother is presenting as traumatised": how she seemed, a label
    if verb.lemma_.lower() not in _words("judgement_verbs"):
        return False
    objects = _words("judgement_objects")
    return any(c.dep_ in ("dobj", "attr") and (c.lemma_.lower() in objects or c.lower_ in objects)
               for c in verb.children)


def lacks_insight(verb) -> bool:
    """"cannot see how her choices affect Rowan", "does not understand why it matters", "is unable to
    recognise the risk": the adult's insight judged, not an act."""
    if verb.lemma_.lower() not in _words("insight_verbs"):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and any(c.dep_ == "acomp" and c.lower_ == "unable" for c in verb.head.children)) or (
        verb.head.lower_ == "unable")
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _words("judgement_objects") or c.lemma_.lower() in
                              ("impact", "effect", "harm", "concern", "concerns", "danger", "need", "needs"))
        for c in verb.children)
    return negated and clause


_LEFT = {"find", "leave", "lock", "see", "hear", "discover"}
_WHILE = {"while", "whilst", "when"}


def left_while_away(ctx: Context, adults: set, children: set) -> list:
    """"Will (3) was found on his own in the flat while Mum was at the pub", "the children were left
    in the car while Dad was inside", "were locked in their room all day while Mum slept": the deed
    told by its result, in the passive, with the adult who was elsewhere named in the while-clause."""
    found = []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LEFT or not any(
                c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or not (subject.i in children or analysis.pronoun_is_child(ctx, subject)
                                   or subject.lemma_.lower() in ("child", "children", "baby", "boy", "girl")):
            continue
        for clause in (c for c in verb.subtree if c.dep_ == "advcl" and c.i > verb.i):
            if not any(m.dep_ == "mark" and m.lower_ in _WHILE for m in clause.children):
                continue
            away = next((c for c in clause.children if c.dep_ == "nsubj" and c.i in adults), None)
            if away is not None:
                found.append(analysis.Action(away, verb, False))
                break
    return found


_PICTURES = {"photo", "photos", "photograph", "photographs", "picture", "pictures", "video", "videos", "note",
             "notes"}


def takes_pictures(verb) -> bool:
    """"take photos with you to show the change", "take pictures of the kitchen", "take notes": a
    record made, as "photograph" or "write down" is."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and (c.lower_ in _PICTURES or c.lemma_.lower() in _PICTURES) for c in verb.children)


def the_other_adult_acts(verb, subject) -> bool:
    """"Cliff, you will walk away… Mum will tell the social worker if you smack Summer": a parent
    who finds out that "you" did something is not the "you" the goal speaks to, so is someone else
    who will know."""
    if subject.lower_ == "you":
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "when", "whenever")
                                         for m in c.children)
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "you" for s in c.children)
               for c in (*verb.children, *(g for k in verb.children if k.dep_ in ("ccomp", "xcomp")
                                           for g in k.children)))


def negated_here(verb) -> bool:
    """"Police will not need to be called": a check that is said not to happen."""
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i
        and any(c.dep_ == "neg" for c in verb.head.children))


def a_visitor_not_the_child(ctx: Context, subject, verb, children: set) -> bool:
    """"Esther will visit every fortnight and take photos with you": a name the people reading took
    for a child, when another child is the one the goal is about and this one visits the home, is
    an adult from outside (a child does not visit the home they live in)."""
    names = [ctx.doc[i].text for i in children if ctx.doc[i].pos_ == "PROPN"]
    others = {n for n in names if n != subject.text}
    if not others or names.count(subject.text) >= max(names.count(n) for n in others):
        return False
    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(v.lemma_.lower() == "visit" and v.pos_ == "VERB" for v in verbs)


def until_misread(ctx: Context, mark, named: set):
    """"until June starts solid food": the model read the child's name as a month after "until"
    and the verb after it as a clause of its own; the verb after the name is the until-clause."""
    if mark.dep_ != "prep" or mark.i + 2 >= len(ctx.doc):
        return None
    name, verb = ctx.doc[mark.i + 1], ctx.doc[mark.i + 2]
    if name.lower_ in named and verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBP", "MD"):
        return verb if verb.pos_ == "VERB" else verb.head
    return None


_PASSING = {"calm", "settle", "cool", "wake", "leave", "go", "come", "get", "arrive", "return", "finish", "eat",
            "stop", "rest", "fall", "drop", "dry", "recover", "relax", "cry", "play", "bath", "wash"}


def a_milestone(ctx: Context, clause, named: set) -> bool:
    """"until the baby is walking", "until Leo can swim", "until Ivy is sleeping through", "until
    June starts on solid food": a stage the child reaches ends a stretch of months, unlike a moment
    in the day ("until he is sleeping", "until she can calm down", "until he goes in")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.lower_ in named or subject.lemma_.lower() in ("baby", "child", "toddler")):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "sleep":
        return any(c.lower_ == "through" for c in clause.children)  # "sleeping through" the night
    if lemma in _PASSING:
        return False
    progressive = clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children)
    able = any(c.dep_ == "aux" and c.lower_ in ("can",) for c in clause.children)
    food = lemma in ("start", "begin", "move") and any(t.lemma_.lower() in ("food", "solid", "solids", "nursery",
                                                                            "school", "weaning")
                                                       for t in clause.subtree)
    return progressive or able or food


def elliptical_if_not(ctx: Context, mark):
    """"If it doesn't, Will may need to stay with Nanna Sue": the model often hangs "if" on the main
    verb when the clause is only "it doesn't"; read on the words: "if" + it/this/you/they + do + not
    + comma is the goal not happening, and what follows in the sentence is what happens then."""
    doc = ctx.doc
    if mark.lower_ != "if" or mark.i + 4 >= len(doc):
        return None
    who, do, neg, comma = doc[mark.i + 1], doc[mark.i + 2], doc[mark.i + 3], doc[mark.i + 4]
    if who.lower_ in ("it", "this", "that", "you", "they", "he", "she", "we") and do.lemma_.lower() == "do" \
            and neg.dep_ == "neg" and comma.text == "," and comma.i + 1 < mark.sent.end:
        return doc[mark.i: mark.sent.end]
    return None


def nothing_follows(ctx: Context, said, musing: set, consequences: set) -> bool:
    """"If you do not, the social worker will consider next steps", "If you don't, Jade will be at
    risk": what follows names nothing that would happen (a professional musing, or only vague harm)."""
    comma = next(t for t in said if t.text == ",")
    rest = [t for t in said if t.i > comma.i and not t.is_punct]
    lemmas = {t.lemma_.lower() for t in rest}
    if lemmas & musing and not lemmas & consequences:
        return True
    children = analysis.child_tokens(ctx)
    vague = _words("vague_harm") | {"will", "may", "might", "could", "would", "be", "at", "risk", "not"}
    return all(t.i in children or t.lemma_.lower() in vague or t.lower_ in vague for t in rest)


def _act_verbs(ctx: Context) -> set:
    from .actions import adult_actions

    return {a.verb.i for a in adult_actions(ctx)}


def a_fronted_time(ctx: Context, when) -> bool:
    """"because on most days this term Dad has sent Brook to school with no coat": a time set before
    the clause of an adult's act, which the model often hangs on the clause before ("is worried").
    The words after the time, past any more time words and commas, are the subject of the act."""
    acts = _act_verbs(ctx)
    i = when.end
    doc = ctx.doc
    while i < len(doc) and doc[i].sent.start == when.sent.start and (
            doc[i].ent_type_ in ("DATE", "TIME") or doc[i].text == ","
            or doc[i].lower_ in ("this", "last", "term", "week", "month", "year")):  # not "that": "told … on Monday that Dad…"
        i += 1
    if i >= len(doc) or doc[i].sent.start != when.sent.start:
        return False
    subject = doc[i]
    if subject.dep_ not in ("nsubj", "nsubjpass", "compound", "poss"):
        return False
    head = subject
    while head.dep_ in ("compound", "poss") and head.head.i != head.i:
        head = head.head
    return head.head.i in acts and head.head.i > head.i


_CHILDHOOD_TOLD = {"tell", "say", "disclose", "report", "explain", "allege", "mention", "inform", "share", "state"}


def since_a_day(ctx: Context, when, professional) -> bool:
    """"Since June came home from hospital on 2 October she has put on only 80 grams", "has gone
    missing nine times since 1 May": a day named as the start of a stretch in which the harm has gone
    on. Not a professional's doings since then ("Since 3 May the social worker has visited four
    times"), nor concerns raised since, nor what the child told."""
    doc = ctx.doc
    before = doc[when.start - 1] if when.start else None
    verb = when.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    marked = before is not None and before.lower_ == "since"
    if not marked and not any(t.lower_ == "since" and t.dep_ in ("mark", "prep") for t in doc[verb.left_edge.i: when.start]):
        return False  # "Since June came home … on 2 October": the model may read "Since June" as a date
    clauses = [verb] + ([verb.head] if not marked and verb.dep_ == "advcl" and verb.head.i != verb.i else [])
    for clause in clauses:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.lemma_.lower() in _CHILDHOOD_TOLD or any(
                s.lemma_.lower() in ("concern", "worry", "referral", "report") or s.pos_ != "PRON" and professional(ctx, s)
                for s in subjects):
            return False
    # Only a stretch that began when the child came (back) into the carers' care: "Since Ava came home
    # on 3 March she has gained 50 grams". The child's own history ("Since she ran away on 3 June",
    # "missing three times since Christmas") dates the child's doings, not the adults' (round 7 tests).
    if marked:
        return False
    return any(c.lemma_.lower() in ("come", "return", "go", "move") and any(
        g.lower_ in ("home", "back") for g in c.subtree) for c in clauses[:1])


def taken_to_it(ctx: Context, verb) -> bool:
    """"Adam's uncle took him to meetings at a flat on Saturday nights": an adult taking the child to
    gatherings is the adult's act, whatever the gatherings are called; a professionals' meeting is
    one the adult goes to, not one the child is taken to."""
    if verb.lemma_.lower() not in ("take", "bring", "drive", "send") or any(c.dep_ == "neg" for c in verb.children):
        return False
    children = analysis.child_tokens(ctx)
    if not any(c.dep_ == "dobj" and (c.i in children or analysis.pronoun_is_child(ctx, c)) for c in verb.children):
        return False
    # "took Ezra to his weight checks": the child's own appointment, a service.
    return not any(t.dep_ == "poss" for p in verb.children if p.dep_ == "prep" for g in p.children for t in g.children)
