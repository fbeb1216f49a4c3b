"""A typed facade over the plugin manager: what the loaded plugins contribute, by kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pluggy

from complaint_kit.assess.analysis import Analysis
from complaint_kit.assess.routing import Amend, Channel
from complaint_kit.assess.rules import Hit, Rule, check_hit, results
from complaint_kit.assess.tagging import Classifier, Tagger
from complaint_kit.casefile.load import Problem
from complaint_kit.draft.documents import DocumentKind
from complaint_kit.evidence.importing import Importer
from complaint_kit.interview.question import Question
from complaint_kit.model.case import Case
from complaint_kit.model.jurisdiction import Jurisdiction

T = TypeVar("T")

# The contribution hooks: (hook, what it registers, the key that must be unique).
_CONTRIBUTIONS: tuple[tuple[str, str, Callable[[Any], Any]], ...] = (
    ("register_jurisdictions", "jurisdiction", lambda j: j.code),
    ("register_rules", "rule", lambda r: r.id),
    ("register_channels", "channel", lambda c: (c.jurisdiction, c.id)),
    ("register_document_kinds", "document kind", lambda d: (d.jurisdiction, d.id)),
    ("register_questions", "question", lambda q: q.id),
    ("register_classifiers", "classifier", lambda c: (c.language, c.name)),
    ("register_importers", "importer", lambda i: i.name),
    ("register_answer_validators", "answer validator", lambda v: v[0]),
    ("register_amendments", "amendment", lambda a: id(a)),
    ("register_template_dirs", "template folder", lambda p: id(p)),
)
_TWO_ARGUMENTS = {"register_answer_validators"}  # register(name, check)
BUG = "a bug in the plugin, not in your case; please report it to its authors"


class UnknownName(LookupError):
    """A jurisdiction, channel or document kind that no loaded plugin provides."""


def key_text(key: Any) -> str:
    """A key as messages quote it: "CN-NIGHT", "cn/local-regulator"."""
    return "/".join(map(str, key)) if isinstance(key, tuple) else str(key)


class Registry:
    """What the loaded plugins contribute, by kind, each item with the plugin it came from.

    Each plugin's contributions are collected on their own. A plugin whose hook raises, that
    registers an id another plugin registered, or a rule without a basis, is skipped whole with
    one warning (``problems`` keeps why), and every other plugin works as before. Plugin code run
    later (a rule's check, a channel's ``applies``, a document kind's ``wanted``, the
    ``validate_case`` and ``extra_render_context`` hooks) that raises leaves that item out of the
    case, with a warning naming the plugin and the item.
    """

    def __init__(self, pm: pluggy.PluginManager):
        from complaint_kit.plugins.loader import describe, is_builtin

        self.pm = pm
        # plugin name -> why it was skipped, or what of it was left out
        self.problems: dict[str, list[str]] = {}
        self._origin: dict[tuple[str, Any], str] = {}  # (what, key) -> plugin name
        self.skipped: set[str] = set()
        # (plugin skipped, plugin it clashed with, what: "rule 'CN-NIGHT'")
        self.clashes: list[tuple[str, str, str]] = []
        self._describe = lambda name: describe(pm, name)
        order = [name for name, plugin in pm.list_name_plugin() if plugin is not None]
        bags = self._contributions()
        merged: dict[str, dict[Any, Any]] = {what: {} for _, what, _ in _CONTRIBUTIONS}
        amended: dict[tuple, str] = {}  # (target, field) -> plugin name
        for name in order:
            if name in self.skipped or name not in bags:
                continue
            if why := self._conflict(name, bags[name], merged, amended):
                self._skip(name, why)
                continue
            for what, items in bags[name].items():
                for key, item in items:
                    merged[what][key] = item
                    self._origin[what, key] = name
        self.jurisdictions: dict[str, Jurisdiction] = merged["jurisdiction"]
        self.rules: list[Rule] = [self._guard_rule(r) for r in merged["rule"].values()]
        channels = dict(merged["channel"])
        documents = dict(merged["document kind"])
        self._amend(merged["amendment"].values(), channels, documents)
        self.channels: list[Channel] = [self._guard_channel(c) for c in channels.values()]
        self.documents: list[DocumentKind] = [self._guard_document(d)
                                              for d in documents.values()]
        self.questions: list[Question] = list(merged["question"].values())
        self.classifiers: list[Classifier] = list(merged["classifier"].values())
        self._taggers: dict[str, Tagger] = {}  # language -> the one tagger, made when first asked
        self.importers: list[Importer] = list(merged["importer"].values())
        self.answer_validators: dict[str, Callable[[str], str | None]] = dict(
            merged["answer validator"].values())
        # The plugin loaded last is searched first: outside plugins (loaded after the built-in
        # ones) override a built-in template by name.
        folders = [(self._origin["template folder", key], path)
                   for key, path in merged["template folder"].items()]
        self.template_dirs: list[Path] = []
        for name, path in sorted(folders, key=lambda f: (is_builtin(f[0]),
                                                         -order.index(f[0]))):
            if path.is_dir():
                self.template_dirs.append(path)
            else:
                self._problem(name, f"its template folder {path} does not exist; left out")

    # Collecting, plugin by plugin

    def _contributions(self) -> dict[str, dict[str, list[tuple[Any, Any]]]]:
        """Each plugin's contributions, by what they are: (key, item) in the order registered."""
        bags: dict[str, dict[str, list[tuple[Any, Any]]]] = {}
        for hook_name, what, key in _CONTRIBUTIONS:
            for impl in getattr(self.pm.hook, hook_name).get_hookimpls():
                name = impl.plugin_name
                if name in self.skipped:
                    continue
                items = bags.setdefault(name, {}).setdefault(what, [])

                def register(*item: Any, _items=items, _key=key,
                             _pair=hook_name in _TWO_ARGUMENTS,
                             _path=what == "template folder") -> None:
                    value = item if _pair else Path(item[0]) if _path else item[0]
                    _items.append((_key(value), value))

                try:
                    impl.function(**{arg: register for arg in impl.argnames})
                except Exception as exc:
                    self._skip(name, f"its hook {hook_name} raised {type(exc).__name__}: "
                                     f"{exc} ({BUG})")
        return {name: bag for name, bag in bags.items() if name not in self.skipped}

    def _conflict(self, name: str, bag: dict[str, list[tuple[Any, Any]]],
                  merged: dict[str, dict[Any, Any]], amended: dict[tuple, str]) -> str | None:
        """Why the plugin cannot join the ones merged so far, or None."""
        for what, items in bag.items():
            seen: set[Any] = set()
            for key, item in items:
                if key in seen:
                    return f"it registers the {what} '{key_text(key)}' twice"
                seen.add(key)
                if key in merged[what]:
                    other = self._origin[what, key]
                    self.clashes.append((name, other, f"{what} '{key_text(key)}'"))
                    return (f"its {what} '{key_text(key)}' is already registered by plugin "
                            f"{self._describe(other)}")
                if what == "rule":
                    missing = [c.label for c in item.citations if c.basis is None]
                    if missing:
                        return (f"its rule '{key}' gives no basis (civil, regulatory...) for "
                                + ", ".join(missing))
        for _, amendment in bag.get("amendment", ()):
            for field_name in amendment.fields:
                if (other := amended.get((amendment.target, field_name))) is not None:
                    what, code, item_id = amendment.target
                    self.clashes.append((name, other, f"amendment of the {field_name} of the "
                                                      f"{what} '{code}/{item_id}'"))
                    return (f"it amends the {field_name} of the {what} '{code}/{item_id}', "
                            f"which plugin {self._describe(other)} amends too")
        for _, amendment in bag.get("amendment", ()):
            for field_name in amendment.fields:
                amended[amendment.target, field_name] = name
        return None

    def _skip(self, name: str, why: str) -> None:
        from complaint_kit.plugins.loader import warn

        self.skipped.add(name)
        self.problems.setdefault(name, []).append(why)
        warn(f"plugin {self._describe(name)} skipped: {why}")

    def _problem(self, name: str, what: str) -> None:
        from complaint_kit.plugins.loader import warn

        self.problems.setdefault(name, []).append(what)
        warn(f"plugin {self._describe(name)}: {what}")

    def _amend(self, amendments: Iterable[Amend], channels: dict[Any, Channel],
               documents: dict[Any, DocumentKind]) -> None:
        for amendment in amendments:
            name = self._origin["amendment", id(amendment)]
            what, code, item_id = amendment.target
            items: dict[Any, Any] = channels if amendment.channel is not None else documents
            if (code, item_id) not in items:
                self._problem(name, f"it amends the {what} '{code}/{item_id}', which no "
                                    "loaded plugin registers; left out")
                continue
            item = items[code, item_id]
            if amendment.order is not None:
                item = replace(item, order=amendment.order)
            if amendment.suppress is True:
                del items[code, item_id]
                continue
            if amendment.suppress:
                item = replace(item, applies=_unless(item.applies, amendment.suppress,
                                                     self._guard(name, "suppress of "
                                                                 f"channel {code}/{item_id}",
                                                                 False)))
            if amendment.channels is not None:
                item = replace(item, channels=tuple(amendment.channels))
            items[code, item_id] = item

    # Plugin code run on a case: what raises is left out, with a warning naming it

    def _guard(self, name: str, item: str, default: Any) -> Callable[[Callable], Callable]:
        def wrap(function: Callable) -> Callable:
            def guarded(*args: Any) -> Any:
                try:
                    return function(*args)
                except Exception as exc:
                    from complaint_kit.plugins.loader import warn

                    warn(f"plugin {self._describe(name)}: {item} failed and was left out: "
                         f"{type(exc).__name__}: {exc} ({BUG})")
                    return default

            return guarded

        return wrap

    def _guard_rule(self, rule: Rule) -> Rule:
        """The rule, its check guarded; a hit that breaks the rules' contract (a penal citation
        without the facts that meet its elements) leaves the rule out too."""
        name = self._origin["rule", rule.id]

        def check(analysis: Analysis) -> Any:
            items = results(rule.check(analysis))
            for hit in items:
                if isinstance(hit, Hit):
                    check_hit(rule, hit)
            return items

        return replace(rule, check=self._guard(name, f"rule {rule.id}", None)(check))

    def _guard_channel(self, channel: Channel) -> Channel:
        name = self._origin["channel", (channel.jurisdiction, channel.id)]
        guard = self._guard(name, f"channel {channel.jurisdiction}/{channel.id} (its applies)",
                            False)
        return replace(channel, applies=guard(channel.applies))

    def _guard_document(self, kind: DocumentKind) -> DocumentKind:
        name = self._origin["document kind", (kind.jurisdiction, kind.id)]
        guard = self._guard(name, f"document kind {kind.jurisdiction}/{kind.id} (its wanted)",
                            False)
        return replace(kind, wanted=guard(kind.wanted))

    def plugin_of(self, what: str, key: Any) -> str | None:
        """The plugin that registered an item: ``plugin_of("rule", "CN-NIGHT")``,
        ``plugin_of("channel", ("cn", "police"))``; None for one no plugin registered."""
        return self._origin.get((what, key))

    def from_outside_plugin(self, kind: DocumentKind) -> bool:
        """Whether a document kind comes from a plugin that is not complaint-kit's own."""
        from complaint_kit.plugins.loader import is_builtin

        name = self.plugin_of("document kind", (kind.jurisdiction, kind.id))
        return name is not None and not is_builtin(name)

    def describe_item(self, what: str, key: Any) -> str:
        """"document kind cn/sz-letter (plugin 'sz')", for messages."""
        name = self.plugin_of(what, key)
        return f"{what} {key_text(key)}" + (f" (plugin {self._describe(name)})" if name else "")

    def hook_impls(self, hook_name: str) -> list[Any]:
        """The implementations of a hook by the plugins not skipped, in registration order."""
        return [impl for impl in getattr(self.pm.hook, hook_name).get_hookimpls()
                if impl.plugin_name not in self.skipped]

    def jurisdiction(self, code: str) -> Jurisdiction:
        try:
            return self.jurisdictions[code]
        except KeyError:
            known = ", ".join(sorted(self.jurisdictions)) or "none; is a plugin installed?"
            raise UnknownName(f"unknown jurisdiction {code!r} (loaded: {known})") from None

    def rules_for(self, code: str) -> list[Rule]:
        return [r for r in self.rules if r.jurisdiction == code]

    def channels_for(self, code: str) -> list[Channel]:
        return sorted((c for c in self.channels if c.jurisdiction == code),
                      key=lambda c: (c.order, c.id))

    def channel(self, code: str, channel_id: str) -> Channel:
        return _by_id(self.channels_for(code), channel_id, f"channel in {code!r}")

    def documents_for(self, code: str) -> list[DocumentKind]:
        return [d for d in self.documents if d.jurisdiction == code]

    def document(self, code: str, doc_id: str) -> DocumentKind:
        return _by_id(self.documents_for(code), doc_id, f"document kind in {code!r}")

    def tagger(self, language: str) -> Tagger:
        """The tagger for cases in ``language``: every classifier, each message read by those of
        the language it is written in (see ``Tagger``); falsy when ``language`` has none. One per
        language for the registry's life, so that what it prepares on its first message (one
        prefilter over all the lexicons' patterns) serves every case of a batch."""
        if language not in self._taggers:
            self._taggers[language] = Tagger(language, self.classifiers)
        return self._taggers[language]

    def importer(self, name: str) -> Importer:
        return _by_id(self.importers, name, "importer", key="name")

    def importer_for(self, path: Path) -> Importer | None:
        """The first importer that recognises the file, or None."""
        with open(path, "rb") as f:
            head = f.read(4096)
        return next((i for i in self.importers if i.sniff(path, head)), None)

    def apply_defaults(self, data: dict) -> dict:
        """Fill a raw case's language and time zone from its jurisdiction, when it is known."""
        jurisdiction = self.jurisdictions.get(data.get("jurisdiction"))  # type: ignore[arg-type]
        if jurisdiction is None:
            return data
        return {"language": jurisdiction.language, "timezone": jurisdiction.timezone, **{
            k: v for k, v in data.items() if v is not None or k not in ("language", "timezone")}}

    def validate_case(self, case: Case) -> list[Problem]:
        problems: list[Problem] = []
        if case.jurisdiction not in self.jurisdictions:
            known = ", ".join(sorted(self.jurisdictions)) or "none"
            problems.append(Problem("jurisdiction", f"unknown jurisdiction "
                                    f"{case.jurisdiction!r} (installed: {known})"))
            return problems
        for impl in self.hook_impls("validate_case"):
            check = self._guard(impl.plugin_name, "its validate_case hook", None)(impl.function)
            problems += check(*[{"case": case}[a] for a in impl.argnames]) or []
        return problems

    def extra_context(self, analysis: Analysis, document: str, context: dict[str, Any]) -> dict:
        """What the plugins' ``extra_render_context`` hooks add; the plugin registered later
        wins where two give the same name."""
        arguments = {"case": analysis.case, "document": document, "context": context,
                     "analysis": analysis}
        extra: dict[str, Any] = {}
        for impl in self.hook_impls("extra_render_context"):
            hook = self._guard(impl.plugin_name, "its extra_render_context hook",
                               None)(impl.function)
            extra.update(hook(*[arguments[a] for a in impl.argnames]) or {})
        return extra


def _by_id(items: list[T], wanted: str, what: str, key: str = "id") -> T:
    for item in items:
        if getattr(item, key) == wanted:
            return item
    known = ", ".join(getattr(item, key) for item in items)
    raise UnknownName(f"no {what} has the {key} {wanted!r} (known: {known or 'none'})")


@cache
def get_registry() -> Registry:
    from complaint_kit.plugins.loader import load_plugins

    return Registry(load_plugins())


def _unless(applies: Callable, suppress: Callable, guard: Callable) -> Callable:
    """``applies``, except for the cases ``suppress`` picks (an amendment)."""
    suppressed = guard(suppress)
    return lambda case, findings: (applies(case, findings)
                                   and not suppressed(case, findings))


def template_problem(exc: Exception, name: str, folders: Iterable[Path]) -> str:
    """What went wrong in a template, with its file and line: a syntax error, a variable the
    context lacks, a template in none of the folders."""
    import traceback

    from jinja2 import TemplateNotFound, TemplateSyntaxError

    if isinstance(exc, TemplateSyntaxError):
        return f"template {exc.filename or exc.name}: line {exc.lineno}: {exc.message}"
    if isinstance(exc, TemplateNotFound):
        searched = ", ".join(str(f) for f in folders)
        what = "its template" if exc.name == name else f"template {name} includes"
        return (f"{what} {exc.name!r} is in no template folder (searched: {searched}, then "
                "the shared templates)")
    # Jinja2 rewrites the traceback so that a template's frame names its file and line.
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if f.filename.endswith((".j2", ".jinja", ".md", ".txt"))]
    where = f"{frames[-1].filename}: line {frames[-1].lineno}" if frames else name
    return f"template {where}: {exc}"
