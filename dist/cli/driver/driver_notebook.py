#!/usr/bin/env python3
# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Runs one Jupyter notebook inside an OCI Data Science job run (JOB_RUN_ENTRYPOINT).

Reads JOB_RUN_NOTEBOOK, NOTEBOOK_ENCODING, NOTEBOOK_EXCLUDE_TAGS, NOTEBOOK_KERNEL,
NOTEBOOK_CELL_TIMEOUT, OUTPUT_URI and OCI_RUN_NOTEBOOK_OUTPUT_PAR; docs/driver.md has the contract.
Exit codes: 0 succeeded, 1 a cell failed, 2 bad setup, 3 outputs not uploaded.
Python 3.8 compatible; needs nbformat, nbclient and a Jupyter kernel, optionally `oci`.
"""
import json
import math
import os
import re
import subprocess
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # driver_uploads.py sits beside this file

import driver_uploads as outputs  # noqa: E402
from driver_uploads import SetupError, say  # noqa: E402

EXIT_SUCCEEDED = 0
EXIT_CELL_FAILED = 1
EXIT_SETUP = 2
EXIT_UPLOAD = 3
DEFAULT_KERNEL = "python3"
TIMEOUT_ENAME = "CellTimeoutError"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def strip_ansi(text):
    return ANSI_ESCAPE.sub("", text)


class DriverSettings:
    """What the environment asks for, parsed and checked before any kernel starts."""

    def __init__(self, notebook_path, encoding, exclude_tags, kernel, cell_timeout, target):
        self.notebook_path = notebook_path  # absolute
        self.encoding = encoding
        self.exclude_tags = exclude_tags
        self.kernel = kernel  # None: the notebook's own kernel, else python3
        self.cell_timeout = cell_timeout  # seconds per cell, None for no limit
        self.target = target  # where outputs go, None when OUTPUT_URI is unset


def read_settings(environ, cwd, driver_dir, par_url, redact):
    return DriverSettings(
        notebook_path=find_notebook(environ.get("JOB_RUN_NOTEBOOK", "").strip(), cwd, driver_dir),
        encoding=environ.get("NOTEBOOK_ENCODING", "").strip() or "utf-8",
        exclude_tags=parse_exclude_tags(environ.get("NOTEBOOK_EXCLUDE_TAGS", "")),
        kernel=environ.get("NOTEBOOK_KERNEL", "").strip() or None,
        cell_timeout=parse_cell_timeout(environ.get("NOTEBOOK_CELL_TIMEOUT", "")),
        target=outputs.output_target(environ, cwd, par_url, redact),
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


class Jupyter:
    """The Jupyter modules, imported late so a Python without them gets a clear setup error."""

    def __init__(self):
        try:
            import nbclient
            import nbformat
            from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
            from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
        except ImportError as error:
            raise SetupError(
                "this Python (%s) cannot run notebooks: %s. Run the job with a conda environment "
                "that has nbformat, nbclient and ipykernel." % (sys.executable, error)
            )
        self.nbformat = nbformat
        self.NotebookClient = nbclient.NotebookClient
        self.KernelSpecManager = KernelSpecManager
        self.NoSuchKernel = NoSuchKernel
        self.CellExecutionError = CellExecutionError
        self.CellTimeoutError = CellTimeoutError
        self.DeadKernelError = DeadKernelError


def read_notebook(jupyter, path, encoding):
    try:
        with open(path, encoding=encoding) as source:
            return jupyter.nbformat.read(source, as_version=4)
    except (ValueError, LookupError, UnicodeError) as error:
        raise SetupError("%s is not a readable notebook with encoding %s: %s" % (path, encoding, error))


def choose_kernel(jupyter, requested, nb):
    """The kernel name to start, and a note when the notebook's own kernel is not installed here."""
    specs = jupyter.KernelSpecManager()

    def installed(name):
        try:
            specs.get_kernel_spec(name)
            return True
        except jupyter.NoSuchKernel:
            return False

    if requested:
        if not installed(requested):
            raise SetupError(
                "NOTEBOOK_KERNEL is %r but no such Jupyter kernel is installed (installed: %s)."
                % (requested, ", ".join(sorted(specs.find_kernel_specs())) or "none")
            )
        return requested, None
    own = (nb.metadata.get("kernelspec") or {}).get("name")
    if not own or own == DEFAULT_KERNEL or installed(own):
        return own or DEFAULT_KERNEL, None
    return DEFAULT_KERNEL, "the notebook's kernel %r is not installed here; using %s" % (own, DEFAULT_KERNEL)


def runnable_cells(nb, exclude_tags):
    """Indexes of the code cells to run; excluded cells stay in the notebook, unrun, as ADS leaves them."""
    runnable, excluded = [], []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if set(cell.metadata.get("tags") or []) & set(exclude_tags):
            excluded.append(index)
        elif cell.source.strip():
            runnable.append(index)
    return runnable, excluded


INJECTED_PARAMETERS_TAG = "injected-parameters"


def file_cell_numbers(nb):
    """Each cell's 1-based number in the user's own file: a cell of injected parameters is not in
    that file, so it takes the number of the cell it follows and later cells keep theirs."""
    numbers, number = [], 0
    for cell in nb.cells:
        if INJECTED_PARAMETERS_TAG not in (cell.metadata.get("tags") or []):
            number += 1
        numbers.append(max(number, 1))
    return numbers


class LogWriter:
    """Cell outputs on stdout as the kernel sends them, ANSI colours stripped, flushed."""

    def __init__(self, stream):
        self.stream = stream
        self.at_line_start = True

    def write(self, text):
        if text:
            self.stream.write(text)
            self.stream.flush()
            self.at_line_start = text.endswith("\n")

    def end_line(self):
        if not self.at_line_start:
            self.write("\n")

    def line(self, text):
        self.end_line()
        self.write(text + "\n")

    def output(self, out):
        kind = out.get("output_type")
        if kind == "stream":
            self.write(strip_ansi(out.get("text", "")))
        elif kind in ("execute_result", "display_data"):
            data = out.get("data", {})
            if "text/plain" in data:
                self.line(strip_ansi(data["text/plain"]))
            else:
                self.line("[%s]" % ", ".join(sorted(data)))
        elif kind == "error":
            lines = out.get("traceback") or ["%s: %s" % (out.get("ename"), out.get("evalue"))]
            self.line(strip_ansi("\n".join(lines)))


def live_client_class(jupyter, writer):
    """A NotebookClient that also prints each output the moment it arrives."""

    class LiveNotebookClient(jupyter.NotebookClient):
        def output(self, outs, msg, display_id, cell_index):
            out = super().output(outs, msg, display_id, cell_index)
            if out is not None:
                try:
                    writer.output(out)
                except Exception:  # printing must never stop the run
                    pass
            return out

    return LiveNotebookClient


class CellFailure:
    def __init__(self, cell_number, ename, evalue):
        self.cell_number = cell_number  # 1-based position in the notebook file, all cells counted
        self.ename = ename or "Error"
        self.evalue = re.sub(r"\s*[\r\n]+\s*", " ", strip_ansi(evalue or "")).strip()

    def line(self):
        return ("cell %d failed: %s: %s" % (self.cell_number, self.ename, self.evalue)).rstrip()


class KernelStartError(Exception):
    pass


def execute(jupyter, nb, settings, kernel, runnable, writer):
    """Runs the runnable cells in order, stopping at the first failure, which it returns."""
    timed_out = "the cell did not finish within NOTEBOOK_CELL_TIMEOUT=%s seconds" % settings.cell_timeout
    client = live_client_class(jupyter, writer)(
        nb,
        kernel_name=kernel,
        timeout=settings.cell_timeout,
        # On timeout interrupt the kernel (its KeyboardInterrupt traceback lands in the cell) and fail the cell.
        interrupt_on_timeout=True,
        error_on_timeout={"ename": TIMEOUT_ENAME, "evalue": timed_out, "traceback": []},
        resources={"metadata": {"path": os.path.dirname(settings.notebook_path)}},
    )
    try:
        client.km = client.create_kernel_manager()
        client.start_new_kernel()
        client.start_new_kernel_client()
    except Exception as error:
        try:
            client._cleanup_kernel()
        except Exception:  # nothing more to stop
            pass
        raise KernelStartError("kernel %r did not start: %s: %s" % (kernel, type(error).__name__, error))
    with client.setup_kernel():  # already started: this only shuts the kernel down afterwards
        record_language_info(client, nb)
        numbers = file_cell_numbers(nb)
        for index in runnable:
            injected = INJECTED_PARAMETERS_TAG in (nb.cells[index].metadata.get("tags") or [])
            writer.line("--- injected parameters ---" if injected else "--- cell %d ---" % numbers[index])
            try:
                client.execute_cell(nb.cells[index], index, execution_count=client.code_cells_executed + 1)
            except jupyter.CellExecutionError as error:
                if error.ename == TIMEOUT_ENAME:
                    return record_failure(jupyter, nb.cells[index], numbers[index], TIMEOUT_ENAME, timed_out, writer)
                return CellFailure(numbers[index], error.ename, error.evalue)
            except jupyter.CellTimeoutError:
                return record_failure(jupyter, nb.cells[index], numbers[index], TIMEOUT_ENAME, timed_out, writer)
            except jupyter.DeadKernelError:
                reason = "the kernel died while running the cell (out of memory?)"
                return record_failure(jupyter, nb.cells[index], numbers[index], "DeadKernelError", reason, writer)
            except Exception as error:
                return record_failure(jupyter, nb.cells[index], numbers[index], type(error).__name__, str(error), writer)
            finally:
                writer.end_line()
        try:
            client.set_widgets_metadata()
        except Exception:  # widget state is a nicety
            pass
    return None


def record_language_info(client, nb):
    try:
        reply = client.wait_for_reply(client.kc.kernel_info())
        nb.metadata["language_info"] = reply["content"]["language_info"]
    except Exception:  # the notebook keeps whatever language_info it had
        pass


def record_failure(jupyter, cell, number, ename, evalue, writer):
    """A failure nbclient did not put in the cell: add it as an error output so the saved notebook shows it."""
    cell.outputs.append(jupyter.nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[]))
    writer.line("%s: %s" % (ename, evalue))
    return CellFailure(number, ename, evalue)


def clear_outputs(nb, runnable):
    """Cells that will not run after a failure must not show outputs from an earlier session."""
    for index in runnable:
        nb.cells[index].outputs = []
        nb.cells[index].execution_count = None


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


def run(par_url, redact):
    settings = read_settings(os.environ, os.getcwd(), os.path.dirname(os.path.abspath(__file__)), par_url, redact)
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
        say("notebook failed at cell %d" % failure.cell_number)
        return EXIT_CELL_FAILED
    if outputs_failed:
        say("notebook succeeded, but its outputs were not all uploaded")
        return EXIT_UPLOAD
    say("notebook succeeded")
    return EXIT_SUCCEEDED


def main():
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError):
        pass
    # ipykernel's debugger otherwise warns about frozen modules on every start, cluttering the log.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    # Read the secret once and drop it, so the notebook's kernel never inherits it.
    par_url = os.environ.pop(outputs.PAR_ENV, "").strip() or None
    redact = outputs.Redactor(par_url)
    try:
        return run(par_url, redact)
    except SetupError as error:
        say("error: %s" % redact(error))
        say("notebook not run: bad setup")
        return EXIT_SETUP
    except Exception:  # a driver bug: report it, secret-free, as a setup failure
        say("error: the driver failed unexpectedly:\n%s" % redact(traceback.format_exc()))
        return EXIT_SETUP


if __name__ == "__main__":
    sys.exit(main())
