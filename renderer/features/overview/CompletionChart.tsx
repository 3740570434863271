import { Card, Text, Title, VisuallyHidden } from '@mantine/core';
import { format } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import type { MonthlyCompletions } from '../../../shared/actions';
import { dateOfDay } from '../../../shared/actions';
import { useRegia } from '../../app/RegiaContext';

const width = 900;
const height = 180;
const axis = 24;
const top = 18;

/** Actions completed per month over the last twelve months, as bars with their numbers. */
export function CompletionChart({ months }: { months: readonly MonthlyCompletions[] }) {
  const { t, locale } = useRegia();
  const highest = Math.max(1, ...months.map((month) => month.count));
  const total = months.reduce((sum, month) => sum + month.count, 0);
  const slot = width / Math.max(1, months.length);
  const monthName = (month: string, pattern: string): string =>
    format(dateOfDay(`${month}-01`), pattern, { locale: locale === 'it' ? italian : enGB });
  return (
    <Card withBorder data-testid="completion-chart">
      <Title order={2} size="h4">
        {t('actions.overview.chart')}
      </Title>
      <Text size="sm" mb="xs">
        {t('actions.overview.chartSummary', { count: total })}
      </Text>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxHeight: 220 }} aria-hidden>
        {months.map((month, index) => {
          const barHeight = ((height - axis - top) * month.count) / highest;
          const x = index * slot + slot * 0.15;
          const y = height - axis - barHeight;
          return (
            <g key={month.month}>
              <rect
                x={x}
                y={y}
                width={slot * 0.7}
                height={barHeight}
                rx={3}
                fill="var(--mantine-color-blue-filled)"
              />
              <text
                x={x + slot * 0.35}
                y={y - 4}
                textAnchor="middle"
                fontSize={12}
                fill="currentColor"
              >
                {month.count}
              </text>
              <text
                x={x + slot * 0.35}
                y={height - 6}
                textAnchor="middle"
                fontSize={12}
                fill="currentColor"
              >
                {monthName(month.month, 'MMM')}
              </text>
            </g>
          );
        })}
      </svg>
      <VisuallyHidden>
        <ul>
          {months.map((month) => (
            <li key={month.month}>
              {t('actions.overview.chartBar', {
                month: monthName(month.month, 'MMMM yyyy'),
                count: month.count,
              })}
            </li>
          ))}
        </ul>
      </VisuallyHidden>
    </Card>
  );
}
