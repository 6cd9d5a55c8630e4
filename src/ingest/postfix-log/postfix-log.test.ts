import { describe, expect, it } from 'vitest';
import { describeAdapterContract, readFixture } from '../adapter-contract.js';
import { postfixLogAdapter } from './postfix-log-adapter.js';
import { samplePostfixLog } from '../../../test/fixtures/ingest/samples.js';

export const postfixContract = describeAdapterContract({
  adapter: postfixLogAdapter,
  valid: Buffer.concat([
    samplePostfixLog(),
    Buffer.from('Jan  6 10:00:03 mail postfix/smtpd[101]: NOQUEUE: reject: RCPT from x: 554 Отказано\n'),
  ]),
  expectedMessages: 2,
  cyrillic: { none: 'Postfix logs carry addresses only, no names or text' },
  fileName: 'maillog',
});

describe('postfix log specifics', () => {
  it('joins queue-id lines (interleaved) into messages keyed by Message-ID', async () => {
    const r = await readFixture({ adapter: postfixLogAdapter }, samplePostfixLog());
    expect(r.messages.map((m) => m.key)).toEqual(['p1@ozersk.ru', 'p2@ozersk.ru']);
    expect(r.messages[0]?.recipients.map((x) => x.id)).toEqual([
      'email:petrov@ozersk.ru',
      'email:partner@vendor.ru',
    ]);
    expect(r.messages[0]?.sender.id).toBe('email:ivanova@ozersk.ru');
  });
});
