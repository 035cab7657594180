# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Where the executed notebook and the files it wrote go: OUTPUT_URI and its uploaders.

Imported by driver_notebook.py; both files sit at the job artifact's root.
Standard library only (plus the optional `oci` package), Python 3.8 compatible.
"""
import http.client
import mimetypes
import os
import random
import re
import shutil
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Dict, List, Tuple

SAY_PREFIX = "oci-run-notebook:"
PAR_ENV = "OCI_RUN_NOTEBOOK_OUTPUT_PAR"
ATTEMPTS_ENV = "OCI_RUN_NOTEBOOK_UPLOAD_ATTEMPTS"
BACKOFF_ENV = "OCI_RUN_NOTEBOOK_UPLOAD_BACKOFF_SECONDS"
DEFAULT_ATTEMPTS = 6
DEFAULT_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 30.0
# Per socket operation, not per upload: a large file may take longer as a whole.
SOCKET_TIMEOUT_SECONDS = 120
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
            token = _par_token(secret_url)
            self.secrets = [s for s in (secret_url, secret_url.rstrip("/"), token) if s]

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


def _retry_after_seconds(headers):
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return float(value) if value else None
    except ValueError:
        return None  # an HTTP date; the backoff alone will do


def _content_type(path):
    if path.endswith(".ipynb"):
        return "application/x-ipynb+json"
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


def object_name(prefix, relative_path):
    """`prefix/relative/path`, with `/` separators whatever the local OS uses."""
    relative = "/".join(relative_path.split(os.sep))
    return "%s/%s" % (prefix, relative) if prefix else relative


class LocalFolderTarget:
    """OUTPUT_URI is a folder on this machine (a path or a file:// URL): copy files into it."""

    def __init__(self, folder):
        self.folder = folder

    def describe(self):
        return self.folder

    def problem(self):
        return None

    def store(self, local_path, relative_path):
        destination = os.path.join(self.folder, relative_path)
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        try:
            shutil.copyfile(local_path, destination)
        except OSError as error:
            raise UploadError("copying %s to %s failed: %s" % (relative_path, destination, error))
        return destination


class ParTarget:
    """oci:// output written with plain HTTP PUTs to a pre-authenticated request (no SDK, no IAM policy)."""

    def __init__(self, par_url, bucket, namespace, prefix, attempts, backoff, redact):
        self.par_url = par_url
        self.bucket = bucket
        self.namespace = namespace
        self.prefix = prefix
        self.attempts = attempts
        self.backoff = backoff
        self.redact = redact

    def describe(self):
        return "oci://%s@%s/%s (pre-authenticated request)" % (self.bucket, self.namespace, self.prefix)

    def problem(self):
        return None

    def store(self, local_path, relative_path):
        name = object_name(self.prefix, relative_path)
        url = self.par_url + urllib.parse.quote(name, safe="/")
        retry_with_backoff(lambda: self._put(url, local_path), "uploading %s" % name, self.attempts, self.backoff)
        return name

    def _put(self, url, local_path):
        with open(local_path, "rb") as body:
            request = urllib.request.Request(url, data=body, method="PUT")
            request.add_header("Content-Length", str(os.path.getsize(local_path)))
            request.add_header("Content-Type", _content_type(local_path))
            try:
                with urllib.request.urlopen(request, timeout=SOCKET_TIMEOUT_SECONDS) as response:
                    response.read()
            except urllib.error.HTTPError as error:
                detail = _error_body(error)
                reason = self.redact("HTTP %d %s%s" % (error.code, error.reason, (": " + detail) if detail else ""))
                if error.code == 429 or error.code >= 500:
                    raise RetryableUploadError(reason, _retry_after_seconds(error.headers))
                raise UploadError(reason)
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, socket.timeout) as error:
                reason = getattr(error, "reason", None) or error
                raise RetryableUploadError("connection failed: %s" % self.redact(reason))


def _error_body(error):
    try:
        return error.read(300).decode("utf-8", "replace").strip()
    except Exception:  # the body is only a hint
        return ""
    finally:
        error.close()


class OciSdkTarget:
    """oci:// output written with the OCI Python SDK under the run's resource principal (as ADS does)."""

    def __init__(self, oci_module, bucket, namespace, prefix, attempts, backoff):
        self.oci = oci_module
        self.bucket = bucket
        self.namespace = namespace
        self.prefix = prefix
        self.attempts = attempts
        self.backoff = backoff
        self.client = None

    def describe(self):
        return "oci://%s@%s/%s (OCI SDK, resource principal)" % (self.bucket, self.namespace, self.prefix)

    def problem(self):
        return None

    def store(self, local_path, relative_path):
        if self.client is None:
            try:
                signer = self.oci.auth.signers.get_resource_principals_signer()
                self.client = self.oci.object_storage.ObjectStorageClient({}, signer=signer)
            except Exception as error:
                raise UploadError(
                    "the OCI SDK could not sign in with the job run's resource principal (%s). "
                    "Outside a job run there is none; inside one, check the OCI_RESOURCE_PRINCIPAL_* "
                    "variables and an IAM policy allowing request.principal.type='datasciencejobrun' "
                    "to manage objects in the bucket." % error
                )
        name = object_name(self.prefix, relative_path)
        retry_with_backoff(lambda: self._put(name, local_path), "uploading %s" % name, self.attempts, self.backoff)
        return name

    def _put(self, name, local_path):
        exceptions = self.oci.exceptions
        connection_errors = tuple(
            getattr(exceptions, n) for n in ("RequestException", "ConnectTimeout") if hasattr(exceptions, n)
        )
        with open(local_path, "rb") as body:
            try:
                self.client.put_object(self.namespace, self.bucket, name, body, content_type=_content_type(local_path))
            except exceptions.ServiceError as error:
                reason = "HTTP %s %s: %s" % (error.status, getattr(error, "code", ""), getattr(error, "message", ""))
                if error.status == 429 or error.status >= 500:
                    raise RetryableUploadError(reason)
                raise UploadError(reason)
            except connection_errors + (ConnectionError, socket.timeout) as error:
                raise RetryableUploadError("connection failed: %s" % error)


class UnavailableTarget:
    """oci:// output with neither a pre-authenticated request nor the OCI SDK: nothing can upload."""

    def __init__(self, uri, reason):
        self.uri = uri
        self.reason = reason

    def describe(self):
        return self.uri

    def problem(self):
        return self.reason

    def store(self, local_path, relative_path):
        raise UploadError(self.reason)


def _parse_oci_uri(uri):
    """(bucket, namespace, prefix) of oci://bucket@namespace/prefix."""
    parsed = urllib.parse.urlsplit(uri)
    bucket, _, namespace = parsed.netloc.partition("@")
    if not bucket or not namespace:
        raise SetupError(
            "OUTPUT_URI is %r; expected oci://<bucket>@<namespace>/<prefix> (or a local folder)." % uri
        )
    return bucket, namespace, parsed.path.strip("/")


def _positive_number(environ, name, default, kind):
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise SetupError("%s is %r; expected a positive number." % (name, raw))
    return value


def _check_par(par_url, bucket, namespace):
    """The PAR URL with a trailing `/o/`; raises SetupError without ever echoing the URL."""
    hidden = "(its value is not shown: it is a secret)"
    parsed = urllib.parse.urlsplit(par_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SetupError("%s is not an http(s) URL %s." % (PAR_ENV, hidden))
    url = par_url if par_url.endswith("/") else par_url + "/"
    segments = urllib.parse.urlsplit(url).path.split("/")
    if len(segments) < 3 or segments[-2] != "o":
        raise SetupError(
            "%s must be a pre-authenticated request for objects, ending in /o/ "
            "(https://<host>/p/<token>/n/<namespace>/b/<bucket>/o/) %s." % (PAR_ENV, hidden)
        )
    named = re.search(r"/n/([^/]+)/b/([^/]+)/o/$", urllib.parse.urlsplit(url).path)
    par_namespace, par_bucket = named.groups() if named else (None, None)
    if named and (par_bucket != bucket or par_namespace != namespace):
        raise SetupError(
            "%s is for bucket %s@%s but OUTPUT_URI names %s@%s."
            % (PAR_ENV, par_bucket, par_namespace, bucket, namespace)
        )
    return url


def output_target(environ, cwd, par_url, redact):
    """The target OUTPUT_URI names, or None when it is unset. Raises SetupError on a bad value."""
    raw = environ.get("OUTPUT_URI", "").strip()
    if not raw:
        if par_url:
            raise SetupError("%s is set but OUTPUT_URI is not; set OUTPUT_URI=oci://<bucket>@<namespace>/<prefix>." % PAR_ENV)
        return None
    uri = os.path.expandvars(raw)  # $JOB_RUN_OCID and friends, as ADS does; unknown names stay as typed
    scheme = urllib.parse.urlsplit(uri).scheme.lower()
    if scheme == "file":
        return LocalFolderTarget(urllib.request.url2pathname(urllib.parse.urlsplit(uri).path))
    if scheme == "":
        return LocalFolderTarget(os.path.abspath(os.path.join(cwd, os.path.expanduser(uri))))
    if scheme != "oci":
        raise SetupError("OUTPUT_URI is %r; expected oci://<bucket>@<namespace>/<prefix>, a folder or file:// URL." % uri)
    bucket, namespace, prefix = _parse_oci_uri(uri)
    attempts = _positive_number(environ, ATTEMPTS_ENV, DEFAULT_ATTEMPTS, int)
    backoff = _positive_number(environ, BACKOFF_ENV, DEFAULT_BACKOFF_SECONDS, float)
    if par_url:
        url = _check_par(par_url, bucket, namespace)
        return ParTarget(url, bucket, namespace, prefix, attempts, backoff, redact)
    try:
        import oci  # noqa: the optional, ADS-compatible fallback
    except ImportError:
        return UnavailableTarget(
            uri,
            "OUTPUT_URI is %s but nothing can upload there: %s is not set and the OCI Python SDK "
            "(the `oci` package) is not installed in %s." % (uri, PAR_ENV, sys.executable),
        )
    return OciSdkTarget(oci, bucket, namespace, prefix, attempts, backoff)


# A file counts as unchanged when its size and modification time (ns) are the same as before the run.
FolderSnapshot = Dict[str, Tuple[int, int]]


def snapshot(folder):
    """Size and mtime of every file under folder, by path relative to it."""
    found = {}  # type: FolderSnapshot
    for relative in _files_under(folder):
        try:
            info = os.stat(os.path.join(folder, relative))
        except OSError:  # removed since it was listed (a temp file): not an output
            continue
        found[relative] = (info.st_size, info.st_mtime_ns)
    return found


def changed_files(folder, before):
    """Files under folder that are new or modified since `before`, sorted."""
    return [relative for relative, state in sorted(snapshot(folder).items()) if before.get(relative) != state]


def _files_under(folder):
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_FOLDERS)
        for name in files:
            path = os.path.join(root, name)
            if os.path.isfile(path):
                yield os.path.relpath(path, folder)


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
