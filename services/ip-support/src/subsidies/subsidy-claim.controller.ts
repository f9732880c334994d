// /api/ip-support/v1/subsidies/claims — business: my claims, open, complete, evidence, submit,
// withdraw; officer: the queue, ask for information, approve, reject, record payment, audit trail.
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { downloadHeaders } from '@sti/attachments';
import { Authenticated, CurrentUser, type Principal, problem } from '@sti/platform';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../shared/http.js';
import { SubsidyClaimWorkflow } from './subsidy-claim.workflow.js';
import {
  approveSchema,
  auditListQuerySchema,
  auditListSchema,
  claimCreateSchema,
  claimListQuerySchema,
  claimListSchema,
  claimUpdateSchema,
  claimViewSchema,
  evidenceViewSchema,
  paymentSchema,
  rejectSchema,
  requestInfoSchema,
} from './subsidy.schema.js';

export class ClaimCreateDto extends createZodDto(claimCreateSchema) {}
export class ClaimUpdateDto extends createZodDto(claimUpdateSchema) {}
export class ClaimListQueryDto extends createZodDto(claimListQuerySchema) {}
export class ClaimViewDto extends createZodDto(claimViewSchema.meta({ id: 'SubsidyClaim' })) {}
export class ClaimListDto extends createZodDto(claimListSchema) {}
export class EvidenceViewDto extends createZodDto(evidenceViewSchema.meta({ id: 'SubsidyEvidence' })) {}
export class RequestInfoDto extends createZodDto(requestInfoSchema) {}
export class RejectDto extends createZodDto(rejectSchema) {}
export class ApproveDto extends createZodDto(approveSchema) {}
export class PaymentDto extends createZodDto(paymentSchema) {}
export class AuditListQueryDto extends createZodDto(auditListQuerySchema) {}
export class AuditListDto extends createZodDto(auditListSchema) {}

@ApiTags('subsidies')
@Authenticated()
@Controller('v1/subsidies')
export class SubsidyClaimController {
  constructor(private readonly claims: SubsidyClaimWorkflow) {}

  @Get('my/claims')
  @ApiOperation({ summary: 'My organisation’s subsidy claims, newest first (business)' })
  @ZodResponse({ type: ClaimListDto })
  mine(@CurrentUser() user: Principal, @Query() query: ClaimListQueryDto) {
    return this.claims.listMine(toActor(user), query);
  }

  @Get('claims')
  @ApiOperation({ summary: 'Every claim, filtered by state / programme / organisation (officer, admin)' })
  @ZodResponse({ type: ClaimListDto })
  all(@CurrentUser() user: Principal, @Query() query: ClaimListQueryDto) {
    return this.claims.listAll(toActor(user), query);
  }

  @Post('claims')
  @ApiOperation({ summary: 'Open a claim for my organisation (business)' })
  @ZodResponse({ status: 201, type: ClaimViewDto })
  create(@CurrentUser() user: Principal, @Body() body: ClaimCreateDto) {
    return this.claims.create(toActor(user), body);
  }

  @Get('claims/:id')
  @ZodResponse({ type: ClaimViewDto })
  get(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.claims.get(toActor(user), id);
  }

  @Patch('claims/:id')
  @ApiOperation({ summary: 'Complete an open claim: applicant kind, documented cost, note (business)' })
  @ZodResponse({ type: ClaimViewDto })
  update(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: ClaimUpdateDto) {
    return this.claims.update(toActor(user), id, body);
  }

  @Post('claims/:id/evidence')
  @ApiOperation({
    summary:
      'Attach an evidence file (multipart field "file", optional field "description"); ≤ 10 MB, checked by content',
  })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ status: 201, type: EvidenceViewDto })
  async evidence(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Req() request: FastifyRequest) {
    if (!request.isMultipart()) throw problem('unsupported_media_type');
    return this.claims.addEvidence(toActor(user), id, async () => {
      const file = await request.file();
      if (!file) throw problem('bad_request', { detail: 'multipart field "file" is missing' });
      const field = file.fields.description;
      const description = field && !Array.isArray(field) && 'value' in field ? String(field.value) : undefined;
      return { fileName: file.filename, stream: file.file, description };
    });
  }

  @Get('claims/:id/evidence/:evidenceId')
  @ApiOperation({ summary: 'Download an evidence file of a claim the caller may see' })
  async download(
    @CurrentUser() user: Principal,
    @Param('id', IdPipe) id: string,
    @Param('evidenceId', IdPipe) evidenceId: string,
    @Res() reply: FastifyReply,
  ) {
    const { evidence, stream } = await this.claims.openEvidence(toActor(user), id, evidenceId);
    return reply.headers(downloadHeaders(evidence)).send(stream);
  }

  @Post('claims/:id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the completed claim for review (business)' })
  @ZodResponse({ type: ClaimViewDto })
  submit(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.claims.submit(toActor(user), id);
  }

  @Post('claims/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a claim before it is approved (business)' })
  @ZodResponse({ type: ClaimViewDto })
  withdraw(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string) {
    return this.claims.withdraw(toActor(user), id);
  }

  @Post('claims/:id/request-info')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the claim back with a question (officer)' })
  @ZodResponse({ type: ClaimViewDto })
  requestInfo(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: RequestInfoDto) {
    return this.claims.requestInfo(toActor(user), id, body.question);
  }

  @Post('claims/:id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve (officer): the policy computes the amount; committed against this year’s budget, or queued when it does not fit',
  })
  @ZodResponse({ type: ClaimViewDto })
  approve(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: ApproveDto) {
    return this.claims.approve(toActor(user), id, body.note);
  }

  @Post('claims/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason (officer)' })
  @ZodResponse({ type: ClaimViewDto })
  reject(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: RejectDto) {
    return this.claims.reject(toActor(user), id, body.reason);
  }

  @Post('claims/:id/payment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the payment of an approved claim (officer)' })
  @ZodResponse({ type: ClaimViewDto })
  payment(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Body() body: PaymentDto) {
    return this.claims.recordPayment(toActor(user), id, body);
  }

  @Get('claims/:id/audit')
  @ApiOperation({ summary: 'The claim’s audit trail: who, when, what changed (officer, admin)' })
  @ZodResponse({ type: AuditListDto })
  audit(@CurrentUser() user: Principal, @Param('id', IdPipe) id: string, @Query() query: AuditListQueryDto) {
    return this.claims.auditTrail(toActor(user), id, query);
  }
}
