# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""The driver's plumbing for outputs: its log lines, errors, secret redaction, retries, and
storing the files a run wrote to a target (driver_targets.py makes the target from OUTPUT_URI).

Imported by driver_notebook.py and driver_targets.py; all sit at the job artifact's root.
Standard library only, Python 3.8 compatible.
"""
import os
import random
import stat
import sys
import time
import urllib.parse
from typing import Dict, List, Tuple

SAY_PREFIX = "oci-run-notebook:"
PAR_ENV = "OCI_RUN_NOTEBOOK_OUTPUT_PAR"
MAX_BACKOFF_SECONDS = 30.0
# Folders the run may create that nobody wants back.
SKIPPED_FOLDERS = ("__pycache__", ".ipynb_checkpoints")


def say(line):
    """One driver line on stdout, flushed so OCI Logging gets it in order."""
    sys.stdout.write("%s %s\n" % (SAY_PREFIX, line))
    sys.stdout.flush()


class SetupError(Exception):
    """The run's environment is wrong; the driver exits 2."""


class UploadError(Exception):
    """An output could not be stored; the driver exits 3."""


class RetryableUploadError(Exception):
    """A failure worth another attempt: 429, 5xx, or a broken connection."""

    def __init__(self, reason, retry_after=None):
        super().__init__(reason)
        self.retry_after = retry_after


class Redactor:
    """Hides the pre-authenticated request URL and its token in anything the driver prints."""

    def __init__(self, secret_url=None):
        self.secrets = []  # type: List[str]
        if secret_url:
            self.add(secret_url)

    def add(self, secret_url):
        """Hides one more URL (and its token): a PAR handed over after the driver started."""
        token = _par_token(secret_url)
        self.secrets.extend(s for s in (secret_url, secret_url.rstrip("/"), token) if s)

    def __call__(self, text):
        text = str(text)
        for secret in self.secrets:
            text = text.replace(secret, "<redacted>")
        return text


def _par_token(url):
    """The token segment after /p/ in a pre-authenticated request URL, or None."""
    segments = urllib.parse.urlsplit(url).path.split("/")
    for i, segment in enumerate(segments[:-1]):
        if segment == "p" and segments[i + 1]:
            return segments[i + 1]
    return None


def retry_with_backoff(action, what, attempts, base_delay, sleep=time.sleep, rand=random.random):
    """Runs action() until it stops raising RetryableUploadError, at most `attempts` times.

    Waits base_delay * 2^n seconds (capped, with jitter, at least any Retry-After) between tries.
    """
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except RetryableUploadError as error:
            if attempt >= attempts:
                raise UploadError("%s failed after %d attempts: %s" % (what, attempts, error))
            ceiling = min(MAX_BACKOFF_SECONDS, base_delay * (2 ** (attempt - 1)))
            delay = ceiling / 2 + rand() * ceiling / 2
            if error.retry_after:
                delay = max(delay, min(error.retry_after, MAX_BACKOFF_SECONDS))
            say("%s: %s; retrying in %.1f s (attempt %d of %d)" % (what, error, delay, attempt + 1, attempts))
            sleep(delay)
    raise UploadError("%s was never attempted" % what)


# An entry counts as unchanged when its size and modification time (ns) are the same as before the run.
FolderSnapshot = Dict[str, Tuple[int, int]]


def snapshot(folder):
    """Size and mtime of every entry under folder (links as links, never followed), by path relative to it."""
    found = {}  # type: FolderSnapshot
    for relative, info in _entries_under(folder):
        found[relative] = (info.st_size, info.st_mtime_ns)
    return found


def changed_files(folder, before):
    """Regular files under folder that are new or modified since `before`, sorted.

    A new or changed symbolic link is never followed, nor uploaded: a link to /etc/passwd would
    upload the machine's file as the run's. It is named in the log, as are FIFOs and sockets.
    """
    changed = []
    for relative, info in sorted(_entries_under(folder)):
        if before.get(relative) == (info.st_size, info.st_mtime_ns):
            continue
        if stat.S_ISREG(info.st_mode):
            changed.append(relative)
        elif stat.S_ISLNK(info.st_mode):
            say("not uploading %s: it is a symbolic link, and links are never followed" % relative)
        elif not stat.S_ISDIR(info.st_mode):
            say("not uploading %s: it is not a regular file" % relative)
    return changed


def _entries_under(folder):
    """(relative path, lstat) of every file, link and special file under folder; linked folders are not entered."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_FOLDERS)
        # os.walk lists a link to a folder among the folders, and does not enter it.
        for name in [d for d in dirs if os.path.islink(os.path.join(root, d))] + files:
            path = os.path.join(root, name)
            try:
                info = os.lstat(path)
            except OSError:  # removed since it was listed (a temp file): not an output
                continue
            yield os.path.relpath(path, folder), info


def open_regular_file(path):
    """The file at path opened for reading, if it is a regular file and not a link (swapped in since it was listed)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise UploadError("%s cannot be read without following a link: %s" % (os.path.basename(path), error.strerror))
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise UploadError("%s is not a regular file" % os.path.basename(path))
    return os.fdopen(descriptor, "rb")


def store_all(target, uploads, redact):
    """Stores each (local path, relative path) in order; stops at the first failure, returning its message."""
    for index, (local_path, relative_path) in enumerate(uploads):
        try:
            stored = target.store(local_path, relative_path)
        except (UploadError, OSError) as error:
            left = len(uploads) - index - 1
            return redact("%s%s" % (error, " (%d more file(s) not uploaded)" % left if left else ""))
        say("uploaded %s" % stored)
    return None
