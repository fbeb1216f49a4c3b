"""From a case to files: assess (rules, routing, pattern), plan the documents, render, save."""

from __future__ import annotations

import io
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import TemplateError

from complaint_kit.assess.analysis import Analysis, Pattern
from complaint_kit.assess.routing import Channel, route, urgency
from complaint_kit.assess.rules import Finding, OpenQuestion, run_rules
from complaint_kit.casefile.atomic import atomic_write_bytes, atomic_write_text
from complaint_kit.docx.basedoc import default_base, open_base, reference_base
from complaint_kit.docx.build import BuildReport, DocxBuilder
from complaint_kit.docx.package import PreparedBase
from complaint_kit.draft import figures
from complaint_kit.draft.cache import CACHE
from complaint_kit.draft.context import case_context, document_context
from complaint_kit.draft.documents import DocumentKind
from complaint_kit.draft.formats import language_tag
from complaint_kit.draft.plaintext import to_text
from complaint_kit.draft.templating import make_environment
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import Registry, template_problem


class DraftError(Exception):
    """A document that could not be drafted; the message names the template or the reason."""


@dataclass
class Assessment:
    findings: list[Finding]
    routes: list[Channel]
    analysis: Analysis
    questions: list[OpenQuestion] = field(default_factory=list)  # facts that would change it

    @property
    def pattern(self) -> Pattern:
        return self.analysis.pattern

    @property
    def urgent(self) -> list[str]:
        """Why the police come first, when they do."""
        return urgency(self.findings)


@dataclass
class Draft:
    kind: DocumentKind
    channel: Channel | None
    path: Path | None = None
    text_path: Path | None = None  # the plain-text version, for kinds with the "txt" format
    markdown: str = ""
    warnings: list[str] = field(default_factory=list)


def assess(case: Case, registry: Registry) -> Assessment:
    """Tag every incident, run the jurisdiction's rules and route the case."""
    jurisdiction = registry.jurisdiction(case.jurisdiction)
    analysis = Analysis(case, jurisdiction,
                        registry.tagger(case.language or jurisdiction.language))
    findings, questions = run_rules(analysis, registry.rules_for(case.jurisdiction))
    routes = route(case, findings, registry.channels_for(case.jurisdiction),
                   case.language or jurisdiction.language)
    return Assessment(findings, routes, analysis, questions)


def plan(case: Case, registry: Registry, assessment: Assessment, *, doc: str | None = None,
         to: str | None = None) -> list[Draft]:
    """Which documents to draft: each kind the case calls for, once per channel it addresses."""
    code = case.jurisdiction
    kinds = [registry.document(code, doc)] if doc else registry.documents_for(code)
    language = case.language or registry.jurisdiction(code).language
    targets = [registry.channel(code, to).in_language(language)] if to else assessment.routes
    chosen = bool(doc or to)  # an explicit choice drafts even what the facts do not call for
    drafts = [draft for kind in kinds
              for draft in _drafts_of(kind, case, assessment, targets, chosen, to is None)]
    if chosen and not drafts:
        what = " and ".join(x for x in (f"kind {doc!r}" if doc else "",
                                        f"channel {to!r}" if to else "") if x)
        raise DraftError(f"no document of {what} can be drafted for this case")
    return drafts


def _drafts_of(kind: DocumentKind, case: Case, assessment: Assessment, targets: list[Channel],
               chosen: bool, any_channel: bool) -> list[Draft]:
    """The drafts of one kind: one for the case when the kind addresses no channel (unless a
    channel was chosen), else one per target channel it goes to."""
    if not kind.channels:
        return [Draft(kind, None)] if any_channel and (
            chosen or kind.wanted(case, assessment.findings)) else []
    return [Draft(kind, channel) for channel in targets
            if kind.goes_to(channel) and (chosen or kind.wanted(case, assessment.findings))]


def environment(template_dirs: tuple[Path, ...], *, text: bool = False):
    """The Jinja2 environment of the template folders (``text``: for plain-text templates)."""
    return CACHE.get_or_make(("environment", template_dirs, text),
                             lambda: make_environment(template_dirs, text=text))


def render_markdown(case: Case, registry: Registry, assessment: Assessment, draft: Draft, *,
                    base_dir: Path | None = None, today: date | None = None,
                    shared: dict[str, Any] | None = None, with_id_number: bool = False
                    ) -> str:
    """The draft's Markdown. ``shared`` is the case's context (``draft.context.case_context``), when
    the caller drafts several documents of the case: it is built once for all of them.
    ``with_id_number``: the complainant's ID number also goes to bodies that do not need it."""
    if shared is None:
        shared = case_context(case, registry.jurisdiction(case.jurisdiction),
                              findings=assessment.findings, routes=assessment.routes,
                              pattern=assessment.pattern, base_dir=base_dir,
                              warnings=draft.warnings, today=today)
    context = document_context(shared, case, draft.kind, draft.channel,
                               with_id_number=with_id_number)
    context.update(registry.extra_context(assessment.analysis, draft.kind.id, context))
    env = environment(tuple(registry.template_dirs))
    name = draft.kind.template_for(context["language"])
    try:
        return env.get_template(name).render(context)
    except TemplateError as exc:  # the plugin's bug: name it, the template and the line
        kind = registry.describe_item("document kind", (draft.kind.jurisdiction, draft.kind.id))
        raise DraftError(f"{kind}: {template_problem(exc, name, registry.template_dirs)}"
                         ) from None


MAX_NAME_BYTES = 120


def safe_name(text: str, fallback: str = "case") -> str:
    """A file-name part that is valid on Windows, macOS and Linux, keeping letters of any script."""
    # Control characters (C0, DEL, C1), lone surrogates and bidi controls (an RLO makes
    # "evil\u202excod.exe" read as "evilexe.docx") become "_", as do the characters Windows
    # forbids.
    text = re.sub('[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e'
                  '\u2066-\u2069<>:"/\\\\|?*\u2028\u2029]+', "_", text)
    text = re.sub(r"\s+", "_", text).strip(" ._")
    # NFC takes time quadratic in a run of combining marks: only what may fit is normalised.
    text = unicodedata.normalize("NFC", text[:4 * MAX_NAME_BYTES])
    if re.fullmatch(r"(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?", text):
        text = f"_{text}"
    # File names are limited to 255 bytes: keep room for "-<kind>-<channel>.docx". The longest
    # prefix that fits, in one cut (a character cut in two is left out).
    text = text.encode("utf-8")[:MAX_NAME_BYTES].decode("utf-8", "ignore")
    return text.rstrip(" .") or fallback


def file_stem(case: Case, draft: Draft, case_stem: str) -> str:
    parts = [safe_name(case.id or case_stem), draft.kind.id]
    if draft.channel is not None:
        parts.append(draft.channel.id)
    return "-".join(parts)


def plain_docx() -> bool:
    """Whether drafts are built on the plain reference path (python-docx's API only): the
    environment variable COMPLAINT_KIT_PLAIN_DOCX=1, for comparing or debugging the fast one."""
    return os.environ.get("COMPLAINT_KIT_PLAIN_DOCX", "") not in ("", "0")


def build_document(markdown: str, base: bytes, images: Mapping[str, bytes] | None = None, *,
                   numbered: bool = False, plain: bool = False):
    """The Markdown built into a python-docx document on the base; ``plain``: with python-docx's
    API only (the reference path), else on the fast path with the block cache."""
    document = open_base(base)
    report = DocxBuilder(document, images, CACHE, numbered=numbered, plain=plain,
                         scope=(base, numbered)).build(markdown)
    return document, report


def docx_bytes(markdown: str, base: bytes, title: str,
               images: Mapping[str, bytes] | None = None, *, numbered: bool = False,
               plain: bool | None = None) -> tuple[bytes, BuildReport]:
    """The .docx file of the Markdown on the base, with its title. ``numbered``: lists are
    numbered, never bulleted (``Typography.numbered_lists``). ``plain``: on the reference
    path (by default as ``plain_docx`` says)."""
    plain = plain_docx() if plain is None else plain
    buffer = io.BytesIO()
    if plain or "![" in markdown:  # an image adds a part: python-docx writes the package
        document, report = build_document(markdown, base, images, numbered=numbered,
                                          plain=plain)
        document.core_properties.title = title
        document.save(buffer)
    else:
        prepared = CACHE.get_or_make(("prepared base", base), lambda: PreparedBase(base))
        root = prepared.new_document()
        report = DocxBuilder(prepared.document, cache=CACHE, numbered=numbered,
                             body=prepared.body(root), scope=(base, numbered),
                             ids=prepared.style_ids).build(markdown)
        prepared.write(root, title, buffer)
    return buffer.getvalue(), report


def draft_case(case: Case, registry: Registry, out_dir: Path, *, doc: str | None = None,
               to: str | None = None, reference_docx: Path | None = None,
               base_dir: Path | None = None, case_stem: str = "case",
               today: date | None = None, durable: bool = True, checklist: bool = True,
               with_id_number: bool = False) -> tuple[Assessment, list[Draft]]:
    """Draft every planned document of a case into ``out_dir``; each file is written atomically
    (and with ``durable``, fsynced: see ``casefile.atomic``). With ``checklist``, the complainant's
    checklist (``draft.checklist.checklist_path``) is written beside them. The complainant's ID
    number goes only to bodies that need it (``Channel.takes_id_number``), or with
    ``with_id_number`` to every one."""
    jurisdiction = registry.jurisdiction(case.jurisdiction)
    assessment = assess(case, registry)
    drafts = plan(case, registry, assessment, doc=doc, to=to)
    language = language_tag(jurisdiction.locale(case.language))
    base = (reference_base(reference_docx, jurisdiction.typography, language) if reference_docx
            else default_base(jurisdiction.typography, language))
    images: dict[str, bytes] = {}  # figures, drawn once per case
    warnings: list[str] = []  # the case's, which each of its drafts shows
    shared = case_context(case, jurisdiction, findings=assessment.findings,
                          routes=assessment.routes, pattern=assessment.pattern,
                          base_dir=base_dir, warnings=warnings, today=today)
    for draft in list(drafts):
        draft.warnings.extend(warnings)
        try:
            draft.markdown = render_markdown(case, registry, assessment, draft,
                                             base_dir=base_dir, today=today, shared=shared,
                                             with_id_number=with_id_number)
        except DraftError as exc:  # an outside plugin's broken document: the others still go
            if doc is not None or not registry.from_outside_plugin(draft.kind):
                raise
            from complaint_kit.plugins.loader import warn

            warn(f"{exc}; that document was left out")
            drafts.remove(draft)
            continue
        if missing := figures.wanted(draft.markdown) - images.keys():
            images.update(figures.draw(missing, assessment.pattern,
                                       jurisdiction.labels_for(case.language),
                                       case.language or jurisdiction.language,
                                       jurisdiction.chart_font))
        data, report = docx_bytes(draft.markdown, base, draft.kind.title_for(case.language),
                                  images, numbered=jurisdiction.typography.numbered_lists)
        if report.removed_characters:
            draft.warnings.append(f"{report.removed_characters} invisible control characters "
                                  f"(ones Word files cannot hold, or text-direction marks "
                                  f"left open) were left out")
        draft.path = out_dir / f"{file_stem(case, draft, case_stem)}.docx"
        atomic_write_bytes(draft.path, data, durable=durable)
        if "txt" in draft.kind.formats:  # text to paste into a regulator's web form
            draft.text_path = draft.path.with_suffix(".txt")
            atomic_write_text(draft.text_path, to_text(draft.markdown), durable=durable)
    if drafts and checklist:
        from complaint_kit.draft.checklist import checklist_path, write_checklist

        write_checklist(case, registry, assessment, drafts,
                        checklist_path(out_dir, case, case_stem), durable=durable)
    return assessment, drafts
