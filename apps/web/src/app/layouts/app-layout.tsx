import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAddressBook,
  IconBuilding,
  IconBox,
  IconCash,
  IconChartFunnel,
  IconGitBranch,
  IconFileImport,
  IconFileInvoice,
  IconForms,
  IconLayoutKanban,
  IconSettings,
  IconTags,
  IconTemplate,
  IconSun,
  IconUserPlus,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { UserMenu } from '@/components/user-menu';
import { Loading } from '@/components/loading';
import { useCurrentUser } from '@/lib/session';

const NAV = [
  { to: '/', key: 'nav.myDay', icon: IconSun },
  { to: '/deals', key: 'nav.deals', icon: IconLayoutKanban },
  { to: '/leads', key: 'nav.leads', icon: IconUserPlus },
  { to: '/contacts', key: 'nav.contacts', icon: IconAddressBook },
  { to: '/companies', key: 'nav.companies', icon: IconBuilding },
  { to: '/documents', key: 'nav.documents', icon: IconFileInvoice },
  { to: '/payments', key: 'nav.payments', icon: IconCash },
  { to: '/products', key: 'catalogue.products', icon: IconBox },
  { to: '/reports', key: 'nav.reports', icon: IconChartFunnel },
] as const;
/** Sales ops and admins shape the rules (the API refuses the others anyway). */
const RULES_NAV = { to: '/rules', key: 'rules.nav', icon: IconGitBranch } as const;
/** Sales ops and admins keep the quote templates and lead sources (others may only read them). */
const CATALOGUE_NAV = [
  { to: '/quote-templates', key: 'catalogue.templates', icon: IconTemplate },
  { to: '/lead-sources', key: 'catalogue.sources', icon: IconTags },
] as const;

/** Sales ops and admins define the web forms that bring leads in. */
const WEB_FORMS_NAV = { to: '/web-forms', key: 'webForms.nav', icon: IconForms } as const;

/** Those who create records import them (sales ops work on the rules). */
const IMPORT_NAV = { to: '/import', key: 'imports.nav', icon: IconFileImport } as const;
/** Only admins manage users, teams and keys (the API refuses the others anyway). */
const ADMIN_NAV = { to: '/admin', key: 'admin.nav', icon: IconSettings } as const;

function navFor(role: string) {
  if (role === 'admin')
    return [...NAV, IMPORT_NAV, ...CATALOGUE_NAV, RULES_NAV, WEB_FORMS_NAV, ADMIN_NAV];
  if (role === 'salesops') return [...NAV, ...CATALOGUE_NAV, RULES_NAV, WEB_FORMS_NAV];
  if (role === 'integration') return NAV;
  return [...NAV, IMPORT_NAV];
}

/** The shell every signed-in screen shares: header, navigation, the screen. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const nav = navFor(useCurrentUser().role);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.navigation')}
            />
            <Text fw={700} size="lg" component={Link} to="/">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="md">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.navigation')} component="nav">
        {nav.map(({ to, key, icon: Icon }) => (
          <NavLink
            key={to}
            component={Link}
            to={to}
            variant="filled"
            label={t(key)}
            leftSection={<Icon size={18} aria-hidden />}
            active={to === '/' ? pathname === '/' : pathname.startsWith(to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
