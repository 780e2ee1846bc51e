export { installObservability, REQUEST_ID_HEADER, METRICS_TOKEN_HEADER, type ObservabilityOptions, type ObservabilityState } from './install-observability';
export { HttpMetrics, LATENCY_BUCKETS_S } from './http-metrics';
export { renderPlatformMetrics } from './platform-metrics';
