import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller.js';
import { CatalogVersionsRepository } from './catalog-versions.repository.js';
import { LiveCatalogService } from './live-catalog.service.js';

@Module({
  controllers: [CatalogController],
  providers: [CatalogVersionsRepository, LiveCatalogService],
  exports: [CatalogVersionsRepository, LiveCatalogService],
})
export class CatalogModule {}
