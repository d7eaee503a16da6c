#!/usr/bin/env python3
"""Launch time and memory of the app beside a bare Tauri window, in the same run.

    python3 scripts/bench_app.py APP_BIN BARE_BIN [RUNS]

Launch: wall time from spawn until the process prints "ready" (the app: its first chart
drawn and sent to the window; the bare window: about:blank loaded); DISCLOSE_BENCH_EXIT=1
makes both exit right after. Memory: RSS and PSS summed over the process and all its
descendants (WebKit's web and network processes), 5 s after launch, from smaps_rollup.
Runs under Xvfb when there is no display. Prints Markdown tables.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def descendants(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def memory_mb(pid):
    rss = pss = 0
    for p in descendants(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss / 1024, pss / 1024, len(descendants(pid))


def env_for(home):
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = os.path.join(home, "data")
    env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    env["DISCLOSE_DB"] = os.path.join(home, "store.sqlite")
    return env


def launch_ms(binary, home):
    env = env_for(home)
    env["DISCLOSE_BENCH_EXIT"] = "1"
    start = time.perf_counter()
    p = subprocess.Popen([binary], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    for line in p.stderr:
        if line.strip() == "ready":
            ms = (time.perf_counter() - start) * 1000
            p.wait(timeout=10)
            return ms
    p.wait()
    raise SystemExit(f"{binary} exited without printing ready")


def settled_memory(binary, home, extra_env=None, wait=5.0):
    env = env_for(home)
    env.update(extra_env or {})
    p = subprocess.Popen([binary], env=env, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    time.sleep(wait)
    m = memory_mb(p.pid)
    p.terminate()
    p.wait(timeout=10)
    return m


def main():
    app, bare = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    xvfb = None
    if not os.environ.get("DISPLAY"):
        os.environ["DISPLAY"] = ":77"
        xvfb = subprocess.Popen(["Xvfb", ":77", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    home = tempfile.mkdtemp(prefix="disclose-bench-")
    try:
        first_run = launch_ms(app, home)  # creates the store with the sample
        rows = []
        for name, binary in (("bare Tauri window (one-line page)", bare), ("Disclose, first chart", app)):
            times = sorted(launch_ms(binary, home) for _ in range(runs))
            rows.append((name, statistics.median(times), times[0], times[-1]))
        print(f"| launch ({runs} runs, release) | median ms | fastest | slowest |")
        print("|---|---:|---:|---:|")
        for name, med, lo, hi in rows:
            print(f"| {name} | {med:.0f} | {lo:.0f} | {hi:.0f} |")
        print(f"| Disclose, very first run (creates the store, imports the sample) | {first_run:.0f} | | |")
        print()
        print("| memory after 5 s | processes | RSS MB | PSS MB |")
        print("|---|---:|---:|---:|")
        # The app turns WebKitGTK's accelerated compositing and JavaScriptCore's JIT off
        # (src-tauri/src/main.rs); the bare window is measured both with Tauri's defaults
        # and with the same settings.
        off = {"WEBKIT_DISABLE_COMPOSITING_MODE": "1"}
        same = dict(off, JSC_useJIT="0")
        defaults, compositing, settings = (
            "bare Tauri window, defaults",
            "bare Tauri window, compositing off",
            "bare Tauri window, the app's settings (compositing and JIT off)",
        )
        app_name = "Disclose (overview, 3 charts; its settings)"
        mem = {}
        for name, binary, extra in (
            (defaults, bare, None),
            (compositing, bare, off),
            (settings, bare, same),
            (app_name, app, None),
        ):
            rss, pss, n = settled_memory(binary, home, extra)
            mem[name] = pss
            print(f"| {name} | {n} | {rss:.0f} | {pss:.0f} |")
        a = mem[app_name]
        print(f"\nPSS above the bare window with the same settings: {a - mem[settings]:.0f} MB; "
              f"with compositing off: {a - mem[compositing]:.0f} MB; "
              f"with defaults: {a - mem[defaults]:.0f} MB (goal: under 60 MB)")
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if xvfb:
            xvfb.terminate()


if __name__ == "__main__":
    main()
