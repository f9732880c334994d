// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import type { IncubationServices } from './incubation.composition.js';
import { ReferenceController } from './reference/reference.controller.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (IncubationModule.forServices).
export class IncubationModule {
  static forServices(_services: IncubationServices): DynamicModule {
    return {
      module: IncubationModule,
      controllers: [ReferenceController],
      providers: [],
    };
  }
}
