"""The one cache drafting keeps across the documents of a run: base documents (``docx.basedoc``),
bases prepared for writing drafts (``docx.package``), the Jinja2 environment, and the blocks
built on each base (``docx.build``), each keyed by what it is made from (the typography and
language, the base's bytes, a block's tokens), so that an entry is never used for anything
else. It lives as long as the process, bounded."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """A map that keeps a bounded number of entries, in two segments (a segmented LRU).

    A new entry goes into a probation segment; only an entry asked for again moves into the
    main one. What holds one client's facts is asked for again, if at all, by the other
    documents of the same case, and is then pushed out by later cases' entries; what every
    document shares is asked for again and again and stays. A case's facts seen once never
    reach the main segment. Both segments are bounded and drop their least recently used
    entries, so that memory stays flat however many cases a batch drafts. The probation
    segment holds more entries than one document has blocks, or a document's blocks would push
    out each other before the next document asks for them.
    """

    def __init__(self, size: int = 512, probation: int = 256):
        self.size, self.probation_size = size, probation
        self._main: OrderedDict[K, V] = OrderedDict()
        self._probation: OrderedDict[K, V] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: K) -> V | None:
        value = self._main.get(key)
        if value is not None:
            self._main.move_to_end(key)
        else:
            value = self._probation.pop(key, None)
            if value is None:
                self.misses += 1
                return None
            self._main[key] = value
            if len(self._main) > self.size:
                self._main.popitem(last=False)
        self.hits += 1
        return value

    def put(self, key: K, value: V) -> None:
        self._probation[key] = value
        if len(self._probation) > self.probation_size:
            self._probation.popitem(last=False)

    def get_or_make(self, key: K, make: Callable[[], V]) -> V:
        value = self.get(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value

    def clear(self) -> None:
        self._main.clear()
        self._probation.clear()

    def __len__(self) -> int:
        return len(self._main) + len(self._probation)


# The cache: what drafting reuses between documents (see the module's docstring).
CACHE: LruCache = LruCache(size=1024, probation=512)
