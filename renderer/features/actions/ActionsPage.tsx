import { Button, Group, Loader, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import {
  activeFilterCount,
  type ActionFilter,
  type ActionGrouping,
  type ActionSort,
} from '../../../shared/actions';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { ActionEditorDrawer } from './ActionEditorDrawer';
import { ActionFilterBar } from './ActionFilterBar';
import { ActionsBoard } from './ActionsBoard';
import { defaultActionSort } from './actionIndexes';
import { ActionsTable } from './ActionsTable';
import { BulkEditBar } from './BulkEditBar';
import { openNewActionModal } from './openNewActionModal';
import { PartnerView } from './PartnerView';
import { clearRequestedActionFilter, requestedActionFilter } from './requestedFilter';
import { useActionLookups } from './useActionLookups';
import { useActionMoves } from './useActionMoves';
import { useExportActions } from './useExportActions';
import { useFilteredActions } from './useFilteredActions';
import { useFirstActions } from './useFirstActions';
import { useToday } from '../../app/useToday';

const groupings: ActionGrouping[] = ['none', 'owner', 'project'];

/** Azioni: the commitments of the current network as a table, a board and per partner. */
export function ActionsPage() {
  const { t } = useRegia();
  const network = useCurrentNetwork();
  const today = useToday();
  // The page names and filters by organization; only the editor's form needs the contacts.
  const lookups = useActionLookups(network.id, t, { contacts: false });
  const [filter, setFilter] = useState<ActionFilter>(requestedActionFilter);
  useEffect(clearRequestedActionFilter, []);
  const [sort, setSort] = useState<ActionSort>(defaultActionSort);
  const [grouping, setGrouping] = useState<ActionGrouping>('none');
  const [view, setView] = useState<string | null>('table');
  const [selection, setSelection] = useState<Set<string>>(() => new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const names = lookups?.names;
  const sorted = useFilteredActions(network.id, filter, sort, names, today);
  // Opened before the network's actions are in memory, in its opening view, the page shows their
  // count and first rows, read through the indexes, while the rest is read.
  const opening =
    activeFilterCount(filter) === 0 && grouping === 'none' && sort === defaultActionSort;
  const first = useFirstActions(network.id, sorted === undefined && opening);
  const move = useActionMoves();
  const { exportActions, busy } = useExportActions();
  // The same function on every render, so the memoized filter bar redraws only for the filter.
  const changeFilter = useCallback((changes: Partial<ActionFilter>): void => {
    setFilter((current) => ({ ...current, ...changes }));
    setSelection((current) => (current.size === 0 ? current : new Set()));
  }, []);

  return (
    <Stack gap="sm">
      <PageTitle title={t('actions.title')}>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} />}
          loading={busy}
          disabled={!sorted || !names}
          onClick={() => sorted && names && exportActions(sorted, names, today)}
        >
          {t('actions.export')}
        </Button>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => openNewActionModal(t, network.id)}
        >
          {t('actions.new')}
        </Button>
      </PageTitle>
      {!lookups || (!sorted && !first) ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <>
          <ActionFilterBar
            networkId={network.id}
            filter={filter}
            onChange={changeFilter}
            lookups={lookups}
          />
          <Tabs value={view} onChange={setView} keepMounted={false}>
            <Group justify="space-between" align="flex-end" wrap="wrap">
              <Tabs.List aria-label={t('actions.views')}>
                <Tabs.Tab value="table">{t('actions.view.table')}</Tabs.Tab>
                <Tabs.Tab value="board">{t('actions.view.board')}</Tabs.Tab>
                <Tabs.Tab value="partners">{t('actions.view.partners')}</Tabs.Tab>
              </Tabs.List>
              <Group gap="sm" align="flex-end">
                <Text size="sm" fw={600} data-testid="actions-count" aria-live="polite">
                  {sorted || opening
                    ? t('actions.count', { count: sorted?.length ?? first?.liveCount ?? 0 })
                    : t('common.loading')}
                </Text>
                {view === 'table' && (
                  <Select
                    label={t('actions.groupBy')}
                    size="xs"
                    allowDeselect={false}
                    data={groupings.map((value) => ({ value, label: t(`actions.group.${value}`) }))}
                    value={grouping}
                    onChange={(value) =>
                      setGrouping(groupings.find((candidate) => candidate === value) ?? 'none')
                    }
                  />
                )}
              </Group>
            </Group>
            <Tabs.Panel value="table" pt="sm">
              <Stack gap="sm">
                {selection.size > 0 && (
                  <BulkEditBar
                    selection={selection}
                    lookups={lookups}
                    onDone={() => setSelection(new Set())}
                  />
                )}
                {!sorted && !opening ? (
                  <Loader aria-label={t('common.loading')} />
                ) : !sorted ? (
                  <>
                    <ActionsTable
                      actions={first?.first ?? []}
                      grouping="none"
                      names={lookups.names}
                      sort={sort}
                      onSortChange={setSort}
                      today={today}
                      onOpen={setEditing}
                      label={t('actions.table.label')}
                    />
                    <Text size="sm" role="status" data-testid="actions-loading-rest">
                      {t('actions.loadingRest')}
                    </Text>
                  </>
                ) : sorted.length === 0 ? (
                  <Text>{t('actions.noMatch')}</Text>
                ) : (
                  <ActionsTable
                    actions={sorted}
                    grouping={grouping}
                    names={lookups.names}
                    sort={sort}
                    onSortChange={setSort}
                    today={today}
                    selection={selection}
                    onSelectionChange={setSelection}
                    onOpen={setEditing}
                    label={t('actions.table.label')}
                  />
                )}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="board" pt="sm">
              {!sorted ? (
                <Loader aria-label={t('common.loading')} />
              ) : (
                <ActionsBoard
                  actions={sorted}
                  names={lookups.names}
                  today={today}
                  onOpen={setEditing}
                  onMove={move}
                />
              )}
            </Tabs.Panel>
            <Tabs.Panel value="partners" pt="sm">
              {!sorted ? (
                <Loader aria-label={t('common.loading')} />
              ) : (
                <PartnerView
                  actions={sorted}
                  organizations={lookups.organizations}
                  names={lookups.names}
                  sort={sort}
                  onSortChange={setSort}
                  today={today}
                  onOpen={setEditing}
                />
              )}
            </Tabs.Panel>
          </Tabs>
        </>
      )}
      <ActionEditorDrawer actionId={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
