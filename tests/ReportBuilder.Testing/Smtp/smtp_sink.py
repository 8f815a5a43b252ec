"""A real SMTP server for the delivery tests: aiosmtpd on 127.0.0.1:PORT writing each accepted message to FOLDER as
<n>.eml with its envelope recipients in <n>.rcpt; recipients named after --reject get 550.
--slow makes each DATA take a second, so two senders surely overlap; --stall-data N and --stall-rcpt N make DATA or each
RCPT take N seconds (writing FOLDER/data-started or FOLDER/rcpt-started when they begin); --stall-quit N answers QUIT after
N seconds, the message already accepted (writing FOLDER/quit-started); --auth-fail offers AUTH and answers every login
with 535, appending one line per attempt to FOLDER/auth.log.
Usage: python3 smtp_sink.py PORT FOLDER [--slow] [--stall-data N] [--stall-rcpt N] [--stall-quit N] [--auth-fail] [--reject ADDRESS ...]"""
import asyncio
import os
import signal
import sys
import threading
import time
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Sink:
    def __init__(self, folder, reject, slow, stall_data=0, stall_rcpt=0, stall_quit=0):
        self.folder = folder
        self.reject = {a.lower() for a in reject}
        self.slow = slow
        self.stall_data = stall_data
        self.stall_rcpt = stall_rcpt
        self.stall_quit = stall_quit

    async def handle_QUIT(self, server, session, envelope):
        if self.stall_quit:
            open(os.path.join(self.folder, "quit-started"), "w").close()
            await asyncio.sleep(self.stall_quit)
        return "221 Bye"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.stall_rcpt:
            open(os.path.join(self.folder, "rcpt-started"), "w").close()
            await asyncio.sleep(self.stall_rcpt)
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.slow:
            await asyncio.sleep(1)
        if self.stall_data:
            open(os.path.join(self.folder, "data-started"), "w").close()
            await asyncio.sleep(self.stall_data)
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
    options = sys.argv[3:sys.argv.index("--reject")] if "--reject" in sys.argv else sys.argv[3:]

    def number(name):
        return float(options[options.index(name) + 1]) if name in options else 0

    os.makedirs(folder, exist_ok=True)
    sink = Sink(folder, reject, "--slow" in options, number("--stall-data"), number("--stall-rcpt"), number("--stall-quit"))
    auth = {}
    if "--auth-fail" in options:
        def refuse(server, session, envelope, mechanism, auth_data):
            with open(os.path.join(folder, "auth.log"), "a") as f:
                f.write(mechanism + "\n")
            return AuthResult(success=False, handled=False)

        auth = {"authenticator": refuse, "auth_require_tls": False}
    controller = Controller(sink, hostname="127.0.0.1", port=port, **auth)
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
