"""A real SMTP server for the delivery tests: aiosmtpd on 127.0.0.1:PORT writing each accepted message to FOLDER as
<n>.eml with its envelope recipients in <n>.rcpt; recipients named after --reject get 550.
--slow makes each DATA take a second, so two senders surely overlap.
Usage: python3 smtp_sink.py PORT FOLDER [--slow] [--reject ADDRESS ...]"""
import asyncio
import os
import signal
import sys
import threading
import time
import uuid

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder, reject, slow):
        self.folder = folder
        self.reject = {a.lower() for a in reject}
        self.slow = slow

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.slow:
            await asyncio.sleep(1)
        name = os.path.join(self.folder, "%d-%s" % (time.time_ns(), uuid.uuid4().hex))
        with open(name + ".rcpt", "w") as f:
            f.write("\n".join(envelope.rcpt_tos))
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(name + ".tmp", name + ".eml")
        return "250 2.0.0 queued"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    reject = sys.argv[sys.argv.index("--reject") + 1:] if "--reject" in sys.argv else []
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder, reject, "--slow" in sys.argv), hostname="127.0.0.1", port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("READY", flush=True)
    # Stop when told, or when the test process that started us goes away (stdin closes).
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
