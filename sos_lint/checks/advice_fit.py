"""Round 34 (r34c): advice that fits the statement it is said of.

Every finding passes through ``fitted`` (from ``Rule.finding``), so these hold for every rule:

- An example ("for example …", "e.g. …", "such as …") never names a harm the statement does not
  mention: drink, drugs or violence. An ASYE worker pasted SOS504's "[when Dad has been drinking]"
  into a case with no drinking, and it became an allegation (review34 P#1). The example's items that
  name such a harm are cut; when none is left, the example goes.
- An example never carries a date ("on 4 and 5 May", "since March"): pasted, a date reads as this
  family's fact. The date goes, and a quoted example that tells of a family ("Mum did not give [name]
  the medicine") is shown plainly as one from another family.
- Advice on a harm the statement says did not happen ("no injuries were seen", "Mum did not use
  drugs", "A Section 47 enquiry was not initiated", "has not made any disclosure", "denies this
  allegation") does not ask to describe the harm (its size, which drugs, who did it, who told whom):
  it asks whether the sentence is needed and what did happen (review34d D#3). Read from the parse:
  the harm word's own "no", or a "not"/"never" on the verb it is the subject or object of, or
  "denies"; a harm the adults did not protect the child from ("did not protect Leo from the
  violence") is a worry and keeps its advice.
"""
from __future__ import annotations

import re

# A harm an example may name, and the words that show the statement speaks of it. The example is
# cut when it names a harm (left) and the statement has none of the harm's words (right).
HARMS: dict[str, tuple[str, str]] = {
    "drink": (r"drink\w*|drank|drunk\w*|alcohol\w*|slurr\w*|beers?|wines?|vodka|ciders?|lagers?|pints?|hangover|pub",
              r"drink\w*|drank|drunk\w*|alcohol\w*|intoxicat\w*|beers?|wines?|vodka|ciders?|lagers?|pints?|pub|"
              r"substance\w*|under the influence|hangover|slurr\w*|sober\w*"),
    "drugs": (r"drugs?|cannabis|cocaine|heroin|crack|spice|ketamine|methadone|needles?|dealing",
              r"drugs?|cannabis|cocaine|heroin|crack|spice|ketamine|methadone|needles?|substance\w*|"
              r"dealing|dealer\w*|weed|smok\w* \w*|pills?|overdos\w*|county lines|"
              r"criminal exploitation|exploit\w*"),
    "burns": (r"burn\w*|scald\w*", r"burn\w*|scald\w*|hot|kettle|cooker|oven|fire|iron|cigarette\w*|injur\w*"),
    "violence": (r"hit|hits|hitting|punch\w*|slap\w*|kick\w*|push\w*|shov\w*|strangl\w*|chok\w*|"
                 r"assault\w*|violen\w*|beat\w*|threw|throw\w*|smash\w*|shout\w*|scream\w*|"
                 r"threat\w*|bruis\w*|black eye|weapon\w*|knife|knives|fight\w*|fought",
                 r"hit|hits|hitting|punch\w*|slap\w*|kick\w*|push\w*|shov\w*|strangl\w*|chok\w*|"
                 r"assault\w*|violen\w*|beat\w*|threw|throw\w*|smash\w*|shout\w*|scream\w*|"
                 r"threat\w*|bruis\w*|black eye|weapon\w*|knife|knives|abus\w*|DA|DV|hurt\w*|"
                 r"injur\w*|harm\w*|fight\w*|argu\w*|aggress\w*|controll\w*|coerc\w*|attack\w*|"
                 r"bit|bite\w*|mark\w*|burn\w*|cut|cuts|smack\w*|frighten\w*|scared|afraid"),
}
_HARM_SAID = {name: re.compile(rf"\b(?:{said})\b", re.IGNORECASE) for name, (said, _) in HARMS.items()}
_HARM_SEEN = {name: re.compile(rf"\b(?:{seen})\b", re.IGNORECASE) for name, (_, seen) in HARMS.items()}

# An example: its marker, then up to the end of its sentence (quotes and brackets read whole).
EXAMPLE = re.compile(r"\b(?:for example|for instance|such as|e\.g\.)[,:]?\s+"
                     r"(?:\"[^\"]*\"|\[[^\]]*\]|[^\".;?\]\)])+", re.IGNORECASE)
_MARKER = re.compile(r"^(?:for example|for instance|such as|e\.g\.)[,:]?\s+", re.IGNORECASE)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
# "on 4 and 5 May", "on 3 June", "by Friday 14 March", "since March", "in May", "until May".
DATE = re.compile(rf"\s*\b(?:(?:on|by|from|since|until|in|before|after)\s+)?(?:(?:Monday|Tuesday|Wednesday|"
                  rf"Thursday|Friday|Saturday|Sunday)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and\s+\d{{1,2}}"
                  rf"(?:st|nd|rd|th)?\s+)?{_MONTH}|(?<=\b)(?:since|in|until|before|after)\s+{_MONTH})\b")
_ITEM_SPLIT = re.compile(r",\s*(?:or\s+|and\s+)?(?=[^\"]*(?:\"[^\"]*\"[^\"]*)*$)|\s+or\s+(?=[^\"]*(?:\"[^\"]*\"[^\"]*)*$)")
# A quoted example that tells of a family ("Mum did not give [name] the medicine"): a sentence, not
# a phrase to use ("family meeting"), so it is shown as another family's.
_FAMILY = re.compile(r"\b(?:Mum|Dad|Nan|Gran|Grandad|Grandma|Auntie|Uncle|Mother|Father|the child)\b|\[name\]")

NEGATION_ASK = "Is the sentence needed? If it is, say what did happen instead."
DENIAL_ASK = "Say who says it happened and what they say happened, and keep the denial."


def harm_absent(example: str, statement: str) -> bool:
    """The example names a harm (drink, drugs, violence) the statement has no word for."""
    return any(_HARM_SAID[name].search(example) and not _HARM_SEEN[name].search(statement)
               for name in HARMS)


# Where the advice goes on after its example: ", when, and …", ", and who will check", ", how often".
_ADVICE_GOES_ON = re.compile(r",\s+(?:and\s+)?(?:when|what|who|whom|where|how|which|why)\b(?=[^\"]*(?:\"[^\"]*\"[^\"]*)*$)")


def _undated(item: str) -> str:
    return DATE.sub("", item)


def _fit_example(example: str, statement: str) -> str:
    """The example (marker included) without the items naming an absent harm and without dates;
    "" when nothing of it is left."""
    marker = _MARKER.match(example)
    head, body = example[:marker.end()], example[marker.end():]
    # ", when, and what marks were seen": the advice goes on after its example; that part stays
    rest = _ADVICE_GOES_ON.search(body)
    trail = body[rest.start():] if rest else body[len(body.rstrip()):]
    body = body[:rest.start()] if rest else body.rstrip()
    if not harm_absent(body, statement) and not DATE.search(body):
        return example
    items = []
    for item in _ITEM_SPLIT.split(body):
        if not item or not item.strip():
            continue
        if items and re.match(r"\s*(?:not|but|and|then|so|because|after|before|when|while)\b", item):
            items[-1] += ", " + item.strip()  # "Dad now drinks every day, not only at weekends": one example
        else:
            items.append(item)
    kept = []
    for item in items:
        if harm_absent(item, statement):
            continue
        undated = re.sub(r'^(\s*")\s+', r"\1", _undated(item))  # "since July the kitchen …" -> "the kitchen …"
        if undated != item and len(re.findall(r"[A-Za-z\[\]]+", undated.strip('" '))) < 2:
            continue  # "by 30 June" would be left as "by"
        kept.append(undated)
    if not kept:
        return trail if rest else ""
    if len(kept) == len(items) and all(k == i for k, i in zip(kept, items)):
        return example
    text = kept[0] if len(kept) == 1 else ", ".join(kept[:-1]) + " or " + kept[-1]
    if text.startswith('"') and _FAMILY.search(text) and not head.lower().startswith("such as"):
        head = head.rstrip(" ,:") + ", in another family, "
    return head + text + trail


# A fill-in example: one bracketed sentence in quotes, e.g. "[Mum will read with Leo every night]".
_FILL_IN = re.compile(r"(?:\be\.g\.|\bfor example)[,:]?\s+\"\[([^\[\]\"…]+)\]\"")


def _another_family(advice: str, names=()) -> str:
    """A fill-in that tells of a family ("e.g. "[Mum will walk Ava to school each morning]"") is
    shown as an example from another family, without the brackets that ask for it to be pasted, and
    with this statement's child ("Ava", "[name]") as "the child"."""
    def plain(match):
        inner = match.group(1)
        if not _FAMILY.search(inner) or len(inner.split()) < 4:
            return match.group(0)  # "[the social worker and Ava's teacher] are worried": a frame to fill
        inner = inner.replace("[name]'s", "the child's").replace("[name]", "the child")
        for name in names:
            inner = re.sub(rf"\b{re.escape(name)}'s\b", "the child's", inner, flags=re.IGNORECASE)
            inner = re.sub(rf"\b{re.escape(name)}\b", "the child", inner, flags=re.IGNORECASE)
        return f"for example, in another family: \"{inner}\""
    return _FILL_IN.sub(plain, advice)


def fitted_advice(advice: str, statement: str, names=()) -> str:
    """`advice` with each example fitted to `statement` (see the module's note); `names` are the
    statement's children, said as "the child" inside an example from another family."""
    if not advice or not EXAMPLE.search(advice):
        return advice
    out, last = [], 0
    for match in EXAMPLE.finditer(advice):
        fit = _fit_example(match.group(0), statement)
        before = advice[last:match.start()]
        if not _MARKER.match(fit):  # the example went (its advice may go on: ", when, and …")
            before = re.sub(r"(?:,|;|\s-|\s\u2013)?\s*\(?$", "", before)  # ", for example …" goes whole
            if advice[match.end():match.end() + 1] == ")" and before.endswith("("):
                before = before[:-1]
        out.append(before)
        out.append(fit)
        last = match.end()
        if not fit and advice[last:last + 1] == ")":
            last += 1
    out.append(advice[last:])
    text = "".join(out)
    text = re.sub(r"\s+([,.;?])", r"\1", text).replace(" ,", ",")
    return _another_family(text, names)


# ---- a harm the statement says did not happen ----

# Harms, and the steps taken when one is feared, whose description the advice would ask for.
_NEG_HARM = re.compile(r"\b(?:injur\w*|bruis\w*|marks?|burns?|wounds?|fractur\w*|hurt|harm\w*|"
                       r"drugs?|alcohol|drink\w*|drunk|cannabis|cocaine|heroin|violen\w*|abus\w*|"
                       r"assault\w*|hit|hitting|disclos\w*|allegations?|alleg\w*|enquir\w*|"
                       r"investigat\w*|section 47|s47|threshold|evidence|neglect\w*|concerns?)\b",
                       re.IGNORECASE)
_ARGUMENT_DEPS = ("dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative")
_NO_WORDS = {"no", "none", "never", "nobody", "nothing", "neither", "nor"}


def _no_det(token) -> bool:
    return any(child.dep_ in ("det", "neg", "advmod") and child.lower_ in _NO_WORDS for child in token.children)


def _negated_verb(token) -> bool:
    return token.lemma_.lower() in ("deny", "refute", "dispute") or \
        any(child.dep_ == "neg" or child.lower_ in ("never", "not", "n't") and child.dep_ in ("advmod", "neg")
            for child in token.children)


def negated_harm_span(doc, start: int, end: int) -> bool:
    """The words at start..end name a harm (or a step taken when one is feared) that the statement
    says did not happen: "no injuries were seen", "Mum did not use drugs", "was not hurt", "has not
    made any disclosure", "denies this allegation", "There is no evidence that Ava has been hurt"."""
    return _negation(doc, start, end) is not None


_WORD_LEVEL = 6  # a finding on a few words, not on a whole sentence or statement


def _negation(doc, start: int, end: int) -> str | None:
    """"denied" when the harm at start..end is one someone denies ("denies this allegation", "denies
    hitting Mum"), "not" when the statement says it did not happen, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or len(span) > _WORD_LEVEL or not _NEG_HARM.search(span.text):
        return None
    sentence = span.sent
    if span.start <= sentence.start and span.end >= sentence.end - 1:
        return None  # the whole sentence: a structure finding, not one about the harm's words
    found = _negated(span)
    if found and (found == "denied" or _denied(span.root)):
        return "denied"
    return "not" if found else None


def _denied(token) -> bool:
    for _ in range(4):
        if token.lemma_.lower() in ("deny", "refute", "dispute"):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _negated(span):
    root = span.root
    if any(token.lower_ in _NO_WORDS for token in span) or _no_det(root):
        return True
    token = root
    # up through the noun's own modifiers ("Section 47 enquiry", "the drugs he takes")
    while token.dep_ in ("compound", "amod", "nmod", "conj", "appos") and token.head.i != token.i:
        token = token.head
        if _no_det(token):
            return True
    if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
        verb = token
    elif token.dep_ in _ARGUMENT_DEPS:
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and any(
                child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i for child in verb.children):
            # Round 35 (review35i I#9: "Concerns regarding DV… the CIN plan is not working" told "the
            # statement says this did not happen"): a verb with two subjects is a run-on the parser
            # joined; the "not" is the other subject's, never this noun's.
            return False
    elif token.dep_ == "pobj" and token.head.lower_ == "without":
        return True
    else:
        return False
    if _wished_or_promised(verb):
        return False  # "Dad says he will not drink again", "to make sure they are not exposed": no record of the past
    if _negated_verb(verb) or any(child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _NO_WORDS | {"no one"}
                                  for child in verb.children):
        return True
    # "no evidence that Ava has been hurt", "denies that he hit her", "denies hitting Mum"
    if verb.dep_ in ("ccomp", "acl", "xcomp", "advcl", "relcl") and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_.lower() in ("deny", "refute", "dispute"):
            return "denied"
        if head.pos_ in ("NOUN", "PROPN") and _no_det(head) and verb.dep_ in ("acl", "ccomp"):
            return True
    return False


def _wished_or_promised(verb) -> bool:
    """The verb (or the verb its clause hangs on) is said with a modal or "to": "will not use",
    "must not be", "to ensure the children are not exposed". Such a "not" is a promise, a rule or an
    aim, not a record that something did not happen."""
    token = verb
    for _ in range(2):
        if any(child.dep_ == "aux" and (child.tag_ == "MD" or child.lower_ == "to") for child in token.children):
            return True
        if token.dep_ not in ("xcomp", "ccomp") or token.head.i == token.i:
            return False
        token = token.head
    return False


def child_said(text: str) -> bool:
    """Loosely, for the measure: the statement says a child told or said something."""
    return bool(re.search(r"\b(?:child|[A-Z][a-z]+)\s+(?:\(\d+\)\s+)?(?:told|said|says|disclosed|has told|has said)\b",
                          text))


def fitted(ctx, code: str, start: int, end: int, message: str, suggestion: str,
           fixed: bool = False) -> tuple[str, str]:
    """The message and suggestion of a finding at start..end, fitted to the statement."""
    text = ctx.text
    names = ()
    if _FILL_IN.search(message) or _FILL_IN.search(suggestion):
        from .word_context import child_names

        names = sorted(child_names(ctx), key=len, reverse=True)
    message, suggestion = fitted_advice(message, text, names), fitted_advice(suggestion, text, names)
    if end > start and code[:4] in ("SOS1", "SOS2", "SOS3") and _PARENTS.search(message + suggestion):
        child = "" if _ASKS_A_DEED.search(message + suggestion) else _said_of_a_child(ctx, start, end)
        if child:
            # Round 38 (review37x X#8): "Will is reluctant to engage" got "what Mum or Dad said about
            # them": advice about the parents, on words said of the child. The one the words are said
            # of is asked about.
            message, suggestion = _PARENTS.sub(child, message), _PARENTS.sub(child, suggestion)
    if end > start and code[:4] in ("SOS1", "SOS2", "SOS3") and ctx.kind != "goal":
        how = _negation(ctx.doc, start, end)
        if how:
            message, suggestion = _said_of_what_did_not_happen(code, text[start:end], message, suggestion, how, fixed)
    return message, suggestion


# The parents as advice names them, when they are not who the words are about (round 38, X#8).
_PARENTS = re.compile(r"\[Mum/Dad\]|\b(?:Mum or Dad|Mum and Dad|the parents?)\b(?!'s)")


# Advice that asks what the parents will do. Said of a child's words ("Hope needs to understand the
# risks"), "what Hope will do differently" would hand the child the job of keeping safe: such advice
# is left as it was.
# Round 39 (review39l L#3): advice that says the parents agreed or consented ("that Mum or Dad agreed
# to it", section 20) names the people with parental responsibility: said of a child's words ("Ivy
# would stay with Nan under section 20") it would say the child agreed. Such advice is left as it was.
_ASKS_A_DEED = re.compile(r"(?:\[Mum/Dad\]|\bMum or Dad|\bMum and Dad|\bthe parents?)\s+(?:will|would|could|can|should|needs?|"
                          r"agreed|agree|agrees|consented|consent|did not object)\b")


def _said_of_a_child(ctx, start: int, end: int) -> str:
    """The child's name (or "the child") when the words start..end are said of a child: the subject
    of the clause they stand in is the child ("Will is reluctant to engage", "he refuses to engage"
    where he is the child). "" otherwise, and where a parent is named in the words themselves."""
    from .person_verdicts import _subject, is_a_child

    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or any(t.lower_ in ("mum", "dad", "mother", "father", "parent", "parents")
                                             for t in span):
        return ""
    root = span.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    subject = _subject(verb)
    if subject is None or not is_a_child(ctx, subject):
        return ""
    if subject.pos_ == "PRON":
        from .word_context import child_names

        names = sorted(child_names(ctx))
        return names[0] if len(names) == 1 else "the child"
    return subject.text


_ASKING = re.compile(r"(?:^|(?<=[.?!]\s))(?:Say|Write|Name|Give|Ask|Add|Describe|Who|What|When|Where|Which|How)\b")


def _said_of_what_did_not_happen(code: str, words: str, message: str, suggestion: str,
                                how: str = "not", fixed: bool = False) -> tuple[str, str]:
    """A jargon finding (SOS1xx) keeps its diagnosis (""X" is jargon": still true) and the ask
    becomes "is the sentence needed, and what did happen"; any other finding ("does not say what the
    injury looked like", "does not say who did it") is about the harm's details, so the whole message
    becomes that ask. For a harm someone denies, the ask is who says it happened and what they say
    (the denial stays: it is the adult's account). A suggestion that is a --fix's words stays."""
    said = "Someone here denies this." if how == "denied" else "The statement says this did not happen."
    ask = DENIAL_ASK if how == "denied" else NEGATION_ASK
    if code.startswith("SOS1"):
        found = _ASKING.search(message)
        head = message[:found.start()].rstrip() if found else message.rstrip()
        head = head or f"\"{words}\"."
        message = f"{head.rstrip('.')}. {said} {ask}"
        if not fixed:
            suggestion = ("Say who says it happened and what they say happened." if how == "denied"
                          else "Say in plain words what did happen, if the sentence is needed.")
        return message, suggestion
    message = f"\"{words}\": {said[0].lower()}{said[1:]} {ask}"
    return message, (suggestion if fixed else "")
