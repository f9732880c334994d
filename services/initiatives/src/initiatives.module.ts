// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import { CampaignController } from './campaigns/campaign.controller.js';
import { CampaignService } from './campaigns/campaign.service.js';
import { CertificateController } from './certificates/certificate.controller.js';
import { CertificateService } from './certificates/certificate.service.js';
import { ExportsController } from './exports/exports.controller.js';
import { ExportsService } from './exports/exports.service.js';
import type { InitiativesServices } from './initiatives.composition.js';
import { ReferenceController } from './reference/reference.controller.js';
import { ReferenceService } from './reference/reference.service.js';
import { RepositoryImportController } from './repository/import/repository-import.controller.js';
import { RepositoryImportService } from './repository/import/repository-import.service.js';
import { RepositorySimilarityService } from './repository/similarity/repository-similarity.service.js';
import { SimilarityController } from './repository/similarity/similarity.controller.js';
import { ScreeningController } from './screening/screening.controller.js';
import { ScreeningService } from './screening/screening.service.js';
import { SubmissionController } from './submissions/submission.controller.js';
import { SubmissionService } from './submissions/submission.service.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (InitiativesModule.forServices).
export class InitiativesModule {
  static forServices(services: InitiativesServices): DynamicModule {
    return {
      module: InitiativesModule,
      controllers: [
        ReferenceController,
        CampaignController,
        SubmissionController,
        ScreeningController,
        RepositoryImportController,
        CertificateController,
        SimilarityController,
        ExportsController,
      ],
      providers: [
        { provide: ReferenceService, useValue: services.reference },
        { provide: CampaignService, useValue: services.campaigns },
        { provide: SubmissionService, useValue: services.submissions },
        { provide: ScreeningService, useValue: services.screening },
        { provide: RepositoryImportService, useValue: services.repositoryImport },
        { provide: CertificateService, useValue: services.certificates },
        { provide: RepositorySimilarityService, useValue: services.similarity },
        { provide: ExportsService, useValue: services.exports },
      ],
    };
  }
}
