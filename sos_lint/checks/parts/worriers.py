"""Round 36 (r36a): who is worried, said by a verb of belief, fear, wanting or asking.

The practice model's "who is worried" is the people who hold the worry, professionals or family
members, named or by role. Writers say it in many ways besides "X is worried": "the health visitor
and Nan believe that …", "Rosie's key worker and her grandad are frightened by …", "the school nurse
and Aunt Carol both want Mum and Dad to understand …", "Mr Patel thinks that …", "Leo's youth worker
has asked to meet Mum and Dad …", "… fear for Ayesha". Each is a person who is not the family's
parent nor the child, as the subject of a verb of stance (concern, belief, fear, wanting, asking),
anywhere in the worry.

Not a holder of the worry (near misses):
- a parent or a parent's partner ("Mum believes Ellie fell", "Dad thinks the school is fussing",
  "Mum's partner Dean thinks Ellie is lying"): the family's view, not the worry;
- the child ("Ellie is frightened by the shouting", "Ellie wants to live with Nan"): impact;
- a verb said with "not" ("The GP does not think …"), inside "if"/"unless", or in quoted words;
- a pronoun ("we think", "they believe", "she wants"): no one the family could name;
- asking a question ("The social worker asked Mum where Ellie was"): the verb of asking counts only
  with what is asked for ("asked to meet Mum", "asked Mum to stop …");
- an organisation ("the school believes"): SOS502's to say, and read as before.
"""
from __future__ import annotations

from ...metrics import span_in_quotes
from .. import analysis
from ..base import Context

# Verbs of belief or fear that take what is believed or feared as a clause ("believe that …").
_BELIEVING = {"believe", "think", "fear", "suspect", "dread"}
# Verbs of wanting or asking that take what is wanted as a clause or a "to" clause.
_WANTING = {"want", "ask", "urge", "beg"}
# Words of fear said of the holder ("are frightened by …", "are scared for …", "are afraid that …").
_FEARFUL = {"frightened", "scared", "afraid", "fearful", "alarmed", "anxious", "terrified"}
_FEAR_PREPOSITIONS = {"by", "for", "about", "of"}
# The family's own parents and their partners: their view is not the worry.
_PARENTS = {"mum", "dad", "mother", "father", "parent", "parents", "mam", "mummy", "daddy", "mom", "mama", "papa",
            "mammy", "stepdad", "stepmum", "stepfather", "stepmother", "step-dad", "step-mum", "partner",
            "ex-partner", "boyfriend", "girlfriend", "husband", "wife", "carer", "carers"}


def _roles() -> set:
    """Words that name a worker or a relative who is not the parent ("the health visitor", "Nan",
    "her uncle", "Dr", "PC")."""
    words = analysis.people_words()
    kin = set(words["grandparents"]) | {"aunt", "auntie", "aunty", "uncle", "godmother", "godfather", "neighbour",
                                        "great-nan", "great-grandmother"}
    jobs = set(words["professionals"]) | set(words["adult_jobs"]) | set(words["titles"])
    jobs |= {"constable", "sergeant", "detective", "inspector", "officer"}
    return (jobs | kin) - _PARENTS - {"i", "we", "everyone", "everybody", "school", "nursery", "college",
                                      "hospital", "police"}


def _a_parent(token) -> bool:
    return token.lower_ in _PARENTS or token.lemma_.lower() in _PARENTS


def _beside(token) -> list:
    """The words set beside a name or role by the parse: its compounds, appositions, and the role an
    apposition stands beside ("Mrs Okoro" in "Amir's teacher, Mrs Okoro")."""
    near = [c for c in token.children if c.dep_ in ("compound", "appos")]
    if token.dep_ == "appos":
        near.append(token.head)
    return near


def _a_holder(ctx: Context, token) -> bool:
    """A professional or a relative who is not the parent, named or by role; not the child, not a
    parent, not a pronoun, not an organisation."""
    if token.pos_ == "PRON" or token.i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, token):
        return False
    if token.lemma_.lower() in analysis.people_words()["children"]:
        return False
    near = _beside(token)
    if _a_parent(token) or any(_a_parent(t) for t in near):
        return False  # "Mum's partner Dean", "His mum, Lorraine,"
    roles = _roles()
    if token.lemma_.lower() in roles or token.lower_ in roles:
        return True
    if token.lemma_.lower() in analysis.people_words()["same_generation"] and any(
            c.dep_ == "poss" and (_a_parent(c) or c.lemma_.lower() in roles) for c in token.children):
        return True  # "Mum's sister, Clover,": a parent's sister or brother is an adult relative
    if token.pos_ != "PROPN":
        return False
    if any(t.lemma_.lower() in roles or t.lower_ in roles for t in near):
        return True
    # "Rhiannon Price, the Missing from Home worker at Tidewell Council": the role inside the apposition
    return any(g.pos_ == "NOUN" and (g.lemma_.lower() in roles or g.lower_ in roles) and not _a_parent(g)
               for c in token.children if c.dep_ == "appos" for g in c.subtree)


def _with_conjuncts(tokens) -> list:
    """The people joined to each by "and", also through an apposition ("Mum's sister, Clover, and
    Emma Kowalczyk")."""
    found = []
    for t in tokens:
        found.append(t)
        joined = {t.i}
        for c in t.subtree:
            if c.dep_ == "appos" and c.head.i in joined:
                joined.add(c.i)
            elif c.dep_ == "conj" and c.head.i in joined:
                joined.add(c.i)
                found.append(c)
    return found


def _first_holder(ctx: Context, verb):
    """The first of the verb's holders who may hold a worry, or None where there is none or a child
    holds it (the one worried about is no worrier)."""
    holders = _holders(verb)
    if not holders or any(h.i in analysis.child_tokens(ctx) for h in holders):
        return None
    return next((h for h in holders if _a_holder(ctx, h)), None)


def _holders(verb) -> list:
    """The subjects of the verb, with their conjuncts; a verb joined to an earlier one shares its
    subject ("have noticed the bruises and fear that …")."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(c.lower_ in ("both", "all") for c in subjects):
            # "Police Constable Amber Holt and Ifeoma Adeyemi, …, both want …": the names before "both"
            subjects = [c for c in node.children if c.dep_ in ("dep", "npadvmod", "nsubj") and c.i < subjects[0].i
                        and c.pos_ in ("PROPN", "NOUN")] or subjects
        if node.dep_ == "conj" and node.head.pos_ in ("PROPN", "NOUN") and node.head.i < node.i:
            # "Priya Shah, the health visitor, and Nan believe …" parsed with the first name as the
            # root and the verb joined to it: the name is a subject too
            subjects = [node.head] + subjects
        if subjects:
            return _with_conjuncts(subjects)
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    return []


def _excluded(ctx: Context, verb) -> bool:
    """Said with "not", inside "if"/"unless", or in quoted words."""
    if span_in_quotes(ctx.doc, verb.idx):
        return True
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return True
    return False


def _stance(verb) -> bool:
    """A verb of belief, fear, wanting or asking, with what is believed, feared or wanted."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in _BELIEVING:
        # "believe that …", "think older boys are …", "fear for Ayesha"
        return any(c.dep_ == "ccomp" for c in verb.children) or lemma in ("fear", "dread") and any(
            c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "dobj" for c in verb.children)
    if lemma in _WANTING:
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        # "asked Mum where Ellie was": a question, not a request
        return bool(clauses) and not any(
            g.tag_ in ("WRB", "WP", "WDT") or g.lower_ in ("whether", "if") for c in clauses for g in c.children
            if g.i < c.i)
    return False


def _fearful(token) -> bool:
    """"are frightened by what Rosie has said", "are scared for Kai", "are afraid that …"."""
    if token.lower_ not in _FEARFUL:
        return False
    if token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children):
        # "are frightened by what Rosie has started to say", parsed as a passive verb
        return any(c.dep_ == "prep" and c.lower_ in _FEAR_PREPOSITIONS or c.dep_ == "ccomp" for c in token.children)
    if token.dep_ != "acomp":
        return False
    return any(c.dep_ == "prep" and c.lower_ in _FEAR_PREPOSITIONS or c.dep_ == "ccomp" for c in token.children) \
        or any(c.dep_ == "ccomp" and c.i > token.i for c in token.head.children)


_WORRY_WORDS = {"worried", "concerned", "frightened", "scared", "afraid"}
# Words for a group that say no more than how many hold the worry ("Three of us", "Two people").
_GROUPS = {"people", "those", "ones", "one", "adults", "we", "us", "both", "all"}


def _group(token) -> bool:
    return token.lower_ in _GROUPS or token.pos_ == "NUM" or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("us", "them") for g in c.children)
        for c in token.children)


def held_in_a_list(ctx: Context):
    """The holders named after the worry itself: "The people worried about Nasir and Ruby are Ms
    Cartwright, their dad's probation officer, and Kimberley, their social worker"; "Three of us are
    worried about Skye and Jet: their nan, Skye's teacher and me". The group is said first ("the
    people", "three of us") and the people in it after "are" or a colon."""
    for token in ctx.tokens:
        if token.lower_ not in _WORRY_WORDS or span_in_quotes(ctx.doc, token.idx):
            continue
        root = token.sent.root
        before = [t for t in token.sent if t.i < token.i and t.lower_ not in ("who", "are", "is")]
        if before and before[-1].lower_ in _GROUPS and root.lemma_ == "be" and root.i > token.i:
            # "The people worried about … are …" (the parse may hang "worried" on the noun or on "are")
            named = _with_conjuncts([c for c in root.children if c.dep_ == "attr" and c.i > token.i])
            found = [t for t in named if _a_holder(ctx, t)]
            if found:
                return found[0]
        if token.dep_ == "acomp":
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or not all(_group(s) for s in subjects):
                continue
            colon = next((t for t in token.sent if t.i > token.i and ":" in t.text and t.pos_ == "PUNCT"), None)
            if colon is None:
                continue
            found = [t for t in token.sent if t.i > colon.i and _a_holder(ctx, t)]
            if found:
                return found[0]
    return None


# Verbs by which a thing worries someone ("The way Dad speaks to Tariq has upset his teacher").
_TROUBLING = {"upset", "frighten", "scare", "alarm", "trouble", "distress", "worry", "concern", "shock"}


def held_as_object(ctx: Context):
    """"The way Dad speaks to Tariq has upset his teacher, Mrs Osei, and the learning mentor": what
    happened troubles the holder, said as the object of a verb of upset, fear or worry whose subject
    is a thing or a clause, not a person ("Dad frightened the health visitor" is what Dad did)."""
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _TROUBLING or verb.pos_ != "VERB" or _excluded(ctx, verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if not subjects or any(c.dep_ == "nsubj" and (analysis.is_person(c) or c.pos_ in ("PROPN", "PRON"))
                               for c in subjects):
            continue
        objects = _with_conjuncts([c for c in verb.children if c.dep_ == "dobj"])
        found = [o for o in objects if _a_holder(ctx, o)]
        if found:
            return found[0]
    return None


def held_by_stance(ctx: Context):
    """The first holder of the worry said by a verb of stance (see the module's note), or None."""
    def compute():
        listed = held_in_a_list(ctx)
        if listed is not None:
            return listed
        troubled = held_as_object(ctx)
        if troubled is not None:
            return troubled
        held = held_as_a_worry(ctx)  # round 40 (r40e): "have a worry about", "both worry about"
        if held is not None:
            return held
        for token in ctx.tokens:
            if _stance(token):
                verb = token
            elif _fearful(token):
                verb = token if token.pos_ == "VERB" else token.head
            else:
                continue
            if _excluded(ctx, verb) or _excluded(ctx, token):
                continue
            holder = _first_holder(ctx, verb)
            if holder is not None:
                return holder
        return None
    return ctx.memo("worriers:held_by_stance", compute)


# Round 40 (r40e; open parts sets 20-38, who marked present but shown missing): the writer, who
# says by role who they are, is who is worried: "I am the CAMHS nurse working with Hazel", "As
# Xander's class teacher I have noticed …", "Speaking as Mr Bright's probation officer, I want to set
# out our worry", "I, Reggie's youth worker, …". A bare "I" ("I am worried about Blue") names nobody
# the family could ask, and stays as it was; so does a role the writer is not ("I am worried as
# Mum's friend" says no worker, "As the social worker said, Ava …" is someone else).
def _a_role(ctx: Context, token) -> bool:
    """A worker or a relative (not the parent, not the child) named by role: the role word itself or
    a name with a role beside it (_a_holder)."""
    return token.pos_ in ("NOUN", "PROPN") and _a_holder(ctx, token)


def writer_by_role(ctx: Context):
    """The role by which the writer ("I") introduces themselves, or None."""
    def compute():
        for token in ctx.tokens:
            if token.lower_ != "i" or token.dep_ not in ("nsubj", "nsubjpass") or span_in_quotes(ctx.doc, token.idx):
                continue
            verb = token.head
            # "I am Tuesday's health visitor", "I'm the CAMHS clinician working with Hazel"
            if verb.lemma_ == "be":
                found = [c for c in verb.children if c.dep_ == "attr" and _a_role(ctx, c)]
                if found and not any(c.dep_ == "neg" for c in verb.children):
                    return found[0]
            # "I, Reggie's youth worker, …"
            found = [c for c in token.children if c.dep_ == "appos" and _a_role(ctx, c)]
            if found:
                return found[0]
            # "As Xander's class teacher, I …", "Speaking as his probation officer, I …": "as" + a role
            # on the verb whose subject is "I", or on a participle opening its clause.
            nodes = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < token.i]
            if verb.dep_ == "conj" and verb.head.i < token.i and verb.head.tag_ == "VBG":
                nodes.append(verb.head)  # "Speaking as …, and with …, I want …": the parse joins the two
            for node in nodes:
                for prep in ([node] if node.lower_ == "as" else [c for c in node.children if c.lower_ == "as"]):
                    if prep.dep_ not in ("prep", "mark") or prep.i > token.i:
                        continue
                    found = [g for g in prep.children if g.dep_ == "pobj" and _a_role(ctx, g)]
                    if found:
                        return found[0]
        return None
    return ctx.memo("worriers:writer_by_role", compute)


# Round 40 (r40e): the worry held as a verb or a noun with what it is about: "DC Varga and Leanne
# from children's social care have a worry about Maisie", "Police and the school share a worry
# about Sunny", "Nana Pearl and the early help worker both worry about the kitchen". The holders are
# read as a stance's are (_holders, _a_holder): not a parent, not the child, not a pronoun.
_HOLDING_A_WORRY = {"have", "share", "hold", "raise", "voice"}


def held_as_a_worry(ctx: Context):
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if lemma not in ("worry", "concern") or span_in_quotes(ctx.doc, token.idx):
            continue
        about = any(c.dep_ == "prep" and c.lower_ in ("about", "for", "over") for c in token.children)
        if token.pos_ == "VERB" and about:
            verb = token
        elif token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _HOLDING_A_WORRY \
                and (about or any(c.dep_ == "prep" and c.lower_ in ("about", "for") for c in token.head.children)
                     or _a_worry_said_before(token)):
            verb = token.head
        else:
            continue
        if _excluded(ctx, verb):
            continue
        holder = _first_holder(ctx, verb)
        if holder is not None:
            return holder
    return None


def _a_worry_said_before(noun) -> bool:
    """Round 41 (r41e): "… and Obi shares that worry", "I share her concern": a worry shared that
    points back to one already said ("that", "this", "the", an owner), so what it is about was said."""
    return noun.head.lemma_.lower() == "share" and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("that", "this", "the", "these", "those", "her", "his", "their", "my")
        for c in noun.children)


def writer_by_heading(ctx: Context):
    """Round 41 (r41e): a statement signed at its head, before a colon, by a person or a role ("PC
    Amy Lowe, Westmarsh Police: I attended…", "School DSL, Greenbank Academy: Oliwia…"): the heading
    names the writer. Not a heading that is a service or a note of an event ("From CAMHS:", "HV
    12/03:", "Home visit 14/11:", "ED referral:", "Probation (OM):")."""
    doc = ctx.doc
    colon = next((t for t in doc[:14] if t.text == ":"), None)
    if colon is None or colon.i < 1:
        return None
    head = doc[: colon.i]
    if head[0].lower_ in ("from", "re", "subject") or any(t.ent_type_ in ("DATE", "TIME") or t.like_num
                                                           or t.lemma_.lower() in _A_NOTE for t in head):
        return None
    if any(t.lemma_.lower() in ("worry", "concern", "worried", "concerned") for t in head):
        return None  # "Early help worker concerned re:": the note's own worry, read elsewhere
    return next((t for t in head if t.pos_ in ("NOUN", "PROPN") and _a_holder(ctx, t)), None)


# What a heading names when it is a note of an event or a document, not its writer.
_A_NOTE = {"visit", "referral", "report", "update", "summary", "note", "notes", "call", "meeting", "contact",
           "incident", "strategy", "assessment", "plan", "review", "placement", "case"}


def we_named_before(ctx: Context, we):
    """Round 41 (r41e): "Tom Harker, the children's social worker, and Nell Ashby from the housing
    association know that … We are worried because …": a "we" after a sentence whose subjects are
    workers or relatives (not the parents) are those people. The nearest such sentence before it."""
    sentences = [s for s in ctx.doc.sents if s.end <= we.sent.start]
    for sentence in reversed(sentences):
        for holder in _holders(sentence.root) if sentence.root.pos_ in ("VERB", "AUX") else []:
            if _a_holder(ctx, holder):
                return holder
    return None
