"""Adapter for the DJEN (Comunica PJe) API: client, schemas, global rate limiter."""
