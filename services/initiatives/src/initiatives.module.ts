// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import type { InitiativesServices } from './initiatives.composition.js';
import { ReferenceController } from './reference/reference.controller.js';
import { ReferenceService } from './reference/reference.service.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (InitiativesModule.forServices).
export class InitiativesModule {
  static forServices(services: InitiativesServices): DynamicModule {
    return {
      module: InitiativesModule,
      controllers: [ReferenceController],
      providers: [{ provide: ReferenceService, useValue: services.reference }],
    };
  }
}
