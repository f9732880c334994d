// Maps API views onto the shared protobuf value types (sti.common.v1). Events are built from the
// same views the API returns, so consumers see exactly what readers see.

import type { ActorSchema, AttachmentSchema, ContactSchema, LocalitySchema } from '@sti/contracts';
import type { MessageInitShape } from '@bufbuild/protobuf';
import type { Actor } from '../shared/actor.js';
import type { AttachmentView, ContactView, LocalityView } from '../shared/schema-primitives.js';

export const EVENT_SOURCE = '/sti/techmart';

export function actorMessage(actor: Actor): MessageInitShape<typeof ActorSchema> {
  return {
    userId: actor.userId,
    displayName: actor.displayName,
    organisationId: actor.organisationId ?? '',
    roles: [...actor.roles],
  };
}

export function localityMessage(locality: LocalityView): MessageInitShape<typeof LocalitySchema> {
  return {
    provinceCode: locality.provinceCode,
    provinceName: locality.provinceName,
    communeCode: locality.communeCode ?? '',
    communeName: locality.communeName ?? '',
  };
}

export function contactMessage(contact: ContactView): MessageInitShape<typeof ContactSchema> {
  return { name: contact.name, email: contact.email ?? '', phone: contact.phone ?? '' };
}

export function attachmentMessage(attachment: AttachmentView): MessageInitShape<typeof AttachmentSchema> {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    sizeBytes: BigInt(attachment.sizeBytes),
    sha256: attachment.sha256,
  };
}
