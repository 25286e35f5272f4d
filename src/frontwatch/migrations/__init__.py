"""Alembic migrations of the frontwatch schema (SQLite and PostgreSQL); run them with `frontwatch db upgrade`."""
