/**
 * Maildir adapter
 *
 * Reads Maildir trees (`cur/`, `new/` folders, Maildir++ sub-folders such as `.Sent/`) and the
 * one-file-per-message layouts that resemble them (the Enron corpus' `user/folder/1.`). Each file is
 * one message; the mail folder it sits in becomes the message's conversation hint only when the
 * message has no List-Id.
 */
import type { Probe, SourceAdapter } from '../types.js';
import { readMailFiles } from '../eml/mail-files.js';

/** `root/.Sent/cur/123:2,S` → `maildir:.Sent`; `root/allen-p/inbox/1.` → `maildir:allen-p/inbox`. */
function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  parts.pop();
  if (parts[parts.length - 1] === 'cur' || parts[parts.length - 1] === 'new') parts.pop();
  const tail = parts.slice(-2).join('/');
  return tail ? `maildir:${tail}` : undefined;
}

export const maildirAdapter: SourceAdapter = {
  name: 'maildir',
  input: 'tree',
  seekable: true,
  detect: (_probe: Probe) => 0,
  read: (input, ctx, resume) => readMailFiles(input, ctx, resume, folderOf),
};
