#!/usr/bin/env python3
# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""Runs a batch of Jupyter notebooks in one OCI Data Science job run (JOB_RUN_ENTRYPOINT=driver_batch.py).

Reads the manifest NOTEBOOK_BATCH names (driver_manifest.py), installs the shared requirements
once, then runs each notebook as its own `driver_notebook.py` process, forked from a fork server
that imports Jupyter once (driver_forkserver.py), at most `parallel` at once, each line it prints
relayed as `[<name>] <line>`. The output PAR reaches the children
through a pipe only. A notebook past its `timeoutSeconds` is stopped with its kernel; SIGTERM or
SIGINT stops them all. docs/driver.md ("Batch runs") has the contract.
Exit codes: 0 all succeeded, 1 a notebook failed, 2 bad setup, 3 only outputs not uploaded,
128 + the signal when stopped by one.
Standard library only, Python 3.8 compatible; Jupyter is needed only to install requirements.
"""
import collections
import json
import os
import shutil
import signal
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # the other driver_*.py files sit beside this one

import driver_uploads as outputs  # noqa: E402
from driver_children import start_notebook  # noqa: E402
from driver_forkserver import Forkserver  # noqa: E402
from driver_context import INSTALLED_ENV, install_requirements, kernel_python, read_context  # noqa: E402
from driver_log import queued_stdout  # noqa: E402
from driver_manifest import read_manifest  # noqa: E402
from driver_notebook import EXIT_CELL_FAILED, EXIT_SETUP, EXIT_SUCCEEDED, EXIT_UPLOAD, conda_unpack, find_notebook  # noqa: E402
from driver_record import ResultRecord  # noqa: E402
from driver_secrets import take_output_par  # noqa: E402
from driver_targets import output_target  # noqa: E402
from driver_uploads import SAY_PREFIX, SetupError, say  # noqa: E402

DRIVER_DIR = os.path.dirname(os.path.abspath(__file__))
# Where each notebook gets its own copy of the shipped files, beside the artifact's code/.
WORK_FOLDER = ".oci-run-notebook-batch"

# How often the batch looks at its children: timeouts are kept to within this.
POLL_SECONDS = 0.1
# A notebook's outcome, by its driver's exit code; anything else (a signal, a crash) is a failure.
OUTCOMES = {EXIT_SUCCEEDED: "succeeded", EXIT_CELL_FAILED: "failed", EXIT_SETUP: "failed", EXIT_UPLOAD: "outputs not uploaded"}


class Batch:
    """The batch's shared state: its manifest, the secret-free environment its children start from, and how they end."""

    def __init__(self, manifest, par_url, redact, record_name):
        self.manifest = manifest
        self.par_url = par_url
        self.redact = redact
        self.record_name = record_name  # OCI_RUN_NOTEBOOK_RESULT, None for no records
        self.cwd = os.getcwd()
        self.requirements_installed = False
        self.stop_signal = None  # the first SIGTERM or SIGINT received
        self.children_started = False  # until then a stop signal ends the batch at once
        self.forkserver = None  # forks the notebooks' drivers once started; None: each starts a Python of its own
        self.outcomes = collections.OrderedDict((entry.name, "not started") for entry in manifest.notebooks)

    # --- output ---

    def emit(self, name, line):
        """One line of a notebook's output, whole, in one write (the queued stdout keeps writes apart)."""
        sys.stdout.write(self.redact("[%s] %s\n" % (name, line)))

    def tell(self, name):
        return lambda line: self.emit(name, "%s %s" % (SAY_PREFIX, line))

    # --- the children's environment ---

    def child_env(self, entry):
        env = dict(os.environ)
        env["JOB_RUN_NOTEBOOK"] = entry.notebook
        env["NOTEBOOK_EXCLUDE_TAGS"] = json.dumps(entry.exclude_tags)
        env.pop("OUTPUT_URI", None)
        if entry.output_uri:
            env["OUTPUT_URI"] = entry.output_uri
        if self.requirements_installed:
            env[INSTALLED_ENV] = "true"
        return env

    def child_par(self, entry):
        # A notebook without outputUri gets no PAR: its driver would refuse a PAR with nowhere to upload.
        return self.par_url if entry.output_uri else None

    def store_record(self, entry, exit_code, reason, record=None):
        """The notebook's result record, written by the batch when its own driver could not (setup, timeout, crash)."""
        if not self.record_name:
            return
        record = record or ResultRecord(self.record_name)
        record.stopped(entry.notebook, reason)
        env = self.child_env(entry)
        make_target = lambda: output_target(env, self.cwd, self.child_par(entry), self.redact)  # noqa: E731
        record.store(exit_code, self.redact, make_target, self.tell(entry.name))

    # --- running ---

    def run_all(self):
        self.children_started = True
        pending = collections.deque(self.manifest.notebooks)
        running = []
        self.start_forkserver()
        try:
            self.tend_children(pending, running)
        except BaseException:
            # A bug in this loop must not leave notebooks running past the batch.
            for child in running:
                child.kill()
            raise
        finally:
            if self.forkserver is not None:
                self.forkserver.close()

    def start_forkserver(self):
        """After the requirements are installed, so the drivers it forks import what they would import alone."""
        try:
            self.forkserver = Forkserver.start(dict(os.environ))
        except OSError as error:
            say("note: the fork server did not start (%s); each notebook's driver starts a Python of its own" % error)

    def tend_children(self, pending, running):
        while pending or running:
            now = time.monotonic()
            if self.stop_signal:
                self.cancel(pending, running, now)
            while pending and len(running) < self.manifest.parallel and not self.stop_signal:
                running.append(self.start(pending.popleft()))
            for child in list(running):
                if child.timed_out(now):
                    child.stop("timeout", now)
                child.tend(now)
                if child.finished():
                    running.remove(child)
                    self.finish(child)
            time.sleep(POLL_SECONDS)

    def start(self, entry):
        workdir = self.working_copy(entry)
        driver = os.path.join(DRIVER_DIR, "driver_notebook.py")
        if self.forkserver is not None:
            try:
                child = start_notebook(entry, self.child_env(entry), driver, self.child_par(entry), self.emit, workdir, self.forkserver)
            except OSError as error:
                say("note: %s; each notebook's driver from now on starts a Python of its own" % error)
                self.forkserver.close()
                self.forkserver = None
        if self.forkserver is None:
            child = start_notebook(entry, self.child_env(entry), driver, self.child_par(entry), self.emit, workdir)
        child.workdir = workdir
        if self.record_name:
            child.record = ResultRecord(self.record_name)  # its timeStarted is now, as its driver's would be
        self.outcomes[entry.name] = "running"
        return child

    def working_copy(self, entry):
        """A folder holding the notebook's own copy of what was shipped (code/), laid out as the artifact is.

        Alone, a notebook runs among its files as shipped; here too: what another notebook of the
        batch writes beside it is neither seen by it nor uploaded as its output, and two notebooks
        writing the same file name never overwrite each other.
        """
        workdir = os.path.join(self.cwd, WORK_FOLDER, str(list(self.outcomes).index(entry.name)))
        top = entry.notebook.replace("\\", "/").split("/")[0]
        source, target = os.path.join(self.cwd, top), os.path.join(workdir, top)
        shutil.rmtree(workdir, ignore_errors=True)
        os.makedirs(workdir)
        if os.path.isdir(source):
            shutil.copytree(source, target, symlinks=True)
        else:
            shutil.copy2(source, target)
        return workdir

    def cancel(self, pending, running, now):
        if pending or any(child.stop_reason is None for child in running):
            say("stopping on %s: %d running notebook(s) stopped, %d not started" % (
                signal.Signals(self.stop_signal).name, sum(1 for c in running if c.stop_reason is None), len(pending)))
        pending.clear()
        for child in running:
            child.stop("cancel", now)

    def finish(self, child):
        child.drain()
        # Its outputs are uploaded (or never will be): the copy only takes the machine's disk.
        shutil.rmtree(child.workdir, ignore_errors=True)
        entry, code = child.entry, child.process.returncode
        if child.stop_reason == "timeout":
            reason = "timed out after %s s (the notebook's limit); its kernel was stopped" % _seconds(entry.timeout_seconds)
            self.tell(entry.name)("error: %s" % reason)
            self.store_record(entry, EXIT_CELL_FAILED, reason, child.record)
            self.outcomes[entry.name] = "failed"
        elif child.stop_reason == "cancel":
            self.outcomes[entry.name] = "stopped"
        elif code in OUTCOMES:
            self.outcomes[entry.name] = OUTCOMES[code]
        else:
            reason = "its driver %s before it could say how the notebook ended" % _ending(code)
            self.tell(entry.name)("error: %s" % reason)
            self.store_record(entry, EXIT_CELL_FAILED, reason, child.record)
            self.outcomes[entry.name] = "failed"

    def install_requirements_once(self):
        """The shared requirements, installed with the first notebook's kernel's Python before any notebook starts."""
        first = self.manifest.notebooks[0]
        notebook_path = find_notebook(first.notebook, self.cwd, DRIVER_DIR)
        context = read_context(os.environ, self.cwd, notebook_path)
        if not context.requirements or not context.install:
            return
        # Imported only here: a batch without requirements needs no Jupyter package in its own process.
        from driver_cells import Jupyter, choose_kernel, read_notebook

        jupyter = Jupyter()
        nb = read_notebook(jupyter, notebook_path, os.environ.get("NOTEBOOK_ENCODING", "").strip() or "utf-8")
        kernel, _ = choose_kernel(jupyter, os.environ.get("NOTEBOOK_KERNEL", "").strip() or None, nb)
        shown = os.path.relpath(context.requirements)
        install_requirements(kernel_python(jupyter, kernel, shown), context.requirements, shown)
        self.requirements_installed = True

    def fail_all(self, reason):
        """Setup failed before any notebook ran: each one's record says why."""
        for entry in self.manifest.notebooks:
            self.store_record(entry, EXIT_SETUP, reason)
            self.outcomes[entry.name] = "not run"

    # --- the end ---

    def summary(self):
        """The summary line and the batch's exit code."""
        by_outcome = collections.OrderedDict()
        for name, outcome in self.outcomes.items():
            by_outcome.setdefault(outcome, []).append(name)
        parts = ["%d succeeded" % len(by_outcome.pop("succeeded", []))]
        failed = by_outcome.pop("failed", [])
        parts.append("%d failed%s" % (len(failed), " (%s)" % ", ".join(failed) if failed else ""))
        for outcome, names in by_outcome.items():
            parts.append("%d %s (%s)" % (len(names), outcome, ", ".join(names)))
        line = "batch of %d notebook(s): %s" % (len(self.outcomes), ", ".join(parts))
        if self.stop_signal:
            return line, 128 + self.stop_signal
        outcomes = set(self.outcomes.values())
        if outcomes & {"not run"}:
            return line, EXIT_SETUP
        if outcomes - {"succeeded", "outputs not uploaded"}:
            return line, EXIT_CELL_FAILED
        return line, EXIT_UPLOAD if "outputs not uploaded" in outcomes else EXIT_SUCCEEDED


def _seconds(value):
    return "%g" % value


def _ending(code):
    if code is not None and code < 0:
        try:
            return "was ended by %s" % signal.Signals(-code).name
        except ValueError:
            return "was ended by signal %d" % -code
    return "exited with code %s" % code


def run_batch(batch):
    try:
        conda_unpack()
        batch.install_requirements_once()
    except SetupError as error:
        say("error: %s" % batch.redact(error))
        batch.fail_all(batch.redact(error))
    else:
        say("running %d notebook(s), %d at a time" % (len(batch.manifest.notebooks), batch.manifest.parallel))
        batch.run_all()
    line, code = batch.summary()
    say(line)
    if batch.stop_signal:
        say("batch stopped by %s" % signal.Signals(batch.stop_signal).name)
    say("batch succeeded" if code == EXIT_SUCCEEDED else "batch failed")
    return code


class StopBatch(BaseException):
    """SIGTERM or SIGINT before any notebook started (waiting for the handover, pip): nothing to stop but the batch."""

    def __init__(self, signum):
        super().__init__(signum)
        self.signum = signum


def catch_stop_signals(batch):
    """OCI cancels a run with SIGTERM: remember it; the loop stops every child and starts no more."""

    def stop(signum, frame):
        if batch.stop_signal is None:
            batch.stop_signal = signum
            if not batch.children_started:
                raise StopBatch(signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def main():
    # First, before anything else runs: the secrets leave every environment block a child could read.
    par_url, handover = take_output_par()
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError):
        pass
    redact = outputs.Redactor(par_url)
    # One queue and one writer thread: each line, the batch's or a notebook's, is written whole.
    with queued_stdout():
        try:
            record = ResultRecord.from_environ(os.environ)
            manifest = read_manifest(os.environ, os.getcwd())
        except SetupError as error:
            say("error: %s" % redact(error))
            say("batch failed")
            return EXIT_SETUP
        batch = Batch(manifest, par_url, redact, record and record.name)
        catch_stop_signals(batch)
        try:
            if handover and not par_url:
                batch.par_url = handover.fetch()
                redact.add(batch.par_url)
            return run_batch(batch)
        except StopBatch as stop:
            say("batch stopped by %s before any notebook started" % signal.Signals(stop.signum).name)
            say("batch failed")
            return 128 + stop.signum
        except SetupError as error:
            say("error: %s" % redact(error))
            batch.fail_all(redact(error))
            say("batch failed")
            return EXIT_SETUP
        except Exception:  # a driver bug: report it, secret-free, as a setup failure
            say("error: the batch driver failed unexpectedly:\n%s" % redact(traceback.format_exc()))
            say("batch failed")
            return EXIT_SETUP


if __name__ == "__main__":
    sys.exit(main())
