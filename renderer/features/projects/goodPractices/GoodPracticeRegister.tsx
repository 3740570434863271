import { Anchor, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Project } from '../../../../shared/domain';
import {
  formatEuro,
  goodPracticeEntries,
  goodPracticeRegister,
  searchGoodPractices,
} from '../../../../shared/projects';
import { todayIsoDate } from '../../../app/formatting';
import { reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { projectPath } from '../projectPath';
import { saveReport } from '../report/saveReport';

type GoodPracticeRegisterProps = {
  projects: Project[];
  names: ReadonlyMap<string, string>;
  networkName: string;
};

/** The banca dati delle buone prassi: searchable, exportable to Excel and Word. */
export function GoodPracticeRegister({ projects, names, networkName }: GoodPracticeRegisterProps) {
  const { t, locale } = useRegia();
  const [query, setQuery] = useState('');
  const entries = useMemo(() => goodPracticeEntries(projects, names), [projects, names]);
  const found = searchGoodPractices(entries, query);
  const exportAs = (format: 'docx' | 'xlsx'): void => {
    const today = todayIsoDate();
    void reportFailure(t, () =>
      saveReport(
        t,
        locale,
        goodPracticeRegister(locale, found, networkName, today),
        format,
        `${t('projects.goodPractice.fileName')}-${today}`,
      ),
    );
  };
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('projects.goodPractice.search')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={360}
        />
        <Group>
          <Button variant="default" onClick={() => exportAs('xlsx')}>
            {t('projects.goodPractice.exportXlsx')}
          </Button>
          <Button variant="default" onClick={() => exportAs('docx')}>
            {t('projects.goodPractice.exportDocx')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" aria-live="polite">
        {t('projects.goodPractice.count', { count: found.length })}
      </Text>
      {found.length === 0 ? (
        <Text>{t('projects.goodPractice.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="good-practices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('projects.field.title')}</Table.Th>
                <Table.Th>{t('projects.goodPractice.description')}</Table.Th>
                <Table.Th>{t('projects.goodPractice.whatWorked')}</Table.Th>
                <Table.Th>{t('projects.goodPractice.forWhom')}</Table.Th>
                <Table.Th ta="right">{t('projects.goodPractice.cost')}</Table.Th>
                <Table.Th>{t('projects.goodPractice.partnersNote')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.map(({ project, partners }) => (
                <Table.Tr key={project.id}>
                  <Table.Td>
                    <Anchor component={Link} href={projectPath(project.id)}>
                      {project.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{project.goodPractice.description}</Table.Td>
                  <Table.Td>{project.goodPractice.whatWorked}</Table.Td>
                  <Table.Td>{project.goodPractice.forWhom}</Table.Td>
                  <Table.Td ta="right">
                    {project.goodPractice.cost === null
                      ? ''
                      : formatEuro(locale, project.goodPractice.cost)}
                  </Table.Td>
                  <Table.Td>
                    {[partners.join(', '), project.goodPractice.partnersNote]
                      .filter((part) => part !== '')
                      .join(' — ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
