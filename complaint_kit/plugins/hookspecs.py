"""The hooks a plugin can implement. Everything specific to a place comes through these.

Contribution hooks take a ``register`` callback, called once per thing contributed::

    from complaint_kit import hookimpl

    @hookimpl
    def register_channels(register):
        register(Channel(id="ombudsman", ...))

Ids are unique: a plugin that registers an id another plugin already registered (a rule, a
channel or document kind of the same jurisdiction, a question...) clashes, and is skipped whole
with one warning naming both; so is a plugin whose hook raises. To change what another plugin
registered, use ``Channel.replaces``, ``Channel.documents`` and ``register_amendments``, not
``tryfirst``. Plugins load in this order: complaint-kit's own, then outside plugins by
entry-point name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    import typer

    from complaint_kit.assess.analysis import Analysis
    from complaint_kit.assess.routing import Amend, Channel
    from complaint_kit.assess.rules import Rule
    from complaint_kit.assess.tagging import Classifier
    from complaint_kit.casefile.load import Problem
    from complaint_kit.draft.documents import DocumentKind
    from complaint_kit.evidence.importing import Importer
    from complaint_kit.interview.question import Question
    from complaint_kit.model.case import Case
    from complaint_kit.model.jurisdiction import Jurisdiction

hookspec = pluggy.HookspecMarker("complaint_kit")
hookimpl = pluggy.HookimplMarker("complaint_kit")


@hookspec
def register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register the jurisdictions this plugin defines.

    A jurisdiction fixes the language, time zone, contact hours and typography of its
    documents. A plugin that only adds to an existing jurisdiction does not implement this.
    """


@hookspec
def register_rules(register: Callable[[Rule], None]) -> None:
    """Register rules: pure functions of the Case that return hits with citations.

    Rule ids are unique across all plugins. A rule whose check raises is left out of that
    case's findings with a warning naming the plugin and the rule.
    """


@hookspec
def register_channels(register: Callable[[Channel], None]) -> None:
    """Register channels: the lender, regulators, hotlines, police, courts.

    Each channel's ``applies(case, findings)`` decides whether routing recommends it, and
    ``order`` where it stands in the sequence the complainant should follow. A channel may
    stand in for others (``replaces``) and take only named document kinds (``documents``).
    """


@hookspec
def register_amendments(register: Callable[[Amend], None]) -> None:
    """Register changes to channels and document kinds other plugins registered
    (``complaint_kit.assess.routing.Amend``): move a channel in routing (``order``), drop it
    (``suppress``, always or for the cases a function picks), or restrict a document kind to
    named channels (``channels``).

    Amendments apply after every plugin has registered, in load order. Two plugins amending the
    same field of the same item clash: the later one is skipped with a warning.
    """


@hookspec
def register_document_kinds(register: Callable[[DocumentKind], None]) -> None:
    """Register the kinds of document that can be drafted, each with its template."""


@hookspec
def register_template_dirs(register: Callable[[Path], None]) -> None:
    """Register folders of Jinja2 templates.

    Plugin folders are searched before the shared ``templates/``, so a plugin may extend the
    shared bases (``base/letter.md.j2``) and also override them. Between plugins, the one loaded
    last is searched first: an outside plugin's template overrides a built-in plugin's of the
    same name. A folder that does not exist is left out with a warning.
    """


@hookspec
def extra_render_context(case: Case, document: str, context: dict[str, Any],
                         analysis: Analysis) -> dict | None:
    """Return extra variables for a document's template (merged into ``context``).

    ``document`` is the document kind's id; ``context`` is what the core has built so far;
    ``analysis`` is what the rules read (every incident's tags, local times, counts). Take only
    the arguments you need. If two plugins give the same name, the one registered later wins. A
    hook that raises adds nothing, with a warning naming the plugin.
    """


@hookspec
def validate_case(case: Case) -> list[Problem] | None:
    """Return problems with a case that only this plugin can see (e.g. an ID check digit).

    Called for every case loaded; return problems only for your own jurisdiction's cases. A
    hook that raises adds no problem, with a warning naming the plugin (a plugin's bug is never
    reported as a fault of the case file).
    """


@hookspec
def register_questions(register: Callable[[Question], None]) -> None:
    """Register interview questions (``complaint_kit.interview.question.Question``).

    Set ``jurisdiction`` so a question is asked only in that place's cases, ``after`` to place
    it after a core question, ``target`` to say where the answer goes in the case data (values
    only your plugin reads go under ``facts.``), and ``prompt``/``help``/choice labels as
    mappings of language ("zh-Hans", "zh-Hant", "en") to text. Ids are unique across plugins.
    """


@hookspec
def register_answer_validators(register: Callable[[str, Callable[[str], Any]], None]
                               ) -> None:
    """Register named checks for interview answers: ``register(name, check)``.

    ``check(value)`` returns None when the value is right; why it is wrong (shown to the user,
    who is asked again): an English message id, or a mapping of language to text
    (``complaint_kit.interview.answers.translated`` wraps a check whose reasons are English); or
    ``complaint_kit.interview.answers.Normalised(value)`` to store another form of a right answer
    ("Pacific" → "America/Los_Angeles"). A question names its check in ``validator``.
    """


@hookspec
def register_classifiers(register: Callable[[Classifier], None]) -> None:
    """Register message classifiers (``complaint_kit.assess.tagging.Classifier``): text to tags.

    A classifier serves one ``language`` ("zh-Hans", "zh-Hant", "en"); every classifier of a
    language runs on a message and their tags are combined. ``classify(text)`` returns a
    mapping of tag to the words that matched, which are shown as the reason. Use the standard
    tags of ``complaint_kit.assess.tagging.TAGS`` where they fit; a lawful reminder gets no tag.
    ``complaint_kit.assess.tagging.Lexicon`` builds a classifier from word patterns.
    """


@hookspec
def register_importers(register: Callable[[Importer], None]) -> None:
    """Register phone-export importers (``complaint_kit.evidence.importing.Importer``).

    An importer recognises its files with ``sniff(path, head)`` and streams ``Record``s
    from ``read(path, options)``; the core filters them, skips what a case already holds and
    turns the rest into incidents. The core's own importers (SMS Backup & Restore XML, CSV)
    register through this hook too.
    """


@hookspec
def register_commands(cli: typer.Typer) -> None:
    """Add the plugin's own commands to the command line::

        @hookimpl
        def register_commands(cli):
            @cli.command()
            def shenzhen_offices():
                "The Shenzhen bureau's offices."

    Called only when the command typed is not one of complaint-kit's own, so that plugins
    are not loaded for those; ``complaint-kit --help`` lists only complaint-kit's commands.
    """
