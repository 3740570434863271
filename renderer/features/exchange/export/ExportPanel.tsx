import {
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { addDays } from 'date-fns';
import { useState } from 'react';
import type { Network } from '../../../../shared/domain';
import {
  lastClosedQuarter,
  partnersToRemind,
  reportingQuarterChoices,
  type PartnerReturn,
  type ReturnState,
} from '../../../../shared/exchange';
import { periodLabel } from '../../../../shared/projects';
import { formatDate, todayIsoDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import type { NetworkMember } from '../../../data';
import { PartnerEmailButton } from './PartnerEmailButton';
import { useExportWorkbooks } from './useExportWorkbooks';

const returnColor: Record<ReturnState, string> = {
  notSent: 'gray',
  returned: 'teal',
  waiting: 'blue',
  late: 'red',
  stale: 'orange',
};

type ExportPanelProps = {
  network: Network;
  members: readonly NetworkMember[];
  returns: ReadonlyMap<string, PartnerReturn>;
};

/** The partners of the network, where each one's workbook stands, and the export buttons. */
export function ExportPanel({ network, members, returns }: ExportPanelProps) {
  const { t, locale } = useRegia();
  const [returnBy, setReturnBy] = useState(() => todayIsoDate(addDays(new Date(), 14)));
  const [reportingPeriod, setReportingPeriod] = useState(() => lastClosedQuarter(todayIsoDate()));
  const periodChoices = reportingQuarterChoices(todayIsoDate()).map((period) => ({
    value: period,
    label: periodLabel(locale, period),
  }));
  const { progress, run } = useExportWorkbooks(network);
  const busy = progress !== null;
  const names = new Map(
    members.map((member) => [member.organization.id, member.organization.name]),
  );
  const toRemind = partnersToRemind(returns).flatMap((id) => names.get(id) ?? []);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('exchange.export.title')}
        </Title>
        <Text size="sm">{t('exchange.export.help')}</Text>
        <Group align="end">
          <TextInput
            type="date"
            label={t('exchange.export.returnBy')}
            value={returnBy}
            onChange={(event) => setReturnBy(event.currentTarget.value)}
          />
          <Select
            label={t('exchange.export.period')}
            data={periodChoices}
            value={reportingPeriod}
            allowDeselect={false}
            onChange={(value) => value && setReportingPeriod(value)}
            w={180}
          />
          <Button
            disabled={busy || members.length === 0 || !returnBy}
            onClick={() =>
              void run(
                members.map((member) => member.organization.id),
                returnBy,
                reportingPeriod,
              )
            }
          >
            {t('exchange.export.all')}
          </Button>
          <PartnerEmailButton
            network={network}
            members={members}
            partnerIds={members.map((member) => member.organization.id)}
            returnBy={returnBy}
            reportingPeriod={reportingPeriod}
            partnerName={null}
            disabled={busy}
          />
        </Group>
        {progress && (
          <Stack gap={4} aria-live="polite">
            <Text size="sm">{t('exchange.export.progress', progress)}</Text>
            <Progress
              value={progress.total === 0 ? 0 : (progress.done / progress.total) * 100}
              aria-label={t('exchange.export.progress', progress)}
            />
          </Stack>
        )}
        <Table.ScrollContainer minWidth={600}>
          <Table data-testid="exchange-partners">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.export.partner')}</Table.Th>
                <Table.Th>{t('exchange.export.lastSent')}</Table.Th>
                <Table.Th>{t('exchange.export.returned')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('exchange.export.one')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map(({ organization }) => {
                const entry = returns.get(organization.id);
                const state = entry?.state ?? 'notSent';
                return (
                  <Table.Tr key={organization.id}>
                    <Table.Td>{organization.name}</Table.Td>
                    <Table.Td>
                      {entry?.exportedAt ? formatDate(locale, entry.exportedAt, 'dd/MM/yyyy') : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={returnColor[state]}>
                        {t(`exchange.return.${state}`)}
                      </Badge>
                      {(state === 'waiting' || state === 'late') && entry?.returnBy && (
                        <Text span size="sm" ml="xs">
                          {t('exchange.return.by', {
                            date: formatDate(locale, entry.returnBy, 'dd/MM/yyyy'),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          disabled={busy || !returnBy}
                          aria-label={t('exchange.export.oneFor', { partner: organization.name })}
                          onClick={() => void run([organization.id], returnBy, reportingPeriod)}
                        >
                          {t('exchange.export.one')}
                        </Button>
                        <PartnerEmailButton
                          network={network}
                          members={members}
                          partnerIds={[organization.id]}
                          returnBy={returnBy}
                          reportingPeriod={reportingPeriod}
                          partnerName={organization.name}
                          disabled={busy}
                        />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group gap="xs" data-testid="exchange-remind">
          <Text size="sm" fw={600}>
            {t('exchange.export.remind')}:
          </Text>
          <Text size="sm">
            {toRemind.length > 0 ? toRemind.join(', ') : t('exchange.export.remindNone')}
          </Text>
          {toRemind.length > 0 && (
            <CopyButton value={toRemind.join('\n')}>
              {({ copied, copy }) => (
                <Button size="xs" variant="subtle" onClick={copy}>
                  {copied ? t('exchange.export.copied') : t('exchange.export.copyRemind')}
                </Button>
              )}
            </CopyButton>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
