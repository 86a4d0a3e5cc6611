"""When or where a worry's behaviour happens (issue 11 §5): a time or place counts only when it is
said of the adults' behaviour, not of a service's event, the worry itself, or the child's own doings
or history.

What counts (round 19 decision, from issue 11's "a date, a time, a place, a frequency tied to the
behaviour" and DOMAIN.md's "When / where"):
- Counts: the date, time, place or named occasion of what an adult in the family did ("On 3 May
  Dad…", "in the kitchen", "at bedtime", "when he has been drinking"), of harm done to the child in
  a carer's care, of a thing found at home on a visit, and of the child's own doing when that doing
  is what the worry is about, said in the worry's own clause ("Mr X is worried that Jay took a knife
  into school on 3 February", "worried about Ria, who stays out overnight at a flat in Oldham"): a
  supervisor asks "when and where?" of that doing, whoever did it.
- Does not count: the child's reactions or states ("cried for hours afterwards", "had been crying
  whenever her arm was touched", "is sad at school", "came into class upset on Monday" outside the
  worry's clause): that dates the impact. A time phrase on the impact sentence is not context.
- Does not count: a bare stretch of time ("for hours", "for ten days"), an age, "this year"; a
  service's own act or talk (a visit date alone, "was arrested on 12 June", "was released on 1
  March", "was dismissive when this was discussed with her"); the time or place of an act only
  meant ("intends to take her to Nigeria in the summer"); a place said of a label ("concerns about
  supervision in the home").
- Counts (round 21): the day of a visit at which the adults kept the visitor out ("visited on 4 May
  and Mum did not answer the door", "was refused entry by Mum"): the refusal is the adults' act, and
  the visit dates it (see _turned_away_on_a_visit).
Where a writer's mark differs from this (e.g. "went missing … on 28 March" marked present outside
any worry clause) the mark is counted in the figures but not tuned to."""
from __future__ import annotations

import re

from .. import analysis
from ..base import Context
from .common import _parts_words, _under_modal, cataphoric_child, loose_subjects
from . import deeds, stock, when_where

_PLACES = {"house", "home", "flat", "kitchen", "bedroom", "bathroom", "bath", "car", "park", "street", "shop",
           "pub", "school", "garden", "room", "stairs", "road", "bed", "sofa", "floor", "party", "hospital",
           "visit",  # "on the last home visit": when the state of things was seen
           "cot", "pram", "buggy", "lounge", "hallway", "landing", "stairwell", "playground", "gate",
           "garage", "shed", "loft", "attic", "caravan", "van", "yard", "doorstep", "balcony", "toilet", "hostel"}
# Times of day named by what happens then ("at mealtimes", "at bathtime", "at night").
_TIMES_OF_DAY = {"mealtime", "mealtimes", "bedtime", "teatime", "lunchtime", "dinnertime", "bathtime", "breakfast",
                 "night", "weekend", "weekends", "weeknight", "weeknights", "evening", "evenings", "morning", "mornings",
                 "afternoon", "playtime", "midnight", "handover", "pick-up", "drop-off", "run", "contact"}
# Times of the year named by what happens then ("in the Easter holidays", "over Christmas", "during
# Ramadan"): a when, like a date, when said of the adult's act.
_CALENDAR = {"holiday", "holidays", "half-term", "christmas", "easter", "ramadan", "eid", "diwali", "birthday",
             "bonfire", "halloween", "hanukkah", "vaisakhi"}
# "every evening", "every Friday": a time of day or a day named; "every day" is a frequency only.
_NAMED_TIMES = {"morning", "evening", "night", "weekend", "bedtime", "teatime", "lunchtime", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "payday"}


# Prepositions of a route: the model often hangs them on the noun before ("by her arm along
# Stockwell Road"), though they say where the act was done.
_ROUTE = {"along", "across", "through", "down", "past"}


# Round 27: a count of times ("twice", "three times a week", "once") or a vague past ("recently",
# "lately", "in the past") says how often or roughly how long ago, not a date, time, occasion or
# place (writer sheets: "context: a date, time, occasion or place"); like "often" above.
_VAGUE_PAST = {"recently", "lately", "previously", "past"}


def _a_clause_tagged_as_noun(head) -> bool:
    """Round 35 (r35c): the tagger sometimes makes the bare verb of a complement clause a noun ("Dad
    makes Sky sleep in the garage": "sleep" NN, but ccomp with a subject of its own). The dependency
    says it is a clause: read it as the verb it is. Not a noun that is only an object."""
    return head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("ccomp", "xcomp") and head.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "nsubj" for c in head.children)


def _how_often_or_how_long_ago(span) -> bool:
    words = [t.lower_ for t in span if t.lower_ not in ("in", "the")]
    if not words:
        return False
    if words[-1] in _VAGUE_PAST and len(words) == 1:
        return True
    if span.root.lower_ == "once" and span.root.dep_ == "mark":
        return False  # "once she was asleep": an occasion
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.ent_type_ in ("DATE", "TIME") and after.lower_ not in ("a", "an", "per"):
        return False  # "three times this month", "twice last week": the count has its time
    return words[0] in ("once", "twice") and len(words) == 1 or (
        len(words) >= 2 and words[1] in ("time", "times") and (words[0].isdigit() or span[0].like_num))


def _context_real(ctx: Context):
    """When or where the adults' behaviour happens: not a vague "often", not the future clause,
    not an age ("Lily-Mae (6 weeks)") or a stretch of years ("this year", "since 2019"); round 41
    (r41e): not the family's own home alone ("at home", "in bed") where no time is named."""
    span = _context_found(ctx)
    if span is not None and a_home_place_only(span[0]) and not a_time_named(ctx):
        return None
    if span is not None and _a_gestation_of_a_birth_or_booking(span):
        return None  # round 41 (r41e, review41m M#2): "Baby Ahmed born 36+2/40", "booked late at 26/40"
    return span


# Round 41 (r41e, review41m M#2): how far into a pregnancy, in midwives' figures ("28/40", "36+2/40")
# or words ("24 weeks pregnant", "30 weeks' gestation"). Said of an adult's act ("pushed her into a
# door at 24/40") it is the when of that act; said of a birth or a booking ("born 36+2/40", "booked
# late at 26/40") it is the baby's or the service's history, no when of what the adults did.
_GESTATION = re.compile(r"^(?:[1-4]?\d)(?:\+[0-6])?/40$")
_BIRTH_OR_BOOKING = {"bear", "born", "deliver", "book", "booking", "birth", "arrive", "admit", "scan"}


def _a_gestation(token) -> bool:
    return bool(_GESTATION.match(token.text)) or token.lower_ == "40" and token.i >= 2 \
        and token.doc[token.i - 1].text == "/"


def _a_gestation_of_a_birth_or_booking(span) -> bool:
    text = span.text.strip().replace(" ", "")
    if not (_GESTATION.match(text) or re.search(r"\d/40$", text) or re.match(r"^\d{1,2}weeks?$", text)):
        return False
    node = span.root
    for _ in range(4):
        if node.lemma_.lower() in _BIRTH_OR_BOOKING or node.lower_ in _BIRTH_OR_BOOKING:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _context_found(ctx: Context):
    vague = {"often", "sometimes", "regularly", "frequently", "every"}
    names = analysis.people(ctx).name_tokens
    acted = _sentences_with_behaviour(ctx)
    for span in analysis.cues(ctx, "context"):
        # "when she will not stop crying" is when it happens; the clause it hangs on decides the tense.
        anchor = span.root.head.head if span.root.lower_ in ("when", "while", "whenever", "after", "before") \
            else span.root
        following = ctx.doc[span.end] if span.end < len(ctx.doc) else None
        if span.text.lower() == "every" and following is not None and following.lemma_.lower() in _NAMED_TIMES:
            span = ctx.doc[span.start: span.end + 1]
        if span.root.lower_ in ("when", "while", "whilst", "whenever", "after", "before", "once", "until") \
                and _only_coming_or_going(ctx, span.root.head):
            continue  # "while she goes out", "when Grandma leaves": no time or place, nothing done
        if len(span) == 1 and when_where.an_indirect_question(span.root):
            continue  # "asks every night when his dad is coming home": what the child wonders, not a when
        if span.text.lower() in vague or _how_often_or_how_long_ago(span) or _under_modal(anchor) or any(t.i in names for t in span) \
                or _an_age_or_years(span) or _not_a_when(ctx, span) or _only_intended(anchor) \
                or _a_professionals_talk(ctx, span[0]) or _a_childs_reaction(ctx, span[0]):
            continue
        if (_not_the_adults(ctx, span[0], acted) or not _said_of_the_family(ctx, span[0])) \
                and not _the_worry_itself(ctx, span[0]):
            continue
        return span
    for entity in [*ctx.doc.ents, *when_where.numeric_dates(ctx)]:  # "on 2/5": a day in figures
        if entity.label_ not in ("DATE", "TIME") or _under_modal(entity.root) or when_where.a_number_not_a_day(entity):
            continue  # round 33: not a phone number read as a date
        when = _without_names(ctx, entity, names)
        if when is None or _an_age_or_years(when) or _FREQUENCY.match(when.text.strip()) or _so_many_a_week(when) \
                or (when.start and ctx.doc[when.start - 1].lower_ == "since" and not _a_month_or_day(when)) \
                or _a_duration(when) and not stock.ongoing_until_now(when) or _only_intended(entity.root):
            continue
        if _a_call_out(ctx, entity.root, acted):
            return when  # "Police attended the family home at 02:30 on 17 May following…"
        if when_where.a_fronted_time(ctx, when) or when_where.since_a_day(ctx, when, _professional):
            return when  # "on most days this term Dad has sent…", "since 1 May", "Since June came home on 2 October"
        if (_not_the_adults(ctx, entity.root, acted) or not _said_of_the_family(ctx, entity.root)) \
                and not _the_worry_itself(ctx, entity.root):
            continue
        return when
    for token in ctx.tokens:
        # "at mealtimes", "at bathtime", "during the school run": a named time of day said of the act.
        # "in the Easter holidays", "over Christmas": a time of the year ("in contact" is no time).
        if token.lower_ in ("at", "during", "over", "around", "by", "in", "throughout") and token.dep_ == "prep" and any(
                c.dep_ == "pobj" and (token.lower_ not in ("in", "throughout")
                                      and (c.lemma_.lower() in _TIMES_OF_DAY or c.lower_ in _TIMES_OF_DAY)
                                      or c.lemma_.lower() in _CALENDAR or c.lower_ in _CALENDAR
                                      or token.lower_ == "at" and _a_gestation(c))  # r41e: "at 24/40"
                for c in token.children) and not _under_modal(token) and not _only_intended(token) \
                and not _not_the_adults(ctx, token, acted) and _said_of_the_family(ctx, token):
            return ctx.doc[token.i: token.right_edge.i + 1]
        # "to his friend's flat", "into the pub" (not "goes to bed", "to school": a routine, not a place;
        # not "in the home environment"; said of an act, not of a noun: "presentation at school").
        if token.lower_ == "on" and token.head.lemma_.lower() in ("spend", "waste", "blow", "lose", "gamble"):
            continue  # round 28b: "spent the rent money on a car": what the money went on, not a place
        moving = token.lower_ in ("to", "into", "round")
        # "sells cannabis from the flat": where it is done from.
        if token.lower_ in ("in", "at", "on", "near", "outside", "inside", "to", "into", "round", "from", "along",
                            "across", "through", "down", "behind", "under", "past") and any(
                c.dep_ == "pobj" and (any(t.lemma_.lower() in _PLACES or t.lower_ in _PLACES for t in c.subtree)
                                      or _a_named_place(c))
                and c.lemma_.lower() not in _ABSTRACT
                and (not moving or any(g.dep_ in ("det", "poss") for g in c.children) or _a_named_place(c))
                for c in token.children) \
                and not _under_modal(token) and (token.head.pos_ in ("VERB", "AUX") or _an_occasion(token.head)
                                                 or _a_clause_tagged_as_noun(token.head)  # r35c: "makes Sky sleep in…"
                                                 or token.lower_ in _ROUTE  # "dragging her by the arm along X Road"
                                                 and token.head.dep_ in ("pobj", "dobj")
                                                 or token.head.head.dep_ == "agent" or _a_thing_found(ctx, token.head)
                                                 or not moving and token.head.dep_ == "dobj"
                                                 and token.head.head.pos_ == "VERB") \
                and not _only_intended(token) \
                and (not _not_the_adults(ctx, token, acted) and _said_of_the_family(ctx, token)
                     or _the_worry_itself(ctx, token)):
            if a_home_place_only(token) and not a_time_named(ctx):
                continue  # round 41 (r41e): "at home" alone; a place named later may still count
            return ctx.doc[token.i: token.right_edge.i + 1]
    scene = _the_appointment_a_deed_was_at(ctx)
    if scene is not None:
        return scene  # round 31: "At the last three sessions at the contact centre Mum has whispered…"
    turned_away = _turned_away_on_a_visit(ctx)
    if turned_away is not None:
        return turned_away  # "visited on 4 May and Mum did not answer the door": the day of the adults' refusal
    return when_where.a_day_of_harm(ctx) or a_day_seen(ctx) \
        or the_deed_an_arrest_was_for(ctx)  # "and on 22 June the dog bit Ava on the cheek"; "arrested for assaulting Mum at home"


# Round 28: a professional's seeing ("saw", "observed", "found"), or a visit or call said as when
# the family was seen ("When I called on 3 March, Saffron was still in the nappy").
_SEEING_PRO = {"see", "observe", "find", "notice", "witness", "smell", "hear"}
_CALLING_AT = {"call", "visit", "attend", "come", "arrive"}
# What the services do that is no happening in the family: a step in the process.
_PROCESS = {"refer", "referral", "hold", "make", "initiate", "convene", "report", "raise", "assess", "discuss",
            "allocate", "complete", "open", "close", "review", "record", "receive", "send", "give", "advise",
            # a change of where a child is placed or of the child's status: "released from HMYOI on 1 March"
            "release", "discharge", "transfer", "move", "start", "exclude", "place"}


_WEEKDAYS_ONLY = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _a_day_named(span) -> bool:
    """One day named ("on 12 March", "on 23/11", "on Saturday"), not a month alone ("in January"),
    "this term", or a day that comes round ("every Monday")."""
    before = span.doc[span.start - 1] if span.start else None
    if any(t.lower_ in ("every", "each", "most", "some") for t in span) or before is not None and (
            before.lower_ in ("every", "each", "most", "some") or before.lower_ == "on" and span.start > 1
            and span.doc[span.start - 2].lower_ in ("every", "each")):
        return False
    return any(t.lower_ in _WEEKDAYS_ONLY or re.match(r"^\d{1,2}(?:/\d{1,2})+$", t.text)
               or t.like_num and any(m.lower_ in when_where._DAYS for m in span) for t in span)


def _the_seeing_above(verb, professionals: set, ctx: Context):
    """Round 31: "I saw him get into a car driven by two men after 10pm": a time said on a bare or
    participle verb inside what a professional saw is the time of the seeing; the verb returned is
    that past seeing, when there is one a few steps up; otherwise the verb itself."""
    if _past(verb) or verb.tag_ not in ("VB", "VBN", "VBG") or verb.dep_ not in ("acl", "ccomp", "xcomp"):
        return verb
    up = verb.head
    for _ in range(5):
        if up.pos_ in ("VERB", "AUX") and up.lemma_.lower() in _SEEING_PRO and _past(up):
            subjects = [c for c in up.children if c.dep_ == "nsubj"]
            if subjects and (subjects[0].lower_ in ("i", "we") or subjects[0].lemma_.lower() in professionals
                             or _professional(ctx, subjects[0])):
                return up
            return verb
        if up.head.i == up.i or up.dep_ not in ("acl", "ccomp", "xcomp", "pobj", "prep", "dobj"):
            return verb
        up = up.head
    return verb


def _a_clock_time(span) -> bool:
    """Round 31: a time on the clock ("after 10pm", "at 02:30", "at 3 am"): as one as a day named,
    not "in the evening" or "at night"."""
    tokens = list(span)
    return any(_CLOCK.match(t.text) or t.like_num and i + 1 < len(tokens) and tokens[i + 1].lower_ in ("am", "pm")
               for i, t in enumerate(tokens))


def _past(verb) -> bool:
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in (
        "was", "were", "has", "have", "had", "been") for c in verb.children)


def a_day_seen(ctx: Context):
    """Round 28: a day named on what happened to the child or on what a professional saw of the
    family, said as done (issue 11 §5, context: "a date, time, occasion or place"). The verb the
    date hangs on is past and either
    - has the child as its subject: "on 17 October Otto was brought in with two broken ribs",
      "Storm was arrested on 12 September", "Holly ate cake with almonds at a party on Saturday 8 March";
    - is a professional's seeing with what was seen: "On 12 March the midwife saw Chance prop the
      bottle", "at the visit on 04/11 the social worker observed dog faeces on the stairs";
    - or is a visit or call that says when a sentence about the child or the family is true:
      "When I called on 3 and 17 March, Saffron was still in the nappy from the night before".
    Not a step in the services' process ("Strategy discussion held 11/11", "a referral was made on
    2 May"), not the future, not a wish ("Dad wants to take Ava to Spain on 3 August")."""
    names = analysis.people(ctx).name_tokens
    children = analysis.child_tokens(ctx)
    professionals = set(analysis.people_words()["professionals"]) | set(analysis.people_words()["adult_jobs"])

    def is_child(t) -> bool:
        return t.i in children or analysis.pronoun_is_child(ctx, t)

    for entity in [*ctx.doc.ents, *when_where.numeric_dates(ctx)]:
        if entity.label_ not in ("DATE", "TIME") or _under_modal(entity.root) or _only_intended(entity.root):
            continue
        when = _without_names(ctx, entity, names)
        if when is None or not (_a_day_named(when) or _a_clock_time(when)) or _an_age_or_years(when) \
                or _a_duration(when):
            continue
        verb = entity.root
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or _under_modal(verb) or verb.lemma_.lower() in _PROCESS:
            continue
        verb = _the_seeing_above(verb, professionals, ctx)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not _past(verb) and not (verb.lemma_.lower() == "have" and verb.tag_ == "VBD"):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # Something done to the child ("was brought in", "was arrested"), not by a professional ("was
        # seen by the GP on 2 June"), or what the child had ("had two seizures"); the child's own
        # doing ("came back to school on Monday", "has run away since 2 June") is left as it was.
        done_to = passive and verb.lemma_.lower() not in _SEEING_PRO and not any(
            a.lemma_.lower() in professionals or _professional(ctx, a) for a in agents)
        if subjects and is_child(subjects[0]) and (done_to or verb.lemma_.lower() in ("have", "suffer")):
            return when  # "Otto was brought in on 17 October", "On her first day back, 28 October, Honor had two seizures"
        if verb.lemma_.lower() in _SEEING_PRO and subjects and (
                subjects[0].lower_ in ("i", "we") or subjects[0].lemma_.lower() in professionals
                or _professional(ctx, subjects[0])) and any(
                c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") or c.dep_ == "dobj" and c.pos_ != "PROPN" and c.pos_ != "PRON"
                and c.i not in analysis.adult_tokens(ctx) and not is_child(c) for c in verb.children):
            return when  # "On 12 March the midwife saw Chance prop Miles's bottle on a pillow"
        if verb.lemma_.lower() in _CALLING_AT and verb.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in verb.children):
            main = verb.head
            seen = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            if seen and not _under_modal(main) and (is_child(seen[0]) or seen[0].i in analysis.adult_tokens(ctx)
                                                    and seen[0].lemma_.lower() not in professionals):
                return when  # "When I called on 3 and 17 March, Saffron was still in the nappy"
    return _where_it_was_done_to_the_child(ctx, is_child, professionals)


def _where_it_was_done_to_the_child(ctx: Context, is_child, professionals: set):
    """Round 28: a time of the year or a place said on an act done to the child, by anyone who is
    not a professional ("Over the Easter holidays his cousin Kyle showed him videos in Kyle's
    bedroom": the doer may be no adult the people reading knows). The act is past, the child its
    object; not a professional's act ("the nurse saw Ava at school"), a telling or a process step."""
    for prep in ctx.tokens:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "on", "over", "during", "behind", "outside", "inside"):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            continue
        noun = objects[0]
        calendar = noun.lemma_.lower() in _CALENDAR or any(c.lower_ in _CALENDAR for c in noun.children)
        place = (noun.lemma_.lower() in _PLACES or _a_named_place(noun)) and noun.lemma_.lower() not in _ABSTRACT
        if not (calendar or place):
            continue
        verb = prep.head
        if verb.pos_ != "VERB" and verb.head.pos_ == "VERB" and verb.dep_ in ("dobj", "dative"):
            verb = verb.head  # "showed him videos in Kyle's bedroom": the place hung on what was shown
        if verb.pos_ != "VERB" or not _past(verb) or _under_modal(verb) or _only_intended(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma in _PROCESS or lemma in _SEEING_PRO or lemma in _TELLING or lemma in _CALLING_AT:
            continue
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers or doers[0].lemma_.lower() in professionals \
                or doers[0].lower_ in ("i", "we", "he", "she", "they") or _professional(ctx, doers[0]):
            continue
        if any(c.dep_ in ("dobj", "dative") and is_child(c) and c.lower_ != doers[0].lower_ for c in verb.children):
            return ctx.doc[prep.i: prep.right_edge.i + 1]
    return None


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:am|pm|hrs)?$|^\d{1,2}(?:am|pm)$|^o'clock$", re.I)
# A service coming to the family: a call-out or a visit, when the family was seen as they were.
_CALLING = {"attend", "visit", "call", "come", "arrive", "go", "knock", "respond", "find"}
_VISIT_NOUNS = {"visit", "call-out", "callout", "welfare"}


def _a_call_out(ctx: Context, token, acted: set) -> bool:
    """"Police attended the family home at 02:30 on 17 May following a report of a domestic
    incident", "an unannounced home visit on 3 November at 10:15am. Mum did not answer the door":
    the date of a call-out or a visit to the family is when and where the adults were seen, when it
    is to their home, follows an incident, or the statement goes straight on to what the adults were
    doing then. A meeting, a referral or an allocation with a date is the service's process."""
    node, visit = token, False
    for _ in range(8):  # "a home visit to the family's flat in Tilbury on 3 November": up through the nouns
        if node.head.i == node.i:
            break
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ == "VERB" and lemma in _CALLING or node.pos_ == "NOUN" and lemma in _VISIT_NOUNS:
            visit = True
            break
        if node.pos_ == "VERB" and node.dep_ not in ("xcomp", "advcl", "conj"):
            # "Concerns were raised following a home visit … on 3 November": the clause's visit.
            visit = any(t.pos_ == "NOUN" and t.lemma_.lower() in _VISIT_NOUNS for t in node.subtree)
            break
    sentence = node.sent
    # Round 29: a call-out "following a report of a verbal altercation" is at the incident itself:
    # its day is the incident's day, with or without a clock time.
    occasions = set(_parts_words()["behaviour_occasions"])
    at_an_incident = any(t.lower_ in ("following", "after") and any(
        g.pos_ == "NOUN" and g.lemma_.lower() in occasions for g in t.subtree) for t in sentence) \
        or node.lemma_.lower() in _ATTENDING and _an_incident_named_with(ctx, sentence, occasions)
    if not visit or _under_modal(node) or not at_an_incident and not any(
            _CLOCK.match(t.text) or t.lower_ in ("am", "pm", "midnight") for t in sentence):
        return False  # "visited on 5 April": a day of the service's; "at 02:30 on 17 May" pins the moment
    if at_an_incident or any(t.lemma_.lower() in _PLACES and t.dep_ in ("pobj", "dobj", "compound") for t in sentence) \
            or any(_an_occasion(t) for t in sentence) or _an_address(node):
        return True  # "to the family's flat", "the family home", "following … a domestic incident"
    following = next((s for s in ctx.sentences if s.start >= sentence.end), None)
    return sentence.start in acted or (following is not None and following.start in acted)


# Round 39 (r39e): a service going out to the family ("attended", "visited", "responded"), not a
# notification that "came in".
_ATTENDING = {"attend", "visit", "call", "respond", "knock", "arrive", "go"}


def _an_incident_named_with(ctx: Context, sentence, occasions: set) -> bool:
    """Round 39 (r39e; open sets 26 and 33, marked present: "Police attended the address on 14/03
    following a 999 call from a neighbour. DV incident.", "… on 3 occasions in March following reports
    of a domestic"): the incident the call-out was to, named in its own sentence or in the note
    straight after it, whatever the tagger makes of the word ("a domestic" is often an adjective).
    Not an incident only feared ("to prevent a further incident") or denied ("no incident")."""
    following = next((s for s in ctx.sentences if s.start >= sentence.end), None)
    for t in [*sentence, *(following if following is not None else [])]:
        if t.lemma_.lower() not in occasions and t.lower_ not in occasions:
            continue
        if t.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "ROOT", "attr", "appos", "conj") \
                or _under_modal(t) or any(c.lower_ in ("no", "further", "another") for c in t.children):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("about", "regarding", "concerning", "re"):
            continue  # "a notification … about a row at the house": what a report was about
        return True
    return False


def _an_address(node) -> bool:
    """Round 39 (r39e): a call-out to an address ("attended the address", "attending 27 Heron Close"):
    the family's home, as "the family home" is."""
    return any(t.dep_ in ("pobj", "dobj") and (
        t.lemma_.lower() == "address" or t.ent_type_ == "FAC"
        or t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")  # "14 February" is a day (merge)
        and any(c.dep_ == "nummod" and c.like_num for c in t.children))  # "27 Heron Close"
        for t in node.subtree)


# Round 39 (r39e): what an adult is arrested, charged or cautioned for names the deed.
_HELD_FOR = {"arrest", "charge", "caution", "remand", "detain"}


def the_deed_an_arrest_was_for(ctx: Context):
    """Round 39 (r39e; the round-38 note "context missed on arrests"; open set 36: "Dad (Marek) was
    arrested for assaulting Mum at home on 14 January while Poppy, 4, was eating her tea", marked
    present): an adult of the family arrested, charged or cautioned for a deed ("for assaulting Mum",
    "for an assault on Mum") with a day or a place said of that deed. The day and place are the
    deed's, not the service's. Not an arrest alone ("was arrested on 12 June": the service's act, as
    before), not a child arrested, not one only feared ("could be arrested for …")."""
    occasions = set(_parts_words()["behaviour_occasions"])
    adults = analysis.adult_tokens(ctx)
    children = analysis.child_tokens(ctx)
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HELD_FOR or _under_modal(verb):
            continue
        held = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if not held or not any(h.i in adults or any(c.i in adults for c in h.children if c.dep_ == "appos")
                               for h in held) or any(h.i in children for h in held):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "with")):
            deed = next((g for g in prep.children if g.dep_ == "pcomp" and g.pos_ == "VERB"
                         or g.dep_ == "pobj" and g.lemma_.lower() in occasions), None)
            if deed is None:
                continue
            for t in verb.subtree:
                if t.ent_type_ in ("DATE", "TIME") and not _a_duration(t.doc[t.i:t.i + 1]) \
                        and any(u.like_num or u.lower_ in _WEEKDAYS for u in t.doc[t.i:t.i + 1]) or (
                        t.dep_ == "prep" and t.lower_ in ("at", "in", "outside") and any(
                            g.dep_ == "pobj" and (g.lemma_.lower() in _PLACES or _a_named_place(g))
                            and g.lemma_.lower() not in _ABSTRACT for g in t.children)):
                    return t.doc[t.i: t.right_edge.i + 1] if t.dep_ == "prep" else t.doc[t.i: t.i + 1]
    return None


# Words of getting in at a door: the adults' act at a visit is to let the visitor in or keep them out.
_LETTING_IN = {"answer", "open", "let", "allow", "admit"}
_WAYS_IN = {"door", "entry", "access", "admission", "admittance"}
_NOBODY = {"nobody", "noone", "no-one", "nothing"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _visits(ctx: Context) -> list:
    """A service's visit or call at the family's door: a verb of calling ("visited", "called at the
    flat", "knocked") or a visit noun that a verb has as its object ("made four visits", "carried out
    a home visit"). Not one only planned ("will visit on 3 May")."""
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in _CALLING - {"find", "respond"} and not _under_modal(token):
            if lemma in ("go", "come") and not any(t.lemma_.lower() in _PLACES for t in token.subtree):
                continue  # "went to the house", not "came into care"
            found.append(token)
        elif token.pos_ == "NOUN" and lemma in _VISIT_NOUNS and token.dep_ == "dobj" \
                and token.head.pos_ == "VERB" and not _under_modal(token.head):
            found.append(token.head)  # "made four unannounced visits to the family home since 1 March"
    return found


def _keeps_the_visitor_out(ctx: Context, verb) -> bool:
    """"Mum would not open the door", "Dad refused to let her in", "was refused entry by Mum", "has
    not been allowed in": an adult in the family kept the visitor out. Not "nobody answered the door"
    or "Mum was not in" (nobody may have been there: no act of the adults'), and said as done, not as
    a condition ("if Mum does not answer")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    subjects = _subjects_of(verb)
    before = ctx.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    if not subjects and before is not None and before.i in analysis.adult_tokens(ctx):
        subjects = [before]  # "went to the house on Friday and Mum did not answer": "Mum" hung on "Friday"
    subjects = subjects or _clause_subjects(ctx, verb)
    if subjects and (subjects[0].lower_ in _NOBODY or any(c.lower_ == "no" for c in subjects[0].children)):
        return False  # "nobody answered the door": maybe nobody was in; no adult did anything (marks differ: sets 4, 7)
    negated = any(c.dep_ == "neg" for c in verb.children)
    refused = lemma in ("refuse", "decline", "deny")
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not negated and not refused:
        return False
    if lemma == "be":
        return False  # "Dad was not in": away, not keeping anyone out (marks differ: sets dev and 17)
    ways = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass") and c.lemma_.lower() in _WAYS_IN]
    ways += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _WAYS_IN]  # "would not come to the door"
    letting = lemma in _LETTING_IN or any(c.dep_ == "xcomp" and c.lemma_.lower() in _LETTING_IN for c in verb.children)
    if not (ways or letting or refused and passive and any(c.dep_ == "dobj" for c in verb.children)):
        return False
    if passive:
        return True  # "was refused entry", "has not been let in": the visitor was kept out
    if not subjects:
        return verb.dep_ == "conj" and verb.head.pos_ == "VERB"  # "… and would not let her in" said of the one before
    subject = subjects[0]
    return subject.i in analysis.adult_tokens(ctx) and not _professional(ctx, subject)


def _turned_away_on_a_visit(ctx: Context):
    """The day of a service's visit at which the adults kept the visitor out ("The social worker
    visited on 4 May and Mum did not answer the door", "has made four visits to the flat on Hope
    Street since 1 April and has not been let in"): the adults' own act (not answering, refusing
    entry) is dated by the visit, so the date is when it happened (issue 11 §5; marked so on sets
    11, 12 and 15). A visit date alone, with only what the visitor saw or did, with no day named,
    with "nobody answered" (sets 4 and 7 mark it missing, the probe and dev present) or with the
    parent only out ("Dad was not in": set 17 missing, dev present) stays the service's, as do the
    visit's place and a refusal said before the visit."""
    visits = _visits(ctx)
    if not visits:
        return None
    dates = [e for e in [*ctx.doc.ents, *when_where.numeric_dates(ctx)] if e.label_ in ("DATE", "TIME")]
    for visit in visits:
        sentence = visit.sent
        for verb in sentence:
            if verb.i == visit.i or verb.pos_ not in ("VERB", "AUX") or not _keeps_the_visitor_out(ctx, verb):
                continue
            inside = {t.i for t in visit.subtree}
            if verb.i in inside:
                inside -= {t.i for t in verb.subtree}  # "visited on 4 May and Mum did not answer": the visit's words
            elif visit.i not in {t.i for t in verb.subtree} and verb.i < visit.i:
                continue  # "Mum has not let anyone in, and the social worker visited on 2 May": no tie
            for entity in dates:
                # A day named ("on 4 May", "on Friday", "since 1 March", "on 04/11"), not "since January":
                # the day pins the occasion; the family home is where any visit is.
                if entity.root.i in inside and any(t.like_num and not re.match(r"^\d{4}$", t.text)
                                                   or t.lower_ in _WEEKDAYS for t in entity) \
                        and not _an_age_or_years(entity) and not _a_duration(entity) \
                        and not _FREQUENCY.match(entity.text.strip()):
                    return entity
    return None


def _only_coming_or_going(ctx: Context, verb) -> bool:
    """A when- or while-clause that says only that someone came or went ("while she goes out",
    "when Grandma leaves"), with no time or place in it: it names no occasion anyone could find."""
    from .actions import _bare_routine

    subjects = _clause_subjects(ctx, verb)
    if verb.pos_ not in ("VERB", "AUX") or not subjects or not _bare_routine(verb, subjects[0]):
        return False
    if subjects[0].i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, subjects[0]) \
            or verb.head.lemma_.lower() == "be":
        return False  # "Mum is still asleep when she leaves for school": the moment a state was seen
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in _PLACES for t in verb.subtree)


def _clause_of(token):
    """The verb of the clause a word of time or place belongs to, up through the nouns it is said
    of ("in the summer" -> "incident" -> "following" -> "raised"); not an auxiliary."""
    node = token
    while node.head.i != node.i and not (node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass")
                                         and not _an_age_clause(node)):
        node = node.head
    return node


def _an_age_clause(verb) -> bool:
    """"hit Esme, who is 6, with a hairbrush last week": "who is 6" gives an age; the model often
    hangs what follows on it, but it is no clause of its own."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() == "be" and any(
        c.dep_ in ("attr", "acomp") and c.like_num for c in verb.children)


def _said_of_the_family(ctx: Context, token) -> bool:
    """Is the time or place said of the family's life: of a clause whose subject is an adult in the
    family (what they did, or how they were: "Mum was drunk on Friday"), a thing found at home
    ("on the last home visit there was rubbish on the stairs"), or the clause it is an adverbial of
    ("Dad shouts at Ruby when she cries")? Not of a service's own act ("the social worker visited
    on 5 April", "Dad was arrested on 12 April", "concerns were raised following an incident in the
    summer"), and not of the child's own doings or history ("Aarav has had toothache for weeks",
    "on Monday Aryan came into class crying"), unless an adult's act hangs on that clause ("she saw
    Dad throw a mug", "the police were called after Dad hit Mum")."""
    verb = _clause_of(token)
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # no clause to judge by (a heading or a fragment): the other readings decide
    if token.pos_ == "ADP" and verb.lemma_.lower() == "be" and any(c.dep_ == "neg" for c in verb.children):
        return False  # "Mum was not at home": where nobody was says no place
    if when_where.informed_then_acted(ctx, verb, {a.verb.i for a in _adult_acts(ctx)}):
        return True  # "Mum was made aware on 2/5 but did not seek medical attention"
    if verb.lemma_.lower() in _TELLING and not any(
            c.dep_ in ("dobj", "dative") and c.i in analysis.child_tokens(ctx) for c in verb.children):
        return False  # "On 4 April Jayden disclosed that Dad hit him": the day he told, not the day of the act
    if any(_an_occasion(t) for t in _nouns_between(token, verb)):
        return True  # "an incident of domestic abuse at the family home": one occasion of the behaviour
    meetings = set(_parts_words()["service_meetings"]) | {"group", "meetings", "appointments", "sessions"}
    if any(t.lemma_.lower() in meetings or t.lower_ in meetings
           for t in [*_nouns_between(token, verb), *(c for c in token.children if c.dep_ == "pobj")]) \
            and not deeds.taken_to_it(ctx, verb):
        return False  # "At the core group on 6 June Mum walked out": a professionals' meeting, not family life
    acts = {a.verb.i for a in _adult_acts(ctx)}
    words = _parts_words()
    if _where_it_was_found(ctx, token, verb, acts):
        return True
    from .actions import _anyone_at_all

    if verb.dep_ == "relcl" and verb.lemma_.lower() in _DWELLING:
        return False  # "Mum's friend Sue, who stays at the house, hits Reed": where she lives, not where it happens
    if any(_anyone_at_all(s, verb) for s in _subjects_of(verb)):
        return False  # "flinches when adults reach for her": whoever does it, no time of the family's act
    chain = [verb]
    if token.lower_ in ("when", "whenever", "while", "after", "before", "until", "once", "since") and verb.i != token.i:
        # "Dad shouts at Ruby when she cries": the occasion of his act.
        main = _clause_of(verb.head)
        if main.pos_ not in ("VERB", "AUX") and any(a in acts for a in range(max(0, verb.sent.start - 10), verb.i)):
            return True  # the model lost the main verb ("shakes baby Joy when…" cut in two at "Joy")
        chain.append(main)
    elif verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _OCCASION_MARKS for c in verb.children):
        # "shouts at Will when Will gets his homework wrong, usually at the kitchen table": a time or
        # place of the occasion is the time or place of the act it is the occasion of.
        chain.append(_clause_of(verb.head))
    for node in chain:
        # "put his hands round her neck last week" read with "round" as a verb: judge the clause it hangs on.
        while not _clause_subjects(ctx, node) and node.dep_ in ("ccomp", "xcomp", "conj", "advcl", "prep", "pcomp") \
                and node.head.i != node.i and node.i not in acts \
                and not any(c.i in acts for c in node.children if c.dep_ in ("ccomp", "xcomp")):
            node = _clause_of(node.head)
        if _about_a_service(ctx, node, words) and not deeds.taken_to_it(ctx, node):
            if _because_of_an_act(node, acts):
                return True  # "rang the police at 2am because Dean was kicking the door": the time of the act reported
            continue  # "after a neighbour rang the police", "did not bring Ezra to his health checks"
        if token.head.i == node.i and (node.lemma_.lower() in _WORRY_WORDS or any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _WORRY_WORDS for c in node.children)):
            continue  # "Ms Kaur has been worried since Easter that Dad…": when the worry began
        if node.i in acts or any(c.i in acts and not _about_a_service(ctx, c, words)
                                 for c in node.children if c.dep_ in ("ccomp", "xcomp", "advcl")):
            return True
        if node.dep_ in ("ccomp", "xcomp") and node.head.i in acts:
            return True  # "Dad lets Theo play games through the night", "shouts at Sara that she is stupid when…"
        if _family_clause(ctx, node) or _in_a_carers_care(ctx, node):
            return True
    for above in token.ancestors:
        # "saw Mum arrive at the school gate smelling of alcohol … on three days this term": the model
        # hung the time deep under the act; no other clause with a subject of its own lies between.
        if above.i in acts:
            return not _about_a_service(ctx, above, words)
        if above.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in above.children):
            break
    return False


_OCCASION_MARKS = {"when", "whenever", "while", "whilst", "after", "before", "as", "once"}
# Where someone lives or works, said in a relative clause ("who stays at the house"): not where
# the behaviour happens.
_DWELLING = {"live", "stay", "reside", "lodge", "board", "work", "study", "sleep"}


def _because_of_an_act(verb, acts: set) -> bool:
    """"Bob rang the police at 2am because Dean was kicking the door", "the police were called on
    Friday as Dad was throwing plates": a call made because of what an adult was doing then carries
    its time to that act. "rang the police after Dad had left" gives the time of the call only."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in ("because", "as", "cos", "'cause") for m in clause.children):
            continue
        if clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children):
            if clause.i in acts or any(c.i in acts for c in clause.children if c.dep_ == "conj"):
                return True
    return False


_SEEING = {"see", "find", "notice", "spot", "smell", "discover"}


def _a_thing_found(ctx: Context, noun) -> bool:
    """"saw dog mess on the kitchen floor", "found Dad on the bathroom floor": what someone saw or
    found (a thing, or an adult in the family), not a child or a professional seen on a visit."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _SEEING or any(
            c.dep_ == "neg" for c in noun.head.children):
        return False
    if noun.i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, noun) or _professional(ctx, noun):
        return False
    return noun.i in analysis.adult_tokens(ctx) or not (analysis.is_person(noun) or noun.pos_ == "PRON")


def _where_it_was_found(ctx: Context, token, verb, acts: set) -> bool:
    """Whoever saw it, the place in the home where the state of things was found ("the social
    worker saw rubbish and dog mess on the floor of the room where Alfie crawls") is where the
    neglect is; the day an injury was seen ("On Monday Ethan's teacher saw red marks across his
    legs") is when the harm showed, when an adult's act is told. Not a professional's visit
    ("called at the flat on 14 February and found the heating off": the day of the visit)."""
    if verb.lemma_.lower() not in _SEEING or any(c.dep_ == "neg" for c in verb.children):
        return False
    things = [c for c in verb.children if _a_thing_found(ctx, c)]
    if not things:
        return False
    place = token.pos_ == "ADP" and (token.head.i == verb.i or token.head in things) and any(
        c.dep_ == "pobj" and any(t.lemma_.lower() in _PLACES for t in c.subtree) for c in token.children)
    if place:
        return True
    injuries = set(_parts_words()["injuries"])
    return bool(acts) and any(t.lemma_.lower() in injuries or t.lower_ in injuries for c in things for t in c.subtree)


def _an_occasion(noun) -> bool:
    """"a domestic incident at the flat", "an incident of domestic abuse at the family home": a
    noun for one occasion of the adults' behaviour (rules/parts.toml), or what such a noun is of;
    not what a report is about ("a notification about a row at the house")."""
    occasions = set(_parts_words()["behaviour_occasions"])
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head
    # "a notification about a row at the house": what a report is about is the service's account.
    reported = noun.dep_ == "pobj" and noun.head.lower_ in ("about", "regarding", "concerning", "re") \
        and noun.head.head.lemma_.lower() not in _WORRY_WORDS
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in occasions and not reported


def _nouns_between(token, verb) -> list:
    """The words a time or place hangs on below its clause's verb ("at" -> "abuse" -> "incident")."""
    found, node = [], token
    while node.i != verb.i and node.head.i != node.i:
        node = node.head
        found.append(node)
    return found


def _subjects_of(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]


def _the_appointment_a_deed_was_at(ctx: Context):
    """Round 31: "At the last three contact sessions Dad has whispered to Ava…", "In supervised
    contact on Saturday Dad squeezed her arm": an appointment named in an "at"/"in" phrase put before
    the subject of an adult's act is the occasion of that act (actions._an_occasion_before_the_subject
    lets it stand as the act's scene, not its object), so it says when and where."""
    appointments = set(_parts_words()["appointments"]) | {"contact"}
    for act in _adult_acts(ctx):
        verb = act.verb
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or _under_modal(verb):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "during") or prep.i > subjects[0].left_edge.i:
                continue
            if any(g.dep_ == "pobj" and (g.lower_ in appointments or g.lemma_.lower() in appointments)
                   for g in prep.children):
                return ctx.doc[prep.i: prep.right_edge.i + 1]
    return None


def _adult_acts(ctx: Context) -> list:
    from .actions import adult_actions

    return adult_actions(ctx)


_SELF_PRONOUNS = {"who", "that", "which"}
_TURNING_UP = {"be", "arrive", "turn", "show", "attend", "appear", "stay", "wait"}
_TELLING = {"tell", "say", "disclose", "report", "explain", "allege", "mention", "inform", "share", "state"}


def _family_clause(ctx: Context, verb) -> bool:
    """A clause whose subject is an adult in the family or a thing of the home, not a professional,
    a service, the child, or an adult as the object of a service's act ("Dad was arrested")."""
    from ...people import people as read_people

    subjects = _clause_subjects(ctx, verb)
    if subjects and subjects[0].lower_ in _SELF_PRONOUNS and verb.dep_ == "relcl":
        subjects = [verb.head]  # "Dad, who had been drinking all day, …"
    if not subjects:
        return False
    subject = subjects[0]
    if subject.dep_ == "expl":
        # "there was rubbish on the stairs": what was found at home; not "there is DA in the home" (a label).
        found = [c for c in verb.children if c.dep_ in ("attr", "acomp", "nsubj", "dobj")]
        return not any(c.i in _labels(ctx) or (c.text.isupper() and len(c.text) > 1) for c in found)
    words = _parts_words()
    if verb.lemma_.lower() == "be" and any(c.dep_ == "neg" for c in verb.children) and any(
            c.lower_ in ("in", "home", "present", "there", "at", "available", "around") for c in verb.children):
        return False  # "Mum was not in when the health visitor called": away for a visit, not behaviour
    passive = any(c.dep_ == "auxpass" for c in verb.children) or subject.dep_ == "nsubjpass"
    children = analysis.child_tokens(ctx)
    subject = _antecedent(ctx, subject, verb)
    if subject is None:  # "he sent Ellie a message": someone who is not the child, named before
        return not passive
    if _professional(ctx, subject) or subject.lemma_.lower() in words["process_events"] \
            or any(t.lower_ in analysis.people_words()["professionals"] for t in subject.subtree if t.dep_ == "compound"):
        return False
    if subject.i in children or analysis.pronoun_is_child(ctx, subject) or _of_the_child(ctx, subject, children):
        # What was done to the child ("was left in his chair all weekend", "was taken to A&E") is
        # the adults' act, and so is the day of an injury ("Will cut his head open on 30 October");
        # a service's act on the child ("was seen by the GP") and the child's own doings, feelings
        # or history ("has had toothache for weeks") are not.
        if passive:
            if _harm_done(verb, words):
                return not _by_a_professional(ctx, verb)  # "was admitted to hospital with a burn on 3 May"
            return verb.lemma_.lower() not in words["service_acts"] and not _by_a_professional(ctx, verb)
        return _harm_done(verb, words, own_clause=True)
    person = subject.i in analysis.adult_tokens(ctx) or analysis.is_person(subject) \
        or subject.lower_ in ("he", "she", "they") or read_people(ctx.doc).role_of(subject) is not None
    if person:
        if verb.lemma_.lower() in _WORRY_WORDS or any(c.lemma_.lower() in _WORRY_WORDS for c in verb.children
                                                      if c.dep_ in ("acomp", "attr")):
            return False  # "Mrs Patel has been worried since May": when the worry began, not the behaviour
        if _about_a_service(ctx, verb, words):
            return False  # "did not let the social worker in on 3 May", "missed the meeting on 2 June"
        return not passive or _harm_done(verb, words) or _by_the_family(ctx, verb)
    if subject.pos_ == "PRON":
        return False  # "nobody answered", "we visited", "it"
    if passive and verb.lemma_.lower() in _FINDING and not _adult_acts(ctx):
        return False  # "the house has been found in a poor state on several visits", and nobody did anything
    return True  # a thing at home: "the flat was cold", "bottles were left on the table"


_FINDING = {"find", "see", "observe", "note", "notice", "describe", "assess", "report"}


_WORRY_WORDS = {"worry", "worried", "concern", "concerned"}


def _about_a_service(ctx: Context, verb, words: dict) -> bool:
    """A clause about a service, not the behaviour: a professional as the object ("let the health
    visitor in", "rang the police") or a service's meeting as the object or where someone went
    ("cancelled the appointment", "did not bring Ezra to his health checks"). Harm done to a
    professional ("Dad punched the officer") is still behaviour."""
    if verb.lemma_.lower() in words["harm_verbs"]:
        return False
    if any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return False  # "told the social worker that Dad…", "saw Mum slap Jade": the professional only heard or saw
    professionals = set(analysis.people_words()["professionals"])
    appointments = set(words["appointments"])

    def a_service(t) -> bool:
        return t.lower_ in appointments or t.lemma_.lower() in appointments

    def a_professional(t) -> bool:
        return t.lower_ in professionals or (t.pos_ in ("NOUN", "PROPN") and _professional(ctx, t))

    for c in verb.children:
        if c.dep_ in ("dobj", "xcomp", "ccomp"):
            near = [c, *(g for g in c.children if g.dep_ in ("compound", "nsubj", "dobj"))]
            if any(a_service(t) or a_professional(t) for t in near):
                return True
        # "brought Ezra to his checks", "did not turn up at the meeting"; not "at her last check Ava had a burn".
        if c.dep_ == "prep" and (c.lower_ == "to" or c.lower_ == "at" and verb.lemma_.lower() in _TURNING_UP):
            if any(a_service(g) for g in c.children if g.dep_ == "pobj"):
                return True
    return False


def _clause_subjects(ctx: Context, verb) -> list:
    """The clause's subjects, or the person the model hung elsewhere ("at her last check on 2 May
    baby Ava had a burn"). "Aryan (8) came…" can leave "8)" as the subject: a subject is a word."""
    return [t for t in _subjects_of(verb) or analysis._subjects(verb) or loose_subjects(verb) if t.is_alpha] \
        or _person_before(ctx, verb)


def _person_before(ctx: Context, verb) -> list:
    """The person the model ran into a date or read as a modal ("On 12 June Skylar (5) was
    collected…", "Will tripped and cut his head"): the first one before the verb in its clause."""
    people = analysis.child_tokens(ctx) | analysis.adult_tokens(ctx)
    return [t for t in verb.doc[verb.sent.start: verb.i] if t.i in people and _clause_of(t).i == verb.i
            and t.dep_ not in ("dobj", "dative", "poss")][:1]


def _antecedent(ctx: Context, pronoun, verb):
    """Who "he", "she" or "they" stands for: the nearest person named before it whom the pronoun
    could mean ("…collected late by Dad, and he drives her home": Dad, not the nursery staff);
    when that is a child or nobody, the people reading decides (analysis.pronoun_is_child). A
    pronoun whose own verb has the child as its object ("he sent Ellie a message") is not the
    child: None when no one else is named before it."""
    if pronoun.lower_ not in ("he", "she", "they"):
        return pronoun
    child = cataphoric_child(ctx, pronoun)
    if child is not None:
        return child  # "Since she went missing…, Dawn has…"
    professionals = set(analysis.people_words()["professionals"])
    children = analysis.child_tokens(ctx)
    not_the_child = any(c.i in children for c in verb.children if c.dep_ in ("dobj", "dative"))
    if verb.dep_ == "ccomp" and pronoun.dep_ == "nsubj":
        # "Ada told Bibi she stays in her room": in what someone says, "she" is the one who says it.
        teller = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if teller is not None and not (pronoun.lower_ == "he" and teller.lower_ in analysis._FEMALE
                                       or pronoun.lower_ == "she" and teller.lower_ in analysis._MALE):
            return pronoun if teller.i in children else teller
    family = analysis.adult_tokens(ctx) | children
    for t in reversed(ctx.doc[max(0, pronoun.i - 40): pronoun.i]):
        if t.pos_ == "PRON" or not (t.i in family or t.lower_ in professionals or analysis.is_person(t)):
            continue
        if t.dep_ in ("compound", "poss", "amod") and t.head.i < pronoun.i and (
                t.head.i in family or t.head.lower_ in professionals):
            continue  # "the social worker": the whole name is its head word
        if pronoun.lower_ == "he" and t.lower_ in analysis._FEMALE or \
                pronoun.lower_ == "she" and t.lower_ in analysis._MALE:
            continue
        if t.i in children and not_the_child:
            continue
        return pronoun if t.i in children else t
    return None if not_the_child else pronoun


def _of_the_child(ctx: Context, subject, children: set) -> bool:
    """"Kai's hands were blue", "his toothache": a part or a state of the child."""
    return any(c.dep_ == "poss" and (c.i in children or analysis.pronoun_is_child(ctx, c)) for c in subject.children)


def _harm_done(verb, words: dict, own_clause: bool = False) -> bool:
    """A clause that tells of harm: a harm verb ("was slapped") or an injury in its clause. With
    own_clause, verbs joined on by "and" are their own clauses ("has stopped eating and cuts her
    arms": the time said of stopping eating is not said of the cutting)."""
    injuries = set(words["injuries"])
    joined = {t.i for c in verb.children if own_clause and c.dep_ == "conj" for t in c.subtree}
    return verb.lemma_.lower() in words["harm_verbs"] or any(
        (t.lemma_.lower() in injuries or t.lower_ in injuries) and t.i not in joined for t in verb.subtree)


def _agents(verb) -> list:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _by_a_professional(ctx: Context, verb) -> bool:
    return any(_professional(ctx, a) for a in _agents(verb))


def _by_the_family(ctx: Context, verb) -> bool:
    """"Skylar was collected by an adult who seemed drunk": a passive whose doer is not a service."""
    return any(not _professional(ctx, a) and (analysis.is_person(a) or a.lemma_.lower() in
                                              analysis.people_words()["adult_nouns"]) for a in _agents(verb))


def _sentences_with_behaviour(ctx: Context) -> set:
    """Where each sentence that shows what an adult in the family did starts."""
    from .actions import adult_actions

    return {action.verb.sent.start for action in adult_actions(ctx)}


def _not_the_adults(ctx: Context, token, acted: set) -> bool:
    """A date or place that says when a service acted or how the child was, not when or where the
    adults' behaviour happened: "a referral was received on 12 October", "following the conference
    on 2 May", "worried about domestic abuse at home" (a place said of a label), "Zak is presenting
    as quiet at school", or "on Tuesday Zak came into class upset" with no adult's act in the
    sentence. "Grandad looks after Milo": "after" is part of the verb."""
    words = _parts_words()
    if token.dep_ == "prt" or (token.lower_ == "after" and token.head.lemma_.lower() == "look"):
        return True
    if any(_an_occasion(t) for t in _nouns_between(token, _clause_of(token))):
        return False  # "…initiated due to an incident of domestic abuse at the family home"
    head = token.head
    while head.dep_ in ("prep", "pobj", "npadvmod", "compound", "nummod", "pcomp") and head.head.i != head.i \
            and head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and (head.lemma_.lower() in words["process_events"] or head.i in _labels(ctx)
                                           or head.lower_ in words["vague_matters"]) \
            and not _an_occasion(head):
        return True
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    presenting = next((v for v in (verb, *verb.ancestors) if v.lemma_.lower() == "present"), None)
    if presenting is not None and any(c.dep_ == "nsubj" and c.i in analysis.child_tokens(ctx)
                                      for c in presenting.children):
        return True  # "Zak is presenting as withdrawn at school": a label for how the child seemed
    if any(s.lemma_.lower() in words["process_events"] for s in subjects):
        return True
    node = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.dep_ in ("xcomp", "acomp") \
            and node.head.i != node.i:
        node = node.head  # "the social worker has been unable to see…"
    if any(c.dep_ == "pobj" and c.lemma_.lower() == "visit" for c in token.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and _professional(ctx, c) for c in node.children):
        return True  # "the social worker could not see the children on the last three visits"
    if acted:
        return False
    if _in_a_carers_care(ctx, verb):
        return False  # "when Reuben stays with Mum at weekends", "Reuben came back on Sunday 2 February"
    # No adult's act anywhere: a date said of the child alone dates how the child was, not the behaviour.
    children = analysis.child_tokens(ctx)
    if _harm_done(verb, words) and any(_a_carer(ctx, ctx.doc[i]) for i in analysis.adult_tokens(ctx)):
        return False  # "on 2 May baby Ava had a burn on her hand and Mum could not say how": harm in a carer's care
    # "On Monday Sami (9) came…": the name read into the date, and "9)" taken for the subject.
    subjects = [s for s in subjects if s.is_alpha] or _person_before(ctx, verb)
    return bool(subjects) and all(s.i in children or analysis.pronoun_is_child(ctx, s) for s in subjects) \
        and verb.tag_ not in ("VBN", "VBG")


_STAYING = {"stay", "be", "live", "sleep", "spend"}
_RETURNING = {"come", "return", "get", "arrive"}


def _in_a_carers_care(ctx: Context, verb) -> bool:
    """The child with a carer or back from one: "when Reuben and Tilly stay with Mum at weekends in
    Ely", "Jo sleeps at Dad's on Fridays", "Reuben came back on Sunday 2 February very hungry". The
    time or place of the child's stay in a carer's care is when and where that carer's care (or
    neglect) happened. "On Monday Aryan came into class crying" is the child at school: no carer."""
    lemma = verb.lemma_.lower()
    subjects = _clause_subjects(ctx, verb)
    children = analysis.child_tokens(ctx)
    if not subjects or not all(s.i in children or analysis.pronoun_is_child(ctx, s) for s in subjects):
        return False
    if lemma in _STAYING:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "at")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                owners = [obj] + [c for c in obj.children if c.dep_ == "poss"]
                if any(_a_carer(ctx, o) for o in owners):
                    return True
        return False
    if lemma in _RETURNING and any(c.lower_ == "back" for c in verb.children):
        heads = [verb] + [c for c in verb.children if c.lower_ == "back"]  # "came back to school": "to" on "back"
        towards = [t for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                   for t in c.subtree]
        if towards and not any(_a_carer(ctx, t) for t in towards):
            return False  # "came back to school on Monday": the child's day, not back from a carer
        origin = [t for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree]
        if origin:
            return any(_a_carer(ctx, t) for t in origin)
        return any(_a_carer(ctx, ctx.doc[i]) for i in analysis.adult_tokens(ctx))
    return False


def _a_carer(ctx: Context, token) -> bool:
    """An adult in the family named in the statement (Mum, Nan, "Mum's partner Wes"), not a
    professional or a place such as a school."""
    words = analysis.people_words()
    family = set(words["adult_family"]) | {"partner", "boyfriend", "girlfriend", "stepdad", "stepmum"}
    return not _professional(ctx, token) and (token.lower_ in family or token.lemma_.lower() in family or any(
        t.lower_ in family for t in (token.head, *token.children) if t.dep_ in ("appos", "compound") or token.dep_ == "appos"))


def _professional(ctx: Context, subject) -> bool:
    from .common import _means_professional, is_institution

    professionals = set(analysis.people_words()["professionals"])

    def a_role(t) -> bool:
        return t.lower_ in professionals or t.lemma_.lower() in professionals or " ".join(
            w.lower_ for w in t.subtree if w.dep_ == "compound" or w.i == t.i) in professionals
    # "The attendance officer, Mr Singh, …": a name set beside a professional's role is the professional.
    beside = [subject.head] if subject.dep_ == "appos" else []
    beside += [c for c in subject.children if c.dep_ == "appos"]
    return is_institution(subject) or a_role(subject) or any(a_role(t) for t in beside) \
        or _means_professional(ctx, subject, professionals)


def _labels(ctx: Context) -> set:
    return {t.i for span, entry in ctx.matches("specificity.toml", per_group=True)
            if entry.group in ("label", "judgement") for t in span}


_ABSTRACT = {"environment", "condition", "situation", "circumstance", "setting", "respect", "relation", "regard"}


def _not_a_when(ctx: Context, span) -> bool:
    """A context word that is not when or where it happens: "for a while", "since 2019", "in the
    home environment", "her presentation at school remains a concern" (a place said of a label)."""
    doc = ctx.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start else None
    if span.text.lower() == "while" and before is not None and before.lower_ == "a":
        return True
    if span.text.lower() == "since" and after is not None and re.match(r"^\d{4}$", after.text):
        return True  # "since 2019": a stretch of years; "since October" dates when it began
    if span.text.lower() == "since" and len(span) == 1 and span[0].dep_ in ("advmod", "prep") \
            and not any(c.dep_ in ("pobj", "pcomp", "npadvmod") for c in span[0].children):
        return True  # round 28b: "has since threatened", "rang three times since": "since then", no day named
    if span.text.lower() in ("before", "after") and len(span) == 1 and span[0].dep_ in ("advmod", "prep") \
            and not any(c.dep_ in ("pobj", "pcomp", "npadvmod", "advcl", "ccomp") for c in span[0].children) \
            and not any(c.dep_ == "mark" and c.i == span[0].i for v in [span[0].head] for c in v.children):
        return True  # round 29: "has meant stays in hospital before", "has happened before": no time named
    if after is not None and after.lemma_.lower() in _ABSTRACT:
        return True
    head = span[0].head
    return span[0].pos_ == "ADP" and head.pos_ == "NOUN" and head.dep_ == "nsubj" \
        and head.head.lemma_.lower() in ("be", "remain", "seem")


def _a_month_or_day(span) -> bool:
    """"since October", "since Christmas", "since 3 May": when it began, unlike "since 2019" or
    "since last year" (a stretch of years)."""
    holidays = {"christmas", "easter", "half-term", "halloween", "eid", "diwali", "new"}
    return any(t.lower_ in analysis._CALENDAR or t.lower_ in holidays for t in span) and not any(
        re.match(r"^\d{4}$", t.text) or t.lower_ in ("year", "years") for t in span)


def _without_names(ctx: Context, entity, names: set):
    """The date without a name the model ran into it ("On 28 August Jade was taken…"); a month the
    people reading took for a name is still a month after "for/in/until" ("flights for July")."""
    calendar = analysis._CALENDAR
    tokens = list(entity)
    if any(c.dep_ == "case" for t in tokens for c in t.children):
        return None  # "August's behaviour": a name
    if len(tokens) == 1 and tokens[0].lower_ in calendar and tokens[0].dep_ == "pobj" \
            and tokens[0].head.lower_ in ("for", "in", "until", "till", "since", "by", "during") \
            and not any(c.dep_ == "case" for c in tokens[0].children):
        return entity
    kept = []
    for t in tokens:
        if t.i in names:
            break
        kept.append(t)
    if not kept or not any(t.like_num or t.lower_ in calendar or t.pos_ in ("NOUN", "PROPN")
                           or when_where.a_day_in_figures(t) for t in kept):
        return None  # round 40 (W#4): "on 12/01/2026" is a day though like_num is false for it
    if len(kept) < len(tokens) and not any(t.like_num or t.lower_ in calendar or t.lemma_.lower() in _UNITS
                                           or t.lower_ in _NAMED_TIMES for t in kept):
        return None  # round 28b: "Baby Tuesday", "little Summer": what is left of a child's name is no time
    return ctx.doc[kept[0].i: kept[-1].i + 1]


_YEARS = re.compile(r"^(?:(?:this|last|the past|the last|over the(?: past| last)?|since|in|for|a)\s+)?"
                    r"(?:\w+\s+)?(?:years?|\d{4}|months?)$|^\d{4}$", re.I)


# "every day", "each week", "daily": how often, with no time or place named (a generic frequency).
_FREQUENCY = re.compile(r"^(?:(?:every|each)(?: single)? (?:day|week|month|time)|daily|weekly|all the time)$", re.I)
_SCHOOL_YEAR = re.compile(r"^year \d{1,2}$", re.I)
_SEASON = re.compile(r"^(?:(?:in|over|during|this|last|the|since)\s+)*(?:summer|winter|spring|autumn)$", re.I)


def _an_age_or_years(span) -> bool:
    """"(6 weeks)", "8 months old", "aged 2": an age; "this year", "since 2019", "over the past two
    years": a stretch of time that says nothing of when it happens."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].lower_ == "old" or span.text.lower().endswith("-old"):
        return True  # round 28b: "a 24-year-old man", "his 15-year-old brother": an age set before a person
    if before is not None and before.text == "(" or (after is not None and after.lower_ in ("old", ")")) \
            or (before is not None and before.lower_ in ("aged", "year")) or _SCHOOL_YEAR.match(span.text.strip()):
        return True  # "Year 4" is a class at school, not a time
    if len(span) == 1 and span[0].like_num and span[0].dep_ in ("attr", "acomp") and span[0].head.lemma_ == "be":
        return True  # "Esme, who is 6"
    if _an_age_set_off_by_commas(span):
        return True  # round 41 (r41e): "Marley, 8, …", "Harvey, 5, and Sky, 3": an age after a name
    if _SEASON.match(span.text.strip()) or (before is not None and _SEASON.match(f"{before.text} {span.text}")):
        return True  # "in the summer": a stretch of months, like "this year"
    return bool(_YEARS.match(span.text.strip()))


def _an_age_set_off_by_commas(span) -> bool:
    """Round 41 (r41e): a bare small number set off by commas straight after a person's name ("on
    Marley, 8.", "Harvey, 5, and Sky, 3,"): the person's age, not a day of the month."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if len(words) != 1 or not words[0].like_num or not words[0].text.isdigit() or int(words[0].text) > 25:
        return False
    start = words[0].i
    if start < 2 or doc[start - 1].text != ",":
        return False
    name = doc[start - 2]
    after = doc[start + 1] if start + 1 < len(doc) else None
    return (name.pos_ == "PROPN" or name.ent_type_ == "PERSON") and name.ent_type_ not in ("DATE", "TIME") \
        and name.lower_ not in when_where._DAYS and (after is None or after.is_punct or after.lower_ in ("and", "or"))


# Round 41 (r41e): the family's own home, unnamed ("at home", "in the house", "in the flat", "in bed"):
# where most family life happens, so alone it tells a supervisor nothing of when or where the
# behaviour happens. It counts when the statement also names a time (a date, a time of day, a day of
# the week, a named time of the year); a named or someone else's place ("the flat on Tanner Street",
# "at Nan's house", "in the kitchen") counts as before.
_HOME_ONLY = {"home", "house", "flat", "bed"}


def a_home_place_only(token) -> bool:
    """The preposition `token` ("at", "in") heads the family's own home, unnamed: "at home", "in the
    house", "in their flat", "in the family home", "in bed"; not "at Nan's house", "in the flat on
    Tanner Street", "at the house on Elm Close"."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if len(objects) != 1 or token.lower_ not in ("at", "in", "inside", "around", "round"):
        return False
    place = objects[0]
    if place.lemma_.lower() not in _HOME_ONLY and place.lower_ not in _HOME_ONLY:
        return False
    for child in place.children:
        if child.dep_ == "det" and child.lower_ not in ("the",):
            return False
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return False  # "at Nan's house", "Dad's flat": a named household's place
        if child.dep_ in ("prep", "acl", "relcl", "appos") or child.dep_ in ("compound", "amod", "nmod") \
                and child.lower_ not in ("family",):
            return False  # "the flat on Tanner Street", "the house where…", "the bedsit flat"
    doc = token.doc
    if any(t.dep_ == "pobj" and (t.lemma_.lower() in _PLACES - _HOME_ONLY or t.lower_ in _PLACES - _HOME_ONLY)
           for t in doc[max(token.sent.start, token.i - 5): token.i]):
        return False  # the merge (round 41): "pushed Leo down the stairs at home", "in the kitchen at home"
    after = doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(doc) else None
    if after is not None and after.dep_ == "prep" and any(
            c.dep_ == "pobj" and (c.pos_ == "PROPN" or any(t.pos_ == "PROPN" or t.like_num for t in c.subtree))
            for c in after.children):
        return False  # "in the flat on Wren Street" (the parse may hang the street on the verb)
    return True


def a_time_named(ctx: Context) -> bool:
    """Round 41 (r41e): the statement names a time of what happens, outside a guessed future: a
    date or time (not an age or a stretch of years), a time of day, a weekday or a time of the year."""
    for entity in [*ctx.doc.ents, *when_where.numeric_dates(ctx)]:
        if entity.label_ not in ("DATE", "TIME") or _under_modal(entity.root) \
                or when_where.a_number_not_a_day(entity) or _an_age_or_years(entity):
            continue
        return True
    return any((t.lemma_.lower() in _TIMES_OF_DAY or t.lower_ in _TIMES_OF_DAY or t.lower_ in _CALENDAR
                or t.lower_ in _WEEKDAYS_ONLY or t.lower_.rstrip("s") in _WEEKDAYS_ONLY) and not _under_modal(t)
               for t in ctx.tokens)


def _so_many_a_week(span) -> bool:
    """Round 28b: "three days a week", "two nights per fortnight", "twice a month": how often, with
    no day, time or place named (as "every day" is)."""
    doc = span.doc
    text = span.text.lower().strip()
    if re.search(r"\b(?:a|an|per|each|every) (?:day|week|month|fortnight|night|year)$", text) and len(span) > 2:
        return True
    after = doc[span.end: span.end + 2]
    return len(after) == 2 and after[0].lower_ in ("a", "an", "per", "each", "every") \
        and after[1].lemma_.lower() in ("day", "week", "month", "fortnight", "night", "year") \
        and any(t.like_num or t.lemma_.lower() in _UNITS for t in span)


# Units of a stretch of time: "for hours", "for 36 hours", "for about ten days".
_UNITS = {"minute", "hour", "day", "week", "month", "year", "night", "fortnight", "while"}
_QUANTITIES = {"a", "an", "about", "around", "nearly", "almost", "over", "several", "few", "many", "some", "more",
               "than", "up", "to", "of"}


def _a_duration(span) -> bool:
    """"cried for hours afterwards", "for about ten days": how long, with no day, time or occasion
    named; not "for the whole half-term week" (a named week) or "for Christmas"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is None or before.lower_ != "for":
        return False
    return all(t.like_num or t.lemma_.lower() in _UNITS or t.lower_ in _QUANTITIES for t in span)


# Verbs of meaning to do something: the time or place of what is meant is not when anything was done.
_INTENDING = {"intend", "plan", "hope", "want", "wish", "mean", "aim", "propose", "expect"}


def _only_intended(token) -> bool:
    """"Father intends to take Marvel to Nigeria during the summer holidays": the time belongs to an
    act only meant, told second-hand, not to anything the adult did. A threat made is a deed of its
    own ("threatened to take her in the summer" is not read here); a booking made ("has booked
    flights for the Easter holidays") is done."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            break
        if node.head.i == node.i:
            return False
        node = node.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in _INTENDING


_TALKING = {"discuss", "raise", "mention", "explain", "challenge", "ask", "address", "put", "speak", "talk", "tell",
            "say", "share", "inform", "advise",
            # round 29: a worker's phone call is a talk too ("presented as hostile when she phoned him")
            "phone", "ring", "call", "telephone", "text", "email"}


def _a_professionals_talk(ctx: Context, token) -> bool:
    """"was dismissive when this was discussed with her", "when it was raised": a when-clause whose
    occasion is a talk the service had with the adult (a passive verb of talking, or a professional
    talking): the time of the service's conversation, not of the behaviour. "Dad shouts when Mum tells
    him no" is a family member talking: kept."""
    if token.lower_ not in ("when", "whenever", "after", "once", "as"):
        return False
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _TALKING:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return passive and not _by_the_family(ctx, verb) or any(_professional(ctx, s) for s in subjects)


def _a_childs_reaction(ctx: Context, token) -> bool:
    """"she had been crying whenever her arm was touched", "flinches when anyone raises a hand": a
    when-clause on what the child does, with no adult of the family acting in it, dates the child's
    reaction (the impact), not the adults' behaviour. "Ruby hides under the table when Dad shouts"
    has Dad's act in the when-clause: kept."""
    if token.lower_ not in ("when", "whenever", "while", "whilst"):
        return False
    clause = token.head
    main = clause.head
    if clause.dep_ != "advcl" or main.pos_ not in ("VERB", "AUX"):
        return False
    children = analysis.child_tokens(ctx)
    main_subjects = _clause_subjects(ctx, main)
    if not main_subjects or not all(s.i in children or analysis.pronoun_is_child(ctx, s) for s in main_subjects):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in main.children):
        return False  # "was locked in her room when…": done to the child
    adults = analysis.adult_tokens(ctx)
    acts = {a.verb.i for a in _adult_acts(ctx)}
    return clause.i not in acts and not any(t.i in adults or _by_the_family(ctx, clause) for t in clause.subtree)


# Clauses that say how a child is or seems, not what the child did: a state is the impact.
_STATES = {"be", "seem", "appear", "look", "present", "feel", "become", "have", "remain", "get", "say", "tell"}


def _a_phrasal_deed(verb) -> bool:
    """Round 33 (P#7): "get" with a particle is a doing, not a state: "gets up at 5am most days",
    "gets out of the window at night" (not "gets upset", "gets tired")."""
    return verb.lemma_.lower() == "get" and any(c.dep_ == "prt" for c in verb.children)


def _the_worry_itself(ctx: Context, token) -> bool:
    """The time or place of what the worry is about, whoever does it: "Mr Hughes is worried that
    Chester brought a knife into school on 10 January", "worried about Amber, who is staying out
    overnight at his flat in Luton". When the worry names the child's doings (carrying a knife,
    going missing, being made to work), that is the behaviour a supervisor asks "when and where?"
    of. Only in the clause the worry word governs, of the child's own doing (not how the child is or
    seems: "worried that Ava is sad at school" is the impact; not a passive: "has been excluded
    three times" is the school's act), and not a look ahead."""
    verb = _clause_of(token)
    if verb.pos_ not in ("VERB", "AUX") or _under_modal(verb) or verb.lemma_.lower() in _STATES \
            and not _a_phrasal_deed(verb) or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "has been excluded three times": what a service did to the child, not the child's doing
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    worried = root.dep_ == "ccomp" and (head.lemma_.lower() in _WORRY_WORDS or head.lower_ in _WORRY_WORDS or any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _WORRY_WORDS for c in head.children))
    if root.dep_ == "relcl":  # "worried about Amber, who is staying out…"
        about = head.head if head.dep_ == "pobj" else None
        worried = about is not None and about.lower_ == "about" and about.head.lemma_.lower() in _WORRY_WORDS
    if not worried and not _the_childs_doing_is_the_worry(ctx, verb):
        return False
    subjects = _clause_subjects(ctx, verb) if verb.dep_ != "relcl" else [verb.head]
    children = analysis.child_tokens(ctx)
    return bool(subjects) and all(s.i in children or analysis.pronoun_is_child(ctx, s)
                                  or s.lower_ in _SELF_PRONOUNS and verb.head.i in children for s in subjects)


def _a_named_place(noun) -> bool:
    """"in Luton", "on the Stoney Stanton Road", "at Alton Towers": a place the model names as a
    town, a region or a building (GPE, LOC, FAC), read like "at the house" when said of the act."""
    return noun.ent_type_ in ("GPE", "LOC", "FAC") and noun.pos_ == "PROPN"


# Verbs of a child's reaction or of telling: what the child shows or says, the impact, not the
# doing a worry is about ("came into class crying on Monday", "told her teacher on Friday").
_REACTING = {"cry", "come", "arrive", "seem", "appear", "present", "flinch", "tell", "say", "disclose", "report",
             "describe", "explain", "ask", "sleep", "wet", "eat", "fall", "lose", "gain", "struggle", "attend",
             "miss", "refuse", "start", "begin", "stop", "continue", "want", "like", "love", "hate", "need"}


def _the_childs_doing_is_the_worry(ctx: Context, verb) -> bool:
    """Round 25: "Keira (15) took an overdose in her bedroom on Sunday", "Skye is going missing
    overnight and spending time with older men in Blackpool": when no adult of the family acts
    anywhere in the worry, the child's own doing (said as done, in the main line of a sentence, not
    a reaction, a telling or a state) is what the worry is about, and its time or place is the
    worry's. Not where an adult acts ("Dad hits Ruby; on Monday Ruby came in crying" is the adult's
    worry and the child's reaction)."""
    if _sentences_with_behaviour(ctx) or _adult_acts(ctx):
        return False
    if verb.dep_ not in ("ROOT", "conj", "pcomp", "xcomp") or verb.lemma_.lower() in _REACTING:
        return False
    if verb.tag_ in ("VBN",) and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if verb.lemma_.lower() in _MOVING and not any(c.dep_ in ("acomp", "oprd", "dobj") for c in verb.children):
        return False  # "Kai goes back to school on 3 June": only where the child goes ("goes missing" stays)
    return True


# Coming and going: where a child goes is no doing of the worry unless it says how ("goes missing").
_MOVING = {"go", "come", "return", "get", "arrive", "leave", "head", "move", "travel", "fly"}
