// GET /api/techmart/v1/offers/:id/ip-certificates — the titles IP support verified for an offer.
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ListingIdPipe, toActor } from '../shared/http.js';
import { ipCertificateListSchema } from './ip-certificate.schema.js';
import { IpCertificateService } from './ip-certificate.service.js';

export class IpCertificateListDto extends createZodDto(ipCertificateListSchema) {}

@ApiTags('offers')
@Controller('v1')
export class IpCertificateController {
  constructor(private readonly certificates: IpCertificateService) {}

  @Get('offers/:id/ip-certificates')
  @ApiOperation({ summary: 'Protection titles granted for the offer, as IP support reported them (verified)' })
  @ZodResponse({ type: IpCertificateListDto })
  list(@CurrentUser({ optional: true }) user: Principal | undefined, @Param('id', ListingIdPipe) id: string) {
    return this.certificates.forOffer(toActor(user), id);
  }
}
