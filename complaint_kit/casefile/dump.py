"""A case, or partial case data, written as YAML in the case-file style."""

from __future__ import annotations

from typing import Any

import yaml

from complaint_kit.model.case import Case


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Verbatim messages keep their line breaks readable in the file.
    style = "|" if "\n" in value and value == value.strip(" ") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_data(data: Any) -> str:
    """Plain case data (possibly a partial case) as YAML in the case-file style."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def dump_case(case: Case) -> str:
    data = case.model_dump(mode="json", exclude_defaults=True)
    return dump_data({"schema_version": case.schema_version, **data})
