"""aiosmtpd's Maildir handler, with a gate the digest fault tests close at a chosen moment.

PN_HOLD_AFTER=K: once K messages are in the Maildir, each next recipient (RCPT TO, before any message is accepted) is
written to PN_HELD_FILE and waits until PN_RELEASE_FILE exists. So a test can kill a host, or this server, while no
message is between "accepted" and "recorded as sent". PN_DELAY_MS slows every recipient, so that two hosts share a run.
Messages are written exactly as aiosmtpd.handlers.Mailbox writes them, when DATA ends.
"""

import asyncio
import os

from aiosmtpd.handlers import Mailbox


class HoldingMailbox(Mailbox):
    def __init__(self, mail_dir):
        super().__init__(mail_dir)
        self.hold_after = int(os.environ.get("PN_HOLD_AFTER", "-1"))
        self.delay = int(os.environ.get("PN_DELAY_MS", "0")) / 1000
        self.held_file = os.environ.get("PN_HELD_FILE", "")
        self.release_file = os.environ.get("PN_RELEASE_FILE", "")
        self.delivered = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.delay > 0:
            await asyncio.sleep(self.delay)
        if 0 <= self.hold_after <= self.delivered and not os.path.exists(self.release_file):
            with open(self.held_file, "a", encoding="utf-8") as held:
                held.write(address + "\n")
            while not os.path.exists(self.release_file):
                await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        self.delivered += 1
        return reply
