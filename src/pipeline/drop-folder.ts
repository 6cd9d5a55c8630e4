/**
 * Drop-folder polling
 *
 * Finds what is new in watched folders by polling, not `fs.watch` (unreliable on network and
 * container file systems). Each entry directly in a watched folder is one drop: a file, or a folder
 * (a Slack export, a Maildir) read as one source. A drop is ready once its signature (sizes and
 * modification times of everything in it) is unchanged across two scans one interval apart, so a
 * half-written or half-copied export is never read; it is offered again only when it changes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** Names never picked up: hidden files and the partial files of browsers and copy tools. */
const IGNORED = /^\.|\.(part|partial|crdownload|download|tmp|swp)$|~$/i;

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    // Removed between listing and stat: it is simply not there this time.
    return null;
  }
}

/** Size and mtime of a file, or of every file under a folder, as one string. */
function signatureOf(path: string, st: Stats): string {
  if (!st.isDirectory()) return `${st.size}:${st.mtimeMs}`;
  const h = createHash('sha256');
  const visit = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const s = statOrNull(abs);
      if (!s) continue;
      if (s.isDirectory()) visit(abs, `${rel}${name}/`);
      else h.update(`${rel}${name}\0${s.size}\0${s.mtimeMs}\n`);
    }
  };
  visit(path, '');
  return `dir:${h.digest('hex')}`;
}

/** Every drop in `folders` (absolute path → signature). A missing folder has no drops yet. */
export function scanDropFolders(folders: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (IGNORED.test(name)) continue;
      const abs = join(folder, name);
      const st = statOrNull(abs);
      if (st && (st.isFile() || st.isDirectory())) out.set(abs, signatureOf(abs, st));
    }
  }
  return out;
}

export interface DropScan {
  /** Unchanged since the previous scan and not yet taken in this state. */
  readonly ready: string[];
  /** New or changed since the previous scan: wait one more interval. */
  readonly settling: string[];
}

/** Remembers the previous scan and what was taken, to tell ready drops from settling ones. */
export class DropTracker {
  private previous = new Map<string, string>();
  private readonly taken = new Map<string, string>();

  /** Compares a scan with the previous one. */
  observe(scan: ReadonlyMap<string, string>): DropScan {
    const ready: string[] = [];
    const settling: string[] = [];
    for (const [path, sig] of scan) {
      if (this.taken.get(path) === sig) continue;
      if (this.previous.get(path) === sig) ready.push(path);
      else settling.push(path);
    }
    this.previous = new Map(scan);
    return { ready, settling };
  }

  /** Marks drops as read in their current state; they come back only when they change. */
  take(paths: readonly string[]): void {
    for (const p of paths) {
      const sig = this.previous.get(p);
      if (sig !== undefined) this.taken.set(p, sig);
    }
  }
}
