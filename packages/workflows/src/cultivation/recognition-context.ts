import type { Calendar } from '@huiqi/calendar';

/** What applyRecognitionAction needs beyond the log (looked up by the caller). */
export interface RecognitionContext {
  /** The official working-day calendar (公示 periods). */
  calendar: Calendar;
  /** SUBMITTED: ids of the enterprise's applications in the same round that are still active. */
  activeApplicationIds?: readonly string[];
  /** SCORE_RECORDED: the scoring expert's declared conflicts (USCCs) as registered now. */
  expertConflicts?: readonly string[];
}
