"""Round 36 (r36h, from a health visitor's trial, review36h): health words and the advice on them.

- Letters with two meanings (PND, NFA, BF; `[[sense]]` in rules/jargon.toml): the advice says
  the meaning the statement's own words settle, read first from the sentence and then from the
  whole statement (words of health or birth, the police, housing; a health worker as the writer),
  and names both meanings where nothing settles it. A written swap is kept only where its words
  are the settled meaning: "postnatal depression" is never written for the police's PND.
- A centile's advice follows the number the sentence gives ("the 9th centile": about 9 in 100
  children of the same age weigh less, and 91 weigh more), not a fixed "nearly all".
- A term explained where it stands: followed by its plain words in brackets, after a comma with
  "which means" / "meaning" / "that is", or named after its explanation ("doctors call this
  faltering growth"). One explanation covers the term's other mentions in the same sentence and
  after it.
- Weeks written over 52 ("at 6/52", "until 2/52") in a statement about a baby or a pregnancy.
- What a person hurt by a partner, or a child, told a worker about the harm, reported or quoted,
  in a domestic abuse worry: the advice the word "disclosed" gets (do not repeat what was told),
  whatever verb of telling is used.
"""
from __future__ import annotations

import re

from ..data import load_toml
from ..metrics import doc_memo
from .base import Context
from .word_context import quoted, quoted_token

LEXICON = "jargon.toml"


# ---- letters with two meanings ----

def _senses() -> dict:
    return {raw["phrase"]: raw for raw in load_toml(LEXICON).get("sense", [])}


def _cue_count(tokens, meaning: dict) -> int:
    cues = set(meaning.get("cues", ()))
    count = 0
    for token in tokens:
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower in cues or lemma in cues or token.text in cues:
            count += 1
    return count


def _bigram_cues(tokens, meaning: dict) -> int:
    """Two-word cues ("health visitor", "fixed abode")."""
    pairs = [p for p in meaning.get("cues", ()) if " " in p]
    if not pairs:
        return 0
    words = [t.lower_ for t in tokens]
    text = " " + " ".join(words) + " "
    return sum(text.count(f" {p} ") for p in pairs)


def _owned(span) -> bool:
    """"her BF", "Mum's BF": the letters stand for a person someone has."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    return before is not None and (before.tag_ == "PRP$" or before.tag_ == "POS" or before.lower_ in ("'s", "’s"))


def sense_of(ctx: Context, span, entry):
    """(advice, suggestion, settled words or "") for letters with two meanings, or None when the
    entry has no `[[sense]]`. The sentence settles first; then the statement; else both are named."""
    table = _senses().get(entry.phrase)
    if table is None or span.text not in (entry.phrase, *entry.variants):
        return None
    meanings = table.get("meaning", [])
    sentence = list(span.sent)
    scores = []
    for meaning in meanings:
        score = _cue_count([t for t in sentence if t.i not in range(span.start, span.end)], meaning) \
            + _bigram_cues(sentence, meaning)
        if meaning.get("owned") and _owned(span):
            score += 2
        scores.append(score)
    chosen = _only(scores)
    if chosen is None and not any(scores):
        whole = [t for t in ctx.tokens if t.i not in range(span.start, span.end)]
        scores = [_cue_count(whole, m) + _bigram_cues(whole, m) for m in meanings]
        chosen = _only(scores)
    if chosen is None:
        return table["unsure"], table.get("unsure_suggestion", f"[what {span.text} stands for here]"), ""
    meaning = meanings[chosen]
    return meaning["advice"], meaning.get("suggestion", meaning["words"]), meaning["words"]


def _only(scores: list) -> int | None:
    """The one meaning with cues, when exactly one has any."""
    having = [i for i, s in enumerate(scores) if s]
    return having[0] if len(having) == 1 else None


# ---- a centile's advice, from the number the sentence gives ----

_CENTILE = re.compile(r"(?P<below>\b(?:below|under|beneath|less than)\s+(?:the\s+)?)?"
                      r"(?P<n>\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)?\s+(?:weight\s+|height\s+|length\s+|head\s+)?"
                      r"(?:per)?centiles?\b", re.I)
_MEASURES = (("head", "have a smaller head", "a bigger head"), ("ofc", "have a smaller head", "a bigger head"),
             ("length", "are shorter", "are longer"), ("height", "are shorter", "are taller"),
             ("tall", "are shorter", "are taller"), ("bmi", "have a lower BMI", "a higher one"))


def centile_advice(span, advice: str) -> str:
    """"the 9th centile": about 9 in 100 children of the same age and sex weigh less, 91 weigh more;
    "below the 2nd centile": fewer than 2 in 100 weigh less. The last centile with a number in the
    sentence is the child's now ("from the 50th to the 9th centile"). No number: the entry's advice."""
    sentence = span.sent
    found = list(_CENTILE.finditer(sentence.text))
    if not found:
        return advice
    last = found[-1]
    number = float(last.group("n"))
    if not 0 < number < 100:
        return advice
    lower = sentence.text.lower()
    less, more = "weigh less", "weigh more"
    # The measure named nearest before the number ("Wt 3.1kg at 6/52, below 2nd centile, OFC static"
    # is weight; "her head measurement is on the 2nd centile" is head size)
    before = lower[:last.start()]
    nearest = -1
    for word, small, big in _MEASURES + (("weigh", "weigh less", "weigh more"), ("weight", "weigh less", "weigh more"),
                                          ("wt", "weigh less", "weigh more"), ("kg", "weigh less", "weigh more")):
        for hit in re.finditer(rf"\b{word}\w*", before):
            if hit.start() > nearest:
                nearest, less, more = hit.start(), small, big
    shown = f"{number:g}"
    rest = f"{100 - number:g}"
    who = "babies" if re.search(r"\b(baby|babies|newborn|infant|weeks? old|months? old|\d+/52)\b", lower) else "children"
    if last.group("below"):
        figure = f"fewer than {shown} in every 100 {who} of the same age {less}, and more than {rest} {more}"
    else:
        figure = f"about {shown} in every 100 {who} of the same age {less}, and about {rest} {more}"
    return (f"Say what it means for the child, in everyday words: on this chart line {figure}. Say what "
            "the measurements were and when, and what the adults have or have not done.")


# ---- a term explained where it stands ----

_MEANS_WORDS = ("which means", "which is", "meaning", "that is", "this means", "that means", "i.e.", "ie",
                "in other words", "or in other words", "which shows")
_CALLED = {"call", "term", "name", "describe", "know"}


def explained_here(span, entry=None) -> bool:
    """The term with its own plain explanation beside it: in brackets after it ("OFC (the measure
    round her head)"), after a comma or dash with "which means" / "meaning" / "that is" ("the 9th
    centile, which means 91 in 100 babies weigh more"), or named after its explanation ("…;
    doctors call this faltering growth", "what is known as faltering growth")."""
    doc = span.doc
    sent = span.sent
    end = span.end
    # brackets straight after (not for letters with two meanings: "BF (Mum's partner Jay)" says
    # who he is, and the letters still want writing out)
    two_meanings = entry is not None and entry.phrase in _senses()
    if end < sent.end and doc[end].text == "(" and not two_meanings:
        close = next((t.i for t in doc[end + 1:min(sent.end, end + 14)] if t.text == ")"), None)
        if close is not None:
            inside = [t for t in doc[end + 1:close] if t.is_alpha]
            letters = span.text if span.text.isupper() else ""
            if letters:
                # an acronym is explained by its own words ("EPDS (Edinburgh Postnatal Depression Scale)"),
                # not by details about it ("RSO (convicted 2016, …)")
                initials = "".join(t.text[0].upper() for t in inside)
                if _in_order(letters.rstrip("S"), initials):
                    return True
            elif len(inside) >= 2 and not any(t.text.isupper() and len(t.text) > 1 for t in inside):
                return True
    # ", which means …" straight after (the term's own words, or one more word of its phrase)
    rest = doc[end:min(sent.end, end + 6)]
    words = [t for t in rest]
    for skip in range(0, 3):
        if skip >= len(words):
            break
        if skip and (words[skip - 1].is_punct or words[skip - 1].pos_ in ("VERB", "AUX")):
            break
        tail = words[skip:]
        if tail and tail[0].text in (",", "-", "–", "—", ";", ":", "("):
            after = " ".join(t.lower_ for t in tail[1:5])
            if any(after == m or after.startswith(m + " ") for m in _MEANS_WORDS):
                return True
    # the next sentence opens by explaining it ("… to the 9th centile. This means 91 in 100 babies her age
    # weigh more."), where the term ends its own sentence
    last = [t for t in sent if not t.is_punct and not t.is_space]
    if last and last[-1].i < end + 1 and sent.end < len(doc):
        nxt = [t.lower_ for t in doc[sent.end:min(len(doc), sent.end + 3)]]
        if nxt[:1] in (["this"], ["that"]) and len(nxt) > 1 and nxt[1] in ("means", "meant") \
                or nxt[:3] == ["in", "other", "words"]:
            return True
    # named after its explanation: "doctors call this faltering growth", "what is known as faltering
    # growth", "a slowing of her weight gain called faltering growth"; never "call a conference" (summon)
    before = doc[max(sent.start, span.start - 3):span.start]
    for token in before:
        lemma = token.lemma_.lower()
        between = doc[token.i + 1:span.start]
        if lemma == "know" and any(t.lower_ == "as" for t in between):
            return True
        if lemma in _CALLED and lemma != "know" and token.pos_ == "VERB":
            if any(t.lower_ in ("this", "that", "it", "which", "what") for t in between) or any(
                    t.lower_ in ("which", "what") for t in doc[max(sent.start, token.i - 3):token.i]):
                return True  # "doctors call this faltering growth"
            if token.tag_ == "VBN" and not len(between):
                return True  # "a slowing of her weight gain called faltering growth"
    return False


def _in_order(letters: str, initials: str) -> bool:
    at = 0
    for ch in letters:
        at = initials.find(ch, at)
        if at < 0:
            return False
        at += 1
    return bool(letters)


def explained_terms(ctx: Context, matches) -> set:
    """Token indices of every mention of a term that is explained once where it stands: the
    explained mention, the term's other mentions in the same sentence, and those after it."""
    def compute():
        first: dict[str, int] = {}
        for span, entry in matches:
            if explained_here(span, entry):
                key = entry.phrase
                start = span.sent.start
                first[key] = min(first.get(key, start), start)
        covered = set()
        for span, entry in matches:
            at = first.get(entry.phrase)
            if at is not None and span.start >= at:
                covered.update(t.i for t in span)
        return frozenset(covered)
    return doc_memo(ctx.doc, "words36h:explained", compute)


# ---- weeks written over 52 ----

_WEEKS = re.compile(r"(?<![\w/.])([1-9]\d?)/52(?![\w/])")
_BABY_WORDS = {"baby", "babies", "born", "birth", "newborn", "infant", "feed", "feeds", "feeding", "weight", "wt",
               "midwife", "hv", "mw", "check", "weighed", "centile", "postnatal", "pregnant", "pregnancy",
               "breastfeeding", "formula", "bottle", "bf", "ff", "ebm", "immunisation", "immunisations", "jab",
               "jabs", "review", "visit", "epds", "ofc", "old", "age", "aged", "since", "until"}
_SCORES = {"score", "scored", "scores", "test", "tests", "quiz", "marks", "mark", "exam", "out", "points", "rate",
           "rated", "question", "questions", "sdq"}


def weeks_spans(ctx: Context) -> list:
    """(start, end, plain) for "6/52" in a statement about a baby or a pregnancy; a score
    ("scored 3/52") and one already read as an age beside a name ("Mason (6/52)") are left out."""
    words = {t.lower_ for t in ctx.tokens}
    if not words & _BABY_WORDS:
        return []
    found = []
    for match in _WEEKS.finditer(ctx.text):
        span = ctx.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or quoted(span):
            continue
        near = {t.lower_ for t in ctx.doc[max(0, span.start - 3):span.start]}
        if near & _SCORES:
            continue
        number = match.group(1)
        plain = f"{number} week" if number == "1" else f"{number} weeks"
        found.append((match.start(), match.end(), plain))
    return found


# ---- a disclosure of domestic abuse, told in any words ----

_TELLING = {"tell", "say", "report", "explain", "describe", "mention", "confide", "share", "reveal", "admit"}
_DA_HARMS = {"hit", "slap", "punch", "kick", "strangle", "choke", "push", "shove", "hurt", "beat", "grab", "throw",
             "bite", "headbutt", "threaten", "rape", "attack", "assault", "smash", "drag", "pin", "stamp",
             "strike", "abuse", "batter", "kill", "stab", "burn", "scratch", "spit"}
_DA_WORDS = {"domestic", "dv", "da", "violence", "abuse", "abusive", "coercive", "controlling", "marac", "idva"}
_HURT_ADULTS = {"mum", "mummy", "mother", "dad", "daddy", "father", "partner", "her", "him", "she", "wife", "husband",
                "girlfriend", "boyfriend"}
_DENYING = {"not", "never", "n't", "deny", "denies", "denied"}


# A parent, or a parent's partner: who does or suffers domestic abuse at home. (Round 38: the one
# set of these words here; an unused near-copy, _PARTNERS, was removed, and child_blame's set of the
# adults an exploited child is with, once also called _ADULT_PARTNERS, is now _SEX_TRADE_ADULTS.)
_ADULT_PARTNERS = {"mum", "mummy", "mother", "dad", "daddy", "father", "partner", "wife", "husband", "girlfriend",
                   "boyfriend", "stepdad", "stepmum", "stepfather", "stepmother", "fiance", "fiancé", "fiancee", "ex"}


def _harm_verbs(tokens):
    for token in tokens:
        if token.lemma_.lower() not in _DA_HARMS or token.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" or c.lower_ in _DENYING for c in token.children):
            continue  # "has never hit her": a denial
        doer = next((c for c in token.children if c.dep_ in ("nsubj", "agent")), None)
        hurt = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
        yield token, doer, hurt


def _pronoun_is(token, child_tokens: set, adults: set) -> str:
    """"child" or "adult" for a pronoun, by the nearest person named before it ("Kacper … he told
    Miss Shah that Rose grabs him": Kacper); "" when nobody is named before it."""
    for i in range(token.i - 1, -1, -1):
        other = token.doc[i]
        if i in child_tokens:
            return "child"
        if i in adults or other.lower_ in _ADULT_PARTNERS:
            return "adult"
    return ""


def _domestic_abuse(ctx: Context, adults: set) -> bool:
    """The worry is about abuse between adults at home: its own words ("domestic abuse", "DV"), or
    a verb of harm done to a parent or partner ("Dad had slapped Mum", "Kyle pushed Mummy")."""
    words = {t.lower_ for t in ctx.tokens} | {t.lemma_.lower() for t in ctx.tokens}
    if words & _DA_WORDS:
        return True
    return any(doer is not None and hurt is not None and (doer.lower_ in _ADULT_PARTNERS or doer.i in adults)
               for _, doer, hurt in _harm_verbs(ctx.tokens))  # a parent or partner hurting someone: the teller decides


def disclosure_spans(ctx: Context) -> list:
    """(start, end, teller) for each telling of harm by the person hurt or by a child, to someone,
    in a domestic abuse worry: "Mum told Siobhan that Dad had slapped her", "Will told his teacher
    "Daddy hurt Mummy"". Left alone: the word "disclose" (its own entry says the same), a denial
    ("Dad said he has never hit Mum"), a worker's own words ("Siobhan told Mum that…"), telling
    with no harm in it, a child telling of harm to themself with no abuse between the adults, and
    goals."""
    if ctx.kind == "goal":
        return []
    from .analysis import people, people_words

    read = people(ctx)
    children = frozenset(p.name.lower() for p in read.children)
    child_tokens = {i for p in read.children for i in p.tokens}
    adults = {i for p in read.adults for i in p.tokens}
    abuse_named = bool(({t.lower_ for t in ctx.tokens} | {t.lemma_.lower() for t in ctx.tokens}) & _DA_WORDS)
    if not abuse_named and not _domestic_abuse(ctx, adults):
        return []
    words = people_words()
    workers = set(words.get("professionals", ()))
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _TELLING or verb.pos_ != "VERB" or quoted_token(verb):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if teller is None:
            # "Will told…" read with "Will" as an auxiliary: the word before the verb stands as its subject
            before = ctx.doc[verb.i - 1] if verb.i else None
            if before is not None and (before.i in child_tokens or before.lower_ in children):
                teller = before
        if teller is None or teller.lower_ in workers or teller.lemma_.lower() in workers or teller.pos_ == "PRON" \
                and teller.lower_ in ("i", "we"):
            continue  # a worker's own words
        is_child = teller.i in child_tokens or teller.lower_ in children or \
            teller.lemma_.lower() in ("child", "son", "daughter", "boy", "girl") or \
            (teller.pos_ == "PRON" and _pronoun_is(teller, child_tokens, adults) == "child")
        content = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
        # "told his nursery worker that Daddy kicked Mummy", parsed as a clause on the hearer
        content += [r for d in verb.children if d.dep_ in ("dobj", "dative") for r in d.children
                    if r.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in ("that", "who", "which")
                                                 for c in r.children)]
        clause = [t for c in content for t in c.subtree]
        harms = [(v, doer, hurt) for v, doer, hurt in _harm_verbs(clause) if doer is not None and hurt is not None]
        if not harms:
            if not is_child and _victims_quoted_words(ctx, teller, clause, adults):
                start = min([verb.idx] + [c.idx for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i
                                          and c.i > teller.i])
                found.append((start, verb.idx + len(verb.text), teller.lower_ if teller.pos_ == "PRON" else teller.text))
            continue
        own = False
        for _, doer, hurt in harms:
            if doer.i == teller.i or (doer.lower_ in ("he", "she", "i") and not is_child
                                      and hurt.lower_ not in ("me", "myself")):
                continue  # "Dad said he had hit Mum": the doer's own account
            if not (doer.lower_ in _ADULT_PARTNERS or doer.i in adults):
                continue  # "they'll hurt my mum" (the men who sell drugs): not abuse between partners
            if is_child:
                hurt_adult = hurt.lower_ in _ADULT_PARTNERS or hurt.i in adults
                if hurt_adult or (abuse_named and hurt.lower_ not in ("me", "him", "her")):
                    own = True  # a child telling what one adult did to another ("Daddy hurt Mummy")
            elif hurt.lower_ in ("her", "him", "me") or hurt.lower_ == teller.lower_:
                own = True  # the person hurt telling what a partner did to them
        if not own:
            continue
        # the words of telling, not the teller's name ("Precious has told me": "has told")
        start = min([verb.idx] + [c.idx for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i
                                  and c.i > teller.i])
        found.append((start, verb.idx + len(verb.text), teller.lower_ if teller.pos_ == "PRON" else teller.text))
    return found


def _victims_quoted_words(ctx: Context, teller, clause: list, adults: set) -> bool:
    """Round 41 (review41m M#9): the adult a partner hurt, in this statement, quoted word for word
    about the partner ("Jack pushed Summer … Summer told the midwife, "He only gets like that when
    he's had a drink""). No verb of harm in her words, but they are her disclosure, and quoting it
    is what the domestic abuse guidance asks a statement not to do (the partner may read it). Only
    a direct quotation (her own words in quotation marks) that speaks of someone else ("he", "she",
    a name): a reported "Mum said she was tired", a quote about herself, or a child's words (the
    child's own voice, which statements are asked to keep) are left alone."""
    if not clause or not all(quoted_token(t) for t in clause if not t.is_punct):
        return False
    def named_or_partner(token) -> bool:  # "Ravi", "Anjali" (tagged as nouns or adjectives), "Mum", "her partner"
        return token.i in adults or token.lower_ in _ADULT_PARTNERS or (
            token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ") and not token.is_stop)

    hurt_by_partner = set()
    for _, doer, hurt in _harm_verbs(ctx.tokens):
        if doer is not None and hurt is not None and named_or_partner(doer) and named_or_partner(hurt):
            # "kicked his partner Anjali": the name beside the role word is the one hurt too
            hurt_by_partner |= {hurt.lower_} | {ctx.doc[j].lower_ for j in range(hurt.i + 1, min(hurt.i + 3, len(ctx.doc)))
                                                if j in adults}
    if teller.lower_ not in hurt_by_partner:
        return False
    named = {ctx.doc[i].lower_ for i in adults} - {teller.lower_}
    return any(t.lower_ in ("he", "him", "his", "she", "her") or t.lower_ in named or
               (t.pos_ == "PROPN" and t.lower_ != teller.lower_) for t in clause)

