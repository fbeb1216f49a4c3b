"""Loading plugins: entry points in the ``complaint_kit`` group, built-in ones included."""

from __future__ import annotations

import os
from importlib import import_module
from importlib.metadata import Distribution, entry_points

import pluggy

from . import hookspecs

GROUP = "complaint_kit"
# Comma-separated entry-point names to load instead of all of them; empty loads none.
ENV_VAR = "COMPLAINT_KIT_PLUGINS"
# The core's own contributions, registered like any plugin's (and always loaded).
DEFAULT_PLUGINS = ("complaint_kit.importers",)


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


class PluginError(Exception):
    pass


def load_plugins() -> pluggy.PluginManager:
    """Load the installed plugins once, honouring ``COMPLAINT_KIT_PLUGINS``."""
    global _loaded
    if _loaded:
        return pm
    _loaded = True
    wanted = os.environ.get(ENV_VAR)
    names = None if wanted is None else {n.strip() for n in wanted.split(",") if n.strip()}
    for ep in entry_points(group=GROUP):
        if names is not None and ep.name not in names:
            continue
        if pm.get_plugin(ep.name) is not None or pm.is_blocked(ep.name):
            continue
        try:
            plugin = ep.load()
        except Exception as exc:  # a broken plugin names itself instead of a traceback
            raise PluginError(f"plugin {ep.name!r} ({ep.value}) failed to load: "
                              f"{type(exc).__name__}: {exc}") from exc
        pm.register(plugin, name=ep.name)
        _dists[ep.name] = ep.dist
    check_plugins(pm)
    return pm


def check_plugins(manager: pluggy.PluginManager) -> None:
    """Raise PluginError naming the plugin if one implements a hook that complaint-kit lacks."""
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as exc:
        name = manager.get_name(exc.plugin) or repr(exc.plugin)
        raise PluginError(f"plugin {name!r} implements an unknown hook: {exc}") from None


def list_plugins() -> list[dict]:
    """Each loaded plugin with its distribution's name and version and the hooks it implements."""
    load_plugins()
    out = []
    for name, plugin in sorted(pm.list_name_plugin(), key=lambda item: item[0]):
        if plugin is None:
            continue
        dist = _dists.get(name)
        if dist is None and name in DEFAULT_PLUGINS:
            dist = _own_distribution()
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or [])
        out.append({
            "name": name,
            "package": dist.metadata["Name"] if dist else None,
            "version": dist.version if dist else None,
            "hooks": hooks,
        })
    return out


def _own_distribution() -> Distribution | None:
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        return distribution("complaint-kit")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return None
