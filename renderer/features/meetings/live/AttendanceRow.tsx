import { Badge, Button, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { memo } from 'react';
import {
  attendanceStatuses,
  presenceModes,
  type Attendance,
  type AttendanceStatus,
  type Attendee,
} from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { BlurField, DelegateField, PeopleField, type Choice } from './AttendanceFields';
import type { AttendanceOptions } from './attendanceOptions';
import type { LiveCommands } from './useLiveCommands';

export type { Choice } from './AttendanceFields';

/** What one row of the check-in shows and offers; equal props draw the row once. */
export type AttendanceRowProps = {
  organizationId: string;
  /** Whether the body votes: a member with voting right. */
  votingRight: boolean;
  organizationName: string;
  attendance: Attendance | undefined;
  /** The membership's representatives and delegates, by contact id and name. */
  people: readonly Choice[];
  /** The voting bodies present this body may entrust its vote to (only asked of absent voters). */
  proxyHolders: readonly Choice[];
  /** Whether this body's proxy does not hold (its holder is absent or carries the most allowed). */
  proxyRefused: boolean;
  /** The file name of the written delega, when one is attached. */
  delegaFileName: string | null;
  /** The meeting's opening (or start) time, shown where no arrival is recorded. */
  openingTime: string | null;
  /** Approved minutes: nothing changes any more. */
  locked: boolean;
  /** The status and mode lists, built once for every row. */
  options: AttendanceOptions;
  commands: Pick<LiveCommands, 'recordAttendance' | 'attachDelega'>;
};

const isStatus = (value: string): value is AttendanceStatus =>
  attendanceStatuses.some((status) => status === value);

/** One body at the check-in: how it attends, who for it, its delega or proxy, arrival and departure. */
function AttendanceRowCells(props: AttendanceRowProps) {
  const { t } = useRegia();
  const { attendance, organizationName: name, locked, organizationId } = props;
  const status = attendance?.status ?? null;
  const save = (change: Parameters<LiveCommands['recordAttendance']>[1]): void =>
    props.commands.recordAttendance(organizationId, change);
  const attends = status === 'presente' || status === 'delegato';
  const absent = status === 'assente' || status === 'assenteGiustificato';
  const capacity: Attendee['capacity'] = status === 'delegato' ? 'delegato' : 'rappresentante';
  const savePeople = (names: string[]): void => {
    const people = names
      .map((person) => person.trim())
      .filter(Boolean)
      .map((person) => ({
        name: person,
        contactId: props.people.find((choice) => choice.label === person)?.value ?? null,
        capacity,
      }));
    save({ people });
  };
  return (
    <Table.Tr data-testid="attendance-row" data-status={status ?? 'none'}>
      <Table.Td>
        <Text span size="sm" data-testid="member-name">
          {name}
        </Text>{' '}
        {props.votingRight && (
          <Badge size="xs" variant="outline" color="gray">
            {t('live.votingRight')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <NativeSelect
            size="xs"
            aria-label={t('live.attendanceOf', { name })}
            value={status ?? ''}
            disabled={locked}
            data={props.options.statuses}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isStatus(value)) save({ status: value });
            }}
          />
          {attends && (
            <NativeSelect
              size="xs"
              aria-label={t('presence.modeOf', { name })}
              value={attendance?.mode ?? 'inPresenza'}
              disabled={locked}
              data={props.options.modes}
              onChange={(event) => {
                const mode = presenceModes.find((value) => value === event.currentTarget.value);
                if (mode) save({ mode });
              }}
            />
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {status === 'delegato' && (
            <>
              <DelegateField
                label={t('live.delegateOf', { name })}
                value={attendance?.delegateName ?? ''}
                people={props.people}
                disabled={locked}
                onSave={(delegateName, contactId) => save({ delegateName, contactId })}
              />
              {props.delegaFileName ? (
                <Text size="xs" data-testid="delega-file">
                  {t('presence.delegaFile', { name: props.delegaFileName })}
                </Text>
              ) : (
                !locked &&
                attendance && (
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => props.commands.attachDelega(attendance.id, name)}
                  >
                    {t('presence.attachDelega')}
                  </Button>
                )
              )}
            </>
          )}
          {attends && (
            <PeopleField
              label={t('presence.peopleOf', { name })}
              placeholder={t('presence.peopleHint')}
              names={(attendance?.people ?? []).map((person) => person.name)}
              people={props.people}
              disabled={locked}
              onSave={savePeople}
            />
          )}
          {absent && props.votingRight && (
            <NativeSelect
              size="xs"
              aria-label={t('presence.proxyOf', { name })}
              value={attendance?.proxyOrganizationId ?? ''}
              disabled={locked}
              error={props.proxyRefused ? t('presence.proxyRefused') : undefined}
              data={[props.options.noProxy, ...props.proxyHolders]}
              onChange={(event) => save({ proxyOrganizationId: event.currentTarget.value || null })}
            />
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {attends && (
          <BlurField
            type="time"
            label={t('live.arrivalOf', { name })}
            value={attendance?.arrivalTime ?? ''}
            placeholder={props.openingTime ?? undefined}
            disabled={locked}
            onSave={(value) => save({ arrivalTime: value === '' ? null : value })}
          />
        )}
      </Table.Td>
      <Table.Td>
        {attends && (
          <BlurField
            type="time"
            label={t('live.departureOf', { name })}
            value={attendance?.departureTime ?? ''}
            disabled={locked}
            onSave={(value) => save({ departureTime: value === '' ? null : value })}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

const sameChoices = (first: readonly Choice[], second: readonly Choice[]): boolean =>
  first === second ||
  (first.length === second.length &&
    first.every(
      (choice, index) =>
        choice.value === second[index]?.value &&
        choice.label === second[index]?.label &&
        choice.disabled === second[index]?.disabled,
    ));

// The record is read afresh on every change, so its rows are new objects even where nothing
// changed: a row compares what it shows, and one body's check-in redraws one row, not sixty.
const sameRow = (before: AttendanceRowProps, after: AttendanceRowProps): boolean =>
  before.organizationId === after.organizationId &&
  before.votingRight === after.votingRight &&
  before.organizationName === after.organizationName &&
  before.attendance?.id === after.attendance?.id &&
  before.attendance?.rev === after.attendance?.rev &&
  before.proxyRefused === after.proxyRefused &&
  before.delegaFileName === after.delegaFileName &&
  before.openingTime === after.openingTime &&
  before.locked === after.locked &&
  before.options === after.options &&
  before.commands === after.commands &&
  sameChoices(before.people, after.people) &&
  sameChoices(before.proxyHolders, after.proxyHolders);

/** One body at the check-in, drawn again only when what it shows changes. */
export const AttendanceRow = memo(AttendanceRowCells, sameRow);
