"""Which writing a message is in, and conversion between the two Chinese scripts.

A phone may show a collector's message in Traditional characters where Simplified are used, or
the reverse, and a Hong Kong case mixes English and Chinese: the tagger reads each message with
the classifiers of the language it is written in, converted (OpenCC, the standard converter) to
their script.
OpenCC loads on the first Chinese message, not at start-up.
"""

from __future__ import annotations

import re
from functools import cache

ZH_HANS, ZH_HANT = "zh-Hans", "zh-Hant"
# CJK unified ideographs, their extension A, compatibility ideographs and the supplementary planes.
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile("[A-Za-z]")
_LETTERS_PER_HAN = 4  # a Han character carries about as much as a short English word
_OPENCC = {ZH_HANS: "t2s", ZH_HANT: "s2t"}


def is_chinese(text: str) -> bool:
    """Whether ``text`` is mostly Chinese (a few Latin letters, "FB", "HKID", allowed)."""
    han = len(_HAN.findall(text))
    return bool(han) and han * _LETTERS_PER_HAN >= len(_LATIN.findall(text))


def is_chinese_language(language: str) -> bool:
    return language in _OPENCC


@cache
def _converter(config: str):
    import opencc  # only when a Chinese message needs converting

    return opencc.OpenCC(config)


def convert(text: str, script: str) -> str:
    """``text`` in ``script`` (zh-Hans or zh-Hant); characters already in it are kept."""
    return _converter(_OPENCC[script]).convert(text)


def to_script(text: str, script: str) -> str:
    """Chinese ``text`` for classifiers of ``script``. Text already in it is left as it is:
    converting Traditional text to Traditional again would change characters both scripts
    write (U+75F4 to U+7661)."""
    simplified = convert(text, ZH_HANS)
    if script == ZH_HANS or simplified != text:
        return simplified if script == ZH_HANS else text
    return convert(text, ZH_HANT)


def chinese_script(text: str) -> str:
    """zh-Hant when ``text`` has characters that only Traditional Chinese writes, else zh-Hans."""
    return ZH_HANT if convert(text, ZH_HANS) != text else ZH_HANS


def in_original(word: str, converted: str, original: str) -> str:
    """``word``, found in ``converted``, as ``original`` writes it (OpenCC's script conversions
    keep the length, so the same place holds it); else ``word`` itself."""
    at = converted.find(word)
    if at < 0 or len(converted) != len(original):
        return word
    return original[at:at + len(word)]
