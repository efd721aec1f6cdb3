import { MikroORM } from '@mikro-orm/postgresql';
import { hashPassword } from '../../libs/crm/auth/password';
import { seedDemo } from '../../libs/crm/demo/seed-demo';
import { buildOrmOptions, migrateDatabase } from '../../libs/persistence';
import { RulesPublisher } from '../../libs/rules/publishing/rules-publisher';

/** Migrated, the shipped rules published, seeded when empty; the pipeline with most open deals. */
export async function prepareDatabase(
  url: string,
  deals: number,
  admin: { email: string; password: string },
) {
  const orm = await MikroORM.init(buildOrmOptions({ url, poolMax: 3 }));
  try {
    await migrateDatabase(orm);
    await new RulesPublisher(orm).publishShipped();
    const connection = orm.em.fork().getConnection();
    const count = async (table: string) =>
      Number(
        (await connection.execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0].n,
      );
    if ((await count('deal')) === 0) {
      console.log(`seeding ${deals} deals (seed:demo)…`);
      const seeded = await seedDemo(orm.em.fork(), {
        deals,
        activitiesPerDeal: 5,
        managersPerTeam: 4,
      });
      console.log(`seeded in ${seeded.seconds.toFixed(1)} s`);
    } else console.log('using the data already in the database');
    console.log(
      `rows: ${await count('deal')} deals, ${await count('activity')} activities, ${await count('company')} companies`,
    );
    const [pipeline] = await connection.execute<{ id: string; open: string }[]>(
      `select pipeline_id as id, count(*) as open from deal where outcome = 'open' and archived_at is null
       group by pipeline_id order by count(*) desc limit 1`,
    );
    if (!pipeline) throw new Error('no open deals in the database');
    // The demo admin signs in with a password of the bench's (the demo users have API keys only).
    const updated = await connection.execute(
      `update crm_user set password_hash = ?, password_changed_at = now() where email = ?`,
      [await hashPassword(admin.password), admin.email],
      'run',
    );
    if (!(updated as { affectedRows?: number }).affectedRows)
      throw new Error(`no ${admin.email} in the database: not a seed:demo database`);
    return { id: pipeline.id, open: Number(pipeline.open) };
  } finally {
    await orm.close();
  }
}
