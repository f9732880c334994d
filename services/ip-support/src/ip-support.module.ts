// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import { ChecklistController } from './checklists/checklist.controller.js';
import { ChecklistService } from './checklists/checklist.service.js';
import { DossierController } from './dossiers/dossier.controller.js';
import { DossierService } from './dossiers/dossier.service.js';
import { FilingController } from './filings/filing.controller.js';
import { FilingService } from './filings/filing.service.js';
import { SubjectController } from './subjects/subject.controller.js';
import { SubjectService } from './subjects/subject.service.js';
import { CalendarFeedController, DeadlineController } from './deadlines/deadline.controller.js';
import { deadlineProviders } from './deadlines/deadline.providers.js';
import { FeeController } from './fees/fee.controller.js';
import type { IpSupportServices } from './ip-support.composition.js';
import { NotificationController } from './notifications/notification.controller.js';
import { OcopController } from './ocop/ocop.controller.js';
import { OcopService } from './ocop/ocop.service.js';
import { RequestController } from './requests/request.controller.js';
import { RequestService } from './requests/request.service.js';
import { ReferenceController } from './reference/reference.controller.js';
import { SUBSIDY_CONTROLLERS, subsidyProviders } from './subsidies/subsidy.composition.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (IpSupportModule.forServices).
export class IpSupportModule {
  static forServices(services: IpSupportServices): DynamicModule {
    return {
      module: IpSupportModule,
      controllers: [
        ReferenceController,
        ChecklistController,
        RequestController,
        DossierController,
        FilingController,
        SubjectController,
        DeadlineController,
        CalendarFeedController,
        FeeController,
        NotificationController,
        ...SUBSIDY_CONTROLLERS,
        OcopController,
      ],
      providers: [
        { provide: ChecklistService, useValue: services.checklists },
        { provide: RequestService, useValue: services.requests },
        { provide: DossierService, useValue: services.dossiers },
        { provide: FilingService, useValue: services.filings },
        { provide: SubjectService, useValue: services.subjects },
        ...deadlineProviders(services.rules),
        ...subsidyProviders(services.subsidies),
        { provide: OcopService, useValue: services.ocop },
      ],
    };
  }
}
