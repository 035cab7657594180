#!/usr/bin/env python3
# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Runs one Jupyter notebook inside an OCI Data Science job run (JOB_RUN_ENTRYPOINT).

Reads JOB_RUN_NOTEBOOK, NOTEBOOK_ENCODING, NOTEBOOK_EXCLUDE_TAGS, NOTEBOOK_KERNEL,
NOTEBOOK_CELL_TIMEOUT, NOTEBOOK_CONTEXT, NOTEBOOK_REQUIREMENTS, NOTEBOOK_INSTALL_REQUIREMENTS,
OUTPUT_URI, OCI_RUN_NOTEBOOK_OUTPUT_PAR (or OCI_RUN_NOTEBOOK_OUTPUT_PAR_HANDOVER and _KEY) and
OCI_RUN_NOTEBOOK_RESULT; docs/driver.md has the contract.
Exit codes: 0 succeeded, 1 a cell failed, 2 bad setup, 3 outputs not uploaded.
Python 3.8 compatible; needs nbformat, nbclient and a Jupyter kernel, optionally `oci`.
"""
import json
import math
import os
import subprocess
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # the other driver_*.py files sit beside this one

import driver_uploads as outputs  # noqa: E402
from driver_cells import (  # noqa: E402
    Jupyter,
    KernelStartError,
    LogWriter,
    choose_kernel,
    clear_outputs,
    execute,
    file_cell_numbers,
    read_notebook,
    runnable_cells,
)
from driver_context import explain_missing_import, prepare_context, read_context  # noqa: E402
from driver_log import queued_stdout  # noqa: E402
from driver_record import ResultRecord  # noqa: E402
from driver_secrets import take_output_par  # noqa: E402
from driver_targets import output_target  # noqa: E402
from driver_uploads import SetupError, say  # noqa: E402

EXIT_SUCCEEDED = 0
EXIT_CELL_FAILED = 1
EXIT_SETUP = 2
EXIT_UPLOAD = 3


class DriverSettings:
    """What the environment asks for, parsed and checked before any kernel starts."""

    def __init__(self, notebook_path, encoding, exclude_tags, kernel, cell_timeout, target, context):
        self.notebook_path = notebook_path  # absolute
        self.encoding = encoding
        self.exclude_tags = exclude_tags
        self.kernel = kernel  # None: the notebook's own kernel, else python3
        self.cell_timeout = cell_timeout  # seconds per cell, None for no limit
        self.target = target  # where outputs go, None when OUTPUT_URI is unset
        self.context = context  # the folder shipped with the notebook and its requirements


def read_settings(environ, cwd, driver_dir, par_url, redact):
    notebook_path = find_notebook(environ.get("JOB_RUN_NOTEBOOK", "").strip(), cwd, driver_dir)
    return DriverSettings(
        notebook_path=notebook_path,
        encoding=environ.get("NOTEBOOK_ENCODING", "").strip() or "utf-8",
        exclude_tags=parse_exclude_tags(environ.get("NOTEBOOK_EXCLUDE_TAGS", "")),
        kernel=environ.get("NOTEBOOK_KERNEL", "").strip() or None,
        cell_timeout=parse_cell_timeout(environ.get("NOTEBOOK_CELL_TIMEOUT", "")),
        target=output_target(environ, cwd, par_url, redact),
        context=read_context(environ, cwd, notebook_path),
    )


def find_notebook(raw, cwd, driver_dir):
    """JOB_RUN_NOTEBOOK relative to the current folder; ADS jobs name it relative to code/, so try that too."""
    if not raw:
        raise SetupError(
            "JOB_RUN_NOTEBOOK is not set; expected the notebook's path relative to the job "
            "artifact's root, e.g. JOB_RUN_NOTEBOOK=code/analysis.ipynb."
        )
    candidates = []
    for base in (cwd, driver_dir, os.path.join(driver_dir, "code")):
        candidate = os.path.abspath(os.path.join(base, raw))
        if candidate not in candidates:
            candidates.append(candidate)
    found = [c for c in candidates if os.path.isfile(c)]
    if not found:
        raise SetupError("JOB_RUN_NOTEBOOK is %r but there is no such file (looked for %s)." % (raw, ", ".join(candidates)))
    if not found[0].endswith(".ipynb"):
        raise SetupError("JOB_RUN_NOTEBOOK is %r, which is not a notebook; expected a .ipynb file." % raw)
    return found[0]


def parse_exclude_tags(raw):
    if not raw.strip():
        return []
    try:
        tags = json.loads(raw)
    except ValueError:
        tags = None
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise SetupError('NOTEBOOK_EXCLUDE_TAGS is %r; expected a JSON list of strings, e.g. ["remove"].' % raw)
    return tags


def parse_cell_timeout(raw):
    if not raw.strip():
        return None
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0
    if not seconds > 0:
        raise SetupError("NOTEBOOK_CELL_TIMEOUT is %r; expected a number of seconds greater than 0." % raw)
    return int(math.ceil(seconds))


def conda_unpack():
    """A conda pack fixes its path prefixes with conda-unpack; ADS's driver runs it too."""
    tool = os.path.join(os.path.dirname(sys.executable), "conda-unpack")
    if not os.path.isfile(tool):
        return
    result = subprocess.run([tool], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if result.returncode:
        say("warning: conda-unpack exited with %d: %s" % (result.returncode, result.stdout.decode("utf-8", "replace").strip()))


def save_notebook(jupyter, nb, settings):
    with open(settings.notebook_path, "w", encoding=settings.encoding) as sink:
        jupyter.nbformat.write(nb, sink)


def run(par_url, redact, record):
    settings = read_settings(os.environ, os.getcwd(), os.path.dirname(os.path.abspath(__file__)), par_url, redact)
    if record:
        record.target = settings.target
    jupyter = Jupyter()
    nb = read_notebook(jupyter, settings.notebook_path, settings.encoding)
    kernel, note = choose_kernel(jupyter, settings.kernel, nb)
    runnable, excluded = runnable_cells(nb, settings.exclude_tags)
    notebook_dir = os.path.dirname(settings.notebook_path)
    notebook_name = os.path.basename(settings.notebook_path)
    problem = settings.target.problem() if settings.target else None
    if problem:
        say("warning: %s The notebook runs anyway; its outputs will not be uploaded." % redact(problem))
    if note:
        say("note: %s" % note)
    conda_unpack()
    prepare_context(jupyter, kernel, settings.context)
    # After the install: what pip builds beside a local package is not an output.
    before = outputs.snapshot(notebook_dir)

    say("running %s with kernel %s: %d code cell(s) to run%s" % (
        os.path.relpath(settings.notebook_path), kernel, len(runnable),
        "; not running cell(s) %s, tagged %s" % (", ".join(str(file_cell_numbers(nb)[i]) for i in excluded), json.dumps(settings.exclude_tags))
        if excluded else ""))
    clear_outputs(nb, runnable)
    writer = LogWriter(sys.stdout)
    try:
        failure = execute(jupyter, nb, settings, kernel, runnable, writer)
    except KernelStartError as error:
        raise SetupError(str(error))
    writer.end_line()
    if failure:
        explain_missing_import(settings.context, failure)
        say(failure.line())

    outputs_failed = None
    try:
        save_notebook(jupyter, nb, settings)
        say("saved the executed notebook to %s" % os.path.relpath(settings.notebook_path))
    except OSError as error:
        outputs_failed = "saving the executed notebook failed: %s" % error
    if settings.target and not outputs_failed:
        say("uploading outputs to %s" % redact(settings.target.describe()))
        files = [(settings.notebook_path, notebook_name)] + [
            (os.path.join(notebook_dir, relative), relative)
            for relative in outputs.changed_files(notebook_dir, before)
            if relative != notebook_name
        ]
        outputs_failed = outputs.store_all(settings.target, files, redact)
    if outputs_failed:
        say("error: %s" % redact(outputs_failed))

    if failure:
        code, last_line = EXIT_CELL_FAILED, "notebook failed at cell %d" % failure.cell_number
    elif outputs_failed:
        code, last_line = EXIT_UPLOAD, "notebook succeeded, but its outputs were not all uploaded"
    else:
        code, last_line = EXIT_SUCCEEDED, "notebook succeeded"
    if record:
        record.ran(os.path.relpath(settings.notebook_path), len(runnable), failure, outputs_failed and redact(outputs_failed))
        record.store(code, redact, lambda: None)
    say(last_line)
    return code


def store_not_run(record, reason, par_url, redact):
    """After a setup error: the record says why, through the output target if one can be made."""
    if record:
        record.not_run(reason)
        record.store(EXIT_SETUP, redact, lambda: output_target(os.environ, os.getcwd(), par_url, redact))


def main():
    # First, before anything else runs: the secrets leave every environment block a kernel could read.
    par_url, handover = take_output_par()
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError):
        pass
    # ipykernel's debugger otherwise warns about frozen modules on every start, cluttering the log.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    redact = outputs.Redactor(par_url)
    # Every line goes through one queue and its own writer thread, so a slow log reader never stalls the kernel's output.
    with queued_stdout():
        record = None
        try:
            record = ResultRecord.from_environ(os.environ)
            if handover and not par_url:
                par_url = handover.fetch()
                redact.add(par_url)
            return run(par_url, redact, record)
        except SetupError as error:
            say("error: %s" % redact(error))
            store_not_run(record, redact(error), par_url, redact)
            say("notebook not run: bad setup")
            return EXIT_SETUP
        except Exception:  # a driver bug: report it, secret-free, as a setup failure
            say("error: the driver failed unexpectedly:\n%s" % redact(traceback.format_exc()))
            store_not_run(record, "the driver failed unexpectedly (its log has the traceback)", par_url, redact)
            return EXIT_SETUP


if __name__ == "__main__":
    sys.exit(main())
