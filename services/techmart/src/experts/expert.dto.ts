// nestjs-zod DTOs for expert profiles.

import { createZodDto } from 'nestjs-zod';
import { pageQuerySchema, pageSchema } from '../shared/schema-primitives.js';
import { expertInputSchema, expertUpdateSchema, expertViewSchema, publishedExpertViewSchema } from './expert.schema.js';

export class ExpertInputDto extends createZodDto(expertInputSchema) {}
export class ExpertUpdateDto extends createZodDto(expertUpdateSchema) {}
export class ExpertListQueryDto extends createZodDto(pageQuerySchema) {}
export class ExpertDto extends createZodDto(expertViewSchema) {}
export class PublishedExpertPageDto extends createZodDto(
  pageSchema(publishedExpertViewSchema).meta({ id: 'PublishedExpertPage' }),
) {}
export class ExpertPageDto extends createZodDto(pageSchema(expertViewSchema).meta({ id: 'ExpertPage' })) {}
