"""From a case to findings: message tagging, the rules engine, the contact pattern and routing."""
