# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Starts one local run where it cannot see the process that started it (docs/local-backend.md).

The local backend starts this file (as root, directly or through `sudo -n`, or as the user
itself when user namespaces are allowed) and writes one JSON line on its stdin:

  mode      "user": run as another user (named in "user"); needs root.
            "namespace": run as "owner", the user who started the run.
  argv, cwd, env   what to run (the notebook driver), where, with exactly this environment.
  hide      folders and files to cover (the runner's command files, credential folders).
  owner     uid and gid of the user who started the run.
  user      the name of the user to run as, in mode "user" (nobody).
  workdir   the run folder: in mode "user" lent to `user` for the run, then given back to owner,
            and seen by the run at `mount_at` (a folder its user can reach).
  grace_ms  after SIGTERM, how long the run's processes get before SIGKILL.

Then it keeps stdin open: when it closes (the starter is gone, however it died), the run ends.

The run gets a PID namespace of its own (it sees only its own processes in /proc), and a mount
namespace (its /proc, the covered paths); this file stays outside as the run's supervisor, and
a child is the namespace's init. Python 3.8 compatible, standard library only.
"""
import json
import os
import pwd
import select
import signal
import sys
import time

PREFIX = "oci-run-notebook: isolation:"

# Beside this file; Python's -I leaves the script's folder out of sys.path.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from isolation_setup import IsolationError, become, cover, enter_namespaces, give_back_workdir, lend_workdir, mount, MS_NODEV, MS_NOEXEC, MS_NOSUID  # noqa: E402


def run_init(spec, status_fd, in_user_namespace):
    """PID 1 of the run's namespace: starts the driver, reaps every orphan, ends everything at the end."""
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    driver = os.fork()
    if driver == 0:
        try:
            os.setsid()
            become(spec, in_user_namespace)
            os.chdir(spec["cwd"])
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            os.closerange(3, 1024)
            os.execve(spec["argv"][0], spec["argv"], spec["env"])
        except Exception as error:  # reported as the run's first line, then the run fails
            sys.stderr.write("%s could not start %s: %s\n" % (PREFIX, spec["argv"][0], error))
            os._exit(127)
    grace = spec.get("grace_ms", 5000) / 1000.0
    stopping = []

    def stop(_signum, _frame):
        if not stopping:
            stopping.append(time.monotonic())
            signal_quietly(-1, signal.SIGTERM)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, stop)
    result = None
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        if pid == driver:
            result = status
            if not stopping:
                stopping.append(time.monotonic())
                signal_quietly(-1, signal.SIGTERM)  # whatever the notebook left running ends with it
        if pid == 0:
            if stopping and time.monotonic() - stopping[0] > grace:
                signal_quietly(-1, signal.SIGKILL)
            time.sleep(0.05)
    os.write(status_fd, json.dumps(describe(result)).encode())
    os._exit(0)


def describe(status):
    if status is None:
        return {"signal": signal.SIGKILL}
    if os.WIFSIGNALED(status):
        return {"signal": os.WTERMSIG(status)}
    return {"code": os.WEXITSTATUS(status)}


def supervise(spec, init, status_read):
    """Outside the namespace: relays stop signals to init, ends the run when stdin closes, reports its end.

    A poll loop, not a thread: a process that made a PID namespace for its children cannot start threads.
    """
    grace = spec.get("grace_ms", 5000) / 1000.0

    def stop(_signum=None, _frame=None):
        signal_quietly(init, signal.SIGTERM)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, stop)
    lifeline = sys.stdin.fileno()
    os.set_blocking(lifeline, False)
    starter_gone_at = None
    while os.waitpid(init, os.WNOHANG)[0] == 0:
        if starter_gone_at is None:
            try:
                readable, _, _ = select.select([lifeline], [], [], 0.1)
                if readable and not os.read(lifeline, 4096):
                    starter_gone_at = time.monotonic()
                    stop()
            except InterruptedError:
                continue
        else:
            time.sleep(0.05)
            # The starter is gone: a short grace, then init's end takes the whole namespace with it.
            if time.monotonic() - starter_gone_at > min(grace, 1.0):
                signal_quietly(init, signal.SIGKILL)
    report = os.read(status_read, 4096)
    ended = json.loads(report.decode()) if report else {"signal": signal.SIGKILL}
    if spec["mode"] == "user" and spec.get("workdir"):
        give_back_workdir(spec)
    sys.stdout.flush()
    if "signal" in ended:
        signal.signal(ended["signal"], signal.SIG_DFL)
        os.kill(os.getpid(), ended["signal"])
        time.sleep(1)
        os._exit(128 + ended["signal"])
    os._exit(ended["code"])


def signal_quietly(pid, signum):
    try:
        os.kill(pid, signum)
    except OSError:
        pass  # gone already, or (kill -1 with no one left) nobody to signal


def main():
    spec = json.loads(sys.stdin.buffer.readline().decode())
    try:
        if spec["mode"] == "user":
            entry = pwd.getpwnam(spec["user"]["name"])
            spec["user"].update(uid=entry.pw_uid, gid=entry.pw_gid)
        in_user_namespace = enter_namespaces()
        if spec["mode"] == "user" and in_user_namespace:
            raise IsolationError("running as another user needs root (or sudo)")
        cover(spec.get("hide", []))
        if spec["mode"] == "user" and spec.get("workdir"):
            lend_workdir(spec)
    except (IsolationError, OSError, KeyError) as error:
        sys.stderr.write("%s %s\n" % (PREFIX, error))
        return 125
    status_read, status_write = os.pipe()
    init = os.fork()
    if init == 0:
        os.close(status_read)
        try:
            run_init(spec, status_write, in_user_namespace)
        except BaseException as error:  # noqa: B902 (pid 1 must never return into the supervisor's code)
            sys.stderr.write("%s %s\n" % (PREFIX, error))
            os.write(status_write, json.dumps({"code": 125}).encode())
            os._exit(125)
    os.close(status_write)
    supervise(spec, init, status_read)
    return 0


if __name__ == "__main__":
    sys.exit(main())
