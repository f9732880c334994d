// The id pipe the controllers share: a path id that is not a UUID names nothing (404 before the database).
import type { PipeTransform } from '@nestjs/common';
import { problem } from '@sti/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw problem('not_found', { detail: `no such id ${value.slice(0, 80)}` });
    return value.toLowerCase();
  }
}
