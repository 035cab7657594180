# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Starts one local run where it cannot see the process that started it (docs/local-backend.md).

The local backend starts this file (as root, directly or through `sudo -n`, or as the user
itself when user namespaces are allowed) and writes one JSON line on its stdin:

  mode      "user": run as another user (uid/gid in "user"); needs root.
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
import ctypes
import json
import os
import pwd
import select
import signal
import stat
import sys
import time

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
MS_RDONLY = 1
MS_NOSUID = 2
MS_NODEV = 4
MS_NOEXEC = 8
MS_BIND = 4096
MS_REC = 16384
MS_PRIVATE = 1 << 18
MNT_DETACH = 2
PR_CAPBSET_DROP = 24
PR_SET_NO_NEW_PRIVS = 38
PREFIX = "oci-run-notebook: isolation:"

libc = ctypes.CDLL(None, use_errno=True)


class IsolationError(Exception):
    """The isolation asked for cannot be set up here."""


def check(result, what):
    if result != 0:
        error = ctypes.get_errno()
        raise IsolationError("%s failed: %s" % (what, os.strerror(error)))


def mount(source, target, fstype, flags, data=None):
    encode = lambda value: value.encode() if isinstance(value, str) else value  # noqa: E731
    check(libc.mount(encode(source), encode(target), encode(fstype), ctypes.c_ulong(flags), encode(data)), "mounting %s on %s" % (fstype or source, target))


def write_file(path, text):
    with open(path, "w") as sink:
        sink.write(text)


def enter_namespaces():
    """New mount and PID namespaces (PID: for the children), in a user namespace too unless root.

    Returns whether a user namespace was made (then this process is root only inside it).
    """
    if os.geteuid() == 0:
        check(libc.unshare(CLONE_NEWNS | CLONE_NEWPID), "unshare")
        in_user_namespace = False
    else:
        uid, gid = os.geteuid(), os.getegid()
        check(libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID), "unshare (user namespace)")
        try:
            write_file("/proc/self/setgroups", "deny")
            write_file("/proc/self/uid_map", "0 %d 1" % uid)
            write_file("/proc/self/gid_map", "0 %d 1" % gid)
        except OSError as error:
            raise IsolationError("mapping the user namespace failed: %s" % error.strerror)
        in_user_namespace = True
    # Nothing mounted here reaches the machine's own mount table.
    mount(None, "/", None, MS_REC | MS_PRIVATE)
    return in_user_namespace


def cover(paths):
    """Empty, read-only folders over the folders, /dev/null over the files."""
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            mount("tmpfs", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=0555")
        else:
            mount("/dev/null", path, None, MS_BIND)


def chown_tree(root, uid, gid):
    """Every entry under root to uid:gid, links as links: never followed, whatever the run left there."""
    os.chown(root, uid, gid, follow_symlinks=False)
    for _folder, folders, files, folder_fd in os.fwalk(root, follow_symlinks=False):
        for name in folders + files:
            try:
                os.chown(name, uid, gid, dir_fd=folder_fd, follow_symlinks=False)
            except OSError:
                pass  # gone since it was listed


def lend_workdir(spec):
    """Mode user: the run folder belongs to the run's user while it runs, at a place that user can reach."""
    user = spec["user"]
    chown_tree(spec["workdir"], user["uid"], user["gid"])
    mount_at = spec["mount_at"]
    os.makedirs(os.path.dirname(mount_at), mode=0o755, exist_ok=True)
    os.mkdir(mount_at, 0o755)
    mount(spec["workdir"], mount_at, None, MS_BIND)


def give_back_workdir(spec):
    try:
        libc.umount2(spec["mount_at"].encode(), MNT_DETACH)
        os.rmdir(spec["mount_at"])
    except OSError:
        pass
    owner = spec["owner"]
    chown_tree(spec["workdir"], owner["uid"], owner["gid"])


def drop_capabilities():
    """With no capability in the bounding set, the driver's exec as root gives it none."""
    for capability in range(64):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0 and ctypes.get_errno() == 22:
            break  # EINVAL: past the last capability this kernel knows


def become(spec, in_user_namespace):
    """Mode user: the run's user, with no supplementary group. Mode namespace: who started it (also
    with no supplementary group, unless in a user namespace, where they cannot be dropped). Never
    root with its powers: a run left as root (root started it, or root of a user namespace) keeps
    no capability, so that it cannot unmount what covers the hidden paths."""
    if spec["mode"] == "user":
        target = spec["user"]
    elif not in_user_namespace:
        target = spec["owner"]
    else:
        target = None
    if target is not None:
        os.setgroups([])
        os.setgid(target["gid"])
        os.setuid(target["uid"])
    if os.getuid() == 0:
        drop_capabilities()
    # No set-user-ID program (sudo, su) gives the run back what it has just given up.
    check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "setting no_new_privs")


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
    stop_requested = []

    def stop(_signum=None, _frame=None):
        stop_requested.append(True)
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
