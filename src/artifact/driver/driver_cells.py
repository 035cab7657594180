# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Running a notebook's cells with nbclient: which cells run, their numbers in the user's file,
each output printed as it arrives, and the first failure.

Imported by driver_notebook.py; all driver files sit at the job artifact's root.
Python 3.8 compatible; needs nbformat, nbclient and a Jupyter kernel.
"""
import os
import re
import sys

from driver_uploads import SetupError

DEFAULT_KERNEL = "python3"
TIMEOUT_ENAME = "CellTimeoutError"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def strip_ansi(text):
    return ANSI_ESCAPE.sub("", text)


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
