/**
 * Non-people
 *
 * Recognizes identifiers that are not people: bots and `noreply` senders, mailing lists, and shared
 * mailboxes (reception, support, …), from the address itself and from behaviour (a sender whose
 * messages are all automated).
 */
import type { PersonKind } from '../store/index.js';
import type { SeenIdentifier } from './types.js';

const BOT_LOCAL =
  /^(no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|mail-daemon|bounces?|notifications?|notify|alerts?|robot|daemon|system|auto(mailer|reply)?|jira|confluence|gitlab|github|jenkins|monitoring|zabbix|nagios|calendar|root)([-_.+].*)?$/;
const LIST_LOCAL =
  /(^|[-_.])(list|lists|all|announce|announcements|everyone|digest|rassylka|news|newsletter|subscribers|l)$|^(all|vse|staff|everyone)[-_.]/;
const SHARED_LOCAL =
  /^(info|office|support|help|helpdesk|hr|kadry|kancelyariya|kanc|priemnaya|reception|admin|secretary|sekretar|sales|contact|contacts|general|zakupki|buh|buhgalteriya|press|pr|mail|service|servicedesk|obrashcheniya|delo)$/;

/** The kind of non-person an identifier is, or undefined for a (probable) person. */
export function classifyIdentifier(
  seen: SeenIdentifier,
): Exclude<PersonKind, 'staff' | 'external'> | undefined {
  const id = seen.identifier;
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const value = id.slice(colon + 1);
  if (kind === 'email') {
    const at = value.lastIndexOf('@');
    const local = at < 0 ? value : value.slice(0, at);
    const domain = at < 0 ? '' : value.slice(at + 1);
    if (BOT_LOCAL.test(local)) return 'bot';
    if (domain.startsWith('lists.') || domain.startsWith('list.') || LIST_LOCAL.test(local)) return 'list';
    if (SHARED_LOCAL.test(local)) return 'shared';
  } else if (kind === 'telegram' || kind === 'slack' || kind === 'mattermost') {
    if (/bot$/.test(value) || (/^b[0-9a-z]{8,}$/.test(value) && kind === 'slack')) return 'bot';
  }
  if (seen.sent >= 3 && seen.automatedSent === seen.sent) return 'bot';
  return undefined;
}
