"""Builds Word plans with python-docx for the tests: headings, tables, both, and other case text."""
from __future__ import annotations

from pathlib import Path

WORRY = ("The social worker is worried because there are concerns about neglect and DV in the home. "
         "Mum has not engaged with services and the children are at risk.")
GOAL = ("Mum needs to attend a parenting course and engage with services so that home conditions "
        "improve for the children.")
GOOD_WORRY = ("Leah's teacher and the social worker are worried that when Dad drinks in the evening he "
              "shouts at Mum and pushes her, and Leah (7) hides in her room and cannot sleep. If nothing "
              "changes, Leah could get hurt when she tries to stop Dad.")


def heading_plan(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("Child protection plan", 0)
    doc.add_heading("Case details", 1)
    doc.add_paragraph("Family: the Hughes family. Allocated worker: J Smith.")
    doc.add_heading("Danger statement 1", 2)
    p = doc.add_paragraph("The social worker is worried because there are ")
    run = p.add_run("concerns about neglect")
    run.bold, run.italic = True, True
    p.add_run(" and DV in the home.")
    doc.add_paragraph("Mum has not engaged with services and the children are at risk.")
    doc.add_heading("Safety goal", 2)
    doc.add_paragraph(GOAL)
    doc.add_heading("Chronology", 1)
    doc.add_paragraph("3 March: strategy meeting held. 5 March: ICPC booked.")
    doc.save(path)
    return path


def table_plan(path: Path, worry: str = WORRY, goal: str = GOAL) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Review child protection conference")
    table = doc.add_table(rows=3, cols=2)
    for row, (label, text) in zip(table.rows, [("Worry statement", worry), ("Wellbeing goal", goal),
                                               ("Signed", "J Smith, social worker")]):
        row.cells[0].text = label
        row.cells[1].text = text
    doc.save(path)
    return path


def mixed_plan(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("Child in need plan", 0)
    doc.add_paragraph("Names: Leah (7), Mum, Dad. Address withheld.")
    lead = doc.add_paragraph()
    lead.add_run("Worry statement").bold = True
    doc.add_paragraph(GOOD_WORRY)
    other = doc.add_paragraph()
    other.add_run("Actions agreed").bold = True
    doc.add_paragraph("Social worker to visit fortnightly.")
    table = doc.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "Safety goal"
    table.rows[0].cells[1].text = "Notes"
    table.rows[1].cells[0].text = GOAL
    table.rows[1].cells[1].text = "Agreed at core group."
    doc.add_paragraph("Signed: J Smith")
    doc.save(path)
    return path
