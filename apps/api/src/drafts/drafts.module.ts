import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DRAFT_CONTROLLERS } from './drafts.controller.js';
import { DraftsRepository } from './drafts.repository.js';
import { DraftsService } from './drafts.service.js';

@Module({
  imports: [AuditModule],
  controllers: DRAFT_CONTROLLERS,
  providers: [DraftsRepository, DraftsService],
  exports: [DraftsRepository],
})
export class DraftsModule {}
