"""Round 24 (words24): word faults still missed on fresh statements, read as classes on the parse.

Victim blaming (SOS306):
- the person harmed set the task of parting from the one who harms them: a harmed child or a
  mother an adult hurts as the subject of a task to end, stop, cease or leave a relationship or
  contact, to stop seeing someone, or to disengage from people or activity ("Harmony to end her
  relationship with her boyfriend", "Fox will disengage from the individuals he owes money to",
  "Sky will stop seeing Kieran"). What the adults will do ("Mum will stop Dean coming to the
  house"), what has already happened ("Mum ended the relationship in May") and a child's own
  friends ("Leo will stop seeing his friends after dark") are left alone;
- the same person set the task of making better "choices" or "decisions" ("Mum will make
  appropriate choices regarding her relationship", "Kai will make protective choices");
- a parent blamed for what an abuser was let do: "continues to allow Father to have contact",
  "allowed the sleepovers to continue", "needs to stop allowing Mr Harper to find out where she
  lives". A parent keeping him out ("will not allow him to see the children", "stopped letting
  him visit") and a child let do ordinary things ("Mum lets Leo play out") are left alone.

Guesses (SOS304):
- a finding said to fit a cause, however worded and wherever it hangs: "marks on his arm
  consistent with a belt", "bruising to both ears, in keeping with a slap", "symptoms indicative
  of neglect". A person "consistent with bedtimes" is praise and is left alone;
- certainty claimed with an empty "it": "It is clear Clementine is frightened", "it is highly
  probable they will come to harm", "it is obvious he has been drinking". "It is not clear
  whether..." is honest doubt and is left alone.

Labels (SOS301):
- an adult's health named as a thing: a condition owned by an adult ("Mother's illness should not
  impact on the children", "Dad will manage his PTSD symptoms") or told in the file's words ("has
  a diagnosis of ME/CFS", "who has a long history of chronic pain"). What the adult does about it
  ("takes tablets for her illness"), a child's own condition, the adult's own account ("told the
  GP she is frightened of passing her illness on") and a plain "Mum has a learning disability and
  has told us..." (what it means said in the same breath, in the good sets) are left alone.

Judgement (SOS305):
- a parent's omission written as their choice, a verdict on their mind nobody can see: "is
  choosing to turn a blind eye", "chose to ignore it", "choose not to act on advice". What an
  abuser chose to do ("Dad chose to hit Mum": accountability) and a parent's choice not to do a
  harm ("Mum chose not to drink") are left alone.
"""
from __future__ import annotations

from . import analysis, child_blame, verdicts
from .base import Context
from .word_context import child_names, is_child, quoted

# ---- victim blaming: parting as the harmed person's task ----
_PARTING = {"end", "leave", "stop", "cease", "disengage", "break", "cut", "sever", "finish", "distance", "withdraw"}
_BONDS = {"relationship", "relationships", "contact", "ties", "tie", "friendship", "friendships", "association",
          "associations", "involvement", "link", "links", "communication", "connection", "connections"}
_MEETING = {"see", "meet", "contact", "message", "text", "visit", "talk", "speak", "chat", "go", "hang", "associate",
            "mix", "spend"}
_THEM = {"him", "them", "men", "males", "male", "man", "adults", "adult", "individuals", "individual", "people",
         "group", "groups", "gang", "gangs", "boyfriend", "partner", "ex-partner", "abuser", "abusers", "exploiters",
         "dealers", "associates", "nominals", "peers", "boys", "girls"}
_FRIENDLY = {"friend", "friends", "family", "sister", "brother", "siblings", "classmates", "school"}
_MOTHER = {"mum", "mummy", "mother", "mam", "mom", "ms", "mrs", "miss", "she", "you"}
_OBLIGING = {"need", "must", "should", "have", "ought", "expect", "require", "ask"}


def _subject(verb):
    found = analysis.subject_of(verb, through=("xcomp", "conj", "ccomp", "advcl"))
    if found is None:
        from . import words27  # round 27: "Mum to safeguard the children by ending her relationship"
        found = words27.doer_of_means_or_to_form(verb)
    return found


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def obliged(verb, depth: int = 3, also: frozenset = frozenset()) -> bool:
    """The verb (or one of its `depth` heads) is under "needs to", "has to", "is expected to",
    "must" or "should" (`also`: more verbs that set a task, e.g. "agree to")."""
    for word in [verb] + list(verb.ancestors)[:depth]:
        if word.lemma_.lower() in _OBLIGING | also and word.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "xcomp" for c in word.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in word.children):
            return True
    return False


def _a_task(ctx: Context, verb) -> bool:
    """A thing the person is to do: anywhere, under "needs to", "has to", "is expected to",
    "must" or "should"; in a goal, also a plain verb not told in the past ("Mum ended it")."""
    if obliged(verb):
        return True
    if ctx.kind != "goal":
        return False
    return verb.tag_ != "VBD" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _harmed_person(ctx: Context, subject) -> bool:
    """A child where the statement is about harm to a child, or a mother an adult hurts (in a goal
    that gives him no part)."""
    if subject is None or subject.lower_ in verdicts._MALE or subject.lower_ in verdicts.hurters(ctx) \
            or any(c.lower_ == "mr" for c in subject.children):
        return False
    if child_blame._is_the_child(ctx, subject):
        return child_blame._about_harm_to_a_child(ctx) or verdicts.about_domestic_abuse(ctx)
    if not verdicts.about_domestic_abuse(ctx) or (ctx.kind == "goal" and verdicts._abuser_acts(ctx)):
        return False
    return subject.lower_ in _MOTHER or any(c.lower_ in ("ms", "mrs", "miss") for c in subject.children) \
        or (analysis.is_name(subject) and subject.lower_ not in child_names(ctx)
            and subject.i not in analysis.child_tokens(ctx))


def _one_who_harms(ctx: Context, token, subject) -> bool:
    """Someone the person is to part from: a named adult or one who hurts, "him", "the men", "her
    boyfriend", "the individuals". Not the person's own friends or family, nor a child."""
    if token is None or token.i == getattr(subject, "i", -1):
        return False
    lemma, lower = token.lemma_.lower(), token.lower_
    if lower in _FRIENDLY or lemma in _FRIENDLY:
        return False
    if lower in _THEM or lemma in _THEM or lower in verdicts.hurters(ctx):
        return True
    if not analysis.is_name(token) or (subject is not None and lower == subject.lower_):
        return False
    if any(c.lower_ in _FRIENDLY or c.lemma_.lower() in _FRIENDLY for c in token.children) \
            or (token.dep_ == "appos" and token.head.lemma_.lower() in _FRIENDLY):
        return False  # "his brother Sam", "her friend Amy"
    # Another named person the harmed child is to stop seeing ("Sky will stop seeing Kieran"): the
    # people reader counts an unaged name as a child by default, so only an aged name is one.
    return not any(t.like_num for t in token.doc[token.i + 1:token.i + 4] if t.i < len(token.doc)) \
        and lower not in child_names(ctx)


def _exploitation_words(ctx: Context, token) -> bool:
    cues = set(child_blame.settings()["exploitation_context"])
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in token.subtree)


_PREPS = {"disengage": ("from",), "withdraw": ("from",), "distance": ("from",), "break": ("off", "up", "with"),
          "cut": ("off", "with"), "stop": ("with",), "cease": ("with",)}


def _made_to(ctx: Context, verb) -> bool:
    """"The men told her to end it", "made him stop seeing them": what others demanded. Only a
    verb the clause hangs on as its complement counts: in "Mum will make protective choices and
    end her relationship" the "end" is joined to "make" by "and", not made."""
    word = verb
    for _ in range(3):
        if word.dep_ not in ("xcomp", "ccomp") or word.head.i == word.i:
            return False
        word = word.head
        if word.lemma_.lower() in child_blame._TOLD_TO:
            doer = child_blame._subject(word)
            return doer is None or not child_blame._is_the_child(ctx, doer)
    return False


def _targets(verb) -> list:
    """What the person is to part from: the object ("end the relationship", "stop seeing Kieran"),
    or the preposition the verb takes ("disengage from the men", "break up with him"); not "leave
    with him", which is going along, not parting."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    preps = _PREPS.get(verb.lemma_.lower(), ())
    for prep in [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in preps]:
        found += [o for o in prep.children if o.dep_ == "pobj"]
        found += [o for p in prep.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for noun in list(found):
        found += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                  for o in p.children if o.dep_ == "pobj"]
    return found


def parting_task_spans(ctx: Context) -> list:
    """"Harmony to end her relationship with her boyfriend", "Sky will stop seeing Kieran", "Fox
    will disengage from the individuals", "Reece to disengage from county lines activity": the
    harmed person set the task of parting from the people who harm them."""
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _negated(verb):
            continue
        head = verb
        if lemma in _MEETING and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("stop", "cease"):
            head = verb.head  # "stop seeing Kieran"
        elif lemma not in _PARTING:
            continue
        if head is not verb and _negated(head):
            continue
        if head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in _PERMITTING:
            continue  # "not to let Rio leave with him": someone else's say
        subject = _subject(head)
        if not _harmed_person(ctx, subject) or not _a_task(ctx, head) or _made_to(ctx, head):
            continue
        targets = _targets(verb)
        hit = next((t for t in targets if t.lemma_.lower() in _BONDS or t.lower_ in _BONDS
                    or _one_who_harms(ctx, t, subject)
                    or (lemma in ("disengage", "withdraw", "distance") and _exploitation_words(ctx, t))), None)
        if hit is None:
            continue
        if hit.lemma_.lower() in _BONDS and lemma in _MEETING:
            continue
        start = min([c.i for c in head.children if c.dep_ in ("aux",) and c.lower_ not in ("to",) and c.i < head.i]
                    + [head.i])
        span = ctx.doc[start:hit.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_CHOICES = {"choice", "choices", "decision", "decisions"}


def choices_task_spans(ctx: Context) -> list:
    """"Mum will make appropriate choices regarding her relationship", "Kai will make protective
    choices": the harmed person's judgement made the thing that must change. "Mum will make
    healthy food choices" (a kind named) is left alone."""
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in _CHOICES or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "make":
            continue
        verb = noun.head
        quality = next((c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"), None)
        if quality is None or any(c.dep_ == "compound" for c in noun.children) or _negated(verb):
            continue
        if not _harmed_person(ctx, _subject(verb)) or not _a_task(ctx, verb):
            continue
        span = ctx.doc[verb.i:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_PERMITTING = {"allow", "let", "permit"}
_PERMITTERS = _MOTHER | {"parent", "parents", "carer", "carers", "nan", "gran", "grandmother", "nanna", "her"}
_GOING_ON = {"continue", "happen", "carry", "go", "persist", "occur"}


def allowing_harm_spans(ctx: Context) -> list:
    """"continues to allow Father to have contact", "allowed the sleepovers to continue", "needs to
    stop allowing Mr Harper to find out where she lives": where an adult harms, the parent blamed
    for what he was let do."""
    if not (verdicts.about_domestic_abuse(ctx) or child_blame._about_harm_to_a_child(ctx)):
        return []
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _PERMITTING or verb.pos_ != "VERB" or _negated(verb):
            continue
        governor = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
        if governor is not None and governor.lemma_.lower() in ("refuse", "decline", "never"):
            continue
        if governor is not None and governor.lemma_.lower() in ("stop", "cease"):
            if _negated(governor) or not _a_task(ctx, governor):
                continue  # "stopped letting him visit": protecting; "needs to stop allowing": blame
        subject = _subject(verb)
        if subject is None or not (subject.lower_ in _PERMITTERS or subject.lemma_.lower() in _PERMITTERS
                                   or (analysis.is_name(subject) and subject.lower_ not in child_names(ctx)
                                       and subject.lower_ not in verdicts.hurters(ctx))):
            continue
        if child_blame._is_the_child(ctx, subject):
            continue
        done = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
        if done is None:
            continue
        doer = next((c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            or next((c for c in verb.children if c.dep_ == "dobj"), None)
        if doer is None or child_blame._is_the_child(ctx, doer) or doer.i in analysis.child_tokens(ctx):
            continue
        # A bare "him" may be the child ("Mum has let him stay"): only a word for the adult counts,
        # as in _let_back_spans.
        # A professional let in ("will allow the police to search") is no abuser: a family man, named
        # or by role, or one who hurts.
        adult = doer.lower_ in verdicts.hurters(ctx) or doer.pos_ != "PRON" and (
            doer.lower_ in verdicts._MALE or verdicts._is_her_abuser(ctx, doer))
        going_on = done.lemma_.lower() in _GOING_ON and not analysis.is_person(doer)
        if not (adult or going_on):
            continue
        span = ctx.doc[(governor.i if governor is not None and governor.lemma_.lower() in ("stop", "cease", "continue")
                        and governor.i < verb.i else verb.i):done.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# ---- guesses ----
_FITTING = {"consistent", "indicative", "suggestive", "typical", "characteristic", "compatible", "symptomatic"}


# Round 30 (a practice lead's trial): what someone tells of how a thing happened. "An explanation
# consistent with the injury" weighs whether an account fits the finding; it states no cause.
_ACCOUNTS = frozenset(("explanation", "account", "reason", "story", "version", "history", "description"))


def an_account(subject) -> bool:
    """The subject is an account of what happened, or "that"/"which" standing for one ("an
    explanation that is consistent with…")."""
    if subject.lemma_.lower() in _ACCOUNTS:
        return True
    verb = subject.head
    return subject.lower_ in ("that", "which") and verb.dep_ == "relcl" and verb.head.lemma_.lower() in _ACCOUNTS


def fitting_cause_spans(ctx: Context) -> list:
    """"marks on his arm consistent with a belt", "bruising to both ears, in keeping with a slap",
    "symptoms indicative of trauma": a finding said to fit a cause, wherever it hangs, in a worry.
    Said of a person ("Mum has been consistent with bedtimes") it is praise; in a goal ("in keeping
    with what the school has asked") it is a standard to keep, not a finding."""
    if ctx.kind == "goal":
        return []
    found = []
    for word in ctx.tokens:
        lemma = word.lemma_.lower()
        if lemma in _FITTING and word.pos_ == "ADJ":
            prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ in ("with", "of")), None)
            if prep is None:
                continue
            if word.dep_ == "acomp":
                subject = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None or analysis.is_person(subject):
                    continue
                if an_account(subject):
                    continue  # round 30: "Mum's account was consistent with the marks": an account fits
            elif word.dep_ in ("amod", "advcl", "conj") and word.head.lemma_.lower() in _ACCOUNTS:
                continue  # round 30: "no explanation consistent with the injury": whether an account fits, not a guess
            elif word.dep_ in ("amod", "advcl", "conj") or (
                    word.dep_ == "oprd" and word.head.lemma_.lower() not in ("keep", "make", "remain", "stay", "get")):
                if analysis.is_person(word.head) or (word.head.dep_ == "dobj" and word.head.head.lemma_.lower()
                                                     in ("keep", "make", "maintain", "hold")):
                    continue  # "keeps the bedtimes consistent with...": a state kept, not a finding
            else:
                continue  # "keep Ava's bedtime consistent with the plan": a state kept, not a finding
            start = word.i
        elif word.lower_ == "keeping" and word.dep_ == "pcomp" and word.head.lower_ == "in":
            prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            if prep is None:
                continue
            start = word.head.i
        else:
            continue
        thing = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if thing is None:
            continue  # "consistent with what the school asked": a standard, not a cause
        end = thing.i
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found


_CERTAIN = {"clear", "evident", "obvious", "apparent", "probable", "likely", "certain", "plain", "inevitable",
            "undeniable", "unquestionable", "indisputable"}


def empty_it_certainty_spans(ctx: Context) -> list:
    """"It is clear Clementine is frightened", "it is highly probable they will come to harm": a
    certainty claimed by nobody, about a clause. "It is not clear whether..." is honest doubt."""
    found = []
    for adj in ctx.tokens:
        if adj.lower_ not in _CERTAIN or adj.dep_ != "acomp":
            continue
        be = adj.head
        it = next((c for c in be.children if c.dep_ in ("nsubj", "expl") and c.lower_ == "it"), None)
        if it is None or it.i > adj.i or _negated(be) or _negated(adj):
            continue
        clause = next((c for c in list(be.children) + list(adj.children) if c.dep_ == "ccomp"), None)
        if clause is None or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("from", "to") for c in list(be.children) + list(adj.children)):
            continue  # "it is clear from what Leo told his teacher that...": the ground is given
        span = ctx.doc[it.i:adj.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# ---- judgement ----
_CHOOSING = {"choose", "decide", "elect", "opt"}
_IGNORING = {"ignore", "overlook", "disregard", "dismiss", "neglect", "disbelieve"}
_HEEDING = {"act", "follow", "listen", "heed", "accept", "take", "engage", "seek", "believe", "protect", "report",
            "use", "work", "attend"}


def chosen_omission_spans(ctx: Context) -> list:
    """"is choosing to turn a blind eye", "chose to ignore it", "choose not to act on advice": a
    parent's omission written as their choice. "Dad chose to hit Mum" and "Mum chose not to
    drink" are left alone, and a child's choices are victim blaming's to read."""
    found = []
    for choose in ctx.tokens:
        if choose.lemma_.lower() not in _CHOOSING or choose.pos_ != "VERB" or _negated(choose):
            continue
        done = next((c for c in choose.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if done is None:
            continue
        lemma = done.lemma_.lower()
        blind = lemma == "turn" and any(c.lower_ == "eye" for c in done.children if c.dep_ == "dobj")
        if not (lemma in _IGNORING or blind or (_negated(done) and lemma in _HEEDING)):
            continue
        subject = _subject(choose)
        if subject is None or child_blame._is_the_child(ctx, subject) or is_child(ctx, subject, strict=False) \
                or not analysis.is_person(subject) and subject.lemma_.lower() not in ("parent", "carer"):
            continue
        end = max([done.i] + [c.i for c in done.children if c.dep_ == "dobj"])
        span = ctx.doc[choose.i:end + 1]
        if not quoted(span):
            found.append(span)
    return found


# ---- label: a parent's health named as a thing ----
# The heads of the names of conditions ("bipolar disorder", "chronic pain", "Crohn's disease",
# "her PTSD symptoms", "a heart condition"). Read as a label only when they belong to an adult.
_CONDITIONS = {"illness", "condition", "disorder", "symptom", "symptoms", "diagnosis", "pain", "disease", "syndrome",
               "disability", "ill-health"}
_ADULT_OWNERS = {"mum", "mummy", "mother", "mam", "mom", "dad", "daddy", "father", "stepdad", "stepfather",
                 "parent", "parents", "carer", "carers", "grandmother", "grandfather", "nan", "gran", "grandad"}
_ABOUT = {"for", "about", "with", "regarding", "around"}
_REPORTING = {"tell", "say", "explain", "disclose", "describe", "mention", "write", "fear", "worry", "frighten",
              "afraid", "scared", "frightened", "worried"}


def _an_adult(ctx: Context, token) -> bool:
    if token is None or child_blame._is_the_child(ctx, token) or token.i in analysis.child_tokens(ctx):
        return False
    if token.lower_ in ("his", "her", "their", "he", "she", "they"):
        return not analysis.pronoun_is_child(ctx, token)
    lower = token.lower_[:-2] if token.lower_.endswith("'s") else token.lower_
    return lower in _ADULT_OWNERS or token.lemma_.lower() in _ADULT_OWNERS or token.i in analysis.adult_tokens(ctx)


def _told(ctx: Context, token) -> bool:
    """Under a verb that reports what someone said or felt ("Mum told her GP she is frightened of
    passing her own illness on"): the person's own account."""
    return any(w.lemma_.lower() in _REPORTING for w in list(token.ancestors)[:5])


def condition_label_spans(ctx: Context) -> list:
    """"Mother's illness should not impact on the children", "Dad will manage his PTSD symptoms",
    "Mum has a diagnosis of ME/CFS", "who has a long history of chronic pain": an adult's health
    named as a thing, instead of what they do and what it means for the child. What the adult does
    about it ("takes her tablets for her illness", "talked to the GP about his pain"), a child's
    own condition and the adult's own account are left alone."""
    found = []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in _CONDITIONS or noun.pos_ != "NOUN":
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ in _ABOUT:
            continue  # "tablets for her illness", "spoke to the GP about his pain"
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        start = None
        if owner is not None:
            if not _an_adult(ctx, owner):
                continue
            start = owner.i
        else:
            # "has a diagnosis of ME/CFS", "has a long history of chronic pain", "has bipolar disorder"
            # Only in the file's words ("a diagnosis of", "a history of"): "Mum has a learning
            # disability and has told us the numbers on the tin are hard to follow" and "has had bad
            # back pain since a fall" say what it means in the same breath.
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("diagnosis", "history"):
                holder = noun.head.head
            elif noun.lemma_.lower() == "diagnosis" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
                holder = noun
            else:
                continue
            if holder.dep_ != "dobj" or holder.head.lemma_.lower() != "have":
                continue
            holder_of = analysis.subject_of(holder.head, through=("conj",))
            if holder_of is not None and holder_of.lower_ in ("who", "that") and holder.head.dep_ == "relcl":
                holder_of = holder.head.head  # "Mrs Dale, who has a long history of chronic pain"
            if not _an_adult(ctx, holder_of):
                continue
            start = min([c.i for c in holder.children if c.dep_ in ("det", "amod", "compound") and c.i < holder.i]
                        + [holder.i])
        if _told(ctx, noun):
            continue
        end = max([noun.i] + [t.i for t in noun.subtree if t.dep_ == "pobj" and noun.lemma_.lower() == "diagnosis"])
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found
