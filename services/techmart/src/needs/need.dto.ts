// nestjs-zod DTOs for needs.

import { createZodDto } from 'nestjs-zod';
import { pageQuerySchema, pageSchema } from '../shared/schema-primitives.js';
import {
  needInputSchema,
  needIntakeSchema,
  needUpdateSchema,
  needViewSchema,
  publishedNeedViewSchema,
} from './need.schema.js';

export class NeedInputDto extends createZodDto(needInputSchema) {}
export class NeedIntakeDto extends createZodDto(needIntakeSchema) {}
export class NeedUpdateDto extends createZodDto(needUpdateSchema) {}
export class NeedListQueryDto extends createZodDto(pageQuerySchema) {}
export class NeedDto extends createZodDto(needViewSchema) {}
export class PublishedNeedPageDto extends createZodDto(
  pageSchema(publishedNeedViewSchema).meta({ id: 'PublishedNeedPage' }),
) {}
export class NeedPageDto extends createZodDto(pageSchema(needViewSchema).meta({ id: 'NeedPage' })) {}
