import {
  Autocomplete,
  Badge,
  Button,
  NativeSelect,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  attendanceStatuses,
  presenceModes,
  type Attendance,
  type AttendanceStatus,
  type Attendee,
} from '../../../../shared/domain';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { attachDelega } from './delegaFiles';
import { recordAttendance, type AttendanceChange, type AttendanceMeeting } from './liveWrites';

/** A choice offered in a list: a value and what the person reads. */
export type Choice = { value: string; label: string; disabled?: boolean };

type AttendanceRowProps = {
  meeting: AttendanceMeeting;
  organizationId: string;
  /** Whether the body votes: a member with voting right. */
  votingRight: boolean;
  organizationName: string;
  attendance: Attendance | undefined;
  /** The membership's representatives and delegates, by contact id and name. */
  people: Choice[];
  /** The voting bodies present this body may entrust its vote to. */
  proxyHolders: Choice[];
  /** Whether this body's proxy does not hold (its holder is absent or carries the most allowed). */
  proxyRefused: boolean;
  /** The file name of the written delega, when one is attached. */
  delegaFileName: string | null;
  /** Approved minutes: nothing changes any more. */
  locked: boolean;
};

const isStatus = (value: string): value is AttendanceStatus =>
  attendanceStatuses.some((status) => status === value);

/** A text field saved when it loses focus, kept in step with the stored value. */
function BlurField(props: {
  label: string;
  value: string;
  type?: 'text' | 'time';
  placeholder?: string;
  disabled: boolean;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  return (
    <TextInput
      size="xs"
      type={props.type ?? 'text'}
      aria-label={props.label}
      value={draft}
      placeholder={props.placeholder}
      disabled={props.disabled}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => {
        if (draft !== props.value) props.onSave(draft);
      }}
    />
  );
}

/** The delegate's name, typed or picked among the membership's people, saved on leaving. */
function DelegateField(props: {
  label: string;
  value: string;
  people: Choice[];
  disabled: boolean;
  onSave: (name: string, contactId: string | null) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const save = (name: string): void => {
    const trimmed = name.trim();
    if (trimmed === props.value) return;
    const known = props.people.find((person) => person.label === trimmed);
    props.onSave(trimmed, known?.value ?? null);
  };
  return (
    <Autocomplete
      size="xs"
      aria-label={props.label}
      value={draft}
      data={[...new Set(props.people.map((person) => person.label))]}
      disabled={props.disabled}
      onChange={setDraft}
      onOptionSubmit={save}
      onBlur={() => save(draft)}
    />
  );
}

/** One body at the check-in: how it attends, who for it, its delega or proxy, arrival and departure. */
export function AttendanceRow(props: AttendanceRowProps) {
  const { t, repositories } = useRegia();
  const { attendance, organizationName: name, locked } = props;
  const status = attendance?.status ?? null;
  const save = (change: AttendanceChange): void => {
    void reportFailure(t, () =>
      recordAttendance(repositories, props.meeting, props.organizationId, attendance, change),
    );
  };
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
  const attachWritten = (): void => {
    if (!attendance) return;
    void reportFailure(t, async () => {
      const outcome = await attachDelega(
        repositories,
        attendance,
        t('presence.delegaOf', { name }),
      );
      if (outcome.kind === 'attached') notifySuccess(t, t('presence.delegaAttached'));
      if (outcome.kind === 'tooLarge') throw new Error(t('presence.delegaTooLarge'));
    });
  };
  const opening = props.meeting.openingTime ?? props.meeting.startTime;
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
            data={[
              { value: '', label: t('live.notCheckedIn'), disabled: true },
              ...attendanceStatuses.map((value) => ({
                value,
                label: t(`live.attendanceStatus.${value}`),
              })),
            ]}
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
              data={presenceModes.map((mode) => ({
                value: mode,
                label: t(`presence.mode.${mode}`),
              }))}
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
                !locked && (
                  <Button size="compact-xs" variant="default" onClick={attachWritten}>
                    {t('presence.attachDelega')}
                  </Button>
                )
              )}
            </>
          )}
          {attends && (
            <TagsInput
              size="xs"
              aria-label={t('presence.peopleOf', { name })}
              placeholder={t('presence.peopleHint')}
              data={[...new Set(props.people.map((person) => person.label))]}
              value={(attendance?.people ?? []).map((person) => person.name)}
              disabled={locked}
              onChange={savePeople}
            />
          )}
          {absent && props.votingRight && (
            <NativeSelect
              size="xs"
              aria-label={t('presence.proxyOf', { name })}
              value={attendance?.proxyOrganizationId ?? ''}
              disabled={locked}
              error={props.proxyRefused ? t('presence.proxyRefused') : undefined}
              data={[{ value: '', label: t('presence.noProxy') }, ...props.proxyHolders]}
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
            placeholder={opening ?? undefined}
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
