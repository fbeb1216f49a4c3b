"""Numbers, amounts, dates and plurals as each place writes them (Babel), in code and in
templates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from jinja2 import TemplateRuntimeError

from complaint_kit.draft.formats import formats, locale_id
from complaint_kit.draft.templating import make_environment, md_escape
from complaint_kit.plugins.registry import get_registry


@pytest.mark.parametrize(("language", "region", "expected"), [
    ("zh-Hans", "CN", "zh_Hans_CN"), ("zh-Hant", "TW", "zh_Hant_TW"), ("en", "HK", "en_HK"),
    ("en", "GB", "en_GB"), ("en", None, "en"), ("en", "CN", "en"), ("xx", "YY", "en"),
])
def test_locale_for_a_language_and_region(language, region, expected):
    assert locale_id(language, region) == expected


def test_dates_by_pattern_and_width():
    day, at = date(2026, 3, 4), datetime(2026, 3, 4, 21, 5)
    assert formats("en_GB").date(day, "long") == "4 March 2026"
    assert formats("en_US").date(day, "long") == "March 4, 2026"
    assert formats("en_GB").date(at, "dd/MM/y HH:mm") == "04/03/2026 21:05"
    assert formats("zh_Hant_TW").date(day, "y年M月d日") == "2026年3月4日"
    assert formats("en_GB").date("2026-03-04", "dd/MM/y") == "04/03/2026"
    assert formats("en_GB").date(None) == ""


def test_a_local_time_prints_as_its_wall_clock_time():
    """Incident times are already local: an offset is not applied a second time."""
    at = datetime(2026, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=8)))
    assert formats("zh_Hans_CN").date(at, "y年M月d日 HH:mm") == "2026年3月4日 23:30"


def test_amounts_and_numbers():
    assert formats("en_GB").money(Decimal("2480.5")) == "2,480.50"
    assert formats("zh_Hant_TW").money(36000, 0) == "36,000"
    assert formats("en_US").money(None) == ""
    assert formats("en_US").number(12345) == "12,345"


def test_plurals_follow_the_language():
    en, zh = formats("en_GB"), formats("zh_Hans_CN")
    assert en.plural(1, "{n} call", "{n} calls") == "1 call"
    assert en.plural(0, "{n} call", "{n} calls") == "0 calls"
    assert en.plural(1200, "{n} call", "{n} calls") == "1,200 calls"
    assert zh.plural(1, "{n}次") == "1次"
    assert zh.plural(3, "{n}次") == "3次"


def test_template_filters_read_the_documents_locale():
    env = make_environment([])
    template = env.from_string(
        "{{ d | date('long') }}; {{ x | money }}; {{ n | plural('{n} call', '{n} calls') }}")
    values = {"d": date(2026, 3, 4), "x": 2480, "n": 2}
    printed = template.render(locale="en_US", **values)
    assert printed == f"{md_escape('March 4, 2026')}; {md_escape('2,480.00')}; 2 calls"
    printed = template.render(locale="en_GB", **values)
    assert printed.replace("\\", "") == "4 March 2026; 2,480.00; 2 calls"


@pytest.mark.parametrize("code", ["cn", "tw", "hk", "uk", "us"])
def test_every_jurisdictions_date_labels_are_cldr_patterns(code):
    jurisdiction = get_registry().jurisdiction(code)
    f = formats(jurisdiction.locale())
    for language in (jurisdiction.language, *jurisdiction.translations):
        labels = jurisdiction.labels_for(language)
        printed = f.date(datetime(2026, 3, 4, 21, 5), labels["datetime_format"])
        assert "2026" in printed and "21:05" in printed and "{" not in printed
        assert "{" not in f.date(date(2026, 3, 4), labels["date_format"])


def test_a_date_pattern_reads_no_attributes():
    """The date filter once formatted with str.format, so a pattern such as
    "{year.__class__.__mro__}" let a template look past the sandbox. A CLDR pattern names date
    fields only."""
    env = make_environment([])
    template = env.from_string("{{ d | date(pattern) }}")
    printed = template.render(d=datetime(2026, 3, 4, 9, 5), locale="en_GB",
                              pattern="{year.__class__.__mro__}")
    assert "class" not in printed and "object" not in printed and "mro" not in printed
    # a pattern that does not fit the value is a template error, not a traceback
    with pytest.raises(TemplateRuntimeError, match="does not fit a date"):
        template.render(d=date(2026, 3, 4), locale="en_GB", pattern="{year.__class__}")
