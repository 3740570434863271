import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type PageTitleProps = {
  /** The page's heading. */
  title: string;
  /** Buttons shown beside the heading. */
  children?: ReactNode;
};

/** The heading every page starts with, and its main buttons. */
export function PageTitle({ title, children }: PageTitleProps) {
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Title order={1} size="h2">
        {title}
      </Title>
      {children && <Group>{children}</Group>}
    </Group>
  );
}
