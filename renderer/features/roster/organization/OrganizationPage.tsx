import { Alert, Anchor, Loader, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useParams } from 'wouter';
import { formatDate } from '../../../app/formatting';
import { PageTitle } from '../../../app/PageTitle';
import { useRegia } from '../../../app/RegiaContext';
import { ActionsPanel } from './ActionsPanel';
import { ContactsPanel } from './ContactsPanel';
import { DuplicatesPanel } from './DuplicatesPanel';
import { HistoryPanel } from './HistoryPanel';
import { MeetingsPanel } from './MeetingsPanel';
import { MembershipsPanel } from './MembershipsPanel';
import { OrganizationDetails } from './OrganizationDetails';
import { OrganizationHeader } from './OrganizationHeader';
import { RelationshipsPanel } from './RelationshipsPanel';
import {
  memberNetworkIds,
  useOrganizationActions,
  useOrganizationRecords,
} from './useOrganizationRecords';

function BackLink() {
  const { t } = useRegia();
  return (
    <Anchor href="#/rete" size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
      {t('roster.page.back')}
    </Anchor>
  );
}

/** An organization's page: its details, contacts, memberships, actions, meetings, ties and history. */
export function OrganizationPage() {
  const { t, locale } = useRegia();
  const { organizationId = '' } = useParams<{ organizationId: string }>();
  const records = useOrganizationRecords(organizationId);
  // Read apart: the page draws before the actions it supports are found among the network's.
  const actions = useOrganizationActions(
    organizationId,
    records ? memberNetworkIds(records) : undefined,
  );
  if (records === undefined) return <Loader aria-label={t('common.loading')} />;
  if (records === null) {
    return (
      <Stack>
        <BackLink />
        <PageTitle title={t('roster.page.notFound')} />
      </Stack>
    );
  }
  const { organization } = records;
  const active = <T extends { archivedAt: string | null }>(rows: T[]): number =>
    rows.filter((row) => !row.archivedAt).length;

  return (
    <Stack gap="xs">
      <BackLink />
      <OrganizationHeader organization={organization} />
      {organization.archivedAt && (
        <Alert variant="default" mb="sm" data-testid="archived-notice">
          {t('roster.page.archivedNotice', { date: formatDate(locale, organization.archivedAt) })}
        </Alert>
      )}
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List aria-label={t('roster.page.sections')} mb="md">
          <Tabs.Tab value="details">{t('roster.tab.details')}</Tabs.Tab>
          <Tabs.Tab value="contacts">
            {t('roster.tab.contacts', { count: active(records.contacts) })}
          </Tabs.Tab>
          <Tabs.Tab value="memberships">
            {t('roster.tab.memberships', { count: active(records.memberships) })}
          </Tabs.Tab>
          <Tabs.Tab value="actions">
            {actions
              ? t('roster.tab.actions', { count: actions.length })
              : // The same word as the navigation's, without a count until they are read.
                t('nav.actions')}
          </Tabs.Tab>
          <Tabs.Tab value="meetings">
            {t('roster.tab.meetings', { count: records.attendances.length })}
          </Tabs.Tab>
          <Tabs.Tab value="relationships">
            {t('roster.tab.relationships', {
              count: records.relationships.filter(({ relationship }) => !relationship.archivedAt)
                .length,
            })}
          </Tabs.Tab>
          <Tabs.Tab value="history">{t('roster.tab.history')}</Tabs.Tab>
          <Tabs.Tab value="duplicates">{t('roster.tab.duplicates')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <OrganizationDetails organization={organization} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <ContactsPanel records={records} />
        </Tabs.Panel>
        <Tabs.Panel value="memberships">
          <MembershipsPanel records={records} />
        </Tabs.Panel>
        <Tabs.Panel value="actions">
          <ActionsPanel records={records} actions={actions} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings">
          <MeetingsPanel records={records} />
        </Tabs.Panel>
        <Tabs.Panel value="relationships">
          <RelationshipsPanel records={records} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryPanel records={records} />
        </Tabs.Panel>
        <Tabs.Panel value="duplicates">
          <DuplicatesPanel organization={organization} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
