import { useState } from 'react';

/** The rows of one page of a long list, and the page controls' state. */
export function usePagination<T>(rows: readonly T[], pageSize: number) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages);
  return {
    page: current,
    pages,
    setPage,
    rows: rows.slice((current - 1) * pageSize, current * pageSize),
  };
}
