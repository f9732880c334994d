// /api/techmart/v1/home (public) and /api/techmart/v1/featured/:type/:id (officers).

import { Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@sti/platform';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { toActor } from '../shared/http.js';
import { featureParamsSchema, homeViewSchema } from './home.schema.js';
import { HomeService } from './home.service.js';

export class HomeDto extends createZodDto(homeViewSchema) {}
export class FeatureParamsDto extends createZodDto(featureParamsSchema) {}

@ApiTags('home')
@Controller('v1')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get('home')
  @ApiOperation({ summary: 'Live figures, the latest listings per type and featured listings (public)' })
  @ZodResponse({ type: HomeDto })
  get() {
    return this.home.home();
  }

  @Put('featured/:type/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Feature a published listing on the home page (officer)' })
  async feature(@CurrentUser() user: Principal, @Param() params: FeatureParamsDto) {
    await this.home.feature(toActor(user), params.type, params.id);
  }

  @Delete('featured/:type/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop featuring a listing (officer)' })
  async unfeature(@CurrentUser() user: Principal, @Param() params: FeatureParamsDto) {
    await this.home.unfeature(toActor(user), params.type, params.id);
  }
}
