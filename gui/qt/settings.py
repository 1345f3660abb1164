"""Where the window remembers itself between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Claimgrid"
APPLICATION = "Claimgrid"


def app_settings() -> QSettings:
    """The user's settings; tests redirect the default format's path to a temporary folder."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def read_int(settings: QSettings, key: str, default: int) -> int:
    value = settings.value(key, default)
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


REVIEWER_KEY = "review/reviewer"


def reviewer_name() -> str:
    """The name a shared project's decisions are made under (Settings), else the login."""
    from gui.store.shared import default_reviewer

    return read_str(app_settings(), REVIEWER_KEY).strip() or default_reviewer()


def save_reviewer(name: str) -> None:
    app_settings().setValue(REVIEWER_KEY, " ".join(name.split()))
