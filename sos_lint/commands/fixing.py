"""How `check --fix` gets its edits: the safe fixes the findings carry (sos_lint.fixes.fixed_text).

Restructuring (a passive turned active, a split sentence) never carries a safe fix, so it is only
ever shown as advice. After the fixes, `held_back` names each change that was not written and why
(so the writer is never left to guess which), and `remaining` re-checks the text as written, so
the exit code says whether findings remain.
"""
from __future__ import annotations

# Role words ("Mother", "the YP", "the parents") carry their family word as the finding's
# suggestion, never as a fix: who is meant, and what this family calls them, is the writer's to
# say, so `--fix` leaves them and `sos-lint rewrite` shows the swap for the writer to check.
ROLE_CODES = ("SOS402",)
ROLE_REASON = ("Role words are never changed by --fix: only you know what this family calls each person "
               "(a child may have a birth mum and a stepmum, or several children may be meant). "
               "`sos-lint rewrite` shows these changes for you to check.")
WHY_HELD = {
    "judgement": "sos-lint is not sure that the new words mean the same as yours in this sentence, so it did "
                 "not change them; change them yourself if they mean the same",
    "overlap": "it overlaps another change that was written; check the words there again",
    "line": "it would join two lines of the file",
    # round 32 (review32q Q#7, review32 P#9): the check of the text as written flags the new words
    # round 32 (review32 P#9): "in respect of" flagged with "Write "about" instead" but not written
    # and not listed: the swap does not fit the sentence's grammar as it stands
    "unfitted": "the plain words do not fit this sentence as it stands, so this is for you to change",
    # round 33 (fix_verdicts32 fx32-016): "supervised family time" beside "Contact was ended early"
    "mixed": "the same word stands elsewhere in the draft unchanged, so the draft would name one thing "
             "two ways; change every one of them or none",
    "flagged": "the check would flag the new words too, so rewrite this part in your own words",
    # round 34 (review34d D#9): "care leaver" -> "care experienced adult" was said not to fit the
    # sentence; the swap table keeps the words because they name a legal status
    "kept": "the words name a status or a set term that no plain words say the same way (the swap tables "
            "keep them), so use the person's name or say what it means for them instead",
    # round 34 (review34 P#6): "attend all antenatal appointments" -> "go to …", where the check
    # says the going is not the change
    "inside": "the check asks you to rewrite the longer words around it and say what happened, so changing "
              "only this word would not fix the problem",
    # round 40 (review40w W#14): a swap the Word copy could not write where it stands
    "tracked": "it is inside a tracked change that someone else made, and sos-lint does not write inside "
               "another person's tracked change; accept or reject their change first",
}
# Round 40 (review40w W#14): what the check would say of the new words, for "flagged" (fixes.checked_fixed_text
# keeps the finding's code and the words it flags: "flagged:SOS302:regularly").
FLAGGED_AS = {
    "SOS301": "is a label, not something someone saw",
    "SOS302": "is vague",
    "SOS304": "is a guess written as a fact",
    "SOS305": "is a judgement",
    "SOS306": "puts the blame on the child or on the wrong person",
    "SOS402": "is a role word, not a name",
    "SOS511": "is about going to a service, not what will change at home",
}


def safe_fixes(engine, text: str, reports: list, kind: str | None):
    """The safe fixes for one draft, for the findings in `reports` (already filtered by
    --select/--ignore through the engine's configuration; `kind` chose how they were checked).
    Returns sos_lint.fixes.FixResult: .text, .applied, .advised."""
    from ..fixes import checked_fixed_text

    return checked_fixed_text(engine, text, reports, kind)


def remaining(engine, text: str, reports: list, result, kind: str | None, source: str) -> list:
    """The reports of the text as written: the draft re-checked when a fix was made (the same
    engine, so the same --select/--ignore and kind), else the reports it already had."""
    if not result.applied or result.text == text:
        return reports
    return engine.check_document(result.text, kind, source)


def line_col(text: str, offset: int) -> str:
    """line:column of a character offset in a whole file, for LF, CRLF or CR line endings."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    return f"{before.count(chr(10)) + 1}:{len(before) - (before.rfind(chr(10)) + 1) + 1}"


def moved(offset: int, applied: list) -> int:
    """Where `offset` of the draft is in the text with the applied edits made."""
    shift = 0
    for edit in applied:
        if edit.end <= offset:
            shift += len(edit.replacement) - (edit.end - edit.start)
        elif edit.start < offset:  # inside a change that was written: its start
            return edit.start + shift
    return offset + shift


def why_held(edit) -> str:
    """Why a change was not written (a judgement, an overlap, a line it would join, or words the
    check would flag)."""
    held = getattr(edit, "held", "") or ""
    if held == "flagged" and ":" in (getattr(edit, "held_by", "") or ""):
        code, words = edit.held_by.split(":", 1)
        if code in FLAGGED_AS:
            return (f"the check would flag the new words too (\"{words}\" {FLAGGED_AS[code]}), so rewrite this "
                    "part in your own words")
        return WHY_HELD["flagged"]
    if held in WHY_HELD:
        return WHY_HELD[held]
    if not edit.safe and edit.original.strip() and edit.replacement.strip():
        return (f"sos-lint is not sure that \"{edit.replacement}\" means the same as \"{edit.original}\" in this "
                "sentence, so it did not change it; change it yourself if it means the same")
    if not edit.safe:
        return WHY_HELD["judgement"]
    if any(ch in edit.original and ch not in edit.replacement for ch in "\r\n"):
        return WHY_HELD["line"]
    return WHY_HELD["overlap"]


def held_back(text: str, result, after: list, written: bool, word: bool = False) -> list[str]:
    """One plain line for each change not written: where (line:column in the text as it now
    is), «the words» -> "the suggested words", and why. `after` are the reports of that text;
    their role words are listed with their family word, and one last line says why they are
    left alone. Round 34 (review34d D#10): for a Word plan (`word`), where is said in Word's
    terms (the heading or table row the statement sits under, and its paragraph), not as the
    line:column of the text sos-lint assembled from the plan; and a term changed in one place
    and left in another is named in a last line, so a plan is not left half plain unsaid."""
    from ..render.common import line_position as position, printable

    shown_text = result.text if written else text
    lines = []  # (sort key, where, line)
    for edit in result.advised:
        offset = moved(edit.start, result.applied) if written else edit.start
        where = line_col(shown_text, offset)
        lines.append((_order(where), _word_where(after, offset) if word else where,
                      f"«{edit.original}» -> \"{edit.replacement}\": {why_held(edit)}"))
    for report, finding, words in role_words(after):
        where = position(report, finding.start)
        lines.append((_order(where), _word_where([report], (report.offset or 0) + finding.start) if word else where,
                      f"«{words}» -> \"{finding.suggestion}\" (role word)"))
    for report, finding, words in unwritten_swaps(after):
        where = position(report, finding.start)
        why = WHY_HELD["kept"] if kept_as_written(words) else WHY_HELD["unfitted"]
        lines.append((_order(where), _word_where([report], (report.offset or 0) + finding.start) if word else where,
                      f"«{words}» -> \"{finding.suggestion}\": {why}"))
    lines.sort(key=lambda item: item[0])
    out = [printable(f"{where}  {line}").replace("\n", " ") for _, where, line in lines]
    if any(line.endswith("(role word)") for _, _, line in lines):
        out.append(ROLE_REASON)
    out += mixed_terms(result)
    return out


def kept_as_written(words: str) -> bool:
    """Round 34: the words are an entry the swap tables keep as written (rules/rewrite_swaps.toml
    `keep`: "care leaver", "birth father"), not a swap that failed to fit."""
    from ..rewrite.words import load_swaps

    key = " ".join(words.lower().split())
    return any(swap.keep and key in (swap.phrase.lower(), *(v.lower() for v in swap.variants)) for swap in load_swaps())


def _order(where: str) -> tuple[int, ...]:
    return tuple(int(n) for n in where.split(":"))


def _word_where(reports: list, offset: int) -> str:
    """Where an offset of the draft sos-lint assembled from a Word plan is, in Word's terms: the
    heading (or table and row) of the statement it falls in, then "paragraph N, character M"
    counted from there (render.common.word_place, position)."""
    from ..render.common import position, word_place

    for report in reports:
        start = getattr(report, "offset", 0) or 0
        if start <= offset <= start + len(report.text):
            place = word_place(report)
            source = f"{report.source or 'statement'}, "
            place = place[len(source):] if place.startswith(source) else place
            return f"{place}, {position(report, offset - start)}:"
    return "in the plan:"


def mixed_terms(result) -> list[str]:
    """Round 34 (review34d D#10): one line for each term `--fix` changed in one place and left
    in another ("The council …" then "the LA considering"): the plan would name one thing two
    ways, so the writer is told which were left (listed above, with why) and asked to make them
    one way."""
    written: dict[str, tuple[str, int]] = {}
    for edit in result.applied:
        if not _acronym(edit.original):
            continue  # a verb or a phrase may rightly stay in one frame ("attend" a school)
        key = edit.original.strip().lower()
        words, n = written.get(key, (edit.replacement, 0))
        written[key] = (words, n + 1)
    left: dict[str, list] = {}
    for edit in result.advised:
        key = edit.original.strip().lower()
        if key in written:
            left.setdefault(key, []).append(edit)
    out = []
    for key, edits in left.items():
        words, n = written[key]
        original = edits[0].original.strip()
        out.append(f"«{original}» was changed to \"{words.strip()}\" in {n} place{'s' if n != 1 else ''} and left in "
                   f"{len(edits)} (named above, with why): make them all one way, so the plan names it once.")
    # the plan half plain: some acronyms written out, others left (each named above, with why)
    expanded = [e.original.strip() for e in result.applied if _acronym(e.original)]
    kept = list(dict.fromkeys(e.original.strip() for e in result.advised
                              if _acronym(e.original) and e.original.strip().lower() not in written))
    if expanded and kept:
        out.append(f"Written out: {', '.join(dict.fromkeys(expanded))}. Left as written: {', '.join(kept)} "
                   "(named above, with why): a family reading the plan meets both; say these in plain words too.")
    return out


def _acronym(words: str) -> bool:
    return any(w.isupper() and len(w.strip(".,;:()")) > 1 for w in words.split())


def role_words(reports: list):
    """(report, finding, its words) for each role word the reports flag: its family word is shown
    as advice, never written by --fix (ROLE_REASON)."""
    for report in reports:
        for finding in report.findings:
            if finding.code in ROLE_CODES and finding.fix is None and finding.suggestion \
                    and finding.end > finding.start:
                yield report, finding, report.text[finding.start:finding.end]


# The word rules whose suggestion is a plain swap ("Write "about" instead", "Try "child in care"").
SWAP_CODES = ("SOS101", "SOS102", "SOS103", "SOS104")


def unwritten_swaps(reports: list):
    """(report, finding, its words) for each word finding whose suggestion is a plain swap but that
    carries no fix: the swap does not fit the sentence as it stands ("a methadone script in respect
    of her heroin use"; "can facilitate contact"). Round 32 (review32 P#9): each flagged swap not
    written is named with why, as the ones held back are. A suggestion that is an instruction
    ("Say who…", "[…]") is advice, not a swap."""
    for report in reports:
        for finding in report.findings:
            hint = (finding.suggestion or "").strip()
            if finding.code in SWAP_CODES and finding.fix is None and hint and finding.end > finding.start \
                    and not hint.endswith((".", "?", "!")) and "[" not in hint and len(hint.split()) <= 6 \
                    and hint.lower() != report.text[finding.start:finding.end].lower():
                yield report, finding, report.text[finding.start:finding.end]


def finding_count(reports: list) -> int:
    return sum(len(r.findings) for r in reports)
