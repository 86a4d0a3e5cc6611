"""Round 19 (mnf19, issue 11 section 5): words marked "must not flag" on poor and good rows.
Wordings written before the code, in our own words.

A. job: a compliance finding (SOS511) sits on the deed ("work with", "will be completed"), not on
   the name of the service, team, unit or assessment it is done for; the sentence is still
   flagged. Near misses: words that are no service's name ("all appointments", bare "services",
   "the group"), a course or group that is the deed's content ("attend the Caring Dads group", as
   the rule's fixtures read it) and a service below the deed's object stay in the span.
B. clear: abbreviations families say as letters (BSL, IVF, NSPCC) are not unknown acronyms
   (SOS103), while letters only a service uses still are; "cannabis grow" and "cannabis factory"
   are the words the news and families use (SOS101), "cannabis cultivation" is not.
"""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = "SOS511"

# (text, the service's name, the deed that stays flagged)
SERVICE_NAMES = [
    ("Dad will work with the Youth Offending Service.", "Youth Offending Service", "work with"),
    ("Dad will work with the Drug and Alcohol Service every week.", "Drug and Alcohol Service", "work with"),
    ("Family to work openly with the Forced Marriage Unit.", "Forced Marriage Unit", "work openly with"),
    ("Parents will cooperate fully with the Child Protection Unit.", "Child Protection Unit", "cooperate"),
    ("Mum to work closely with the perinatal mental health team.", "perinatal mental health team", "work closely"),
    ("A parenting assessment will be completed by March.", "parenting assessment", "will be completed"),
    ("Mum will keep in touch with the Family Support Service.", "Family Support Service", "keep in touch"),
    ("Parents will work with the sensory team.", "sensory team", "work with"),
    ("Mum will engage with the Perinatal Mental Health Team.", "Perinatal Mental Health Team", "engage with"),
    ("A carers assessment will be completed and Nadia will attend the young carers group.", "carers assessment",
     "will be completed"),
    ("Sage to access an overnight short break provision two nights per month.", "short break", "access"),
    ("Mum will attend Change Grow Live every week.", "Change Grow Live", "attend"),
]

# Near misses: the object is no service's name, so the span keeps it (and the deed is flagged).
NOT_NAMES = [
    ("Mum will attend all appointments.", "all appointments"),
    ("Mum will engage with services.", "services"),
    ("Mum will attend the group.", "the group"),
    ("Appointments will be kept.", "Appointments"),
    ("Mum will take her medication as prescribed.", "medication"),
    # a course, group or session is what is done: its name is the deed's content
    ("Mum will attend the domestic abuse support group every Tuesday.", "domestic abuse support group"),
    ("Dad will attend the Caring Dads group.", "Caring Dads group"),
    ("The Freedom Programme will be done by Mum by May.", "Freedom Programme"),
    # a service further down the sentence than the deed's own object
    ("Mum will access the support offered by the children's centre.", "children's centre"),
]

# A service named as who helps, or in an everyday deed, is no compliance at all.
SERVICE_HELPS = [
    ("goal", "The Forced Marriage Unit will help Amira and her parents plan what to do if anyone talks about a "
             "wedding.", COMPLIANCE, "Forced Marriage Unit", False),
    ("goal", "Mum will learn to sign with Sunny, with help from the sensory team, so Sunny does not have to "
             "interpret.", COMPLIANCE, "sensory team", False),
    ("goal", "The young carers group will give Nadia a break from caring every Thursday evening.", COMPLIANCE,
     "young carers group", False),
    ("goal", "Aunty Sue and the Early Help Team will check in with Mum each Friday.", COMPLIANCE,
     "Early Help Team", False),
    ("goal", "The sensory team will teach Mum and Dad to sign so they can talk with Sunny at tea.", COMPLIANCE,
     "sensory team", False),
]

ACRONYM = ("SOS102", "SOS103")
ACRONYMS = [
    ("goal", "Mum and Dad, you will book BSL interpreters for every appointment so Sunny never has to interpret.",
     ACRONYM, "BSL", False),
    ("worry", "Mum has told the school nurse she needs a BSL interpreter at the parents' evening.", ACRONYM, "BSL",
     False),
    ("goal", "Nan will ring the NSPCC helpline with Mum if Kai says anyone has hurt him.", ACRONYM, "NSPCC", False),
    ("worry", "Mum has told the health visitor she is pregnant after IVF and is too tired to lift Leo.", ACRONYM,
     "IVF", False),
    ("worry", "Leo (2) has had three UTIs since May and Dad did not take him to the doctor.", ACRONYM, "UTI", False),
    # near misses: letters only a service uses
    ("worry", "Mum told the PFSW that the ECM review was moved.", ACRONYM, "PFSW", True),
    ("worry", "Mum told the PFSW that the ECM review was moved.", ACRONYM, "ECM", True),
    ("goal", "Dad will tell the DWO when he goes out.", ACRONYM, "DWO", True),
    ("worry", "The IRO said the ABE interview was put back.", ACRONYM, "ABE", True),
    ("worry", "Ms Bell told the school that the BSW had not visited.", ACRONYM, "BSW", True),
]

CANNABIS = [
    ("goal", "Ms Cole will not let anyone back into the flat where the cannabis grow was found.", "SOS101",
     "cannabis grow", False),
    ("worry", "Police found a cannabis factory in the loft of the house where Tia (4) sleeps.", "SOS101",
     "cannabis factory", False),
    ("worry", "Police found a cannabis grow in the loft above Tia's bedroom on 3 May.", "SOS101", "cannabis grow",
     False),
    # near misses: the court's words
    ("worry", "Dad was arrested for cannabis cultivation at the flat where Tia (4) lives.", "SOS101",
     "cannabis cultivation", True),
    ("worry", "Dad was charged with production of a controlled drug after police searched the house.", "SOS101",
     "production of a controlled drug", True),
]


def _spans(engine, text: str, code: str):
    report = engine.check_many([text], ["goal"])[0]
    return [(f.start, f.end) for f in report.findings if f.code == code and f.end > f.start]


@pytest.mark.parametrize("text,name,deed", SERVICE_NAMES)
def test_compliance_span_leaves_the_service_name(engine, text, name, deed):
    spans = _spans(engine, text, COMPLIANCE)
    n0 = text.index(name)
    n1 = n0 + len(name)
    d0 = text.index(deed)
    d1 = d0 + len(deed)
    shown = [text[a:b] for a, b in spans]
    assert any(a < d1 and d0 < b for a, b in spans), f"the deed {deed!r} should stay flagged in: {text} ({shown})"
    assert not any(a < n1 and n0 < b for a, b in spans), f"{name!r} should not be in the span: {text} ({shown})"


@pytest.mark.parametrize("text,words", NOT_NAMES)
def test_compliance_span_keeps_other_objects(engine, text, words):
    spans = _spans(engine, text, COMPLIANCE)
    w0 = text.index(words)
    assert any(a < w0 + len(words) and w0 < b for a, b in spans), (text, [text[a:b] for a, b in spans])


@pytest.mark.parametrize("kind,text,code,words,fires", SERVICE_HELPS + ACRONYMS + CANNABIS)
def test_must_not_flag_round19(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings():
    assert len(SERVICE_NAMES) >= 10 and len(NOT_NAMES) >= 5
    assert sum(not c[4] for c in ACRONYMS) >= 5 and sum(c[4] for c in ACRONYMS) >= 5
