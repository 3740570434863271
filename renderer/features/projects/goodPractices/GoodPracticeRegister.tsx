import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
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
import { RecordTable } from '../../../ui';
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
      <RecordTable
        rows={found}
        getKey={({ project }) => project.id}
        columns={[
          {
            header: t('projects.field.title'),
            cell: ({ project }) => (
              <Anchor component={Link} href={projectPath(project.id)}>
                {project.title}
              </Anchor>
            ),
          },
          {
            header: t('projects.goodPractice.description'),
            cell: ({ project }) => project.goodPractice.description,
          },
          {
            header: t('projects.goodPractice.whatWorked'),
            cell: ({ project }) => project.goodPractice.whatWorked,
          },
          {
            header: t('projects.goodPractice.forWhom'),
            cell: ({ project }) => project.goodPractice.forWhom,
          },
          {
            header: t('projects.goodPractice.cost'),
            align: 'right',
            cell: ({ project }) =>
              project.goodPractice.cost === null
                ? ''
                : formatEuro(locale, project.goodPractice.cost),
          },
          {
            header: t('projects.goodPractice.partnersNote'),
            cell: ({ project, partners }) =>
              [partners.join(', '), project.goodPractice.partnersNote]
                .filter((part) => part !== '')
                .join(' — '),
          },
        ]}
        tableLabel={t('projects.goodPractice.registerTitle')}
        testId="good-practices"
        emptyText={t('projects.goodPractice.none')}
        minWidth={800}
        striped
      />
    </Stack>
  );
}
