"""Embed the knowledge base into Chroma: `python ingest.py [--source DIR]... [--figures FILE] [--chroma-path DIR] [--dry-run]`."""

import sys

from bot.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["ingest", *sys.argv[1:]]))
