// nestjs-zod DTOs: the zod schemas as classes Nest can validate and document.

import { createZodDto } from 'nestjs-zod';
import { pageSchema, returnReasonSchema } from '../shared/schema-primitives.js';
import {
  myListQuerySchema,
  offerInputSchema,
  offerListQuerySchema,
  offerUpdateSchema,
  offerViewSchema,
  publishedOfferViewSchema,
} from './offer.schema.js';

export class OfferInputDto extends createZodDto(offerInputSchema) {}
export class OfferUpdateDto extends createZodDto(offerUpdateSchema) {}
export class OfferListQueryDto extends createZodDto(offerListQuerySchema) {}
export class MyListQueryDto extends createZodDto(myListQuerySchema) {}
export class ReturnReasonDto extends createZodDto(returnReasonSchema) {}
export class OfferDto extends createZodDto(offerViewSchema) {}
export class PublishedOfferPageDto extends createZodDto(
  pageSchema(publishedOfferViewSchema).meta({ id: 'PublishedOfferPage' }),
) {}
export class OfferPageDto extends createZodDto(pageSchema(offerViewSchema).meta({ id: 'OfferPage' })) {}
