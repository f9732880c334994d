// nestjs-zod DTOs for connections.

import { createZodDto } from 'nestjs-zod';
import {
  closeInputSchema,
  connectInputSchema,
  connectionListQuerySchema,
  connectionPageSchema,
  connectionViewSchema,
  decisionInputSchema,
  noteInputSchema,
  registrationInputSchema,
  signInputSchema,
} from './connection.schema.js';

export class ConnectInputDto extends createZodDto(connectInputSchema) {}
export class DecisionInputDto extends createZodDto(decisionInputSchema) {}
export class NoteInputDto extends createZodDto(noteInputSchema) {}
export class SignInputDto extends createZodDto(signInputSchema) {}
export class RegistrationInputDto extends createZodDto(registrationInputSchema) {}
export class CloseInputDto extends createZodDto(closeInputSchema) {}
export class ConnectionListQueryDto extends createZodDto(connectionListQuerySchema) {}
export class ConnectionDto extends createZodDto(connectionViewSchema) {}
export class ConnectionPageDto extends createZodDto(connectionPageSchema) {}
