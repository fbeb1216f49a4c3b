"""Phone exports and pasted messages into incidents: the importers and what they share."""
