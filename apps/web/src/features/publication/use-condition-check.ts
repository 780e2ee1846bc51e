import { useEffect, useRef, useState } from 'react';
import type { BilingualText } from '../../i18n/bilingual';
import { checkCondition } from './publication-api';

export type CheckState =
  | { state: 'IDLE' }
  | { state: 'CHECKING' }
  | { state: 'OK' }
  /** `offset` counts characters from 0; the message already names the (1-based) position. */
  | { state: 'INVALID'; offset: number; message: BilingualText }
  | { state: 'FAILED'; error: unknown };

/** How long the text must stay unchanged before it is sent for checking. */
export const CHECK_DELAY_MS = 400;

/**
 * Checks condition-language text against the fact schema on the server while the user types:
 * one request after a pause, answers to older text ignored. `expect` is `money` for an amount.
 */
export function useConditionCheck(text: string | null, expect: 'bool' | 'money' = 'bool'): CheckState {
  const [result, setResult] = useState<CheckState>({ state: 'IDLE' });
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    const source = text ?? '';
    if (source.trim() === '') {
      setResult({ state: 'IDLE' });
      return undefined;
    }
    setResult({ state: 'CHECKING' });
    const timer = setTimeout(() => {
      checkCondition(source, expect).then(
        (r) => {
          if (call !== latest.current) return;
          setResult(r.ok ? { state: 'OK' } : { state: 'INVALID', offset: r.offset, message: { zh: r.messageZh, en: r.messageEn } });
        },
        (error: unknown) => {
          if (call === latest.current) setResult({ state: 'FAILED', error });
        },
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, expect]);
  return result;
}
