"""The plugin authors' kit: `plugin new`, the pytest fixtures of complaint_kit.testing, and the
whole path of an outside author, from a scaffolded package to a drafted letter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from importlib.metadata import EntryPoint
from pathlib import Path

import docx
import pytest

from complaint_kit import hookimpl
from complaint_kit.plugins.scaffold import ScaffoldError, create
from complaint_kit.testing import PluginLeftOut, docx_text, make_registry
from tests.clirun import run_cli


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("COMPLAINT_KIT_PLUGINS", "PYTHONPATH", "PYTHONHOME")}
    return {**env, "PYTHONIOENCODING": "utf-8", **extra}


# --- plugin new ---------------------------------------------------------------------------------


def test_plugin_new_refuses_bad_names_unknown_examples_and_existing_folders(tmp_path):
    with pytest.raises(ScaffoldError, match="lower-case letters"):
        create("Shenzhen Bureau", "cn", tmp_path)
    with pytest.raises(ScaffoldError, match=r"no example for jurisdiction 'xx'.*for cn, us\)"):
        create("city", "xx", tmp_path)
    with pytest.raises(ScaffoldError, match=r"no example for jurisdiction 'tw'"):
        create("city", "tw", tmp_path)  # a jurisdiction whose plugin ships none
    create("city", "cn", tmp_path)
    with pytest.raises(ScaffoldError, match="exists already"):
        create("city", "cn", tmp_path)
    result = run_cli("plugin", "new", "city", "-j", "cn", "--to", tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"error: {tmp_path / 'complaint-kit-city'} exists already")


@pytest.mark.parametrize("code", ["cn", "us"])
def test_scaffolded_plugin_is_cited_from_the_reference_and_its_tests_pass(code, tmp_path):
    folder = create("city-office", code, tmp_path)
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) \
        == ["README.md", "complaint_kit_city_office/__init__.py",
            "complaint_kit_city_office/templates/city-office/letter.md.j2", "pyproject.toml",
            "tests/test_complaint_kit_city_office.py"]
    assert 'city-office = "complaint_kit_city_office"' in (folder / "pyproject.toml").read_text(
        encoding="utf-8")
    # Its citation is the one the built-in plugin cites from shared/reference, field for field.
    sys.path.insert(0, str(folder))
    try:
        import complaint_kit_city_office as plugin
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop("complaint_kit_city_office", None)
    if code == "cn":
        from complaint_kit_cn.citations import CIVIL_1033_1 as reference
    else:
        from complaint_kit_us.citations import FDCPA_1692C_A1 as reference
    assert reference == plugin.NIGHT_CONTACT
    # Its own tests pass with the fixtures, the package on the path but not installed.
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                            cwd=folder, capture_output=True, text=True, timeout=300,
                            env=_env(PYTHONPATH=str(folder)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout


def test_the_readmes_plugin_and_its_test_work(repo_root, tmp_path):
    """The README's minimal plugin, and its test example, run as a reader would run them."""
    import re

    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Plugins\n"):readme.index("## Tests\n")]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    package = tmp_path / "complaint_kit_ombudsman"
    package.mkdir()
    (package / "__init__.py").write_text(blocks[0], encoding="utf-8")
    (tmp_path / "test_readme.py").write_text(blocks[-1], encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "test_readme.py"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=300, env=_env(PYTHONPATH=str(tmp_path)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


# --- the testing kit ----------------------------------------------------------------------------


def test_ck_plugins_takes_a_plugin_that_is_installed_already():
    import complaint_kit_cn

    registry = make_registry(complaint_kit_cn.plugin)  # was: "Plugin already registered..."
    assert "cn" in registry.jurisdictions
    assert len([r for r in registry.rules if r.id == "CN-NIGHT"]) == 1


def test_ck_plugins_isolates_from_other_installed_plugins():
    registry = make_registry(installed=["cn"])
    assert set(registry.jurisdictions) == {"cn"}
    assert set(make_registry(installed=False).jurisdictions) == set()


@pytest.mark.ck_plugins(installed=["us", "lexicons"])
def test_the_marker_isolates_the_fixture(ck_registry):
    assert set(ck_registry.jurisdictions) == {"us"}


def test_a_broken_installed_plugin_is_left_out_with_a_warning(monkeypatch):
    import importlib.metadata

    real = importlib.metadata.entry_points

    def entry_points(**selection):
        found = list(real(**selection))
        if selection.get("group") == "complaint_kit":
            found.append(EntryPoint("broken", "complaint_kit_no_such_module:plugin",
                                    "complaint_kit"))
        return found

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    with pytest.warns(PluginLeftOut, match=r"installed plugin 'broken' "
                                           r"\(complaint_kit_no_such_module:plugin\) left out"):
        registry = make_registry(installed=["cn", "broken"])
    assert set(registry.jurisdictions) == {"cn"}


class _UnknownHook:
    @hookimpl
    def register_nonsense(self, register):
        register("nothing")


def test_an_installed_plugin_with_an_unknown_hook_is_left_out_with_a_warning(monkeypatch):
    import importlib.metadata

    real = importlib.metadata.entry_points
    odd = EntryPoint("odd", "tests:odd", "complaint_kit")
    monkeypatch.setattr(EntryPoint, "load", lambda self, real_load=EntryPoint.load: (
        _UnknownHook() if self.name == "odd" else real_load(self)))
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **selection: [
        *real(**selection), *([odd] if selection.get("group") == "complaint_kit" else [])])
    with pytest.warns(PluginLeftOut, match=r"installed plugin 'odd' left out.*register_nonsense"):
        registry = make_registry(installed=["cn", "odd"])
    assert set(registry.jurisdictions) == {"cn"}


def test_ck_assess(ck_make_case, ck_assess, example_path):
    from complaint_kit.casefile.load import parse

    data, _ = parse(example_path.read_text(encoding="utf-8"))
    result = ck_assess(ck_make_case(data))
    assert "CN-NIGHT" in [f.rule_id for f in result.findings]
    assert result.routes and result.routes[0].id in ("lender", "police")


def test_docx_text_follows_reading_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("first paragraph")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cell {r}{c}"
    table.rows[1].cells[1].add_table(rows=1, cols=1).rows[0].cells[0].text = "nested"
    document.add_paragraph("after the table")
    document.sections[0].footer.paragraphs[0].text = "footer"
    path = tmp_path / "order.docx"
    document.save(str(path))
    lines = [line for line in docx_text(path).splitlines() if line]
    assert lines == ["first paragraph", "cell 00", "cell 01", "cell 10", "cell 11", "nested",
                     "after the table", "footer"]


# --- done when: an outside author's whole path, in a fresh environment --------------------------


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def _pip_can_reach_an_index(folder: Path) -> bool:
    probe = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d",
                            folder, "hatchling"], capture_output=True, text=True, timeout=120)
    return probe.returncode == 0


class _FreshVenv:
    """A new venv that sees this checkout's complaint-kit through a .pth file; its commands run
    in `folder` and must not print a traceback."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        venv = folder / "venv"
        self.sh(sys.executable, "-m", "venv", venv)
        self.python = _bin(venv, "python")
        site = Path(self.sh(self.python, "-c",
                            "import sysconfig; print(sysconfig.get_paths()['purelib'])")
                    .stdout.strip())
        (site / "complaint_kit_checkout.pth").write_text(
            f"import site; site.addsitedir({sysconfig.get_paths()['purelib']!r})\n",
            encoding="utf-8")

    def sh(self, *cmd: str | Path, ok: bool = True, cwd: Path | None = None,
           **env: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(c) for c in cmd], cwd=cwd or self.folder,
                                capture_output=True, text=True, encoding="utf-8",
                                env=_env(**env), timeout=900)
        if ok:
            assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def ck(self, *args: str | Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
        return self.sh(self.python, "-m", "complaint_kit", *args, ok=ok)

    def install(self, *packages: Path) -> None:
        self.sh(self.python, "-m", "pip", "install", "--disable-pip-version-check", "-q",
                *packages)


def _city_case(example_path: Path, folder: Path) -> Path:
    """A Shenzhen-like case: the example, in a city with its own bureau."""
    from complaint_kit.casefile.load import parse

    data, _ = parse(example_path.read_text(encoding="utf-8"))
    data["region"] = "示例市"
    case = folder / "case.json"
    case.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    return case


def _the_good_plugin_checks_drafts_and_passes_its_tests(venv: _FreshVenv, good: Path,
                                                        case: Path) -> None:
    plugins = {row["name"]: row for row in json.loads(venv.ck("plugins", "--json").stdout)}
    assert plugins["city-bureau"]["package"] == "complaint-kit-city-bureau"
    venv.ck("plugins", "check", "city-bureau")
    checked = json.loads(venv.ck("check", "--json", case).stdout)
    assert "CITY-BUREAU-NIGHT" in [f["rule"] for f in checked["findings"]]
    routed = [c["id"] for c in checked["channels"]]
    assert "city-bureau-office" in routed and "local-finance" not in routed
    drafts = venv.folder / "drafts"
    venv.ck("draft", case, "--to", "city-bureau-office", "--out", drafts)
    (letter,) = drafts.glob("*.docx")
    text = docx_text(letter)
    assert "示例市地方金融管理局" in text and "第一千零三十三条" in text
    tests = venv.sh(venv.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=good)
    assert "4 passed" in tests.stdout


def _edit(path: Path, old: str, new: str, count: int = -1) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, count), encoding="utf-8")


def _broken_plugins(src: Path) -> list[Path]:
    """Three broken plugins: a raising hook, a clashing rule id, a template with a syntax
    error."""
    raising = create("raising", "cn", src)
    _edit(raising / "complaint_kit_raising" / "__init__.py", "    for channel in CHANNELS:\n",
          "    raise RuntimeError('oops in a hook')\n    for channel in CHANNELS:\n")
    clash = create("clash", "cn", src)
    _edit(clash / "complaint_kit_clash" / "__init__.py", 'RULE_ID = "CLASH-NIGHT"',
          'RULE_ID = "CITY-BUREAU-NIGHT"')
    badtpl = create("badtpl", "cn", src)
    _edit(badtpl / "complaint_kit_badtpl" / "templates" / "badtpl" / "letter.md.j2",
          "{% endfor %}", "", 1)
    return [raising, clash, badtpl]


def _each_broken_plugin_is_named_in_one_line(venv: _FreshVenv) -> None:
    for name, says in (("raising", "oops in a hook"), ("clash", "CITY-BUREAU-NIGHT"),
                       ("badtpl", "letter.md.j2")):
        result = venv.ck("plugins", "check", name, ok=False)
        assert result.returncode != 0, (name, result.stdout, result.stderr)
        named = [line for line in (result.stdout + result.stderr).splitlines()
                 if name in line and says in line]
        assert named, (name, result.stdout, result.stderr)
    # The good plugin's only problem now is the clash it is party to, named the same way.
    good_check = venv.ck("plugins", "check", "city-bureau", ok=False)
    lines = (good_check.stdout + good_check.stderr).strip().splitlines()
    assert lines and all("'clash'" in line for line in lines), lines


def _the_rest_keep_working_and_a_skipped_plugin_is_one_line(venv: _FreshVenv,
                                                            case: Path) -> None:
    us = venv.ck("channels", "-j", "us", "--json")
    assert "cfpb" in [c["id"] for c in json.loads(us.stdout)]
    checked = venv.ck("check", "--json", case)
    assert "CITY-BUREAU-NIGHT" in [f["rule"] for f in json.loads(checked.stdout)["findings"]]
    warnings = [line for line in checked.stderr.splitlines() if line.startswith("warning:")]
    assert any("raising" in line and "oops in a hook" in line for line in warnings), warnings
    assert any("clash" in line and "CITY-BUREAU-NIGHT" in line for line in warnings), warnings


@pytest.mark.slow
def test_scaffold_install_check_draft_and_test_in_a_fresh_venv(tmp_path, example_path):
    """A new author: `plugin new`, pip install into a fresh venv, `plugins check`, `check` and
    `draft` with it, the package's own tests. Then three broken plugins installed beside it (a
    raising hook, a clashing rule id, a template with a syntax error): each named in one line,
    and the good plugin and the other jurisdictions keep working.

    The venv is new and the packages are installed into it by pip (built by their own backend,
    hatchling, fetched by pip); complaint-kit itself is this checkout's, made visible to the venv
    through a .pth file instead of being built and installed again (test_plugins.py does that)."""
    if not _pip_can_reach_an_index(tmp_path / "probe"):
        pytest.skip("pip cannot reach a package index (network) to fetch hatchling")
    venv = _FreshVenv(tmp_path)
    good = create("city-bureau", "cn", tmp_path / "src")
    venv.install(good)
    case = _city_case(example_path, tmp_path)
    _the_good_plugin_checks_drafts_and_passes_its_tests(venv, good, case)
    venv.install(*_broken_plugins(tmp_path / "src"))
    _each_broken_plugin_is_named_in_one_line(venv)
    _the_rest_keep_working_and_a_skipped_plugin_is_one_line(venv, case)


@pytest.mark.slow
def test_the_wheel_ships_the_guide_and_the_scaffold(repo_root, tmp_path):
    """The guide and the scaffold's files are package data: `plugin new` works from the wheel."""
    import importlib.util
    import shutil
    import zipfile

    source = tmp_path / "src"
    junk = shutil.ignore_patterns(".git", ".venv", "venv", "*.egg-info", "__pycache__",
                                  ".pytest_cache", ".ruff_cache", "build", "dist")

    def ignore(folder: str, names: list[str]) -> set[str]:  # the checkout's own tests and bench
        top = {"tests", "bench"} & set(names) if Path(folder) == repo_root else set()
        return set(junk(folder, names)) | top

    shutil.copytree(repo_root, source, ignore=ignore)
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-q",
                             "-w", tmp_path / "wheels", source], capture_output=True, text=True,
                            timeout=900)
    if result.returncode != 0 and not isolation and "hatchling" in result.stderr:
        pytest.skip("no hatchling at hand and pip cannot fetch it (network)")
    assert result.returncode == 0, result.stderr
    (wheel,) = (tmp_path / "wheels").glob("complaint_kit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "complaint_kit/docs/plugins.md" in names
    shipped = {n.removeprefix("complaint_kit/scaffold_files/") for n in names
               if n.startswith("complaint_kit/scaffold_files/")}
    assert shipped == {p.relative_to(repo_root / "complaint_kit" / "scaffold_files").as_posix()
                       for p in (repo_root / "complaint_kit" / "scaffold_files").rglob("*.tmpl")}


# --- the guide's complete example is what `plugin new` writes ------------------------------------

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "plugins.md"
BEGIN = ("<!-- scaffold:begin (tests/test_plugin_kit.py checks that this is what `plugin new` "
         "writes) -->")
END = "<!-- scaffold:end -->"
FENCES = {".toml": "toml", ".py": "python", ".j2": "jinja", ".md": "markdown"}


def example_markdown(folder: Path) -> str:
    """The files of a scaffolded package as the guide shows them, README aside."""
    parts = []
    files = sorted((p for p in folder.rglob("*") if p.is_file() and p.name != "README.md"),
                   key=lambda p: (p.name != "pyproject.toml", p.relative_to(folder).as_posix()))
    for path in files:
        text = path.read_text(encoding="utf-8")
        fence = "````" if "```" in text else "```"
        parts.append(f"`{path.relative_to(folder).as_posix()}`:\n\n{fence}"
                     f"{FENCES.get(path.suffix, '')}\n{text.rstrip()}\n{fence}\n")
    return "\n".join(parts)


def test_the_guides_complete_example_is_what_plugin_new_writes(tmp_path):
    guide = GUIDE.read_text(encoding="utf-8")
    shown = guide.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert shown == example_markdown(create("shenzhen-bureau", "cn", tmp_path)).strip()


if __name__ == "__main__" and sys.argv[1:] == ["--update-guide"]:
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        example = example_markdown(create("shenzhen-bureau", "cn", Path(scratch)))
    text = GUIDE.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    GUIDE.write_text(f"{head}{BEGIN}\n{example}{END}{rest.split(END, 1)[1]}", encoding="utf-8")
