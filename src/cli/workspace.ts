/**
 * Workspace access for commands
 *
 * Opens the workspace named by `--workspace`, runs the command body and always closes it.
 */
import { openWorkspace, type Workspace } from '../store/index.js';

export async function withWorkspace<T>(
  dir: string,
  fn: (ws: Workspace) => Promise<T>,
  options: { create?: boolean } = {},
): Promise<T> {
  const ws = await openWorkspace(dir, options);
  try {
    return await fn(ws);
  } finally {
    await ws.close();
  }
}
