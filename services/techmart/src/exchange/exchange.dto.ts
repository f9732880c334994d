// nestjs-zod DTOs for the exchange endpoints.

import { createZodDto } from 'nestjs-zod';
import {
  exchangeClientCreatedSchema,
  exchangeClientInputSchema,
  exchangeClientListSchema,
  exchangeClientViewSchema,
  feedPageSchema,
  feedQuerySchema,
  importReportSchema,
  importRequestSchema,
} from './exchange.schema.js';

export class FeedQueryDto extends createZodDto(feedQuerySchema) {}
export class FeedPageDto extends createZodDto(feedPageSchema) {}
export class ImportRequestDto extends createZodDto(importRequestSchema) {}
export class ImportReportDto extends createZodDto(importReportSchema) {}
export class ExchangeClientInputDto extends createZodDto(exchangeClientInputSchema) {}
export class ExchangeClientDto extends createZodDto(exchangeClientViewSchema) {}
export class ExchangeClientCreatedDto extends createZodDto(exchangeClientCreatedSchema) {}
export class ExchangeClientListDto extends createZodDto(exchangeClientListSchema.meta({ id: 'ExchangeClientList' })) {}
