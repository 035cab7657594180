# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""The output PAR handed over once the run exists (src/backends/oci/par-handover.ts seals it).

A run's environment is fixed when the run is created, but with $JOB_RUN_OCID in OUTPUT_URI a PAR
that allows only the run's own prefix can be made only after that. The run gets instead a
read-only PAR for one object and a key; the engine leaves the scoped PAR's URL in that object,
sealed with the key, and the driver reads it before the notebook runs.
Standard library only, Python 3.8 compatible.
"""
import base64
import hashlib
import hmac
import struct
import time
import urllib.error
import urllib.request

from driver_uploads import SetupError, say

HANDOVER_ENV = "OCI_RUN_NOTEBOOK_OUTPUT_PAR_HANDOVER"
KEY_ENV = "OCI_RUN_NOTEBOOK_OUTPUT_PAR_KEY"
WAIT_ENV = "OCI_RUN_NOTEBOOK_HANDOVER_WAIT_SECONDS"
# On OCI a run starts minutes after it is created, long after the handover; a fast start waits for it.
DEFAULT_WAIT_SECONDS = 900.0
MAX_PAUSE_SECONDS = 10.0


class Handover:
    """Where the sealed PAR URL will be, and the key that unseals it. Both are secrets: never printed."""

    def __init__(self, url, key_hex, wait_seconds):
        self.url = url
        self.key_hex = key_hex
        self.wait_seconds = wait_seconds

    def fetch(self, sleep=time.sleep, clock=time.monotonic):
        """The PAR URL, once the engine has left it; raises SetupError when it never comes or is not ours."""
        try:
            key = bytes.fromhex(self.key_hex)
        except ValueError:
            raise SetupError("%s is not a hex key (its value is not shown: it is a secret)." % KEY_ENV)
        deadline = clock() + self.wait_seconds
        pause = 0.5
        told = False
        while True:
            problem = None
            try:
                with urllib.request.urlopen(self.url, timeout=30) as response:
                    return unseal(response.read().decode("ascii", "replace"), key)
            except urllib.error.HTTPError as error:
                code = error.code
                error.close()
                if code not in (404, 429) and code < 500:
                    raise SetupError("the output pre-authenticated request could not be read from its handover (HTTP %d)." % code)
                problem = "HTTP %d" % code
            except (urllib.error.URLError, OSError) as error:
                problem = "no answer (%s)" % type(error).__name__
            if clock() >= deadline:
                raise SetupError(
                    "the output pre-authenticated request was not handed over within %d seconds (last: %s); "
                    "the process that submitted the run may have stopped." % (self.wait_seconds, problem)
                )
            if not told:
                say("waiting for the output pre-authenticated request, handed over once the run exists")
                told = True
            sleep(max(0.0, min(pause, deadline - clock())))
            pause = min(pause * 2, MAX_PAUSE_SECONDS)


def pop_handover(environ, secrets=None):
    """The handover the environment names, its variables removed so the kernel never inherits them; None without one.

    Its URL and key come from `secrets` when given (the driver takes them out of its environment block first).
    """
    secrets = environ if secrets is None else secrets
    url = secrets.pop(HANDOVER_ENV, "").strip()
    key_hex = secrets.pop(KEY_ENV, "").strip()
    wait = environ.pop(WAIT_ENV, "").strip()
    if not url:
        return None
    try:
        wait_seconds = float(wait) if wait else DEFAULT_WAIT_SECONDS
    except ValueError:
        wait_seconds = DEFAULT_WAIT_SECONDS
    return Handover(url, key_hex, wait_seconds)


def unseal(sealed, key):
    """`v1.<base64url ciphertext>.<hex tag>` back to the URL: encrypt-then-MAC with HMAC-SHA256."""
    parts = sealed.strip().split(".")
    if len(parts) != 3 or parts[0] != "v1":
        raise SetupError("the output pre-authenticated request's handover is not one the engine writes.")
    encryption = hmac.new(key, b"oci-run-notebook handover encryption", hashlib.sha256).digest()
    authentication = hmac.new(key, b"oci-run-notebook handover authentication", hashlib.sha256).digest()
    try:
        cipher = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        tag = bytes.fromhex(parts[2])
    except ValueError:
        raise SetupError("the output pre-authenticated request's handover is not one the engine writes.")
    if not hmac.compare_digest(tag, hmac.new(authentication, cipher, hashlib.sha256).digest()):
        raise SetupError("the output pre-authenticated request's handover does not match %s." % KEY_ENV)
    stream = b"".join(hmac.new(encryption, struct.pack(">I", i), hashlib.sha256).digest() for i in range((len(cipher) + 31) // 32))
    return bytes(c ^ s for c, s in zip(cipher, stream)).decode("utf-8")
