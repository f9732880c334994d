// Services import validation from here, so every service uses the same nestjs-zod wiring.
export {
  cleanupOpenApiDoc,
  createZodDto,
  ZodResponse,
  ZodSerializerDto,
  ZodSerializerInterceptor,
  ZodValidationException,
  ZodValidationPipe,
  type ZodDto,
} from 'nestjs-zod';
export * from './openapi-document.js';
