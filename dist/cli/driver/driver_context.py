# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""The notebook's context: the folder shipped with it (NOTEBOOK_CONTEXT), which goes on the
kernel's PYTHONPATH, and its requirements file (NOTEBOOK_REQUIREMENTS), installed with the
kernel's own pip before the first cell unless NOTEBOOK_INSTALL_REQUIREMENTS is false, or
NOTEBOOK_REQUIREMENTS_INSTALLED is true (a batch installed them once, before its notebooks).

Imported by driver_notebook.py and driver_batch.py; all driver files sit at the job artifact's root.
Standard library only, Python 3.8 compatible.
"""
import collections
import os
import subprocess
import sys

from driver_uploads import SetupError, say

CONTEXT_ENV = "NOTEBOOK_CONTEXT"
REQUIREMENTS_ENV = "NOTEBOOK_REQUIREMENTS"
INSTALL_ENV = "NOTEBOOK_INSTALL_REQUIREMENTS"
# Set by driver_batch.py for its notebooks: the file is installed already, by the batch, once.
INSTALLED_ENV = "NOTEBOOK_REQUIREMENTS_INSTALLED"
# pip's last lines say why an install failed; they go into the error.
PIP_TAIL_LINES = 5
IMPORT_ERRORS = ("ModuleNotFoundError", "ImportError")
# pip's own settings for a run nobody watches; the job's PIP_* variables still win.
PIP_DEFAULTS = {
    "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    "PIP_NO_INPUT": "1",
    "PIP_PROGRESS_BAR": "off",
    "PIP_ROOT_USER_ACTION": "ignore",
}


class NotebookContext:
    """The context root and requirements file (absolute paths, None when not given)."""

    def __init__(self, root, requirements, install, installed=False):
        self.root = root
        self.requirements = requirements
        self.install = install
        self.installed = installed  # by the batch this notebook runs in, before it started


def _inside(folder, path):
    folder, path = os.path.realpath(folder), os.path.realpath(path)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def read_context(environ, cwd, notebook_path):
    """NOTEBOOK_CONTEXT, NOTEBOOK_REQUIREMENTS, NOTEBOOK_INSTALL_REQUIREMENTS and NOTEBOOK_REQUIREMENTS_INSTALLED, checked."""
    raw_root = environ.get(CONTEXT_ENV, "").strip()
    root = None
    if raw_root:
        root = os.path.abspath(os.path.join(cwd, raw_root))
        if not os.path.isdir(root):
            raise SetupError("%s is %r but there is no such folder (looked at %s)." % (CONTEXT_ENV, raw_root, root))
        if not _inside(root, notebook_path):
            raise SetupError("%s is %r, which does not contain the notebook %s." % (CONTEXT_ENV, raw_root, notebook_path))
    raw_requirements = environ.get(REQUIREMENTS_ENV, "").strip()
    requirements = None
    if raw_requirements:
        requirements = os.path.abspath(os.path.join(cwd, raw_requirements))
        if not os.path.isfile(requirements):
            raise SetupError("%s is %r but there is no such file (looked at %s)." % (REQUIREMENTS_ENV, raw_requirements, requirements))
    install = _flag(environ.get(INSTALL_ENV, ""), INSTALL_ENV, True)
    return NotebookContext(root, requirements, install, _flag(environ.get(INSTALLED_ENV, ""), INSTALLED_ENV, False))


def _flag(raw, name, default):
    value = raw.strip().lower()
    if not value:
        return default
    if value in ("true", "1", "yes"):
        return True
    if value in ("false", "0", "no"):
        return False
    raise SetupError("%s is %r; expected true or false." % (name, raw))


def prepare_context(jupyter, kernel, context):
    """Installs the requirements (or says why not), then puts the context root on the kernel's PYTHONPATH."""
    if context.requirements:
        shown = os.path.relpath(context.requirements)
        if context.installed:
            say("note: not installing %s again: the batch installed it before its first notebook" % shown)
        elif context.install:
            install_requirements(kernel_python(jupyter, kernel, shown), context.requirements, shown)
        else:
            say("note: not installing %s (%s=false; on backend local, install-requirements turns it on)" % (shown, INSTALL_ENV))
    if context.root:
        # After pip, so that the user's modules cannot shadow pip's own imports.
        existing = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = context.root + (os.pathsep + existing if existing else "")
        say("the notebook runs in %s, which is on its PYTHONPATH" % os.path.relpath(context.root))


def kernel_python(jupyter, kernel, shown):
    """The interpreter the kernel runs, as jupyter_client starts it: its pip installs where the kernel imports from."""
    spec = jupyter.KernelSpecManager().get_kernel_spec(kernel)
    if (spec.language or "").lower() != "python":
        raise SetupError("%s can only be installed for a Python kernel; kernel %r runs %s." % (shown, kernel, spec.language or "another language"))
    command = spec.argv[0] if spec.argv else sys.executable
    # jupyter_client runs these names with its own interpreter; so does this.
    if command in ("python", "python%d" % sys.version_info[0], "python%d.%d" % sys.version_info[:2]):
        return sys.executable
    return command


def install_requirements(python, requirements, shown):
    """`python -m pip install -r` in the file's folder (so relative paths in it work), pip's output streamed."""
    say("installing %s with %s -m pip" % (shown, python))
    env = dict(PIP_DEFAULTS)
    env.update(os.environ)
    command = [python, "-m", "pip", "install", "-r", os.path.basename(requirements)]
    try:
        process = subprocess.Popen(command, cwd=os.path.dirname(requirements), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except OSError as error:
        raise SetupError("installing %s failed: cannot start %s: %s" % (shown, python, error))
    tail = collections.deque(maxlen=PIP_TAIL_LINES)
    for raw in process.stdout:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
        if line.strip():
            tail.append(line.strip())
    code = process.wait()
    if code:
        raise SetupError("installing %s failed (pip exited with %d): %s" % (shown, code, " | ".join(tail) or "pip printed nothing"))
    say("installed %s" % shown)


def explain_missing_import(context, failure):
    """A failed import says which requirements file was not installed, or was installed once for the batch."""
    if not context.requirements or failure.ename not in IMPORT_ERRORS:
        return
    if context.installed:
        failure.evalue = "%s (%s was installed once for the batch, before its first notebook: is the package in it?)" % (
            failure.evalue, os.path.relpath(context.requirements))
    elif not context.install:
        failure.evalue = "%s (%s was not installed: turn on install-requirements to install it before the first cell)" % (
            failure.evalue, os.path.relpath(context.requirements))
