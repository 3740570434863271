import { Badge, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatDateTime } from '../../app/formatting';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { useOverviewData } from './useOverviewData';

type StatProps = { label: string; value: number; testId: string };

function Stat({ label: text, value, testId }: StatProps) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm">{text}</Text>
      <Text fz={32} fw={700}>
        {value}
      </Text>
    </Card>
  );
}

/** Panoramica: the state of the current network at a glance. */
export function OverviewPage() {
  const { t, locale } = useRegia();
  const network = useCurrentNetwork();
  const data = useOverviewData(network.id);
  if (!data) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack>
      <PageTitle title={network.name} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Stat label={t('overview.organizations')} value={data.memberCount} testId="stat-members" />
        <Stat
          label={t('overview.openActions')}
          value={data.openActionCount}
          testId="stat-open-actions"
        />
        <Stat
          label={t('overview.overdueActions')}
          value={data.overdueActions.length}
          testId="stat-overdue"
        />
        <Stat label={t('overview.projects')} value={data.projectCount} testId="stat-projects" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('overview.nextMeeting')}
          </Title>
          {data.nextMeeting ? (
            <Stack gap={4} data-testid="next-meeting">
              <Text fw={600}>
                {t('meetings.number', {
                  number: data.nextMeeting.number,
                  year: data.nextMeeting.year,
                })}
                {' · '}
                {formatDate(locale, data.nextMeeting.date)}
              </Text>
              <Text>{data.nextMeeting.title}</Text>
              <Text size="sm">{data.nextMeeting.place}</Text>
            </Stack>
          ) : (
            <Text>{t('overview.noNextMeeting')}</Text>
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('overview.overdueActions')}
          </Title>
          <List spacing={4} data-testid="overdue-list">
            {data.overdueActions.slice(0, 6).map((action) => (
              <List.Item key={action.id}>
                <Group gap="xs" wrap="nowrap">
                  <Badge color="red" variant="light">
                    {formatDate(locale, action.dueDate, 'd MMM')}
                  </Badge>
                  <Text size="sm">{action.title}</Text>
                </Group>
              </List.Item>
            ))}
          </List>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('overview.recentActivity')}
        </Title>
        {data.recentChanges.length === 0 ? (
          <Text>{t('overview.noActivity')}</Text>
        ) : (
          <List spacing={2} size="sm">
            {data.recentChanges.map((entry) => (
              <List.Item key={entry.id}>
                {formatDateTime(locale, entry.at)} · {entry.table} · {entry.operation} ·{' '}
                {t(`audit.source.${entry.source}`)}
                {entry.userName ? ` · ${entry.userName}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    </Stack>
  );
}
