"""Any input to the readers gives a result or one clear error, never a traceback or a hang:
case files (YAML and JSON), batch inputs (JSONL and CSV rows) and phone exports (CSV and SMS
Backup XML), each fed mutations of a valid input and arbitrary text and bytes (Hypothesis).

The budget is fixed (``FUZZ_EXAMPLES`` examples per test, derandomized so that CI runs the same
inputs each time); set ``CK_FUZZ_EXAMPLES`` for a longer local run.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from complaint_kit.casefile.load import CaseFileError, load_case, validate  # noqa: E402
from complaint_kit.plugins.registry import get_registry  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = yaml.safe_load((REPO / "examples" / "uk-harassment.yaml").read_text(encoding="utf-8"))
FUZZ_EXAMPLES = int(os.environ.get("CK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Values of any JSON type, text included that is hostile: controls, surrogates' neighbours,
# bidi controls, very long runs, and numbers at the edges.
_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=("Cs",)),
                max_size=40)
_ATOMS = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                   st.floats(allow_nan=True), _TEXT,
                   st.sampled_from(["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
                                    "2026-02-30", "", "\u202e", "=HYPERLINK(\"x\")"]))
_VALUES = st.recursive(_ATOMS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_TEXT, inner, max_size=4)), max_leaves=12)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value in nested dicts and lists."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


_EXAMPLE_PATHS = _paths(EXAMPLE)[1:]


@st.composite
def mutated_cases(draw) -> Any:
    """The example case with a few of its values replaced by anything, or removed."""
    case = json.loads(json.dumps(EXAMPLE, default=str))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(_EXAMPLE_PATHS))
        parent = case
        try:
            for key in path[:-1]:
                parent = parent[key]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or replaced the path
    return case


def _case_outcome(call, source: str = "fuzz") -> None:
    """The reader gives a case, or a CaseFileError whose every line names its source."""
    try:
        call()
    except CaseFileError as exc:
        for line in str(exc).splitlines():
            assert line.startswith(source), line


@FUZZ
@given(mutated_cases())
def test_a_mutated_case_is_a_case_or_a_clear_error(data):
    _case_outcome(lambda: validate(data, "fuzz", registry=get_registry()))


@FUZZ
@given(st.one_of(mutated_cases().map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
                 mutated_cases().map(json.dumps), _TEXT,
                 st.sampled_from(["a: &a [*a]", "x: !!python/object/apply:os.system [ls]",
                                  "[" * 5000, "a: 1\na: 2\n", "{" * 3000 + "}" * 3000])))
def test_any_case_file_is_a_case_or_a_clear_error(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _case_outcome(lambda: load_case(path, get_registry()), str(path))


@FUZZ
@given(st.lists(st.one_of(mutated_cases().map(json.dumps), _TEXT, st.binary(max_size=60)
                          .map(lambda b: b.decode("latin-1"))), min_size=1, max_size=4))
def test_a_jsonl_batch_checks_every_row_and_stops_at_none(rows):
    from complaint_kit.batch.inputs import open_input
    from complaint_kit.batch.options import Options
    from complaint_kit.batch.run import run_batch
    from complaint_kit.batch.source import InputError

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cases.jsonl"
        source.write_bytes("\n".join(rows).encode("utf-8", "surrogatepass"))
        try:
            batch = open_input(source)
        except InputError:
            return
        summary = run_batch(batch, Options(out=Path(folder) / "out", progress=False, check=True))
        report = (Path(folder) / "out" / "report.csv").read_text(encoding="utf-8")
        assert report.startswith(("case", "\ufeffcase"))
        assert summary.failed == 0  # a bad row is invalid, never a crash of the run


_CSV_HEADER = "time,number,direction,text\n"


@FUZZ
@given(st.one_of(
    st.lists(st.tuples(_TEXT, _TEXT, st.sampled_from(["in", "out", "", "received"]), _TEXT),
             max_size=5).map(lambda rows: _CSV_HEADER + "".join(
                 ",".join(json.dumps(c) for c in row) + "\n" for row in rows)),
    _TEXT.map(lambda t: _CSV_HEADER + t)))
def test_a_phone_csv_gives_records_or_a_clear_error(text):
    from complaint_kit.evidence.csvlog import CsvImporter

    _read(CsvImporter(), "log.csv", text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.lists(st.tuples(_TEXT, st.one_of(st.integers(-2**40, 2**50).map(str), _TEXT),
                          st.sampled_from(["1", "2", "x", ""])), max_size=4),
       st.sampled_from(["", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "&#xD83D;", "<sms"]))
def test_an_sms_backup_gives_records_or_a_clear_error(messages, extra):
    from xml.sax.saxutils import quoteattr

    from complaint_kit.evidence.smsbackup import SmsBackupImporter

    body = "".join(f"<sms address={quoteattr(a)} date={quoteattr(d)} type={quoteattr(t)} "
                   f"body={quoteattr(a)} />" for a, d, t in messages)
    text = f"<?xml version='1.0' encoding='UTF-8'?>{extra}<smses count='1'>{body}</smses>"
    _read(SmsBackupImporter(), "sms.xml", text.encode("utf-8", "surrogatepass"))


def _read(importer, name: str, data: bytes) -> None:
    from complaint_kit.evidence.importing import ExportError, ReadOptions

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        options = ReadOptions(timezone=ZoneInfo("Europe/London"))
        try:
            for record in importer.read(path, options):
                assert record.time.tzinfo is not None
        except ExportError as exc:
            assert name in str(exc)
