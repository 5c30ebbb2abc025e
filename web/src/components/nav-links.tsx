import { NavLink } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';

const PAGES = [
  { to: '/', label: 'Overview' },
  { to: '/controls', label: 'Controls' },
  { to: '/evidence', label: 'Evidence' },
  { to: '/readiness', label: 'Readiness' },
  { to: '/plan', label: 'Audit plan' },
  { to: '/budget', label: 'Budget' },
  { to: '/reports', label: 'Reports' },
  { to: '/sources', label: 'Sources' },
] as const;

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  return (
    <nav aria-label="Pages">
      {PAGES.map((page) => (
        <NavLink
          key={page.to}
          component={Link}
          to={page.to}
          label={page.label}
          active={page.to === '/' ? pathname === '/' : pathname.startsWith(page.to)}
          onClick={onNavigate}
          data-testid={`nav-${page.label.toLowerCase().replace(' ', '-')}`}
        />
      ))}
    </nav>
  );
}
