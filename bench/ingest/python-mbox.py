"""Baseline: parse an mbox with Python's standard mailbox + email packages (what most scripts do).

Prints one JSON line: messages, seconds. Every message is fully parsed: headers decoded and the
text/plain body (or first part) decoded, so the work matches what Sociogram does per message.
"""
import email.policy
import json
import mailbox
import sys
import time


def main(path):
    start = time.perf_counter()
    n = 0
    box = mailbox.mbox(path, factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default))
    for msg in box:
        n += 1
        _ = (msg.get('From'), msg.get('To'), msg.get('Cc'), msg.get('Subject'), msg.get('Date'), msg.get('Message-ID'), msg.get('In-Reply-To'))
        try:
            body = msg.get_body(preferencelist=('plain', 'html'))
            if body is not None:
                body.get_content()
        except Exception:
            pass
    print(json.dumps({"messages": n, "seconds": time.perf_counter() - start}))


main(sys.argv[1])
