# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""The Jupyter packages the driver runs notebooks with, and what differs between their versions.

The service conda packs carry what was current when they were built (nbclient 0.5 and later,
nbformat 5): the driver keeps to the APIs those have, and falls back where newer ones add more.
Imported by driver_cells.py; all driver files sit at the job artifact's root.
Python 3.8 compatible; standard library only until a Jupyter package is imported.
"""
import importlib.util
import inspect
import sys

from driver_uploads import SetupError

# The packages a notebook run needs, and why, for the message that names a missing one.
REQUIRED_PACKAGES = (("nbformat", "reads and saves notebooks"), ("nbclient", "runs the cells"), ("jupyter_client", "starts kernels"))
# NotebookClient methods the driver calls; all exist from nbclient 0.5.0 (2020) on.
REQUIRED_CLIENT_METHODS = ("create_kernel_manager", "start_new_kernel", "start_new_kernel_client", "setup_kernel", "execute_cell")
OLDEST_NBCLIENT = "0.5.0"


class Jupyter:
    """The Jupyter modules, imported late so a Python without them gets a clear setup error."""

    def __init__(self):
        missing = [name for name, _ in REQUIRED_PACKAGES if importlib.util.find_spec(name) is None]
        if missing:
            raise SetupError(
                "this Python (%s) cannot run notebooks: %s not installed (%s). Run the job with a conda "
                "environment that has nbformat, nbclient and ipykernel, such as the service conda "
                "tensorflow28_p38_cpu_v1 (the conda input)."
                % (sys.executable, _listed(missing) + (" is" if len(missing) == 1 else " are"),
                   "; ".join("%s %s" % (name, why) for name, why in REQUIRED_PACKAGES if name in missing))
            )
        try:
            import nbclient
            import nbformat
            from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
            from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
        except ImportError as error:
            raise SetupError("this Python (%s) cannot run notebooks: %s." % (sys.executable, error))
        version = getattr(nbclient, "__version__", "of unknown version")
        absent = [name for name in REQUIRED_CLIENT_METHODS if not hasattr(nbclient.NotebookClient, name)]
        if absent:
            raise SetupError(
                "nbclient %s is too old to run notebooks here (it has no %s); the driver needs nbclient "
                "%s or newer. Use a newer conda environment." % (version, ", ".join(absent), OLDEST_NBCLIENT)
            )
        self.nbformat = nbformat
        self.NotebookClient = nbclient.NotebookClient
        self.KernelSpecManager = KernelSpecManager
        self.NoSuchKernel = NoSuchKernel
        self.CellExecutionError = CellExecutionError
        self.CellTimeoutError = CellTimeoutError
        self.DeadKernelError = DeadKernelError


def _listed(names):
    return names[0] if len(names) == 1 else "%s and %s" % (", ".join(names[:-1]), names[-1])


def timeout_options(client_class, timeout_error):
    """How a cell that runs too long ends. nbclient 0.6.1 and later can interrupt the kernel and put
    `timeout_error` in the cell; before, interrupting would look like a KeyboardInterrupt in the
    notebook, so the cell is left to raise CellTimeoutError instead."""
    if "error_on_timeout" in client_class.class_trait_names():
        return {"interrupt_on_timeout": True, "error_on_timeout": timeout_error}
    return {"interrupt_on_timeout": False}


def stop_kernel(client):
    """Shuts down a kernel that failed to start properly; nothing here may raise."""
    cleanup = getattr(client, "_cleanup_kernel", None)  # private in nbclient: used while it is there
    try:
        if cleanup is not None:
            cleanup()
            return
        manager = getattr(client, "km", None)
        if manager is not None:
            result = manager.shutdown_kernel(now=True)
            if inspect.isawaitable(result):  # an AsyncKernelManager
                import asyncio

                asyncio.get_event_loop().run_until_complete(result)
    except Exception:  # nothing more to stop
        pass
