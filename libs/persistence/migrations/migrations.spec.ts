import { readdirSync } from 'node:fs';
import { MIGRATIONS } from './index';

describe('the migration list', () => {
  const files = readdirSync(__dirname)
    .filter((f) => /^Migration\d{14}_.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

  it('names every migration file, in the order of their timestamps', () => {
    expect(MIGRATIONS.map((m) => m.name)).toEqual(files);
  });

  it('pairs each name with the class of that file', () => {
    for (const migration of MIGRATIONS) {
      expect((migration.class as { name: string }).name).toBe(migration.name);
    }
  });
});
