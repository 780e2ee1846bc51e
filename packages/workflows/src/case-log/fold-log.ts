/**
 * The one way a case is derived from its append-only action log (appeals, consultations,
 * recognitions, providers, vouchers): the first action opens the case, each later action is looked
 * up in the case type's transition table for the current status; an action the table does not allow
 * is recorded in `anomalies` and otherwise ignored, so the fold is pure and total for any log.
 */

/** An action the transition table would not allow at that point of the log. */
export interface LogAnomaly<Status extends string, Type extends string> {
  index: number;
  type: Type;
  status: Status;
}

/** What every folded case carries besides its own fields. */
export interface FoldedCase {
  status: string;
  version: number;
  updatedAt: string;
  anomalies: LogAnomaly<string, string>[];
}

export interface LogFold<Action extends { type: string; at: string }, Case extends FoldedCase, Transition> {
  /** The case as its first action opens it (throws when the log starts with another action). */
  open(first: Action): Case;
  /** The table's transition for this status and action type, or null when it is not allowed. */
  transitionFor(status: Case['status'], type: Action['type']): Transition | null;
  /** Applies an allowed action's effects, status included. */
  apply(c: Case, action: Action, transition: Transition): void;
}

export function foldLog<Action extends { type: string; at: string }, Case extends FoldedCase, Transition>(
  log: readonly Action[],
  what: string,
  fold: LogFold<Action, Case, Transition>,
): Case {
  const first = log[0];
  if (!first) throw new RangeError(`cannot fold an empty ${what} log`);
  const c = fold.open(first);
  c.version = 1;
  for (let i = 1; i < log.length; i++) {
    const a = log[i]!;
    const t = a.type === first.type ? null : fold.transitionFor(c.status, a.type);
    c.version = i + 1;
    c.updatedAt = a.at;
    if (!t) {
      c.anomalies.push({ index: i, type: a.type, status: c.status });
      continue;
    }
    fold.apply(c, a, t);
  }
  return c;
}
