// Small pieces the controllers share, from the platform: the principal → actor mapping and the id pipe.
export { UuidPathPipe as IdPipe, toActor } from '@sti/platform';
