// The public home page's data: live figures, the latest listings per type, officer-featured ones.
// Portal-safe: zod only.

import { z } from 'zod';
import { publishedExpertViewSchema } from '../experts/expert.schema.js';
import { listingTypeSchema } from '../moderation/moderation.schema.js';
import { publishedNeedViewSchema } from '../needs/need.schema.js';
import { publishedOfferViewSchema } from '../offers/offer.schema.js';

export const HOME_LATEST_PER_TYPE = 4;
export const HOME_FEATURED_MAX = 6;

export const homeFiguresSchema = z
  .object({
    /** published technology offers */
    offers: z.number().int(),
    /** published equipment offers */
    equipment: z.number().int(),
    needs: z.number().int(),
    experts: z.number().int(),
    /** organisations with at least one published listing */
    organisations: z.number().int(),
  })
  .meta({ id: 'HomeFigures' });

export const featuredListingSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('offer'), listing: publishedOfferViewSchema }),
    z.object({ type: z.literal('need'), listing: publishedNeedViewSchema }),
    z.object({ type: z.literal('expert'), listing: publishedExpertViewSchema }),
  ])
  .meta({ id: 'FeaturedListing' });

export const homeViewSchema = z
  .object({
    figures: homeFiguresSchema,
    latest: z.object({
      offers: z.array(publishedOfferViewSchema),
      equipment: z.array(publishedOfferViewSchema),
      needs: z.array(publishedNeedViewSchema),
      experts: z.array(publishedExpertViewSchema),
    }),
    /** flagged by officers, most recently flagged first; published listings only */
    featured: z.array(featuredListingSchema),
  })
  .meta({ id: 'Home' });

export const featureParamsSchema = z.object({ type: listingTypeSchema, id: z.uuid() });

export type HomeView = z.infer<typeof homeViewSchema>;
export type HomeFigures = z.infer<typeof homeFiguresSchema>;
export type FeaturedListingView = z.infer<typeof featuredListingSchema>;
