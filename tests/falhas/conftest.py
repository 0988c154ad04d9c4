"""Fault tests (`make test-falhas`): every test here carries the `falhas` marker."""

from __future__ import annotations

import pytest

# Fast recovery for tests. Production keeps the 60 s heartbeat: a dead worker's messages then
# return to the queue about a minute later (plus the time until some broker runs maintenance).
ENV_RECUPERACAO = {"DJE_BROKER_HEARTBEAT_MS": "5000", "DJE_BROKER_MAINTENANCE_CHANCE": "200000"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/falhas/" in str(item.fspath):
            item.add_marker(pytest.mark.falhas)
