// Milestones (/v1/cohorts/:id/milestones, /v1/startups/:id/milestones, /v1/milestones/:id/…) and alumni
// outcomes (/v1/cohorts/:id/alumni).
import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { downloadHeaders } from '@sti/attachments';
import { Authenticated, CurrentUser, type Principal, problem } from '@sti/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { UuidPipe } from '../shared/http.js';
import {
  alumniOutcomeInputSchema,
  alumniOutcomeListSchema,
  alumniOutcomeSchema,
  milestoneInputSchema,
  milestoneListSchema,
  milestoneSubmitSchema,
  milestoneViewSchema,
  returnInputSchema,
  signOffInputSchema,
} from './milestone.schema.js';
import { MilestoneService } from './milestone.service.js';

class MilestoneInputDto extends createZodDto(milestoneInputSchema) {}
class MilestoneSubmitDto extends createZodDto(milestoneSubmitSchema) {}
class SignOffInputDto extends createZodDto(signOffInputSchema) {}
class ReturnInputDto extends createZodDto(returnInputSchema) {}
class AlumniOutcomeInputDto extends createZodDto(alumniOutcomeInputSchema) {}
class MilestoneViewDto extends createZodDto(milestoneViewSchema) {}
class MilestoneListDto extends createZodDto(milestoneListSchema) {}
class AlumniOutcomeDto extends createZodDto(alumniOutcomeSchema) {}
class AlumniOutcomeListDto extends createZodDto(alumniOutcomeListSchema) {}

@ApiTags('milestones')
@Controller('v1')
@Authenticated()
export class MilestoneController {
  constructor(private readonly milestones: MilestoneService) {}

  @Post('cohorts/:id/milestones')
  @ApiOperation({ summary: 'Set a milestone for the cohort’s startups (officers)' })
  @ZodResponse({ status: 201, type: MilestoneListDto })
  create(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: MilestoneInputDto) {
    return this.milestones.create(user, id, body);
  }

  @Get('cohorts/:id/milestones')
  @ZodResponse({ type: MilestoneListDto })
  forCohort(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.milestones.forCohort(user, id);
  }

  @Get('startups/:id/milestones')
  @ZodResponse({ type: MilestoneListDto })
  forStartup(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.milestones.forStartup(user, id);
  }

  @Post('milestones/:id/submit')
  @HttpCode(200)
  @ZodResponse({ type: MilestoneViewDto })
  submit(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: MilestoneSubmitDto) {
    return this.milestones.submit(user, id, body.links);
  }

  @Post('milestones/:id/sign-off')
  @HttpCode(200)
  @ZodResponse({ type: MilestoneViewDto })
  signOff(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: SignOffInputDto) {
    return this.milestones.signOff(user, id, body?.note);
  }

  @Post('milestones/:id/return')
  @HttpCode(200)
  @ZodResponse({ type: MilestoneViewDto })
  returnForWork(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Body() body: ReturnInputDto) {
    return this.milestones.returnForWork(user, id, body.note);
  }

  @Post('milestones/:id/files')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Attach evidence (multipart field "file"; ≤ 20 MB; pdf, images, docx, xlsx by content)' })
  @ZodResponse({ status: 201, type: MilestoneViewDto })
  upload(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string, @Req() request: FastifyRequest) {
    if (!request.isMultipart()) throw problem('unsupported_media_type');
    return this.milestones.addFile(user, id, async () => {
      const file = await request.file();
      if (!file) throw problem('bad_request', { detail: 'multipart field "file" is missing' });
      return { fileName: file.filename, stream: file.file };
    });
  }

  @Get('milestones/:id/files/:fileId')
  async download(
    @CurrentUser() user: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('fileId', UuidPipe) fileId: string,
    @Res() reply: FastifyReply,
  ) {
    const { file, stream } = await this.milestones.openFile(user, id, fileId);
    return reply.headers(downloadHeaders(file)).send(stream);
  }

  @Put('cohorts/:id/alumni/:startupId')
  @ZodResponse({ type: AlumniOutcomeDto })
  outcome(
    @CurrentUser() user: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('startupId', UuidPipe) startupId: string,
    @Body() body: AlumniOutcomeInputDto,
  ) {
    return this.milestones.recordOutcome(user, id, startupId, body);
  }

  @Get('cohorts/:id/alumni')
  @ZodResponse({ type: AlumniOutcomeListDto })
  outcomes(@CurrentUser() user: Principal, @Param('id', UuidPipe) id: string) {
    return this.milestones.outcomes(user, id);
  }
}
