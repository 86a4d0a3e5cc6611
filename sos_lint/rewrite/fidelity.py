"""The grammar and fidelity check of a rewrite: re-parse it and count what it broke or lost.

Counted against the draft, so only what the rewrite introduced is counted:
  bare_after_verb   a verb followed by a bare infinitive or participle ("saw be", "saw leave"), or a bare
                    verb straight after "that" with no one doing it ("worried that see that")
  finite_after_aux  a helper verb before a verb that already has its tense ("has continues", "does refuses"),
                    or a bare "not" before a past tense that is never a participle ("not went to", round 41)
  stranded_preposition  a preposition left before the full stop ("shouted the children at.")
  doubled_words     "the the", "is is", a name twice across a comma or bracket ("Jake, Jake (15)"), a phrase
                    said twice over ("under the Act under the Act")
  misplaced_article an article after the adjective it should come before ("acceptable the state of the home")
  title_possessive  a possessive on a title or heading word ("Mrs's", "Referral's")
  verbless          a sentence without a finite verb where the draft's sentences had one
  lost_negations    "not", "never", "non-", "failed to", "lack of", "refuses" … fewer than the draft
  lost_modals       "will", "could", "must" … fewer than the draft
  lost_facts        names, numbers and dates of the draft missing from the rewrite
  kept_errors       a phrase flagged as victim blaming or a guess stated as fact, kept as it was
  to_after_bare_verb  (round 31) an active verb of seeing, hearing or making with its object, then "to" and a
                    verb ("saw Lee to push Tia", "made her to stand"): the active takes a bare verb
  will_and_to       (round 31) a "will" verb joined by "and"/"or" to "to" and a verb ("will stay sober and to
                    provide tests"): joined verbs share one form
  pronoun_after_you (round 31) a sentence spoken to an adult ("Mum, you will …") that goes on to speak of them
                    as "her"/"his" before anyone else is named ("… and take her medication")
  lost_acts         what an adult did: a draft's action verb whose doer is an adult (a role word, a name the
                    analysis reads as an adult's, "he"/"she"), not a label or a state ("is", "has", "seems",
                    "lacks"), that the rewrite no longer has (round 30: "It is believed that he hits the boys
                    when he drinks" made into a question, losing the allegation it asked about)
  possessive_on_verb (round 34) a word the draft has as a verb after "to" given a possessive in the rewrite
                    ("Her ability to parent's disability compromises her": a possessive on a clause)
  two_verb_groups   (round 34) a verb group with its own "will" run straight on from another, with no "and",
                    comma or "that" between ("Failure will do so will result in …": an infinitive made
                    finite where the sentence had its own verb)
  dangling_verb     (round 34) a verb left without the object or clause it had: the rewrite ends a sentence on a
                    verb (or "make sure") that the draft had something after ("… and make sure.")
  changed_subjects  (round 32) a verb whose doer or undergoer the rewrite changed: a person of the draft set in
                    a role of a verb the draft gives to someone else ("Noor was not hurt by Dad but was pushed
                    by Yusuf" -> "Dad did not hurt Noor but was pushed by Yusuf": now Dad was pushed)
Placeholders (the rewrite's [questions]) are left out of the grammar and negation counts.
The same tests judge each word swap before a rule offers it as a fix (`judge_swap`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..metrics import doc_text
from . import people

COUNTS = ("bare_after_verb", "finite_after_aux", "stranded_preposition", "doubled_words", "misplaced_article",
          "title_possessive", "not_after_preposition", "stray_punctuation", "split_words", "verbless", "lost_negations", "lost_modals", "lost_facts",
          "kept_errors", "lost_acts", "to_after_bare_verb", "will_and_to", "pronoun_after_you",
          "changed_subjects", "lost_conditions", "told_twice", "possessive_on_verb", "two_verb_groups",
          "dangling_verb")
ERROR_CODES = ("SOS304", "SOS306")  # guesses stated as fact, victim blaming
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,300}\]")
_NEGATIONS = {"not", "n't", "never", "no", "without", "none", "nobody", "nothing", "neither", "nor", "cannot"}
_NEGATIVE_LEMMAS = {"fail", "lack", "refuse", "decline", "unable", "miss", "stop", "avoid", "absence", "absent"}
_MODALS = {"will", "would", "could", "can", "may", "might", "must", "should", "shall", "'ll", "ca", "wo"}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "referral", "statement", "plan", "conference",
           "assessment", "report", "worry", "goal", "danger", "safety", "protection", "heading"}
# Verbs that take a bare infinitive straight after them, and phrases that are fine as they are.
_BARE_OK = {"help", "let", "make", "go", "come", "dare", "need", "had", "would", "get"}
_LINKING = {"seem", "appear", "look", "feel", "become", "get", "remain", "stay", "keep", "sound", "go"}
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "christmas", "easter", "eid", "diwali", "ramadan", "hanukkah"}


@dataclass
class Problems:
    counts: dict = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    details: list = field(default_factory=list)  # (count name, words) for the reader

    def add(self, name: str, words: str, n: int = 1) -> None:
        if n > 0:
            self.counts[name] += n
            self.details.append((name, words))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __bool__(self) -> bool:
        return self.total > 0


STAND_IN = "someone"  # what a [question] inside a sentence is read as when the rewrite is parsed


def without_placeholders(text: str) -> str:
    """The rewrite as the grammar check reads it: a [question] standing as its own sentence is
    dropped, one inside a sentence is read as "someone" (a noun phrase, like the answer)."""
    text = re.sub(r"(?:^|(?<=[.!?:\n\]]))\s*" + _PLACEHOLDER.pattern + r"(?=\s*(?:$|\[|[A-Z\n]))", "", text)
    text = _PLACEHOLDER.sub(STAND_IN, text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def error_spans(report) -> list[str]:
    """The words of a checked draft flagged as victim blaming or a guess stated as fact."""
    return [report.text[f.start: f.end] for f in report.findings
            if f.code in ERROR_CODES and 0 < f.end - f.start < len(report.text) - 1]


def covered_tokens(doc, lexicons) -> set[int]:
    """Draft tokens a swap may replace without losing a fact: role words ("the mother" -> Mum),
    acronyms and jargon written out."""
    return {t.i for name in ("jargon.toml", "child_focus.toml", "specificity.toml")
            for span, _ in lexicons.find(name, doc) for t in span}


# ---- patterns read from a parse ------------------------------------------------------------
def _bare_pairs(doc) -> list[str]:
    out = []
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass") and t.lemma_.lower() not in _BARE_OK \
                and nxt.tag_ in ("VB", "VBN") and nxt.dep_ not in ("amod", "compound") and nxt.lower_ not in ("been",) \
                and not (nxt.tag_ == "VBN" and t.lemma_.lower() in _LINKING):
            out.append(f"{t.lower_} {nxt.lower_}")
        elif t.lower_ in ("that", "whereupon") and nxt.tag_ in ("VB", "VBP") and nxt.pos_ == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children) \
                and (t.i == 0 or doc[t.i - 1].lower_ not in ("so", "such", "now", "given")):
            out.append(f"{t.lower_} {nxt.lower_}")  # "worried that see that …": a verb with no one doing it
    return out


_HELPERS = {"do", "have", "will", "would", "can", "could", "shall", "should", "may", "might", "must"}


def _finite_after_aux(doc) -> list[str]:
    """"has continues", "does refuses", "will goes": a helper verb straight before a verb that
    already carries its own tense (a kept clause given the helper of a clause that went)."""
    out = []
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.pos_ == "AUX" and t.lemma_.lower() in _HELPERS and t.tag_ in ("VBZ", "VBD", "VBP", "MD") \
                and nxt.pos_ == "VERB" and nxt.tag_ in ("VBZ", "VBD") and nxt.head.i == t.head.i != nxt.i:
            out.append(f"{t.lower_} {nxt.lower_}")
        elif t.pos_ == "AUX" and t.lemma_.lower() in _HELPERS and nxt.pos_ == "VERB" and nxt.tag_ == "VBZ":
            out.append(f"{t.lower_} {nxt.lower_}")
        elif t.lower_ in ("not", "never") and nxt.tag_ == "VBD" and nxt.lower_ in _IRREGULAR_PASTS:
            # round 41 (review41m M#4: "not attended GTT" -> "not went to GTT"): a past tense straight
            # after a bare "not" (a case note's "has not …" made a swap's simple past)
            out.append(f"{t.lower_} {nxt.lower_}")
    return out


# Past tenses that are never participles: after "not" they are a tense where a participle belongs.
_IRREGULAR_PASTS = {"went", "came", "saw", "took", "gave", "did", "knew", "wrote", "spoke", "ate", "drank",
                    "began", "broke", "chose", "drove", "fell", "forgot", "froze", "got", "grew", "hid", "ran",
                    "rang", "rode", "rose", "sang", "shook", "stole", "swam", "threw", "woke", "wore", "was", "were"}


def _stranded(doc) -> list[str]:
    out = []
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.pos_ == "ADP" and nxt.is_punct and nxt.text in ".;!?" and not any(c.dep_ == "pobj" for c in t.children) \
                and t.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children):
            out.append(f"{doc[t.i - 1].lower_} {t.lower_}")
    return out


def _doubled(doc) -> list[str]:
    """"the the", and a name said twice across a comma or bracket ("Jake, Jake (15)", "Kai (Kai, 15)"),
    which a role word swapped for the name it stood beside leaves."""
    words = [f"{t.lower_} {t.lower_}" for t in doc[:-1]
             if t.is_alpha and doc[t.i + 1].lower_ == t.lower_ and t.lower_ not in ("had", "that")]
    names = [f"{t.text}{doc[t.i + 1].text} {t.text}" for t in doc[:-2]
             if t.is_alpha and t.is_title and doc[t.i + 1].text in (",", "(") and doc[t.i + 2].text == t.text]
    lowered = [t.lower_ for t in doc]
    phrases = [" ".join(lowered[i:i + k]) for k in range(3, 7) for i in range(len(lowered) - 2 * k + 1)
               if lowered[i:i + k] == lowered[i + k:i + 2 * k] and all(w.isalpha() for w in lowered[i:i + k])]
    return words + names + phrases  # "… under the Mental Health Act under the Mental Health Act"


def _misplaced_articles(doc) -> list[str]:
    """An adjective that modifies a noun, then "the"/"a" before that noun: a swap put a phrase
    with its own article after the draft's adjective ("maintain acceptable the state of the home")."""
    out = []
    for t in doc[:-1]:
        article = doc[t.i + 1]
        if t.tag_ not in ("JJ", "JJR", "JJS") or article.lower_ not in ("the", "a", "an"):
            continue
        noun = article.head
        if (t.dep_ == "amod" and t.head.i == noun.i) or (
                t.dep_ == "acomp" and noun.dep_ == "dobj" and noun.head.i == t.head.i):
            out.append(f"{t.lower_} {article.lower_}")
    return out


def _not_after_preposition(doc) -> list[str]:
    """A preposition or an article straight before "not": a swap put "not enough" where only a
    noun phrase can stand ("owing to not enough evidence", "an not enough amount")."""
    return [f"{t.lower_} not" for t in doc[:-2] if doc[t.i + 1].lower_ == "not" and not doc[t.i + 2].tag_.startswith("VB")
            and (t.pos_ == "ADP" and t.dep_ in ("prep", "pcomp", "agent") or t.lower_ in ("a", "an", "the"))]


def _stray_punctuation(doc) -> list[str]:
    """A comma straight before a full stop, a comma or a semicolon: a clause was taken out and its
    comma left behind ("since 2 May,. [What did …?]")."""
    return [f"{t.text}{doc[t.i + 1].text}" for t in doc[:-1]
            if t.text == "," and doc[t.i + 1].text in (".", ",", ";", "!", "?")]


_BARE_INFINITIVE = {"see", "hear", "watch", "notice", "observe", "feel", "make", "let"}


def _to_after_bare_verb(doc) -> list[str]:
    """"saw Lee to push Tia": an active verb of seeing, hearing or making (no passive helper), its
    object, then "to" and a base verb."""
    out = []
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _BARE_INFINITIVE or any(c.dep_ == "auxpass" for c in t.children) \
                or t.tag_ == "VBN" and not any(c.dep_ == "aux" for c in t.children):
            continue
        # the object (a short noun phrase, however the parse hangs it), then "to" and a base verb
        i = t.i + 1
        while i < len(doc) and i - t.i <= 4 and doc[i].pos_ in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM") \
                and doc[i].lower_ != "to":
            i += 1
        if i == t.i + 1 or i + 1 >= len(doc):
            continue
        to, verb = doc[i], doc[i + 1]
        if to.lower_ == "to" and to.tag_ == "TO" and verb.tag_ == "VB":
            out.append(f"{t.lower_} {doc[t.i + 1: i].text} to {verb.lower_}")
    return out


def _will_and_to(doc) -> list[str]:
    """"will stay sober and to provide tests": a verb with "will" joined to an infinitive with "to"."""
    out = []
    for t in doc:
        if t.dep_ != "conj" or t.tag_ != "VB" or t.i < 2 or doc[t.i - 1].lower_ != "to" or doc[t.i - 2].lower_ not in ("and", "or"):
            continue
        head = t.head
        if any(c.lower_ in ("will", "'ll") and c.dep_ == "aux" for c in head.children):
            out.append(f"will {head.lower_} and to {t.lower_}")
    return out


_ADDRESSED = {"mum": "f", "mam": "f", "mother": "f", "nan": "f", "gran": "f", "dad": "m", "father": "m", "grandad": "m"}


def _pronoun_after_you(doc) -> list[str]:
    """"Mum, you will … and take her medication": after a family word spoken to as "you" the same
    sentence speaks of that person as "her"/"his" before anyone else is named."""
    out = []
    for sent in doc.sents:
        words = list(sent)
        if len(words) < 4 or words[0].lower_ not in _ADDRESSED or words[1].text != "," or words[2].lower_ != "you":
            continue
        own = {"her", "hers", "herself"} if _ADDRESSED[words[0].lower_] == "f" else {"his", "him", "himself"}
        for t in words[3:]:
            if t.lower_ in own:
                out.append(f"{words[0].text}, you … {t.lower_}")
                break
            if (t.pos_ == "PROPN" and people.is_name(t)) or t.lower_ in _MALE | _FEMALE | {"they", "them", "their"} \
                    or t.lower_ in ("child", "children", "baby", "partner", "friend", "teacher", "worker"):
                break
    return out


_SPLIT = re.compile(r"\][-\u2010\u2011]\w+|\w+[-\u2010\u2011]\[")


def _split_words(text: str) -> list[str]:
    """A [question] glued to what is left of a hyphenated word ("improve [What …?]-parenting"):
    half a word was taken out."""
    return _SPLIT.findall(text)


def _title_possessives(doc) -> list[str]:
    return [f"{t.text}{doc[t.i + 1].text}" for t in doc[:-1]
            if doc[t.i + 1].tag_ == "POS" and t.lower_.rstrip(".") in _TITLES and t.text[:1].isupper()]


def _verbless(doc) -> int:
    n = 0
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        if len(words) < 3 or any(t.lower_ == STAND_IN for t in sent):
            continue  # a heading or a one-word answer is not a broken sentence
        if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
            n += 1
    return n


def _counted(doc, skip=()):
    """Tokens that count: not inside a [question], not in a `skip` range of characters."""
    depth = 0
    for t in doc:
        opens, closes = t.text.count("["), t.text.count("]")
        inside = depth > 0 or opens
        depth += opens - closes
        if inside or closes or any(a <= t.idx < b for a, b in skip):
            continue
        yield t


def negations(doc, skip=()) -> int:
    """How many words in the text say "not" in some form (outside [questions] and `skip`)."""
    n = 0
    for t in _counted(doc, skip):
        lower = t.lower_
        if lower in _NEGATIONS or t.dep_ == "neg" and lower not in _NEGATIONS:
            n += 1
        elif t.lemma_.lower() in _NEGATIVE_LEMMAS or lower in _NEGATIVE_LEMMAS:
            n += 1
        elif lower == "non" or lower.startswith("non-") or (lower.startswith("non") and lower[3:4] in ("e", "c", "a")
                                                           and lower not in ("none", "nonsense")):
            n += 1
    return n


def modals(doc, skip=()) -> int:
    return sum(1 for t in _counted(doc, skip) if t.tag_ == "MD" or t.lower_ in _MODALS and t.pos_ == "AUX")


def facts(doc) -> set[str]:
    """Names, numbers and dates in a parsed draft: what a rewrite must keep word for word."""
    found = set()
    for token in doc:
        if token.lower_ in _CALENDAR and token.text[:1].isupper():
            found.add(token.lower_)
        elif token.like_num or any(ch.isdigit() for ch in token.text):
            found.add(token.lower_)
        elif people.is_name(token) and not people.in_title(token):
            found.add(token.text)  # a person's name; "Public Law Outline" is a thing's
    return found


def missing_facts(doc, rewritten: str, covered: set[int] = frozenset()) -> set[str]:
    """Facts of the draft (tokens not in `covered`) that the rewrite no longer has."""
    lost, lower = set(), rewritten.lower()
    kept_tokens = [t for t in doc if t.i not in covered]
    sub = {t.text for t in kept_tokens} | {t.lower_ for t in kept_tokens}
    for fact in facts(doc) & sub:
        haystack = rewritten if fact[:1].isupper() else lower
        # "1" is kept in "1am", "0.5" in "0.5mg": a number's edge is a digit, a word's any letter
        edge = r"\d" if (any(ch.isdigit() for ch in fact) and not any(ch.isalpha() for ch in fact)) else r"\w"
        if not re.search(rf"(?<!{edge})" + re.escape(fact) + rf"(?!{edge})", haystack):
            lost.add(fact)
    return lost


# Adults as the doers of an act, and verbs that say what someone is, has, feels or thinks (a label
# or a state), or what a plan asks of them (engage, comply, attend), not what they did.
_ADULT_DOERS = {"mum", "mam", "mother", "dad", "father", "parent", "parents", "stepdad", "stepfather", "stepmum",
                "stepmother", "partner", "boyfriend", "girlfriend", "grandad", "grandfather", "grandmother", "nan",
                "gran", "uncle", "aunt", "auntie", "aunty", "carer", "carers", "man", "men", "woman", "women",
                "adult", "adults", "he", "she", "husband", "wife", "offender", "perpetrator"}
_NOT_ACTS = {"be", "have", "coping", "seem", "appear", "present", "lack", "cope", "struggle", "feel", "know", "think",
             "believe", "need", "want", "fail", "refuse", "decline", "engage", "comply", "attend", "accept",
             "understand", "continue", "remain", "become", "get", "keep", "go", "come", "say", "tell", "report",
             "state", "worry", "concern", "agree", "disagree", "deny", "admit", "recognise", "acknowledge",
             "wish", "like", "love", "hope", "try", "manage", "make", "do", "let", "allow", "ensure", "will",
             "demonstrate", "show", "work", "suffer", "live", "stay", "require", "expect"}


def _doer(verb):
    """Who does `verb`: its subject, the "by" of a passive, or the subject of the verb it is joined to."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i \
            and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return _doer(verb.head)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ASPECT_VERBS and verb.head.i != verb.i:
        return _doer(verb.head)  # round 32: "she continues to use": she uses
    return None


_CHILD_WORDS = {"child", "girl", "boy", "baby", "son", "daughter", "yp", "infant", "toddler", "kid", "teenager",
                "pupil"}  # one child: "he"/"she" can stand for it ("the children" cannot)


def _pronoun_is_adult(token) -> bool:
    """Whether "he"/"she" stands for an adult: the nearest person before it of that sex (any name,
    since a name's sex is not known) is an adult ("Dad … he hits"), not a child ("Sienna … she meets")."""
    female = token.lower_ in ("she", "her")
    other = _MALE if female else _FEMALE
    own = "she" if female else "he"
    for prev in reversed(token.doc[max(0, token.i - 60): token.i]):
        lower = prev.lower_
        if lower in other or lower in ("he", "she", "him", "her", "his", "hers"):
            if lower in ("he", "she") and lower == own:
                return _pronoun_is_adult(prev)
            continue
        if prev.tag_ in ("NNS", "NNPS") or prev.dep_ in ("compound", "amod"):
            continue  # "adults she meets", "adult males she has met": "she" is one person, not a plural or a modifier
        if lower in _CHILD_WORDS:
            return False
        if (lower in _ADULT_DOERS or lower in _MALE or lower in _FEMALE) and prev.pos_ in ("NOUN", "PROPN"):
            return True  # "Dad … he", never the word "adult" before "males she has met"
        if prev.pos_ == "PROPN" and people.is_name(prev):
            try:
                return people.is_adult_name(prev)
            except Exception:  # noqa: BLE001 - the analysis reads whole statements only
                return False
    return False  # no one before it: who it stands for is not known


_PLAN_MARKS = {"to", "will", "must", "should", "shall", "would", "could", "can", "may", "might", "'ll", "need"}


_ASPECT_VERBS = {"continue", "start", "begin", "keep"}  # "continues to use": the act goes on


def _planned(verb) -> bool:
    """Whether a verb says what someone will, must or is to do ("He must take responsibility",
    "Dad to attend", "activity monitored by parents" after "should be put"): a plan or a wish, not
    what an adult did."""
    while True:
        if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in _ASPECT_VERBS \
                and verb.head.i != verb.i:
            verb = verb.head  # round 32: "she continues to use cannabis" tells what she does, not a plan
            continue
        if any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("MD", "TO") or c.lower_ in _PLAN_MARKS)
               for c in verb.children):
            return True
        if verb.dep_ in ("xcomp", "acl", "relcl") and verb.tag_ == "VB":
            return True
        if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        return False


def _adult(token) -> bool:
    if token is None:
        return False
    if token.lower_ in ("he", "she"):
        return _pronoun_is_adult(token)
    if token.lower_ in ("him", "her") and token.dep_ == "pobj" and token.head.dep_ == "agent":
        return _pronoun_is_adult(token)  # round 38: "is being threatened by him"
    if token.lower_ in _ADULT_DOERS or token.lemma_.lower() in _ADULT_DOERS:
        return True
    if token.pos_ == "PROPN" and people.is_name(token):
        try:
            return people.is_adult_name(token)
        except Exception:  # noqa: BLE001 - the analysis reads whole statements only
            return False
    return False


def _has_letters(token) -> bool:
    """Round 40 (words_test38 w38-47: "continues to co-sleep", the hyphen tagged a verb): a token
    with no letter (a hyphen, a slash the tagger reads as a verb inside a split word) is no act.
    The lost act was "-", which no rewrite has as a word, so every stage's edits were undone."""
    return any(ch.isalpha() for ch in token.text)


def adult_acts(doc, skip=(), covered: set[int] = frozenset()) -> list:
    """The draft's tokens that say what an adult did: an action verb (not a label or a state)
    whose doer is an adult. Tokens in `covered` (a swap may replace them) or in `skip` (character
    ranges, the flagged words that must go) are left out."""
    out = []
    for t in _counted(doc, skip):
        if t.pos_ != "VERB" or not _has_letters(t) or t.i in covered or t.lemma_.lower() in _NOT_ACTS \
                or t.lower_ in _NOT_ACTS or t.dep_ in ("amod", "compound") or _planned(t):
            continue
        if _adult(_doer(t)):
            out.append(t)
    return out


# Verbs whose passive says what was said, thought or judged of someone, or a neutral event, not a
# harm done to them ("Tia is believed to …", "Kai was seen at the park", "Mum was referred").
_NOT_HARMS = _NOT_ACTS | {"see", "find", "ask", "give", "offer", "advise", "invite", "refer", "assess", "consider",
                          "involve", "place", "base", "diagnose", "suppose", "allege", "believe", "think", "expect",
                          "know", "suspect", "describe", "judge", "deem", "observe", "note", "notice", "hear",
                          "record", "call", "name", "bear", "bring", "raise", "register", "discharge", "admit",
                          "support", "visit", "inform", "tell", "advise", "educate", "list", "accommodate"}
_PERSON_WORDS = _ADULT_DOERS | _CHILD_WORDS | {"children", "they", "him", "her", "them", "sibling", "siblings",
                                               "brother", "sister", "twins", "babies", "boys", "girls"}


def harms_done(doc, skip=(), covered: set[int] = frozenset()) -> list:
    """Round 31: the draft's tokens that say what was done to a person with no doer named ("Tia was
    smacked", "the baby had been shaken"): a passive action verb whose subject is a person. The harm
    is the writer's fact even where who did it is asked about."""
    out = []
    for t in _counted(doc, skip):
        if t.pos_ != "VERB" or not _has_letters(t) or t.i in covered or t.lemma_.lower() in _NOT_HARMS \
                or t.lower_ in _NOT_HARMS or t.dep_ in ("amod", "compound") or _planned(t) or t.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in t.children) or any(c.dep_ == "agent" for c in t.children):
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if subject is None and t.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in t.children):
            # round 38 (review37s S#2, review37x X#5): "… someone she met online and is now being
            # blackmailed": a passive joined to a verb shares its subject, and the harm is as much
            # the writer's fact
            subject = _own_subject(t)
        if subject is None:
            continue
        if subject.lower_ in _PERSON_WORDS or subject.lemma_.lower() in _PERSON_WORDS or (
                subject.pos_ == "PROPN" and people.is_name(subject)):
            out.append(t)
    return out


def lost_acts(draft_doc, rewritten: str, skip=(), covered: set[int] = frozenset()) -> list[str]:
    """The adults' acts of the draft whose verb the rewrite (outside its [questions]) no longer has,
    in any form ("was assaulted by the father" -> "Dad assaulted Mum" keeps it); round 31: and the
    harms done to a person with no doer named ("Tia was smacked", harms_done)."""
    nlp_words = {w.lower() for w in re.findall(r"[A-Za-z]+", without_placeholders_all(rewritten))}
    lost = []
    acts = adult_acts(draft_doc, skip, covered)
    seen = {t.i for t in acts}
    for t in acts + [h for h in harms_done(draft_doc, skip, covered) if h.i not in seen]:
        forms = {t.lower_, t.lemma_.lower()}
        if not forms & nlp_words and not any(w.startswith(t.lemma_.lower()[:-1]) and len(t.lemma_) > 3
                                             and len(w) - len(t.lemma_) <= 3 for w in nlp_words):
            lost.append(t.text)
    return lost


# ---- round 32: who did what to whom --------------------------------------------------------
_ROLE_PRONOUNS = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we", "whom": "who"}


def _person_key(token) -> str | None:
    """A person in a verb's role, as a word the draft and the rewrite share: a name, a person word
    or a pronoun ("her" and "she" are one person); None for a thing."""
    lower = token.lower_
    if token.pos_ == "PRON":
        key = _ROLE_PRONOUNS.get(lower, lower)
        return key if key in ("he", "she", "they", "i", "we", "you") else None
    if token.pos_ == "PROPN" or lower in _PERSON_WORDS or token.lemma_.lower() in _PERSON_WORDS:
        return lower
    return None


def _passive(verb) -> bool:
    """A verb in the passive: its own passive helper or "by", or a bare participle joined to a
    passive verb ("was hit and kicked")."""
    if any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in verb.children):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return _passive(verb.head) if verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") else False
    return False


def _own_subject(verb):
    """The subject of `verb`, or of the verb it is joined to when it has none of its own."""
    seen = 0
    while verb is not None and seen < 8:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb, seen = verb.head, seen + 1
    return None


def verb_roles(doc, skip=()) -> set[tuple[str, str, str]]:
    """(verb lemma, "doer" or "undergoer", person) for each person a verb has as its doer (an
    active verb's subject, a passive's "by") or its undergoer (a passive's subject, an active
    verb's object), a verb joined by "and"/"but" with no subject of its own taking its neighbour's."""
    roles = set()
    for verb in _counted(doc, skip):
        if verb.pos_ != "VERB" or verb.dep_ in ("amod", "compound"):
            continue
        lemma = verb.lemma_.lower()
        passive = _passive(verb)
        subject = _own_subject(verb)
        found = []
        if subject is not None:
            found.append(("undergoer" if passive else "doer", subject))
        for child in verb.children:
            if child.dep_ == "agent":
                found.extend(("doer", g) for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "dobj" and not passive:
                found.append(("undergoer", child))
        for role, token in found:
            # the words naming one person ("her boyfriend, Craig", "boyfriend Craig"): each is that
            # person, whichever the parse takes for the head once the words are moved
            words = [token] + [c for c in token.children if c.dep_ in ("appos", "compound")]
            for word in words:
                key = _person_key(word)
                if key is not None:
                    roles.add((lemma, role, key))
    return roles


_NAMED_ROLES = {"grandmother", "grandfather", "stepfather", "step-father", "stepmother", "step-mother"}


def changed_subjects(draft_doc, rewrite_doc, covered: set[int] = frozenset()) -> list[str]:
    """Round 32: the rewrite's verbs that have a new doer or undergoer: a person the draft has, set
    in a role of a verb whose persons in that role the draft names otherwise ("Noor was not hurt by
    Dad but was pushed by her uncle" -> "Dad did not hurt Noor but was pushed by her uncle": Dad
    is now the one pushed). A person a swap may name otherwise ("the mother" -> "Mum") is not a
    change."""
    before = verb_roles(draft_doc)
    after = verb_roles(rewrite_doc)
    swapped = {_person_key(draft_doc[i]) for i in covered if i < len(draft_doc)}
    in_draft = {_person_key(t) for t in draft_doc} - {None}
    out = []

    def verbs(doc, lemma):
        return sum(1 for t in doc if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == lemma)

    for lemma, role, person in sorted(after - before):
        if verbs(draft_doc, lemma) != verbs(rewrite_doc, lemma):
            # A swap brought in or took out a verb of this lemma ("ensure" -> "make sure" beside "make
            # safer choices", "attend" -> "go to" beside the child's "go to football"): the verbs of
            # the draft and the rewrite cannot be paired by lemma, so no change is claimed.
            continue
        others = {p for v, r, p in before if v == lemma and r == role}
        if not others or others & swapped or person not in in_draft or others <= _NAMED_ROLES:
            continue  # a role word the writer's --name words may take the place of ("grandmother" -> "Nan")
        if person in ("he", "she", "they") and others - {"he", "she", "they"}:
            continue  # "Mum has been pushed by her partner" -> "Mum's partner has pushed her": "her" is Mum
        out.append(f"{lemma} ({role}: {', '.join(sorted(others))} -> {person})")
    return out


def without_placeholders_all(text: str) -> str:
    """The rewrite with every [question] taken out: a verb asked about is not a verb kept."""
    return _PLACEHOLDER.sub(" ", text)


def _new(before: list[str], after: list[str]) -> list[str]:
    pool = list(before)
    out = []
    for item in after:
        if item in pool:
            pool.remove(item)
        else:
            out.append(item)
    return out


def compare(draft_doc, rewrite_doc, full_rewrite: str | None = None, error_spans=(),
            covered: set[int] = frozenset(), replaced=(), counted_draft=None) -> Problems:
    """What `rewrite_doc` (the rewrite with its [questions] taken out, parsed) broke or lost
    against `draft_doc`. `full_rewrite` (with its questions) is searched for kept facts;
    `error_spans` are the draft's flagged words that must not survive unchanged; `covered` are
    draft tokens a swap may legitimately replace (role words and acronyms are not facts);
    `replaced` are character ranges of the draft (of `counted_draft` when given) that a question
    took the place of: a flagged clause asserts nothing once it is a question, so its "not" and
    "will" are not counted as lost."""
    problems = Problems()
    for name, pattern in (("bare_after_verb", _bare_pairs), ("finite_after_aux", _finite_after_aux),
                          ("stranded_preposition", _stranded),
                          ("doubled_words", _doubled), ("misplaced_article", _misplaced_articles),
                          ("title_possessive", _title_possessives),
                          ("not_after_preposition", _not_after_preposition),
                          ("stray_punctuation", _stray_punctuation), ("to_after_bare_verb", _to_after_bare_verb),
                          ("will_and_to", _will_and_to), ("pronoun_after_you", _pronoun_after_you)):
        for words in _new(pattern(draft_doc), pattern(rewrite_doc)):
            problems.add(name, words)
    problems.add("verbless", "a sentence without a verb", _verbless(rewrite_doc) - _verbless(draft_doc))
    counted = counted_draft if counted_draft is not None else draft_doc
    problems.add("lost_negations", "not", negations(counted, replaced) - negations(rewrite_doc))
    problems.add("lost_modals", "will/could/must", modals(counted, replaced) - modals(rewrite_doc))
    lost = missing_facts(draft_doc, full_rewrite if full_rewrite is not None else rewrite_doc.text, covered)
    problems.add("lost_facts", ", ".join(sorted(lost)), len(lost))
    if full_rewrite is not None:
        for words in _new(_split_words(draft_doc.text), _split_words(full_rewrite)):
            problems.add("split_words", words)
    bare = rewrite_doc.text
    for words in error_spans:
        if words and re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", bare, re.IGNORECASE):
            problems.add("kept_errors", words)
    if full_rewrite is not None:  # (a word swap judged alone is not a rewrite that drops a clause)
        flagged = [(m.start(), m.end()) for words in error_spans if words
                   for m in re.finditer(re.escape(words), draft_doc.text)]
        acts = lost_acts(draft_doc, full_rewrite, flagged, covered)
        problems.add("lost_acts", ", ".join(acts), len(acts))
    for words in changed_subjects(draft_doc, rewrite_doc, covered):
        problems.add("changed_subjects", words)
    for words in lost_conditions(draft_doc, rewrite_doc):
        problems.add("lost_conditions", words)
    for words in told_twice(draft_doc, rewrite_doc):
        problems.add("told_twice", words)
    for words in possessive_on_verb(draft_doc, rewrite_doc):
        problems.add("possessive_on_verb", words)
    for words in _new(_two_verb_groups(draft_doc), _two_verb_groups(rewrite_doc)):
        problems.add("two_verb_groups", words)
    for words in dangling_verbs(draft_doc, rewrite_doc):
        problems.add("dangling_verb", words)
    return problems


# ---- round 34: a sentence the parse says is broken (review34d D#1, review34 P#2) ----------------
def _possessive_after_to(doc) -> list[str]:
    """ "to parent's …": a possessive straight after "to" on a lower-case singular common word with
    no article ("parent", "care"): a verb given a possessive, or a noun that lacks its "the"; a
    name or a family word ("to Mum's house", "to Ali's") is fine."""
    from .people import is_name

    out = []
    for t in doc:
        if t.i < 1 or t.i + 1 >= len(doc) or doc[t.i + 1].tag_ != "POS" or doc[t.i - 1].lower_ != "to":
            continue
        if t.tag_ in ("NN", "VB", "VBP") and t.text[:1].islower() and not is_name(t) \
                and t.lower_ not in ("mum", "dad", "nan", "gran", "grandad", "nana", "mam", "everyone", "someone"):
            out.append(f"to {t.lower_}'s")
    return out


def possessive_on_verb(draft_doc, rewrite_doc) -> list[str]:
    """Round 34 (review34d D#1: "Her ability to parent's disability compromises her"): a possessive
    the rewrite put on a verb after "to", a possessive on a clause."""
    return _new(_possessive_after_to(draft_doc), _possessive_after_to(rewrite_doc))


def _has_modal(verb) -> bool:
    return any(c.tag_ == "MD" and c.dep_ == "aux" for c in verb.children)


def _two_verb_groups(doc) -> list[str]:
    """"Failure will do so will result in …": two verbs that each have their own "will" (or other
    modal), one hung straight on the other ("dep", "parataxis", a clause as subject or object) with
    nothing between them to join them (no "and", comma, "that" or "if") and no subject of the later
    one's own between them ("Mum will say she will go" has one)."""
    out = []
    for t in doc:
        head = t.head
        if t.dep_ not in ("dep", "parataxis", "csubj", "ccomp") or head.i == t.i:
            continue
        if t.pos_ not in ("VERB", "AUX") or head.pos_ not in ("VERB", "AUX") or not _has_modal(t) or not _has_modal(head):
            continue
        first, later = sorted((head, t), key=lambda w: w.i)
        between = doc[first.i + 1: later.i]
        if any(w.is_punct or w.dep_ in ("cc", "mark") or w.pos_ in ("CCONJ", "SCONJ") for w in between):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and first.i < c.i < later.i for c in later.children):
            continue
        if any(c.dep_ == "mark" for c in t.children):
            continue
        out.append(f"{first.lower_} … {later.lower_}")
    return out


_ENDS = {".", "!", "?", ";"}
_OBJECTS = ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "prep", "agent", "pcomp", "advcl", "acomp", "prt")


def _verb_ending(doc) -> list:
    """Verbs (or "make" with its adjective, "make sure") a sentence ends on, with nothing after
    them: (the verb token, the words)."""
    out = []
    for t in doc:
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.text not in _ENDS:
            continue
        verb = t
        if t.pos_ == "ADJ" and t.dep_ in ("acomp", "ccomp", "oprd") and t.head.lemma_.lower() == "make" \
                and t.head.i == t.i - 1 and not any(c.dep_ == "dobj" for c in t.head.children):
            out.append((t.head, f"{t.head.lower_} {t.lower_}"))  # "make sure." with nothing to make sure of
            continue
        if verb.pos_ != "VERB" or verb.dep_ in ("aux", "auxpass", "amod", "compound") or verb.tag_ in ("VBN", "VBG"):
            continue
        if any(c.dep_ in _OBJECTS and c.i > verb.i for c in verb.children):
            continue
        out.append((verb, verb.lower_))
    return out


def dangling_verbs(draft_doc, rewrite_doc) -> list[str]:
    """Round 34 (review34 P#2: "Parents to monitor YP and ensure she is not associating with risky
    adults" -> "You will monitor the young person and make sure."): a verb the rewrite ends a
    sentence on that the draft had an object or a clause after (the same word with something after
    it, and never at a sentence's end), or "make sure" with nothing to make sure of."""
    ended = {v.lower_ for v, _ in _verb_ending(draft_doc)}
    followed = {t.lower_ for t in draft_doc if t.pos_ == "VERB" and any(c.dep_ in _OBJECTS and c.i > t.i for c in t.children)}
    old = [w for _, w in _verb_ending(draft_doc)]
    out = []
    for verb, words in _verb_ending(rewrite_doc):
        if " " in words or (verb.lower_ in followed and verb.lower_ not in ended):
            out.append(words)
    return _new(old, out)


# ---- round 33: a condition or a worry cut off its clause; the same thing told twice ------------
def _opening(sentence, n: int = 4) -> tuple[str, ...]:
    return tuple(t.lower_ for t in sentence if t.is_alpha and t.lower_ != STAND_IN)[:n]


def _framed_before(sentence, at: int) -> bool:
    """Whether a condition ("if", "unless") or a frame of worry or report ("… worried that", "…
    said that") stands in `sentence` before token `at`."""
    for t in sentence:
        if t.i >= at:
            break
        if t.dep_ == "mark" and t.lower_ in ("if", "unless"):
            return True
        if t.dep_ == "mark" and t.lower_ == "that" and t.head.dep_ == "ccomp":
            return True
    return False


def lost_conditions(draft_doc, rewrite_doc) -> list[str]:
    """Round 33 (review33 P#2): sentences of the rewrite that were the later part of a draft
    sentence ("…, and he will keep feeling scared") cut off from the condition or the worry that
    governed them ("if this keeps happening", "Jo is worried that"): a worry now reads as a fact.
    Read by where each new sentence's first words stood in the draft."""
    draft_sents = list(draft_doc.sents)
    old = {_opening(s) for s in draft_sents}
    out = []
    for sentence in rewrite_doc.sents:
        opening = _opening(sentence)
        if len(opening) < 3 or opening in old:
            continue
        for d in draft_sents:
            words = [t for t in d if t.is_alpha]
            for k in range(1, len(words) - len(opening) + 1):
                if tuple(t.lower_ for t in words[k:k + len(opening)]) != opening:
                    continue
                before = words[k].i - 1
                if before > d.start and (draft_doc[before].is_punct or draft_doc[before].dep_ == "cc"):
                    # the part before the cut still stands in the rewrite (a split), not asked about
                    # in a [question] that took its place ("It is thought that …" -> "[Who …?]")
                    head = tuple(t.lower_ for t in words[:min(k, 5)])
                    kept = any(tuple(t.lower_ for t in [w for w in s2 if w.is_alpha][:len(head)]) == head
                               for s2 in rewrite_doc.sents)
                    if kept and _framed_before(d, words[k].i):
                        out.append(sentence.text.strip()[:60])
                break
            else:
                continue
            break
    return out


def _content_lemmas(sentence) -> frozenset:
    """What a sentence tells, without who it is about: names and family words recur in every
    sentence of a statement ("Mr and Mrs Hale, you and Poppy need …. For this to happen, Mr and
    Mrs Hale will …") and do not make two sentences the same."""
    return frozenset(t.lemma_.lower() for t in sentence if t.pos_ in ("NOUN", "VERB", "NUM", "ADJ")
                     and not people.is_name(t) and t.lower_ != STAND_IN
                     and t.lemma_.lower() not in ("be", "have", "do", "need", "happen", "mum", "dad", "child", "children"))


def told_twice(draft_doc, rewrite_doc) -> list[str]:
    """Round 33 (review33 P#10): two sentences of the rewrite telling the same thing (nearly the
    same content words, four or more) where the draft had no such pair: an incident told twice."""
    def pairs(doc) -> int:
        sets = [c for c in (_content_lemmas(s) for s in doc.sents) if len(c) >= 4]
        n = 0
        for i, a in enumerate(sets):
            for b in sets[i + 1:]:
                if len(a & b) >= 0.8 * min(len(a), len(b)):
                    n += 1
        return n
    extra = pairs(rewrite_doc) - pairs(draft_doc)
    return ["the same thing told twice"] * max(extra, 0)


# ---- judging one word swap before a rule offers it ----------------------------------------
_judged: dict = {}


_MALE = {"man", "men", "male", "males", "boy", "boys", "he", "him", "his", "father", "fathers", "dad", "husband",
         "brother", "brothers", "son", "sons", "grandfather", "grandad", "uncle", "stepfather", "stepdad", "mr"}
_FEMALE = {"woman", "women", "female", "females", "girl", "girls", "she", "her", "hers", "mother", "mothers", "mum",
           "wife", "sister", "sisters", "daughter", "daughters", "grandmother", "nan", "aunt", "aunty", "auntie",
           "stepmother", "stepmum", "mrs", "ms", "miss"}
# Words for people: a swap from one of these must land on one ("the occupants" is never "the home").
_PEOPLE = _MALE | _FEMALE | {
    "person", "people", "adult", "adults", "child", "children", "parent", "parents", "carer", "carers", "occupant",
    "occupants", "resident", "residents", "tenant", "tenants", "individual", "individuals", "partner", "partners",
    "worker", "workers", "visitor", "visitors", "teacher", "teachers", "officer", "officers", "nurse", "nurses",
    "doctor", "doctors", "practitioner", "practitioners", "professional", "professionals", "family", "families",
    "baby", "babies", "infant", "infants", "sibling", "siblings", "relative", "relatives", "guardian", "guardians",
    "offender", "perpetrator", "victim", "victims", "youth", "leaver", "coordinator", "adviser", "advisor",
    "team", "service", "services", "council", "police", "school", "staff", "other", "others", "group", "who",
    "friend", "friends", "neighbour", "neighbours", "gran", "grandparent", "grandparents", "cousin", "cousins",
    "boyfriend", "girlfriend", "kid", "kids", "men", "someone", "anyone", "everyone", "nobody"}


def changes_who(original: str, replacement: str) -> bool:
    """A swap that turns a man into a woman, or a person into a place or a thing, changes who
    did what in a record: "an adult female" is never "a man", "the occupants" never "the home"."""
    def words(text: str) -> set[str]:  # an acronym is not a word for a person ("MS" is not "Ms")
        return {w.lower() for w in re.findall(r"[A-Za-z]+", text) if not (len(w) > 1 and w.isupper())}

    old, new = words(original), words(replacement)
    if (old & _MALE and new & _FEMALE and not new & _MALE) or (old & _FEMALE and new & _MALE and not new & _FEMALE):
        return True
    head = [w.lower() for w in re.findall(r"[A-Za-z]+", original) if not (len(w) > 1 and w.isupper())][-1:]
    # the last word says what it is: "perpetrator programme" is a programme; "MS" is not "Ms"
    return bool(set(head) & _PEOPLE) and not new & _PEOPLE and not re.search(r"[A-Z]", replacement[1:])


def _half_word(text: str, start: int, end: int) -> bool:
    """Half of a hyphenated word ("non-engagement"): the other half changes its sense."""
    return text[:start].endswith("-") or text[end:end + 1] == "-" \
        or bool(re.search(r"(?i)\b(non|un|anti|pre|post)\s$", text[max(0, start - 8):start]))


def _sentence_pair(doc, text: str, start: int, end: int, replacement: str) -> tuple[str, str]:
    """The sentence holding the swap, before and after it."""
    sentence = doc.char_span(start, end, alignment_mode="expand")
    sent = sentence.sent if sentence is not None else doc[:]
    s0 = sent.start_char
    before = text[sent.start_char: sent.end_char]
    return before, before[: start - s0] + replacement + before[end - s0:]


def judge_swap(doc, start: int, end: int, replacement: str, nlp) -> bool | None:
    """None: the swap must not be offered (it breaks the sentence, or changes a negation, a
    modal, a name, a number or a date); True: safe to write; False: fine to show, not to write."""
    return judge_swaps(doc, [(start, end, replacement)], nlp)[0]


def judge_swaps(doc, swaps, nlp) -> list[bool | None]:
    """`judge_swap` for each (start, end, replacement) of one statement. The sentences still to be
    judged are parsed together, in one pass of the pipeline (and a sentence with two swaps once),
    not one call each: the same parses, for less time (`make bench`, rules against the parse)."""
    text = doc_text(doc)
    keys = [None if _half_word(text, start, end) else _sentence_pair(doc, text, start, end, replacement)
            for start, end, replacement in swaps]
    waiting = list(dict.fromkeys(k for k in keys if k is not None and k not in _judged))
    if waiting:
        sentences = list(dict.fromkeys(t for pair in waiting for t in pair))
        # (batch_size: a pass of whole sentences, never a lexicon's phrase pass that the shipped
        # lemma table serves or that devtools.pattern_lemmas records)
        parsed = dict(zip(sentences, nlp.pipe(sentences, batch_size=len(sentences))))
        for (start, end, replacement), key in zip(swaps, keys):
            if key in waiting and key not in _judged:
                _judged[key] = _judge(nlp, key[0], key[1], text[start:end], replacement,
                                      parsed=(parsed[key[0]], parsed[key[1]]))
        while len(_judged) > 4096:
            _judged.pop(next(iter(_judged)))
    return [None if key is None else _judged[key] for key in keys]


def _judge(nlp, before: str, after: str, original: str, replacement: str, parsed=None) -> bool | None:
    old, new = parsed if parsed is not None else (nlp(before), nlp(after))
    problems = compare(old, new)
    if problems:
        return None
    small_old, small_new = nlp.make_doc(original), nlp.make_doc(replacement)
    if any(t.like_num or any(c.isdigit() for c in t.text) for t in small_old):
        return None
    if changes_who(original, replacement):
        return None
    # Safe only when the parse keeps its shape: the same main verb (unless the swap replaced
    # it), as many finite verbs, subjects and passives, and the same subjects outside the swap.
    at = before.find(original)
    inside = range(at, at + len(original)) if at >= 0 else range(0)
    within_new = range(at, at + len(replacement)) if at >= 0 else range(0)

    def shape(parsed, span):
        roots = [t.lemma_.lower() for t in parsed if t.dep_ == "ROOT" and t.idx not in span]
        # Round 33 (review33 P#10): a bare verb with its own subject and no auxiliary is finite
        # whether the tagger says VB or VBP ("ensure the children attend" VB, "make sure the children
        # attend" VBP): one tagger's wobble outside the swap held "ensure" back in one plan only.
        finite = sum(1 for t in parsed if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (
            t.tag_ == "VB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in t.children)))
        subjects = sorted(t.lower_ for t in parsed if t.dep_ in ("nsubj", "nsubjpass") and t.idx not in span)
        n_subjects = sum(1 for t in parsed if t.dep_ in ("nsubj", "nsubjpass"))
        passives = sum(1 for t in parsed if t.dep_ == "auxpass")
        return roots, finite, subjects, n_subjects, passives

    return shape(old, inside) == shape(new, within_new)
