// GET /api/incubation/v1/reference — stages, sectors, roles and revenue bands for forms and filters.
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MEMBER_ROLES, REVENUE_BANDS, SECTORS, STAGE_NAMES, STARTUP_STAGES } from './reference.data.js';

@ApiTags('reference')
@Controller('v1/reference')
export class ReferenceController {
  @Get()
  @ApiOperation({ summary: 'Stages, sectors, team roles and revenue bands (public)' })
  get() {
    return {
      stages: STARTUP_STAGES.map((code) => ({ code, ...STAGE_NAMES[code] })),
      sectors: SECTORS,
      memberRoles: MEMBER_ROLES,
      revenueBands: REVENUE_BANDS,
    };
  }
}
