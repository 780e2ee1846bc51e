export { COUNT_EXACT_LIMIT, decodeCursor, encodeCursor, MAX_OFFSET, NAME_SORT_LIMIT, prefixUpperBound, searchEnterprises, type EnterpriseSearch, type EnterpriseSearchPage } from './search-enterprises';
export { countUpTo, decodeKey, encodeKey } from './count-up-to';
