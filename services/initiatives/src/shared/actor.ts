// The person acting on a request: the platform's shared Actor (see @sti/platform nest/auth/actor.ts).
export { type Actor, hasRole } from '@sti/platform';
