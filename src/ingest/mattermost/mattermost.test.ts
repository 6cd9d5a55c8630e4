import { describe, expect, it } from 'vitest';
import { describeAdapterContract, readFixture } from '../adapter-contract.js';
import { mattermostAdapter } from './mattermost-adapter.js';
import { RU_TEXT, sampleMattermost } from '../../../test/fixtures/ingest/samples.js';

export const mattermostContract = describeAdapterContract({
  adapter: mattermostAdapter,
  valid: sampleMattermost(),
  expectedMessages: 3,
  cyrillic: RU_TEXT,
  fileName: 'export.jsonl',
  hostile: {
    'invalid JSON lines': Buffer.concat([
      sampleMattermost(),
      Buffer.from('{"type":"post",\n{nope}\n"str"\n'),
    ]),
  },
});

describe('mattermost specifics', () => {
  it('maps channel audiences, nested replies and @mentions', async () => {
    const r = await readFixture({ adapter: mattermostAdapter }, sampleMattermost());
    const [root, reply, dm] = r.messages;
    expect(root?.sender.id).toBe('email:ivanova@ozersk.ru');
    expect(root?.recipients).toEqual([
      { id: 'email:petrov@ozersk.ru', role: 'member' },
      { id: 'email:petrov@ozersk.ru', role: 'mention' },
    ]);
    expect(reply?.inReplyTo).toBe(root?.key);
    expect(reply?.recipients).toContainEqual({ id: 'email:ivanova@ozersk.ru', role: 'reply' });
    expect(dm?.recipients).toEqual([{ id: 'email:ivanova@ozersk.ru', role: 'member' }]);
  });
});
