// Worker threads run the TypeScript sources directly: register tsx in this thread, then load the entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
