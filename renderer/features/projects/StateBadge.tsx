import { Badge } from '@mantine/core';
import type { Project } from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';

const stateColor: Record<Project['state'], string> = {
  candidato: 'gray',
  nonAmmesso: 'red',
  ammesso: 'violet',
  inCorso: 'blue',
  concluso: 'teal',
  rendicontato: 'dark',
};

/** A project's state as a coloured badge (dot variant: light badges fail contrast). */
export function StateBadge({ state }: { state: Project['state'] }) {
  const { t } = useRegia();
  return (
    <Badge variant="dot" color={stateColor[state]}>
      {t(`projects.state.${state}`)}
    </Badge>
  );
}
