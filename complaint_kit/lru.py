"""A bounded least-recently-used map, for what drafting reuses across the documents of a batch:
blocks built into Word XML (``docxbuild``) and rendered template fragments (``templating``)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """A map that forgets its least recently used entries beyond ``size``.

    Bounded, so that a long batch keeps the shared blocks and memory
    stays flat however many cases pass through. ``wanted`` tells whether a key has been seen
    before: a value that is costly to keep (a copy of a built block) is kept only then, since
    what holds one client's facts is seen once, and keeping it would push out what is shared.
    """

    def __init__(self, size: int = 2048, seen: int = 8192):
        self.size, self.seen_size = size, seen
        self._items: OrderedDict[K, V] = OrderedDict()
        self._seen: OrderedDict[K, None] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
            self._items.move_to_end(key)
        return value

    def wanted(self, key: K) -> bool:
        """Whether to keep what ``key`` builds into: it has been seen before."""
        if key in self._seen:
            del self._seen[key]
            return True
        self._seen[key] = None
        if len(self._seen) > self.seen_size:
            self._seen.popitem(last=False)
        return False

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        if len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
