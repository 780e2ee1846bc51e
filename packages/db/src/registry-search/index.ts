export { COUNT_EXACT_LIMIT, decodeCursor, encodeCursor, MAX_OFFSET, prefixUpperBound, searchEnterprises, type EnterpriseSearch, type EnterpriseSearchPage } from './search-enterprises';
