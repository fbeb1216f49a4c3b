"""The command line: one module per command; heavy imports load inside the commands."""
