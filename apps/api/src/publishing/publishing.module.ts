import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { DraftsModule } from '../drafts/drafts.module.js';
import { PublishingController } from './publishing.controller.js';
import { PublishingService } from './publishing.service.js';
import { VersionWriterRepository } from './version-writer.repository.js';

@Module({
  imports: [AuditModule, CatalogModule, DraftsModule],
  controllers: [PublishingController],
  providers: [PublishingService, VersionWriterRepository],
  exports: [PublishingService],
})
export class PublishingModule {}
