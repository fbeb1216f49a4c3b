"""The documents the findings call for: chosen by the user, drafted, then listed in the order to
send them, with where and by when."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from complaint_kit.interview.engine import Interview
from complaint_kit.interview.findings import channel_for_user, show_findings
from complaint_kit.interview.terminal import Terminal


@contextmanager
def _quiet() -> Iterator[None]:
    """No library warnings (matplotlib's font notes...) over the user's screen while drafting."""
    import logging
    import warnings

    logger = logging.getLogger("matplotlib")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _choose_documents(term: Terminal, iv: Interview, kinds: list[str], titles: dict[str, str]
                      ) -> list[str] | None:
    """The documents the user picks (None: back to the answers)."""
    _ = term._
    term.write("")
    term.write(_("Documents to draft:"))
    for i, kind in enumerate(kinds, 1):
        term.write(f"  {i}. {titles.get(kind, kind)}")
    term.write("  " + _("(< goes back to your answers)"))
    last = [str(kinds.index(k) + 1) for k in iv.documents or [] if k in kinds]
    while True:
        raw = term.ask(_numbers_prompt(term, last) + "> ")
        if raw.strip() == "<":
            return None
        picked = _picked(raw, kinds, last)
        if picked is not None:
            return picked
        term.write(_("Choose one of the numbers shown."))


def _numbers_prompt(term: Terminal, last: list[str]) -> str:
    _ = term._
    if last:
        return _("Numbers of the documents to draft (Enter = as last time: "
                 "{numbers}; 0 = none)").format(numbers=" ".join(last))
    return _("Numbers of the documents to draft (Enter = all, 0 = none)")


def _picked(raw: str, kinds: list[str], last: list[str]) -> list[str] | None:
    """The kinds the numbers typed pick (Enter: those picked last time, else all; 0: none), or
    None where one is not a number shown."""
    picks = raw.replace(",", " ").replace("，", " ").split() or last
    if not picks:
        return list(kinds)
    if picks == ["0"]:
        return []
    if all(p.isdigit() and 1 <= int(p) <= len(kinds) for p in picks):
        return [kinds[int(p) - 1] for p in dict.fromkeys(picks)]
    return None


def _documents_wanted(term: Terminal, iv: Interview, case: Any, registry: Any, kinds: list[str],
                      docs: list[str] | None, interactive: bool) -> list[str] | None:
    """The kinds of document to draft: those named (always drafted), else at a terminal those
    the user picks (None: back to the answers), else those chosen last time, or all."""
    if docs is not None:
        return list(docs)
    if interactive:
        titles = {d.id: d.title_for(case.language)
                  for d in registry.documents_for(case.jurisdiction)}
        return _choose_documents(term, iv, kinds, titles)
    return [k for k in iv.documents or kinds if k in kinds] or list(kinds)


def _draft(term: Terminal, case: Any, registry: Any, assessment: Any, kinds: list[str],
           path: Path, out_dir: Path) -> None:
    """Each kind of document drafted, with the checklist beside them; then what to send where."""
    from complaint_kit.draft.checklist import checklist_path, write_checklist
    from complaint_kit.draft.pipeline import draft_case

    term.write(term._("Drafting…"))
    drafts: list[Any] = []
    checklist = None
    with _quiet():
        for kind in kinds:
            assessment, found = draft_case(case, registry, out_dir, doc=kind,
                                           base_dir=path.parent, case_stem=path.stem,
                                           checklist=False)
            drafts += found
        if drafts:
            checklist = write_checklist(case, registry, assessment, drafts,
                                        checklist_path(out_dir, case, path.stem))
    _what_next(term, case, registry, assessment, drafts, checklist)


def finish(term: Terminal, iv: Interview, case: Any, path: Path, registry: Any,
           out_dir: Path, docs: list[str] | None, interactive: bool) -> bool:
    """The findings, then the documents they call for, chosen and drafted; False when the user
    goes back to the answers instead."""
    from complaint_kit.draft.pipeline import assess, plan

    assessment = assess(case, registry)
    show_findings(term, case, registry, assessment)
    kinds = list(dict.fromkeys(d.kind.id for d in plan(case, registry, assessment)))
    if docs is None and not kinds:
        return True
    chosen = _documents_wanted(term, iv, case, registry, kinds, docs, interactive)
    if chosen is None:
        return False
    iv.documents = chosen
    iv.save(path, done=True)
    if chosen:
        _draft(term, case, registry, assessment, chosen, path, out_dir)
    return True


def _what_next(term: Terminal, case: Any, registry: Any, assessment: Any, drafts: list[Any],
               checklist: Path | None) -> None:
    """The drafted files as a table in the user's language: each file with its folder, what
    it is for, where it goes, in which order and by when (the routing the findings made)."""
    _ = term._
    if not drafts:
        return
    c = term.colon
    term.write("")
    term.write(_("Your documents, in the order to send them:"))
    order = {channel.id: n for n, channel in enumerate(assessment.routes, 1)}
    ranked = sorted(drafts, key=lambda d: order.get(d.channel.id, 0) if d.channel else 10**6)
    for n, draft in enumerate(ranked, 1):
        _write_draft(term, case, registry, n, draft)
    if checklist is not None:
        term.write(_("Checklist (how to send each one, what to enclose){colon}{file}").format(
            colon=c, file=checklist.resolve()))
    term.write(_("Drafts to check and sign, not legal advice."))


def _write_draft(term: Terminal, case: Any, registry: Any, n: int, draft: Any) -> None:
    """One drafted document: its files, where it goes and its time limits (or that it is
    enclosed with the others)."""
    _, c = term._, term.colon
    file, send_to, limits = _("File"), _("Send to"), _("Time limits")
    term.write(f"  {n}. {draft.kind.title_for(term.lang)}")
    for path in [p.resolve() for p in (draft.path, draft.text_path) if p]:
        term.write(f"     {file}{c}{path}")
    if draft.channel is None:
        term.write(f"     {send_to}{c}" + _("enclose it with the documents above"))
        return
    channel = channel_for_user(term, registry, case, draft.channel)
    term.write(f"     {send_to}{c}{channel.name}")
    for deadline in channel.deadlines or (_("none listed"),):
        term.write(f"     {limits}{c}{deadline}")
