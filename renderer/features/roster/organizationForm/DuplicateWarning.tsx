import { Alert, Anchor, Badge, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { DuplicateMatch } from '../../../../shared/roster';
import { useRegia } from '../../../app/RegiaContext';
import { organizationPath } from '../organizationPath';

type DuplicateWarningProps = {
  /** The likely duplicates found. */
  matches: DuplicateMatch[];
  /** Called before leaving the form to open an existing organization. */
  onOpen?: () => void;
};

/** Lists existing organizations that look like the one being created, and why. */
export function DuplicateWarning({ matches, onOpen }: DuplicateWarningProps) {
  const { t } = useRegia();
  if (matches.length === 0) return null;
  return (
    <Alert
      variant="default"
      styles={{ root: { borderInlineStart: '4px solid var(--mantine-color-yellow-6)' } }}
      icon={<IconAlertTriangle size={18} color="var(--mantine-color-yellow-7)" />}
      title={t('roster.duplicates.title')}
      data-testid="duplicate-warning"
    >
      <Text size="sm" mb="xs">
        {t('roster.duplicates.intro')}
      </Text>
      <List size="sm" spacing={4}>
        {matches.slice(0, 5).map(({ organization, reasons }) => (
          <List.Item key={organization.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor
                href={`#${organizationPath(organization.id)}`}
                onClick={onOpen}
                aria-label={t('roster.duplicates.open', { name: organization.name })}
                fw={600}
              >
                {organization.name}
              </Anchor>
              {organization.comune && (
                <Text span size="sm">
                  ({organization.comune})
                </Text>
              )}
              <Text span size="sm">
                {reasons.map((reason) => t(`roster.duplicates.reason.${reason}`)).join(', ')}
              </Text>
              {organization.archivedAt && (
                <Badge variant="outline" color="gray" size="sm">
                  {t('roster.archivedBadge')}
                </Badge>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
