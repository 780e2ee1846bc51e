import { today } from '@huiqi/kernel';
import type { ApiModule } from '../api-module';
import { registrySnapshots } from './registry-snapshot-service';
import { registerSnapshotStatusRoute } from './snapshot-status-route';

/**
 * The registry snapshot (registry-snapshot): its state for officials, and — once the server listens,
 * unless HUIQI_SNAPSHOT_AT_START=0 — building the snapshot of today's figure year in the background,
 * so the first reach preview does not wait minutes for it (2.6 million enterprises).
 */
export const snapshotModule: ApiModule = {
  id: 'registry-snapshot',
  register(app, deps) {
    registerSnapshotStatusRoute(app, deps);
    if (process.env.HUIQI_SNAPSHOT_AT_START === '0') return;
    app.addHook('onListen', async () => {
      registrySnapshots(deps.db).warm(today());
    });
  },
};
