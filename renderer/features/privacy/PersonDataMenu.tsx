import { ActionIcon, Menu } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDownload, IconShieldLock, IconTrash } from '@tabler/icons-react';
import type { Contact } from '../../../shared/domain';
import { contactFullName } from '../../../shared/roster';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { EraseConfirmation } from './EraseConfirmation';
import { usePrivacyCommands } from './usePrivacyCommands';

type PersonDataMenuProps = {
  /** The person whose data the commands concern. */
  contact: Contact;
};

/** A contact's personal-data commands: export everything about them, or erase them everywhere. */
export function PersonDataMenu({ contact }: PersonDataMenuProps) {
  const { t } = useRegia();
  const commands = usePrivacyCommands();
  const name = contactFullName(contact);

  const exportData = () =>
    void reportFailure(t, async () => {
      const result = await commands.exportPerson(contact.id);
      if (result.saved) {
        notifySuccess(t, t('privacy.exported', { location: result.location ?? result.name }));
      }
    });

  const confirmErase = () => {
    const modalId = modals.open({
      title: t('privacy.eraseTitle', { name }),
      size: 'lg',
      children: (
        <EraseConfirmation
          onCancel={() => modals.close(modalId)}
          onConfirm={async () => {
            const outcome = await reportFailure(t, () => commands.erasePerson(contact.id));
            if (!outcome) return;
            modals.close(modalId);
            notifySuccess(t, t('privacy.erased', { count: outcome.cleanedRecords + 1 }));
          }}
        />
      ),
    });
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('privacy.menu', { name })}>
          <IconShieldLock size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconDownload size={16} />} onClick={exportData}>
          {t('privacy.export')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={confirmErase}>
          {t('privacy.erase')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
