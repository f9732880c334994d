// The Nest module: insights' controllers over the already-built application service.
import { type DynamicModule, Module } from '@nestjs/common';
import {
  InsightsAdminController,
  InsightsController,
  InsightsPublicController,
} from './reporting/insights.controller.js';
import { InsightsService } from './reporting/insights.service.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (InsightsModule.forService).
export class InsightsModule {
  static forService(service: InsightsService): DynamicModule {
    return {
      module: InsightsModule,
      controllers: [InsightsController, InsightsPublicController, InsightsAdminController],
      providers: [{ provide: InsightsService, useValue: service }],
    };
  }
}
