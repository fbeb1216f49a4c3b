"""``complaint-kit plugins check [NAME]``: what a plugin author runs before shipping.

It finds at once what would otherwise show only when a user drafts: a rule without sources, a
template that does not compile or that reads a variable the context lacks, a reference to a
channel, question or template folder that does not exist, an id another plugin registers too.
Templates are rendered (strictly: an undefined variable is an error) against sample cases,
the bundled examples of the jurisdiction and its demo case, each also with its optional facts
removed.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from complaint_kit.draft.documents import DocumentKind
    from complaint_kit.model.case import Case
    from complaint_kit.plugins.registry import Registry

# What a sample case keeps when its optional facts are removed: what a case cannot do without.
_BARE_CASE = ("schema_version", "id", "jurisdiction", "language", "timezone")
_BARE_RESPONDENT = ("id", "name", "role", "acting_for")
_BARE_INCIDENT = ("id", "time", "channel", "respondent", "content", "to")


@dataclass
class Report:
    """What ``check`` found for one plugin."""

    plugin: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


def check(registry: Registry, names: Sequence[str] = ()) -> list[Report]:
    """One report per plugin named (entry-point or package name), or per plugin loaded."""
    from complaint_kit.plugins.loader import distribution_of, load_problems

    loaded = [n for n, p in registry.pm.list_name_plugin() if p is not None]
    known = sorted({*loaded, *load_problems})
    if not names:
        wanted = known
    else:
        by_package = {}
        for name in known:
            dist = distribution_of(name)
            if dist is not None:
                by_package.setdefault(dist.metadata["Name"].lower(), []).append(name)
        wanted = []
        for name in names:
            found = [name] if name in known else by_package.get(name.lower(), [])
            wanted += [n for n in found or [name] if n not in wanted]
    return [_check_plugin(registry, name) if name in known else
            Report(name, [f"no plugin named {name!r} is installed (installed: "
                          f"{', '.join(known) or 'none'})"]) for name in wanted]


def _check_plugin(registry: Registry, name: str) -> Report:
    from complaint_kit.plugins.loader import load_problems

    report = Report(name)
    if name in load_problems:
        report.problems.append(load_problems[name])
        return report
    report.problems += registry.problems.get(name, [])
    for skipped, other, what in registry.clashes:
        if other == name:
            report.problems.append(f"its {what} is registered by plugin '{skipped}' too "
                                   f"(which was skipped)")
    if name in registry.skipped:
        return report
    _check_rules(registry, name, report)
    _check_references(registry, name, report)
    folders = _check_templates(registry, name, report)
    _render(registry, name, folders, report)
    return report


def _mine(registry: Registry, name: str, what: str, items: Iterable[Any], key: Any) -> list:
    return [item for item in items if registry.plugin_of(what, key(item)) == name]


def _check_rules(registry: Registry, name: str, report: Report) -> None:
    for rule in _mine(registry, name, "rule", registry.rules, lambda r: r.id):
        report.count("rules")
        for n, c in enumerate(rule.citations, 1):
            for attribute in ("source", "grade"):
                if not str(getattr(c, attribute) or "").strip():
                    report.problems.append(f"rule {rule.id}: citation {n} ({c.label}) has no "
                                           f"{attribute}")


def _check_references(registry: Registry, name: str, report: Report) -> None:
    _check_channels(registry, name, report)
    _check_document_kinds(registry, name, report)
    _check_questions(registry, name, report)


def _channel_ids(registry: Registry, code: str) -> set[str]:
    return {c.id for c in registry.channels if c.jurisdiction == code}


def _check_channels(registry: Registry, name: str, report: Report) -> None:
    """The plugin's channels name a loaded jurisdiction, and channels and document kinds of
    it."""
    for channel in _mine(registry, name, "channel", registry.channels,
                         lambda c: (c.jurisdiction, c.id)):
        report.count("channels")
        where = f"channel {channel.jurisdiction}/{channel.id}"
        if channel.jurisdiction not in registry.jurisdictions:
            report.problems.append(f"{where}: no loaded plugin defines the jurisdiction "
                                   f"{channel.jurisdiction!r}")
        for other in channel.replaces:
            if other not in _channel_ids(registry, channel.jurisdiction):
                report.problems.append(f"{where}: replaces {other!r}, which is no channel of "
                                       f"{channel.jurisdiction!r}")
        kinds = {d.id for d in registry.documents_for(channel.jurisdiction)}
        for kind in channel.documents or ():
            if kind not in kinds:
                report.problems.append(f"{where}: takes documents {kind!r}, which is no "
                                       f"document kind of {channel.jurisdiction!r}")


def _check_document_kinds(registry: Registry, name: str, report: Report) -> None:
    """The plugin's document kinds are addressed to channels (by id or kind) of their
    jurisdiction."""
    for kind in _mine(registry, name, "document kind", registry.documents,
                      lambda d: (d.jurisdiction, d.id)):
        report.count("document kinds")
        where = f"document kind {kind.jurisdiction}/{kind.id}"
        targets = _channel_ids(registry, kind.jurisdiction) | {
            c.kind for c in registry.channels if c.jurisdiction == kind.jurisdiction}
        for target in kind.channels:
            if target not in targets:
                report.problems.append(f"{where}: addressed to {target!r}, which is neither a "
                                       f"channel id nor a channel kind of "
                                       f"{kind.jurisdiction!r}")


def _check_questions(registry: Registry, name: str, report: Report) -> None:
    """The plugin's questions come after or replace known questions, with registered
    validators."""
    from complaint_kit.interview.answers import CORE_VALIDATORS
    from complaint_kit.interview.engine import CORE_QUESTIONS
    from complaint_kit.interview.question import load_questions

    questions = {q.id for q in load_questions(CORE_QUESTIONS)} | {
        q.id for q in registry.questions}
    for question in _mine(registry, name, "question", registry.questions, lambda q: q.id):
        report.count("questions")
        for attribute in ("after", "replaces"):
            target = getattr(question, attribute)
            if target is not None and target not in questions:
                report.problems.append(f"question {question.id}: {attribute} {target!r}, "
                                       "which is no question id")
        if question.validator and question.validator not in {**CORE_VALIDATORS,
                                                              **registry.answer_validators}:
            report.problems.append(f"question {question.id}: its validator "
                                   f"{question.validator!r} is not registered")


def _plugin_folders(registry: Registry, name: str) -> list[Path]:
    return [Path(p) for p in registry.template_dirs
            if registry.plugin_of("template folder", id(p)) == name]


def _check_templates(registry: Registry, name: str, report: Report) -> list[Path]:
    """Every template file of the plugin's folders compiles; returns the folders."""
    from jinja2 import TemplateSyntaxError

    from complaint_kit.draft.pipeline import environment

    env = environment(tuple(registry.template_dirs))
    folders = _plugin_folders(registry, name)
    for folder in folders:
        for path in sorted(folder.rglob("*.j2")):
            report.count("templates")
            try:
                env.parse(path.read_text(encoding="utf-8"), path.name, str(path))
            except TemplateSyntaxError as exc:
                report.problems.append(f"template {path}: line {exc.lineno}: {exc.message}")
            except (OSError, UnicodeDecodeError) as exc:
                report.problems.append(f"template {path}: cannot be read: {exc}")
    for kind in _mine(registry, name, "document kind", registry.documents,
                      lambda d: (d.jurisdiction, d.id)):
        jurisdiction = registry.jurisdictions.get(kind.jurisdiction)
        languages = (jurisdiction.language, *jurisdiction.languages) if jurisdiction else ()
        for template in dict.fromkeys(kind.template_for(lang) for lang in languages):
            if not _exists(env, template):
                report.problems.append(f"document kind {kind.jurisdiction}/{kind.id}: its "
                                       f"template {template!r} is in no template folder")
    return folders


def _exists(env: Any, name: str) -> bool:
    from jinja2 import TemplateNotFound, TemplateSyntaxError

    try:
        env.get_template(name)
    except TemplateNotFound:
        return False
    except TemplateSyntaxError:  # reported with its line by the compile check
        return True
    return True


def _render(registry: Registry, name: str, folders: list[Path], report: Report) -> None:
    """Render, strictly, every document kind the plugin defines or whose template it provides,
    against the sample cases of the kind's jurisdiction."""
    from complaint_kit.draft.pipeline import environment
    from complaint_kit.plugins.loader import describe

    env = environment(tuple(registry.template_dirs))
    owned = {(d.jurisdiction, d.id) for d in _mine(
        registry, name, "document kind", registry.documents, lambda d: (d.jurisdiction, d.id))}
    mine = _mine(registry, name, "rule", registry.rules, lambda r: r.id)
    uncited = {r.id for r in mine if not r.citations}
    codes = _codes(registry, name, owned, mine)
    prefix = f"plugin {describe(registry.pm, name)}"
    for code in sorted(registry.jurisdictions):
        language = registry.jurisdictions[code].language
        kinds = [d for d in registry.documents_for(code)
                 if (code, d.id) in owned or (folders and _provided(env, folders, d, language))]
        if code not in codes and not kinds:
            continue
        samples = _samples(registry, code)
        if not samples:
            report.problems.append(f"jurisdiction {code!r}: no sample case to render its "
                                   "templates with (set Jurisdiction.demo_example)")
            continue
        for label, case in samples:
            _render_sample(registry, case, kinds, uncited, label, prefix, report)


def _codes(registry: Registry, name: str, owned: set[tuple[str, str]], mine: list
           ) -> set[str]:
    """The jurisdictions the plugin adds to: its own, and those of its document kinds,
    channels and rules."""
    own_channels = {(c.jurisdiction, c.id) for c in _mine(
        registry, name, "channel", registry.channels, lambda c: (c.jurisdiction, c.id))}
    return {code for code, _ in owned | own_channels} | {
        r.jurisdiction for r in mine} | {
        code for code in registry.jurisdictions
        if registry.plugin_of("jurisdiction", code) == name}


def _provided(env: Any, folders: list[Path], kind: DocumentKind, language: str) -> bool:
    """Whether the kind's template in the language comes from one of the folders."""
    try:
        filename = env.get_template(kind.template_for(language)).filename or ""
    except Exception:  # reported by the compile check
        return False
    return any(Path(filename).is_relative_to(folder) for folder in folders)


def _render_sample(registry: Registry, case: Case, kinds: list[DocumentKind],
                   uncited: set[str], label: str, prefix: str, report: Report) -> None:
    """Render the kinds for one sample case; the plugin's warnings become problems."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rendered = _render_case(registry, case, kinds, uncited, label, report)
    report.count("documents rendered", rendered)
    report.count("sample cases")
    for w in caught:
        text = str(w.message)
        problem = f"sample case {label}: {text[len(prefix) + 2:]}"
        if text.startswith(prefix) and problem not in report.problems:
            report.problems.append(problem)


def _render_case(registry: Registry, case: Case, kinds: list[DocumentKind],
                 uncited: set[str], label: str, report: Report) -> int:
    from complaint_kit.assess.rules import RuleError
    from complaint_kit.draft.pipeline import Draft, DraftError, assess, render_markdown

    try:
        assessment = assess(case, registry)
    except RuleError as exc:
        report.problems.append(f"sample case {label}: {exc}")
        return 0
    for finding in assessment.findings:  # a rule may cite nothing only if it only asks
        if finding.rule_id in uncited:
            report.problems.append(f"rule {finding.rule_id}: cites nothing, yet found "
                                   f"something in sample case {label} (every finding needs "
                                   "a citation with its source and grade)")
    rendered = 0
    language = case.language or registry.jurisdiction(case.jurisdiction).language
    for kind in kinds:
        if kind.channels:
            routed = [c for c in assessment.routes if kind.goes_to(c)]
            targets = routed or [c.in_language(language)
                                 for c in registry.channels_for(case.jurisdiction)
                                 if kind.goes_to(c)][:1]
            drafts = [Draft(kind, c) for c in targets]
        else:
            drafts = [Draft(kind, None)]
        for draft in drafts:
            try:
                render_markdown(case, registry, assessment, draft)
                rendered += 1
            except DraftError as exc:
                to = f" to {draft.channel.id}" if draft.channel else ""
                report.problems.append(f"document kind {kind.jurisdiction}/{kind.id}{to}, "
                                       f"sample case {label}: {exc}")
    return rendered


def _samples(registry: Registry, code: str) -> list[tuple[str, Case]]:
    """The sample cases of a jurisdiction, each also without its optional facts."""
    from complaint_kit.casefile.load import CaseFileError, read_case_file, validate
    from complaint_kit.draft.paths import example_path

    paths = sorted(example_path(".").glob(f"{code}-*.yaml"))
    demo = registry.jurisdictions[code].demo_example
    if demo and example_path(demo) not in paths and example_path(demo).is_file():
        paths.insert(0, example_path(demo))
    samples = []
    for path in paths:
        try:
            data, _ = read_case_file(path)
        except CaseFileError:
            continue
        if not isinstance(data, dict) or data.get("jurisdiction") != code:
            continue
        for label, variant in ((path.name, data),
                               (f"{path.name} (without optional facts)", bare(data))):
            try:
                samples.append((label, validate(variant, label, registry=registry)))
            except CaseFileError:
                continue
    return samples


def bare(data: dict[str, Any]) -> dict[str, Any]:
    """A case's data with every optional fact removed."""
    out = {k: data[k] for k in _BARE_CASE if k in data}
    out["complainant"] = {"name": (data.get("complainant") or {}).get("name", "A. Test")}
    out["respondents"] = [{k: r[k] for k in _BARE_RESPONDENT if k in r}
                          for r in data.get("respondents") or []]
    out["incidents"] = [{k: i[k] for k in _BARE_INCIDENT if k in i}
                        for i in data.get("incidents") or []]
    return out


def summary(report: Report) -> str:
    counts = ", ".join(f"{n} {what}" for what, n in report.counts.items() if n)
    return f"plugin '{report.plugin}': ok" + (f" ({counts})" if counts else "")


def check_command(
    names: Annotated[list[str] | None, typer.Argument(
        help="Plugins to check, by entry-point or package name (default: every one loaded).",
        show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Check plugins: rules cite sources with grades; templates compile and render against the
    sample cases; references exist; nothing clashes. Exits 1 on any problem."""
    import json
    import sys

    from complaint_kit.plugins.registry import get_registry
    from complaint_kit.textclean import terminal_text

    with warnings.catch_warnings():  # the problems are reported below, once
        warnings.simplefilter("ignore")
        reports = check(get_registry(), names or ())
    if as_json:
        print(json.dumps([{"plugin": r.plugin, "ok": not r.problems, "problems": r.problems,
                           "counts": r.counts} for r in reports], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            if report.problems:
                for problem in report.problems:
                    print(f"plugin '{report.plugin}': {terminal_text(problem)}", file=sys.stderr)
            else:
                print(terminal_text(summary(report)))
    if any(r.problems for r in reports):
        raise typer.Exit(1)
