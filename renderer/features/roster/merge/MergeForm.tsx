import { Button, Group, List, Loader, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Organization } from '../../../../shared/domain';
import { mergeTableNames } from '../../../../shared/roster';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { useOrganizations, useRosterCommands } from '../useRosterData';
import { useMergePreview } from './useMergePreview';

type MergeFormProps = {
  /** The organization that stays. */
  survivor: Organization;
  /** The duplicate to merge, when already chosen. */
  initialMergedId: string | null;
  /** Called after the merge or on cancel. */
  onDone: () => void;
};

/** Chooses a duplicate, shows what merging it will change, and merges it on confirmation. */
export function MergeForm({ survivor, initialMergedId, onDone }: MergeFormProps) {
  const { t } = useRegia();
  const commands = useRosterCommands();
  const [mergedId, setMergedId] = useState<string | null>(initialMergedId);
  const [merging, setMerging] = useState(false);
  const organizations = useOrganizations();
  const candidates = useMemo(
    () =>
      organizations
        ?.filter((organization) => organization.id !== survivor.id && !organization.archivedAt)
        .sort((first, second) => first.name.localeCompare(second.name, 'it')),
    [organizations, survivor.id],
  );
  const preview = useMergePreview(survivor.id, mergedId);
  const merged = candidates?.find((organization) => organization.id === mergedId);

  const confirm = (): Promise<unknown> =>
    reportFailure(t, async () => {
      if (!merged) return;
      setMerging(true);
      try {
        await commands.merge(survivor.id, merged.id);
        notifySuccess(t, t('roster.merge.done', { merged: merged.name, survivor: survivor.name }));
        onDone();
      } finally {
        setMerging(false);
      }
    });

  const lines = preview
    ? mergeTableNames.flatMap((table) => {
        const summary = preview[table];
        return summary ? [{ table, ...summary }] : [];
      })
    : [];

  return (
    <Stack>
      <Text size="sm">{t('roster.merge.intro', { name: survivor.name })}</Text>
      <Select
        label={t('roster.merge.pick')}
        placeholder={t('roster.merge.pickPlaceholder')}
        searchable
        data-autofocus
        value={mergedId}
        onChange={setMergedId}
        data={(candidates ?? []).map((organization) => ({
          value: organization.id,
          label: organization.comune
            ? `${organization.name} (${organization.comune})`
            : organization.name,
        }))}
      />
      {mergedId && (
        <section aria-label={t('roster.merge.preview')}>
          <Text fw={700} size="sm" mb={4}>
            {t('roster.merge.preview')}
          </Text>
          {preview === undefined ? (
            <Loader size="sm" aria-label={t('common.loading')} />
          ) : (
            <List size="sm" data-testid="merge-preview">
              {lines.map((line) => (
                <List.Item key={line.table}>
                  {t('roster.merge.line', {
                    table: t(`roster.mergeTable.${line.table}`),
                    updated: line.updated,
                    archived: line.archived,
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </section>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button color="red" disabled={!merged} loading={merging} onClick={() => void confirm()}>
          {t('roster.merge.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
