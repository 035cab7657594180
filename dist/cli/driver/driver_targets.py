# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Where OUTPUT_URI sends the executed notebook and the files it wrote: a local folder, a
pre-authenticated request (plain HTTP PUTs), or the OCI Python SDK under a resource principal.

Imported by driver_notebook.py; all driver files sit at the job artifact's root.
Standard library only (plus the optional `oci` package), Python 3.8 compatible.
"""
import http.client
import mimetypes
import os
import re
import shutil
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request

from driver_uploads import PAR_ENV, RetryableUploadError, SetupError, UploadError, open_regular_file, retry_with_backoff

ATTEMPTS_ENV = "OCI_RUN_NOTEBOOK_UPLOAD_ATTEMPTS"
BACKOFF_ENV = "OCI_RUN_NOTEBOOK_UPLOAD_BACKOFF_SECONDS"
DEFAULT_ATTEMPTS = 6
DEFAULT_BACKOFF_SECONDS = 1.0
# Per socket operation, not per upload: a large file may take longer as a whole.
SOCKET_TIMEOUT_SECONDS = 120


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
            with open_regular_file(local_path) as source, open(destination, "wb") as sink:
                shutil.copyfileobj(source, sink)
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
        with open_regular_file(local_path) as body:
            request = urllib.request.Request(url, data=body, method="PUT")
            request.add_header("Content-Length", str(os.fstat(body.fileno()).st_size))
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
        with open_regular_file(local_path) as body:
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
