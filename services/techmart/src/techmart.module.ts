// The Nest module: Techmart's controllers over already-built application services.

import { IpCertificateController } from './ip-certificates/ip-certificate.controller.js';
import { IpCertificateService } from './ip-certificates/ip-certificate.service.js';
import { type DynamicModule, Module } from '@nestjs/common';
import { AuditController } from './audit/audit.controller.js';
import { AuditLogReader } from './audit/audit-log-reader.js';
import { OrganisationController } from './organisations/organisation.controller.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { AttachmentController } from './attachments/attachment.controller.js';
import { AttachmentService } from './attachments/attachment.service.js';
import { ExchangeController } from './exchange/exchange.controller.js';
import { ExchangeService } from './exchange/exchange.service.js';
import { ExpiryController } from './expiry/expiry.controller.js';
import { ExpiryService } from './expiry/expiry.service.js';
import { ExpertController } from './experts/expert.controller.js';
import { ExpertService } from './experts/expert.service.js';
import { ModerationController } from './moderation/moderation.controller.js';
import { ModerationService } from './moderation/moderation.service.js';
import { DraftController } from './drafts/draft.controller.js';
import { DraftService } from './drafts/draft.service.js';
import { HomeController } from './home/home.controller.js';
import { HomeService } from './home/home.service.js';
import { NotificationController } from './notifications/notification.controller.js';
import { NotificationService } from './notifications/notification.service.js';
import { NeedController } from './needs/need.controller.js';
import { NeedService } from './needs/need.service.js';
import { OfferController } from './offers/offer.controller.js';
import { OfferService } from './offers/offer.service.js';
import { ReferenceAdminController, ReferenceController } from './reference/reference.controller.js';
import { ReferenceService } from './reference/reference.service.js';
import { ConnectionController } from './connections/connection.controller.js';
import { ConnectionService } from './connections/connection.service.js';
import { MatchingController } from './matching/matching.controller.js';
import { MatchingService } from './matching/matching.service.js';
import type { TechmartServices } from './techmart.composition.js';

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic-module pattern (TechmartModule.forServices).
export class TechmartModule {
  static forServices(services: TechmartServices): DynamicModule {
    return {
      module: TechmartModule,
      controllers: [
        ReferenceController,
        ReferenceAdminController,
        OfferController,
        NeedController,
        ExpertController,
        ModerationController,
        AttachmentController,
        NotificationController,
        HomeController,
        DraftController,
        OrganisationController,
        AuditController,
        MatchingController,
        ConnectionController,
        ExchangeController,
        ExpiryController,
        IpCertificateController,
      ],
      providers: [
        { provide: ReferenceService, useValue: services.reference },
        { provide: OfferService, useValue: services.offers },
        { provide: IpCertificateService, useValue: services.ipCertificates },
        { provide: NeedService, useValue: services.needs },
        { provide: ExpertService, useValue: services.experts },
        { provide: ModerationService, useValue: services.moderation },
        { provide: AttachmentService, useValue: services.attachments },
        { provide: NotificationService, useValue: services.notifications },
        { provide: HomeService, useValue: services.home },
        { provide: DraftService, useValue: services.drafts },
        { provide: OrganisationService, useValue: services.organisations },
        { provide: AuditLogReader, useValue: services.auditLog },
        { provide: MatchingService, useValue: services.matching },
        { provide: ConnectionService, useValue: services.connections },
        { provide: ExchangeService, useValue: services.exchange },
        { provide: ExpiryService, useValue: services.expiry },
      ],
    };
  }
}
