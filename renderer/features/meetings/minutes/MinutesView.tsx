import { Box, List, Stack, Table, Text, Title } from '@mantine/core';
import type {
  MinutesDocument,
  MinutesTable,
} from '../../../../shared/meetings/minutes/minutesDocument';

function MinutesTableView({ table }: { table: MinutesTable }) {
  return (
    <Table withTableBorder withColumnBorders>
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((column) => (
            <Table.Th key={column}>{column}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row, index) => (
          <Table.Tr key={index}>
            {row.map((cell, column) => (
              <Table.Td key={column}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The minutes as a page: the same document the DOCX holds, shown on screen and printed to PDF. */
export function MinutesView({ minutes }: { minutes: MinutesDocument }) {
  return (
    <Stack gap="xs" className="regia-minutes" data-testid="minutes-view">
      {minutes.draftMark && (
        <Text ta="center" fw={700} c="red.9" data-testid="draft-mark">
          {minutes.draftMark}
        </Text>
      )}
      <Title order={2}>{minutes.title}</Title>
      {[...minutes.heading, ...minutes.officers].map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      <Title order={3}>{minutes.attendanceHeading}</Title>
      {minutes.attendance
        .filter((group) => group.entries.length > 0)
        .map((group) => (
          <Box key={group.label}>
            <Text fw={700}>
              {group.label} ({group.entries.length})
            </Text>
            <List size="sm">
              {group.entries.map((entry) => (
                <List.Item key={entry}>{entry}</List.Item>
              ))}
            </List>
          </Box>
        ))}
      <Text>{minutes.quorum}</Text>
      {minutes.premise.map((paragraph, index) => (
        <Text key={index}>{paragraph}</Text>
      ))}
      <Title order={3}>{minutes.agendaHeading}</Title>
      {minutes.agenda.map((entry) => (
        <Text key={entry}>{entry}</Text>
      ))}
      {minutes.items.map((item) => (
        <Box key={item.heading}>
          <Title order={3}>{item.heading}</Title>
          {item.discussion.map((paragraph, index) => (
            <Text key={index}>{paragraph}</Text>
          ))}
          {item.decision && <Text fw={700}>{item.decision}</Text>}
          {item.vote && <Text>{item.vote}</Text>}
          {item.review && (
            <Stack gap={4} data-testid="minutes-action-review">
              <Text>{item.review.intro}</Text>
              {item.review.sections.map((section) => (
                <Box key={section.heading}>
                  <Text fw={700}>{section.heading}</Text>
                  <MinutesTableView table={section.table} />
                </Box>
              ))}
            </Stack>
          )}
        </Box>
      ))}
      <Title order={3}>{minutes.actionsHeading}</Title>
      {minutes.actions.rows.length === 0 ? (
        <Text>{minutes.noActions}</Text>
      ) : (
        <MinutesTableView table={minutes.actions} />
      )}
      <Text>{minutes.closing}</Text>
      <Box style={{ display: 'flex', justifyContent: 'space-between', marginTop: '2rem' }}>
        {minutes.signatures.map((signature) => (
          <Box key={signature.role} style={{ minWidth: '40%' }}>
            <Text fw={700}>{signature.role}</Text>
            <Text>{signature.name || '\u00a0'}</Text>
            <Text mt="lg">______________________________</Text>
          </Box>
        ))}
      </Box>
      {minutes.approval && <Text fw={700}>{minutes.approval}</Text>}
      {minutes.amendments.length > 0 && (
        <>
          <Title order={3}>{minutes.amendmentsHeading}</Title>
          {minutes.amendments.map((entry, index) => (
            <Text key={index}>{entry}</Text>
          ))}
        </>
      )}
    </Stack>
  );
}
