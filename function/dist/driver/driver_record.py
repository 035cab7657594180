# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""The run's result record: a small JSON file stored beside the executed notebook, so that whoever
started the run learns how it ended, at which cell and with which exception, without its logs
(there may be none, they arrive late, and Logging Search can be down).

Imported by driver_notebook.py and driver_batch.py; all driver files sit at the job artifact's root.
Standard library only, Python 3.8 compatible.
"""
import datetime
import json
import os
import tempfile

from driver_uploads import SetupError, say

RECORD_ENV = "OCI_RUN_NOTEBOOK_RESULT"
RECORD_VERSION = 1
# What each exit code means, as the record's `state`.
STATES = {0: "succeeded", 1: "failed", 2: "not_run", 3: "outputs_not_saved"}


def _now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class ResultRecord:
    """What the run did, filled in as it goes; stored last, after the notebook and its files."""

    def __init__(self, name):
        self.name = name  # the object's name under the output prefix
        self.target = None  # where it goes: the run's output target, once known
        self.fields = {"version": RECORD_VERSION, "timeStarted": _now()}

    @classmethod
    def from_environ(cls, environ):
        """The record the engine asked for in RECORD_ENV, or None when it asked for none."""
        name = environ.get(RECORD_ENV, "").strip()
        if not name:
            return None
        if "/" in name or name in (".", "..") or not name.endswith(".json"):
            raise SetupError("%s is %r; expected a plain file name ending in .json." % (RECORD_ENV, name))
        return cls(name)

    def ran(self, notebook, cells_to_run, failure, outputs_error):
        self.fields["notebook"] = notebook
        self.fields["cellsToRun"] = cells_to_run
        if failure:
            self.fields["failedCell"] = {
                "cell": failure.cell_number,
                "ename": failure.ename,
                "evalue": failure.evalue,
                "message": ("%s: %s" % (failure.ename, failure.evalue)).rstrip(),
            }
        if outputs_error:
            self.fields["error"] = outputs_error

    def not_run(self, reason):
        self.fields["error"] = reason

    def stopped(self, notebook, reason):
        """Ended from outside (a batch's time limit for the notebook), so no cell failure to name: only why."""
        self.fields["notebook"] = notebook
        self.fields["error"] = reason

    def store(self, exit_code, redact, make_target, tell=say):
        """Stores the record through the run's target (or one made now, after an early setup error); never raises.

        `tell` prints the driver's line about it (a batch prefixes the notebook's name).
        """
        self.fields["state"] = STATES.get(exit_code, "not_run")
        self.fields["exitCode"] = exit_code
        self.fields["timeFinished"] = _now()
        target = self.target
        if target is None:
            try:
                target = make_target()
            except Exception:  # OUTPUT_URI itself is what is wrong: nowhere to store
                target = None
        if target is None or target.problem():
            return
        handle, path = tempfile.mkstemp(suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as sink:
                json.dump(self.fields, sink, indent=1, sort_keys=True)
            tell("uploaded %s" % target.store(path, self.name))
        except Exception as error:  # the run's outcome stands; only this record is missing
            tell("warning: the result record was not stored: %s" % redact(error))
        finally:
            os.unlink(path)
