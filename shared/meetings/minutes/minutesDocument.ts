import type {
  Action,
  AgendaItem,
  Attendance,
  Contact,
  Meeting,
  Membership,
  Network,
  Organization,
} from '../../domain';

/** What the minutes are written from: the meeting and everything recorded about it. */
export type MinutesInput = {
  meeting: Meeting;
  network: Network | null;
  items: readonly AgendaItem[];
  attendances: readonly Attendance[];
  /** The network's memberships on the meeting's day, for the quorum. */
  memberships: readonly Membership[];
  organizations: ReadonlyMap<string, Organization>;
  contacts: ReadonlyMap<string, Contact>;
  /** Actions decided at the meeting. */
  actions: readonly Action[];
  /** The later meeting where these minutes were approved, if they were. */
  approvedIn: Meeting | null;
  /**
   * For the item that reviews the actions: the network's actions as they stood at the meeting
   * (or now, for a meeting still to come) and the day they are judged overdue against. Without
   * it that item carries no list.
   */
  actionReview?: MinutesActionReviewInput;
};

/** The actions a review of the actions is written from. */
export type MinutesActionReviewInput = {
  actions: readonly Action[];
  /** `yyyy-MM-dd`: the meeting's day, or today if the meeting is still to come. */
  day: string;
};

/** The open actions reviewed at an item: overdue, then on time, each a table. */
export type MinutesActionReview = {
  /** "Azioni aperte della rete al …", or the sentence that says none was open. */
  intro: string;
  /** "Azioni scadute (n)" and "Azioni aperte nei tempi (n)" with their tables; empty ones left out. */
  sections: { heading: string; table: MinutesTable }[];
};

/** One group of the attendance: present, absent, excused or delegated members. */
export type MinutesAttendanceGroup = { label: string; entries: string[] };

/** One agenda item as the minutes tell it. */
export type MinutesItem = {
  heading: string;
  /** The discussion, one paragraph each. */
  discussion: string[];
  /** "Decisione: …", or null when nothing was decided. */
  decision: string | null;
  /** "Votazione: favorevoli …, contrari …, astenuti …. Esito: …", or null without a vote. */
  vote: string | null;
  /** On the item that reviews the actions, the open and overdue ones; null on any other item. */
  review: MinutesActionReview | null;
};

/** A plain table: header cells and rows of cells. */
export type MinutesTable = { columns: string[]; rows: string[][] };

/**
 * The minutes (verbale) of a meeting as a document, in the usual Italian order, every text
 * already written out: the DOCX file and the print view both render this and nothing else.
 */
export type MinutesDocument = {
  /** "BOZZA" while the minutes are not approved, null once approved. */
  draftMark: string | null;
  title: string;
  /** Network, seduta and date, place, opening time. */
  heading: string[];
  /** President and secretary. */
  officers: string[];
  attendanceHeading: string;
  attendance: MinutesAttendanceGroup[];
  quorum: string;
  premise: string[];
  agendaHeading: string;
  agenda: string[];
  items: MinutesItem[];
  actionsHeading: string;
  actions: MinutesTable;
  /** Said when no action was assigned. */
  noActions: string;
  closing: string;
  signatures: { role: string; name: string }[];
  /** Where and when the minutes were approved, once they were. */
  approval: string | null;
  amendmentsHeading: string;
  /** Recorded corrections to the approved minutes, oldest first. */
  amendments: string[];
  /** File name without extension, e.g. `verbale-2026-03-seduta-3`. */
  fileName: string;
};
