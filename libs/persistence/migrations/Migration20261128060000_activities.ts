import { Migration } from '@mikro-orm/migrations';

/** Activities (calls, emails, meetings, events, tasks), with the index of the today/overdue counters. */
export class Migration20261128060000_activities extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "activity" ("id" uuid not null, "responsible_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "version" int not null default 1, "type" text check ("type" in ('call', 'email', 'meeting', 'event', 'task')) not null, "subject" varchar(300) not null, "description" text null, "due_at" timestamptz not null, "duration_minutes" int null, "meeting_mode" text check ("meeting_mode" in ('in_person', 'remote')) null, "status" text check ("status" in ('planned', 'done', 'cancelled')) not null default 'planned', "outcome" varchar(100) null, "completed_at" timestamptz null, "deal_id" uuid null, "contact_id" uuid null, "company_id" uuid null, constraint "activity_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "activity_responsible_id_index" on "activity" ("responsible_id");`);
    this.addSql(`create index "activity_deal_id_index" on "activity" ("deal_id");`);
    this.addSql(`create index "activity_contact_id_index" on "activity" ("contact_id");`);
    this.addSql(`create index "activity_company_id_index" on "activity" ("company_id");`);
    this.addSql(
      `create index "activity_responsible_id_status_due_at_index" on "activity" ("responsible_id", "status", "due_at");`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_responsible_id_foreign" foreign key ("responsible_id") references "crm_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_deal_id_foreign" foreign key ("deal_id") references "deal" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "activity" cascade;`);
  }
}
