"""``lazy``: a property computed on first read and kept, for the per-sentence readers (``scan``, ``kinds``,
``nearness``) whose many parts are each read at most once, and most never."""

from __future__ import annotations

from typing import Any


class lazy:  # lower case: used like functools.cached_property
    """functools.cached_property without its lock: 3.11 takes one on every first access, and a sentence's
    properties are many and each read once; sentences are never shared between threads."""

    def __init__(self, fn: Any) -> None:
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)  # later reads find the instance attribute first
        return value
