// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import type { IncubationServices } from './incubation.composition.js';
import { IntroductionController } from './introductions/introduction.controller.js';
import { IntroductionService } from './introductions/introduction.service.js';
import { MentorController } from './mentors/mentor.controller.js';
import { MentorService } from './mentors/mentor.service.js';
import { ReadinessController } from './readiness/readiness.controller.js';
import { ReadinessService } from './readiness/readiness.service.js';
import { ReferenceController } from './reference/reference.controller.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (IncubationModule.forServices).
export class IncubationModule {
  static forServices(services: IncubationServices): DynamicModule {
    return {
      module: IncubationModule,
      controllers: [ReferenceController, MentorController, IntroductionController, ReadinessController],
      providers: [
        { provide: MentorService, useValue: services.mentors },
        { provide: IntroductionService, useValue: services.introductions },
        { provide: ReadinessService, useValue: services.readiness },
      ],
    };
  }
}
