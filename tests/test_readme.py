"""Every setting is documented in the README's configuration table."""

from __future__ import annotations

from pathlib import Path

from medianest.settings import Settings

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_is_in_the_readme() -> None:
    text = README.read_text()
    missing = [
        f"MEDIANEST_{name.upper()}"
        for name in Settings.model_fields
        if f"`MEDIANEST_{name.upper()}`" not in text
    ]
    assert not missing, f"document these settings in README.md: {missing}"


def test_readme_starts_with_the_two_commands() -> None:
    head = README.read_text()[:1200]
    assert "make run" in head
    assert "make test" in head
