import {
  attendanceSchema,
  meetingSchema,
  membershipSchema,
  networkSchema,
  type Attendance,
  type AttendanceStatus,
  type Meeting,
  type Membership,
  type Network,
} from '../../../../shared/domain';

/** A fixed UUID made of a group and an index, so tests read their ids. */
export const uuid = (group: number, index: number): string =>
  `${String(group).padStart(8, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

const meta = (id: string, createdAt = '2026-01-01T00:00:00.000Z') => ({
  id,
  createdAt,
  updatedAt: createdAt,
  rev: 1,
  archivedAt: null,
});

/** The id of the index-th organization. */
export const organizationId = (index: number): string => uuid(2, index);

/** A network with the given rules, parsed so every default is there. */
export function networkWith(rules: Partial<Network> = {}): Network {
  return networkSchema.parse({ ...meta(uuid(1, 1)), name: 'Patto Sud-Est Milano', ...rules });
}

/** The index-th organization's membership, voting unless told. */
export function memberOf(
  index: number,
  votingRight = true,
  extra: Partial<Membership> = {},
): Membership {
  return membershipSchema.parse({
    ...meta(uuid(5, index)),
    networkId: uuid(1, 1),
    organizationId: organizationId(index),
    role: 'partner',
    votingRight,
    ...extra,
  });
}

/** A meeting of the network on a day, with its times. */
export function meetingOn(date: string, extra: Partial<Meeting> = {}): Meeting {
  return meetingSchema.parse({
    ...meta(uuid(4, 1)),
    networkId: uuid(1, 1),
    year: Number(date.slice(0, 4)),
    number: 1,
    kind: 'ordinaria',
    status: 'convocata',
    date,
    startTime: '09:30',
    ...extra,
  });
}

let created = 0;

/** The index-th organization's attendance, created after the ones before it. */
export function attendanceOf(
  index: number,
  status: AttendanceStatus,
  extra: Partial<Attendance> = {},
): Attendance {
  created += 1;
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, created)).toISOString();
  return attendanceSchema.parse({
    ...meta(uuid(6, created), at),
    meetingId: uuid(4, 1),
    organizationId: organizationId(index),
    status,
    ...extra,
  });
}
