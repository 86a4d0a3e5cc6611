"""A goal's error phrase of compliance or absence of harm is never kept with no question (issue 11 §2).

The check flags a goal as an error when its measure is only going to services (SOS511: "provide
hair strand test results") or only harm not happening (SOS512: "will stop hitting Hana", "there
will be no smell of cannabis"), with no everyday act of the adults anywhere in it. The rewrite
keeps the writer's words (they are not wrong, only not enough) and asks, right after their
sentence, one plain question about what the adults will do instead:
    ["stop hitting Hana": What will Mum do instead? Who will see it?]
No question is asked where the same or the next sentence already says what an adult will do
instead ("…, and Claire will do the school run"), or where a question about what they will do
instead already stands beside it; sentences in a row share one question; "Who will see it?" takes
the place of the scaffold's "[How will others know it is happening? …]" and is not asked when the
draft says who will see it.
"""
from __future__ import annotations

import re

from . import people
from .edits import Edit

CODES = ("SOS511", "SOS512")
OTHERS_KNOW = "[How will others know it is happening? Who will see what?]"
# A question already beside the sentence that asks what the adults will do instead.
# "[What plain words say this? Say what Mum or Dad will do each week, and who will see it.]" (a
# compliance term's question) asks it too.
_ANSWERED = re.compile(r"(?i)\binstead\b|\bdo at home each day\b|\bkeep \w+(?: \w+){0,3} safe\?"
                       r"|\bwill do each (?:day|week)\b")
# Round 19: a compliance term's question ("… will do each week") answers going to services
# (SOS511), not harm not happening (SOS512): "Dad will accept [What plain words say this? …] and
# stop drinking completely" still asks what Dad will do instead of drinking.
_ANSWERED_HARM = re.compile(r"(?i)\binstead\b|\bdo at home each day\b|\bkeep \w+(?: \w+){0,3} safe\?")
# A visit or a look by someone else is how others will know, not what happens instead
# ("Nanna Lorraine will keep an eye on things", "Sharon will pop round at bedtime").
_WATCHING = {"check", "monitor", "watch", "observe", "visit", "see", "review", "oversee", "inspect", "ring",
             "phone", "text", "call", "report", "record", "notice", "hear"}
_DROPPING_IN = {"pop", "drop", "call", "come", "look", "nip", "check", "swing"}
_ROUND = {"round", "in", "by", "over", "around"}
_AGAIN = {"stop", "avoid", "refrain", "quit", "cease", "abstain", "remain", "stay", "be", "have", "ensure", "make"}
_VAGUE = {"need", "needs", "change", "changes", "effort", "efforts", "improvement", "improvements", "progress",
          "priority", "insight", "understanding", "commitment", "learning"}
_IF_NOT = re.compile(r"(?i)^\s*if\s+(?:this|that|it|these\s+things|they|he|she|you)\b")
_PRONOUNS = {"he", "she", "they", "it", "this", "that", "there", "which", "who", "i", "we"}
_MAX_QUOTE = 9
_STOPS = {",", ";", ":", ".", "(", ")", "!", "?", '"', "–", "—", "…"}


def _occurrences(words: str, text: str):
    return re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text, re.IGNORECASE)


def _inside(questions: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start < b or a < end <= b for a, b in questions)


def _verb_of(token):
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ == "AUX" and verb.dep_ in ("aux", "auxpass", "neg") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "will" of "will not drive": the clause is the driving
    return verb


def _subject(verb):
    doer = verb
    while True:
        subject = next((c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is not None or doer.dep_ not in ("conj", "xcomp") or doer.head.i == doer.i:
            return subject
        doer = doer.head  # "… and will not witness": the subject of the first verb


def _is_child(token, children: set[str]) -> bool:
    return token.text in children or token.lower_ in ("child", "children", "baby", "siblings", "twins", "kids") \
        or token.text.startswith("[")


def _adult(subject, children: set[str], asked: set[int]) -> bool:
    """A person who can act who is not the child: a name, Mum, "the parents", "you"."""
    if subject is None or subject.i in asked or subject.lower_ in _PRONOUNS - {"he", "she", "they"}:
        return False
    words = [subject] + [c for c in subject.children if c.dep_ in ("conj", "compound", "appos")]
    if any(_is_child(t, children) for t in words):
        return False  # the child; "Kezia's mum" is not
    return subject.lower_ in ("you", "he", "she", "they") or people.is_name(subject) or subject.pos_ == "PROPN" \
        or subject.lemma_.lower() in _PEOPLE


_FAMILY_NAMES = {"mum", "dad", "nan", "gran", "grandad", "nana"}  # said as names: "Mum", not "the mum"
_PEOPLE = {"mum", "dad", "mother", "father", "parent", "carer", "nan", "gran", "grandad", "grandmother",
           "grandfather", "aunt", "auntie", "uncle", "partner", "stepdad", "stepmum", "friend", "neighbour",
           "godmother", "godfather", "cousin", "brother", "sister", "adult", "family", "man", "woman", "nana",
           "stepfather", "stepmother"}


def _watching(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _WATCHING:
        return True
    if lemma == "keep" and any(t.lower_ == "eye" for t in verb.subtree):
        return True  # "keep an eye on things"
    # "pop round", "drop in", "call by": the word after the verb is a particle, with no place of its own.
    return lemma in _DROPPING_IN and any(c.lower_ in _ROUND and c.i == verb.i + 1 and c.dep_ != "prep"
                                         and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _acts(sentence, flagged: list[tuple[int, int]], questions, children: set[str], asked: set[int]) -> bool:
    """The sentence says what an adult will do: a "will" (or "must") whose verb is an act of a
    person who is not the child, not negated, not stopping or staying off again, not a visit or a
    look by someone (how others will know), not in the passive with no doer, and none of whose
    own words are a flagged phrase or a [question]."""
    for token in sentence:
        if token.lower_ not in ("will", "'ll", "must", "shall") or token.i in asked:
            continue
        verb = token.head
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                          and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        subject = _subject(verb)
        if not _adult(subject, children, asked):
            continue
        for act in verbs:
            if act.lemma_.lower() in _AGAIN or _watching(act) or any(c.dep_ == "neg" for c in act.children):
                continue
            if any(c.dep_ == "dobj" and c.lemma_.lower() in _VAGUE for c in act.children):
                continue  # "put Storm's needs first", "make positive changes": nothing anyone can see
            if any(c.dep_ == "auxpass" for c in act.children) and not any(c.dep_ == "agent" for c in act.children):
                continue
            own = [act] + [t for c in act.children if c.dep_ not in ("conj", "cc", "nsubj", "nsubjpass")
                           for t in c.subtree]
            first, last = min(t.idx for t in own), max(t.idx + len(t.text) for t in own)
            if any(a < last and first < b for a, b in flagged) or _inside(questions, first, last) \
                    or any(first <= a < last for a, _ in questions):
                continue
            if _asks_about(sentence.doc.text, first, last):
                continue
            return True
    return False


_KEPT_AND_ASKED = re.compile(r'\["([^"\]]+)": ')


def _asks_about(text: str, first: int, last: int) -> bool:
    """Round 22: the act's words hold a term the rewrite kept and asks about after the sentence
    (`["referral": …]`, where a question once took the term's place): they are no more an act of
    the adults' than words a question stands in."""
    own = text[first:last]
    return any(re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", own, re.IGNORECASE)
               for words in _KEPT_AND_ASKED.findall(text[last:]))


def _quote(doc, start: int, end: int, questions) -> str:
    """The flagged words with the rest of their clause ("will not smoke cannabis in the flat"),
    cut at a [question], a following clause or _MAX_QUOTE words; the words alone otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[start:end]
    verb = _verb_of(span.root)
    cut = {i for c in verb.children if c.dep_ in ("conj", "cc") for i in range(c.left_edge.i, c.right_edge.i + 1)}
    stop, i = span.end - 1, span.end
    while i < span.sent.end and i <= verb.right_edge.i and i not in cut \
            and doc[i].text not in _STOPS and "[" not in doc[i].text:
        stop, i = i, i + 1
    if stop - span.start >= _MAX_QUOTE:
        stop = span.start + _MAX_QUOTE - 1  # a long clause: its first words, then "…"
        return doc[span.start: stop + 1].text.rstrip(" ,;:") + " …" if not _inside(
            questions, start, doc[stop].idx + len(doc[stop].text)) else doc.text[start:end]
    words = doc[span.start: stop + 1]
    text = words.text.strip(" ,;:")
    if "[" in text or "]" in text or _inside(questions, words.start_char, words.end_char) or '"' in text:
        return doc.text[start:end]
    return text


def _who(doc, start: int, children: set[str], asked: set[int], carers: str) -> str:
    token = next((t for t in doc if t.idx <= start < t.idx + max(len(t.text), 1)), None)
    subject = _subject(_verb_of(token)) if token is not None else None
    if subject is not None and _adult(subject, children, asked) and subject.lower_ not in ("he", "she", "they"):
        if subject.lower_ == "you":
            return "you"
        words = doc[subject.left_edge.i: subject.right_edge.i + 1]
        if len(words) <= 4 and not any("[" in t.text or t.is_punct for t in words):
            text = words.text
            if len(words) == 1 and subject.lower_ in _PEOPLE - _FAMILY_NAMES:
                return "the " + subject.lower_  # "Stepfather will not …" -> "the stepfather"
            return text if words[0].pos_ == "PROPN" or people.is_name(words[0]) else text[:1].lower() + text[1:]
    return carers or "the adults"


def _only_questions(sentence) -> bool:
    """A sentence that is only the rewrite's [questions]."""
    return not re.sub(r"\[[^\[\]]*\]", "", sentence.text).strip(" .")


def edits(doc, phrases: list[tuple[str, str]], children: set[str], carers: str, sentences) -> list[Edit]:
    """A question after each run of sentences holding a kept error phrase (`phrases`: (code,
    words) read on the draft as written) that nothing beside it answers."""
    if not phrases:
        return []
    questions = [(m.start(), m.end()) for m in re.finditer(r"\[[^\[\]]*\]", doc.text)]
    asked = people.in_placeholders(doc)
    found: dict[int, tuple[str, int, int]] = {}  # sentence number -> (code, start, end) of its first phrase
    codes: dict[int, set[str]] = {}  # sentence number -> the codes of all its phrases
    spans = []
    for code, words in phrases:
        for m in _occurrences(words, doc.text):
            if _inside(questions, m.start(), m.end()):
                continue
            spans.append((m.start(), m.end()))
            k = next((k for k, s in enumerate(sentences) if s.start_char <= m.start() < s.end_char), None)
            if k is None or _IF_NOT.match(sentences[k].text):
                continue
            codes.setdefault(k, set()).add(code)
            if k not in found or m.start() < found[k][1]:
                found[k] = (code, m.start(), m.end())
    # Sentences in a row share one question; a [question] standing as a sentence of its own
    # between them does not part them.
    real = [k for k, s in enumerate(sentences) if not _only_questions(s)]
    out, runs = [], []
    for n, k in enumerate(real):
        if k not in found:
            continue
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    see_wanted = OTHERS_KNOW in doc.text
    for run in runs:
        after = real[run[-1] + 1] if run[-1] + 1 < len(real) else None
        lead = real[run[0]]
        while lead > 0 and _only_questions(sentences[lead - 1]):
            lead -= 1  # a question standing right before the run is beside it too
        tail = after if after is not None else len(sentences) - 1
        while tail + 1 < len(sentences) and _only_questions(sentences[tail + 1]):
            tail += 1  # and the questions standing right after the next sentence
        first, stop = sentences[lead].start_char, sentences[tail].end_char if after is not None else len(doc.text)
        answered = _ANSWERED if all(codes[real[n]] == {"SOS511"} for n in run) else _ANSWERED_HARM
        if any(answered.search(doc.text[a:b]) for a, b in questions if first <= a < stop):
            continue  # a question beside it asks what they will do instead already
        if any(_acts(sentences[real[n]], spans, questions, children, asked)
               for n in range(run[0], min(run[-1] + 2, len(real)))):
            continue  # the same or the next sentence says what an adult will do instead
        run = [real[n] for n in run]
        code, start, end = found[run[0]]
        whos = [_who(doc, found[k][1], children, asked, "") for k in run]
        who = next((w for w in whos if w != "the adults"), carers or "the adults")
        quote = _quote(doc, start, end, questions)
        does = "do at home each day instead" if code == "SOS511" else "do instead"
        see = " Who will see it?" if see_wanted else ""
        question = f"[\"{quote}\": What will {who} {does}?{see}]"
        at = sentences[run[-1]].end_char
        while at > 0 and doc.text[at - 1] == " ":
            at -= 1
        out.append(Edit(at, at, " " + question, code,
                        "A goal is not only harm not happening or going to services: say what the adults will do "
                        "instead, and who will see it.", safe=False))
    if out and see_wanted:
        start = doc.text.index(OTHERS_KNOW)
        lead = 1 if start and doc.text[start - 1] == " " else 0
        tail = 0
        if lead and any(e.start == start - 1 for e in out):  # a question goes in right there: take the space after
            lead, tail = 0, 1 if doc.text[start + len(OTHERS_KNOW): start + len(OTHERS_KNOW) + 1] == " " else 0
        out.append(Edit(start - lead, start + len(OTHERS_KNOW) + tail, "", "SOS515",
                        "\"Who will see it?\" is asked with what the adults will do instead.", safe=False))
    return out
