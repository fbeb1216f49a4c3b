"""Plugins: choosing which load, rejecting bad ones, and a real outside plugin on the wheel."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pluggy
import pytest

from complaint_kit import hookimpl
from complaint_kit.casefile.load import parse
from complaint_kit.plugins import hookspecs
from complaint_kit.plugins.loader import DEFAULT_PLUGINS, GROUP, PluginError, check_plugins
from complaint_kit.testing import make_registry

EXTRA = Path(__file__).parent / "fixtures" / "complaint-kit-extra"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COMPLAINT_KIT_PLUGINS", "VIRTUAL_ENV",
                                                            "PYTHONPATH", "PYTHONHOME")}
    return {**env, "PYTHONIOENCODING": "utf-8", **extra}


def test_empty_plugin_list_loads_only_the_cores_own():
    result = subprocess.run([sys.executable, "-m", "complaint_kit", "plugins", "--json"],
                            capture_output=True, text=True, env=_env(COMPLAINT_KIT_PLUGINS=""),
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert [row["name"] for row in json.loads(result.stdout)] == list(DEFAULT_PLUGINS)


def test_plugin_list_names_the_plugins_to_load():
    result = subprocess.run([sys.executable, "-m", "complaint_kit", "plugins", "--json"],
                            capture_output=True, text=True, env=_env(COMPLAINT_KIT_PLUGINS="cn"),
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert [row["name"] for row in json.loads(result.stdout)] == ["cn", *DEFAULT_PLUGINS]


class Nonsense:
    @hookimpl
    def register_nonsense(self, register):
        register("nothing")


def test_a_plugin_with_an_unknown_hook_is_rejected():
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    pm.register(Nonsense(), name="nonsense")
    with pytest.raises(PluginError, match=r"'nonsense' implements an unknown hook"
                                          r".*'register_nonsense'"):
        check_plugins(pm)
    with pytest.raises(pluggy.PluginValidationError):
        make_registry(Nonsense())


def test_load_plugins_reports_unknown_hooks(monkeypatch):
    """load_plugins skips a plugin with an unknown hook, with a warning naming it."""
    from complaint_kit.plugins import loader as plugins

    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    pm.register(Nonsense(), name="nonsense")
    monkeypatch.setattr(plugins, "pm", pm)
    monkeypatch.setattr(plugins, "_loaded", False)
    monkeypatch.setenv("COMPLAINT_KIT_PLUGINS", "")
    monkeypatch.setattr(plugins, "load_problems", {})
    with pytest.warns(plugins.PluginWarning, match="'nonsense' skipped: implements a hook "
                      "complaint-kit does not define.*'register_nonsense'"):
        plugins.load_plugins()
    assert pm.get_plugin("nonsense") is None


def test_testing_fixtures_with_an_extra_plugin(ck_registry, ck_make_case, ck_draft, ck_docx_text,
                                               example_path):
    sys.path.insert(0, str(EXTRA))
    try:
        import complaint_kit_extra
    finally:
        sys.path.remove(str(EXTRA))
    registry = make_registry(complaint_kit_extra)
    assert any(c.id == "test-ombudsman" for c in registry.channels_for("cn"))
    assert not any(c.id == "test-ombudsman" for c in ck_registry.channels_for("cn"))

    data, _ = parse(example_path.read_text(encoding="utf-8"))
    case = ck_make_case(data)
    drafts = ck_draft(case)
    assert drafts and all(d.path.exists() for d in drafts)
    assert case.complainant.name in ck_docx_text(drafts[0].path)


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.mark.slow
def test_outside_plugin_on_the_installed_wheel(repo_root, example_path, tmp_path):
    """Build the wheel, install it and an outside plugin into a new venv, and use them from a
    folder outside the checkout: templates, examples and the cn plugin must all be in the wheel."""
    def sh(*cmd: str | Path, cwd: Path = tmp_path) -> str:
        result = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True,
                                encoding="utf-8", env=_env(), timeout=900)
        assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
        return result.stdout

    # Build from a copy so that no build output lands in the checkout.
    source = tmp_path / "src"
    shutil.copytree(repo_root, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "venv", "*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache",
        "build", "dist", "complaint-kit-demo"))
    wheels = tmp_path / "wheels"
    # Use the hatchling at hand if there is one; otherwise pip fetches it into an isolated build.
    isolation = ["--no-build-isolation"] if _has_hatchling() else []
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-w", wheels, source)
    (wheel,) = wheels.glob("complaint_kit-*.whl")

    venv = tmp_path / "venv"
    sh(sys.executable, "-m", "venv", venv)
    python = _bin(venv, "python")
    sh(python, "-m", "pip", "install", "--disable-pip-version-check", "-q", wheel)
    plugin = tmp_path / "extra"
    shutil.copytree(EXTRA, plugin)
    sh(python, "-m", "pip", "install", "--disable-pip-version-check", "-q", plugin)

    work = tmp_path / "elsewhere"
    work.mkdir()
    ck = _bin(venv, "complaint-kit")

    plugins = {row["name"]: row for row in json.loads(sh(ck, "plugins", "--json", cwd=work))}
    assert set(plugins) == {"cn", "lexicons", "tw", "hk", "us", "uk", "extra", *DEFAULT_PLUGINS}
    assert plugins["extra"]["package"] == "complaint-kit-extra"
    assert "register_channels" in plugins["extra"]["hooks"]

    channels = json.loads(sh(ck, "channels", "-j", "cn", "--json", cwd=work))
    assert "test-ombudsman" in [c["id"] for c in channels]

    data, _ = parse(example_path.read_text(encoding="utf-8"))
    data["incidents"][0]["content"] += " 测试规则"
    case = work / "case.json"  # JSON is YAML too
    case.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    checked = json.loads(sh(ck, "check", "--json", case, cwd=work))
    assert "CN-TEST-EXTRA" in [f["rule"] for f in checked["findings"]]
    assert "test-ombudsman" in [c["id"] for c in checked["channels"]]

    sh(ck, "draft", case, "--out", work / "drafts", cwd=work)
    drafted = sorted(p.name for p in (work / "drafts").glob("*.docx"))
    assert drafted
    documents = json.loads(sh(ck, "documents", "-j", "cn", "--json", cwd=work))
    if any("regulator" in d["channels"] for d in documents):
        assert any("test-ombudsman" in name for name in drafted)

    sh(ck, "demo", "--out", work / "demo", cwd=work)
    assert list((work / "demo").glob("demo-cn-*.docx"))  # the example the README promises
    # The interview's questions and message catalogs are in the wheel too.
    answers = work / "answers.json"
    answers.write_text(json.dumps({
        "jurisdiction": "cn", "complainant_name": "张测试", "lender_name": "示例贷",
        "incidents": ["2026-01-02 23:41 10690000123 再不还就等着坐牢吧"],
        "documents": ["notice"]}, ensure_ascii=False), encoding="utf-8")
    said = sh(ck, "interview", work / "interviewed.yaml", "--answers", answers, "--lang",
              "zh-Hant", cwd=work)
    assert "以上均為草稿" in said
    assert list(work.glob("interviewed-notice*.docx"))
    # Nothing was read from the checkout: the venv's package is the wheel's.
    location = sh(python, "-c", "import complaint_kit, complaint_kit_cn; "
                  "print(complaint_kit.__file__); print(complaint_kit_cn.__file__)", cwd=work)
    assert str(repo_root) not in location and str(venv) in location


def _has_hatchling() -> bool:
    import importlib.util

    return importlib.util.find_spec("hatchling") is not None


def test_no_plugin_imports_another(repo_root):
    """Plugins meet only through the hooks: what another plugin brings (its tags, say) reaches a
    rule through the core's Analysis, never through an import."""
    import re

    packages = {p.name for p in (repo_root / "plugins").glob("*/complaint_kit_*")}
    offenders = []
    for package in packages:
        others = "|".join(sorted(packages - {package}))
        pattern = re.compile(rf"^\s*(?:from|import)\s+(?:{others})\b", re.M)
        for path in (repo_root / "plugins").glob(f"*/{package}/**/*.py"):
            if pattern.search(path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(repo_root)))
    assert offenders == []


def test_every_rule_citation_says_its_basis():
    from complaint_kit.assess.rules import check_citations
    from complaint_kit.plugins.registry import get_registry

    for rule in get_registry().rules:
        check_citations(rule)


def _shared_label_keys() -> set[str]:
    """The labels the core's shared templates (templates/base) print without a default: each
    jurisdiction must give them, in each of its languages."""
    from complaint_kit.draft.paths import core_templates

    keys: set[str] = set()
    for template in (core_templates() / "base").glob("*.j2"):
        text = template.read_text(encoding="utf-8")
        keys |= set(re.findall(r'labels\["([^"]+)"\]', text))
        keys |= {k for k in re.findall(r"labels\.(\w+)\b(?!\()", text) if k != "get"}
    return keys


def test_every_jurisdiction_has_every_label_the_shared_templates_use():
    from complaint_kit.plugins.registry import get_registry

    required = _shared_label_keys()
    assert {"date_format", "col.id", "quote_open"} <= required  # the scan finds them
    for code, jurisdiction in get_registry().jurisdictions.items():
        for language in (jurisdiction.language, *jurisdiction.translations):
            missing = required - set(jurisdiction.labels_for(language))
            assert not missing, (code, language, sorted(missing))
