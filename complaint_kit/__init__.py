"""complaint-kit: drafts complaints about abusive debt collection as ready-to-file Word documents.

Plugin authors import the hook marker from here::

    from complaint_kit import hookimpl
"""

from complaint_kit.plugins.hookspecs import hookimpl

__version__ = "0.1.0"

__all__ = ["__version__", "hookimpl"]
