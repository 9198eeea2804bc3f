"""Executes one Jupyter notebook on a kernel and writes it back with its outputs.

Called by pipeline/notebook/execute.ts; not meant to be run by hand. Usage:

    python3 execute.py REQUEST.json

REQUEST.json: {"input": path, "output": path, "cwd": folder, "kernel": name,
               "timeout": seconds per cell}

Why not `jupyter nbconvert --execute` (nbclient)? The Deno kernel (2.x) sometimes
publishes a cell's `execute_result` or `display_data` on IOPub *after* the `idle`
status of that cell. nbclient stops listening at `idle` and drops such late messages,
so a cell's output went missing in roughly one run in ten. This executor routes every
IOPub message to the cell whose request it answers (its parent msg_id) for as long as
the kernel runs, and after the last cell sends a silent request and waits for its
reply and `idle` before reading the remaining messages, so late outputs land in the
right cell. It writes no timestamps or other execution metadata.

Exit status: 0 all cells ran; 1 a cell raised (the notebook is still written, with the
error output; later cells are not run); 2 the kernel failed, died or timed out.
Only the standard library and jupyter_client are used.
"""
import json
import queue
import sys
import time

from jupyter_client.manager import start_new_kernel

_DRAIN_SECONDS = 0.25  # quiet time after the last reply before the kernel is stopped


def _source(cell):
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


class _Outputs:
    """Collects the outputs of each cell from IOPub messages, by parent msg_id."""

    def __init__(self, cells):
        self.cells = cells
        self.owner = {}  # msg_id of an execute_request -> cell index
        self.pending_clear = set()

    def handle(self, msg):
        index = self.owner.get(msg.get("parent_header", {}).get("msg_id"))
        if index is None:
            return
        kind = msg["msg_type"]
        content = msg["content"]
        outputs = self.cells[index]["outputs"]
        if kind == "clear_output":
            if content.get("wait"):
                self.pending_clear.add(index)
            else:
                outputs.clear()
            return
        if kind not in ("stream", "display_data", "execute_result", "error"):
            return  # status, execute_input, update_display_data (unused here)
        if index in self.pending_clear:
            outputs.clear()
            self.pending_clear.discard(index)
        if kind == "stream":
            last = outputs[-1] if outputs else None
            if last and last["output_type"] == "stream" and last["name"] == content["name"]:
                last["text"] += content["text"]  # coalesce, independent of chunking
            else:
                outputs.append({"output_type": "stream", "name": content["name"],
                                "text": content["text"]})
        elif kind == "error":
            outputs.append({"output_type": "error", "ename": content.get("ename", ""),
                            "evalue": content.get("evalue", ""),
                            "traceback": content.get("traceback", [])})
        else:
            out = {"output_type": kind, "data": content.get("data", {}),
                   "metadata": content.get("metadata", {})}
            if kind == "execute_result":
                out["execution_count"] = content.get("execution_count")
            outputs.append(out)


def _run(kc, km, outputs, code, index, timeout, silent=False):
    """Sends one execute_request; returns its reply once the reply and `idle` arrived."""
    msg_id = kc.execute(code, silent=silent, store_history=not silent, allow_stdin=False,
                        stop_on_error=True)
    if index is not None:
        outputs.owner[msg_id] = index
    reply, idle = None, False
    deadline = time.monotonic() + timeout
    while reply is None or not idle:
        try:
            msg = kc.get_iopub_msg(timeout=0.02)
            outputs.handle(msg)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"].get("execution_state") == "idle"):
                idle = True
        except queue.Empty:
            pass
        if reply is None:
            try:
                msg = kc.get_shell_msg(timeout=0.02 if idle else 0)
                if msg["parent_header"].get("msg_id") == msg_id:
                    reply = msg
            except queue.Empty:
                pass
        if time.monotonic() > deadline:
            km.interrupt_kernel()
            raise TimeoutError(f"cell {index} did not finish within {timeout} s")
        if not km.is_alive():
            raise RuntimeError(f"the kernel died while running cell {index}")
    return reply


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        request = json.load(f)
    with open(request["input"], encoding="utf-8") as f:
        nb = json.load(f)
    cells = nb["cells"]
    for cell in cells:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    outputs = _Outputs(cells)
    status = {"ok": True}
    km, kc = start_new_kernel(kernel_name=request["kernel"], cwd=request["cwd"],
                              startup_timeout=request["timeout"])
    try:
        for index, cell in enumerate(cells):
            if cell["cell_type"] != "code" or not _source(cell).strip():
                continue
            reply = _run(kc, km, outputs, _source(cell), index, request["timeout"])
            content = reply["content"]
            cell["execution_count"] = content.get("execution_count")
            if content.get("status") != "ok":
                status = {"ok": False, "cell": index, "ename": content.get("ename", ""),
                          "evalue": content.get("evalue", ""),
                          "traceback": content.get("traceback", [])}
                break
        # Late IOPub messages of earlier cells arrive before this request's reply.
        _run(kc, km, outputs, "", None, request["timeout"], silent=True)
        end = time.monotonic() + _DRAIN_SECONDS
        while time.monotonic() < end:
            try:
                outputs.handle(kc.get_iopub_msg(timeout=0.05))
            except queue.Empty:
                pass
    except (TimeoutError, RuntimeError) as error:
        print(json.dumps({"ok": False, "cell": None, "ename": type(error).__name__,
                          "evalue": str(error), "traceback": []}))
        return 2
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    if not status["ok"] and not any(o["output_type"] == "error"
                                    for o in cells[status["cell"]]["outputs"]):
        cells[status["cell"]]["outputs"].append({
            "output_type": "error", "ename": status["ename"], "evalue": status["evalue"],
            "traceback": status["traceback"]})
    with open(request["output"], "w", encoding="utf-8") as f:
        json.dump(nb, f, sort_keys=True, indent=1, ensure_ascii=False)
        f.write("\n")
    print(json.dumps(status))
    return 0 if status["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
