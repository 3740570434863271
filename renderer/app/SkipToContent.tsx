import type { MouseEvent } from 'react';
import { useRegia } from './RegiaContext';

/**
 * The first Tab stop of every page, shown only while focused: it moves focus past the header and
 * the navigation to the page itself (WCAG 2.4.1). Routes live in the URL's hash, so the link
 * moves focus itself instead of following `#id`, which would change the route.
 */
export function SkipToContent({ targetId }: { targetId: string }) {
  const { t } = useRegia();
  const skip = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="regia-skip-link" href={`#${targetId}`} onClick={skip}>
      {t('nav.skipToContent')}
    </a>
  );
}
