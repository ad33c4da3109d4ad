"""Slack listeners grouped by kind; each module exposes register(app, services)."""
