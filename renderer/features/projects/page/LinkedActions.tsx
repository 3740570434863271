import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { Action } from '../../../../shared/domain';
import { formatDate } from '../../../app/formatting';
import { actionStatusColor, label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { VirtualTable } from '../../../ui';

/** Up to this many linked actions every row is drawn; a busy project's draws those in view. */
const shortTable = 60;

type LinkedActionsProps = { actions: Action[]; names: ReadonlyMap<string, string> };

/** The actions linked to the project, with owner, deadline, state and progress; drawn as they scroll into view. */
export function LinkedActions({ actions, names }: LinkedActionsProps) {
  const { t, locale } = useRegia();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="project-actions">
      <Title order={2} size="h4" id="project-actions" mb="sm">
        {t('projects.section.actions')}
      </Title>
      {actions.length === 0 ? (
        <Text>{t('projects.actions.none')}</Text>
      ) : (
        <VirtualTable
          items={actions}
          getKey={(action) => action.id}
          estimatedRowHeight={41}
          label={t('projects.section.actions')}
          maxHeight="max(320px, 60dvh)"
          minWidth={600}
          testId="project-actions"
          drawAllUpTo={shortTable}
          headers={[
            { header: t('projects.action.title') },
            { header: t('projects.action.owner') },
            { header: t('projects.action.dueDate') },
            { header: t('projects.action.status') },
            { header: t('projects.action.progress'), align: 'right' },
          ]}
          renderRow={(action, rowProps) => (
            <Table.Tr {...rowProps}>
              <Table.Td>{action.title}</Table.Td>
              <Table.Td>
                {action.ownerOrganizationId ? names.get(action.ownerOrganizationId) : ''}
              </Table.Td>
              <Table.Td>
                {action.dueDate ? formatDate(locale, action.dueDate, 'dd/MM/yyyy') : ''}
              </Table.Td>
              <Table.Td>
                <Badge variant="dot" color={actionStatusColor[action.status]}>
                  {label.actionStatus(t, action.status)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{action.progress}%</Table.Td>
            </Table.Tr>
          )}
        />
      )}
    </Paper>
  );
}
