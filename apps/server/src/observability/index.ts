export { installObservability, type ObservabilityState } from './install-observability';
