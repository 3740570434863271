import { Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import type { Organization } from '../../../../shared/domain';
import { notifySuccess } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { FormFooter, GuardedForm } from '../../../ui';
import { useOrganizations, useRosterCommands } from '../useRosterData';
import { MergePreview } from './MergePreview';

type MergeFormProps = {
  /** The organization that stays. */
  survivor: Organization;
  /** The duplicate to merge, when already chosen. */
  initialMergedId: string | null;
};

type MergeValues = { mergedId: string | null };

/** Chooses a duplicate, shows what merging it will change, and merges it once on confirmation. */
export function MergeForm({ survivor, initialMergedId }: MergeFormProps) {
  const { t } = useRegia();
  const commands = useRosterCommands();
  const form = useForm<MergeValues>({ initialValues: { mergedId: initialMergedId } });
  const organizations = useOrganizations();
  const candidates = useMemo(
    () =>
      organizations
        ?.filter((organization) => organization.id !== survivor.id && !organization.archivedAt)
        .sort((first, second) => first.name.localeCompare(second.name, 'it')),
    [organizations, survivor.id],
  );
  const { mergedId } = form.values;
  const merged = candidates?.find((organization) => organization.id === mergedId);

  const merge = async (): Promise<boolean> => {
    if (!merged) return false;
    await commands.merge(survivor.id, merged.id);
    notifySuccess(t, t('roster.merge.done', { merged: merged.name, survivor: survivor.name }));
    return true;
  };

  return (
    <GuardedForm form={form} onSubmit={merge}>
      <Stack>
        <Text size="sm">{t('roster.merge.intro', { name: survivor.name })}</Text>
        <Select
          label={t('roster.merge.pick')}
          placeholder={t('roster.merge.pickPlaceholder')}
          searchable
          data-autofocus
          data={(candidates ?? []).map((organization) => ({
            value: organization.id,
            label: organization.comune
              ? `${organization.name} (${organization.comune})`
              : organization.name,
          }))}
          {...form.getInputProps('mergedId')}
        />
        {mergedId && <MergePreview survivorId={survivor.id} mergedId={mergedId} />}
        <FormFooter
          submitLabel={t('roster.merge.confirm')}
          submitColor="red"
          submitDisabled={!merged}
        />
      </Stack>
    </GuardedForm>
  );
}
