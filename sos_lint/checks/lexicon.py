"""Lexicon rules' shared machinery: TOML word lists matched on lemmas and exact forms with spaCy."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from ..data import load_toml
from ..metrics import doc_memo


@dataclass(frozen=True)
class Entry:
    phrase: str
    group: str  # the entry's group ([group.NAME] in jargon.toml and specificity.toml)
    replacement: str = ""
    advice: str = ""
    source: str = ""
    with_behaviour_ok: bool = False
    variants: tuple[str, ...] = ()
    code: str = ""  # the rule that reports the term, stated once per group ([group.NAME] code)
    goal_advice: str = ""  # advice when the statement is a goal ("say what Mum will do each week")
    any_subject: bool = False  # victim-blaming words that blame whoever the sentence is about
    judges_adults: bool = False  # victim-blaming words that, about an adult, are a judgement
    head_in: tuple[str, ...] = ()  # count the word only when it hangs on one of these lemmas
    head_not_in: tuple[str, ...] = ()  # ...and never when it hangs on one of these
    pos_in: tuple[str, ...] = ()  # the word's part of speech must be one of these ("contact" the noun)
    modifier_not_in: tuple[str, ...] = ()  # never with one of these modifiers ("work placement")
    no_subject: bool = False  # only as an adverbial: "going forward," not "the clocks go forward"
    exact: bool = False  # the forms as written, not their lemmas: "was present" but not "will be present"
    kinds: tuple[str, ...] = ()  # only in these kinds of statement ("the case may go to court": worries)
    exploitation_only: bool = False  # blame only where the statement is about a child being exploited
    even_in_job: bool = False  # the job's own name is the jargon ("allocated worker"), not a word inside it
    not_future: bool = False  # what happened, not what could: "was assaulted", not "could be assaulted"
    adults_only: bool = False  # a label for what an adult does ("using drugs"), not said of a child
    future_only: bool = False  # a threat, not what happened: "may go to court", not "Dad went to court"
    doer_hidden: bool = False  # a legal word for a deed: "was assaulted" with nobody named as the doer is a label, whoever was hurt
    not_modifier: bool = False  # the thing itself, not a word naming another: "Mum's mental health", not "the mental health team"
    unless_place_named: bool = False  # fine where the place is named: "the family home on Bolckow Road"

    def advice_for(self, kind: str) -> str:
        return self.goal_advice if kind == "goal" and self.goal_advice else self.advice

    @property
    def case_sensitive(self) -> bool:
        return any(ch.isupper() for ch in self.phrase)


def load_entries(filename: str, extra: tuple[tuple[str, str], ...] = ()) -> list[Entry]:
    """Entries of one lexicon file, each filled in from its [group.NAME] defaults (code, advice,
    source...), plus local terms from the user's configuration."""
    data = load_toml(filename)
    groups = data.get("group", {})
    entries = []
    for raw in data.get("term", []):
        name = raw.get("group") or raw.get("category") or raw.get("kind") or ""
        raw = {**groups.get(name, {}), **raw}
        replacement = raw.get("replacement", "")
        entries.append(Entry(
            phrase=raw["phrase"],
            group=name,
            replacement=replacement,
            advice=raw.get("advice", "").replace("{replacement}", replacement),
            source=raw.get("source", ""),
            with_behaviour_ok=bool(raw.get("with_behaviour_ok", False)),
            variants=_with_family(raw),
            code=raw.get("code", ""),
            goal_advice=raw.get("goal_advice", ""),
            any_subject=bool(raw.get("any_subject", False)),
            judges_adults=bool(raw.get("judges_adults", False)),
            head_in=tuple(raw.get("head_in", ())),
            head_not_in=tuple(raw.get("head_not_in", ())),
            pos_in=tuple(raw.get("pos_in", ())),
            modifier_not_in=tuple(raw.get("modifier_not_in", ())),
            no_subject=bool(raw.get("no_subject", False)),
            exact=bool(raw.get("exact", False)),
            kinds=tuple(raw.get("kinds", ())),
            exploitation_only=bool(raw.get("exploitation_only", False)),
            even_in_job=bool(raw.get("even_in_job", False)),
            not_future=bool(raw.get("not_future", False)),
            adults_only=bool(raw.get("adults_only", False)),
            future_only=bool(raw.get("future_only", False)),
            not_modifier=bool(raw.get("not_modifier", False)),
            doer_hidden=bool(raw.get("doer_hidden", False)),
            unless_place_named=bool(raw.get("unless_place_named", False)),
        ))
    for phrase, alternative in extra:
        entries.append(Entry(phrase=phrase, group="local", replacement=alternative,
                             advice=f"Write \"{alternative}\" or say what you mean in everyday words."
                             if alternative else "Say what you mean in everyday words.",
                             source="your .sos-lint.toml", code="SOS101"))
    return entries


# Round 11: a judgement or label keeps its meaning across its word family ("hostile",
# "hostility", "hostilely"; "evasive", "evasiveness", "evasively"). Groups marked `derive = true`
# get each one-word form's family added, so a word added to the lexicon brings its family with it.
# Only regular suffixes: a form that is not a word never matches anything.
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ible", ("ibility", "ibly")),   # irresponsible
    ("able", ("ability", "ably")),   # unreliable
    ("ile", ("ility",)),             # hostile, volatile
    ("ive", ("ively", "iveness")),   # evasive, defensive, manipulative
    ("ant", ("ance", "antly")),      # resistant, defiant
    ("ent", ("ence", "ently")),      # ambivalent, negligent, belligerent
    ("ous", ("ously", "ousness")),   # malicious, anxious
    ("ful", ("fully", "fulness")),   # neglectful, deceitful
    ("ish", ("ishly", "ishness")),   # selfish
    ("ic", ("ically",)),             # chaotic, erratic
    ("ure", ("urity", "urely")),     # immature
    ("est", ("esty", "estly")),      # dishonest
    ("ing", ("ingly",)),             # intimidating
    ("zy", ("ziness", "zily")),      # lazy
)


def derived_forms(word: str) -> tuple[str, ...]:
    """The regular word family of a one-word adjective: its noun and adverb forms."""
    if " " in word or not word.isalpha() and "-" not in word:
        return ()
    for ending, replacements in _SUFFIXES:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            return tuple(stem + r for r in replacements)
    return ()


def _with_family(raw: dict) -> tuple[str, ...]:
    variants = tuple(raw.get("variants", ()))
    if not raw.get("derive"):
        return variants
    forms = [raw["phrase"], *variants]
    skip = set(raw.get("derive_not", ()))
    extra = [d for form in forms for d in derived_forms(form.lower()) if d not in forms and d not in skip]
    return variants + tuple(dict.fromkeys(extra))


class LexiconIndex:
    """Phrase matchers for each lexicon file, built once per pipeline and configuration."""

    def __init__(self, nlp, extra_jargon: tuple[tuple[str, str], ...] = ()):
        self._nlp = nlp
        self._extra = {"jargon.toml": extra_jargon}
        self._built: dict[str, tuple] = {}

    def entries(self, filename: str) -> list[Entry]:
        return self._build(filename)[0]

    def _build(self, filename: str):
        if filename not in self._built:
            from spacy.matcher import PhraseMatcher

            entries = load_entries(filename, self._extra.get(filename, ()))
            exact = PhraseMatcher(self._nlp.vocab, attr="ORTH")
            lower = PhraseMatcher(self._nlp.vocab, attr="LOWER")
            lemma = PhraseMatcher(self._nlp.vocab, attr="LEMMA")
            direct: list[tuple[object, str, str]] = []  # (matcher, key, form): the forms as written
            plain: list[tuple[str, str]] = []
            for index, entry in enumerate(entries):
                key, case_sensitive = str(index), entry.case_sensitive
                for form in (entry.phrase, *entry.variants):
                    if case_sensitive and form.isupper():
                        direct.append((exact, key, form))
                    elif entry.exact:
                        direct.append((lower, key, form))
                    else:
                        plain.append((key, form))
            # Lemma patterns need the tagger and lemmatizer; one batched pass at start-up. The same
            # Docs serve as the lower-case patterns (LOWER is the words' own, whatever the tagger
            # says): each phrase is tokenised once, not twice, at start-up.
            forms = [form for _, form in plain]
            with self._nlp.select_pipes(disable=[p for p in ("parser", "ner") if p in self._nlp.pipe_names]):
                served = self._served([form for _, _, form in direct], forms)
                if served is None:
                    for matcher, key, form in direct:
                        matcher.add(key, [self._nlp.make_doc(form)])
                    patterns = list(self._nlp.pipe(forms))
            if served is None:
                for (key, _), pattern in zip(plain, patterns):
                    lower.add(key, [pattern])
                    lemma.add(key, [pattern])
            else:
                # The same patterns as attribute values (what PhraseMatcher.add reads off a Doc), in
                # the same order: no Doc, and no lexeme for every phrase word, made at start-up.
                direct_words, plain_words = served
                strings, lowered = self._nlp.vocab.strings, _lower_case(self._nlp)
                for (matcher, key, _), words in zip(direct, direct_words):
                    attr = [strings.add(w) for w in words] if matcher is exact \
                        else [strings.add(lowered(w)) for w in words]
                    matcher.add(key, [attr] if attr else [])  # (an empty Doc adds nothing either)
                # One add per entry for its forms in turn (the same patterns in the same order as
                # one add per form; an empty phrase adds nothing, as an empty Doc does not).
                for key, group in groupby(zip(plain, plain_words), key=lambda item: item[0][0]):
                    group = [words_lemmas for _, words_lemmas in group if words_lemmas[0]]
                    lower.add(key, [[strings.add(lowered(w)) for w in words] for words, _ in group])
                    lemma.add(key, [[strings.add(l) for l in lemmas] for _, lemmas in group])
            self._built[filename] = (entries, (exact, lower, lemma))
        return self._built[filename]

    def _served(self, direct: list[str], plain: list[str]):
        """(words of each exact form, (words, lemmas) of each plain form) from the shipped table,
        or None when the table does not hold both passes (then Docs are made as before)."""
        if not hasattr(self._nlp, "phrase_words"):
            return None
        plain_words = self._nlp.phrase_words(plain)
        if plain_words is None:
            return None
        direct_words = self._nlp.phrase_words(direct, lemmas=False) if direct else []
        if direct_words is None:
            return None
        return [words for words, _ in direct_words], plain_words

    def find(self, filename: str, doc, per_group: bool = False) -> list:
        """Return (span, entry) pairs, keeping the longest of overlapping matches (within each
        group when `per_group`, so cues of different kinds may share words)."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        entries, _ = self._build(filename)
        groups: dict[str, list] = {}
        entry_of: dict[int, Entry] = {}  # id(span) -> its entry (the spans live until the return)
        for index, match_id, start, end in self._fitting(filename, doc):
            span = Span(doc, start, end, label=match_id)  # doc[start:end] labelled, without the slice's checks
            entry_of[id(span)] = entries[index]
            group = entries[index].group if per_group else ""
            groups.setdefault(group, []).append(span)
        # Of two matches on the same words, the user's own term (.sos-lint.toml) wins, whatever
        # order the matchers return them in: filter_spans keeps the first of equal length.
        kept = [span for spans in groups.values()
                for span in filter_spans(sorted(spans, key=lambda s: entry_of[id(s)].group != "local"))]
        return [(span, entry_of[id(span)]) for span in sorted(kept, key=lambda s: (s.start, s.end))]

    def _fitting(self, filename: str, doc) -> tuple:
        """(entry index, match id, start, end) of every match of one file's matchers that fits where
        its words sit (`_fits_head`), in the matchers' order: found once per Doc and file, so
        asking for a file's matches per group and as a whole runs the matchers once."""
        from spacy.tokens import Span

        def compute() -> tuple:
            entries, matchers = self._build(filename)
            strings = self._nlp.vocab.strings
            return tuple((int(strings[match_id]), match_id, start, end)
                         for matcher in matchers for match_id, start, end in matcher(doc)
                         if _fits_head(Span(doc, start, end), entries[int(strings[match_id])]))
        # (plain values: a Doc's user_data may be pickled)
        return doc_memo(doc, f"lexicon:{id(self)}:{filename}", compute)


def _lower_case(nlp):
    """A word's LOWER as its lexeme has it (the language's own getter)."""
    from spacy.attrs import LOWER

    return nlp.vocab.lex_attr_getters.get(LOWER) or str.lower


def _fits_head(span, entry: Entry) -> bool:
    """Where the words sit in the sentence: "meet Ava's needs" (head_in) and not "gave a
    presentation" (head_not_in); "during contact" the noun (pos_in), not "contact the school";
    "placement" but not "work placement" (modifier_not_in); "going forward," but not "the clocks
    go forward" (no_subject)."""
    root = span.root
    if entry.pos_in and root.pos_ not in entry.pos_in:
        return False
    if entry.not_future and looks_ahead(root):
        return False
    if entry.future_only and root.pos_ == "VERB" and not looks_ahead(root) \
            and not any(t.lower_ in ("if", "unless") for t in root.sent):
        return False
    if entry.modifier_not_in and any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in entry.modifier_not_in
                                     for c in root.children):
        return False
    if entry.not_modifier and root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        return False  # "the mental health team", "her mental health nurse": a job or a service, named
    if entry.no_subject and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return False
    if entry.unless_place_named and _place_named(root):
        return False
    if not (entry.head_in or entry.head_not_in):
        return True
    head = root.head.lemma_.lower()
    return (not entry.head_in or head in entry.head_in) and head not in entry.head_not_in


def _place_named(root) -> bool:
    """"the family home on Bolckow Road", "the family home in Clifton": the words say where (a day
    or date is not a place: "the family home on Friday")."""
    from ..people import words as people_words  # the calendar set the people analysis reads, built once
    when = people_words()["calendar"]

    def a_place(token) -> bool:
        return token.pos_ == "PROPN" and token.lower_ not in when and token.ent_type_ not in ("DATE", "TIME")

    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at", "near"):
            if any(a_place(t) for t in prep.subtree if t.i != prep.i):
                return True
    after = root.doc[root.i + 1:root.i + 3]
    return len(after) == 2 and after[0].lower_ in ("in", "on", "at", "near") and a_place(after[1])


_LOOKING_AHEAD = {"could", "may", "might", "would", "will", "should", "can", "must", "shall", "'ll", "wo", "ca"}


def looks_ahead(token) -> bool:
    """The word sits in a clause about what could or will happen, or what happens if: "Ivy could
    be abused", "Dad will not use drugs", "if Mum takes drugs again". The same word in "Mum was
    assaulted" reports what happened."""
    # Many rules ask of the same words: read once per token and Doc (plain bools on the Doc).
    known = doc_memo(token.doc, "looks_ahead", dict)
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _looks_ahead(token)
    return found


def _looks_ahead(token) -> bool:
    for _ in range(6):
        for child in token.children:
            if (child.dep_ == "aux" and child.lower_ in _LOOKING_AHEAD) \
                    or (child.dep_ == "mark" and child.lower_ in ("if", "unless")):
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
                return True  # "If nothing changes, the men could…": the main clause of an "if"
        own_clause = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
        if token.head.i == token.i or token.dep_ in ("ROOT", "ccomp", "relcl") or (token.dep_ == "advcl" and own_clause):
            return False  # "could go on abusing her": a clause with no subject of its own shares the "could"
        # A verb joined by "and" shares the one before's "could": "could meet Grace and abuse her".
        token = token.head
    return False
