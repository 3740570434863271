import { Badge, Loader } from '@mantine/core';
import type { Action } from '../../../../shared/domain';
import { actionUrgency, orderOrganizationActions } from '../../../../shared/roster';
import { formatDate } from '../../../app/formatting';
import { useToday } from '../../../app/useToday';
import { actionStatusColor, label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { RecordTable, type RecordColumn } from '../../../ui';
import type { OrganizationRecords } from './useOrganizationRecords';

type ActionsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
  /** The actions it owns or supports; undefined while they are read. */
  actions: readonly Action[] | undefined;
};

/** The actions the organization owns or supports: overdue and open ones first. */
export function ActionsPanel({ records, actions: unordered }: ActionsPanelProps) {
  const { t, locale } = useRegia();
  const today = useToday();
  if (unordered === undefined) return <Loader aria-label={t('common.loading')} />;
  const { organization, networks } = records;
  const actions = orderOrganizationActions([...unordered], today);
  const showNetwork = new Set(actions.map((action) => action.networkId)).size > 1;
  const networkColumn: RecordColumn<Action> = {
    header: t('roster.field.networkId'),
    cell: (action) => networks.get(action.networkId)?.name ?? '—',
  };
  return (
    <RecordTable
      rows={actions}
      getKey={(action) => action.id}
      columns={[
        { header: t('roster.actions.title'), strong: true, cell: (action) => action.title },
        ...(showNetwork ? [networkColumn] : []),
        {
          header: t('roster.actions.involvement'),
          cell: (action) =>
            action.ownerOrganizationId === organization.id
              ? t('roster.actions.owner')
              : t('roster.actions.supporting'),
        },
        {
          header: t('roster.actions.dueDate'),
          cell: (action) => (
            <>
              {action.dueDate
                ? formatDate(locale, action.dueDate, 'd MMM yyyy')
                : t('roster.actions.noDueDate')}
              {actionUrgency(action, today) === 'overdue' && (
                <Badge color="red" variant="outline" ml="xs">
                  {t('roster.actions.overdue')}
                </Badge>
              )}
            </>
          ),
        },
        {
          header: t('common.status'),
          cell: (action) => (
            <Badge color={actionStatusColor[action.status]} variant="dot">
              {label.actionStatus(t, action.status)}
            </Badge>
          ),
        },
      ]}
      tableLabel={t('roster.actions.tableLabel', { name: organization.name })}
      testId="organization-actions-table"
      emptyText={t('roster.actions.empty')}
    />
  );
}
