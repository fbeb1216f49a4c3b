"""`complaint-kit plugin new NAME`: a plugin package to start from, one that installs with pip,
shows up in `complaint-kit plugins`, passes `plugins check` and has passing tests.

It holds one rule (contact at night, cited from the project's legal reference exactly as the
built-in plugin of the jurisdiction cites it), one channel (an invented body serving one
region), one document kind with its template, and tests that use the pytest fixtures of
``complaint_kit.testing``. The files are in ``scaffold_files/``, with ``${...}`` fields filled in
here (``string.Template``: neither Python nor Jinja2 uses ``$``).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from string import Template

FILES = Path(__file__).resolve().parent / "scaffold_files"
NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")

# What the example says, per jurisdiction: a citation from shared/reference (law-cn.md: 民法典
# 第1033条(一), grade A; law-us.md: 15 U.S.C. § 1692c(a)(1), grade High), in its own language.
EXAMPLES: dict[str, dict[str, object]] = {
    "cn": {
        "language": "zh-Hans",
        "citation_comment": "shared/reference/law-cn.md, CN-NIGHT: 民法典 第1033条(一), grade A "
                            "(LawRefBook/Laws, 2025-04-19).",
        "instrument": "《中华人民共和国民法典》",
        "article": "第一千零三十三条第（一）项",
        "source": "https://github.com/LawRefBook/Laws/blob/"
                  "2f4c5c23716267af9dbebbbbd6cbbf732b101981/民法典/人格权编.md",
        "grade": "A",
        "gist": "除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为："
                "（一）以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁",
        "explanation": 'f"{len(found)}次联系发生在夜间（22:00至次日8:00），且未经本人同意。"',
        "rule_title": "夜间联系侵扰私人生活安宁",
        "channel_name": "示例市地方金融管理局",
        "channel_name_ascii": "city financial regulator",
        "region": "示例市",
        "order": 40,
        "why": "本市地方金融组织（小额贷款公司等）的监管部门。",
        "contact": "示例市测试区虚构路1号（示例，请改为真实地址）",
        "how_to_file": ["邮寄或当面递交投诉信", "附证据目录和证据复印件"],
        "replaces": ("local-finance",),
        "document_title": "投诉信（示例市地方金融管理局）",
        "complainant": "张测试",
        "lender": "示例网络小额贷款有限公司",
        "night_words": "还钱！",
        "day_words": "您的借款已逾期，请及时还款。",
        "installed": ["cn"],
    },
    "us": {
        "language": "en",
        "citation_comment": "shared/reference/law-us.md, US-HOURS: 15 U.S.C. § 1692c(a)(1), "
                            "grade High.",
        "instrument": "Fair Debt Collection Practices Act",
        "article": "15 U.S.C. § 1692c(a)(1)",
        "source": "ftp.gwdg.de/.../usc15.tgz:15/1692c (GPO text); "
                  "chanrobles.com/usa/uslaws/codes/title15/15usc1692c.php",
        "grade": "High",
        "gist": "no communication ‘at any unusual time or place or a time or place known or "
                "which should be known to be inconvenient’; convenient is ‘after 8 o'clock "
                "antemeridian and before 9 o'clock postmeridian, local time at the consumer's "
                "location’",
        "explanation": '(f"{len(found)} contact(s) before 8 a.m. or after 9 p.m. local time, "\n'
                       '                   "without the consumer\'s consent.")',
        "rule_title": "Contact at an inconvenient time",
        "channel_name": "Example City Office of Consumer Protection",
        "channel_name_ascii": "city consumer-protection office",
        "region": "Example City",
        "order": 35,
        "why": "The city office that takes complaints about businesses, debt collectors included.",
        "contact": "1 Example Plaza, Example City (an example: put the real address)",
        "how_to_file": ["Send the letter by mail or through the office's complaint form",
                        "Attach the harassment log"],
        "replaces": (),
        "document_title": "Complaint to the Example City Office of Consumer Protection",
        "complainant": "Alex Example",
        "lender": "Example Collection Services LLC",
        "night_words": "Pay now.",
        "day_words": "This is a reminder that your payment is overdue.",
        "installed": ["us", "lexicons"],
    },
}


class ScaffoldError(Exception):
    """A name, jurisdiction or folder the scaffold cannot use; the message says which."""


def create(name: str, jurisdiction: str = "cn", to: Path = Path(".")) -> Path:
    """Write the package ``complaint-kit-NAME`` into ``to`` and return its folder."""
    if not NAME.fullmatch(name):
        raise ScaffoldError(f"plugin name {name!r}: use lower-case letters, digits and single "
                            f"hyphens, starting with a letter (e.g. shenzhen-bureau)")
    example = EXAMPLES.get(jurisdiction)
    if example is None:
        raise ScaffoldError(f"no example rule for jurisdiction {jurisdiction!r} (there are "
                            f"examples for {', '.join(sorted(EXAMPLES))}); make the plugin for "
                            f"one of them and change its jurisdiction and rule")
    folder = to / f"complaint-kit-{name}"
    if folder.exists():
        raise ScaffoldError(f"{folder} exists already")
    module = "complaint_kit_" + name.replace("-", "_")
    fields = _fields(name, module, jurisdiction, example)
    files = {
        "pyproject.toml": "pyproject.toml.tmpl",
        "README.md": "README.md.tmpl",
        f"{module}/__init__.py": "package/__init__.py.tmpl",
        f"{module}/templates/{name}/letter.md.j2":
            f"package/templates/letter-{example['language']}.md.j2.tmpl",
        f"tests/test_{module}.py": "tests/test_plugin.py.tmpl",
    }
    for target, source in files.items():
        text = Template((FILES / source).read_text(encoding="utf-8")).substitute(fields)
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def _fields(name: str, module: str, code: str, example: dict[str, object]) -> dict[str, str]:
    """The template fields: Python literals where the file is Python, plain text elsewhere."""
    prefix = name.upper()
    text = {"name": name, "module": module, "code": code, "rule_id": f"{prefix}-NIGHT",
            "channel_id": f"{name}-office", "document_id": f"{name}-letter",
            "channel_name_ascii": str(example["channel_name_ascii"]),
            "citation_comment": str(example["citation_comment"]),
            "region": str(example["region"]), "order": str(example["order"]),
            "explanation": str(example["explanation"])}
    literal = {key: _literal(example[key]) for key in (
        "instrument", "article", "source", "grade", "gist", "rule_title", "replaces",
        "document_title", "complainant", "lender", "night_words", "day_words", "installed")}
    literal.update((key, _literal(example[key], 12)) for key in ("channel_name", "why",
                                                                  "contact"))
    steps = [_literal(s, 12) for s in example["how_to_file"]]  # type: ignore[attr-defined]
    literal["how_to_file"] = "(\n" + "".join(f"            {s},\n" for s in steps) + "        )"
    return {**text, **literal}


def _literal(value: object, indent: int = 8) -> str:
    """A Python literal of ``value``; a long string as adjacent strings in parentheses, so that
    the generated code keeps to lines of 100 characters."""
    if not isinstance(value, str) or len(repr(value)) <= 70:
        return repr(value)
    width = 70 if value.isascii() else 35  # a CJK character takes two columns
    chunks = textwrap.wrap(value, width, drop_whitespace=False)  # joined, they are ``value``
    pad = " " * indent
    return "(\n" + "".join(f"{pad}{chunk!r}\n" for chunk in chunks) + " " * (indent - 4) + ")"
