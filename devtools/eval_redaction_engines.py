"""Presidio and phonenumbers against our redactor on tests/data/redaction_tagged.jsonl (library level).

    python -m devtools.eval_redaction_engines

Presidio runs on our own spaCy pipeline (en_core_web_sm, handed to its SpacyNlpEngine, so it never
loads or downloads a model) with its UK recognisers (NHS, NINO, postcode, vehicle registration) and
its phone recogniser for region GB. The whole run has outgoing connections refused, and any attempt
is counted and printed: tldextract (used by Presidio's email check) must fall back to its bundled list.
"""
from __future__ import annotations

import socket
from collections import Counter

from .eval_redaction import LOOSE, STRUCTURED, leaks, load, masked, table

ATTEMPTS: list[str] = []
# Presidio's entity types, mapped onto ours.
PRESIDIO_TYPES = {
    "UK_NHS": "nhs", "UK_NINO": "nino", "UK_POSTCODE": "postcode", "UK_VEHICLE_REGISTRATION": "vehicle",
    "PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "URL": "url", "PERSON": "name", "LOCATION": "place",
    "DATE_TIME": "date", "NRP": None, "IP_ADDRESS": "url",
}


def block_network() -> None:
    def refuse(*args, **kwargs):
        ATTEMPTS.append(repr(args)[:120])
        raise OSError("network blocked for this evaluation")
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


def offline_tldextract() -> None:
    """tldextract fetches the public-suffix list on first use; use the copy it ships instead."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def presidio_analyzer(nlp):
    offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (PhoneRecognizer, UkNinoRecognizer, UkPostcodeRecognizer,
                                                          UkVehicleRegistrationRecognizer)
    from presidio_analyzer.predefined_recognizers.country_specific.uk.uk_nhs_recognizer import NhsRecognizer

    def no_download(name):
        raise RuntimeError(f"Presidio tried to download a spaCy model ({name})")

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm"}])
    engine._download_spacy_model_if_needed = no_download  # type: ignore[method-assign]
    engine.nlp = {"en": nlp}  # our pipeline: nothing is loaded from disk or the network
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    for recogniser in (NhsRecognizer(), UkNinoRecognizer(), UkPostcodeRecognizer(),
                       UkVehicleRegistrationRecognizer(), PhoneRecognizer(supported_regions=("GB", "UK"))):
        registry.add_recognizer(recogniser)
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])


class PresidioRedactor:
    """Replaces every span Presidio reports (score >= 0.3) with its type; optionally on top of ours."""

    def __init__(self, nlp, analyzer, ours=None, only_structured=False):
        self.analyzer, self.ours, self.only_structured = analyzer, ours, only_structured

    def redact(self, text: str):
        spans = []
        for result in self.analyzer.analyze(text=text, language="en", score_threshold=0.3):
            kind = PRESIDIO_TYPES.get(result.entity_type, "other")
            if kind is None or (self.only_structured and kind not in STRUCTURED):
                continue
            spans.append((result.start, result.end, kind))
        if self.ours is not None:
            spans += [(s, e, k) for s, e, k, _ in self.ours.find(text)]
        out, cursor = [], 0
        for start, end, kind in sorted(spans):
            if start < cursor:
                if end > cursor:
                    out.append(f"[{kind}]")
                    cursor = end
                continue
            out += [text[cursor:start], f"[{kind}]"]
            cursor = end
        out.append(text[cursor:])

        class Result:
            pass
        result = Result()
        result.text = "".join(out)
        return result


class PhonenumbersOnly:
    """Only phone numbers, by Google's phonenumbers, to see what that library alone catches."""

    def __init__(self, nlp):
        pass

    def redact(self, text: str):
        from sos_lint.redaction.identifiers import _phones

        class Result:
            pass
        result, out, cursor = Result(), [], 0
        for found in sorted(_phones(text), key=lambda f: f.start):
            if found.start >= cursor:
                out += [text[cursor:found.start], "[phone]"]
                cursor = found.end
        result.text = "".join(out + [text[cursor:]])
        return result


def main() -> None:
    block_network()
    from sos_lint.api import engine
    from sos_lint.redact import Redactor

    nlp = engine().nlp
    rows = load()
    analyzer = presidio_analyzer(nlp)
    engines = {
        "phonenumbers alone (phones only)": lambda: PhonenumbersOnly(nlp),
        "Presidio (all recognisers, en_core_web_sm)": lambda: PresidioRedactor(nlp, analyzer),
        "sos_lint Redactor": lambda: Redactor(nlp),
        "sos_lint Redactor + Presidio (structured types)":
            lambda: PresidioRedactor(nlp, analyzer, Redactor(nlp), only_structured=True),
        "sos_lint Redactor + Presidio (all types)": lambda: PresidioRedactor(nlp, analyzer, Redactor(nlp)),
    }
    for title, make in engines.items():
        outs = [make().redact(r["text"]).text for r in rows]
        leaked: Counter = leaks([(r["tags"], out, masked(r)) for r, out in zip(rows, outs)])
        kept = sum(1 for r, out in zip(rows, outs) for w in r["keep"] if w not in out)
        print(table(title, rows, leaked))
        print(f"  brand, platform and role words removed that should stay: {kept}")
    print(f"network connections attempted (all refused): {len(ATTEMPTS)} {ATTEMPTS[:3]}")
    _ = LOOSE


if __name__ == "__main__":
    main()
