"""Text helpers shared by every layer: echoed input kept readable."""

from __future__ import annotations


def shorten(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters, saying how long it was: echoed input stays readable."""
    return text if len(text) <= limit else f"{text[:limit - 1]}… ({len(text)} characters)"
