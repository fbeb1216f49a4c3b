"""The commands on one case: `check`, `draft`, `demo`, and `schema` for case files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from complaint_kit.cli.common import (
    AsJson,
    CaseFile,
    case_label,
    console,
    fail,
    load,
    print_json,
    registry,
    user_errors,
)
from complaint_kit.cli.options import Doc, ReferenceDocx, TemplateDir, To, WithIdNumber

if TYPE_CHECKING:
    from complaint_kit.model.case import Case
    from complaint_kit.plugins.registry import Registry


def check(case_file: CaseFile, as_json: AsJson = False) -> None:
    """Which rules the collector appears to have broken, with the articles, and where to turn."""
    from complaint_kit.draft.pipeline import assess

    with user_errors():
        case = load(case_file)
        result = assess(case, registry())
    if as_json:
        print_json({
            "case": case.id, "jurisdiction": case.jurisdiction,
            "findings": [f.as_dict() for f in result.findings],
            "questions": [q.as_dict() for q in result.questions],
            "urgent": result.urgent,
            "channels": [c.as_dict() for c in result.routes],
        })
        return
    _print_findings(case, result)


def _print_findings(case: Case, result: Any) -> None:
    from rich.table import Table

    screen = console()
    if not result.findings:
        screen.print(f"{case_label(case)}: no rule appears to be broken by the recorded "
                      f"incidents ({len(case.incidents)}).")
    else:
        table = Table(title=f"{case_label(case)}: {len(result.findings)} findings",
                      show_lines=True, title_justify="left")
        table.add_column("Rule", no_wrap=True)
        table.add_column("What happened")
        table.add_column("Incidents")
        table.add_column("Citations (grade)")
        for f in result.findings:
            table.add_row(f"{f.rule_id}\n({f.basis or 'unverified'})" + (
                              "" if f.verified else "\n(unverified basis)"),
                          f"{f.title}\n{f.explanation}", ", ".join(f.incidents), _cites(f))
        screen.print(table)
    if result.questions:
        screen.print("\nQuestions whose answers could change the findings:")
        for q in result.questions:
            screen.print(f"  - {q.question}" + (f" ({', '.join(q.incidents)})"
                                                  if q.incidents else ""), soft_wrap=True)
    if result.urgent:
        police_first = bool(result.routes) and result.routes[0].kind == "police"
        screen.print("\nUrgent" + (": go to the police first." if police_first else ":"))
        for reason in result.urgent:
            screen.print(f"  - {reason}", soft_wrap=True)
    if result.routes:
        screen.print("\nWhere to turn, in this order:")
        for n, c in enumerate(result.routes, 1):
            screen.print(f"  {n}. {c.name} [{c.id}]" + (f" — {c.why}" if c.why else ""),
                          soft_wrap=True)  # long lines of CJK text wrap where the terminal does
    screen.print("\nThese are pointers for a draft to check, not legal advice.")


def _cites(finding: Any) -> str:
    """The citations a letter may name, each penal one with the facts that meet its elements."""
    lines = []
    for c in finding.quotable:
        lines.append(f"{c.label} [{c.binding}, {c.basis}] ({c.grade})")
        lines += [f"  · {e.element}: {e.fact}" for e in finding.elements.get(c, ())]
    if finding.unverified_notes:
        lines.append("(unverified, not quoted: " + "; ".join(finding.unverified_notes) + ")")
    return "\n".join(lines)


def draft(
    case_file: CaseFile,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the documents.")] = Path("."),
    to: To = None,
    doc: Doc = None,
    reference_docx: ReferenceDocx = None,
    with_id_number: WithIdNumber = False,
    template_dir: TemplateDir = None,
) -> None:
    """Draft the documents for a case as .docx files."""
    from complaint_kit.draft.templating import with_template_dirs

    with user_errors():
        case = load(case_file)
        _draft_and_report(case, out, to=to, doc=doc, reference_docx=reference_docx,
                          base_dir=case_file.parent, case_stem=case_file.stem,
                          with_id_number=with_id_number,
                          reg=with_template_dirs(registry(), template_dir or ()))


def _draft_and_report(case: Case, out: Path, reg: Registry | None = None,
                      **options: Any) -> None:
    from complaint_kit.draft.pipeline import draft_case

    assessment, drafts = draft_case(case, reg or registry(), out, **options)
    screen = console()
    screen.print(f"{case_label(case)}: {len(assessment.findings)} findings, "
                  f"{len(drafts)} documents")
    for d in drafts:
        screen.print(f"  {d.path}")
        for w in d.warnings:
            screen.print(f"    warning: {w}")
    if not drafts:
        screen.print("  Nothing to draft: no rule appears to be broken.")
    else:
        from complaint_kit.draft.checklist import checklist_path

        path = checklist_path(out, case, options.get("case_stem", "case"))
        screen.print("Drafts to check and sign, not legal advice. Before you send anything, "
                      f"read {path}: what to check, what to do first, "
                      "and where to send each document, in order.", soft_wrap=True)


def demo(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the documents.")] = Path(
        "complaint-kit-demo"),
    jurisdiction: Annotated[str | None, typer.Option(
        "--jurisdiction", "-j", help="Whose example (default: the first by code that has one).",
    )] = None,
) -> None:
    """Draft the bundled example case, to see what complaint-kit makes."""
    from complaint_kit.casefile.load import load_case
    from complaint_kit.draft.paths import example_path

    with user_errors():
        reg = registry()
        # By code, not in the order plugins happen to load: the same example every time.
        candidates = sorted((j for j in reg.jurisdictions.values() if j.demo_example and
                             (jurisdiction is None or j.code == jurisdiction)),
                            key=lambda j: j.code)
        if not candidates:
            raise fail("no installed jurisdiction has a demo example" +
                       (f" for {jurisdiction!r}" if jurisdiction else ""))
        path = example_path(candidates[0].demo_example)  # type: ignore[arg-type]
        print(f"Example case: {path}")
        case = load_case(path, reg)
        _draft_and_report(case, out, base_dir=path.parent, case_stem=path.stem)


def schema() -> None:
    """Print the JSON Schema of case files."""
    from complaint_kit.casefile.load import case_schema

    print(case_schema())


