# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""A batch's fork server: one process that imports what every notebook's driver needs once
(nbclient, nbformat, jupyter_client, the kernelspecs and what finding them imports), then forks
a `driver_notebook.py` per notebook from that warm state instead of starting a new Python.

The server is its own program (`python driver_forkserver.py <fd>`), started by the batch with the
batch's environment, which holds no secret, and kept single-threaded: it forks nothing else.
Each forked driver starts a session of its own, goes to its working folder, writes to the pipe the
batch relays, takes the batch's children's environment and runs `driver_notebook.main()` as the
script would; the PAR reaches it through the same inherited pipe as a started driver's
(OCI_RUN_NOTEBOOK_OUTPUT_PAR_FD), passed over a Unix socket, never read by the server.
The batch is not the drivers' parent: the server reaps them and tells the batch how each ended.

Imported by driver_children.py, run by driver_batch.py. Standard library only, Python 3.8 compatible.
"""
import array
import gc
import io
import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # the other driver_*.py files sit beside this one

# The two descriptors a request may carry: the driver's stdout and, when it gets one, its PAR pipe.
MAX_FDS = 2
HEADER = struct.Struct("!I")
# How often the server looks for drivers that ended while no request came.
REAP_SECONDS = 0.05
# How long the batch waits for the server to fork a driver (the first waits for the imports).
START_TIMEOUT_SECONDS = 60.0
# A forked driver that could not become one (no working folder, say), as a shell says it could not run a command.
EXIT_NOT_STARTED = 126


# --- both sides: length-prefixed JSON messages over a Unix stream socket ---

def send_message(sock, message, fds=()):
    data = json.dumps(message).encode("utf-8")
    ancillary = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))] if fds else []
    packet = HEADER.pack(len(data)) + data
    sent = sock.sendmsg([packet], ancillary)
    if sent < len(packet):
        sock.sendall(packet[sent:])


def _receive_exactly(sock, size):
    chunks, left = [], size
    while left:
        chunk = sock.recv(left)
        if not chunk:
            raise EOFError()
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def receive_message(sock):
    """(message, fds), or (None, []) once the other side has closed the socket."""
    fds = array.array("i")
    header, ancillary, _, _ = sock.recvmsg(HEADER.size, socket.CMSG_SPACE(MAX_FDS * fds.itemsize))
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(data[: len(data) - (len(data) % fds.itemsize)])
    if not header:
        return None, list(fds)
    try:
        header += _receive_exactly(sock, HEADER.size - len(header))
        return json.loads(_receive_exactly(sock, HEADER.unpack(header)[0]).decode("utf-8")), list(fds)
    except EOFError:
        return None, list(fds)


# --- the server ---

def preload():
    """Everything a driver imports or looks up before its kernel starts; a Python without Jupyter
    preloads less, and each driver then says what is missing, as a started one would."""
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # as the driver sets it: debugpy is imported here
    try:
        import driver_notebook  # noqa: F401
        from driver_cells import Jupyter

        specs = Jupyter().KernelSpecManager()
        names = specs.find_kernel_specs()
    except Exception:
        return
    for name in names:
        try:
            specs.get_kernel_spec(name)  # the python3 kernel's lookup imports ipykernel and IPython
        except Exception:
            pass


def serve(control):
    """Forks a driver per request and reports each one's end, until the batch closes the socket."""
    # The batch decides when notebooks stop: a signal sent to the batch's process group is not for the server.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        readable = select.select([control], [], [], REAP_SECONDS)[0]
        _report_ended(control)
        if not readable:
            continue
        request, fds = receive_message(control)
        if request is None:
            return
        answer = _fork_driver(control, request, fds)  # in the forked driver this never returns
        for descriptor in fds:
            os.close(descriptor)
        send_message(control, answer)


def _report_ended(control):
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not pid:
            return
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        send_message(control, {"ended": pid, "returncode": code})


def _fork_driver(control, request, fds):
    """{"started": pid} or {"error": why}; nothing here may catch the forked driver's exit on its way out."""
    ready_read, ready_write = os.pipe()
    try:
        pid = os.fork()
    except OSError as error:
        os.close(ready_read)
        os.close(ready_write)
        return {"error": "%s: %s" % (type(error).__name__, error)}
    if pid:
        os.close(ready_write)
        os.read(ready_read, 1)  # EOF once the driver leads its own session: until then a group signal would miss it
        os.close(ready_read)
        return {"started": pid}
    # The forked driver. From here on it only ever exits, as `python driver_notebook.py` would.
    try:
        os.close(ready_read)
        os.setsid()  # its own session and group: a signal meant for it never reaches the batch
        os.close(ready_write)
        control.close()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.chdir(request["cwd"])
        os.dup2(fds[0], 1)
        os.dup2(fds[0], 2)
        os.close(fds[0])
        _reopen_std_streams()
        env = dict(request["env"])
        if len(fds) > 1:
            env[request["parFdEnv"]] = str(fds[1])
        os.environ.clear()
        os.environ.update(env)
        sys.argv = [request["driver"]]
        import driver_notebook
    except BaseException as error:
        os.write(2, ("oci-run-notebook: error: the notebook's driver could not start: %s\n" % error).encode("utf-8", "replace"))
        os._exit(EXIT_NOT_STARTED)
    sys.exit(driver_notebook.main())


def _reopen_std_streams():
    """sys.stdout and sys.stderr as a Python started on the new descriptors makes them (a pipe is not seekable, a file was)."""
    for name, fd in (("stdout", 1), ("stderr", 2)):
        old = getattr(sys, name)
        line_buffering = os.isatty(fd) if name == "stdout" else old.line_buffering
        buffering = 0 if isinstance(old.buffer, io.RawIOBase) else -1  # unbuffered under -u or PYTHONUNBUFFERED
        stream = io.TextIOWrapper(
            io.open(fd, "wb", buffering=buffering, closefd=False), encoding=old.encoding, errors=old.errors,
            line_buffering=line_buffering, write_through=old.write_through,
        )
        setattr(sys, name, stream)
        setattr(sys, "__%s__" % name, stream)


def main():
    control = socket.socket(fileno=int(sys.argv[1]))
    preload()
    # What is loaded now lives as long as every driver: kept out of their collections, whose
    # passes (their exit's too) would otherwise touch, and so copy, each page the fork shares.
    gc.freeze()
    serve(control)


# --- the batch's side ---

class Forkserver:
    """The batch's handle on its fork server: start drivers through it, learn how they ended."""

    def __init__(self, process, control):
        self.process = process
        self.control = control
        self.ended = {}  # pid -> returncode, as the server reported it
        self.gone = False  # the server ended: drivers it forked can no longer be waited for

    @classmethod
    def start(cls, env):
        """The server, started from a fresh Python with the batch's (secret-free) environment."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            process = subprocess.Popen(
                [sys.executable, os.path.abspath(__file__), str(theirs.fileno())],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                pass_fds=(theirs.fileno(),),
            )
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        return cls(process, ours)

    def spawn(self, driver, env, cwd, stdout_fd, par_fd=None, par_fd_env=None):
        """Forks a driver writing to stdout_fd; its pid. OSError when the server cannot."""
        request = {"driver": driver, "env": env, "cwd": cwd, "parFdEnv": par_fd_env}
        fds = [stdout_fd] + ([par_fd] if par_fd is not None else [])
        if self.gone:
            raise OSError("the fork server has ended")
        send_message(self.control, request, fds)
        until = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            left = until - time.monotonic()
            message = self._next(left) if left > 0 else None
            if message is None:
                problem = "has ended" if self.gone else "did not answer within %g s" % START_TIMEOUT_SECONDS
                self.gone = True
                raise OSError("the fork server %s" % problem)
            if "started" in message:
                return message["started"]
            if "error" in message:
                raise OSError(message["error"])

    def returncode(self, pid):
        """How the driver ended, None while it runs."""
        while pid not in self.ended and not self.gone:
            if self._next(0) is None:
                break
        if pid in self.ended:
            return self.ended[pid]
        if self.gone and not _alive(pid):
            return 255  # ended while nobody could wait for it; as multiprocessing says of it
        return None

    def _next(self, timeout):
        """The next message that is not an ending (those are kept), None when none came in time or the server is gone."""
        while True:
            if not select.select([self.control], [], [], max(timeout, 0))[0]:
                return None
            try:
                message, fds = receive_message(self.control)
            except OSError:
                message, fds = None, []
            for descriptor in fds:
                os.close(descriptor)
            if message is None:
                self.gone = True
                return None
            if "ended" in message:
                self.ended[message["ended"]] = message["returncode"]
                if timeout == 0:
                    return message
                continue
            return message

    def close(self):
        """Ends the server (it exits when its socket closes) and waits for it."""
        self.control.close()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class ForkedProcess:
    """A driver forked by the server, with what the batch uses of a subprocess.Popen."""

    def __init__(self, forkserver, pid, stdout):
        self.forkserver = forkserver
        self.pid = pid
        self.stdout = stdout
        self.returncode = None

    def poll(self):
        if self.returncode is None:
            self.returncode = self.forkserver.returncode(self.pid)
        return self.returncode


def _alive(pid):
    """Whether pid still runs; an orphan's zombie does not (a container's init may never reap it)."""
    try:
        with open("/proc/%d/stat" % pid, "rb") as source:
            return source.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)  # no /proc: ask the kernel
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


if __name__ == "__main__":
    main()
