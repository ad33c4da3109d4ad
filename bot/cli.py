"""smabot command line: ask, chat, serve, eval, ingest, feedback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.answer.models import Answer


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {}
    if getattr(args, "chroma_path", None):
        overrides["chroma_path"] = args.chroma_path
    if getattr(args, "figures", None):
        overrides["figures_path"] = args.figures
    return Settings(**overrides)


def format_answer(answer: Answer) -> str:
    """Plain-text rendering for the terminal."""
    lines = [answer.answer]
    if answer.calculation:
        lines += ["", "Calculation:", *(f"  {step}" for step in answer.calculation["steps"])]
    if answer.citations:
        lines.append("")
        for c in answer.citations:
            by = f", {c.publisher}" if c.publisher and c.publisher not in c.title else ""
            lines.append(f"[{c.n}] {c.title}{by} ({c.published or 'undated'}) — {c.source} chars {c.start}-{c.end}"
                         + (f"\n    {c.url}" if c.url else ""))
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.pipeline import SmaBot

    question = " ".join(args.question)
    if not question.strip():
        print("smabot ask: give a question, or '-' to read questions from standard input", file=sys.stderr)
        return 2
    bot = SmaBot(_settings(args))
    if question == "-":
        for line in sys.stdin:
            if line.strip():
                print(bot.answer(line).model_dump_json(), flush=True)
        return 0
    answer = bot.answer(question)
    print(answer.model_dump_json() if args.json else format_answer(answer))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.pipeline import SmaBot

    bot = SmaBot(_settings(args))
    print("smabot chat: ask about the US–South Korea SMA; an empty line or Ctrl-D quits.")
    while True:
        try:
            question = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        print(format_answer(bot.answer(question)), end="\n\n")


def cmd_serve(args: argparse.Namespace) -> int:
    """Socket Mode with SLACK_APP_TOKEN; HTTP mode (waitress, as in the Procfile) with the bot token;
    the local chat prompt when no Slack token is set."""
    settings = _settings(args)
    if settings.slack_app_token and settings.slack_bot_token:
        from bot.slack.server import run_socket_mode

        run_socket_mode(settings)
        return 0
    if settings.slack_bot_token or settings.slack_signing_secret:
        from bot.slack.app import SlackConfigError
        from bot.slack.server import serve_http

        try:
            serve_http(settings)
        except SlackConfigError as exc:
            print(f"smabot serve: {exc}", file=sys.stderr)
            return 2
    print("No Slack tokens set: starting the local chat prompt instead (see README: Slack set-up).")
    return cmd_chat(args)


def cmd_eval(args: argparse.Namespace) -> int:
    import tempfile

    from bot.evaluate import load_question_set

    settings = _settings(args)
    try:
        question_set = load_question_set(args.questions)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"smabot eval: cannot read {args.questions}: {exc}", file=sys.stderr)
        return 2
    if not question_set.sources:
        return _run_eval(args, question_set.questions, settings)
    from bot.embeddings import SentenceEmbeddings
    from bot.ingest.run import run_ingest

    # The file's own documents with knowledge/, in a knowledge base of its own that is thrown away after.
    with tempfile.TemporaryDirectory(prefix="smabot-eval-") as scratch:
        settings = settings.model_copy(update={"chroma_path": Path(scratch) / "chroma", "chroma_host": None,
                                               "data_dir": Path(scratch) / "data"})
        embeddings = SentenceEmbeddings.from_settings(settings)
        report = run_ingest(settings, sources=question_set.sources, progress=False, embeddings=embeddings)
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(f"ingest: {report.summary()}", file=sys.stderr)
        return _run_eval(args, question_set.questions, settings, embeddings)


def _run_eval(args: argparse.Namespace, questions, settings: Settings, embeddings=None) -> int:
    import json

    from bot.evaluate import evaluate
    from bot.pipeline import SmaBot

    report = evaluate(questions, SmaBot(settings, embeddings).answer, settings)
    metrics = report.metrics()
    if args.json:
        print(json.dumps({"metrics": metrics, "results": [
            {"question": r.question.q, "route": r.answer.route, "expected_route": r.question.route, "exact": r.exact,
             "cited": r.cited, "right_source": r.right_source, "unsupported": [str(n) for n in r.unsupported],
             "latency_ms": r.answer.latency_ms} for r in report.results]}, default=str))
    else:
        print(report.table())
    exact = metrics["numeric_exactness"]
    if args.min_exact is not None and (exact or 0) < args.min_exact:
        print(f"smabot eval: numeric exactness {exact:.1%} is under --min-exact {args.min_exact:.1%}", file=sys.stderr)
        return 1
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from bot.figures import FiguresError
    from bot.ingest.run import IngestBusy, run_ingest
    from bot.store import EmbeddingModelMismatch

    settings = _settings(args)
    try:
        report = run_ingest(settings, sources=args.source, dry_run=args.dry_run, progress=sys.stderr.isatty())
    except (EmbeddingModelMismatch, FiguresError, IngestBusy) as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.dry_run:
        for change in report.changes(limit=200):
            print(f"  would be {change}")
    print(f"ingest: {report.summary()}")
    if report.failed:
        print("ingest: nothing could be ingested; the existing knowledge base was left as it was", file=sys.stderr)
        return 1
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    """Summary of the votes on Slack answers (last click per person per answer); --csv writes every vote."""
    import datetime as dt
    import sqlite3

    from bot.feedback import AnswerLog, summarize_votes, write_votes_csv

    settings = _settings(args)
    if not settings.feedback_db.exists():
        print(f"smabot feedback: no answer log at {settings.feedback_db} (SMABOT_DATA_DIR)", file=sys.stderr)
        return 1
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=args.days) if args.days else None
    try:
        votes = AnswerLog(settings.feedback_db).votes(since)
    except sqlite3.Error as exc:
        print(f"smabot feedback: cannot read {settings.feedback_db}: {exc}", file=sys.stderr)
        return 1
    print(summarize_votes(votes, worst=args.worst))
    if args.csv:
        try:
            with args.csv.open("w", newline="", encoding="utf-8") as out:
                write_votes_csv(votes, out)
        except OSError as exc:
            print(f"smabot feedback: cannot write {args.csv}: {exc}", file=sys.stderr)
            return 1
        print(f"\n{len(votes)} votes written to {args.csv}")
    return 0


def add_ingest_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", action="append", type=Path, default=[], metavar="DIR",
                        help="another folder (or file) of documents, in addition to knowledge/documents")
    parser.add_argument("--figures", type=Path, metavar="FILE",
                        help="structured figures file (default: knowledge/sma_figures.yaml)")
    parser.add_argument("--chroma-path", type=Path, help="embedded Chroma folder (default: SMABOT_CHROMA_PATH)")
    parser.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smabot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    ask = commands.add_parser("ask", help="answer one question ('-': one per line from stdin, JSON Lines)")
    ask.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    ask.add_argument("--chroma-path", type=Path)
    ask.add_argument("question", nargs="+")
    ask.set_defaults(run=cmd_ask)

    chat = commands.add_parser("chat", help="interactive local prompt")
    chat.add_argument("--chroma-path", type=Path)
    chat.set_defaults(run=cmd_chat)

    serve = commands.add_parser("serve", help="run the Slack app (Socket Mode or HTTP), or chat without tokens")
    serve.add_argument("--chroma-path", type=Path)
    serve.set_defaults(run=cmd_serve)

    evaluation = commands.add_parser("eval", help="accuracy, citations, refusals and latency over a question file")
    evaluation.add_argument("questions", type=Path, help="YAML in the format of shared/dev_questions.yaml")
    evaluation.add_argument("--json", action="store_true")
    evaluation.add_argument("--min-exact", type=float, help="exit 1 when numeric exactness is below this (0-1)")
    evaluation.add_argument("--chroma-path", type=Path)
    evaluation.set_defaults(run=cmd_eval)

    ingest = commands.add_parser("ingest", help="embed the knowledge base into Chroma")
    add_ingest_arguments(ingest)
    ingest.set_defaults(run=cmd_ingest)

    feedback = commands.add_parser("feedback", help="what people said about answers in Slack (by route, by reason)")
    feedback.add_argument("--csv", type=Path, metavar="FILE", help="also write every vote to FILE as CSV")
    feedback.add_argument("--days", type=int, metavar="N", help="only votes from the last N days")
    feedback.add_argument("--worst", type=int, default=10, metavar="N", help="how many worst answers to list")
    feedback.set_defaults(run=cmd_feedback)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ValidationError as exc:  # a bad SMABOT_* variable or .env entry: name it, no traceback
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        print(f"smabot: invalid setting ({problems}); see README: Configuration", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
