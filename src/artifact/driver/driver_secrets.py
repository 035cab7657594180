# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Keeps the output pre-authenticated request (PAR) out of every environment block a notebook can read.

OCI sets OCI_RUN_NOTEBOOK_OUTPUT_PAR (or the handover's URL and key, driver_handover.py) in the
job run's environment, so it is in the driver's initial environment block, which
/proc/<driver pid>/environ shows to every process of the same user: to the notebook's kernel too,
by walking up to its parent. Deleting it from os.environ does not change that block. So the
driver starts itself again (os.execve: same pid, same arguments, same working directory) with an
environment without them, and hands them over through a pipe, which the new image reads to its
end and closes before any kernel starts.

Imported by driver_notebook.py. Standard library only, Python 3.8 compatible.
"""
import json
import os
import sys

from driver_handover import HANDOVER_ENV, KEY_ENV, pop_handover
from driver_uploads import PAR_ENV, say

# Names the pipe's file descriptor in the restarted driver; the engine reserves it.
PAR_FD_ENV = "OCI_RUN_NOTEBOOK_OUTPUT_PAR_FD"
# The variables that give the output PAR away: the URL itself, or where it is handed over and its key.
SECRET_ENVS = (PAR_ENV, HANDOVER_ENV, KEY_ENV)


def take_output_par():
    """(PAR URL or None, the handover to fetch it from or None): an entry point's first step, so no environment block holds them."""
    secrets = take_output_secrets()
    par_url = secrets.pop(PAR_ENV, None)
    return par_url, pop_handover(os.environ, secrets)


def take_output_secrets():
    """{variable: value} of the SECRET_ENVS set. On return, no environment block of this process holds them.

    The first call in a driver with one of them set does not return: it restarts the driver.
    """
    handed_over = os.environ.pop(PAR_FD_ENV, None)
    if handed_over is not None:
        return _read_handed_over(handed_over)
    secrets = {name: os.environ.get(name, "").strip() for name in SECRET_ENVS}
    secrets = {name: value for name, value in secrets.items() if value}
    if not secrets:
        for name in SECRET_ENVS:
            os.environ.pop(name, None)
        return {}
    return _restart_without(secrets)


def _restart_without(secrets):
    read_end, write_end = os.pipe()
    # A few URLs and a key: far below a pipe's buffer, so writing never waits for the reader.
    os.write(write_end, json.dumps(secrets).encode("utf-8"))
    os.close(write_end)
    os.set_inheritable(read_end, True)
    environ = getattr(os, "environb", None)
    if environ is not None:
        names = set(name.encode() for name in SECRET_ENVS)
        env = {name: value for name, value in environ.items() if name not in names}
        env[PAR_FD_ENV.encode()] = str(read_end).encode()
    else:
        env = {name: value for name, value in os.environ.items() if name not in SECRET_ENVS}
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
            "processes of this user can read it in /proc/%d/environ" % (" and ".join(sorted(secrets)), error.strerror, os.getpid())
        )
        for name in SECRET_ENVS:
            os.environ.pop(name, None)
        return secrets
    return {}  # not reached: execve replaced this image


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
        secrets = json.loads(b"".join(chunks).decode("utf-8"))
    except (ValueError, OSError) as error:
        # The error names no secret: json's messages quote no document.
        say("warning: the output pre-authenticated request was not handed over (%s=%s: %s)" % (PAR_FD_ENV, descriptor_text, type(error).__name__))
        return {}
    return {name: value for name, value in secrets.items() if name in SECRET_ENVS and isinstance(value, str)}
