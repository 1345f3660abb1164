"""Entry script of the frozen bundle: the same ``main`` as the ``claimgrid`` command."""

import multiprocessing

from gui.cli import main

if __name__ == "__main__":
    # A frozen Windows or macOS child process started by multiprocessing re-runs this
    # script; freeze_support lets it do its job instead of opening another window.
    multiprocessing.freeze_support()
    raise SystemExit(main())
