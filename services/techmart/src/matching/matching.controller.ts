// /api/techmart/v1/matching… — HTTP only.

import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { ZodResponse } from 'nestjs-zod';
import { ListingIdPipe, toActor } from '../shared/http.js';
import {
  DashboardQueryDto,
  DismissInputDto,
  MatchingDashboardDto,
  NeedSuggestionsDto,
  OfferNeedMatchesDto,
  SuggestionDto,
  WorkbenchPageDto,
  WorkbenchQueryDto,
} from './matching.dto.js';
import { MatchingService } from './matching.service.js';

@ApiTags('matching')
@Controller('v1/matching')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('workbench')
  @ApiOperation({ summary: 'Open needs of the officer’s area, oldest first, with their top suggestions (officer)' })
  @ZodResponse({ type: WorkbenchPageDto })
  workbench(@CurrentUser() user: Principal, @Query() query: WorkbenchQueryDto) {
    return this.matching.workbench(toActor(user), query);
  }

  @Get('dashboard')
  @ApiOperation({ summary: 'Needs matched, connections by state, deals signed and their value (officer)' })
  @ZodResponse({ type: MatchingDashboardDto })
  dashboard(@CurrentUser() user: Principal, @Query() query: DashboardQueryDto) {
    return this.matching.dashboard(toActor(user), query);
  }

  @Get('needs/:id/suggestions')
  @ApiOperation({ summary: 'Ranked offers, equipment and experts for a published need, with explanations' })
  @ZodResponse({ type: NeedSuggestionsDto })
  suggestions(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.matching.suggestionsForNeed(toActor(user), id);
  }

  @Post('needs/:id/suggestions/seen')
  @HttpCode(204)
  async seen(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    await this.matching.markSeen(toActor(user), id);
  }

  @Post('suggestions/:id/shortlist')
  @HttpCode(200)
  @ZodResponse({ type: SuggestionDto })
  shortlist(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.matching.shortlist(toActor(user), id);
  }

  @Post('suggestions/:id/dismiss')
  @HttpCode(200)
  @ZodResponse({ type: SuggestionDto })
  dismiss(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string, @Body() body: DismissInputDto) {
    return this.matching.dismiss(toActor(user), id, body);
  }

  @Get('suppliers/:id/needs')
  @ApiOperation({ summary: 'Open needs an offer or expert could serve, best first (its owner, officers)' })
  @ZodResponse({ type: OfferNeedMatchesDto })
  needsForSupplier(@CurrentUser() user: Principal, @Param('id', ListingIdPipe) id: string) {
    return this.matching.needsForSupplier(toActor(user), id);
  }
}
