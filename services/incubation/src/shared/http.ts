// The id pipe the controllers share, from the platform: a path id that is not a UUID names nothing
// (404 before the database); organisation ids from the identity provider are UUIDs in this platform.
export { isUuid, UuidPathPipe as UuidPipe } from '@sti/platform';
