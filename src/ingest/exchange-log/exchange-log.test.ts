import { describe, expect, it } from 'vitest';
import { describeAdapterContract, readFixture } from '../adapter-contract.js';
import { exchangeLogAdapter } from './exchange-log-adapter.js';
import { RU_TEXT, sampleExchangeLog } from '../../../test/fixtures/ingest/samples.js';

export const exchangeContract = describeAdapterContract({
  adapter: exchangeLogAdapter,
  valid: sampleExchangeLog(),
  expectedMessages: 2,
  cyrillic: RU_TEXT,
  fileName: 'MSGTRK2025010610-1.LOG',
  hostile: {
    'wrong column counts': Buffer.concat([
      sampleExchangeLog(),
      Buffer.from('2025-01-06T11:00:00Z,only,three\n'),
    ]),
    'rows before #Fields': Buffer.from('2025-01-06T11:00:00Z,a,b\n'),
  },
});

describe('exchange log specifics', () => {
  it('joins the events of one Message-ID into one message with all recipients', async () => {
    const r = await readFixture({ adapter: exchangeLogAdapter }, sampleExchangeLog());
    expect(r.messages[0]).toMatchObject({
      key: 'x1@ozersk.ru',
      channel: 'mail-log',
      timestamp: Date.UTC(2025, 0, 6, 10),
      subject: RU_TEXT,
      sender: { id: 'email:ivanova@ozersk.ru' },
    });
    expect(r.messages[0]?.recipients.map((x) => x.id)).toEqual([
      'email:petrov@ozersk.ru',
      'email:sidorov@ozersk.ru',
    ]);
  });
});
