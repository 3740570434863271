import {
  Button,
  Card,
  CopyButton,
  Group,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { addDays } from 'date-fns';
import { useCallback, useState } from 'react';
import type { Network } from '../../../../shared/domain';
import {
  lastClosedQuarter,
  partnersToRemind,
  reportingQuarterChoices,
  type PartnerReturn,
} from '../../../../shared/exchange';
import { periodLabel } from '../../../../shared/projects';
import { todayIsoDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import type { NetworkMember } from '../../../data';
import { VirtualTable } from '../../../ui';
import { PartnerEmailButton } from './PartnerEmailButton';
import { PartnerRow } from './PartnerRow';
import { useExportWorkbooks } from './useExportWorkbooks';
import { usePartnerEmailDrafts } from './usePartnerEmailDrafts';

/** Up to this many partners the table draws every row (the demo networks' size and more). */
const shortTable = 60;
/** The e-mail button of every partner at once, beside the rows' own. */
const allPartners = 'all';

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
  // One drafts helper for the whole table: a row only says which partner to write to.
  const { busy: drafting, send: sendDrafts } = usePartnerEmailDrafts(network, members);
  const [mailTarget, setMailTarget] = useState<string | null>(null);
  const emailOff = busy || drafting || !returnBy;
  const exportOne = useCallback(
    (partnerId: string) => void run([partnerId], returnBy, reportingPeriod),
    [run, returnBy, reportingPeriod],
  );
  const emailOne = useCallback(
    (partnerId: string) => {
      setMailTarget(partnerId);
      void sendDrafts([partnerId], returnBy, reportingPeriod);
    },
    [sendDrafts, returnBy, reportingPeriod],
  );
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
            partnerName={null}
            loading={drafting && mailTarget === allPartners}
            disabled={emailOff || members.length === 0}
            onSend={() => {
              setMailTarget(allPartners);
              void sendDrafts(
                members.map((member) => member.organization.id),
                returnBy,
                reportingPeriod,
              );
            }}
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
        <VirtualTable
          items={members}
          getKey={(member) => member.organization.id}
          estimatedRowHeight={45}
          label={t('exchange.export.partner')}
          maxHeight="max(320px, calc(100dvh - 360px))"
          minWidth={600}
          testId="exchange-partners"
          drawAllUpTo={shortTable}
          headers={[
            { header: t('exchange.export.partner') },
            { header: t('exchange.export.lastSent') },
            { header: t('exchange.export.returned') },
            { header: <VisuallyHidden>{t('exchange.export.one')}</VisuallyHidden> },
          ]}
          renderRow={({ organization }, rowProps) => (
            <PartnerRow
              partnerId={organization.id}
              partnerName={organization.name}
              entry={returns.get(organization.id)}
              exportDisabled={busy || !returnBy}
              emailDisabled={emailOff}
              emailLoading={drafting && mailTarget === organization.id}
              onExport={exportOne}
              onEmail={emailOne}
              rowProps={rowProps}
            />
          )}
        />
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
