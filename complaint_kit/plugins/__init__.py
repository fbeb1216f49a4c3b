"""Plugins: the hooks, loading entry points, the typed registry, and the kit for plugin authors."""
