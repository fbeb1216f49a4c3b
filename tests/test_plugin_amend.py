"""Amending a jurisdiction another plugin defines: a city's bureau replaces the province's for
the city's cases (``Channel.replaces``, by ``Case.region``), takes only its own letter
(``Channel.documents``); ``Amend`` moves, suppresses and restricts; an outside plugin's template
overrides a built-in one by name. Each with the precedence docs/plugins.md states."""

from __future__ import annotations

from pathlib import Path

import pytest

from complaint_kit import hookimpl
from complaint_kit.assess.routing import Amend, Channel, ChannelKind
from complaint_kit.casefile.load import parse, validate
from complaint_kit.draft.documents import DocumentKind
from complaint_kit.draft.pipeline import assess, plan, render_markdown
from complaint_kit.plugins.loader import PluginWarning, new_manager
from complaint_kit.plugins.registry import Registry, get_registry
from tests.test_plugin_errors import registry_with

CITY = "深圳市"


class CityBureau:
    """A Shenzhen plugin: its bureau instead of the generic local-finance channel, for
    Shenzhen cases, with its own one-page letter only."""

    def __init__(self, templates: Path):
        self.templates = templates

    @hookimpl
    def register_channels(self, register):
        register(Channel(
            id="sz-bureau", jurisdiction="cn", name="深圳市地方金融管理局",
            kind=ChannelKind.regulator, order=30,
            applies=lambda case, findings: bool(findings) and CITY in (case.region or ""),
            replaces=("local-finance",), documents=("sz-letter",)))

    @hookimpl
    def register_document_kinds(self, register):
        register(DocumentKind("sz-letter", "cn", "致深圳市地方金融管理局的信",
                              "sz/letter.md.j2", channels=("sz-bureau",)))

    @hookimpl
    def register_template_dirs(self, register):
        register(self.templates)


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    (tmp_path / "sz").mkdir()
    (tmp_path / "sz" / "letter.md.j2").write_text(
        "# 致{{ addressee.name }}\n\n投诉人：{{ complainant.name }}\n", encoding="utf-8")
    return tmp_path


def _case(registry: Registry, example_path: Path, region: str | None):
    data, _ = parse(example_path.read_text(encoding="utf-8"))
    return validate({**data, "region": region}, "<test>", registry=registry)


def _routes(registry: Registry, case) -> list[str]:
    return [c.id for c in assess(case, registry).routes]


def test_a_city_bureau_replaces_the_generic_one_for_its_citys_cases_only(templates,
                                                                         example_path):
    registry = registry_with(("sz", CityBureau(templates)))
    shenzhen = _case(registry, example_path, f"广东省{CITY}")
    elsewhere = _case(registry, example_path, "北京市")
    assert "sz-bureau" in _routes(registry, shenzhen)
    assert "local-finance" not in _routes(registry, shenzhen)
    assert "local-finance" in _routes(registry, elsewhere)
    assert "sz-bureau" not in _routes(registry, elsewhere)


def test_the_city_bureau_gets_its_own_letter_and_no_built_in_one(templates, example_path):
    registry = registry_with(("sz", CityBureau(templates)))
    case = _case(registry, example_path, CITY)
    assessment = assess(case, registry)
    drafts = plan(case, registry, assessment)
    to_bureau = [d.kind.id for d in drafts if d.channel and d.channel.id == "sz-bureau"]
    assert to_bureau == ["sz-letter"]  # the built-in "complaint" (to any regulator) stays away
    assert [d.kind.id for d in drafts if d.channel and d.channel.id == "nifa"]  # others keep theirs
    [letter] = [d for d in drafts if d.kind.id == "sz-letter"]
    markdown = render_markdown(case, registry, assessment, letter)
    assert markdown.startswith("# 致深圳市地方金融管理局") and case.complainant.name in markdown


class Amendments:
    def __init__(self, *amendments: Amend):
        self.amendments = amendments

    @hookimpl
    def register_amendments(self, register):
        for amendment in self.amendments:
            register(amendment)


def test_amend_moves_and_suppresses_channels(example_path):
    registry = registry_with(("amend", Amendments(
        Amend("cn", channel="12321", order=15),
        Amend("cn", channel="12315", suppress=True),
        Amend("cn", channel="court", suppress=lambda case, findings: case.region == "北京市"))))
    before = _routes(get_registry(), _case(get_registry(), example_path, "北京市"))
    assert before.index("12321") > before.index("local-finance")
    routes = _routes(registry, _case(registry, example_path, "北京市"))
    assert routes.index("12321") < routes.index("local-finance")  # order 15, before 30
    assert "12315" not in routes and "12315" not in [c.id for c in registry.channels_for("cn")]
    assert "court" not in routes
    assert "court" in _routes(registry, _case(registry, example_path, "上海市"))


def test_amend_restricts_a_document_kind_to_named_channels(templates, example_path):
    class NewRegulator:
        @hookimpl
        def register_channels(self, register):
            register(Channel(id="city-regulator", jurisdiction="cn", name="市金融局",
                             kind=ChannelKind.regulator, order=31,
                             applies=lambda case, findings: True))

    plain = registry_with(("new", NewRegulator()))
    case = _case(plain, example_path, None)
    kinds = [d.kind.id for d in plan(case, plain, assess(case, plain))
             if d.channel and d.channel.id == "city-regulator"]
    assert kinds == ["complaint"]  # a built-in kind addressed to every regulator attaches
    restricted = registry_with(("new", NewRegulator()), ("amend", Amendments(
        Amend("cn", document="complaint", channels=("local-finance", "nfra", "pboc")))))
    case = _case(restricted, example_path, None)
    drafts = plan(case, restricted, assess(case, restricted))
    assert not [d for d in drafts if d.channel and d.channel.id == "city-regulator"]
    assert [d for d in drafts if d.kind.id == "complaint" and d.channel.id == "local-finance"]


def test_two_plugins_amending_the_same_field_clash_and_the_later_is_skipped():
    with pytest.warns(PluginWarning, match=r"plugin 'second' skipped: it amends the order of "
                                           r"the channel 'cn/12321', which plugin 'first' "
                                           r"amends too"):
        registry = registry_with(("first", Amendments(Amend("cn", channel="12321", order=1))),
                                 ("second", Amendments(Amend("cn", channel="12321", order=2))))
    assert registry.channel("cn", "12321").order == 1
    assert registry.clashes == [("second", "first",
                                 "amendment of the order of the channel 'cn/12321'")]


def test_an_amendment_of_a_channel_nobody_registers_is_named():
    with pytest.warns(PluginWarning, match=r"plugin 'typo': it amends the channel "
                                           r"'cn/12322', which no loaded plugin registers"):
        registry_with(("typo", Amendments(Amend("cn", channel="12322", order=1))))


def test_an_amend_says_what_it_changes():
    with pytest.raises(ValueError, match="either a channel or a document kind"):
        Amend("cn")
    with pytest.raises(ValueError, match="`channels` is for a document kind"):
        Amend("cn", channel="police", channels=("x",))


def test_an_outside_plugin_overrides_a_built_in_template_by_name(tmp_path, example_path):
    (tmp_path / "cn").mkdir()
    (tmp_path / "cn" / "notice.md.j2").write_text("# 改写的通知\n\n{{ complainant.name }}\n",
                                                  encoding="utf-8")

    class Override:
        @hookimpl  # no tryfirst
        def register_template_dirs(self, register):
            register(tmp_path)

    # Registered before the built-in plugins, and still searched first.
    pm = new_manager()
    pm.register(Override(), name="override")
    for name, plugin in get_registry().pm.list_name_plugin():
        if plugin is not None and pm.get_plugin(name) is None:
            pm.register(plugin, name=name)
    registry = Registry(pm)
    assert registry.template_dirs[0] == tmp_path
    case = _case(registry, example_path, None)
    assessment = assess(case, registry)
    [notice] = [d for d in plan(case, registry, assessment, doc="notice")]
    assert render_markdown(case, registry, assessment, notice).startswith("# 改写的通知")


def test_region_is_a_documented_case_field():
    from complaint_kit.model.case import Case

    field = Case.model_fields["region"]
    assert field.annotation == str | None and "city" in field.description


def test_a_jurisdiction_plugin_can_amend_another_jurisdiction():
    from complaint_kit.model.jurisdiction import Jurisdiction
    from complaint_kit.plugins.jurisdiction import JurisdictionPlugin

    plugin = JurisdictionPlugin(Jurisdiction("xx", "Testland", "en", "UTC"),
                                amendments=[Amend("cn", channel="12321", order=1)])
    registry = registry_with(("xx", plugin))
    assert registry.channel("cn", "12321").order == 1 and "xx" in registry.jurisdictions


def test_a_raising_suppress_function_leaves_the_channel_as_it_was(example_path):
    def suppress(case, findings):
        raise AttributeError("no city")

    registry = registry_with(("amend", Amendments(Amend("cn", channel="12321",
                                                        suppress=suppress))))
    case = _case(registry, example_path, None)
    with pytest.warns(PluginWarning, match=r"^plugin 'amend': suppress of channel cn/12321 "
                                           r"failed and was left out: AttributeError: no city"):
        routes = _routes(registry, case)
    assert "12321" in routes
