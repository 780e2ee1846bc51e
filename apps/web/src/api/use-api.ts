import { useCallback, useContext, useEffect, useRef, useState, type DependencyList } from 'react';
import { SeededAnswersContext } from './seeded-answers';

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload(): void;
}

export interface ApiOptions {
  /**
   * The address `load` asks for, when the page may be a first page the server drew with its answer
   * (app/first-page-data.ts): the first render starts from that answer, with nothing to load.
   */
  seed?: string;
}

/** Runs an API call when `deps` change; answers arriving after a newer call started are ignored. */
export function useApi<T>(load: () => Promise<T>, deps: DependencyList, options: ApiOptions = {}): ApiState<T> {
  const seeds = useContext(SeededAnswersContext);
  const [seeded] = useState(() => (options.seed !== undefined && seeds?.has(options.seed) ? { value: seeds.get(options.seed) as T, key: options.seed } : null));
  const [data, setData] = useState<T | undefined>(seeded?.value);
  const [error, setError] = useState<unknown>(undefined);
  const [isLoading, setLoading] = useState(seeded === null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const skipLoad = useRef(seeded !== null);

  useEffect(() => {
    if (skipLoad.current && seeded) {
      // The server's answer is this page's data; taken, so that the page shown again later asks anew.
      skipLoad.current = false;
      seeds?.delete(seeded.key);
      return;
    }
    const call = ++latest.current;
    setLoading(true);
    setError(undefined);
    load().then(
      (value) => {
        if (call !== latest.current) return;
        setData(value);
        setLoading(false);
      },
      (failure: unknown) => {
        if (call !== latest.current) return;
        setError(failure);
        setLoading(false);
      },
    );
    // `load` is a new function on every render; `deps` say when it really changes.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, isLoading, reload };
}
