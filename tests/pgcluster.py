"""A throwaway PostgreSQL cluster for the tests: Debian's ``postgresql`` package, a temporary
folder and a local socket, no TCP port. ``PgCluster.find()`` is None when the binaries are
not installed, so a desk without PostgreSQL skips these tests and says why.

PostgreSQL refuses to run as root; under root the cluster belongs to the ``postgres`` user
(or ``nobody``) and is started through ``runuser``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

ADMIN = "claimgrid_admin"
MISSING = (
    "PostgreSQL is not installed (initdb and pg_ctl not found; Debian: apt-get install "
    "postgresql); the shared-project tests need a real server"
)


def _bindir() -> Path | None:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(f"{candidate}/initdb", os.X_OK) and os.access(f"{candidate}/pg_ctl", os.X_OK):
            return Path(candidate)
    return None


def _runner() -> tuple[list[str], int | None, int | None]:
    """The command prefix that runs the server as someone other than root."""
    if os.getuid() != 0:
        return [], None, None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return ["runuser", "-u", name, "--"], entry.pw_uid, entry.pw_gid
    raise RuntimeError("running as root and no postgres or nobody user to run PostgreSQL as")


class PgCluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.prefix, uid, gid = _runner()
        self.root = Path(tempfile.mkdtemp(prefix="claimgrid-pg-"))
        os.chmod(self.root, 0o755)
        self.data = self.root / "data"
        self.socket = self.root / "socket"
        self.socket.mkdir()
        if uid is not None:
            os.chown(self.root, uid, gid or -1)
            os.chown(self.socket, uid, gid or -1)
        self.port = 5432
        self.log = self.root / "server.log"
        self._count = 0

    @classmethod
    def find(cls) -> PgCluster | None:
        bindir = _bindir()
        return cls(bindir) if bindir else None

    def _run(self, *args: str) -> None:
        subprocess.run(
            [*self.prefix, str(self.bindir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def init(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", ADMIN, "--auth=trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )  # fmt: skip
        self.start()

    def start(self) -> None:
        options = (
            f"-k {self.socket} -c listen_addresses='' -p {self.port} -c fsync=off "
            "-c max_connections=60"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def address(self, dbname: str = "postgres", user: str = ADMIN) -> str:
        return f"postgresql://{user}@/{dbname}?host={self.socket}&port={self.port}"

    def admin(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.address(dbname), autocommit=True)

    def new_database(self) -> str:
        """An empty database of its own for one test; its address."""
        self._count += 1
        name = f"t{os.getpid()}_{self._count}_{int(time.time() * 1000) % 100000}"
        with self.admin() as db:
            db.execute(f'CREATE DATABASE "{name}"')
        return name

    def destroy(self) -> None:
        with contextlib.suppress(Exception):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
