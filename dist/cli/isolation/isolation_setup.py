# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""What isolate_run.py sets up before a run starts: namespaces, covered paths, the run folder lent
to the run's user and given back, and who the run becomes. Linux system calls through ctypes.

Python 3.8 compatible, standard library only.
"""
import ctypes
import os
import stat

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
    mount_at = spec["mount_at"]
    parent = os.path.dirname(mount_at)
    try:
        os.mkdir(parent, 0o755)
    except FileExistsError:
        pass
    # In /tmp anyone may have made it first: only root's own folder, no link, writable by root alone, is used.
    info = os.lstat(parent)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != 0 or info.st_mode & 0o022:
        raise IsolationError("%s is not a folder of root's that only root may write to" % parent)
    os.mkdir(mount_at, 0o755)
    user = spec["user"]
    try:
        chown_tree(spec["workdir"], user["uid"], user["gid"])
        mount(spec["workdir"], mount_at, None, MS_BIND)
    except (IsolationError, OSError):
        give_back_workdir(spec)
        raise


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
