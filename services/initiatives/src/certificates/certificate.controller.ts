// Certificates: the PDF for its authors, the council and admins; public verification by code;
// revocation by the chair or an admin.
import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal, problem } from '@sti/platform';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../shared/http.js';
import { revokeCertificateSchema, verificationResultSchema } from './certificate.schema.js';
import { CertificateService } from './certificate.service.js';

export class VerificationResultDto extends createZodDto(verificationResultSchema) {}
export class RevokeCertificateDto extends createZodDto(revokeCertificateSchema) {}

@ApiTags('certificates')
@Controller('v1')
export class CertificateController {
  constructor(private readonly certificates: CertificateService) {}

  @Get('verify/:code')
  @ApiOperation({
    summary: 'Verify a certificate by its code (public): valid | revoked | unknown, with what it certifies',
  })
  @ZodResponse({ type: VerificationResultDto })
  verify(@Param('code') code: string) {
    return this.certificates.verify(code);
  }

  @Get('certificates/:file')
  @ApiOperation({ summary: 'The certificate as PDF (`<code>.pdf`): the authors, the campaign council, admins' })
  async pdf(
    @CurrentUser({ optional: true }) user: Principal | undefined,
    @Param('file') file: string,
    @Res() reply: FastifyReply,
  ) {
    if (!file.toLowerCase().endsWith('.pdf')) throw problem('not_found');
    const { fileName, body } = await this.certificates.pdf(toActor(user), file.slice(0, -4));
    return reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Length', String(body.length))
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(body);
  }

  @Post('certificates/:code/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke a certificate (the chair of its council or an admin); its repository record is withdrawn',
  })
  @ZodResponse({ type: VerificationResultDto })
  revoke(
    @CurrentUser({ optional: true }) user: Principal | undefined,
    @Param('code') code: string,
    @Body() body: RevokeCertificateDto,
  ) {
    return this.certificates.revoke(toActor(user), code, body.reason);
  }
}
