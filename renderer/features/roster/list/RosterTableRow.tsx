import { memo } from 'react';
import type { RosterRow } from '../../../../shared/roster';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { organizationPath } from '../organizationPath';
import { rosterGridColumns, rosterRowHeight } from './rosterColumns';
import classes from './RosterTable.module.css';

type RosterTableRowProps = {
  /** The organization and its membership. */
  row: RosterRow;
  /** The row's place in the whole list, from 0. */
  index: number;
  /** Its distance from the top of the table body, in pixels. */
  start: number;
  /** Opens the organization's page. */
  onOpen: (organizationId: string) => void;
  /** Whether the contacts are counted yet: until then the cell stays empty. */
  contactsCounted: boolean;
};

/** One organization of the roster table; memoized, so scrolling renders only the rows that appear. */
export const RosterTableRow = memo(function RosterTableRow({
  row,
  index,
  start,
  onOpen,
  contactsCounted,
}: RosterTableRowProps) {
  const { t } = useRegia();
  const { organization, membership, contactCount } = row;
  return (
    <tr
      role="row"
      aria-rowindex={index + 2}
      className={classes.row}
      onClick={() => onOpen(organization.id)}
      style={{
        gridTemplateColumns: rosterGridColumns,
        height: rosterRowHeight,
        transform: `translateY(${start}px)`,
      }}
    >
      <td role="cell" className={classes.cell}>
        <a
          className={classes.name}
          href={`#${organizationPath(organization.id)}`}
          onClick={(event) => event.stopPropagation()}
        >
          {organization.name}
        </a>
        {organization.archivedAt && (
          <span className={`${classes.badge} ${classes.archived}`}>
            {t('roster.archivedBadge')}
          </span>
        )}
      </td>
      <td role="cell" className={classes.cell}>
        {label.organizationType(t, organization.type)}
      </td>
      <td role="cell" className={classes.cell}>
        {membership ? (
          <span className={classes.badge}>{label.membershipRole(t, membership.role)}</span>
        ) : (
          t('roster.notMember')
        )}
      </td>
      <td role="cell" className={classes.cell}>
        {organization.comune}
        {organization.provincia ? ` (${organization.provincia})` : ''}
      </td>
      <td role="cell" className={classes.cell}>
        {organization.email || organization.pec}
      </td>
      <td role="cell" className={`${classes.cell} ${classes.numeric}`}>
        {contactsCounted ? contactCount : ''}
      </td>
    </tr>
  );
});
