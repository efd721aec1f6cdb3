import { Anchor } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

/** Where a figure's records are listed: the drill-down screen with the report's list query. */
export function drillHref(path: string, title: string): string {
  return `/reports/records?${new URLSearchParams({ path, title })}`;
}

export function useDrill() {
  const navigate = useNavigate();
  return (path: string | null | undefined, title: string) => {
    if (path) void navigate(drillHref(path, title));
  };
}

/** A figure that opens the list of the records it counts. */
export function DrillLink({
  path,
  title,
  children,
}: {
  path: string | null;
  title: string;
  children: string;
}) {
  if (!path) return <>{children}</>;
  return (
    <Anchor
      component={Link}
      to={drillHref(path, title)}
      size="sm"
      aria-label={`${children}: ${title}`}
    >
      {children}
    </Anchor>
  );
}
