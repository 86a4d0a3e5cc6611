"""Round 35, the lead: mends from the users' reports that no helper's area held."""
import pytest

from sos_lint.api import engine


@pytest.fixture(scope="module")
def eng():
    return engine()


def _denial_messages(eng, text: str) -> list[str]:
    return [text[f.start:f.end] for r in eng.check_document(text, "worry") for f in r.findings
            if "did not happen" in f.message or "denies this" in f.message]


@pytest.mark.parametrize("text", [
    # review35i I#9: the "not" is the other subject's in a run-on the parser joined
    'Concerns regarding DV and the YP\'s mum\'s "chaotic" lifestyle… the CIN plan is not working.',
    "Worries about neglect and the flat… the boiler is not fixed and Kit (3) sleeps in his coat.",
])
def test_a_not_in_another_clause_of_a_run_on_is_not_the_harms(eng, text):
    assert _denial_messages(eng, text) == []


@pytest.mark.parametrize("text, words", [
    ("There are no concerns about Ava at nursery and no injuries were seen.", "no injuries"),
    ("Mum did not use drugs in the house, but Dad shouts at Tia (4) most nights.", "use drugs"),
])
def test_a_harm_the_statement_says_did_not_happen_is_still_asked_about_fairly(eng, text, words):
    assert words in _denial_messages(eng, text)
