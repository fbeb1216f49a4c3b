"""The case and what a jurisdiction declares: what every input produces and every output reads."""
