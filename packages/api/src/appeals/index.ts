export { appealsModule } from './appeals-module';
export { appealsMatrix } from './appeals.matrix';
export { APPEALS_ERROR_CODES } from './appeals-error-codes';
export { submitAppeal, performAppealAction, loadVisibleCase, type SubmissionDraft } from './appeals-service';
export { appealsRuntime, actorOf, nowInstant, APPEALS_JURISDICTION, TRACKING_PREFIX } from './appeals-context';
export { projectionOf } from './appeal-projection';
export { sweepAppealDeadlines, type SweepReport } from './appeals-sweep';
