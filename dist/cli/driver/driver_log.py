# Copyright (c) oci-run-notebook contributors. Licensed under the UPL 1.0.
"""The driver's stdout, written by a thread of its own.

nbclient hands each output to the driver inside its message loop; writing it to stdout there
means a slow reader (a busy runner, OCI's log agent) stalls the loop until nbclient's IOPub
timeout gives up on the rest of the cell's output. So cell output is only queued here, and a
thread writes the queue to stdout at whatever pace the reader takes. When the queue is full,
cell output is left out of the log (never out of the notebook) and the log says how many lines.
The driver's own lines are never left out: they wait for room instead.

Imported by driver_notebook.py and driver_cells.py; all driver files sit at the artifact's root.
Standard library only, Python 3.8 compatible.
"""
import collections
import re
import sys
import threading

ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def strip_ansi(text):
    return ANSI_ESCAPE.sub("", text)

# Characters of cell output held for a slow reader before output is left out of the log.
DEFAULT_LIMIT_CHARS = 1 << 20


class QueuedLog:
    """A stream (write, flush) whose text reaches `stream` in order, through a writer thread."""

    def __init__(self, stream, limit_chars=DEFAULT_LIMIT_CHARS):
        self.stream = stream
        self.limit_chars = limit_chars
        self.pending = collections.deque()
        self.pending_chars = 0
        self.changed = threading.Condition()
        self.closed = False
        self.at_line_start = True  # of the text accepted so far, which is what the log will show
        self.output_at_line_start = True  # of all cell output offered so far, left out or not
        self.left_out_lines = 0  # since the last notice
        self.left_out_total = 0
        self.thread = threading.Thread(target=self._write_loop, name="driver-log", daemon=True)
        self.thread.start()

    # --- producers ---

    def write(self, text):
        """The driver's own text: never left out; waits while the queue is full."""
        if not text:
            return
        with self.changed:
            while self.pending_chars >= self.limit_chars and not self.closed:
                self.changed.wait()
            self._notice_left_out()
            self._accept(text)

    def offer(self, text):
        """Cell output: queued if there is room, else left out of the log and counted."""
        if not text:
            return
        with self.changed:
            # One chunk larger than the whole queue still goes when nothing else is waiting.
            starts_line = self.output_at_line_start
            self.output_at_line_start = text.endswith("\n")
            if self.pending_chars and self.pending_chars + len(text) > self.limit_chars:
                # Lines that begin in this text, so that a line cut across chunks is counted once.
                begun = text.count("\n") + (1 if starts_line else 0) - (1 if text.endswith("\n") else 0)
                self.left_out_lines += begun
                return
            self._notice_left_out()
            self._accept(text)

    def flush(self):
        """Text is flushed by the writer thread as soon as it is written; nothing to wait for."""

    def __getattr__(self, name):
        # encoding, isatty(), fileno(), ... of the stream underneath, for code that asks sys.stdout.
        return getattr(self.stream, name)

    def close(self):
        """Writes everything still queued, then stops the thread. Idempotent."""
        with self.changed:
            if self.closed:
                return
            self._notice_left_out()
            self.closed = True
            self.changed.notify_all()
        self.thread.join()

    # --- internals (hold self.changed) ---

    def _accept(self, text):
        self.pending.append(text)
        self.pending_chars += len(text)
        self.at_line_start = text.endswith("\n")
        self.changed.notify_all()

    def _notice_left_out(self):
        if not self.left_out_lines:
            return
        count, self.left_out_lines = self.left_out_lines, 0
        self.left_out_total += count
        self._accept(
            "%soci-run-notebook: %d line(s) of output left out of this log here: it was read too slowly. "
            "The executed notebook has every line.\n" % ("" if self.at_line_start else "\n", count)
        )

    # --- the writer thread ---

    def _write_loop(self):
        while True:
            with self.changed:
                while not self.pending and not self.closed:
                    self.changed.wait()
                if not self.pending:
                    return
                batch = []
                while self.pending:
                    batch.append(self.pending.popleft())
                size = sum(len(text) for text in batch)
            try:
                self.stream.write("".join(batch))
                self.stream.flush()
            except Exception:  # a closed or broken stdout must not stop the run; the notebook has the output
                pass
            with self.changed:
                self.pending_chars -= size
                self.changed.notify_all()


class queued_stdout:
    """`with queued_stdout() as log:` routes sys.stdout (and so every driver line) through a QueuedLog."""

    def __init__(self, limit_chars=DEFAULT_LIMIT_CHARS):
        self.limit_chars = limit_chars
        self.log = None
        self.original = None

    def __enter__(self):
        self.original = sys.stdout
        self.log = QueuedLog(self.original, self.limit_chars)
        sys.stdout = self.log
        return self.log

    def __exit__(self, *exc_info):
        try:
            self.log.close()
        finally:
            sys.stdout = self.original
        return False


class LogWriter:
    """Cell outputs in the log as the kernel sends them, ANSI colours stripped. Cell output may be
    left out of a QueuedLog that is read too slowly; headers and the driver's lines never are."""

    def __init__(self, log):
        self.log = log  # a QueuedLog, or any stream
        self.at_line_start = True

    def _send(self, text, cell_output):
        if not text:
            return
        if cell_output and hasattr(self.log, "offer"):
            self.log.offer(text)
        else:
            self.log.write(text)
            self.log.flush()
        self.at_line_start = text.endswith("\n")

    def write(self, text):
        self._send(text, True)

    def end_line(self):
        # What the log shows, when it knows: cell output left out of it may have ended mid-line.
        if not getattr(self.log, "at_line_start", self.at_line_start):
            self._send("\n", False)

    def line(self, text):
        self.end_line()
        self._send(text + "\n", False)

    def output(self, out):
        kind = out.get("output_type")
        if kind == "stream":
            self.write(strip_ansi(out.get("text", "")))
        elif kind in ("execute_result", "display_data"):
            data = out.get("data", {})
            self.end_line()
            text = data["text/plain"] if "text/plain" in data else "[%s]" % ", ".join(sorted(data))
            self.write(strip_ansi(text) + "\n")
        elif kind == "error":
            lines = out.get("traceback") or ["%s: %s" % (out.get("ename"), out.get("evalue"))]
            self.line(strip_ansi("\n".join(lines)))
