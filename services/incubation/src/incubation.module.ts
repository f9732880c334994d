// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import { MilestoneController } from './cohorts/milestone.controller.js';
import { MilestoneService } from './cohorts/milestone.service.js';
import { ContestController } from './contests/contest.controller.js';
import { ContestService } from './contests/contest.service.js';
import type { IncubationServices } from './incubation.composition.js';
import { IntroductionController } from './introductions/introduction.controller.js';
import { IntroductionService } from './introductions/introduction.service.js';
import { KpiController } from './kpis/kpi.controller.js';
import { KpiService } from './kpis/kpi.service.js';
import { MentorController } from './mentors/mentor.controller.js';
import { MentorService } from './mentors/mentor.service.js';
import { PanelController } from './panels/panel.controller.js';
import { PanelService } from './panels/panel.service.js';
import { ProgrammeController } from './programmes/programme.controller.js';
import { ProgrammeService } from './programmes/programme.service.js';
import { ReadinessController } from './readiness/readiness.controller.js';
import { ReadinessService } from './readiness/readiness.service.js';
import { ReferenceController } from './reference/reference.controller.js';
import { StartupController } from './startups/startup.controller.js';
import { StartupService } from './startups/startup.service.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (IncubationModule.forServices).
export class IncubationModule {
  static forServices(services: IncubationServices): DynamicModule {
    return {
      module: IncubationModule,
      controllers: [
        ReferenceController,
        StartupController,
        KpiController,
        ContestController,
        PanelController,
        ProgrammeController,
        MilestoneController,
        MentorController,
        IntroductionController,
        ReadinessController,
      ],
      providers: [
        { provide: StartupService, useValue: services.startups },
        { provide: KpiService, useValue: services.kpis },
        { provide: PanelService, useValue: services.panels },
        { provide: ContestService, useValue: services.contests },
        { provide: ProgrammeService, useValue: services.programmes },
        { provide: MilestoneService, useValue: services.milestones },
        { provide: MentorService, useValue: services.mentors },
        { provide: IntroductionService, useValue: services.introductions },
        { provide: ReadinessService, useValue: services.readiness },
      ],
    };
  }
}
