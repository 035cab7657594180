# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Keeps the output pre-authenticated request (PAR) out of every environment block a notebook can read.

OCI sets OCI_RUN_NOTEBOOK_OUTPUT_PAR in the job run's environment, so it is in the driver's
initial environment block, which /proc/<driver pid>/environ shows to every process of the same
user: to the notebook's kernel too, by walking up to its parent. Deleting it from os.environ does
not change that block. So the driver starts itself again (os.execve: same pid, same arguments,
same working directory) with an environment without it, and hands the URL over through a pipe,
which the new image reads to its end and closes before any kernel starts.

Imported by driver_notebook.py. Standard library only, Python 3.8 compatible.
"""
import os
import sys

from driver_uploads import PAR_ENV, say

# Names the pipe's file descriptor in the restarted driver; the engine reserves it.
PAR_FD_ENV = "OCI_RUN_NOTEBOOK_OUTPUT_PAR_FD"


def take_output_par():
    """The output PAR URL, or None. On return, no environment block of this process holds it.

    The first call in a driver with the variable set does not return: it restarts the driver.
    """
    handed_over = os.environ.pop(PAR_FD_ENV, None)
    if handed_over is not None:
        return _read_handed_over(handed_over)
    url = os.environ.get(PAR_ENV, "").strip()
    if not url:
        os.environ.pop(PAR_ENV, None)
        return None
    return _restart_without_par(url)


def _restart_without_par(url):
    read_end, write_end = os.pipe()
    # A URL is a few hundred bytes: far below a pipe's buffer, so writing never waits for the reader.
    os.write(write_end, url.encode("utf-8"))
    os.close(write_end)
    os.set_inheritable(read_end, True)
    key = PAR_ENV.encode()
    environ = getattr(os, "environb", None)
    if environ is not None:
        env = {name: value for name, value in environ.items() if name != key}
        env[PAR_FD_ENV.encode()] = str(read_end).encode()
    else:
        env = {name: value for name, value in os.environ.items() if name != PAR_ENV}
        env[PAR_FD_ENV] = str(read_end)
    script = os.path.abspath(sys.argv[0])
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execve(sys.executable, [sys.executable, script] + sys.argv[1:], env)
    except OSError as error:
        os.close(read_end)
        say(
            "warning: could not restart the driver without %s in its environment (%s); "
            "processes of this user can read it in /proc/%d/environ" % (PAR_ENV, error.strerror, os.getpid())
        )
        os.environ.pop(PAR_ENV, None)
        return url
    return None  # not reached: execve replaced this image


def _read_handed_over(descriptor_text):
    chunks = []
    try:
        descriptor = int(descriptor_text)
        while True:
            chunk = os.read(descriptor, 65536)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(descriptor)
    except (ValueError, OSError) as error:
        say("warning: the output pre-authenticated request was not handed over (%s=%s: %s)" % (PAR_FD_ENV, descriptor_text, error))
        return None
    return b"".join(chunks).decode("utf-8").strip() or None
