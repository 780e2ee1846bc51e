import type { ApiModule } from '../api-module';
import { registerConsultationAttachmentRoutes } from './consultation-routes-attachments';
import { registerConsultationCommentRoutes } from './consultation-routes-comments';
import { registerConsultationContactRoutes } from './consultation-routes-contacts';
import { registerConsultationOfficerRoutes } from './consultation-routes-officer';
import { registerConsultationPublicRoutes } from './consultation-routes-public';

/** Public consultation on draft rules (征求意见) with per-article comments and the published feedback (采纳情况反馈). */
export const consultationModule: ApiModule = {
  id: 'consultation',
  async register(app, deps) {
    registerConsultationPublicRoutes(app, deps);
    registerConsultationOfficerRoutes(app, deps);
    registerConsultationCommentRoutes(app, deps);
    registerConsultationContactRoutes(app, deps);
    await registerConsultationAttachmentRoutes(app, deps);
  },
};
