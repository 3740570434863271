import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Organization } from '../../../../shared/domain';
import { findDuplicateOrganizations } from '../../../../shared/roster';
import { useRegia } from '../../../app/RegiaContext';
import { openMergeModal } from '../merge/openMergeModal';
import { organizationPath } from '../organizationPath';
import { useOrganizations } from '../useRosterData';

type DuplicatesPanelProps = {
  /** The organization whose likely duplicates are looked for. */
  organization: Organization;
};

/** Other organizations that look like this one, each with a button to merge it here. */
export function DuplicatesPanel({ organization }: DuplicatesPanelProps) {
  const { t } = useRegia();
  const organizations = useOrganizations();
  const matches = useMemo(
    () =>
      organizations
        ? findDuplicateOrganizations(
            organization,
            organizations.filter((other) => !other.archivedAt),
          )
        : undefined,
    [organization, organizations],
  );
  if (!matches) return <Loader aria-label={t('common.loading')} />;
  if (matches.length === 0) return <Text>{t('roster.duplicates.none')}</Text>;
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="organization-duplicates"
    >
      {matches.map(({ organization: other, reasons }) => (
        <Card component="li" key={other.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Anchor href={`#${organizationPath(other.id)}`} fw={600}>
                {other.name}
              </Anchor>
              <Group gap="xs">
                {other.comune && <Text size="sm">{other.comune}</Text>}
                {reasons.map((reason) => (
                  <Badge key={reason} variant="outline" color="gray" size="sm">
                    {t(`roster.duplicates.reason.${reason}`)}
                  </Badge>
                ))}
              </Group>
            </Stack>
            <Button
              variant="default"
              leftSection={<IconGitMerge size={18} />}
              onClick={() => openMergeModal(t, organization, other.id)}
            >
              {t('roster.duplicates.mergeHere')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
