"""One running pmdesk per user: a second launch hands its file to the first and exits.

The first pmdesk listens on a local socket (a Unix socket, a named pipe on Windows) named
for the user and their settings folder, so two users on one machine, or a test's private
``PMDESK_HOME``, never meet. A later ``pmdesk FILE`` connects, sends one JSON line
``{"open": "/absolute/path"}`` (or ``null`` to bring pmdesk to the front), waits for
``ok`` and exits 0; the running pmdesk opens the file in a new window. When nobody
answers (no pmdesk runs, or one crashed and left its socket behind) the launch becomes the
running pmdesk itself.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from pmdesk.store.paths import config_dir

#: How long a second launch waits for the running pmdesk, in milliseconds.
CONNECT_MS = 1000
ANSWER_MS = 5000
MAX_MESSAGE = 64 * 1024


def server_name() -> str:
    """The socket's name: per user and per settings folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{config_dir()}".encode()).hexdigest()[:16]
    return f"pmdesk-{digest}"


def forward(path: str | None) -> bool:
    """Hand ``path`` to a running pmdesk; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    target = str(Path(path).absolute()) if path is not None else None
    socket.write(json.dumps({"open": target}).encode("utf-8") + b"\n")
    socket.flush()
    answered = b""
    while b"\n" not in answered and socket.waitForReadyRead(ANSWER_MS):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answered.strip() == b"ok"


def _parse(message: bytes) -> tuple[bool, str | None]:
    """(valid, path) of one request; a path must be a non-empty string or null."""
    try:
        data = json.loads(message.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False, None
    if not isinstance(data, dict) or "open" not in data:
        return False, None
    target = data["open"]
    if target is None or (isinstance(target, str) and target and "\0" not in target):
        return True, target
    return False, None


class InstanceServer(QObject):
    """The running pmdesk's end: ``open_requested`` gets each file a later launch hands
    over (None: just come to the front)."""

    open_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        # Only this user may connect (the socket file is created without other's access).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket a crashed pmdesk left behind is removed first (the
        caller has already found that nobody answers on it)."""
        name = server_name()
        if self._server.listen(name):
            return True
        QLocalServer.removeServer(name)
        return self._server.listen(name)

    def stop(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            return
        valid, target = _parse(bytes(buffer).split(b"\n", 1)[0])
        socket.write(b"ok\n" if valid else b"refused\n")
        socket.flush()
        socket.disconnectFromServer()
        if valid:
            self.open_requested.emit(target)
