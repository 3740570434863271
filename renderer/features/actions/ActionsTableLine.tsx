import { memo } from 'react';
import { isOpenAction, isOverdueAction, relativeDueLabel } from '../../../shared/actions';
import type { ActionGrouping, NameLookup } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { formatDate } from '../../app/formatting';
import { actionStatusColor, label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import type { VirtualRowProps } from '../../ui';
import classes from './ActionsTable.module.css';
import type { TableLine } from './tableRows';

/** The fixed height of every row, so the virtualizer knows where each one is. */
export const rowHeight = 53;

/** The number of columns of the action table. */
export const columnCount = 7;

// The same red as the due dates elsewhere: 4.5:1 on white, striped rows and the dark background.
const overdueColor = 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))';

type ActionsTableLineProps = {
  line: TableLine;
  /** What the virtual table gives the row: its place in the whole list among them. */
  rowProps: VirtualRowProps;
  names: NameLookup;
  grouping: ActionGrouping;
  today: string;
  selected: boolean;
  selectable: boolean;
  onToggle: (id: string, checked: boolean) => void;
  onOpen: (actionId: string) => void;
};

/** One row of the action table: a group heading or an action with its selection box. */
export function ActionsTableLine(props: ActionsTableLineProps) {
  const { line } = props;
  const { t } = useRegia();
  const rowProps = {
    ...props.rowProps,
    className: classes.row,
    style: { height: rowHeight },
    'data-odd': props.rowProps['data-index'] % 2 === 1 ? '' : undefined,
  };
  if (line.kind === 'group') {
    const fallback =
      props.grouping === 'project' ? t('actions.group.noProject') : t('actions.group.noOwner');
    return (
      <tr {...rowProps} data-group={line.id ?? 'none'}>
        <td colSpan={columnCount} className={classes.cell}>
          <span className={`${classes.text} ${classes.strong}`}>
            {t('actions.group.header', { name: line.name ?? fallback, count: line.count })}
          </span>
        </td>
      </tr>
    );
  }
  return (
    <tr {...rowProps} data-action-id={line.action.id}>
      <ActionCells
        action={line.action}
        names={props.names}
        today={props.today}
        selected={props.selected}
        selectable={props.selectable}
        onToggle={props.onToggle}
        onOpen={props.onOpen}
      />
    </tr>
  );
}

type ActionCellsProps = Pick<
  ActionsTableLineProps,
  'names' | 'today' | 'selected' | 'selectable' | 'onToggle' | 'onOpen'
> & { action: Action };

/**
 * The cells of an action's row. Memoized apart from the row, whose position changes when the
 * table is grouped or filtered: an action still on screen is not drawn again.
 */
const ActionCells = memo(function ActionCells(props: ActionCellsProps) {
  const { action, today } = props;
  const { t, locale } = useRegia();
  const overdue = isOverdueAction(action, today);
  const progress = `${t('actions.progress')} ${action.progress}%`;
  return (
    <>
      <td className={classes.cell}>
        {props.selectable && (
          <input
            type="checkbox"
            className={classes.checkbox}
            aria-label={t('actions.table.select', { title: action.title })}
            checked={props.selected}
            onChange={(event) => props.onToggle(action.id, event.currentTarget.checked)}
          />
        )}
      </td>
      <td className={classes.cell}>
        <span className={classes.inline}>
          <button type="button" className={classes.title} onClick={() => props.onOpen(action.id)}>
            {action.title}
          </button>
          {action.archivedAt && (
            <span className={`${classes.badge} ${classes.archived}`}>
              {t('actions.table.archived')}
            </span>
          )}
        </span>
      </td>
      <td className={classes.cell}>
        <span className={classes.text}>
          {props.names.get(action.ownerOrganizationId ?? '') ?? '—'}
        </span>
      </td>
      <td className={classes.cell}>
        {action.dueDate === null ? (
          <span className={classes.text}>{t('actions.noDueDate')}</span>
        ) : (
          <>
            <span className={classes.text}>{formatDate(locale, action.dueDate, 'd MMM yyyy')}</span>
            <span
              className={`${classes.text} ${classes.small}`}
              style={overdue ? { color: overdueColor, fontWeight: 600 } : undefined}
            >
              {isOpenAction(action) ? relativeDueLabel(action.dueDate, today, locale) : ''}
            </span>
          </>
        )}
      </td>
      <td className={classes.cell}>
        <span className={classes.badge}>
          <span
            className={classes.dot}
            style={{
              backgroundColor: `var(--mantine-color-${actionStatusColor[action.status]}-filled)`,
            }}
          />
          {label.actionStatus(t, action.status)}
        </span>
      </td>
      <td className={classes.cell}>
        <span className={classes.text}>{label.actionPriority(t, action.priority)}</span>
      </td>
      <td className={classes.cell}>
        <span className={classes.inline}>
          <span
            className={classes.bar}
            role="progressbar"
            aria-label={progress}
            aria-valuenow={action.progress}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <span className={classes.fill} style={{ width: `${action.progress}%` }} />
          </span>
          <span className={classes.percent}>{action.progress}%</span>
        </span>
      </td>
    </>
  );
});
