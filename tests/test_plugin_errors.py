"""A plugin's bugs are the plugin's: named in one line (the plugin and the item), never a
traceback, never reported as the user's mistake; a broken plugin is skipped and every other
plugin keeps working.

The plugins here are installed the way pip installs one, as far as Python can tell: a module and
a ``.dist-info`` folder with the entry point, on the path of a real ``complaint-kit`` process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from complaint_kit import hookimpl
from complaint_kit.plugins.loader import PluginWarning, new_manager
from complaint_kit.plugins.registry import Registry, get_registry
from tests.clirun import run_cli

CITATION = """Citation("Test instrument", None, Binding.guidance, "https://example.org/test",
                    "B", basis=Basis.baseline)"""
HEADER = """\
from complaint_kit import hookimpl
from complaint_kit.assess.routing import Amend, Channel, ChannelKind
from complaint_kit.draft.documents import DocumentKind
from complaint_kit.assess.rules import Basis, Binding, Citation, Hit, Rule
"""


def install(site: Path, name: str, code: str) -> Path:
    """Install a one-module plugin ``complaint_kit_<name>`` (package ``complaint-kit-<name>``)
    into ``site``, a folder to put on PYTHONPATH."""
    site.mkdir(exist_ok=True)
    module = f"complaint_kit_{name.replace('-', '_')}"
    (site / f"{module}.py").write_text(HEADER + textwrap.dedent(code), encoding="utf-8")
    info = site / f"{module}-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: complaint-kit-{name}\n"
                                   "Version: 0.1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[complaint_kit]\n{name} = {module}\n",
                                           encoding="utf-8")
    return site


def ck(site: Path | None, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``complaint-kit *args`` with the plugins installed in ``site``: a process of its own, which
    finds them at start-up (without a site, the installed plugins: this process will do)."""
    if site is None:
        return run_cli(*args)
    env = {k: v for k, v in os.environ.items() if k not in ("COMPLAINT_KIT_PLUGINS",)}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "complaint_kit", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def registry_with(*plugins: tuple[str, object]) -> Registry:
    """The installed plugins and these (name, plugin object), in that order."""
    pm = new_manager()
    for name, plugin in get_registry().pm.list_name_plugin():
        if plugin is not None and pm.get_plugin(name) is None:
            pm.register(plugin, name=name)
    for name, plugin in plugins:
        pm.register(plugin, name=name)
    return Registry(pm)


RAISING_RULE = f"""
def _bad(analysis):
    raise ValueError("bad date in my rule")

@hookimpl
def register_rules(register):
    register(Rule("CN-BAD", "cn", "A broken rule", ({CITATION},), _bad))
"""


def test_a_raising_rule_is_named_with_its_plugin_and_the_case_is_still_checked(
        tmp_path, example_path):
    site = install(tmp_path / "site", "badrule", RAISING_RULE)
    result = ck(site, "check", "--json", example_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "warning: plugin 'badrule' (package complaint-kit-badrule): rule CN-BAD failed and was "
        "left out: ValueError: bad date in my rule (a bug in the plugin, not in your case; "
        "please report it to its authors)"]
    assert not result.stderr.startswith("error: bad date")
    findings = json.loads(result.stdout)["findings"]
    assert findings and "CN-BAD" not in [f["rule"] for f in findings]  # cn's rules still ran


def test_a_plugin_whose_hook_raises_is_skipped_and_the_others_work(tmp_path, example_path):
    site = install(tmp_path / "site", "badhook", """
        @hookimpl
        def register_channels(register):
            register(Channel(id="never", jurisdiction="cn", name="Never", kind="regulator",
                             order=1, applies=lambda case, findings: True))
            raise RuntimeError("no network")
        """)
    result = ck(site, "channels", "-j", "cn", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "warning: plugin 'badhook' (package complaint-kit-badhook) skipped: its hook "
        "register_channels raised RuntimeError: no network (a bug in the plugin, not in your "
        "case; please report it to its authors)"]
    ids = [c["id"] for c in json.loads(result.stdout)]
    assert "never" not in ids and "police" in ids
    listed = {row["name"]: row for row in json.loads(ck(site, "plugins", "--json").stdout)}
    assert listed["badhook"]["error"].startswith("its hook register_channels raised RuntimeError")
    assert "error" not in listed["cn"]


def test_a_plugin_that_cannot_be_imported_is_skipped(tmp_path, example_path):
    site = install(tmp_path / "site", "broken", "import no_such_module_anywhere\n")
    result = ck(site, "check", example_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [warning] = result.stderr.splitlines()
    assert warning.startswith("warning: plugin 'broken' (package complaint-kit-broken) skipped: "
                              "failed to load (complaint_kit_broken): ModuleNotFoundError: ")
    listed = {row["name"]: row for row in json.loads(ck(site, "plugins", "--json").stdout)}
    assert "ModuleNotFoundError" in listed["broken"]["error"] and "cn" in listed


def test_a_rule_id_clash_names_both_plugins_and_other_commands_work(tmp_path):
    rule = f"""
        @hookimpl
        def register_rules(register):
            register(Rule("CN-NIGHT-CITY", "cn", "Night calls", ({CITATION},), lambda a: None))
        """
    site = install(tmp_path / "site", "alpha", rule)
    install(site, "beta", rule)
    result = ck(site, "channels", "-j", "us", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "warning: plugin 'beta' (package complaint-kit-beta) skipped: its rule 'CN-NIGHT-CITY' "
        "is already registered by plugin 'alpha' (package complaint-kit-alpha)"]
    assert json.loads(result.stdout)
    rules = json.loads(ck(site, "rules", "-j", "cn", "--json").stdout)
    assert [r["plugin"] for r in rules if r["id"] == "CN-NIGHT-CITY"] == ["alpha"]


class RaisingAtDraftTime:
    """A plugin whose code run on a case (not at load) raises."""

    @hookimpl
    def register_channels(self, register):
        from complaint_kit.assess.routing import Channel

        def applies(case, findings):
            raise KeyError("region")

        register(Channel(id="city-bureau", jurisdiction="cn", name="City bureau",
                         kind="regulator", order=25, applies=applies))

    @hookimpl
    def extra_render_context(self, case, document):
        raise ZeroDivisionError("division by zero")

    @hookimpl
    def validate_case(self, case):
        raise TypeError("bad check digit code")


def test_code_run_on_a_case_that_raises_is_left_out_with_a_warning(example_path, tmp_path):
    from complaint_kit.casefile.load import load_case
    from complaint_kit.draft.pipeline import draft_case

    registry = registry_with(("city", RaisingAtDraftTime()))
    with pytest.warns(PluginWarning) as caught:
        case = load_case(example_path, registry)
        assessment, drafts = draft_case(case, registry, tmp_path, checklist=False)
    messages = sorted({str(w.message) for w in caught})
    assert messages == [
        "plugin 'city': channel cn/city-bureau (its applies) failed and was left out: "
        "KeyError: 'region' (a bug in the plugin, not in your case; please report it to its "
        "authors)",
        "plugin 'city': its extra_render_context hook failed and was left out: "
        "ZeroDivisionError: division by zero (a bug in the plugin, not in your case; please "
        "report it to its authors)",
        "plugin 'city': its validate_case hook failed and was left out: TypeError: bad check "
        "digit code (a bug in the plugin, not in your case; please report it to its authors)",
    ]
    assert drafts and all(d.path.exists() for d in drafts)  # cn's documents are drafted
    assert "city-bureau" not in [c.id for c in assessment.routes]


def test_an_unnamed_test_plugin_is_named_by_what_it_is():
    class Clumsy:
        def __repr__(self) -> str:
            return "<Clumsy plugin>"

        @hookimpl
        def register_rules(self, register):
            raise OSError("no file")

    pm = new_manager()
    pm.register(Clumsy())
    with pytest.warns(PluginWarning, match=r"^plugin <Clumsy plugin> skipped: its hook "
                                           r"register_rules raised OSError: no file"):
        Registry(pm)


def test_a_missing_template_folder_is_named(tmp_path):
    class Folder:
        @hookimpl
        def register_template_dirs(self, register):
            register(tmp_path / "no-such-folder")

    with pytest.warns(PluginWarning, match=r"plugin 'folder': its template folder "
                                           r".*no-such-folder does not exist; left out"):
        registry = registry_with(("folder", Folder()))
    assert tmp_path / "no-such-folder" not in registry.template_dirs
    assert registry.problems["folder"]


COMMAND = """
@hookimpl
def register_commands(cli):
    @cli.command()
    def city_offices():
        "The city bureau's offices."
        print("City bureau: 1 Example Road")
"""


def test_a_plugin_adds_its_own_command_and_built_in_commands_stay_fast(tmp_path):
    site = install(tmp_path / "site", "city", COMMAND)
    result = ck(site, "city-offices")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "City bureau: 1 Example Road\n"
    # A built-in command does not load the plugins to look for commands.
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; from complaint_kit.cli import app as cli\n"
         "try:\n    cli.main(['schema'])\nexcept SystemExit:\n    pass\n"
         "print('complaint_kit_cn' in sys.modules, file=sys.stderr)"],
        capture_output=True, text=True, timeout=60)
    assert probe.stderr.strip().splitlines()[-1] == "False"


def test_a_raising_register_commands_hook_is_named(tmp_path):
    site = install(tmp_path / "site", "cmd", """
        @hookimpl
        def register_commands(cli):
            raise ImportError("click too old")
        """)
    result = ck(site, "no-such-command")
    assert result.returncode == 2  # Typer: no such command
    assert ("warning: plugin 'cmd' (package complaint-kit-cmd): its register_commands hook "
            "raised ImportError: click too old; its commands are left out") in result.stderr
    assert "Traceback" not in result.stderr


def test_listings_say_which_plugin_contributed_each_item(tmp_path):
    site = install(tmp_path / "site", "ombudsman", f"""
        @hookimpl
        def register_channels(register):
            register(Channel(id="city-ombudsman", jurisdiction="cn", name="City ombudsman",
                             kind=ChannelKind.ombudsman, order=40,
                             applies=lambda case, findings: bool(findings)))

        @hookimpl
        def register_rules(register):
            register(Rule("CN-CITY", "cn", "City rule", ({CITATION},), lambda a: None))

        @hookimpl
        def register_document_kinds(register):
            register(DocumentKind("city-letter", "cn", "City letter", "cn/complaint.md.j2",
                                  channels=("city-ombudsman",)))
        """)
    for command, key in (("channels", "city-ombudsman"), ("rules", "CN-CITY"),
                         ("documents", "city-letter")):
        rows = json.loads(ck(site, command, "-j", "cn", "--json").stdout)
        by_id = {row["id"]: row["plugin"] for row in rows}
        assert by_id[key] == "ombudsman"
        assert set(by_id.values()) == {"cn", "ombudsman"}
    table = ck(site, "channels", "-j", "cn").stdout
    assert "Plugin" in table and "ombudsman" in table


def test_a_penal_citation_without_its_elements_leaves_the_rule_out_naming_it(example_path):
    from complaint_kit.assess.rules import Basis, Binding, Citation, Hit, Rule
    from complaint_kit.casefile.load import load_case
    from complaint_kit.draft.pipeline import assess

    offence = Citation("Crimes Act", "s.2", Binding.law, "https://example.org", "A",
                       basis=Basis.criminal)

    class Accusing:
        @hookimpl
        def register_rules(self, register):
            register(Rule("CN-ACCUSE", "cn", "Accuses", (offence,),
                          lambda a: Hit([a.incidents[0].id], "An offence.")))

    registry = registry_with(("accusing", Accusing()))
    with pytest.warns(PluginWarning, match=r"^plugin 'accusing': rule CN-ACCUSE failed and was "
                                           r"left out: RuleError: rule CN-ACCUSE cites Crimes "
                                           r"Act, s\.2 \(criminal\) without the facts"):
        assessment = assess(load_case(example_path, registry), registry)
    rules = [f.rule_id for f in assessment.findings]
    assert "CN-ACCUSE" not in rules and rules


BAD_TEMPLATE = """
from pathlib import Path

@hookimpl
def register_document_kinds(register):
    register(DocumentKind("sz-letter", "cn", "Letter", "sz/letter.md.j2"))

@hookimpl
def register_template_dirs(register):
    register(Path(__file__).parent / "sz_templates")
"""


@pytest.mark.parametrize(("template", "problem"), [
    ("# Letter\n\n{{ complainant.name }}\n{{ debt.no_such_field }}\n",
     "template {path}: line 4: 'dict object' has no attribute 'no_such_field'"),
    ("# Letter\n\n{% if debt %}\n", "template {path}: line 3: Unexpected end of template. Jinja "
     "was looking for the following tags: 'elif' or 'else' or 'endif'. The innermost block "
     "that needs to be closed is 'if'."),
    (None, "its template 'sz/letter.md.j2' is in no template folder (searched: "),
])
def test_a_bad_template_names_the_plugin_the_file_and_the_line(tmp_path, example_path, template,
                                                               problem):
    site = install(tmp_path / "site", "sz", BAD_TEMPLATE)
    path = site / "sz_templates" / "sz" / "letter.md.j2"
    path.parent.mkdir(parents=True)
    if template is not None:
        path.write_text(template, encoding="utf-8")
    result = ck(site, "draft", example_path, "--doc", "sz-letter", "--out", tmp_path / "out")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("error: document kind cn/sz-letter (plugin 'sz' (package "
                           "complaint-kit-sz)): " + problem.format(path=path)), line
    # Drafting the whole case, the other plugins' documents are drafted, and this one named.
    result = ck(site, "draft", example_path, "--out", tmp_path / "all")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {line[len('error: '):]}; that document was left out"]
    drafted = [p.name for p in (tmp_path / "all").glob("*.docx")]
    assert drafted and not [name for name in drafted if "sz-letter" in name]


def test_batch_workers_name_a_raising_rule_in_one_line(tmp_path):
    site = install(tmp_path / "site", "badrule", RAISING_RULE)
    cases = Path(__file__).resolve().parents[1] / "examples" / "batch" / "cases.jsonl"
    result = ck(site, "batch", cases, "--out", tmp_path / "out", "--doc", "notice",
                "--workers", "2", "--no-progress")
    assert "Traceback" not in result.stderr and "PluginWarning" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if "CN-BAD" in line]
    assert warnings and all(line.startswith("warning: plugin 'badrule' (package "
                                            "complaint-kit-badrule): rule CN-BAD failed")
                            for line in warnings)
