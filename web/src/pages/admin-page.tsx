/**
 * Privacy and audit page (admins)
 *
 * Privacy settings, the opt-out list, users and roles, and the audit log. Other roles see why they
 * cannot open it.
 */
import { Empty } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { hasRole, useSession } from '../state/session-context.js';
import { AuditSection, UsersSection } from './admin-users.js';
import { PrivacySection } from './admin-privacy.js';

export function AdminPage() {
  const { t } = useI18n();
  const { session } = useSession();
  if (!hasRole(session.user.role, 'admin')) return <Empty>{t('admin.adminOnly')}</Empty>;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <div className="grid-2">
        <PrivacySection />
        <UsersSection />
      </div>
      <AuditSection />
    </>
  );
}
