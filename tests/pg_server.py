"""A throwaway PostgreSQL server on loopback, for the workspace tests and benchmarks.

It runs Debian's (or any) PostgreSQL binaries found in ``/usr/lib/postgresql/*/bin`` (or the
folder ``PMDESK_PG_BINDIR`` names) on a free port of 127.0.0.1, in a temporary folder that
is removed when it stops. PostgreSQL refuses to run as root: when this process is root (as
CI is), the server runs as the ``postgres`` user, in a folder that user owns.

Every role it makes logs in with a password over TCP (scram-sha-256), and the passwords are
written to a pgpass file that ``PGPASSFILE`` points at: pmdesk finds them as a user's would,
never in an address.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

__all__ = ["PgServer", "find_bindir", "throwaway_workspace"]

SUPERUSER = "pmdesk_admin"


def find_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``, newest version first; None when there is none."""
    named = os.environ.get("PMDESK_PG_BINDIR")
    candidates = [Path(named)] if named else []

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", p.parent.name)) or (0,)

    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One server: :meth:`start`, then :meth:`dsn` per role, :meth:`stop` at the end."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="pmdesk-pg-"))
        self.data = self.root / "data"
        self.pgpass = self.root / "pgpass"
        self._passwords: dict[str, str] = {}
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self.superuser_password = secrets.token_hex(12)

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as_user, *args], capture_output=True, text=True,
                              check=False, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip() or done.stdout}")

    def start(self) -> PgServer:
        pwfile = self.root / "pw"
        pwfile.write_text(self.superuser_password + "\n")
        if self._as_user:
            shutil.chown(pwfile, "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                  f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   f"-c unix_socket_directories='{self.root}' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=120 -c shared_buffers=64MB")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60",
                  "-l", str(self.root / "log"), "-o", options, "start")
        self._passwords[SUPERUSER] = self.superuser_password
        self._write_pgpass()
        return self

    def _write_pgpass(self) -> None:
        lines = [f"127.0.0.1:{self.port}:*:{user}:{pw}" for user, pw in self._passwords.items()]
        self.pgpass.write_text("\n".join(lines) + "\n")
        self.pgpass.chmod(0o600)

    def dsn(self, user: str = SUPERUSER, database: str = "postgres") -> str:
        """The address of ``database`` for ``user``, without a password (pgpass has it)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres", user: str = SUPERUSER) -> None:
        """Run SQL as ``user`` in autocommit (CREATE DATABASE, CREATE ROLE, ...)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=user, dbname=database,
                             password=self._passwords[user], autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def add_role(self, name: str, *, password: str | None = None,
                 remembered: str | None = None) -> None:
        """A login role; ``remembered`` is the password the pgpass file gives for it (a
        wrong one, to test a refusal), by default the real one."""
        real = password or secrets.token_hex(12)
        self.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{real}'")
        self._passwords[name] = remembered or real
        self._write_pgpass()

    def create_database(self, name: str) -> str:
        self.sql(f"CREATE DATABASE {name}")
        return name

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
        for _ in range(20):
            try:
                shutil.rmtree(self.root)
                return
            except OSError:
                time.sleep(0.1)


@contextlib.contextmanager
def throwaway_workspace(tool: str, database: str = "team") -> Iterator[PgServer]:
    """For a benchmark run without ``--dsn``: a server of its own with ``database`` made a
    workspace by its superuser (whose password PGPASSFILE gives); stopped at the end."""
    from pmdesk.store.workspace import init_workspace

    bindir = find_bindir()
    if bindir is None:
        sys.exit(f"{tool}: no PostgreSQL binaries (apt-get install postgresql), or --dsn")
    server = PgServer(bindir).start()
    os.environ["PGPASSFILE"] = str(server.pgpass)
    try:
        server.create_database(database)
        init_workspace(server.dsn(database=database)).close()
        yield server
    finally:
        server.stop()
