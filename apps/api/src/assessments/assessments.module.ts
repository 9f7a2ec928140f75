import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentsService } from './assessments.service.js';
import { SavedSummariesRepository } from './saved-summaries.repository.js';

@Module({
  imports: [CatalogModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, SavedSummariesRepository],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
