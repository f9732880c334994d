// Where reads and writes go: the Prisma client or one open transaction.
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Prisma } from '../generated/prisma/client.js';

export type Db = Prisma.TransactionClient;
export type { PrismaClient };
