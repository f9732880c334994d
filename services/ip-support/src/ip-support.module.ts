// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import type { IpSupportServices } from './ip-support.composition.js';
import { ReferenceController } from './reference/reference.controller.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (IpSupportModule.forServices).
export class IpSupportModule {
  static forServices(_services: IpSupportServices): DynamicModule {
    return {
      module: IpSupportModule,
      controllers: [ReferenceController],
      providers: [],
    };
  }
}
