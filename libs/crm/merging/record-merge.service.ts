import { Injectable } from '@nestjs/common';
import {
  type EntityManager,
  type EntityName,
  LockMode,
  MikroORM,
  ref,
} from '@mikro-orm/postgresql';
import { AccessPolicy } from '../auth/access-policy';
import { Comment } from '../comments/comment.entity';
import { Company } from '../companies/company.entity';
import { checkIfMatch } from '../concurrency/if-match';
import { Contact } from '../contacts/contact.entity';
import { findLinkedRecord, findRecord } from '../records/records';
import { type Principal } from '../users/role';
import { User } from '../users/user.entity';
import { notMerged } from '../duplicates/merged';
import { invalidField, StateConflictError } from '../../errors';

export type MergeKind = 'contact' | 'company';

/** A field the survivor takes from the merged record when its own is empty. */
interface MergedField<T> {
  label: string;
  read: (r: T) => string | null | undefined;
  write: (r: T, value: string) => void;
}

const CONTACT_FIELDS: MergedField<Contact>[] = [
  { label: 'last name', read: (c) => c.lastName, write: (c, v) => (c.lastName = v) },
  { label: 'position', read: (c) => c.position, write: (c, v) => (c.position = v) },
  {
    label: 'email',
    read: (c) => c.contactPoints.email,
    write: (c, v) => c.contactPoints.set(v, undefined),
  },
  {
    label: 'phone',
    read: (c) => c.contactPoints.phone,
    write: (c, v) => c.contactPoints.set(undefined, v),
  },
];

const COMPANY_FIELDS: MergedField<Company>[] = [
  { label: 'industry', read: (c) => c.industry, write: (c, v) => (c.industry = v) },
  { label: 'country', read: (c) => c.country, write: (c, v) => (c.country = v) },
  {
    label: 'email',
    read: (c) => c.contactPoints.email,
    write: (c, v) => c.contactPoints.set(v, undefined),
  },
  {
    label: 'phone',
    read: (c) => c.contactPoints.phone,
    write: (c, v) => c.contactPoints.set(undefined, v),
  },
  { label: 'website', read: (c) => c.website, write: (c, v) => (c.website = v) },
  { label: 'address', read: (c) => c.address, write: (c, v) => (c.address = v) },
];

/**
 * What refers to a contact or a company, and moves to the survivor of a merge: the records that
 * link to it by a column of their own (their version moves, as for any change of theirs).
 */
const LINKING_TABLES = ['deal', 'activity', 'quote', 'invoice'] as const;

/** How many rows of each kind moved to the survivor. */
export type MergeMoves = Record<
  (typeof LINKING_TABLES)[number] | 'convertedLead' | 'link' | 'comment' | 'email',
  number
>;

/**
 * Merging two contacts, or two companies, that are the same: everything that refers to the one
 * merged moves to the survivor, the survivor's empty fields are filled from it, and it is kept,
 * marked merged (`mergedIntoId`), so that its id answers with a pointer to the survivor. One
 * transaction: all of it or none.
 */
@Injectable()
export class RecordMergeService {
  constructor(private readonly orm: MikroORM) {}

  mergeContact(p: Principal, id: string, into: string, ifMatch?: string) {
    return this.merge(p, Contact, 'contact', CONTACT_FIELDS, id, into, ifMatch);
  }

  mergeCompany(p: Principal, id: string, into: string, ifMatch?: string) {
    return this.merge(p, Company, 'company', COMPANY_FIELDS, id, into, ifMatch);
  }

  private async merge<T extends Contact | Company>(
    p: Principal,
    entity: EntityName<T>,
    kind: MergeKind,
    fields: MergedField<T>[],
    id: string,
    into: string,
    ifMatch: string | undefined,
  ): Promise<{ survivor: T; moved: MergeMoves }> {
    if (id === into) throw invalidField('into', 'a record cannot be merged into itself');
    return this.orm.em.fork().transactional(async (em) => {
      // Both rows locked, in one order: a merge the other way round at once waits, then finds
      // this one merged.
      await em.find(entity, { id: { $in: [id, into].sort() } } as never, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        orderBy: { id: 'asc' } as never,
      });
      const merged = notMerged(
        await findRecord(em, entity, id, p, kind, { forWrite: true }),
        `${kind} ${id}`,
      );
      checkIfMatch(ifMatch, merged.version);
      const survivor = await findLinkedRecord(em, entity, into, p, 'into');
      AccessPolicy.assertWrite(p, survivor, `${kind} ${into}`);
      if (survivor.archivedAt)
        throw new StateConflictError(
          `the ${kind} ${into} is archived: merge into a ${kind} in use (or the other way round)`,
        );

      const kept: string[] = [];
      for (const f of fields) {
        const theirs = f.read(merged);
        if (!theirs) continue;
        const ours = f.read(survivor);
        if (!ours) f.write(survivor, theirs);
        else if (ours !== theirs) kept.push(`${f.label}: ${theirs}`);
      }
      // Custom values alike, by code: the survivor's stay, the merged record's fill the gaps.
      const custom = { ...survivor.custom };
      for (const [code, theirs] of Object.entries(merged.custom ?? {})) {
        const ours = custom[code];
        if (ours === undefined) custom[code] = theirs;
        else if (JSON.stringify(ours) !== JSON.stringify(theirs))
          kept.push(
            `custom.${code}: ${typeof theirs === 'object' ? JSON.stringify(theirs) : String(theirs)}`,
          );
      }
      survivor.custom = custom;
      const moved = await this.moveReferences(em, kind, id, into);
      merged.mergedIntoId = into;
      merged.mergedAt = new Date();
      // The survivor changed (its links, maybe its fields): its version moves.
      survivor.updatedAt = new Date();
      em.persist(
        Object.assign(new Comment(), {
          recordType: kind,
          recordId: into,
          author: ref(em.getReference(User, p.userId)),
          body: [
            `Merged ${kind} ${merged.name} (${merged.id}) into this one.`,
            ...(kept.length
              ? [`Its values that differ from this ${kind}'s are kept here: ${kept.join('; ')}.`]
              : []),
          ].join('\n'),
        }),
      );
      return { survivor, moved };
    });
  }

  /** Every reference to `from` made a reference to `to`, in the transaction of `em`. */
  private async moveReferences(
    em: EntityManager,
    kind: MergeKind,
    from: string,
    to: string,
  ): Promise<MergeMoves> {
    const run = async (sql: string, params: unknown[]) => {
      const result = await em
        .getConnection()
        .execute<{ affectedRows: number }>(sql, params, 'run', em.getTransactionContext());
      return result.affectedRows;
    };
    const column = `${kind}_id`;
    const moved: Partial<MergeMoves> = {};
    for (const table of LINKING_TABLES) {
      moved[table] = await run(
        `update "${table}" set "${column}" = ?, "version" = "version" + 1, "updated_at" = now()
         where "${column}" = ?`,
        [to, from],
      );
    }
    moved.convertedLead = await run(
      `update "lead" set "converted_${column}" = ? where "converted_${column}" = ?`,
      [to, from],
    );
    // A contact's companies (a company's contacts): the survivor gets those it lacks.
    const other = kind === 'contact' ? 'company_id' : 'contact_id';
    moved.link = await run(
      `insert into "contact_company" ("${column}", "${other}")
       select ?, "${other}" from "contact_company" where "${column}" = ?
       on conflict do nothing`,
      [to, from],
    );
    await run(`delete from "contact_company" where "${column}" = ?`, [from]);
    moved.comment = await run(
      `update "comment" set "record_id" = ? where "record_type" = ? and "record_id" = ?`,
      [to, kind, from],
    );
    moved.email = await run(
      `update "outbound_email" set "record_id" = ? where "record_type" = ? and "record_id" = ?`,
      [to, kind, from],
    );
    return moved as MergeMoves;
  }
}
