import { useEffect, useState } from 'preact/hooks';
import { readTargetNames } from '../../utils/target/read-targets';

/** The names already given to targets in the log, for suggestions; none while loading or if the log cannot be read. */
export function useTargetNames(): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    readTargetNames().then(
      (found) => live && setNames(found),
      // Suggestions are a help, not the field: the field works without them.
      (error: unknown) => console.warn('Constat: target suggestions not read', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return names;
}
