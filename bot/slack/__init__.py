"""The Slack app: Bolt factory, listeners grouped by kind, Block Kit rendering."""
