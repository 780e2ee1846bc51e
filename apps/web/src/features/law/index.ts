/** What other features use from the law reader. */
export { LawCitation } from './LawCitation';
