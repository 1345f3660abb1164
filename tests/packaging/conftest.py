"""Packaging tests: the icon, desktop integration files, install script and bundle.

Qt is only used to decode and render images, offscreen.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
