# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""The batch manifest NOTEBOOK_BATCH names: which notebooks one job run executes, how many at
once, and each one's output URI, excluded tags and time limit. The engine writes it; every field
is checked before any notebook starts, and a bad one is named with the form expected.

Imported by driver_batch.py; all driver files sit at the job artifact's root.
Standard library only, Python 3.8 compatible.
"""
import json
import os

from driver_uploads import SetupError

BATCH_ENV = "NOTEBOOK_BATCH"
EXAMPLE = (
    '{"parallel": 2, "notebooks": [{"name": "notebooks/report.ipynb", "notebook": "code/report.ipynb", '
    '"outputUri": "oci://bucket@namespace/prefix", "excludeTags": ["remove"], "timeoutSeconds": 600}]}'
)
TOP_FIELDS = ("parallel", "notebooks")
NOTEBOOK_FIELDS = ("name", "notebook", "outputUri", "excludeTags", "timeoutSeconds")


class BatchEntry:
    """One notebook of the batch, as the manifest lists it."""

    def __init__(self, name, notebook, output_uri, exclude_tags, timeout_seconds):
        self.name = name  # what its log lines are prefixed with
        self.notebook = notebook  # relative to the artifact's root, as JOB_RUN_NOTEBOOK
        self.output_uri = output_uri  # None: its outputs go nowhere
        self.exclude_tags = exclude_tags
        self.timeout_seconds = timeout_seconds  # None: no limit of its own


class BatchManifest:
    def __init__(self, parallel, notebooks):
        self.parallel = parallel
        self.notebooks = notebooks


def read_manifest(environ, cwd):
    """The manifest NOTEBOOK_BATCH names, checked; raises SetupError naming the first bad field."""
    raw = environ.get(BATCH_ENV, "").strip()
    if not raw:
        raise SetupError(
            "%s is not set; expected the batch manifest's path relative to the job artifact's root, "
            "e.g. %s=oci-run-notebook-batch.json." % (BATCH_ENV, BATCH_ENV)
        )
    path = os.path.join(cwd, raw)
    try:
        with open(path, encoding="utf-8") as source:
            document = json.load(source)
    except OSError as error:
        raise SetupError("%s is %r but it cannot be read (%s: %s)." % (BATCH_ENV, raw, path, error.strerror))
    except ValueError as error:
        raise SetupError("%s is %r, which is not JSON (%s); expected a manifest like %s" % (BATCH_ENV, raw, error, EXAMPLE))
    return parse_manifest(document, raw)


def parse_manifest(document, shown):
    def bad(field, value, expected, is_="is"):
        return SetupError("the batch manifest %s (%s): %s %s %s; expected %s." % (shown, BATCH_ENV, field, is_, _show(value), expected))

    if not isinstance(document, dict):
        raise bad("the document", document, "a JSON object like %s" % EXAMPLE)
    _refuse_unknown(document, TOP_FIELDS, "the document", bad)
    parallel = document.get("parallel", 1)
    if not _is_int(parallel) or parallel < 1:
        raise bad("parallel", parallel, "a whole number of notebooks run at once, 1 or more")
    listed = document.get("notebooks")
    if not isinstance(listed, list) or not listed:
        raise bad("notebooks", listed, "a non-empty list of notebooks like %s" % EXAMPLE)
    entries = [_entry(item, "notebooks[%d]" % index, bad) for index, item in enumerate(listed)]
    names = [entry.name for entry in entries]
    for index, name in enumerate(names):
        if name in names[:index]:
            raise bad("notebooks[%d].name" % index, name, "a name no other notebook of the batch has")
    return BatchManifest(parallel, entries)


def _entry(item, where, bad):
    if not isinstance(item, dict):
        raise bad(where, item, "an object with name and notebook")
    _refuse_unknown(item, NOTEBOOK_FIELDS, where, bad)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip() or any(c in name for c in "\r\n"):
        raise bad(where + ".name", name, "a one-line name for its log lines, e.g. notebooks/report.ipynb")
    notebook = item.get("notebook")
    if not isinstance(notebook, str) or not notebook.strip().endswith(".ipynb"):
        raise bad(where + ".notebook", notebook, "the notebook's path relative to the artifact's root, e.g. code/report.ipynb")
    output_uri = item.get("outputUri")
    if output_uri is not None and (not isinstance(output_uri, str) or not output_uri.strip()):
        raise bad(where + ".outputUri", output_uri, "oci://<bucket>@<namespace>/<prefix> or a folder, or no outputUri at all")
    tags = item.get("excludeTags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise bad(where + ".excludeTags", tags, 'a list of strings, e.g. ["remove"]')
    timeout = item.get("timeoutSeconds")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0):
        raise bad(where + ".timeoutSeconds", timeout, "a number of seconds greater than 0, or no timeoutSeconds for no limit")
    return BatchEntry(name, notebook.strip(), output_uri and output_uri.strip(), tags, timeout)


def _refuse_unknown(document, known, where, bad):
    # A misspelt field (`timeout` for `timeoutSeconds`) would otherwise be silently ignored.
    for field in document:
        if field not in known:
            raise bad(where, field, "only the fields %s" % ", ".join(known), is_="has an unknown field")


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _show(value):
    text = json.dumps(value)
    return text if len(text) <= 80 else text[:77] + "..."
