import { useMemo } from 'react';
import type { SaveFileResult } from '../../../shared/contract';
import { bridge } from '../../bridge';
import { useRegia } from '../../app/RegiaContext';
import { erasePerson, type ErasureOutcome } from './erasePerson';
import { personExportFile } from './personData';

/** The personal-data commands: what the menu of a contact calls. */
export type PrivacyCommands = {
  /** Saves everything held about a contact as a JSON file. */
  exportPerson(contactId: string): Promise<SaveFileResult & { name: string }>;
  /** Erases a contact everywhere, recorded under the current user. */
  erasePerson(contactId: string): Promise<ErasureOutcome>;
};

/** The personal-data commands over the current database and user. */
export function usePrivacyCommands(): PrivacyCommands {
  const { db, t, settings } = useRegia();
  return useMemo(
    () => ({
      exportPerson: async (contactId) => {
        const file = await personExportFile(db, contactId);
        const result = await bridge.saveFile({
          title: t('privacy.export'),
          suggestedName: file.name,
          filters: [{ name: 'JSON', extensions: ['json'] }],
          bytes: file.bytes,
        });
        return { ...result, name: file.name };
      },
      erasePerson: (contactId) =>
        erasePerson(db, contactId, {
          userName: settings.userName,
          userOrganization: settings.userOrganization,
        }),
    }),
    [db, t, settings.userName, settings.userOrganization],
  );
}
