// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import { ChecklistController } from './checklists/checklist.controller.js';
import { ChecklistService } from './checklists/checklist.service.js';
import { DossierController } from './dossiers/dossier.controller.js';
import { DossierService } from './dossiers/dossier.service.js';
import type { IpSupportServices } from './ip-support.composition.js';
import { RequestController } from './requests/request.controller.js';
import { RequestService } from './requests/request.service.js';
import { ReferenceController } from './reference/reference.controller.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (IpSupportModule.forServices).
export class IpSupportModule {
  static forServices(services: IpSupportServices): DynamicModule {
    return {
      module: IpSupportModule,
      controllers: [ReferenceController, ChecklistController, RequestController, DossierController],
      providers: [
        { provide: ChecklistService, useValue: services.checklists },
        { provide: RequestService, useValue: services.requests },
        { provide: DossierService, useValue: services.dossiers },
      ],
    };
  }
}
