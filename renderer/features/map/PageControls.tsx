import { Pagination } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';

type PageControlsProps = {
  pagination: { page: number; pages: number; setPage: (page: number) => void };
};

/** Page buttons under a long table; nothing when it fits on one page. */
export function PageControls({ pagination }: PageControlsProps) {
  const { t } = useRegia();
  if (pagination.pages <= 1) return null;
  return (
    <Pagination
      mt="sm"
      total={pagination.pages}
      value={pagination.page}
      onChange={pagination.setPage}
      getItemProps={(page) => ({ 'aria-label': t('map.page.number', { page }) })}
      getControlProps={(control) =>
        control === 'previous'
          ? { 'aria-label': t('map.page.previous') }
          : control === 'next'
            ? { 'aria-label': t('map.page.next') }
            : {}
      }
    />
  );
}
