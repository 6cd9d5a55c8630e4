import { describe, expect, it } from 'vitest';
import { BatchCommitter } from './batch-committer.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('BatchCommitter', () => {
  it('commits in order with at most one commit in flight, overlapping the caller', async () => {
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const c = new BatchCommitter<number>(async (b) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      log.push(`start ${b}`);
      await tick(5);
      log.push(`end ${b}`);
      running--;
    });
    await c.submit(1);
    log.push('parse 2'); // the caller goes on while batch 1 commits
    await c.submit(2);
    await c.submit(3);
    await c.drain();
    expect(log).toEqual(['start 1', 'parse 2', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(maxRunning).toBe(1);
  });

  it('reports a failed commit at the next submit and does not start the next batch', async () => {
    const started: number[] = [];
    const c = new BatchCommitter<number>(async (b) => {
      started.push(b);
      await tick(1);
      if (b === 1) throw new Error('disk full');
    });
    await c.submit(1);
    await expect(c.submit(2)).rejects.toThrow('disk full');
    expect(started).toEqual([1]);
    await c.drain(); // the error was reported once
  });

  it('reports a failure of the last batch at drain', async () => {
    const c = new BatchCommitter<number>(() => Promise.reject(new Error('gone')));
    await c.submit(1);
    await expect(c.drain()).rejects.toThrow('gone');
  });
});
