"""Ingestion: load -> chunk -> plan -> embed -> write (one module each); run.py ties them together."""
