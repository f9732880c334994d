import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from '@sti/platform';
import { searchQuerySchema, searchResponseSchema } from './search-query.schema.js';
import { SearchService } from './search.service.js';

class SearchQueryDto extends createZodDto(searchQuerySchema) {}
class SearchResponseDto extends createZodDto(searchResponseSchema) {}

@ApiTags('search')
@Controller('v1')
export class SearchController {
  constructor(@Inject(SearchService) private readonly searchService: SearchService) {}

  @Get('search')
  @ApiOperation({
    summary: 'Tìm kiếm toàn văn / Full-text search across published listings and recognised initiatives',
    description:
      'Without `type`: Techmart listings (offer, equipment, need, expert). `type=initiative`: the central ' +
      'initiative repository (kho sáng kiến), with facets field, year, locality, commune, origin and the ' +
      '`years` list. Accent- and case-insensitive, one typo tolerated in words of five letters or more.',
  })
  @ZodResponse({ status: 200, type: SearchResponseDto })
  search(@Query() query: SearchQueryDto) {
    return this.searchService.search(query as unknown as import('./search-query.schema.js').SearchQueryInput);
  }
}
