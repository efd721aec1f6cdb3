import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager, type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { type AppConfig } from '../../config';
import { invalidField, NotFoundError } from '../../errors';
import { checkIfMatch } from '../concurrency/if-match';
import { checkKnownSource } from '../lead-sources/known-source';
import { LeadSource } from '../lead-sources/lead-source.entity';
import { type Lead } from '../leads/lead.entity';
import { type LeadInput, LeadsService } from '../leads/leads.service';
import { pageRequest, type PageQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { AssignmentService } from '../users/assignment.service';
import { type Principal } from '../users/role';
import { Team } from '../users/team.entity';
import { User } from '../users/user.entity';
import { WebForm, type WebFormField, type WebFormFieldName } from './web-form.entity';

export interface WebFormInput {
  name?: string;
  fields?: WebFormField[];
  source?: string | null;
  responsibleId?: string | null;
  teamId?: string | null;
  thankYouText?: string;
  active?: boolean;
}

/** What a visitor sent: the form's fields, as text. */
export type WebFormValues = Partial<Record<WebFormFieldName, string>>;

const FORM_SORTS: Sortable = {
  name: { property: 'name', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
};

/** The public page of a form, and the snippet that embeds it in another site. */
export function webFormLinks(config: AppConfig, form: WebForm) {
  const url = `${config.publicUrl}/f/${form.slug}`;
  const title = form.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    url,
    embedSnippet: `<iframe src="${url}" title="${title}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
  };
}

export function webFormView(config: AppConfig, f: WebForm) {
  return {
    id: f.id,
    slug: f.slug,
    name: f.name,
    fields: f.fields,
    source: f.source ?? null,
    responsibleId: f.responsible?.id ?? null,
    teamId: f.team?.id ?? null,
    thankYouText: f.thankYouText,
    active: f.active,
    ...webFormLinks(config, f),
    createdById: f.createdBy.id,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
    version: f.version,
  };
}

/**
 * Web forms: admins and sales ops define them; a visitor's post creates a lead exactly as
 * `POST /leads` would (the lead rules' first status, the duplicate-free insert, its workflow
 * started), for the form's responsible or the next member of its team in turn.
 */
@Injectable()
export class WebFormsService {
  private readonly logger = new Logger('WebForms');

  constructor(
    private readonly orm: MikroORM,
    private readonly leads: LeadsService,
    private readonly assignment: AssignmentService,
  ) {}

  async create(
    p: Principal,
    input: WebFormInput & { name: string; fields: WebFormField[]; thankYouText: string },
  ): Promise<WebForm> {
    const em = this.orm.em.fork();
    const form = new WebForm();
    form.createdBy = ref(em.getReference(User, p.userId));
    await this.apply(em, form, input);
    em.persist(form);
    await em.flush();
    return form;
  }

  async get(id: string): Promise<WebForm> {
    const form = await this.orm.em.fork().findOne(WebForm, { id });
    if (!form) throw new NotFoundError(`no web form ${id}`);
    return form;
  }

  async update(id: string, input: WebFormInput, ifMatch?: string): Promise<WebForm> {
    const em = this.orm.em.fork();
    const form = await em.findOne(WebForm, { id });
    if (!form) throw new NotFoundError(`no web form ${id}`);
    checkIfMatch(ifMatch, form.version);
    await this.apply(em, form, input);
    await em.flush();
    return form;
  }

  async deactivate(id: string, ifMatch?: string): Promise<void> {
    await this.update(id, { active: false }, ifMatch);
  }

  list(q: PageQueryDto & { active?: boolean }): Promise<Page<WebForm>> {
    const where: Record<string, unknown> = {};
    if (q.active !== undefined) where.active = q.active;
    return paginate(
      this.orm.em.fork(),
      WebForm,
      where as FilterQuery<WebForm>,
      pageRequest(q, 'name'),
      FORM_SORTS,
    );
  }

  /** The active form with this slug, for its public page; null when there is none. */
  findPublic(slug: string): Promise<WebForm | null> {
    return this.orm.em.fork().findOne(WebForm, { slug, active: true });
  }

  /**
   * A visitor's post, validated field by field by the caller: the lead, created as POST /leads
   * creates one. A returning visitor is not refused as a duplicate (they could not confirm it):
   * the lead is created, and the duplicate check's matches are for the people who work it.
   */
  async submit(form: WebForm, values: WebFormValues): Promise<Lead> {
    const em = this.orm.em.fork();
    const responsible = await this.responsibleOf(em, form);
    const principal: Principal = {
      userId: responsible.id,
      name: `web form ${form.name}`,
      role: 'integration',
      teamId: null,
    };
    // A source deactivated since the form was defined: the lead is taken all the same, without it.
    const source =
      form.source && (await em.findOne(LeadSource, { code: form.source, active: true }))
        ? form.source
        : null;
    if (form.source && !source)
      this.logger.warn(`web form ${form.id}: its source ${form.source} is inactive; left out`);
    const who = values.name || values.companyName || values.email || values.phone;
    const input: LeadInput & { title: string; allowDuplicate: boolean } = {
      title: (values.title || `${form.name}${who ? `: ${who}` : ''}`).slice(0, 300),
      ...(values.name ? { name: values.name } : {}),
      ...(values.email ? { email: values.email } : {}),
      ...(values.phone ? { phone: values.phone } : {}),
      ...(values.companyName ? { companyName: values.companyName } : {}),
      ...(source ? { source } : {}),
      allowDuplicate: true,
    };
    return this.leads.create(principal, input);
  }

  /** The form's person if active; else the next active member of its team; else its author. */
  private async responsibleOf(em: EntityManager, form: WebForm): Promise<User> {
    if (form.responsible) {
      const user = await em.findOne(User, { id: form.responsible.id, active: true });
      if (user) return user;
    }
    if (form.team) {
      const team = await em.findOne(Team, { id: form.team.id });
      if (team)
        return this.assignment.resolve(
          em,
          { kind: 'round_robin', team: team.name },
          form.createdBy.id,
        );
    }
    this.logger.warn(`web form ${form.id}: its responsible is gone; its author takes the lead`);
    return em.findOneOrFail(User, { id: form.createdBy.id });
  }

  private async apply(em: EntityManager, form: WebForm, input: WebFormInput): Promise<void> {
    if (input.name !== undefined) form.name = input.name;
    if (input.thankYouText !== undefined) form.thankYouText = input.thankYouText;
    if (input.active !== undefined) form.active = input.active;
    if (input.fields !== undefined) {
      const names = input.fields.map((f) => f.field);
      const twice = names.find((n, i) => names.indexOf(n) !== i);
      if (twice) throw invalidField('fields', `${twice} is asked for twice`, { malformed: true });
      if (!names.includes('email') && !names.includes('phone'))
        throw invalidField(
          'fields',
          'ask for an email or a phone, so that the lead can be answered',
        );
      form.fields = input.fields.map((f) => ({
        field: f.field,
        label: f.label,
        required: f.required,
      }));
    }
    if (input.source !== undefined && input.source !== form.source) {
      await checkKnownSource(em, input.source);
      form.source = input.source;
    }
    if (input.responsibleId !== undefined) {
      if (input.responsibleId === null) form.responsible = null;
      else {
        const user = await em.findOne(User, { id: input.responsibleId, active: true });
        if (!user || user.role === 'integration')
          throw invalidField('responsibleId', `no active user ${input.responsibleId}`);
        form.responsible = ref(user);
      }
    }
    if (input.teamId !== undefined) {
      if (input.teamId === null) form.team = null;
      else {
        const team = await em.findOne(Team, { id: input.teamId });
        if (!team) throw invalidField('teamId', `no team ${input.teamId}`);
        form.team = ref(team);
      }
    }
    if (!form.responsible === !form.team)
      throw invalidField(
        'responsibleId, teamId',
        'name either a responsible or a team for the form’s leads (one of them)',
      );
  }
}
