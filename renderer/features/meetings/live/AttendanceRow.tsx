import { Badge, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  attendanceStatuses,
  type Attendance,
  type AttendanceStatus,
} from '../../../../shared/domain';
import { reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { recordAttendance, type AttendanceChange, type AttendanceMeeting } from './liveWrites';

type AttendanceRowProps = {
  meeting: AttendanceMeeting;
  organizationId: string;
  /** Whether the body votes: a member with voting right. */
  votingRight: boolean;
  organizationName: string;
  attendance: Attendance | undefined;
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
      disabled={props.disabled}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => {
        if (draft !== props.value) props.onSave(draft);
      }}
    />
  );
}

/** One member at the check-in: how it attends, its delegate, arrival and departure. */
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
      </Table.Td>
      <Table.Td>
        {status === 'delegato' && (
          <BlurField
            label={t('live.delegateOf', { name })}
            value={attendance?.delegateName ?? ''}
            disabled={locked}
            onSave={(value) => save({ delegateName: value.trim() })}
          />
        )}
      </Table.Td>
      <Table.Td>
        {attends && (
          <BlurField
            type="time"
            label={t('live.arrivalOf', { name })}
            value={attendance?.arrivalTime ?? ''}
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
