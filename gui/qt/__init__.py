"""The desktop views (PySide6). Only this package imports Qt; it reads a Matrix and sends
the reviewer's edits back as commands."""
