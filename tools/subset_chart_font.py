"""Make the small font a jurisdiction plugin ships for its charts' wording.

A chart drawn on a machine without CJK fonts would show a box for every Chinese character. A
plugin therefore ships a subset of an open font (Noto Sans CJK, SIL Open Font License 1.1) with
just the characters of its chart labels (``figure.*``, in every language it drafts in), ASCII
and common full-width punctuation, renamed so that it never stands in for the whole font, and
names it in ``Jurisdiction.chart_font``. Run it again after changing those labels (a test checks
that the font has every character):

    python tools/subset_chart_font.py CODE SOURCE FONT-NUMBER FAMILY

e.g., with Debian's fonts-noto-cjk (faces: 2 SC, 3 TC, 4 HK):

    python tools/subset_chart_font.py cn \\
        /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc 2 "Chart Sans SC"

writes the font to the file the jurisdiction names, and the licence beside it. Needs fontTools
(a dependency of matplotlib).
"""

from __future__ import annotations

import string
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

PUNCTUATION = "（）：，、。；！？—～"
LICENCE = "https://openfontlicense.org"


def chart_text(code: str) -> tuple[str, Path]:
    from complaint_kit.plugins.registry import get_registry

    jurisdiction = get_registry().jurisdiction(code)
    if jurisdiction.chart_font is None:
        sys.exit(f"{code}: set Jurisdiction.chart_font to the file to write")
    labels = [jurisdiction.labels, *jurisdiction.translations.values()]
    text = "".join(v for group in labels for k, v in group.items() if k.startswith("figure."))
    return text, jurisdiction.chart_font


def main(code: str, source: str, number: str, family: str) -> None:
    text, out = chart_text(code)
    font = TTFont(source, fontNumber=int(number))
    options = subset.Options()
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=string.printable + PUNCTUATION + text)
    subsetter.subset(font)
    names = font["name"]
    notice = names.getDebugName(0) or ""
    for name_id, value in ((1, family), (3, f"{family} (subset)"), (4, family),
                           (6, family.replace(" ", "")), (16, family), (17, "Regular")):
        names.setName(value, name_id, 3, 1, 0x409)
    if "CFF " in font:
        font["CFF "].cff.fontNames = [family.replace(" ", "")]
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(out)
    ofl = (Path(__file__).parent / "OFL-1.1.txt").read_text(encoding="utf-8")
    (out.parent / "OFL.txt").write_text(
        f"{out.name}: a subset of {Path(source).name} (face {number}), renamed {family!r}.\n"
        f"{notice}\nLicensed under the SIL Open Font License, Version 1.1 ({LICENCE}):\n\n"
        + ofl, encoding="utf-8")
    print(f"{out}: {len(font.getBestCmap())} characters, {out.stat().st_size} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
