export { addRateEvents, countRateEvents, type RateWindowCount } from './rate-events';
