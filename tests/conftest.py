"""Shared fixtures: the bundled knowledge base, loaded once. The compiled snapshot and kept tracks go to a cache folder
of this test run (inherited by the CLI and server processes the tests start), never the user's."""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ["EXEQUATUR_CACHE"] = tempfile.mkdtemp(prefix="exequatur-test-cache-")

from exequatur import KnowledgeBase, bundled


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return bundled()
