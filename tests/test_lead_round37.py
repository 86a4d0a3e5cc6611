"""Round 37, lead: the "quotes the child's own words" strength (review37s S#5: an apostrophe in
"Will's" opened a "quote"; a child's account of abuse between adults was praised). New sentences."""
import pytest

from sos_lint.api import engine


@pytest.fixture(scope="module")
def eng():
    return engine()


def strengths(eng, text, kind="worry"):
    return eng.check_document(text, kind)[0].strengths


def test_an_apostrophe_never_opens_a_quote(eng):
    text = ("Mrs Kowalski, Orla's class teacher, and I are worried that Orla, who is 9, is often hungry. "
            "Orla said \"I don't have breakfast because there's nothing in\". If nothing changes Orla "
            "could become ill.")
    found = strengths(eng, text)
    assert found == ["Quotes the child's own words: \"I don't have breakfast because there's nothing in\""]


def test_single_marks_hold_a_quote_with_apostrophes_inside(eng):
    text = ("Mr Adebayo, Sage's head of year, is worried that Sage, who is 13, is not eating at school. Sage "
            "said 'I'm too tired to eat when I've been up all night'. If nothing changes Sage could get ill.")
    assert strengths(eng, text) == ["Quotes the child's own words: \"I'm too tired to eat when I've been up all night\""]


def test_a_childs_account_of_abuse_between_adults_is_not_a_strength(eng):
    text = ("Ms Begum, Rowan's form tutor, and I are worried that Rowan, who is 11, sees Craig hurt Mum. "
            "On 2 June Rowan told Ms Begum, \"Craig hit Mum in the face and said he would kill her.\" "
            "We are worried Rowan could be badly hurt if nothing changes.")
    assert strengths(eng, text) == []


def test_possessives_alone_make_no_strength(eng):
    text = "Nan's worry is that Ivy can't sleep, and Ivy's dad's car isn't safe for her to ride in."
    assert strengths(eng, text) == []


# Round 37 merge: the drug-running reading (r37h) fired on two good corpus worries; new sentences of
# the same two shapes, with a near miss that must still fire.
def _sos306(eng, text):
    return [text[f.start:f.end] for f in eng.check_document(text, "worry")[0].findings if f.code == "SOS306"]


def test_drugs_sold_by_older_boys_in_a_relative_clause_are_not_the_childs_act(eng):
    text = ("Mr Fenton, Jaden's head of year, is worried because Jaden, who is 13, has been seen at the "
            "skate park with older boys who sell drugs. If nothing changes Jaden "
            "could be hurt or drawn in.")
    assert _sos306(eng, text) == []


def test_a_child_groomed_to_carry_drugs_is_not_blamed(eng):
    text = ("The youth worker and I are worried that a man in his twenties is grooming Tariq to move drugs "
            "between towns. Tariq is 14. If nothing changes Tariq could be hurt or arrested.")
    assert _sos306(eng, text) == []


def test_the_child_selling_drugs_for_older_men_still_fires(eng):
    text = ("The youth worker is worried that Tariq, who is 14, is selling drugs for older men in the "
            "park. If nothing changes Tariq could be stabbed.")
    assert _sos306(eng, text) != []
