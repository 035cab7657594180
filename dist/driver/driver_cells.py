# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Running a notebook's cells with nbclient: which cells run, their numbers in the user's file,
each output printed as it arrives, and the first failure.

Imported by driver_notebook.py; all driver files sit at the job artifact's root.
Python 3.8 compatible; needs nbformat, nbclient and a Jupyter kernel.
"""
import os
import re

from driver_jupyter import Jupyter, stop_kernel, timeout_options  # noqa: F401 (Jupyter: driver_notebook.py imports it from here)
from driver_log import LogWriter, strip_ansi  # noqa: F401 (LogWriter: imported from here by driver_notebook.py)
from driver_outcomes import (
    OUTPUT_LOST_ENAME,
    coalesce_streams,
    dead_kernel_reason,
    ends_run_as_succeeded,
    output_lost_reason,
)
from driver_uploads import SetupError, say

DEFAULT_KERNEL = "python3"
TIMEOUT_ENAME = "CellTimeoutError"


def read_notebook(jupyter, path, encoding):
    try:
        with open(path, encoding=encoding) as source:
            return jupyter.nbformat.read(source, as_version=4)
    except (ValueError, LookupError, UnicodeError) as error:
        raise SetupError("%s is not a readable notebook with encoding %s: %s" % (path, encoding, error))


def choose_kernel(jupyter, requested, nb):
    """The kernel name to start, and a note when another kernel runs the notebook's language.

    A notebook's own kernel that is not installed here fails the run before any cell, unless it
    is a Python kernel by another name (`conda-env-..-py` from an OCI notebook session, say):
    then the default Python kernel runs it, and the log says so. Never another language's kernel.
    """
    specs = jupyter.KernelSpecManager()

    def installed(name):
        try:
            specs.get_kernel_spec(name)
            return True
        except jupyter.NoSuchKernel:
            return False

    def installed_names():
        return ", ".join(sorted(specs.find_kernel_specs())) or "none"

    if requested:
        if not installed(requested):
            raise SetupError(
                "NOTEBOOK_KERNEL is %r but no such Jupyter kernel is installed (installed: %s)."
                % (requested, installed_names())
            )
        return requested, None
    kernelspec = nb.metadata.get("kernelspec") or {}
    own = kernelspec.get("name")
    if not own or own == DEFAULT_KERNEL or installed(own):
        return own or DEFAULT_KERNEL, None
    language = kernelspec.get("language") or (nb.metadata.get("language_info") or {}).get("name") or ""
    if language.lower() == "python" and installed(DEFAULT_KERNEL):
        return DEFAULT_KERNEL, "the notebook's kernel %r is not installed here; its Python runs with %s" % (own, DEFAULT_KERNEL)
    raise SetupError(
        "kernel %r is not installed; installed: %s. The notebook's metadata names it (kernelspec); "
        "run it where that kernel is installed." % (own, installed_names())
    )


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


def live_client_class(jupyter, writer):
    """A NotebookClient that also logs each output the moment it arrives, and notes whether the
    kernel's idle message, which ends a cell's output, was received."""

    class LiveNotebookClient(jupyter.NotebookClient):
        idle_received = False

        def process_message(self, msg, cell, cell_index):
            if msg.get("msg_type") == "status" and msg.get("content", {}).get("execution_state") == "idle":
                self.idle_received = True
            return super().process_message(msg, cell, cell_index)

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


# Kernels started at once on one machine (parallel runs, a batch) may race for the TCP ports
# jupyter_client picks, and one then dies before answering; started again, it picks others.
KERNEL_START_ATTEMPTS = 3


def start_kernel(client, kernel):
    """Starts the client's kernel, again when it dies starting (no cell has run yet); KernelStartError after the last attempt."""
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            client.km = client.create_kernel_manager()
            client.start_new_kernel()
            client.start_new_kernel_client()
            return
        except Exception as error:
            stop_kernel(client)
            problem = "%s: %s" % (type(error).__name__, error)
            if attempt == KERNEL_START_ATTEMPTS:
                raise KernelStartError("kernel %r did not start: %s" % (kernel, problem))
            say("kernel %r did not start (%s); starting it again (attempt %d of %d)" % (kernel, problem, attempt + 1, KERNEL_START_ATTEMPTS))


def execute(jupyter, nb, settings, kernel, runnable, writer):
    """Runs the runnable cells in order, stopping at the first failure, which it returns."""
    timed_out = "the cell did not finish within NOTEBOOK_CELL_TIMEOUT=%s seconds" % settings.cell_timeout
    client = live_client_class(jupyter, writer)(
        nb,
        kernel_name=kernel,
        timeout=settings.cell_timeout,
        resources={"metadata": {"path": os.path.dirname(settings.notebook_path)}},
        # On timeout interrupt the kernel (its KeyboardInterrupt traceback lands in the cell) and fail the cell.
        **timeout_options(jupyter.NotebookClient, {"ename": TIMEOUT_ENAME, "evalue": timed_out, "traceback": []})
    )
    start_kernel(client, kernel)
    with client.setup_kernel():  # already started: this only shuts the kernel down afterwards
        record_language_info(client, nb)
        try:
            failure = run_cells(jupyter, client, nb, runnable, writer, timed_out)
        finally:
            coalesce_streams(nb, runnable)  # as nbconvert does, once every cell has run
        if failure:
            return failure
        try:
            client.set_widgets_metadata()
        except Exception:  # widget state is a nicety
            pass
    return None


def run_cells(jupyter, client, nb, runnable, writer, timed_out):
    """The cells in order; returns the first failure, or None when they all ran or one ended the run with SystemExit(0)."""
    numbers = file_cell_numbers(nb)
    for index in runnable:
        cell, number = nb.cells[index], numbers[index]
        injected = INJECTED_PARAMETERS_TAG in (cell.metadata.get("tags") or [])
        writer.line("--- injected parameters ---" if injected else "--- cell %d ---" % number)
        executed_before, client.idle_received = client.code_cells_executed, False
        try:
            client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
        except jupyter.CellExecutionError as error:
            if error.ename == TIMEOUT_ENAME:
                return record_failure(jupyter, cell, number, TIMEOUT_ENAME, timed_out, writer)
            if ends_run_as_succeeded(error.ename, error.evalue):
                writer.end_line()
                say("cell %d raised SystemExit(%s): the notebook ends here, as succeeded; later cells are not run" % (number, error.evalue or ""))
                return None
            return CellFailure(number, error.ename, error.evalue)
        except jupyter.CellTimeoutError:
            return record_failure(jupyter, cell, number, TIMEOUT_ENAME, timed_out, writer)
        except jupyter.DeadKernelError:
            return record_failure(jupyter, cell, number, "DeadKernelError", dead_kernel_reason(client.km), writer)
        except Exception as error:
            return record_failure(jupyter, cell, number, type(error).__name__, str(error), writer)
        finally:
            writer.end_line()
        # nbclient gives up on a cell's output some seconds after the cell finished (its IOPub
        # timeout) and carries on; the notebook would then lack output the kernel produced.
        if client.code_cells_executed > executed_before and not client.idle_received:
            return record_failure(jupyter, cell, number, OUTPUT_LOST_ENAME, output_lost_reason(client), writer)
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
