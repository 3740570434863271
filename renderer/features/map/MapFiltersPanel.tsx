import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { organizationTypes, relationshipKinds } from '../../../shared/domain';
import {
  defaultMapFilters,
  linkOrigins,
  sizeMeasures,
  type FilterOptions,
  type MapFilters,
  type SizeMeasure,
} from '../../../shared/map';
import { todayIsoDate } from '../../app/formatting';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { DateSlider } from './DateSlider';

type MapFiltersPanelProps = {
  filters: MapFilters;
  onFiltersChange: (filters: MapFilters) => void;
  sizeBy: SizeMeasure;
  onSizeByChange: (sizeBy: SizeMeasure) => void;
  /** What the network offers to filter by. */
  options: FilterOptions;
};

const isDay = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The map's filters: links shown, organizations shown, the date, and how nodes are sized. */
export function MapFiltersPanel(props: MapFiltersPanelProps) {
  const { filters, onFiltersChange, options } = props;
  const { t } = useRegia();
  const change = (patch: Partial<MapFilters>): void => onFiltersChange({ ...filters, ...patch });
  const range = options.dateRange;
  const today = todayIsoDate();

  return (
    <Paper withBorder p="md" component="section" aria-label={t('map.filters')}>
      <Stack gap="sm">
        <Checkbox.Group
          label={t('map.filters.links')}
          value={linkOrigins.filter((origin) => filters.links[origin])}
          onChange={(values) =>
            change({
              links: {
                relationship: values.includes('relationship'),
                project: values.includes('project'),
                action: values.includes('action'),
                meeting: values.includes('meeting'),
              },
            })
          }
        >
          <Group gap="md" mt={4}>
            {linkOrigins.map((origin) => (
              <Checkbox key={origin} value={origin} label={t(`map.origin.${origin}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <MultiSelect
            label={t('map.filters.projects')}
            placeholder={filters.projectIds.length === 0 ? t('map.filters.all') : undefined}
            data={options.projects}
            value={filters.projectIds}
            onChange={(projectIds) => change({ projectIds })}
            searchable
            clearable
          />
          <MultiSelect
            label={t('map.filters.types')}
            placeholder={filters.organizationTypes.length === 0 ? t('map.filters.all') : undefined}
            data={organizationTypes.map((type) => ({
              value: type,
              label: label.organizationType(t, type),
            }))}
            value={filters.organizationTypes}
            onChange={(values) =>
              change({
                organizationTypes: organizationTypes.filter((type) => values.includes(type)),
              })
            }
            searchable
            clearable
          />
          <MultiSelect
            label={t('map.filters.areas')}
            placeholder={filters.areasOfWork.length === 0 ? t('map.filters.all') : undefined}
            data={options.areasOfWork}
            value={filters.areasOfWork}
            onChange={(areasOfWork) => change({ areasOfWork })}
            searchable
            clearable
          />
          <MultiSelect
            label={t('map.filters.provincie')}
            placeholder={filters.provincie.length === 0 ? t('map.filters.all') : undefined}
            data={options.provincie}
            value={filters.provincie}
            onChange={(provincie) => change({ provincie })}
            searchable
            clearable
          />
          <MultiSelect
            label={t('map.filters.kinds')}
            placeholder={filters.relationshipKinds.length === 0 ? t('map.filters.all') : undefined}
            data={relationshipKinds.map((kind) => ({
              value: kind,
              label: label.relationshipKind(t, kind),
            }))}
            value={filters.relationshipKinds}
            onChange={(values) =>
              change({
                relationshipKinds: relationshipKinds.filter((kind) => values.includes(kind)),
              })
            }
            searchable
            clearable
          />
          <NumberInput
            label={t('map.filters.minShared')}
            min={1}
            max={1000}
            allowDecimal={false}
            value={filters.minSharedWork}
            onChange={(value) => {
              if (typeof value === 'number' && value >= 1) change({ minSharedWork: value });
            }}
          />
          <Select
            label={t('map.filters.sizeBy')}
            data={sizeMeasures.map((measure) => ({
              value: measure,
              label: t(`map.size.${measure}`),
            }))}
            value={props.sizeBy}
            onChange={(value) => {
              const measure = sizeMeasures.find((candidate) => candidate === value);
              if (measure) props.onSizeByChange(measure);
            }}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group align="flex-end" gap="md" wrap="wrap">
          <Switch
            label={t('map.filters.atDate')}
            checked={filters.date !== null}
            onChange={(event) => change({ date: event.currentTarget.checked ? today : null })}
          />
          {filters.date !== null && (
            <>
              <TextInput
                type="date"
                label={t('map.filters.date')}
                value={filters.date}
                min={range?.first}
                max={range?.last}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isDay(value)) change({ date: value });
                }}
                w={170}
              />
              {range && (
                <DateSlider
                  key={filters.date}
                  first={range.first}
                  last={range.last}
                  day={filters.date}
                  onDayChange={(date) => change({ date })}
                />
              )}
            </>
          )}
          <Button variant="subtle" onClick={() => onFiltersChange(defaultMapFilters)} ml="auto">
            {t('map.filters.reset')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
