"""``complaint-kit plugins check [NAME]``: passes a sound plugin, and names every problem of a
broken one precisely, with a non-zero exit, before any user drafts with it."""

from __future__ import annotations

import json
from pathlib import Path

from complaint_kit.plugins.check import bare
from tests.test_plugin_errors import ck, install

GOOD = """
from pathlib import Path

CITE = Citation("中华人民共和国个人信息保护法", "第十条", Binding.law,
                "https://example.org/pipl", "A", basis=Basis.civil)


@hookimpl
def register_channels(register):
    register(Channel(id="sz-bureau", jurisdiction="cn", name="深圳市地方金融管理局",
                     kind=ChannelKind.regulator, order=30,
                     applies=lambda case, findings: bool(findings), replaces=("local-finance",),
                     documents=("sz-letter",)))


@hookimpl
def register_document_kinds(register):
    register(DocumentKind("sz-letter", "cn", "致深圳市地方金融管理局的信", "sz/letter.md.j2",
                          channels=("sz-bureau",)))


@hookimpl
def register_template_dirs(register):
    register(Path(__file__).parent / "sz_templates")
"""
LETTER = """# 致{{ addressee.name }}

投诉人：{{ complainant.name }}
{% if debt and debt.lender %}
借款：{{ debt.product or "" }}
{% endif %}
"""


def _good(site: Path, name: str = "sz", template: str = LETTER) -> Path:
    install(site, name, GOOD)
    folder = site / "sz_templates" / "sz"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "letter.md.j2").write_text(template, encoding="utf-8")
    return site


def test_a_sound_plugin_passes(tmp_path):
    site = _good(tmp_path / "site")
    result = ck(site, "plugins", "check", "sz")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("plugin 'sz': ok (1 channels, 1 document kinds, "
                                    "1 templates, ")
    assert "sample cases" in result.stdout and "documents rendered" in result.stdout
    by_package = ck(site, "plugins", "check", "complaint-kit-sz", "--json")
    assert json.loads(by_package.stdout)[0]["ok"] is True


def test_the_built_in_plugins_pass():
    result = ck(None, "plugins", "check", "cn", "us")
    assert result.returncode == 0, result.stderr
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [
        "plugin 'cn'", "plugin 'us'"]


def test_a_template_syntax_error_fails_the_check_with_its_line(tmp_path):
    site = _good(tmp_path / "site", template="# 致{{ addressee.name }}\n\n{% if debt %}\n借款\n")
    result = ck(site, "plugins", "check", "sz")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    template = site / "sz_templates" / "sz" / "letter.md.j2"
    assert (f"plugin 'sz': template {template}: line 4: Unexpected end of template. Jinja was "
            "looking for the following tags: 'elif' or 'else' or 'endif'.") in result.stderr


def test_an_undefined_variable_fails_only_without_the_optional_facts(tmp_path):
    site = _good(tmp_path / "site", template="# 致{{ addressee.name }}\n\n"
                                             "借款：{{ debt.product }}\n")
    result = ck(site, "plugins", "check", "sz")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("plugin 'sz': document kind cn/sz-letter to "
                                         "sz-bureau, sample case ") for line in lines)
    assert all("(without optional facts)" in line for line in lines)  # the examples have a debt
    assert any("'None' has no attribute 'product'" in line for line in lines), lines


BROKEN = """
from complaint_kit.interview.question import Question

NO_SOURCE = Citation("Some Act", "s.1", Binding.law, "", "", basis=Basis.civil)


@hookimpl
def register_rules(register):
    register(Rule("CN-NO-SOURCE", "cn", "Unsourced", (NO_SOURCE,), lambda a: None))


@hookimpl
def register_channels(register):
    register(Channel(id="odd", jurisdiction="cn", name="Odd", kind="regulator", order=90,
                     applies=lambda case, findings: False, replaces=("locl-finance",),
                     documents=("no-such-kind",)))


@hookimpl
def register_document_kinds(register):
    register(DocumentKind("odd-letter", "cn", "Odd", "odd/missing.md.j2",
                          channels=("ombudsmen",)))


@hookimpl
def register_questions(register):
    register(Question("odd_q", {"en": "Odd?"}, "facts.odd", after="no_such_question",
                      validator="no_such_check"))


@hookimpl
def register_template_dirs(register):
    register("/no/such/folder")
"""


def test_every_problem_of_a_broken_plugin_is_named(tmp_path):
    site = install(tmp_path / "site", "odd", BROKEN)
    result = ck(site, "plugins", "check", "odd")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    problems = set(result.stderr.splitlines())
    expected = {
        "plugin 'odd': its template folder /no/such/folder does not exist; left out",
        "plugin 'odd': rule CN-NO-SOURCE: citation 1 (Some Act, s.1) has no source",
        "plugin 'odd': rule CN-NO-SOURCE: citation 1 (Some Act, s.1) has no grade",
        "plugin 'odd': channel cn/odd: replaces 'locl-finance', which is no channel of 'cn'",
        "plugin 'odd': channel cn/odd: takes documents 'no-such-kind', which is no document "
        "kind of 'cn'",
        "plugin 'odd': document kind cn/odd-letter: addressed to 'ombudsmen', which is neither "
        "a channel id nor a channel kind of 'cn'",
        "plugin 'odd': question odd_q: after 'no_such_question', which is no question id",
        "plugin 'odd': question odd_q: its validator 'no_such_check' is not registered",
        "plugin 'odd': document kind cn/odd-letter: its template 'odd/missing.md.j2' is in no "
        "template folder",
    }
    assert expected <= problems, problems - expected
    # Warnings of the registry (the missing folder) are reported once, as a problem.
    assert not [line for line in problems if line.startswith("warning:")]


def test_a_clash_fails_the_check_of_both_plugins(tmp_path):
    rule = """
        @hookimpl
        def register_rules(register):
            register(Rule("CN-TWICE", "cn", "Twice", (Citation("Act", "s.1", Binding.law,
                     "https://example.org", "A", basis=Basis.civil),), lambda a: None))
        """
    site = install(tmp_path / "site", "first", rule)
    install(site, "second", rule)
    result = ck(site, "plugins", "check", "first", "second")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "plugin 'first': its rule 'CN-TWICE' is registered by plugin 'second' too (which was "
        "skipped)",
        "plugin 'second': its rule 'CN-TWICE' is already registered by plugin 'first' "
        "(package complaint-kit-first)",
    ]


def test_a_raising_rule_fails_the_check(tmp_path):
    site = install(tmp_path / "site", "raiser", """
        def _bad(a):
            raise ValueError("bad date in my rule")

        @hookimpl
        def register_rules(register):
            register(Rule("CN-RAISES", "cn", "Raises", (Citation("Act", "s.1", Binding.law,
                     "https://example.org", "A", basis=Basis.civil),), _bad))
        """)
    result = ck(site, "plugins", "check", "raiser")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("plugin 'raiser': sample case cn-")
    assert lines[0].endswith(": rule CN-RAISES failed and was left out: ValueError: bad date in "
                             "my rule (a bug in the plugin, not in your case; please report it "
                             "to its authors)")


def test_an_unknown_plugin_name_fails():
    result = ck(None, "plugins", "check", "no-such-plugin")
    assert result.returncode == 1
    assert result.stderr.startswith("plugin 'no-such-plugin': no plugin named "
                                    "'no-such-plugin' is installed (installed: cn, ")


def test_bare_keeps_only_what_a_case_cannot_do_without():
    data = {"jurisdiction": "cn", "region": "x", "debt": {"lender": "l"},
            "complainant": {"name": "A", "phone": "1"},
            "respondents": [{"id": "l", "name": "L", "phones": ["1"]}],
            "incidents": [{"time": "2026-01-01 10:00", "channel": "sms", "content": "x",
                           "audience": "group", "evidence": ["E1"]}]}
    assert bare(data) == {"jurisdiction": "cn", "complainant": {"name": "A"},
                          "respondents": [{"id": "l", "name": "L"}],
                          "incidents": [{"time": "2026-01-01 10:00", "channel": "sms",
                                         "content": "x"}]}
