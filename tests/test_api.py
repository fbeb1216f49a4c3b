"""Plugins build on ``complaint_kit.api`` alone, as a third party's would: everything else in
the core may change in any release."""

from __future__ import annotations

import ast
from pathlib import Path

import complaint_kit.api as api

PLUGINS = Path(__file__).resolve().parents[1] / "plugins"


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


def test_plugins_import_only_the_api_and_never_each_other():
    own = {p.name for p in PLUGINS.glob("*/complaint_kit_*")}
    wrong = []
    for path in sorted(PLUGINS.rglob("*.py")):
        folder, inside = path.relative_to(PLUGINS).parts[:2]
        package = f"complaint_kit_{folder}"
        for line, module in _imports(path):
            top = module.split(".")[0]
            # A plugin's own tests (plugins/<code>/tests) are the core's: they may reach into it.
            if top == "complaint_kit" and module != "complaint_kit.api" and inside != "tests":
                wrong.append(f"{path.relative_to(PLUGINS)}:{line}: {module}")
            elif top in own and top != package:
                wrong.append(f"{path.relative_to(PLUGINS)}:{line}: another plugin, {module}")
    assert not wrong, "\n".join(wrong)


def test_the_api_exports_what_it_lists_and_has_a_version():
    assert all(hasattr(api, name) for name in api.__all__)
    assert len(set(api.__all__)) == len(api.__all__)
    major, minor = api.API_VERSION
    assert major >= 1 and minor >= 0


def test_medium_is_how_a_contact_came_and_channel_is_where_a_document_goes():
    from complaint_kit.api import Channel, Medium

    assert Medium("sms") is Medium.sms
    assert Channel.__module__ == "complaint_kit.assess.routing"


def test_fact_date_and_local_day_read_a_case_as_the_plugins_need():
    from datetime import date, datetime

    from complaint_kit.api import Case, fact_date, local_day

    case = Case.model_validate({
        "jurisdiction": "us", "timezone": "America/Los_Angeles",
        "complainant": {"name": "Test Person"},
        "facts": {"sent": "2026-02-03", "at": "2026-02-04T10:00:00", "typo": "3 Feb"},
        "incidents": [{"time": "2026-02-05T06:30:00Z", "channel": "call"}],
    })
    assert fact_date(case, "sent") == date(2026, 2, 3)
    assert fact_date(case, "at") == date(2026, 2, 4)
    assert fact_date(case, "typo") is None and fact_date(case, "missing") is None
    incident = case.incidents[0]
    assert local_day(case, incident) == date(2026, 2, 4)  # 22:30 the evening before, in L.A.
    naive = incident.model_copy(update={"time": datetime(2026, 2, 5, 6, 30)})
    assert local_day(case, naive) == date(2026, 2, 5)  # no offset: the clock time recorded


def test_series_writes_a_list_out_in_the_callers_words():
    from complaint_kit.api import API_VERSION, series

    assert API_VERSION >= (1, 2)  # series came in 1.2
    assert series(["a", "b", "c"], " and ") == "a, b and c"
    assert series(["a", "b"], " or ") == "a or b"
    assert series(["甲", "乙", "丙"], "及", "、") == "甲、乙及丙"
    assert series(["s.1", "s.2", "s.3"], "; and ", "; ") == "s.1; s.2; and s.3"
    assert series(["only"], " and ") == "only"
    assert series([], " and ") == ""


def test_id_number_problems_names_the_field_never_the_number():
    from complaint_kit.api import Case, id_number_problems

    def check(number: str) -> str | None:
        return None if number.endswith("7") else "the check digit does not match"

    def case(number: str | None) -> Case:
        return Case.model_validate({"jurisdiction": "us", "complainant": {
            "name": "Test Person", "id_number": number}})

    (problem,) = id_number_problems(case("A1234560"), check)
    assert (problem.path, problem.message) == ("complainant.id_number",
                                               "the check digit does not match")
    assert "A1234560" not in problem.format("case.yaml")
    assert id_number_problems(case("A1234567"), check) == []
    assert id_number_problems(case(None), check) == []
