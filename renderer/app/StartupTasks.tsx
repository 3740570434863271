import { useStartupTasks } from './useStartupTasks';

/**
 * The once-per-start tasks, as a component the app loads apart (React.lazy): the backup code
 * they need stays out of the start chunk.
 */
export function StartupTasks(): null {
  useStartupTasks();
  return null;
}
