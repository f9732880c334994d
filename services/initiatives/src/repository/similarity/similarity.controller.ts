// GET /submissions/:id/similar — near-duplicates in the repository, for the council during screening.
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe, toActor } from '../../shared/http.js';
import { similarRecordsSchema } from './similarity.schema.js';
import { RepositorySimilarityService } from './repository-similarity.service.js';

export class SimilarRecordsDto extends createZodDto(similarRecordsSchema) {}

@ApiTags('repository')
@Controller('v1/submissions')
export class SimilarityController {
  constructor(private readonly similarity: RepositorySimilarityService) {}

  @Get(':id/similar')
  @ApiOperation({
    summary:
      'Repository records similar to a submission (accent-insensitive word shingles, MinHash + LSH; exact Jaccard for the shortlist); secretary, chair, managers',
  })
  @ZodResponse({ type: SimilarRecordsDto })
  similar(
    @CurrentUser({ optional: true }) user: Principal | undefined,
    @Param('id', IdPipe) id: string,
    @Query('limit') limit?: string,
  ) {
    const n = Math.min(50, Math.max(1, Number(limit) || 10));
    return this.similarity.similarToSubmission(toActor(user), id, n);
  }
}
