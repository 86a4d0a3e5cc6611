"""Round 34 (r34f), from three users' trials (review34 P#5, review34d D#7 and D#10): who is who in
advice and the rewrite. Every sentence is new (other names, harms and wording than the users'
drafts), with near misses that must not change.

(A) A child the statement's heading names ("Safety goal 2 - Ezra", "Worry statement 3: Mia and
    Theo") is the child: no "No child is mentioned", no "[child's name]", no child dropped; a topic
    in the heading ("- Home Conditions") or an adult the goal speaks to is not.
(B) The subject of a passive ("Ezra will be kept safe") is done to, not an adult who acts.
(C) A goal spoken to two named adults ("Kerry and Sam, you …") has its advice said of them.
(D) A goal's "stop" asked of a child through a joined infinitive or "she" ("YP to go to school and
    stop running away", "ensure she is not meeting …") is the child's own act, not an adult's.
(E) "The child in need plan", "the child protection conference": a process, not the child.
(F) The person a goal says is harmed ("violent towards the mother") is not given the harmer's
    tasks; a kin carer who acts where no parent is named is who the goal speaks to; help the
    carer receives ("accept a carer's assessment") is not her weekly task.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.people import headings, people
from sos_lint.people.harmed import harmed_words, the_other_parent
from sos_lint.rewrite import rewrite
from sos_lint.rewrite import people as rewrite_people


def _nlp():
    from sos_lint.nlp import load

    return load()


def _report(text: str, kind: str | None = None):
    return engine().check_document(text, kind)


def _codes(reports) -> list[str]:
    return [f.code for r in reports for f in r.findings]


def _messages(reports) -> str:
    return "\n".join(f.message + " " + f.suggestion for r in reports for f in r.findings)


# ---- (A) the heading's children -------------------------------------------------------------------

@pytest.mark.parametrize("title, names", [
    ("Safety goal 2 - Ezra", ("Ezra",)),
    ("Worry statement 3: Mia and Theo", ("Mia", "Theo")),
    ("Safety goal – Aaliyah, Zac & Ruby", ("Aaliyah", "Zac", "Ruby")),
])
def test_heading_names_listed(title, names):
    assert headings.names_in(title) == names


@pytest.mark.parametrize("title", [
    "Safety goal 4 - Home Conditions",  # a topic in capitals
    "Worry statement 1 - Mum's drinking",  # a topic, and a family word
    "Safety goal 5 - Dad",
    "Worry statement 2: Mr Hollis",
    "Safety goal 6",
    "Safety goal 3 - school attendance",
])
def test_heading_topics_are_not_names(title):
    doc = _nlp()("Mum will walk the children to school every morning.")
    assert headings.children_in(title, doc) == ()


def test_a_heading_topic_word_not_a_name_is_not_taken():
    doc = _nlp()("Dad will keep the kitchen clean and cook a hot meal each evening.")
    assert headings.children_in("Safety goal 2 - Neglect", doc) == ()


def test_child_named_only_in_the_heading_is_not_missing():
    text = ("Safety goal 2 - Ezra\nThe mother will take her medication every morning and the father will "
            "check the cupboards are full each Sunday.\n")
    reports = _report(text)
    assert "SOS401" not in _codes(reports)
    # near miss: the same goal with no heading name is still told no child is named
    bare = _report("Safety goal 2\nThe mother will take her medication every morning and the father will "
                   "check the cupboards are full each Sunday.\n")
    assert "SOS401" in _codes(bare)


def test_the_rewrite_names_every_child_the_heading_gives():
    text = ("Worry statement 3 - Mia and Theo\nMum has not taken Theo to the dentist for two years and his "
            "teeth hurt when he eats.\n")
    out = rewrite(text).text
    assert "[child's name]" not in out
    assert "Mia" in out.split("\n", 1)[1]  # Mia, named only in the heading, is not dropped


def test_an_adult_the_goal_speaks_to_in_the_heading_is_not_the_child():
    doc = _nlp()("Kerry, you will collect Amir from nursery at 3pm every day and Amir (3) will have his tea at home.")
    assert headings.children_in("Safety goal 1 - Kerry", doc) == ()


# ---- (B) the passive's subject ------------------------------------------------------------------

@pytest.mark.parametrize("text, child", [
    ("Dad will stop using cannabis at home. Oakley and Brooke will be kept safe at all times.", "Oakley"),
    ("Zion will be given warm clothes for school. Mum will wash his uniform every Sunday.", "Zion"),
])
def test_the_subject_of_a_passive_is_not_an_adult(text, child):
    assert child in rewrite_people.children(_nlp()(text))


def test_the_one_not_allowed_in_is_still_an_adult():
    # near miss: a passive that keeps someone out ("will not be allowed to stay") says adult
    found = rewrite_people.children(_nlp()("Mum will walk Ivy to school. Dean will not be allowed to stay at the flat."))
    assert "Dean" not in found


def test_the_subject_who_will_act_is_still_an_adult():
    # near miss: "Keisha will take Zion to school" - Keisha acts, Zion is the child
    found = rewrite_people.children(_nlp()("Keisha will take Zion (5) to school every morning."))
    assert "Keisha" not in found


# ---- (C) a goal spoken to two named adults -----------------------------------------------------

def test_advice_names_the_two_adults_the_goal_speaks_to():
    text = ("Safety goal\nKerry and Sam, you and Elsie need a calm home. You will engage with the family "
            "support worker. Auntie Mo will ring you on Fridays. This will happen for three months.\n")
    said = _messages(_report(text))
    assert "Kerry or Sam" in said
    assert "Auntie" not in said.replace("Auntie Mo", "")


def test_two_children_spoken_to_are_not_the_adults():
    # near miss: the two a goal speaks to are children (ages given): no "Ada or Finn" advice
    text = ("Safety goal\nAda (9) and Finn (7), you will have a safe home. Mum will engage with the "
            "family support worker every week for six months.\n")
    assert "Ada or Finn" not in _messages(_report(text))


# ---- (D) a child's own stop ---------------------------------------------------------------------

def test_a_joined_stop_asked_of_the_young_person():
    for opening in ("YP to go to college and stop cutting herself.",
                    "Young person to go to college and stop drinking."):
        text = f"Safety goal\n{opening} Mum to text her each evening at 8pm.\n"
        found = [f for r in _report(text) for f in r.findings if f.code == "SOS512"]
        assert found and "asks the child" in found[0].message


def test_a_joined_stop_of_an_adult_is_still_the_adults():
    # near miss: "Dad to go to work and stop drinking": Dad's own act, the adults' advice
    text = "Safety goal\nDad to go to work and stop drinking. Mum to text him each evening at 8pm.\n"
    found = [f for r in _report(text) for f in r.findings if f.code == "SOS512"]
    assert found and all("asks the child" not in f.message for f in found)


def test_she_pointing_back_to_the_child():
    text = ("Safety goal\nCarers to supervise the young person and ensure she is not meeting the older men "
            "from the park.\n")
    found = [f for r in _report(text) for f in r.findings if f.code == "SOS512"]
    # Round 34 merge: r34d reads keeping away from other people as protective, so SOS512 may now not
    # fire here at all; what must never happen is the adult's "WILL do instead" about the child's act.
    assert all("WILL do instead" not in f.message for f in found)


def test_she_pointing_back_to_mum_is_still_the_adults_job():
    # near miss: "she" is Mum, an adult: the usual advice about what the adult will do
    text = "Safety goal\nMum will make sure she is not drinking when the children are home.\n"
    found = [f for r in _report(text) for f in r.findings if f.code == "SOS512"]
    assert all("asks the child" not in f.message for f in found)


# ---- (E) a process named after the child --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The child protection conference was moved to June.",
    "The child in need meeting did not go ahead because nobody came.",
])
def test_a_process_named_after_the_child_is_not_the_child(sentence):
    text = f"Worry statement\nDad has hit Kofi (6) twice this month. {sentence}\n"
    reports = _report(text)
    assert not [f for r in reports for f in r.findings if f.code == "SOS402" and "Kofi" in f.suggestion]


def test_the_child_in_a_photo_is_still_the_child():
    text = "Worry statement\nDad has hit Kofi (6) twice this month. The child in the photo had a bruise.\n"
    assert "SOS402" in _codes(_report(text))


# ---- (F) the person harmed, the kin carer, help received ----------------------------------------

@pytest.mark.parametrize("sentence, word", [
    ("Dad will not be violent towards Mum.", "mum"),
    ("Mr Okoye will never push Mum again.", "mum"),
    ("There will be no abuse towards the mother.", "mother"),
])
def test_who_is_harmed(sentence, word):
    assert word in harmed_words(_nlp()(sentence))


def test_the_harmer_is_the_one_asked():
    doc = _nlp()("Dad will go to a group for men every Tuesday and will not shout at Mum.")
    assert the_other_parent(doc) == "Dad"
    # near miss: both parents act and neither is harmed
    assert the_other_parent(_nlp()("Mum and Dad will not shout at each other.")) == ""


def test_rewrite_does_not_put_the_harmed_parent_in_the_harmers_goal():
    text = ("Safety goal 3 - Oscar\nThe father will attend a domestic abuse programme and will not be "
            "abusive towards the mother.\n")
    out = rewrite(text).text
    assert "Dad and Mum, you" not in out and "Mum or Dad" not in out
    assert "Dad, you and Oscar" in out


def test_kin_carer_who_acts_is_spoken_to():
    text = "Safety goal\nGrandma will walk Isla to school every day. Grandma will make Isla's packed lunch.\n"
    out = rewrite(text).text
    assert "[Who looks after" not in out


def test_kin_helper_beside_a_parent_is_not_spoken_to():
    # near miss: a parent is named, so Grandma is the network, not who the goal speaks to
    text = "Safety goal\nMum will walk Isla to school every day. Grandma will make Isla's packed lunch.\n"
    out = rewrite(text).text
    assert not out.split("\n", 1)[1].startswith("Grandma")


def test_help_for_the_carer_is_not_her_weekly_task():
    text = "Safety goal\nGrandad will accept a carer's assessment and will cook Leon's tea every night.\n"
    said = _messages(_report(text))
    assert "what Grandad will do each week" not in said
