/**
 * Page shell
 *
 * Header (title, navigation, language, user, sign-out), a skip link for keyboard users, and the page the
 * route names. Administration is listed only for admins; person pages need an analyst.
 */
import type { MouseEvent } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AdminPage } from '../pages/admin-page.js';
import { CampaignsPage } from '../pages/campaigns-page.js';
import { GroupsPage } from '../pages/groups-page.js';
import { LeadersPage } from '../pages/leaders-page.js';
import { MarkersPage } from '../pages/markers-page.js';
import { OverviewPage } from '../pages/overview-page.js';
import { PersonPage } from '../pages/person-page.js';
import { hrefOf, useRoute, type PageName, type Route } from '../state/route.js';
import { hasRole, useSession } from '../state/session-context.js';
import { LanguageSwitch } from './language-switch.js';

const NAV: readonly { page: Exclude<PageName, 'person'>; key: MessageKey; admin?: boolean }[] = [
  { page: 'overview', key: 'nav.overview' },
  { page: 'leaders', key: 'nav.leaders' },
  { page: 'groups', key: 'nav.groups' },
  { page: 'markers', key: 'nav.markers' },
  { page: 'campaigns', key: 'nav.campaigns' },
  { page: 'admin', key: 'nav.admin', admin: true },
];

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'leaders':
      return <LeadersPage />;
    case 'person':
      return <PersonPage id={route.id} />;
    case 'groups':
      return <GroupsPage />;
    case 'markers':
      return <MarkersPage />;
    case 'campaigns':
      return <CampaignsPage />;
    case 'admin':
      return <AdminPage />;
  }
}

function Nav({ current }: { current: PageName }) {
  const { t } = useI18n();
  const { session } = useSession();
  const items = NAV.filter((item) => !item.admin || hasRole(session.user.role, 'admin'));
  return (
    <nav aria-label={t('nav.main')}>
      <ul>
        {items.map((item) => (
          <li key={item.page}>
            <a href={hrefOf({ page: item.page })} aria-current={item.page === current ? 'page' : undefined}>
              {t(item.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** NOTE: the hash is the router, so the skip link moves focus instead of navigating. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function Shell() {
  const { t } = useI18n();
  const { session, logout } = useSession();
  const route = useRoute();
  const role = t(`role.${session.user.role}`);
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skip')}
      </a>
      <header className="app-header">
        <span className="brand">{t('app.title')}</span>
        <Nav current={route.page} />
        <div className="header-tools">
          <LanguageSwitch />
          <span className="user">{t('header.user', { user: session.user.username, role })}</span>
          <button type="button" onClick={logout}>
            {t('header.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <PageFor route={route} />
      </main>
    </>
  );
}
