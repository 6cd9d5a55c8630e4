import { describe, expect, it } from 'vitest';
import { describeAdapterContract, readFixture } from '../adapter-contract.js';
import { whatsappAdapter } from './whatsapp-adapter.js';
import { RU_TEXT, sampleWhatsAppEn, sampleWhatsAppRu } from '../../../test/fixtures/ingest/samples.js';

export const whatsappContract = describeAdapterContract({
  adapter: whatsappAdapter,
  valid: sampleWhatsAppRu(),
  expectedMessages: 3,
  cyrillic: RU_TEXT,
  fileName: 'WhatsApp Chat with Отдел.txt',
});

describe('whatsapp specifics', () => {
  it('reads Russian dates, multi-line messages, phone authors, mentions and media', async () => {
    const r = await readFixture({ adapter: whatsappAdapter, fileName: 'chat.txt' }, sampleWhatsAppRu());
    const [a, b, c] = r.messages;
    expect(a).toMatchObject({
      timestamp: Date.UTC(2025, 0, 6, 10, 1),
      text: `${RU_TEXT}\nвторая строка сообщения`,
      sender: { id: 'name:иванова мария' },
    });
    expect(b?.sender.id).toBe('phone:+79120000002');
    expect(b?.recipients).toContainEqual({
      id: 'name:иванова мария',
      name: 'Иванова Мария',
      role: 'mention',
    });
    expect(c).toMatchObject({ timestamp: Date.UTC(2025, 0, 13, 21, 15), attachmentCount: 1 });
  });

  it('reads English iOS dates with AM/PM and month-first order', async () => {
    const r = await readFixture({ adapter: whatsappAdapter, fileName: 'chat.txt' }, sampleWhatsAppEn());
    expect(r.messages.map((m) => m.timestamp)).toEqual([
      Date.UTC(2025, 0, 6, 10, 1, 5),
      Date.UTC(2025, 0, 6, 22, 2),
      Date.UTC(2025, 0, 13, 21, 15),
    ]);
    expect(r.messages[1]?.text).toBe('Добрый вечер\nand a second line');
  });
});
