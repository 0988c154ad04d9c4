"""The API fixtures of tests/api (TestClient on the real app, clean tables and queues), reused here."""

from tests.api.conftest import app, cliente, contar_sql, filas  # noqa: F401
