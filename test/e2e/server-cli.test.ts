/**
 * CLI commands of the trust stage: `user add|list`, `privacy report|audit|purge`, and the server
 * listening on loopback as `serve` starts it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { startServer } from '../../src/server/index.js';
import { createTestWorkspace, type TestWorkspace } from './server-fixture.js';

let t: TestWorkspace;
beforeAll(async () => {
  t = await createTestWorkspace({ people: 20, privacy: { optOut: ['user2@ozersk.test'] } });
});
afterAll(() => t.close());

function capture(): CliIo & { text: () => string } {
  const lines: string[] = [];
  return { out: (s) => lines.push(s), err: (s) => lines.push(s), isTTY: false, text: () => lines.join('\n') };
}

async function run(args: string[]): Promise<{ code: number; text: string }> {
  const io = capture();
  const code = await main(['node', 'sociogram', ...args], io);
  return { code, text: io.text() };
}

describe('cli', () => {
  it('adds the first admin and lists users; rejects a bad role', async () => {
    process.env.SOCIOGRAM_PASSWORD = 'first admin password';
    const dir = t.workspace.dir;
    expect(await run(['user', 'add', '-w', dir, '-u', 'root', '-r', 'admin'])).toMatchObject({ code: 0 });
    expect((await run(['user', 'list', '-w', dir])).text).toContain('root  admin');
    expect((await run(['user', 'add', '-w', dir, '-u', 'x2', '-r', 'boss'])).code).toBe(2);
    delete process.env.SOCIOGRAM_PASSWORD;
  });

  it('prints the processing record and verifies the audit log', async () => {
    await t.workspace.close();
    const dir = t.workspace.dir;
    const report = await run(['privacy', 'report', '-w', dir, '--lang', 'en']);
    expect(report.code).toBe(0);
    expect(report.text).toContain('# Record of processing');
    expect(report.text).toContain('root: admin');
    expect(report.text).toContain('no legal basis recorded');
    expect(report.text).not.toContain('user3@ozersk.test');
    const audit = await run(['privacy', 'audit', '-w', dir]);
    expect(audit.text).toMatch(/chain intact/);
    expect(audit.text).toContain('privacy-report');
    const purge = await run(['privacy', 'purge', '-w', dir, '--json']);
    expect(JSON.parse(purge.text)).toMatchObject({ optOut: { people: 1 } });
  });

  it('serves on loopback by default and warns when bound elsewhere without TLS', async () => {
    const { openWorkspace } = await import('../../src/store/index.js');
    const ws = await openWorkspace(t.workspace.dir);
    const server = await startServer(ws, { port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.warnings).toEqual([]);
    const res = await fetch(`${server.url}/api/health`);
    expect(await res.json()).toEqual({ status: 'ok' });
    await server.close();
    const open = await startServer(ws, { host: '0.0.0.0', port: 0 });
    expect(open.warnings.length).toBe(1);
    await open.close();
    await ws.close();
    t = { ...t, workspace: { ...t.workspace, close: () => Promise.resolve() } };
  });
});
