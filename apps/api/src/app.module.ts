import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from './config/config.js';
import { DatabaseModule } from './database/database.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { UsersModule } from './users/users.module.js';
import { HealthModule } from './health/health.module.js';
import { CatalogModule } from './catalog/catalog.module.js';
import { AssessmentsModule } from './assessments/assessments.module.js';
import { DraftsModule } from './drafts/drafts.module.js';
import { PublishingModule } from './publishing/publishing.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(config),
        DiscoveryModule,
        AuditModule,
        AuthModule,
        UsersModule,
        HealthModule,
        CatalogModule,
        AssessmentsModule,
        DraftsModule,
        PublishingModule,
      ],
    };
  }
}
