# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""How a cell's run ended, in the executed notebook and in words: streams merged as nbconvert
merges them, SystemExit(0) as papermill reads it, a dead kernel by its exit, output nbclient lost.

Imported by driver_cells.py; all driver files sit at the job artifact's root.
Standard library only (the kernel manager is passed in), Python 3.8 compatible.
"""
import re
import signal
import time

OUTPUT_LOST_ENAME = "OutputLostError"
# nbconvert's rule: text up to a carriage return that does not end its line is overwritten (progress bars).
OVERWRITTEN_BY_CARRIAGE_RETURN = re.compile(r".*\r(?=[^\n])")
# How long a dead kernel's process gets to be reaped before its exit is called unknown.
EXIT_WAIT_SECONDS = 2.0


def coalesce_streams(nb, indexes):
    """Consecutive stream outputs of the same name become one, as `jupyter nbconvert --execute` saves them."""
    for index in indexes:
        cell = nb.cells[index]
        merged, texts = [], []  # texts[i] holds the parts of merged[i] when it is a stream
        for out in cell.get("outputs", []):
            last = merged[-1] if merged else None
            if (
                last is not None
                and out.get("output_type") == "stream"
                and last.get("output_type") == "stream"
                and last.get("name") == out.get("name")
            ):
                texts[-1].append(_text(out))
            else:
                merged.append(out)
                texts.append([_text(out)] if out.get("output_type") == "stream" else None)
        for out, parts in zip(merged, texts):
            if parts is None:
                continue
            text = "".join(parts)
            out["text"] = OVERWRITTEN_BY_CARRIAGE_RETURN.sub("", text) if "\r" in text else text
        cell["outputs"] = merged


def _text(out):
    text = out.get("text", "")
    return "".join(text) if isinstance(text, list) else text


def ends_run_as_succeeded(ename, evalue):
    """papermill's rule: a cell that raises SystemExit with status 0 (or none) ends the notebook as succeeded."""
    return ename == "SystemExit" and (evalue or "").strip() in ("", "0")


def dead_kernel_reason(km):
    """Why the kernel died, as far as its exit says: out of memory is named only for SIGKILL."""
    code = kernel_exit_code(km)
    if code is None:
        return "the kernel died while running the cell"
    # A signal shows as a negative code, or as 128 + its number when a wrapper exited for the kernel.
    killed_by = -code if code < 0 else _signal(code - 128) if code > 128 else None
    if killed_by == signal.SIGKILL:
        return "the kernel was killed (SIGKILL) while running the cell; out of memory?"
    if killed_by and code < 0:
        return "the kernel was ended by %s while running the cell" % _signal_name(killed_by)
    if killed_by:
        return "the kernel exited with code %d (%s) while running the cell" % (code, _signal_name(killed_by))
    return "the kernel exited with code %d while running the cell" % code


def kernel_exit_code(km):
    """The kernel process's exit code (negative: the signal that ended it), or None if it cannot be told."""
    # jupyter_client 7+ keeps the process on its provisioner, older versions on the manager.
    process = getattr(getattr(km, "provisioner", None), "process", None) or getattr(km, "kernel", None)
    poll = getattr(process, "poll", None)
    if not callable(poll):
        return None
    give_up = time.monotonic() + EXIT_WAIT_SECONDS
    while True:
        try:
            code = poll()
        except Exception:  # not a process after all
            return None
        if code is not None or time.monotonic() > give_up:
            return code
        time.sleep(0.05)


def _signal(number):
    try:
        return signal.Signals(number)
    except ValueError:
        return None


def _signal_name(number):
    known = _signal(number)
    return known.name if known else "signal %d" % number


def output_lost_reason(client):
    return (
        "the kernel's output for this cell did not all arrive: nbclient stopped waiting for it %s s after "
        "the cell finished (its IOPub timeout), so the executed notebook would be incomplete"
        % getattr(client, "iopub_timeout", "?")
    )
