import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArrowBackUp, IconGitMerge, IconPencil } from '@tabler/icons-react';
import type { Organization } from '../../../../shared/domain';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { PageTitle } from '../../../app/PageTitle';
import { useRegia } from '../../../app/RegiaContext';
import { openMergeModal } from '../merge/openMergeModal';
import { openEditOrganizationModal } from '../organizationForm/openOrganizationModal';
import { useRosterCommands } from '../useRosterData';

type OrganizationHeaderProps = {
  /** The organization the page shows. */
  organization: Organization;
};

/** The page's heading with its commands: edit, merge a duplicate, archive or restore. */
export function OrganizationHeader({ organization }: OrganizationHeaderProps) {
  const { t } = useRegia();
  const commands = useRosterCommands();
  const archive = (): void => {
    modals.openConfirmModal({
      title: t('roster.archiveConfirm.title', { name: organization.name }),
      children: <Text size="sm">{t('roster.archiveConfirm.body')}</Text>,
      labels: { confirm: t('common.archive'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: () =>
        void reportFailure(t, async () => {
          await commands.archive('organizations', organization.id);
          notifySuccess(t, t('roster.archived', { name: organization.name }));
        }),
    });
  };
  const restore = (): Promise<unknown> =>
    reportFailure(t, async () => {
      await commands.restore('organizations', organization.id);
      notifySuccess(t, t('roster.restored', { name: organization.name }));
    });

  return (
    <PageTitle title={organization.name}>
      <Button
        variant="default"
        leftSection={<IconPencil size={18} />}
        onClick={() => openEditOrganizationModal(t, organization)}
      >
        {t('common.edit')}
      </Button>
      {organization.archivedAt ? (
        <Button leftSection={<IconArrowBackUp size={18} />} onClick={() => void restore()}>
          {t('roster.page.restore')}
        </Button>
      ) : (
        <>
          <Button
            variant="default"
            leftSection={<IconGitMerge size={18} />}
            onClick={() => openMergeModal(t, organization, null)}
          >
            {t('roster.page.merge')}
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconArchive size={18} />}
            onClick={archive}
          >
            {t('common.archive')}
          </Button>
        </>
      )}
    </PageTitle>
  );
}
