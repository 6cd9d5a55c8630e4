/**
 * Automated mail
 *
 * Flags auto-replies (vacation, out-of-office) and delivery reports (bounces, DSNs, read receipts)
 * from their headers, content type and subject, so analysis can exclude them.
 */

const AUTO_SUBJECT =
  /^(auto(matic)?[ -]?reply|out of (the )?office|автоответ|автоматический ответ|нет на месте|отсутств|undeliverable|undelivered mail|delivery status notification|mail delivery failed|returned mail|недоставлен|не доставлен|read:|прочитано:)/i;
const DAEMON_SENDER = /^email:(mailer-daemon|postmaster|mail-daemon)@/i;

export interface AutomationInput {
  readonly fields: ReadonlyMap<string, readonly string[]>;
  readonly subject: string | undefined;
  readonly sender: string;
  readonly isReport: boolean;
}

/** True when the message was written by a machine (auto-reply, bounce, receipt). */
export function isAutomatedMail(i: AutomationInput): boolean {
  const autoSubmitted = i.fields.get('auto-submitted')?.[0]?.toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (i.fields.has('x-autoreply') || i.fields.has('x-autorespond')) return true;
  const precedence = i.fields.get('precedence')?.[0]?.toLowerCase();
  if (precedence === 'auto_reply') return true;
  if (i.fields.get('x-auto-response-suppress')?.[0] && i.subject && AUTO_SUBJECT.test(i.subject)) return true;
  if (i.isReport) return true;
  if (DAEMON_SENDER.test(i.sender)) return true;
  return i.subject !== undefined && AUTO_SUBJECT.test(i.subject.trim());
}
