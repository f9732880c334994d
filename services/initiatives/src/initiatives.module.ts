// The Nest module: the service's controllers over already-built application services.
import { type DynamicModule, Module } from '@nestjs/common';
import { SubmissionAttachmentController } from './attachments/submission-attachment.controller.js';
import { SubmissionAttachmentService } from './attachments/submission-attachment.service.js';
import { AssignmentController } from './assignments/assignment.controller.js';
import { AssignmentService } from './assignments/assignment.service.js';
import { CampaignController } from './campaigns/campaign.controller.js';
import { CampaignService } from './campaigns/campaign.service.js';
import { CertificateController } from './certificates/certificate.controller.js';
import { CertificateService } from './certificates/certificate.service.js';
import { ExportsController } from './exports/exports.controller.js';
import { ExportsService } from './exports/exports.service.js';
import { DecisionController } from './decisions/decision.controller.js';
import { DecisionService } from './decisions/decision.service.js';
import type { InitiativesServices } from './initiatives.composition.js';
import { NotificationController } from './notifications/notification.controller.js';
import { NotificationService } from './notifications/notification.service.js';
import { ReferenceController } from './reference/reference.controller.js';
import { ReferenceService } from './reference/reference.service.js';
import { RepositoryImportController } from './repository/import/repository-import.controller.js';
import { RepositoryImportService } from './repository/import/repository-import.service.js';
import { RepositorySimilarityService } from './repository/similarity/repository-similarity.service.js';
import { SimilarityController } from './repository/similarity/similarity.controller.js';
import { RepositoryController } from './repository/repository.controller.js';
import { RepositoryService } from './repository/repository.service.js';
import { ReviewController } from './reviews/review.controller.js';
import { ReviewService } from './reviews/review.service.js';
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
        SubmissionAttachmentController,
        ScreeningController,
        RepositoryImportController,
        CertificateController,
        SimilarityController,
        ExportsController,
        AssignmentController,
        ReviewController,
        DecisionController,
        RepositoryController,
        NotificationController,
      ],
      providers: [
        { provide: ReferenceService, useValue: services.reference },
        { provide: CampaignService, useValue: services.campaigns },
        { provide: SubmissionService, useValue: services.submissions },
        { provide: SubmissionAttachmentService, useValue: services.attachments },
        { provide: ScreeningService, useValue: services.screening },
        { provide: RepositoryImportService, useValue: services.repositoryImport },
        { provide: CertificateService, useValue: services.certificateService },
        { provide: RepositorySimilarityService, useValue: services.similarity },
        { provide: ExportsService, useValue: services.exports },
        { provide: AssignmentService, useValue: services.assignments },
        { provide: ReviewService, useValue: services.reviews },
        { provide: DecisionService, useValue: services.decisions },
        { provide: RepositoryService, useValue: services.repository },
        { provide: NotificationService, useValue: services.notifications },
      ],
    };
  }
}
