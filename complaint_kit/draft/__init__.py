"""From findings to documents: the pipeline, document kinds, render context, templates, figures."""
