"""Shared fixtures: the bundled knowledge base, loaded once."""

from __future__ import annotations

import pytest

from exequatur import KnowledgeBase, bundled


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return bundled()
