"""Redaction: nothing identifying survives, roles stay, placeholders agree, and scores barely move."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import sos_lint
from sos_lint.api import engine
from sos_lint.config import Config
from sos_lint.redact import ALL_TYPES, Redactor, redact

DATA = Path(__file__).resolve().parent / "data" / "redaction"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KNOWN: dict[str, list[str]] = json.loads((DATA / "known.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp():
    return engine().nlp


@pytest.fixture(scope="module")
def run(nlp):
    """All the drafts redacted in one run, as `compare --redact` does."""
    redactor = Redactor(nlp)
    results = {name: redactor.redact((DATA / name).read_text(encoding="utf-8")) for name in KNOWN}
    return redactor, results


def _survives(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_no_known_detail_survives(run, name):
    text = run[1][name].text
    assert [value for value in KNOWN[name] if _survives(value, text)] == []


def test_every_fixture_lists_its_details():
    assert sorted(p.name for p in DATA.glob("*.txt")) == sorted(KNOWN)


def test_counts_are_by_type_and_never_hold_values(run):
    for result in run[1].values():
        assert set(result.counts_by_type) <= set(ALL_TYPES)
        assert all(isinstance(n, int) and n > 0 for n in result.counts_by_type.values())
    kitchen = run[1]["01_kitchen.txt"].counts_by_type
    assert kitchen["phone"] == 1 and kitchen["school"] == 1 and kitchen["name"] >= 10


def test_roles_ages_and_timescales_stay(run):
    kitchen = run[1]["01_kitchen.txt"].text
    for words in ("Mum", "Your sister", "the family worker", "nursery worker", "who is 4",
                  "every day for the next 4 months"):
        assert words in kitchen
    assert "Nan will have" in run[1]["03_school.txt"].text
    assert "the social worker" in run[1]["02_drinking.txt"].text


def test_placeholders_are_consistent_within_a_run(run):
    redactor, results = run
    assert results["01_kitchen.txt"].text.startswith("Worry statement – Child A and the kitchen")
    assert "Child A's breakfast" in results["01_kitchen.txt"].text
    assert "Your sister Adult 1 will come round" in results["01_kitchen.txt"].text
    assert "Adult 1's number is [phone]" in results["01_kitchen.txt"].text
    drinking = results["02_drinking.txt"].text
    assert "Child B, who is 8" in drinking and "Grandma Adult 4's" in drinking
    assert drinking.count("Grandma Adult 4") == 2  # Sue is the same person both times
    assert redactor.child_placeholders[:2] == ["Child A", "Child B"]


def test_a_title_marks_an_adult_even_with_the_childs_surname(run):
    school = run[1]["03_school.txt"].text
    assert "Child C, who is 9" in school
    assert re.search(r"Adult \d+ told the social worker", school)


def test_the_same_name_gets_the_same_placeholder_across_drafts(nlp):
    redactor = Redactor(nlp)
    first = redactor.redact("Noah, who is 8, lives with Mum. Gary Walsh visits on Fridays.")
    second = redactor.redact("Mum rang Gary when Noah cried.")
    assert first.text == "Child A, who is 8, lives with Mum. Adult 1 visits on Fridays."
    assert second.text == "Mum rang Adult 1 when Child A cried."


def test_patterns_catch_what_the_model_misses(nlp):
    result = redact("You can email mum.smith@example.org or ring +44 7700 900 123 or (01632) 960123. "
                    "He goes to Oak Hill Academy. They live at 4 Moat Street, Leeds LS1 4AB. Born 04/05/2019.",
                    nlp)
    assert result.text == ("You can email [email] or ring [phone] or [phone]. He goes to [school]. "
                           "They live at [address]. Born [date].")
    assert result.counts_by_type == {"address": 1, "date": 1, "phone": 2, "email": 1, "school": 1}


def test_configured_names_are_redacted_even_in_lower_case(nlp):
    result = redact("Mum says bo likes the park. Zed helps.", nlp, names={"child": "Bo", "uncle": "Zed"})
    assert "bo" not in result.text.lower().split() and "Zed" not in result.text
    assert result.text.startswith("Mum says Child A likes")


def test_nothing_to_redact_leaves_the_text_alone(nlp):
    text = "Mum and Dad argue most evenings. The social worker is worried that the baby hears it."
    assert redact(text, nlp).text == text
    assert redact(text, nlp).counts_by_type == {}


def _redacted_scores(paths: list[Path], nlp):
    redactor = Redactor(nlp)
    texts = [(p.read_text(encoding="utf-8")) for p in paths]
    redacted = [redactor.redact(t).text for t in texts]
    # As `compare --redact` does: the rules learn that "Child A" is a child's name.
    config = Config(names=tuple(("child", label) for label in redactor.child_placeholders))
    for path, original, after in zip(paths, texts, redacted):
        before = sos_lint.check_document(original)
        changed = sos_lint.check_document(after, config=config)
        assert [r.kind for r in before] == [r.kind for r in changed]
        # Round 39: SOS520 flags the phone numbers, addresses and dates of birth the redaction takes
        # out, so a statement that showed one scores higher once redacted: such statements are left
        # out of this comparison (their SOS520 warnings are exactly what the redaction removed).
        yield path.name, [(a.score, b.score) for a, b in zip(before, changed)
                          if not any(f.code == "SOS520" for f in a.findings)]


def test_a_redacted_draft_scores_within_one_point(nlp):
    for name, pairs in _redacted_scores(sorted(DATA.glob("*.txt")), nlp):
        for before, after in pairs:
            assert abs(before - after) <= 1.0, (name, before, after)


def test_a_name_at_the_end_of_a_sentence_does_not_join_sentences(nlp):
    """"…the impact on Child A. Dad has…": spaCy reads "A." as an initial and joins the two
    sentences, which costs the redacted draft points for a long sentence it does not have."""
    if len(list(nlp("Mum is worried about Child A. Dad drinks every night.").sents)) < 2:
        pytest.xfail("the tokenizer keeps 'A.' as an initial; sos_lint/nlp.py needs a suffix rule")
    for name, pairs in _redacted_scores([EXAMPLES / "group_draft_priya.txt", EXAMPLES / "group_draft_sam.txt"], nlp):
        for before, after in pairs:
            assert abs(before - after) <= 1.0, (name, before, after)


# -- issue 9: nothing personal survives, in any case or layout ------------------------------------

def _gone(values: list[str], text: str) -> list[str]:
    return [v for v in values if _survives(v, text)]


@pytest.mark.parametrize("text, kind, placeholder", [
    ("Her NHS number is 943 476 5919 on the letter.", "nhs", "[NHS number]"),
    ("Her NHS number is 9434765919 on the letter.", "nhs", "[NHS number]"),
    ("Dad's NI number is AB 12 34 56 C.", "nino", "[NI number]"),
    ("Dad's NI number is ab123456c.", "nino", "[NI number]"),
    ("They moved to cv1 5ab last week.", "postcode", "[postcode]"),
    ("They moved to CV15AB last week.", "postcode", "[postcode]"),
    ("Dad's car, AB12 CDE, was outside.", "vehicle", "[car registration]"),
    ("Dad's car, reg k123 abc, was outside.", "vehicle", "[car registration]"),
    ("Dad's old car, ABC 123D, was outside.", "vehicle", "[car registration]"),
    ("Ring Nan on 0044 7700 900321 tonight.", "phone", "[phone]"),
    ("Ring Nan on +44 (0)1632 960 111 tonight.", "phone", "[phone]"),
    ("Ring Nan on 07700-900-222 tonight.", "phone", "[phone]"),
    ("Her Snapchat is jess_x and she uses it at night.", "handle", "[username]"),
    ("He follows her as @tyler.b09 on TikTok.", "handle", "[username]"),
    ("His Xbox gamertag is DarkWolf77.", "handle", "[username]"),
    ("Mum posts at www.facebook.com/kelly.hughes.77 every day.", "url", "[web address]"),
    ("They live at 12 sycamore drive with Nan.", "address", "[address]"),
    ("They live at FLAT 3, 27 ELM COURT with Nan.", "address", "[address]"),
])
def test_each_identifier_is_replaced(nlp, text, kind, placeholder):
    result = redact(text, nlp)
    assert placeholder in result.text and result.counts_by_type.get(kind) == 1, result.text


@pytest.mark.parametrize("text", [
    "The letter says 943 476 5918 is the reference.",  # fails the NHS check digit
    "Mum was seen QQ 12 34 56 C times.",  # QQ is never an NI prefix
    "He was seen at 12 34 56 a day.",  # a word and numbers, not an NI number
    "Dad drank 4 cans in 2 hours on 3 nights.",
    "Mum will ring the school at 3.15 in 2024.",
])
def test_lookalikes_are_not_identifiers(nlp, text):
    result = redact(text, nlp)
    assert not set(result.counts_by_type) & {"nhs", "nino", "phone", "vehicle", "postcode", "handle"}, result.text


def test_names_in_capitals_and_mixed_case_are_redacted(nlp):
    result = redact("WORRY STATEMENT\nMUM (KELLY HUGHES) drinks most nights. Kelly HUGHES says LEO, who is 8, "
                    "puts himself to bed. Risk of CSE.", nlp)
    assert _gone(["Kelly", "Hughes", "Leo"], result.text) == []
    assert "MUM (Adult 1)" in result.text and "Child A, who is 8" in result.text and "CSE" in result.text


def test_lower_case_names_and_names_that_are_words(nlp):
    result = redact("Mum's partner Will hits the wall. Will, who is 34, moved in. Mum will ring if kelly "
                    "comes round. Hope, who is 6, is scared.", nlp)
    assert _gone(["kelly"], result.text) == [] and "Will" not in result.text and "Hope" not in result.text
    assert "Mum will ring" in result.text


@pytest.mark.parametrize("text, gone", [
    ("Dwayne told his teacher that chidi and imran fight at home.", ["chidi"]),
    ("Sami said tolu or Kofi had taken the phone.", ["tolu"]),
    ("Ellis and zainab walked to the park alone.", ["zainab"]),
    ("Nell saw that Ruth and oyelaran were shouting.", ["oyelaran"]),
    ("Priya and tomasz were left with a neighbour.", ["tomasz"]),
])
def test_an_unknown_lower_case_word_paired_with_a_name_is_a_name(nlp, text, gone):
    assert _gone(gone, redact(text, nlp).text) == []


@pytest.mark.parametrize("text, stays", [
    ("Leo and siblings went to the park with cousins.", ["siblings", "cousins"]),
    ("Leo and nan went to the shop.", ["nan"]),
    ("Mia and dad or mum will walk to school.", ["dad", "mum"]),
    ("Sam and tesco vouchers were mentioned.", ["tesco"]),
    ("Leo and toddlers from the group played.", ["toddlers"]),
])
def test_words_paired_with_a_name_stay(nlp, text, stays):
    out = redact(text, nlp).text
    assert all(word in out for word in stays), out


def test_people_who_share_a_surname_are_told_apart(nlp):
    result = redact("Dr Owen Price saw Mia. Dad Jason Price said she fell. Dr Price is worried. "
                    "Jason Price left.", nlp)
    text = result.text
    assert "Price" not in text and "Owen" not in text and "Jason" not in text
    doctor, dad = re.match(r"(Adult \d+) saw .* Dad (Adult \d+) said", text).groups()
    assert doctor != dad and f"{doctor} is worried" in text and f"{dad} left" in text, text


def test_children_are_children_and_adults_are_adults(nlp):
    result = redact("Mum (Kelly Hughes) and her partner Darren argue. Tyler (6) and Mia, who is 3, hear it. "
                    "Tyler hides and Kelly cries.", nlp)
    assert result.text.startswith("Mum (Adult 1) and her partner Adult 2 argue. Child A (6) and Child B, who is 3")
    assert "Child A hides and Adult 1 cries." in result.text


def test_brands_and_platforms_stay(nlp):
    text = ("Kayla talks to a man on Snapchat and Instagram. Her brother plays Xbox and PlayStation, "
            "watches YouTube and TikTok, and messages Dad on WhatsApp.")
    result = redact(text, nlp)
    for brand in ("Snapchat", "Instagram", "Xbox", "PlayStation", "YouTube", "TikTok", "WhatsApp"):
        assert brand in result.text
    assert "Kayla" not in result.text


def test_named_places_go(nlp):
    result = redact("The family stayed at the Premier Inn Coventry East, then at the Brooklands Hotel. Mia was "
                    "seen at University Hospital Coventry and at the Golden Cross pub. She moved to Atherstone.", nlp)
    assert _gone(["Premier", "Brooklands", "University Hospital", "Golden Cross", "Atherstone"], result.text) == []


def test_a_user_name_found_once_goes_everywhere(nlp):
    redactor = Redactor(nlp)
    redactor.redact("Her Snapchat is jess_x.")
    assert "jess_x" not in redactor.redact("Mum saw messages from jess_x last night.").text


def test_labels_lose_every_possible_name(nlp):
    redactor = Redactor(nlp)
    redactor.redact("Kelly Hughes, who is 30, drinks.")
    # Round 36 (r36g): a surname beside a found first name joins it: one person, one placeholder
    assert redactor.redact_label("kelly hughes worry draft") == "Adult 1 worry draft"
    assert "priya" not in redactor.redact_label("priya_shah_goal.txt").lower()
    assert redactor.redact_label("draft 2") == "draft 2"


TAGGED = Path(__file__).resolve().parent / "data" / "redaction_tagged.jsonl"
STRUCTURED = ("nhs", "nino", "postcode", "vehicle", "phone", "email", "handle", "url")


def _leaked_structured(rows, outputs) -> list[tuple[int, str]]:
    from devtools.eval_redaction import structured_key, _compact

    return [(row["id"], tag["value"]) for row, out in zip(rows, outputs) for tag in row["tags"]
            if tag["type"] in STRUCTURED and structured_key(tag) in _compact(out)]


def test_no_structured_identifier_leaks_from_the_tagged_set(nlp):
    from devtools.eval_redaction import LOOSE, leaks, masked

    rows = [json.loads(line) for line in TAGGED.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["tags"]) for r in rows) >= 500
    outputs = [Redactor(nlp).redact(r["text"]).text for r in rows]
    assert _leaked_structured(rows, outputs) == []
    leaked = leaks([(r["tags"], out, masked(r)) for r, out in zip(rows, outputs)])
    loose = sum(1 for r in rows for t in r["tags"] if t["type"] in LOOSE)
    assert sum(leaked[t] for t in LOOSE) <= 0.005 * loose, leaked
    for row, out in zip(rows, outputs):
        assert [w for w in row["keep"] if w not in out] == [], (row["id"], out)


@pytest.mark.parametrize("command, fmt", [("check", "json"), ("compare", "html")])
def test_no_structured_identifier_leaks_from_the_cli(tmp_path, command, fmt):
    from devtools.eval_redaction import _readable

    rows = [json.loads(line) for line in TAGGED.read_text(encoding="utf-8").splitlines()]
    sample = [r for r in rows if sum(t["type"] in STRUCTURED for t in r["tags"]) >= 4][:12]
    if command == "check":
        for number, row in enumerate(sample, 1):
            (tmp_path / f"statement_{number}.txt").write_text(row["text"], encoding="utf-8")
        args = ["check", str(tmp_path), "--redact", "--format", fmt]
    else:
        lines = [json.dumps({"author": f"writer {n}", "text": r["text"]}) for n, r in enumerate(sample, 1)]
        (tmp_path / "drafts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        args = ["compare", str(tmp_path / "drafts.jsonl"), "--redact", "--format", fmt]
    from typer.testing import CliRunner

    from sos_lint.cli import app

    result = CliRunner().invoke(app, args)
    # A referral that is only a list of identifiers is refused as not a statement (exit 2): still no leak.
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output, result.output
    out = _readable(result.stdout, fmt) + getattr(result, "stderr", "")
    assert _leaked_structured(sample, [out] * len(sample)) == []


@pytest.mark.parametrize("text, place", [
    ("Tyler is 14 and ran away to Nuneaton on the bus with an older man.", "Nuneaton"),
    ("Tyler is 14 and ran away to Leamington in a car driven by Dean.", "Leamington"),
    ("Ellie (12) was found at 2am in Bedworth, miles from home.", "Bedworth"),
])
def test_a_town_beside_a_named_child_is_redacted(nlp, text, place):
    """The people analysis no longer takes a town for a second child once a child is named
    ("in Rochdale" is a place); redaction must still remove the town, whatever the model tags it."""
    out = Redactor(nlp).redact(text).text
    assert place not in out
