import { Button, Tabs } from '@mantine/core';
import { IconLayoutList, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { MembersByRole } from './list/MembersByRole';
import { RosterListView } from './list/RosterListView';
import { openNewOrganizationModal } from './openNewOrganizationModal';
import { RosterSpreadsheetButtons } from './spreadsheet/RosterSpreadsheetButtons';

/** Rete: the organizations of the current network, to find, filter and open; and its members by role. */
export function RosterPage() {
  const { t } = useRegia();
  const network = useCurrentNetwork();
  return (
    <>
      <PageTitle title={t('roster.members')}>
        <RosterSpreadsheetButtons networkId={network.id} />
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => openNewOrganizationModal(t, network.id)}
        >
          {t('roster.newOrganization')}
        </Button>
      </PageTitle>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List aria-label={t('roster.view.label')} mb="md">
          <Tabs.Tab value="list" leftSection={<IconLayoutList size={16} />}>
            {t('roster.view.list')}
          </Tabs.Tab>
          <Tabs.Tab value="byRole" leftSection={<IconUsersGroup size={16} />}>
            {t('roster.view.byRole')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <RosterListView networkId={network.id} />
        </Tabs.Panel>
        <Tabs.Panel value="byRole">
          <MembersByRole networkId={network.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
