import { List, Loader, Text } from '@mantine/core';
import { mergeTableNames } from '../../../../shared/roster';
import { useT } from '../../../app/RegiaContext';
import { useMergePreview } from './useMergePreview';

type MergePreviewProps = {
  /** The organization that stays. */
  survivorId: string;
  /** The duplicate chosen to merge into it. */
  mergedId: string;
};

/** What merging the chosen duplicate will change, table by table, before it is confirmed. */
export function MergePreview({ survivorId, mergedId }: MergePreviewProps) {
  const t = useT();
  const preview = useMergePreview(survivorId, mergedId);
  const lines = preview
    ? mergeTableNames.flatMap((table) => {
        const summary = preview[table];
        return summary ? [{ table, ...summary }] : [];
      })
    : [];
  return (
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
  );
}
