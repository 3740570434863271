import { Alert, Button, Group, List, ScrollArea, Stack, Text } from '@mantine/core';
import { FigureTable } from '../../ui';
import { changeCount, type MapImportPlan } from '../../../shared/map';
import type { MessageKey } from '../../../shared/i18n';
import { useRegia } from '../../app/RegiaContext';

/** The Gephi table a review still lacks, to offer adding it. */
export type MissingTable = 'nodes' | 'edges';

type MapImportReviewProps = {
  fileName: string;
  plan: MapImportPlan;
  /** The Gephi table the files read so far lack, if any. */
  missing?: MissingTable | null;
  onAddTable?: () => void;
  onApply: () => void;
  onCancel: () => void;
};

const shownProblems = 100;

/** What an import would change, and what it rejects, before anything is written. */
export function MapImportReview({
  fileName,
  plan,
  missing = null,
  onAddTable,
  onApply,
  onCancel,
}: MapImportReviewProps) {
  const { t } = useRegia();
  const counts: [MessageKey, number][] = [
    ['map.import.newOrganizations', plan.organizations.create.length],
    ['map.import.changedOrganizations', plan.organizations.update.length],
    ['map.import.unchangedOrganizations', plan.organizations.unchanged],
    ['map.import.newMemberships', plan.memberships.length],
    ['map.import.newRelationships', plan.relationships.create.length],
    ['map.import.changedRelationships', plan.relationships.update.length],
    ['map.import.unchangedRelationships', plan.relationships.unchanged],
    ['map.import.skippedDerived', plan.skippedDerived],
    ['map.import.problems', plan.problems.length],
  ];
  const changes = changeCount(plan);
  return (
    <Stack data-testid="map-import-review">
      <Text size="sm">{t('map.import.file', { name: fileName })}</Text>
      {missing && (
        <Text size="sm" data-testid="map-import-missing">
          {t(missing === 'edges' ? 'map.import.onlyNodes' : 'map.import.onlyEdges')}
        </Text>
      )}
      <FigureTable
        strong
        testId="map-import-counts"
        figures={counts.map(([key, count]) => [t(key), count] as const)}
      />
      {plan.organizations.update.length > 0 && (
        <List size="sm" spacing={2}>
          {plan.organizations.update.map((change) => (
            <List.Item key={change.id}>
              {change.label} — {t('map.import.changes', { fields: change.fields.join(', ') })}
            </List.Item>
          ))}
        </List>
      )}
      {plan.problems.length > 0 && (
        <ScrollArea.Autosize mah={200}>
          <List size="sm" spacing={2} data-testid="map-import-problems">
            {plan.problems.slice(0, shownProblems).map((problem) => (
              <List.Item key={`${problem.sheet}-${problem.row}-${problem.column}`}>
                {t('map.import.problemRow', {
                  sheet: problem.sheet,
                  row: problem.row,
                  column: problem.column,
                  value: problem.value,
                  reason: t(`map.problem.${problem.reason}`),
                })}
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      )}
      {changes === 0 && <Alert color="blue">{t('map.import.nothing')}</Alert>}
      <Group justify="flex-end">
        {missing && onAddTable && (
          <Button variant="default" onClick={onAddTable}>
            {t(missing === 'edges' ? 'map.import.addEdges' : 'map.import.addNodes')}
          </Button>
        )}
        <Button variant="default" onClick={onCancel}>
          {changes === 0 ? t('common.close') : t('common.cancel')}
        </Button>
        {changes > 0 && <Button onClick={onApply}>{t('map.import.apply')}</Button>}
      </Group>
    </Stack>
  );
}
