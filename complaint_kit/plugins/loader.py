"""Loading plugins: entry points in the ``complaint_kit`` group, built-in ones included.

A plugin that cannot load (an import error, a hook complaint-kit does not define) is skipped
with one warning naming it; the others load. Warnings are ``PluginWarning``s, which the command
line prints as ``warning: …`` lines.
"""

from __future__ import annotations

import os
import sys
import warnings
from importlib import import_module
from importlib.metadata import Distribution, EntryPoint, entry_points

import pluggy

from complaint_kit.plugins import hookspecs

GROUP = "complaint_kit"
# Comma-separated entry-point names to load instead of all of them; empty loads none.
ENV_VAR = "COMPLAINT_KIT_PLUGINS"
# The core's own contributions, registered like any plugin's (and always loaded).
DEFAULT_PLUGINS = ("complaint_kit.evidence.builtin",)
OWN_DISTRIBUTION = "complaint-kit"


def new_manager() -> pluggy.PluginManager:
    """A plugin manager that knows complaint-kit's hooks and holds only the core's own plugins."""
    manager = pluggy.PluginManager(GROUP)
    manager.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        manager.register(import_module(name), name=name)
    return manager


pm = new_manager()
_loaded = False
_dists: dict[str, Distribution | None] = {}  # plugin name -> the package that provides it
# Plugins that could not load, by entry-point name: why (``complaint-kit plugins check``).
load_problems: dict[str, str] = {}


class PluginError(Exception):
    pass


class PluginWarning(UserWarning):
    """A plugin skipped, or one of its items left out, because of a bug in the plugin."""


def warn(message: str) -> None:
    warnings.warn(PluginWarning(message), stacklevel=2)


def show_warnings_as_lines() -> None:
    """From now on a ``PluginWarning`` is printed as one ``warning: …`` line on stderr (naming
    the plugin), instead of Python's warning format with its file and source line."""
    if getattr(warnings.showwarning, "complaint_kit", False):
        return
    original = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None) -> None:
        if issubclass(category, PluginWarning):
            from complaint_kit.textclean import terminal_text

            print(f"warning: {terminal_text(str(message))}", file=sys.stderr)
        else:
            original(message, category, filename, lineno, file, line)

    show.complaint_kit = True  # type: ignore[attr-defined]
    warnings.showwarning = show


def _load_order(eps: list[EntryPoint]) -> list[EntryPoint]:
    """complaint-kit's own plugins first, as its metadata lists them; then outside plugins by
    name, so that which one comes later (and takes precedence) does not depend on the disk."""
    def outside(ep: EntryPoint) -> bool:
        return not (ep.dist and ep.dist.metadata["Name"] == OWN_DISTRIBUTION)

    own = [ep for ep in eps if not outside(ep)]
    return own + sorted((ep for ep in eps if outside(ep)), key=lambda ep: ep.name)


def load_plugins() -> pluggy.PluginManager:
    """Load the installed plugins once, honouring ``COMPLAINT_KIT_PLUGINS``."""
    global _loaded
    if _loaded:
        return pm
    _loaded = True
    wanted = os.environ.get(ENV_VAR)
    names = None if wanted is None else {n.strip() for n in wanted.split(",") if n.strip()}
    for ep in _load_order(list(entry_points(group=GROUP))):
        if names is not None and ep.name not in names:
            continue
        if pm.get_plugin(ep.name) is not None or pm.is_blocked(ep.name):
            continue
        _dists[ep.name] = ep.dist
        try:
            plugin = ep.load()
        except Exception as exc:  # a broken plugin names itself, and the others still load
            _skip(ep.name, f"failed to load ({ep.value}): {type(exc).__name__}: {exc}")
            continue
        pm.register(plugin, name=ep.name)
    while True:  # each plugin that implements a hook complaint-kit lacks is skipped
        try:
            pm.check_pending()
            return pm
        except pluggy.PluginValidationError as exc:
            name = pm.get_name(exc.plugin) or repr(exc.plugin)
            pm.unregister(exc.plugin)
            _skip(name, f"implements a hook complaint-kit does not define: {exc}")


def _skip(name: str, why: str) -> None:
    load_problems[name] = why
    warn(f"plugin {describe(pm, name)} skipped: {why}")


def check_plugins(manager: pluggy.PluginManager) -> None:
    """Raise PluginError naming the plugin if one implements a hook that complaint-kit lacks."""
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as exc:
        name = manager.get_name(exc.plugin) or repr(exc.plugin)
        raise PluginError(f"plugin {name!r} implements an unknown hook: {exc}") from None


def describe(manager: pluggy.PluginManager, name: str) -> str:
    """How messages name a plugin: its entry-point name, and its package when that differs."""
    if name.isdigit():  # registered without a name (a test's plugin object): pluggy used its id
        return repr(manager.get_plugin(name))
    dist = _dists.get(name)
    package = dist.metadata["Name"] if dist else None
    return f"'{name}'" + (f" (package {package})" if package and package != name else "")


def is_builtin(name: str) -> bool:
    """Whether the plugin comes with complaint-kit itself."""
    dist = _dists.get(name)
    return name in DEFAULT_PLUGINS or bool(dist and dist.metadata["Name"] == OWN_DISTRIBUTION)


def distribution_of(name: str) -> Distribution | None:
    dist = _dists.get(name)
    if dist is None and name in DEFAULT_PLUGINS:
        dist = _own_distribution()
    return dist


def list_plugins() -> list[dict]:
    """Each loaded plugin with its distribution's name and version and the hooks it implements,
    and each plugin that failed to load, with why."""
    from complaint_kit.plugins.registry import get_registry

    load_plugins()
    registry = get_registry()
    out = []
    for name, plugin in sorted(pm.list_name_plugin(), key=lambda item: item[0]):
        if plugin is None:
            continue
        dist = distribution_of(name)
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or [])
        out.append({
            "name": name,
            "package": dist.metadata["Name"] if dist else None,
            "version": dist.version if dist else None,
            "hooks": hooks,
            **({"error": "; ".join(registry.problems[name])} if name in registry.skipped
               else {}),
        })
    for name, why in sorted(load_problems.items()):
        dist = _dists.get(name)
        out.append({"name": name, "package": dist.metadata["Name"] if dist else None,
                    "version": dist.version if dist else None, "hooks": [],
                    "error": why})
    return out


def _own_distribution() -> Distribution | None:
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        return distribution(OWN_DISTRIBUTION)
    except PackageNotFoundError:  # running from a source tree that is not installed
        return None
