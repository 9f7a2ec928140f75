import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { RoleSchema, type Role } from '../common/access.js';
import { parseStored } from '../common/stored-data.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

/** Fields of a user that may leave the server. The password hash never does. */
export const PUBLIC_USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** The role column is plain text: read it back through RoleSchema, never cast it. */
export function withRole<T extends { id: string; role: string }>(row: T): Omit<T, 'role'> & { role: Role } {
  return { ...row, role: parseStored(RoleSchema, row.role, `user ${row.id}: role`) };
}

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findByEmail(email: string) {
    const row = await this.prisma.client.user.findUnique({ where: { email } });
    return row && withRole(row);
  }

  async findPublic(id: string, tx: Tx = this.prisma.client) {
    const row = await tx.user.findUnique({ where: { id }, select: PUBLIC_USER_FIELDS });
    return row && withRole(row);
  }

  async list() {
    const rows = await this.prisma.client.user.findMany({ select: PUBLIC_USER_FIELDS, orderBy: { email: 'asc' } });
    return rows.map(withRole);
  }

  count() {
    return this.prisma.client.user.count();
  }

  async create(tx: Tx, user: NewUser) {
    return withRole(await tx.user.create({ data: { id: randomUUID(), ...user }, select: PUBLIC_USER_FIELDS }));
  }

  setPasswordHash(id: string, passwordHash: string) {
    return this.prisma.client.user.update({ where: { id }, data: { passwordHash } });
  }

  /** Applies the change only if the stored version still matches; returns how many rows changed (0 or 1). */
  async updateIfVersion(
    tx: Tx,
    id: string,
    version: number,
    data: Partial<Pick<NewUser, 'name' | 'role' | 'passwordHash'>> & { active?: boolean },
  ) {
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    return count;
  }
}
