// GET /api/initiatives/v1/repository/:id — public: one record of the central repository.
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { IdPipe } from '../shared/http.js';
import { repositoryRecordViewSchema } from './repository.schema.js';
import { RepositoryService } from './repository.service.js';

export class RepositoryRecordViewDto extends createZodDto(repositoryRecordViewSchema) {}

@ApiTags('repository')
@Controller('v1/repository')
export class RepositoryController {
  constructor(private readonly repository: RepositoryService) {}

  @Get(':id')
  @ApiOperation({ summary: 'One public record of the central repository (anonymous)' })
  @ZodResponse({ type: RepositoryRecordViewDto })
  get(@Param('id', IdPipe) id: string) {
    return this.repository.get(id);
  }
}
