#!/usr/bin/env python3
"""frame.py: the first frame of a program in a tmux that is already running,
as a person at a terminal sees it.

    frame.py SOCKET RUNS PATTERN CMD...

Starts a tmux server on SOCKET (a private one) with a 120x40 window, attaches
to it in control mode (commands go through one pipe: no process is started
to look at the screen), then RUNS times: respawns the pane with CMD, and
asks for the pane's text until it shows PATTERN (a regular expression).
Prints one line per run: "MS PEAK_RSS_KIB", the milliseconds from the
respawn to the screen that shows it, and the program's peak RSS then.
The server's own start-up (~50 ms) is paid once, before the first run, and
counts in no figure. Nor does the control client's reading: tmux is told not
to send it the pane's output (refresh-client -f no-output), and what it does
send is read through a buffer. Read a byte at a time, as this script once
did, the %output notices of a full screen cost the reader ~17 ms, counted
against the program that drew most: the reader's recorded first frame,
printed by a program that does nothing else, showed in 37-47 ms; with a
buffer in 21-24 ms, as fast as one printed line. Exits 1 if a run times
out (10 s).
"""
import os
import re
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 5:
        sys.stderr.write(__doc__)
        return 2
    sock, runs, pattern = sys.argv[1], int(sys.argv[2]), re.compile(sys.argv[3])
    cmd = " ".join(sys.argv[4:])
    tmux = ["tmux", "-L", sock, "-f", "/dev/null"]
    subprocess.run(tmux + ["kill-server"], stderr=subprocess.DEVNULL)
    subprocess.run(tmux + ["new-session", "-d", "-s", "bench", "-x", "120", "-y", "40", "cat"], check=True)
    subprocess.run(tmux + ["set-option", "-g", "window-size", "manual"], check=True)
    ctl = subprocess.Popen(tmux + ["-C", "attach", "-t", "bench"], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE)

    def command(line):
        """Sends a command; returns the lines of its answer."""
        ctl.stdin.write((line + "\n").encode())
        ctl.stdin.flush()
        out, inside = [], False
        while True:
            raw = ctl.stdout.readline()
            if not raw:
                raise SystemExit("frame.py: tmux went away")
            text = raw.decode("utf-8", "replace").rstrip("\n")
            if text.startswith("%begin"):
                inside = True
                out = []
            elif text.startswith("%end") or text.startswith("%error"):
                if inside:
                    return out
            elif inside:
                out.append(text)

    # the attach's own answer comes first
    while not ctl.stdout.readline().startswith(b"%end"):
        pass
    command("resize-window -t bench -x 120 -y 40")
    # tmux 3.2 and later: no %output notices (an older one answers with an
    # error, and the buffered reading keeps their cost small)
    command("refresh-client -f no-output")
    status = 0
    for _ in range(runs):
        # a blank pane first, so that the last run's screen is not taken
        command("respawn-pane -k -t bench:0.0 cat")
        command("clear-history -t bench:0.0")
        t0 = time.monotonic()
        command("respawn-pane -k -t bench:0.0 " + quote(cmd))
        seen = False
        while time.monotonic() - t0 < 10:
            if pattern.search("\n".join(command("capture-pane -p -t bench:0.0"))):
                seen = True
                break
        t1 = time.monotonic()
        if not seen:
            status = 1
            continue
        pid = command("display-message -p -t bench:0.0 '#{pane_pid}'")
        rss = 0
        try:
            with open("/proc/%s/status" % pid[0].strip()) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        rss = int(line.split()[1])
        except (OSError, IndexError, ValueError):
            pass
        print("%.1f %d" % ((t1 - t0) * 1000, rss), flush=True)
    try:
        command("kill-server")
    except SystemExit:
        pass
    ctl.wait(timeout=5)
    return status


def quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


if __name__ == "__main__":
    sys.exit(main())
