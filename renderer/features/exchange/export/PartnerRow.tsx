import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { PartnerReturn, ReturnState } from '../../../../shared/exchange';
import { formatDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import type { VirtualRowProps } from '../../../ui';
import { PartnerEmailButton } from './PartnerEmailButton';

const returnColor: Record<ReturnState, string> = {
  notSent: 'gray',
  returned: 'teal',
  waiting: 'blue',
  late: 'red',
  stale: 'orange',
};

type PartnerRowProps = {
  partnerId: string;
  partnerName: string;
  /** Where the partner's last workbook stands; undefined when none was sent. */
  entry: PartnerReturn | undefined;
  exportDisabled: boolean;
  emailDisabled: boolean;
  /** This partner's e-mail draft is being prepared. */
  emailLoading: boolean;
  onExport: (partnerId: string) => void;
  onEmail: (partnerId: string) => void;
  rowProps: VirtualRowProps;
};

/** One partner of the export table: last sending, return state and its two buttons. */
export function PartnerRow(props: PartnerRowProps) {
  const { t, locale } = useRegia();
  const { entry, partnerId, partnerName } = props;
  const state = entry?.state ?? 'notSent';
  return (
    <Table.Tr {...props.rowProps}>
      <Table.Td>{partnerName}</Table.Td>
      <Table.Td>
        {entry?.exportedAt ? formatDate(locale, entry.exportedAt, 'dd/MM/yyyy') : '—'}
      </Table.Td>
      <Table.Td>
        <Badge variant="dot" color={returnColor[state]}>
          {t(`exchange.return.${state}`)}
        </Badge>
        {(state === 'waiting' || state === 'late') && entry?.returnBy && (
          <Text span size="sm" ml="xs">
            {t('exchange.return.by', { date: formatDate(locale, entry.returnBy, 'dd/MM/yyyy') })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            disabled={props.exportDisabled}
            aria-label={t('exchange.export.oneFor', { partner: partnerName })}
            onClick={() => props.onExport(partnerId)}
          >
            {t('exchange.export.one')}
          </Button>
          <PartnerEmailButton
            partnerName={partnerName}
            loading={props.emailLoading}
            disabled={props.emailDisabled}
            onSend={() => props.onEmail(partnerId)}
          />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
