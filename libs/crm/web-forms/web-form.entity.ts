import { randomBytes, randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Team } from '../users/team.entity';
import { User } from '../users/user.entity';

/** The lead's fields a web form may ask for. */
export const WEB_FORM_FIELDS = ['name', 'email', 'phone', 'companyName', 'title'] as const;
export type WebFormFieldName = (typeof WEB_FORM_FIELDS)[number];

/** One field of a form: which field of the lead, its label on the page, whether it is required. */
export interface WebFormField {
  field: WebFormFieldName;
  label: string;
  required: boolean;
}

/** A slug that cannot be guessed from another: 16 characters of base64url (96 random bits). */
export function newWebFormSlug(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * A lead form that sales ops define: the page at `/f/<slug>` asks for its fields and creates a
 * lead, with its source and for its responsible (or the next member of its team in turn), then
 * shows its thank-you text. Deactivated, its page answers 404.
 */
@Entity({ tableName: 'web_form' })
export class WebForm {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The public page's address, `/f/<slug>`. */
  @Unique()
  @Property({ type: 'string', length: 64 })
  slug: string = newWebFormSlug();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'json' })
  fields: WebFormField[] = [];

  /** The lead source code its leads name (the catalogue's), or none. */
  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;

  /** Who its leads are for; or, with a team instead, the team's members in turn. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  responsible?: Ref<User> | null;

  @ManyToOne(() => Team, { ref: true, nullable: true })
  team?: Ref<Team> | null;

  @Property({ type: 'text' })
  thankYouText!: string;

  @Property({ type: 'boolean' })
  active: boolean = true;

  /** Who defined it: its leads' responsible when neither the person nor the team can take one. */
  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
