import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import {
  actionsOfPartner,
  partnerCounts,
  type ActionSort,
  type NameLookup,
} from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { ActionsTable } from './ActionsTable';
import type { Choice } from './useActionLookups';

const shownPartners = 150;

type PartnerViewProps = {
  /** The filtered actions, already sorted. */
  actions: readonly Action[];
  organizations: readonly Choice[];
  names: NameLookup;
  sort: ActionSort;
  onSortChange: (sort: ActionSort) => void;
  today: string;
  onOpen: (actionId: string) => void;
};

/** Per partner: how many actions each owns (open, overdue, completed) and the actions of one. */
export function PartnerView(props: PartnerViewProps) {
  const { actions, organizations, today } = props;
  const { t } = useRegia();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const counts = useMemo(() => partnerCounts(actions, today), [actions, today]);
  const partnerActions = useMemo(
    () => (partnerId === null ? [] : actionsOfPartner(actions, partnerId)),
    [actions, partnerId],
  );
  const partnerName = partnerId === null ? '' : (props.names.get(partnerId) ?? '—');
  // Busiest first (overdue, then open); a network of thousands shows its first ones, the owner
  // filter reaches the others.
  const rows = useMemo(() => {
    const ranked = organizations
      .map((organization) => ({ organization, count: counts.get(organization.value) }))
      .sort(
        (first, second) =>
          (second.count?.overdue ?? 0) - (first.count?.overdue ?? 0) ||
          (second.count?.open ?? 0) - (first.count?.open ?? 0) ||
          (second.count?.total ?? 0) - (first.count?.total ?? 0),
      );
    return ranked.slice(0, shownPartners);
  }, [organizations, counts]);
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Title order={2} size="h4" mb="xs">
          {t('actions.partners.title')}
        </Title>
        <Table.ScrollContainer minWidth={420} mah={320}>
          <Table striped highlightOnHover stickyHeader data-testid="partner-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('actions.partners.organization')}</Table.Th>
                <Table.Th ta="right">{t('actions.partners.open')}</Table.Th>
                <Table.Th ta="right">{t('actions.partners.overdue')}</Table.Th>
                <Table.Th ta="right">{t('actions.partners.completed')}</Table.Th>
                <Table.Th ta="right">{t('actions.partners.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ organization, count }) => {
                return (
                  <Table.Tr key={organization.value}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        fw={partnerId === organization.value ? 700 : 500}
                        aria-pressed={partnerId === organization.value}
                        aria-label={t('actions.partners.show', { name: organization.label })}
                        onClick={() => setPartnerId(organization.value)}
                      >
                        {organization.label}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{count?.open ?? 0}</Table.Td>
                    <Table.Td ta="right">{count?.overdue ?? 0}</Table.Td>
                    <Table.Td ta="right">{count?.completed ?? 0}</Table.Td>
                    <Table.Td ta="right">{count?.total ?? 0}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {organizations.length > shownPartners && (
          <Text size="sm" mt="xs">
            {t('actions.partners.firstOnly', { count: shownPartners })}
          </Text>
        )}
      </Paper>
      <Stack gap="xs">
        {partnerId === null ? (
          <Text>{t('actions.partners.choose')}</Text>
        ) : (
          <>
            <Title order={2} size="h4">
              {t('actions.partners.actionsOf', { name: partnerName })}
            </Title>
            <ActionsTable
              actions={partnerActions}
              grouping="none"
              names={props.names}
              sort={props.sort}
              onSortChange={props.onSortChange}
              today={today}
              onOpen={props.onOpen}
              label={t('actions.partners.actionsOf', { name: partnerName })}
              testId="partner-actions-table"
            />
          </>
        )}
      </Stack>
    </Stack>
  );
}
