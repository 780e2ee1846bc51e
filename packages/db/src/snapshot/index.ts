export { loadRegistryRows, registryChangeLogHead, registryChangesAfter, type RegistryLogEntry } from './registry-snapshot-source';
