"""The guided interview: questions as data, answers parsed as people type them, the terminal."""
