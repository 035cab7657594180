# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""A batch's notebooks as processes: each one a `driver_notebook.py` of its own (forked by the
batch's fork server, or a Python of its own without one), its output relayed line by line under
the notebook's name, and its whole process tree stopped on demand.

jupyter_client starts every kernel in a session of its own (so that an interrupt reaches the
kernel's whole group), so killing the child's process group alone would leave its kernel running.
Stopping a notebook therefore collects the process groups of the child and of every descendant
(/proc), signals them all with SIGTERM, and with SIGKILL a few seconds later.

Imported by driver_batch.py; all driver files sit at the job artifact's root.
Standard library only, Python 3.8 compatible.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time

from driver_forkserver import ForkedProcess
from driver_secrets import PAR_FD_ENV
from driver_uploads import PAR_ENV

# Seconds between SIGTERM and SIGKILL: a kernel saves nothing on the way out, so a short grace will do.
KILL_GRACE_SECONDS = 5.0
# Seconds to wait for the last lines of a finished child; a process it left behind may hold its pipe open.
RELAY_DRAIN_SECONDS = 2.0


class NotebookProcess:
    """One notebook's driver process: when it started, whether and why it is being stopped, what it ended with."""

    def __init__(self, entry, process, relay):
        self.entry = entry
        self.process = process
        self.relay = relay  # the thread relaying its output
        self.started = time.monotonic()
        self.stop_reason = None  # "timeout" or "cancel" once it is being stopped
        self.groups = set()  # process groups to signal while stopping it
        self.kill_at = None  # when SIGTERM gives way to SIGKILL
        self.killed = False
        self.record = None  # the result record the batch stores if this driver cannot store its own

    def timed_out(self, now):
        limit = self.entry.timeout_seconds
        return limit is not None and self.stop_reason is None and now - self.started >= limit

    def stop(self, reason, now):
        """SIGTERM to the child and every process below it (its kernel and whatever the notebook started)."""
        if self.stop_reason is not None:
            return
        self.stop_reason = reason
        self.kill_at = now + KILL_GRACE_SECONDS
        self.groups = process_groups(self.process.pid)
        signal_groups(self.groups, signal.SIGTERM)

    def tend(self, now):
        """While stopping: notice groups started since, and SIGKILL whatever outlived the grace."""
        if self.stop_reason is None or self.killed:
            return
        if self.process.poll() is None:
            self.groups |= process_groups(self.process.pid)
        if now >= self.kill_at:
            signal_groups(self.groups, signal.SIGKILL)
            self.killed = True

    def kill(self):
        """SIGKILL to the child and everything below it, at once."""
        self.stop_reason = self.stop_reason or "cancel"
        self.groups |= process_groups(self.process.pid)
        signal_groups(self.groups, signal.SIGKILL)
        self.killed = True

    def finished(self):
        """The child has exited and, when it was being stopped, nothing of its tree is left (or SIGKILL was sent)."""
        if self.process.poll() is None:
            return False
        if self.stop_reason is None or self.killed:
            return True
        return not any(_group_alive(group) for group in self.groups)

    def drain(self):
        self.relay.join(RELAY_DRAIN_SECONDS)


def start_notebook(entry, env, driver_path, par_url, emit, cwd=None, forkserver=None):
    """Starts a `driver_notebook.py` for one entry, forked by the batch's fork server when it has one,
    else `python driver_notebook.py`; the PAR goes through an inherited pipe, never its environment."""
    env = dict(env)
    fds = ()
    if par_url:
        read_end, write_end = os.pipe()
        # One URL: far below a pipe's buffer, so writing before the child reads never waits.
        os.write(write_end, json.dumps({PAR_ENV: par_url}).encode("utf-8"))
        os.close(write_end)
        fds = (read_end,)
    try:
        if forkserver is not None:
            process = _fork_notebook(forkserver, env, driver_path, fds, cwd)
        else:
            if fds:
                env[PAR_FD_ENV] = str(fds[0])
            process = subprocess.Popen(
                [sys.executable, driver_path],
                env=env,
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                pass_fds=fds,
                start_new_session=True,  # its own group: a signal meant for it never reaches the batch
            )
    finally:
        for descriptor in fds:
            os.close(descriptor)
    relay = threading.Thread(target=_relay_lines, args=(process.stdout, entry.name, emit), name="relay-" + entry.name, daemon=True)
    relay.start()
    return NotebookProcess(entry, process, relay)


def _fork_notebook(forkserver, env, driver_path, fds, cwd):
    """The driver forked by the server: it writes to a pipe of ours and takes the PAR pipe (fds) as its descriptor."""
    read_end, write_end = os.pipe()
    try:
        pid = forkserver.spawn(driver_path, env, cwd or os.getcwd(), write_end, fds[0] if fds else None, PAR_FD_ENV)
    except BaseException:
        os.close(read_end)
        raise
    finally:
        os.close(write_end)
    return ForkedProcess(forkserver, pid, os.fdopen(read_end, "rb"))


def _relay_lines(stream, name, emit):
    """Each whole line the child prints goes out as one write, so lines of different notebooks never mix."""
    with stream:
        for raw in iter(stream.readline, b""):
            emit(name, raw.decode("utf-8", "replace").rstrip("\r\n"))


def process_groups(pid):
    """The process groups of pid and of every process below it, never the batch's own."""
    children = {}
    groups = {}
    for entry in _proc_entries():
        try:
            with open("/proc/%s/stat" % entry, "rb") as source:
                fields = source.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone since it was listed, or not a process
        child, parent, group = int(entry), int(fields[1]), int(fields[2])
        children.setdefault(parent, []).append(child)
        groups[child] = group
    found = {groups.get(pid, pid)}
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(groups[child])
            todo.append(child)
    found.discard(os.getpgrp())
    return found


def _proc_entries():
    try:
        return [name for name in os.listdir("/proc") if name.isdigit()]
    except OSError:  # no /proc (not Linux): the child's own group is all that can be found
        return []


def signal_groups(groups, signum):
    for group in groups:
        try:
            os.killpg(group, signum)
        except (ProcessLookupError, PermissionError):
            pass  # already gone, or its number reused by a process that is not ours


def _group_alive(group):
    try:
        os.killpg(group, 0)
        return True
    except (ProcessLookupError, PermissionError):
        return False
